"""Who is at the keyboard: the session's own name and role (Ufficio → Il mio nome e ruolo).

Notes, referrals and the audit log are signed with the name set here, never with the
computer's login; colleagues get theirs when added (``office_dialogs.AddOperatorDialog``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from rete_desktop.domain.validation import display_phone
from rete_desktop.storage import operators
from rete_desktop.storage.vault import Vault
from rete_desktop.ui.dialogs import FormDialog


def name_fields(dialog: QWidget) -> tuple[QLineEdit, QLineEdit]:
    """The name and role fields shared by the wizard and the dialogs."""
    # One context for every caller: tr() on the caller would look under its own class,
    # while lupdate files the texts under "dialog": they stayed English.
    name = QLineEdit()
    name.setAccessibleName(QCoreApplication.translate("Operators", "Name and surname"))
    name.setPlaceholderText(QCoreApplication.translate("Operators", "e.g. Mario Rossi"))
    role = QLineEdit()
    role.setAccessibleName(QCoreApplication.translate("Operators", "Role or rank"))
    role.setPlaceholderText(QCoreApplication.translate(
        "Operators", "e.g. App. Sc., Ass. soc., Operatrice"))
    return name, role


class OwnNameDialog(FormDialog):
    """Name the operator of this session (vaults made before names were asked start unnamed)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("My name and role"), parent)
        self.name, self.role = name_fields(self)
        own = operators.named(vault).get(vault.slot_label)
        if own is not None:
            self.name.setText(own.name)
            self.role.setText(own.role)
        elif vault.operator != operators.UNNAMED:  # an older operator slot, named by its label
            self.name.setText(vault.operator)
        self.phone = QLineEdit(display_phone(own.phone) if own and own.phone else "")
        self.phone.setAccessibleName(self.tr("Direct phone"))
        self.phone.setPlaceholderText(self.tr("printed on referrals for the call-back"))
        self.errors.add_row("operator_name", self.tr("&Name"), self.name)
        self.errors.add_row("operator_role", self.tr("&Role"), self.role)
        self.errors.add_row("phone", self.tr("Direct &phone"), self.phone)

    def submit(self) -> str:
        self.vault.set_own_name(self.name.text(), self.role.text(), self.phone.text())
        return self.vault.operator
