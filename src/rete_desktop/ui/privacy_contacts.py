"""The controller's and the DPO's (RPD) contact details, entered once per office; the record
of processing (art. 30) prints them."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from rete_desktop.storage import privacy_contacts
from rete_desktop.storage.vault import Vault
from rete_desktop.ui.dialogs import FormDialog


class PrivacyContactsDialog(FormDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Controller and DPO"), parent)
        current = privacy_contacts.get_contacts(vault)
        labels = {
            "controller": (self.tr("&Controller"),
                           self.tr("e.g. Comune di Casalmaggiore, in the person of the Mayor")),
            "controller_contact": (self.tr("Controller's c&ontacts"),
                                   self.tr("address, phone, PEC")),
            "dpo": (self.tr("&Data protection officer"), self.tr("name, or the firm")),
            "dpo_contact": (self.tr("DPO's con&tacts"), self.tr("e-mail, phone")),
        }
        self.fields: dict[str, QLineEdit] = {}
        for name, (label, hint) in labels.items():
            field = QLineEdit(getattr(current, name))
            field.setPlaceholderText(hint)
            field.setAccessibleName(label.replace("&", ""))
            self.errors.add_row(name, label, field)
            self.fields[name] = field

    def submit(self) -> privacy_contacts.PrivacyContacts:
        return privacy_contacts.set_contacts(
            self.vault, **{name: field.text() for name, field in self.fields.items()})
