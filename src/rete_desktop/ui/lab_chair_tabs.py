"""The three tabs of the chair's screen (:class:`~rete_desktop.ui.lab_chair.ChairPanel`), one
per phase of a laboratorio meeting: the agenda, the meeting itself, the minutes and actions.

Each tab builds its widgets, fills them from what the panel read, and calls the same service
functions as ``rete lab`` through the panel's :meth:`guarded` (a refusal becomes its red line).
"""


from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.vocabulary import RiskLevel
from rete_desktop.i18n import translate
from rete_desktop.lab import chair, exchange, items, links, meeting
from rete_desktop.lab import documents as lab_documents
from rete_desktop.packets import directory
from rete_desktop.ui import documents, hooks, labels, style
from rete_desktop.ui.stats_page import fill_table, read_only
from rete_desktop.ui.widgets import add_form_row, picked_day

if TYPE_CHECKING:
    from rete_desktop.ui.lab_chair import ChairPanel

OK, WARN, ERROR = style.OK_TEXT, style.WARNING_BOLD, \
    style.ERROR_BOLD
PACKETS = "Rete (*.age)"


def day_text(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "-"


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic focuses ``widget`` (a row whose field is a layout has none)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _checkable(text: str, data: str, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked(widget: QListWidget) -> list[str]:
    return [str(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _cells(table: QTableWidget, row: int) -> list[QTableWidgetItem]:
    """The items of a row that :func:`fill_table` filled (never empty cells)."""
    cells = [table.item(row, c) for c in range(table.columnCount())]
    return [c for c in cells if c is not None]


class AgendaTab(QWidget):
    """Before the meeting: the cases received and not yet on an agenda, the date and the
    offices convened; sends the signed agenda (and its PDF)."""

    def __init__(self, panel: ChairPanel) -> None:
        super().__init__()
        self._panel = panel
        self._pending: list[items.Item] = []
        self._linked: frozenset[frozenset[str]] = frozenset()
        self._unchecked: set[str] = set()  # recipients the chair left out, kept across refreshes
        self.pending = QTableWidget(0, 5)
        self.pending.setHorizontalHeaderLabels([
            self.tr("Case code"), self.tr("From"), self.tr("Risk"), self.tr("Children"),
            self.tr("Request to the network")])
        self.pending.verticalHeader().setVisible(False)
        self.pending.setAccessibleName(self.tr("Cases waiting for an agenda"))
        read_only(self.pending)
        self.meeting_date = _date_edit(QDate.currentDate().addDays(7))
        self.meeting_date.setAccessibleName(self.tr("Date of the meeting"))
        self.recipients = QListWidget()
        self.recipients.setWordWrap(True)
        self.recipients.setAccessibleName(self.tr("Offices convened"))
        self.recipients.itemChanged.connect(self._remember_recipient)
        self.agenda_pdf = QCheckBox(self.tr("Also save the PDF"))
        self.agenda_pdf.setChecked(True)
        self.agenda_button = QPushButton(self.tr("&Send the agenda…"))
        self.agenda_button.clicked.connect(self.send_agenda)

        self.pending.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        self.pending.itemSelectionChanged.connect(self._link_choice)
        self.link_reason = QLineEdit()
        self.link_reason.setAccessibleName(self.tr("Why the two cases are the same family"))
        self.link_reason.setPlaceholderText(self.tr(
            "Select two cases of different offices; why they are the same family (no names)"))
        self.link_button = QPushButton(self.tr("Same &family"))
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button = QPushButton(self.tr("&Not the same family"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        linking = QHBoxLayout()
        linking.addWidget(self.link_reason, 1)
        linking.addWidget(self.link_button)
        linking.addWidget(self.unlink_button)
        waiting = QGroupBox(self.tr("Cases received, not yet on an agenda (tick those to "
                                    "discuss)"))
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addWidget(self.pending)
        waiting_layout.addLayout(linking)
        build = QGroupBox(self.tr("New agenda"))
        form = QFormLayout(build)
        add_form_row(form, self.tr("&Date"), self.meeting_date)
        add_form_row(form, self.tr("&Offices"), self.recipients)
        form.addRow(self.agenda_pdf)
        form.addRow(self.agenda_button)
        row = QHBoxLayout(self)
        row.addWidget(waiting, 3)
        row.addWidget(build, 2)

    def fill(self, members: list[directory.Member], names: dict[str, str]) -> None:
        """The items waiting (ticked; two offices' items of one woman shown as one) and the
        active offices to convene (those the chair left out stay out)."""
        self._pending = items.pending_items(self._panel.vault)
        self._linked = links.linked_pairs(self._panel.vault)
        same = {i.id: [o.case_code for o in items.same_case(i, self._pending, self._linked)]
                for i in self._pending}
        fill_table(self.pending, [
            [" = ".join([i.case_code, *same[i.id]]),
             names.get(i.sender_office_id, i.sender_office_id),
             labels.risk(RiskLevel(i.summary["risk"])), str(i.summary["children"]["count"]),
             i.summary["request"] or "-"]
            for i in self._pending
        ])
        for row, item in enumerate(self._pending):  # ticked by default; the whole item as tip
            cells = _cells(self.pending, row)
            cells[0].setFlags(cells[0].flags() | Qt.ItemFlag.ItemIsUserCheckable)
            cells[0].setCheckState(Qt.CheckState.Checked)
            tip = labels.lab_item_text(item.summary)
            if same[item.id]:
                tip += "\n\n" + self.tr(
                    "Same woman as {0}: the two offices referred her to each other, so their "
                    "items carry the same shared code, or the chair linked them.").format(
                    ", ".join(same[item.id]))
            for cell in cells:
                cell.setToolTip(tip)
        self.pending.resizeColumnsToContents()
        self._link_choice()
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for m in members:
            if m.active and m.office_id != self._panel.me:
                self.recipients.addItem(_checkable(
                    f"{m.name} ({labels.office_kind(m.kind)})", m.office_id,
                    m.office_id not in self._unchecked))
        self.recipients.blockSignals(False)
        self.agenda_button.setEnabled(self.recipients.count() > 0)

    def _remember_recipient(self, item: QListWidgetItem) -> None:
        office_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._unchecked.discard(office_id)
        else:
            self._unchecked.add(office_id)

    def chosen_items(self) -> list[str]:
        return [item.id for row, item in enumerate(self._pending)
                if _cells(self.pending, row)[0].checkState() == Qt.CheckState.Checked]

    def _selected_pair(self) -> tuple[str, str] | None:
        rows = sorted({index.row() for index in self.pending.selectedIndexes()})
        if len(rows) != 2 or rows[-1] >= len(self._pending):
            return None
        return self._pending[rows[0]].id, self._pending[rows[1]].id

    def _link_choice(self) -> None:
        """Link two selected cases, or unlink them when the chair linked them before."""
        pair = self._selected_pair()
        linked = pair is not None and frozenset(pair) in self._linked
        self.link_button.setEnabled(pair is not None and not linked)
        self.unlink_button.setEnabled(linked)

    def link_selected(self) -> None:
        """The two selected cases are the same family (by their ids, with the reason typed)."""
        pair = self._selected_pair()
        if pair is not None:
            def work() -> None:
                links.link(self._panel.vault, *pair, self.link_reason.text())
                self.link_reason.clear()
                self._panel.say(self.tr("Linked: the two cases are shown as one."))
            self._panel.guarded(work)

    def unlink_selected(self) -> None:
        pair = self._selected_pair()
        if pair is not None:
            def work() -> None:
                links.unlink(self._panel.vault, *pair)
                self._panel.say(self.tr("The link between the two cases is removed."))
            self._panel.guarded(work)

    def send_agenda(self) -> None:
        """Confirm, then ask where to save the signed agenda (and its PDF)."""
        chosen, to = self.chosen_items(), _checked(self.recipients)
        if not to:
            self._panel.say(self.tr("Tick at least one office to convene."), ERROR)
            return
        day = picked_day(self.meeting_date)
        question = self.tr("Send the agenda of the meeting of {0} with {1} case(s) to {2} "
                           "office(s)? The cases not ticked wait for the next agenda.").format(
            day_text(day), len(chosen), len(to))

        def save(path: str) -> None:
            def work() -> None:
                meeting_id = chair.create_agenda(self._panel.vault, day, to, chosen)
                self._panel.wanted = meeting_id
                sealed, pdf = exchange.send_agenda(self._panel.vault, meeting_id, to)
                self._panel.write(path, sealed.data, self.tr(
                    "Agenda saved in {0}: give the file to the offices convened."))
                if self.agenda_pdf.isChecked():
                    self._panel.save_pdf(pdf, self.tr("agenda-{0}.pdf", "file name").format(
                        day.isoformat()))
            self._panel.guarded(work)

        hooks.confirm(self, self.tr("Send the agenda"), question, lambda: hooks.choose_file(
            self, self.tr("Save the agenda for the offices"), PACKETS, save,
            save_as=f"ordine-del-giorno-{day.isoformat()}.age"))


class MeetingTab(QWidget):
    """During the meeting: the offices present, and the decisions and actions per case."""

    def __init__(self, panel: ChairPanel) -> None:
        super().__init__()
        self._panel = panel
        self.present = QListWidget()
        self.present.setWordWrap(True)
        self.present.setAccessibleName(self.tr("Offices present"))
        self.present_button = QPushButton(self.tr("Save &presence"))
        self.present_button.clicked.connect(self.save_presence)
        self.agenda_again = QPushButton(self.tr("Save the agenda a&gain…"))
        self.agenda_again.clicked.connect(self.resend_agenda)
        presence = QGroupBox(self.tr("Offices present"))
        box = QVBoxLayout(presence)
        box.addWidget(self.present)
        box.addWidget(self.present_button)
        box.addWidget(self.agenda_again)
        self.details_button = QPushButton(self.tr("Meeting detai&ls…"))
        self.details_button.setToolTip(self.tr(
            "Time, place, chair, minute-taker, representatives, urgencies, prevention actions"))
        self.details_button.clicked.connect(self.edit_details)
        box.addWidget(self.details_button)
        self.details_dialog: QWidget | None = None  # the last "Meeting details…" (tests)

        self.item_choice = QComboBox()
        self.item_choice.setAccessibleName(self.tr("Case discussed"))
        self.decision_text = QPlainTextEdit()
        self.decision_text.setAccessibleName(self.tr("Decision"))
        self.decision_text.setPlaceholderText(self.tr("What the network decided (no names)"))
        self.decision_text.setMaximumHeight(56)
        self.decision_button = QPushButton(self.tr("Record the &decision"))
        self.decision_button.clicked.connect(self.record_decision)
        self.action_title = QLineEdit()
        self.action_title.setAccessibleName(self.tr("Action"))
        self.action_title.setPlaceholderText(self.tr("What is to be done (no names)"))
        self.action_owner = QComboBox()
        self.action_owner.setAccessibleName(self.tr("Office responsible"))
        self.action_has_due = QCheckBox(self.tr("by"))
        self.action_has_due.setChecked(True)
        self.action_due = _date_edit(QDate.currentDate().addDays(14))
        self.action_due.setAccessibleName(self.tr("Due date"))
        self.action_has_due.toggled.connect(self.action_due.setEnabled)
        self.action_button = QPushButton(self.tr("Record the &action"))
        self.action_button.clicked.connect(self.record_action)
        due_row = QHBoxLayout()
        due_row.addWidget(self.action_owner, 1)
        due_row.addWidget(self.action_has_due)
        due_row.addWidget(self.action_due)
        due_row.addWidget(self.action_button)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision_text, 1)
        decision_row.addWidget(self.decision_button, 0, Qt.AlignmentFlag.AlignTop)

        self.records = QTableWidget(0, 5)
        self.records.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Type"), self.tr("Text"), self.tr("Office"),
            self.tr("Due by")])
        self.records.verticalHeader().setVisible(False)
        self.records.setAccessibleName(self.tr("Decisions and actions recorded"))
        read_only(self.records)
        header = self.records.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(5):  # the text takes the room left, wrapping
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 2
                                        else QHeaderView.ResizeMode.ResizeToContents)
        record = QGroupBox(self.tr("Decisions and actions"))
        form = QFormLayout(record)
        add_form_row(form, self.tr("&Case"), self.item_choice)
        form.addRow(_buddy(self.tr("Decisio&n"), self.decision_text), decision_row)
        add_form_row(form, self.tr("Ac&tion"), self.action_title)
        form.addRow(_buddy(self.tr("&Responsible"), self.action_owner), due_row)
        form.addRow(self.records)
        row = QHBoxLayout(self)
        row.addWidget(presence, 2)
        row.addWidget(record, 5)

    def clear(self) -> None:
        self.records.setRowCount(0)
        self.present.clear()

    def fill(self, meeting_id: str, offices: list[dict[str, str]], doc: dict[str, Any],
             actions: list[meeting.Action]) -> None:
        """Who was convened and is present, the cases to choose, what was recorded so far."""
        kept_item, kept_owner = self.item_choice.currentData(), self.action_owner.currentData()
        there = {o["office_id"] for o in meeting.attendees(self._panel.vault, meeting_id, True)}
        self.present.clear()
        self.action_owner.clear()
        for o in offices:
            name = o["name"] + (self.tr(" (chair)") if o["office_id"] == self._panel.me else "")
            self.present.addItem(_checkable(name, o["office_id"], o["office_id"] in there))
            self.action_owner.addItem(o["name"], o["office_id"])
        codes = {e["item_id"]: e["summary"]["case_code"] for e in doc["items"]}
        self.item_choice.clear()
        self.item_choice.addItem(self.tr("General (not about one case)"), None)
        for entry in doc["items"]:
            summary = entry["summary"]
            self.item_choice.addItem(
                f"{entry['position']}. {summary['case_code']} — "
                f"{labels.risk(RiskLevel(summary['risk']))}", entry["item_id"])
        for combo, kept in ((self.item_choice, kept_item), (self.action_owner, kept_owner)):
            combo.setCurrentIndex(max(0, combo.findData(kept)))
        general = self.tr("General")
        owner_names = {o["office_id"]: o["name"] for o in offices}
        fill_table(self.records, sorted([  # grouped by case, general ones last
            [codes.get(d["item_id"], general), self.tr("Decision"), d["text"], "", ""]
            for d in doc["decisions"]
        ] + [
            [a.case_code or general, self.tr("Action"), a.title,
             owner_names.get(a.owner_office_id, ""), day_text(a.due)]
            for a in actions
        ], key=lambda row: (row[0] == general, row[0])))
        self.records.resizeRowsToContents()
        self.agenda_again.setEnabled(
            meeting.get_meeting(self._panel.vault, meeting_id).status == "agenda")

    def resend_agenda(self) -> None:
        """The same agenda sealed again (e.g. the first file was lost)."""
        meeting_id = self._panel.meeting_id()
        if meeting_id is None:
            return
        to = [o["office_id"] for o in meeting.attendees(self._panel.vault, meeting_id)
              if o["office_id"] != self._panel.me]

        def save(path: str) -> None:
            self._panel.guarded(lambda: self._panel.write(
                path, exchange.send_agenda(self._panel.vault, meeting_id, to)[0].data,
                self.tr("Agenda saved in {0}: give the file to the offices convened.")))
        hooks.choose_file(self, self.tr("Save the agenda for the offices"), PACKETS, save,
                          save_as="ordine-del-giorno.age")

    def edit_details(self) -> None:
        """Open the meeting's details (they go into the agenda saved again and the minutes)."""
        from rete_desktop.ui.lab_details import MeetingDetailsDialog

        meeting_id = self._panel.meeting_id()
        if meeting_id is None:
            return
        self.details_dialog = dialog = MeetingDetailsDialog(self._panel.vault, meeting_id, self)
        dialog.done_with.connect(lambda _: self._panel.say(self.tr("Meeting details saved.")))
        dialog.open()

    def save_presence(self) -> None:
        meeting_id = self._panel.meeting_id()
        if meeting_id is None:
            return
        there = _checked(self.present)

        def work() -> None:
            chair.set_present(self._panel.vault, meeting_id, there,
                                chair_absent=self._panel.me not in there)
            self._panel.say(self.tr("Presence saved: {0} office(s) present.").format(len(there)))
        self._panel.guarded(work)

    def record_decision(self) -> None:
        meeting_id = self._panel.meeting_id()
        if meeting_id is None:
            return
        text, item_id = self.decision_text.toPlainText(), self.item_choice.currentData()

        def work() -> None:
            recorded = chair.add_decision(self._panel.vault, meeting_id, text, item_id)
            self.decision_text.clear()
            self._recorded(recorded, self.tr("Decision recorded."))
        self._panel.guarded(work)

    def record_action(self) -> None:
        meeting_id = self._panel.meeting_id()
        if meeting_id is None:
            return
        title, item_id = self.action_title.text(), self.item_choice.currentData()
        owner = str(self.action_owner.currentData() or "")
        due = picked_day(self.action_due) if self.action_has_due.isChecked() else None

        def work() -> None:
            recorded = chair.add_action(self._panel.vault, meeting_id, title, owner, due, item_id)
            self.action_title.clear()
            self._recorded(recorded, self.tr("Action recorded for {0}.").format(
                self.action_owner.currentText()))
        self._panel.guarded(work)

    def _recorded(self, recorded: meeting.Recorded, message: str) -> None:
        """Done; with the CLI's warning listing what the scrubbing took out of the text."""
        if recorded.removed:
            self._panel.say(message + " " + translate(
                "lab.names_removed", labels.language(), count=len(recorded.removed),
                values=", ".join(f"«{v}»" for v in recorded.removed)), WARN)
        else:
            self._panel.say(message)


class MinutesTab(QWidget):
    """After the meeting: the minutes sent to every office convened, and the actions' status
    as the owners' "done" packets come in."""

    def __init__(self, panel: ChairPanel) -> None:
        super().__init__()
        self._panel = panel
        self.minutes_to = QLabel()
        self.minutes_to.setWordWrap(True)
        self.minutes_pdf = QCheckBox(self.tr("Also save the PDF"))
        self.minutes_pdf.setChecked(True)
        self.minutes_button = QPushButton(self.tr("Send the &minutes…"))
        self.minutes_button.clicked.connect(self.send_minutes)
        self.draft_button = QPushButton(self.tr("Pre&view the minutes"))
        self.draft_button.clicked.connect(self.preview_minutes)
        send = QHBoxLayout()
        send.addWidget(self.minutes_to, 1)
        send.addWidget(self.draft_button)
        send.addWidget(self.minutes_pdf)
        send.addWidget(self.minutes_button)
        self.action_table = QTableWidget(0, 5)
        self.action_table.setHorizontalHeaderLabels([
            self.tr("Due by"), self.tr("Case code"), self.tr("Office"), self.tr("Status"),
            self.tr("Action")])
        self.action_table.verticalHeader().setVisible(False)
        self.action_table.setAccessibleName(self.tr("Actions of the meeting"))
        read_only(self.action_table)
        layout = QVBoxLayout(self)
        layout.addLayout(send)
        layout.addWidget(QLabel(self.tr("Actions agreed and their status (updated when the "
                                        "offices' “done” packets are imported)")))
        layout.addWidget(self.action_table, 1)

    def clear(self) -> None:
        self.action_table.setRowCount(0)
        self.minutes_to.clear()

    def fill(self, offices: list[dict[str, str]], actions: list[meeting.Action]) -> None:
        """Who the minutes go to; each action with its owner and whether it is done."""
        general = self.tr("General")
        owner_names = {o["office_id"]: o["name"] for o in offices}
        fill_table(self.action_table, [
            [day_text(a.due), a.case_code or general, owner_names.get(a.owner_office_id, ""),
             self.tr("done on {0}").format(day_text(a.done_on)) if a.status == "done"
             else self.tr("open"), a.title]
            for a in actions
        ])
        self.action_table.resizeColumnsToContents()
        self.minutes_to.setText(self.tr("The minutes go to every office convened: {0}").format(
            ", ".join(o["name"] for o in offices if o["office_id"] != self._panel.me)))

    def preview_minutes(self) -> QDialog | None:
        """The minutes as they stand, to read (and print) before sending them."""
        meeting_id = self._panel.meeting_id()
        if meeting_id is None:
            return None
        return documents.preview(self, self.tr("Send the minutes"),
                                 self.tr("Minutes (draft)"),
                                 lambda: lab_documents.draft_minutes_pdf(self._panel.vault,
                                                                         meeting_id))

    def send_minutes(self) -> None:
        """Confirm (who was there, how many decisions and actions), then save packet and PDF."""
        meeting_id = self._panel.meeting_id()
        if meeting_id is None:
            return
        m = meeting.get_meeting(self._panel.vault, meeting_id)
        doc = meeting.minutes_doc(self._panel.vault, meeting_id)
        to = [o["office_id"] for o in meeting.attendees(self._panel.vault, meeting_id)
              if o["office_id"] != self._panel.me]
        question = self.tr("Send the minutes of the meeting of {0} to {1} office(s)?\n"
                           "Present: {2}.\nDecisions: {3}; actions: {4}.").format(
            day_text(m.meeting_date), len(to), ", ".join(o["name"] for o in doc["present"]) or "-",
            len(doc["decisions"]), len(doc["actions"]))
        if m.status == "minutes":
            question = self.tr("The minutes were already sent once.") + "\n" + question

        def save(path: str) -> None:
            def work() -> None:
                sealed, pdf = exchange.send_minutes(self._panel.vault, meeting_id, to)
                self._panel.write(path, sealed.data, self.tr(
                    "Minutes saved in {0}: give the file to the offices convened."))
                if self.minutes_pdf.isChecked():
                    self._panel.save_pdf(pdf, self.tr("minutes-{0}.pdf", "file name").format(
                        m.meeting_date.isoformat()))
            self._panel.guarded(work)

        hooks.confirm(self, self.tr("Send the minutes"), question, lambda: hooks.choose_file(
            self, self.tr("Save the minutes for the offices"), PACKETS, save,
            save_as=f"verbale-{m.meeting_date.isoformat()}.age"))
