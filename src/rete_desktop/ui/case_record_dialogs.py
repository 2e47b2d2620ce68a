"""Small forms for the structured case record: a relation, forms of violence, a measure or legal
step, a service (a shelter stay with its dates), a sharing decision on its legal basis.

Each calls one service function of ``storage.case_record`` / ``storage.sharing``; an error is
shown beside its field and the form stays open, nothing changed.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.records import Person
from rete_desktop.domain.vocabulary import (
    MeasureKind,
    OfficeKind,
    Relation,
    ServiceKind,
    SharingBasis,
    ViolenceForm,
)
from rete_desktop.storage import case_record, sharing
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import labels
from rete_desktop.ui.dialogs import FormDialog
from rete_desktop.ui.widgets import picked_day


def vocabulary_combo(enum: type[StrEnum], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value in enum:
        combo.addItem(labels.term(value), value.value)
    return combo


class OptionalDate(QWidget):
    """A date that may be unknown: a tick box enables the date."""

    def __init__(self, name: str, known_text: str) -> None:
        super().__init__()
        self.known = QCheckBox(known_text)
        self.known.setAccessibleName(name)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setAccessibleName(name)
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit, 1)

    def set(self, day: date) -> None:
        self.known.setChecked(True)
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> date | None:
        return picked_day(self.edit) if self.known.isChecked() else None


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setAccessibleName(name)
    return edit


class RelationDialog(FormDialog):
    """"A is R of B": the alleged offender's relation to the woman, a parent's to a child."""

    def __init__(self, vault: Vault, case_id: str, persons: list[Person],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Relation between persons"), parent)
        self.case_id = case_id
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        self.other = QComboBox()
        self.other.setAccessibleName(self.tr("Related to"))
        for p in persons:
            text = f"{p.name} ({labels.role(p.role)})"
            self.person.addItem(text, p.id)
            self.other.addItem(text, p.id)
        if self.other.count() > 1:
            self.other.setCurrentIndex(1)
        self.relation = vocabulary_combo(Relation, self.tr("Relation"))
        self.errors.add_row("person", self.tr("&Person"), self.person)
        self.errors.add_row("relation", self.tr("is &the"), self.relation)
        self.errors.add_row("to", self.tr("&of"), self.other)

    def submit(self) -> str:
        return case_record.relate(self.vault, self.case_id, self.person.currentData() or "",
                                  self.other.currentData() or "", self.relation.currentData())


class ViolenceDialog(FormDialog):
    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Forms of violence"), parent)
        self.case_id = case_id
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.forms: dict[ViolenceForm, QCheckBox] = {}
        for form in ViolenceForm:
            self.forms[form] = QCheckBox(labels.term(form))
            column.addWidget(self.forms[form])
        self.errors.add_row("forms", self.tr("Forms"), box)
        self.since = OptionalDate(self.tr("Since"), self.tr("known"))
        self.until = OptionalDate(self.tr("Until"), self.tr("known"))
        self.errors.add_row("since", self.tr("&Since"), self.since)
        self.errors.add_row("until", self.tr("&Until"), self.until)

    def submit(self) -> None:
        case_record.set_forms(self.vault, self.case_id,
                              [f.value for f, check in self.forms.items() if check.isChecked()],
                              since=self.since.value(), until=self.until.value())


class MeasureDialog(FormDialog):
    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Protective measure or legal step"), parent)
        self.case_id = case_id
        self.kind = vocabulary_combo(MeasureKind, self.tr("Measure"))
        self.day = _date_edit(self.tr("Date"))
        self.detail = QLineEdit()
        self.detail.setAccessibleName(self.tr("Detail"))
        self.errors.add_row("measure", self.tr("&Measure"), self.kind)
        self.errors.add_row("date", self.tr("&Date"), self.day)
        self.errors.add_row("detail", self.tr("D&etail"), self.detail)

    def submit(self) -> str:
        return case_record.add_measure(self.vault, self.case_id, self.kind.currentData(),
                                       picked_day(self.day), self.detail.text())


class ServiceDialog(FormDialog):
    """A service given; for a shelter stay, the entry date and the children hosted, then the
    exit date when she leaves (a stay still open is closed by giving only the exit)."""

    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Service given"), parent)
        self.case_id = case_id
        self.kind = vocabulary_combo(ServiceKind, self.tr("Service"))
        self.start = OptionalDate(self.tr("From"), self.tr("known"))
        self.start.set(date.today())
        self.end = OptionalDate(self.tr("To"), self.tr("ended"))
        self.children_hosted = QSpinBox()
        self.children_hosted.setRange(0, case_record.MAX_CHILDREN_HOSTED)
        self.children_hosted.setAccessibleName(self.tr("Children hosted with her"))
        self.errors.add_row("service", self.tr("&Service"), self.kind)
        self.errors.add_row("start", self.tr("&From"), self.start)
        self.errors.add_row("end", self.tr("&To"), self.end)
        self.errors.add_row("children", self.tr("&Children hosted"), self.children_hosted)

    def submit(self) -> str:
        return case_record.add_service(self.vault, self.case_id, self.kind.currentData(),
                                       start_on=self.start.value(), end_on=self.end.value(),
                                       children=self.children_hosted.value())


class SharingDialog(FormDialog):
    """A decision to share the case, on its true basis: consent is one basis among others."""

    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Sharing decision"), parent)
        self.case_id = case_id
        box = QWidget()
        grid = QGridLayout(box)  # two columns: the dialog fits a screen at 150 %
        grid.setContentsMargins(0, 0, 0, 0)
        self.targets: dict[str, QCheckBox] = {
            kind.value: QCheckBox(labels.office_kind(kind)) for kind in OfficeKind}
        self.targets[sharing.LABORATORIO] = QCheckBox(self.tr("Laboratorio distrettuale"))
        for n, check in enumerate(self.targets.values()):
            grid.addWidget(check, n // 2, n % 2)
        self.errors.add_row("share_with", self.tr("Share with"), box)
        self.basis = vocabulary_combo(SharingBasis, self.tr("Legal basis"))
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.norm = QLineEdit()
        self.norm.setAccessibleName(self.tr("Norm"))
        self.norm.setPlaceholderText(self.tr("e.g. art. 331 c.p.p.; art. 9 L. 184/1983"))
        self.collected = QLineEdit()
        self.collected.setAccessibleName(self.tr("How consent was collected"))
        self.collected.setPlaceholderText(self.tr("e.g. written and signed"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaximumHeight(70)
        self.errors.add_row("basis", self.tr("Legal &basis"), self.basis)
        self.errors.add_row("norm", self.tr("&Norm"), self.norm)
        self.errors.add_row("collected", self.tr("How &consent was collected"), self.collected)
        self.errors.add_row("reason", self.tr("&Reason"), self.reason)
        self._basis_changed()

    def _basis_changed(self) -> None:
        basis = self.basis.currentData()
        self.norm.setEnabled(basis == SharingBasis.LEGAL_OBLIGATION.value)
        self.collected.setEnabled(basis == SharingBasis.CONSENT.value)

    def submit(self) -> str:
        basis = self.basis.currentData()
        return sharing.record_decision(
            self.vault, self.case_id,
            [t for t, check in self.targets.items() if check.isChecked()], basis,
            reason=self.reason.toPlainText(),
            norm=self.norm.text() if basis == SharingBasis.LEGAL_OBLIGATION.value else None,
            collected=self.collected.text() if basis == SharingBasis.CONSENT.value else None)
