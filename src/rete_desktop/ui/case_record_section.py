"""The structured record in the case detail: the risk with its history chart and the "Assess
risk…" form, the source of access, relations, forms of violence, measures and legal steps,
services (shelter stays) and the sharing decisions with their legal basis.

Read from the core on :meth:`show_case`; every change goes through a small form that calls one
service function, and the detail refreshes when the core announces the change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.records import Case, Person
from rete_desktop.domain.vocabulary import AccessSource, OfficeKind
from rete_desktop.errors import ReteError
from rete_desktop.storage import case_record, risk, sharing
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import dialogs, labels
from rete_desktop.ui.case_record_dialogs import (
    MeasureDialog,
    RelationDialog,
    ServiceDialog,
    SharingDialog,
    ViolenceDialog,
)
from rete_desktop.ui.risk_dialog import LEVEL_COLOURS, RiskChart, RiskDialog


def _day(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else "…"


def _lines(label: QLabel, lines: list[str], empty: str) -> None:
    label.setText("<br>".join(lines) if lines else f"<i>{empty}</i>")


class CaseRecordSection(QWidget):
    """Shown under the persons in the case detail."""

    def __init__(self, vault: Vault, say: Callable[[str], None]) -> None:
        super().__init__()
        self.vault = vault
        self._say = say
        self.case: Case | None = None
        self.persons: list[Person] = []
        self.risk_caption = QLabel()
        self.risk_caption.setWordWrap(True)
        self.chart = RiskChart()
        self.assess_button = QPushButton(self.tr("Assess &risk…"))
        self.assess_button.setAccessibleName(self.tr("New risk assessment"))
        self.assess_button.clicked.connect(self.assess)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source of access"))
        self.source.addItem(self.tr("not recorded"), None)
        for value in AccessSource:
            self.source.addItem(labels.term(value), value.value)
        self.source.activated.connect(self._source_chosen)
        self.relations, self.forms, self.measures, self.services, self.sharing = (
            self._text() for _ in range(5))
        form = QFormLayout()
        risk_row = QHBoxLayout()
        risk_row.addWidget(self.chart, 2)
        side = QVBoxLayout()
        side.addWidget(self.risk_caption)
        side.addWidget(self.assess_button)
        side.addStretch(1)
        risk_row.addLayout(side, 1)
        form.addRow(self.tr("Risk assessments"), risk_row)
        form.addRow(self.tr("Source of access"), self.source)
        for title, label, button_text, opener in (
            (self.tr("Relations"), self.relations, self.tr("Add relation…"), self.add_relation),
            (self.tr("Forms of violence"), self.forms, self.tr("Add forms…"), self.add_forms),
            (self.tr("Measures and legal steps"), self.measures, self.tr("Add measure…"),
             self.add_measure),
            (self.tr("Services"), self.services, self.tr("Add service…"), self.add_service),
            (self.tr("Sharing and legal basis"), self.sharing, self.tr("Record decision…"),
             self.add_sharing),
        ):
            # the title and its button on the left, the wrapped text as the field itself: a
            # form row grows with a label that wraps, a row inside a box layout would clip it
            head = QWidget()
            column = QVBoxLayout(head)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(f"<b>{title}</b>"))
            button = QPushButton(button_text)
            button.clicked.connect(opener)
            column.addWidget(button)
            column.addStretch(1)
            label.setAccessibleName(title)
            form.addRow(head, label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self._dialog: dialogs.FormDialog | None = None

    @staticmethod
    def _text() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        return label

    # --- filling -------------------------------------------------------------------------

    def clear(self) -> None:
        """Nothing of the last case stays on screen (lock, erasure, no case chosen)."""
        self.case, self.persons = None, []
        self.chart.set_history([])
        for label in (self.risk_caption, self.relations, self.forms, self.measures,
                      self.services, self.sharing):
            label.clear()

    def show_case(self, case: Case, persons: list[Person]) -> None:
        self.case, self.persons = case, persons
        history = risk.history(self.vault, case.id)
        self.chart.set_history(history)
        if history:
            latest = history[0]
            text = self.tr("{0}: <b>{1}</b> (score {2}, computed {3}) — {4}").format(
                _day(latest.assessed_on), labels.risk(latest.level), latest.score,
                labels.risk(latest.computed_level), _escape(latest.operator))
            if latest.reason:
                text += "<br>" + self.tr("Judgement: {0}").format(_escape(latest.reason))
            self.risk_caption.setText(text)
            self.risk_caption.setStyleSheet(
                f"color: {LEVEL_COLOURS[latest.level].name()};")
        else:
            self.risk_caption.setText(self.tr("No assessment yet."))
            self.risk_caption.setStyleSheet("")
        self.source.setCurrentIndex(self.source.findData(
            case.access_source.value if case.access_source else None))
        record = case_record.load(self.vault, case.id)
        names = {p.id: p.name for p in persons}
        _lines(self.relations, [
            self.tr("{0} is {1} of {2}").format(_escape(names.get(r.person_id, "?")),
                                               labels.term(r.relation),
                                               _escape(names.get(r.to_person_id, "?")))
            for r in record.relations], self.tr("none recorded"))
        _lines(self.forms, [
            labels.term(f.form) + (f" ({_day(f.since)} – {_day(f.until)})"
                                   if f.since or f.until else "")
            for f in record.forms], self.tr("none recorded"))
        _lines(self.measures, [
            f"{_day(m.on_date)} {labels.term(m.kind)}"
            + (f": {_escape(m.detail)}" if m.detail else "") for m in record.measures],
            self.tr("none recorded"))
        _lines(self.services, [
            f"{labels.term(s.kind)} {_day(s.start_on)} – {_day(s.end_on)}"
            + (" " + self.tr("(+{0} children)").format(s.children) if s.children else "")
            for s in record.services], self.tr("none recorded"))
        _lines(self.sharing, [self._decision(d) for d in sharing.list_decisions(
            self.vault, case.id)], self.tr("no decision recorded (the consent above applies)"))

    def _decision(self, d: sharing.Decision) -> str:
        r = d.record
        targets = ", ".join(self.tr("laboratorio") if t == sharing.LABORATORIO
                            else labels.office_kind(OfficeKind(t)) for t in d.targets)
        detail = _escape(sharing.detail(r, labels.language()))
        return (f"{_day(r.decided_on)} · {targets}: <b>{labels.term(r.basis)}</b>{detail}"
                f" — {_escape(r.operator)}: {_escape(r.reason)}")

    # --- changes -------------------------------------------------------------------------

    def _open(self, dialog: dialogs.FormDialog, done: Callable[[Any], None] | None = None
              ) -> None:
        self._dialog = dialogs.open_form(dialog, done)

    def assess(self) -> None:
        if self.case is not None:
            self._open(RiskDialog(self.vault, self.case.id, self), self._assessed)

    def _assessed(self, outcome: risk.Outcome) -> None:
        level = labels.risk(outcome.assessment.level)
        if outcome.protocol_applied:
            self._say(self.tr("Risk {0}: the high-risk protocol was applied ({1} tasks).")
                      .format(level, len(outcome.protocol_tasks)))
        elif outcome.protocol_missing:
            self._say(self.tr("Risk {0}, but the high-risk protocol is not installed.")
                      .format(level))
        else:
            self._say(self.tr("Risk assessment saved: {0}.").format(level))

    def add_relation(self) -> None:
        if self.case is not None:
            self._open(RelationDialog(self.vault, self.case.id, self.persons, self))

    def add_forms(self) -> None:
        if self.case is not None:
            self._open(ViolenceDialog(self.vault, self.case.id, self))

    def add_measure(self) -> None:
        if self.case is not None:
            self._open(MeasureDialog(self.vault, self.case.id, self))

    def add_service(self) -> None:
        if self.case is not None:
            self._open(ServiceDialog(self.vault, self.case.id, self))

    def add_sharing(self) -> None:
        if self.case is not None:
            self._open(SharingDialog(self.vault, self.case.id, self))

    def _source_chosen(self) -> None:
        value = self.source.currentData()
        if self.case is None or value is None:
            return
        try:
            case_record.set_access_source(self.vault, self.case.id, value)
        except ReteError as exc:
            self._say(labels.error_text(exc))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
