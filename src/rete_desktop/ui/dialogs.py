"""Small forms: new case, add person, amend a note, consent, apply a protocol.

Each is opened without blocking (``open()``); ``submit()`` calls one service function and a
:class:`~rete_desktop.errors.BadInput` is shown next to the field it is about.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.records import Consent, Note
from rete_desktop.domain.vocabulary import ChildExposure, OfficeKind, PersonRole, RiskLevel
from rete_desktop.errors import ReteError
from rete_desktop.storage import cases, notes, protocols
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import labels, style
from rete_desktop.ui.widgets import ErrorLabel, FormErrors, picked_day, resize_within_screen


class FormDialog(QDialog):
    """A form whose OK runs :meth:`submit`; errors keep it open and show beside the field."""

    done_with = Signal(object)

    def __init__(self, vault: Vault, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.general_error = ErrorLabel()
        self.errors = FormErrors(self.form, self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Start in the first field: the buttons are created before the subclass's fields, so
        Qt would focus OK and a space typed into the form would submit it."""
        super().showEvent(event)
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
                    and widget.isEnabled() and widget.isVisibleTo(self)
                    and not self.buttons.isAncestorOf(widget)):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def submit(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        try:
            result = self.submit()
        except ReteError as exc:
            self.errors.show(exc)
            return
        super().accept()
        self.done_with.emit(result)


def _combo(items: list[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, value in items:
        combo.addItem(text, value)
    return combo


class NewCaseDialog(FormDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("New case"), parent)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Case title"))
        self.title.setPlaceholderText(self.tr("e.g. woman's name — town"))
        self.risk = _combo([(labels.risk(r), r.value) for r in RiskLevel], self.tr("Risk level"))
        self.risk.setCurrentIndex(1)
        self.opened = QDateEdit(QDate.currentDate())
        self.opened.setCalendarPopup(True)
        self.opened.setDisplayFormat("dd/MM/yyyy")
        self.opened.setAccessibleName(self.tr("Opened on"))
        self.errors.add_row("title", self.tr("&Title"), self.title)
        self.errors.add_row("risk", self.tr("&Risk"), self.risk)
        self.errors.add_row("opened_on", self.tr("&Opened on"), self.opened)

    def submit(self) -> str:
        return cases.create_case(self.vault, self.title.text(), risk=self.risk.currentData(),
                                 opened_on=picked_day(self.opened))


class AddPersonDialog(FormDialog):
    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Add a person"), parent)
        self.case_id = case_id
        self.role = _combo([(labels.role(r), r.value) for r in PersonRole], self.tr("Role"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.birth_year = QLineEdit()
        self.birth_year.setAccessibleName(self.tr("Year of birth"))
        self.birth_year.setMaxLength(4)
        self.exposure = _combo([(labels.exposure(e), e.value) for e in ChildExposure],
                               self.tr("How the child is involved"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Address"))
        self.codice_fiscale = QLineEdit()
        self.codice_fiscale.setAccessibleName(self.tr("Codice fiscale"))
        self.errors.add_row("role", self.tr("&Role"), self.role)
        self.errors.add_row("name", self.tr("&Name"), self.name)
        self.errors.add_row("birth_year", self.tr("&Year of birth"), self.birth_year)
        self.errors.add_row("exposure", self.tr("Child &involved as"), self.exposure)
        self.errors.add_row("phone", self.tr("&Phone"), self.phone)
        self.errors.add_row("address", self.tr("&Address"), self.address)
        self.errors.add_row("codice_fiscale", self.tr("&Codice fiscale"), self.codice_fiscale)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        self.exposure.setEnabled(self.role.currentData() == PersonRole.CHILD.value)

    def submit(self) -> str:
        is_child = self.role.currentData() == PersonRole.CHILD.value
        return cases.add_person(
            self.vault, self.case_id, self.role.currentData(), self.name.text(),
            birth_year=self.birth_year.text() or None,
            exposure=self.exposure.currentData() if is_child else None,
            phone=self.phone.text(), address=self.address.text(),
            codice_fiscale=self.codice_fiscale.text(),
        )


class AmendNoteDialog(FormDialog):
    """The original stays untouched and visible; the amendment is a new note under it."""

    def __init__(self, vault: Vault, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Amend a note"), parent)
        self.note = note
        original = QLabel(note.text)
        original.setWordWrap(True)
        original.setStyleSheet(style.MUTED_TEXT)
        self.form.addRow(self.tr("Original"), original)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Amendment text"))
        self.text.setPlainText(note.text)
        self.errors.add_row("text", self.tr("&Correction"), self.text)
        resize_within_screen(self, 560, 360)

    def submit(self) -> str:
        return notes.amend_note(self.vault, self.note.id, self.text.toPlainText())


class ConsentDialog(FormDialog):
    """What the woman agreed may be shared and with which kinds of office."""

    def __init__(self, vault: Vault, case_id: str, current: Consent,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Consent to share"), parent)
        self.case_id = case_id
        self.kinds: dict[OfficeKind, QCheckBox] = {}
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for kind in OfficeKind:
            check = QCheckBox(labels.office_kind(kind))
            check.setChecked(current.allows(kind))
            self.kinds[kind] = check
            column.addWidget(check)
        self.form.addRow(self.tr("May be shared with"), box)
        self.include_notes = QCheckBox(self.tr("Notes may be included"))
        self.include_notes.setChecked(current.include_notes)
        self.include_children = QCheckBox(self.tr("Children's data may be included"))
        # Children's data travel only if she said so: never ticked before a consent is recorded.
        self.include_children.setChecked(current.recorded_on is not None
                                         and current.include_children)
        self.form.addRow("", self.include_notes)
        self.form.addRow("", self.include_children)
        if current.legal_basis:  # free text of an earlier version (migration 0017)
            self.review = QLabel(self.tr(
                "To review: legal basis typed as free text in an earlier version (“{0}”). "
                "Record the true basis with “Record decision…”; saving the consent removes "
                "this text.").format(current.legal_basis))
            self.review.setWordWrap(True)
            self.review.setStyleSheet(style.WARNING_BOLD)
            self.form.addRow(self.review)

    def submit(self) -> None:
        consent = Consent(
            share_with=tuple(k for k, check in self.kinds.items() if check.isChecked()),
            include_notes=self.include_notes.isChecked(),
            include_children=self.include_children.isChecked(),
            recorded_on=date.today(),
        )
        cases.set_consent(self.vault, self.case_id, consent)


class ApplyProtocolDialog(FormDialog):
    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Apply a protocol"), parent)
        self.case_id = case_id
        self.protocol = _combo(
            [(f"{p.title} (v{p.version})", pid) for pid, p in protocols.list_protocols(vault)],
            self.tr("Protocol"))
        self.trigger = QDateEdit(QDate.currentDate())
        self.trigger.setCalendarPopup(True)
        self.trigger.setDisplayFormat("dd/MM/yyyy")
        self.trigger.setAccessibleName(self.tr("Deadlines counted from"))
        self.errors.add_row("protocol", self.tr("&Protocol"), self.protocol)
        self.errors.add_row("trigger", self.tr("&Deadlines from"), self.trigger)

    def submit(self) -> list[str]:
        return protocols.apply_protocol(self.vault, self.case_id, self.protocol.currentData(),
                                        picked_day(self.trigger))


def open_form(dialog: FormDialog, on_done: Callable[[Any], None] | None = None) -> FormDialog:
    """Open a form; what it saved is announced by the core (``ui/events.py``), so
    ``on_done`` is only for what to do next (e.g. select the new case)."""
    if on_done is not None:
        dialog.done_with.connect(on_done)
    dialog.open()
    return dialog
