"""The laboratorio distrettuale screen: propose a case (with the pseudonymised preview the
operator checks before anything leaves), the actions assigned to this office, the meetings; the
chair's work (agenda, presence, decisions, actions, minutes) on its own tab
(:class:`~rete_desktop.ui.lab_chair.ChairPanel`).

The page calls the same service functions as the CLI. It fills itself the first time it is
shown and again when the core announces a laboratorio or directory change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.errors import ReteError
from rete_desktop.lab import documents as lab_documents
from rete_desktop.lab import exchange, items, meeting
from rete_desktop.packets import directory
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import documents, hooks, labels
from rete_desktop.ui.events import bridge, keep_fresh
from rete_desktop.ui.lab_chair import ChairPanel
from rete_desktop.ui.stats_page import fill_table, read_only
from rete_desktop.ui.widgets import add_form_row


class LabPage(QWidget):
    """Propose a case to the chair, see and close this office's actions, list meetings; and,
    on the second tab, chair a meeting."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._summary: dict[str, object] | None = None
        self._flags: tuple[str, ...] = ()  # shown in the preview; sending asks to confirm them

        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("Case number, e.g. 2026/0042"))
        self.case.setAccessibleName(self.tr("Case to propose"))
        self.request = QPlainTextEdit()
        self.request.setPlaceholderText(self.tr("What is asked of the network (no names)"))
        self.request.setAccessibleName(self.tr("Request to the network"))
        self.request.setMaximumHeight(70)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Pseudonymised summary"))
        self.preview.setMinimumHeight(150)
        self.chair = QComboBox()
        self.chair.setAccessibleName(self.tr("Chair of the laboratorio"))
        self.chair.setPlaceholderText(self.tr("No network directory yet: import the "
                                              "coordinator's one"))
        self.preview_button = QPushButton(self.tr("&Preview what leaves the office"))
        self.send_button = QPushButton(self.tr("&Send to the chair…"))
        self.send_button.setEnabled(False)
        self.preview_button.clicked.connect(self.show_preview)
        self.send_button.clicked.connect(self._send)
        self.case.textChanged.connect(self._invalidate)
        self.request.textChanged.connect(self._invalidate)
        propose = QGroupBox(self.tr("Propose a case to the laboratorio"))
        form = QFormLayout(propose)
        add_form_row(form, self.tr("&Case"), self.case)
        add_form_row(form, self.tr("&Request"), self.request)
        add_form_row(form, self.tr("C&hair"), self.chair)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.send_button)
        form.addRow(buttons)
        form.addRow(self.tr("Pseudonymised summary"), self.preview)

        self.my_actions = QTableWidget(0, 4)
        self.my_actions.setHorizontalHeaderLabels(
            [self.tr("Due by"), self.tr("Case code"), self.tr("Action"), self.tr("Status")])
        self.my_actions.verticalHeader().setVisible(False)
        self.my_actions.setAccessibleName(self.tr("Actions assigned to this office"))
        read_only(self.my_actions)
        self.done_button = QPushButton(self.tr("&Mark as done…"))
        self.done_button.clicked.connect(self._done)
        mine = QGroupBox(self.tr("Actions assigned to this office"))
        mine_layout = QVBoxLayout(mine)
        mine_layout.addWidget(self.my_actions)
        mine_layout.addWidget(self.done_button)

        self.meetings = QTableWidget(0, 4)
        self.meetings.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Role"), self.tr("Status"), self.tr("Network")])
        self.meetings.verticalHeader().setVisible(False)
        self.meetings.setAccessibleName(self.tr("Meetings"))
        read_only(self.meetings)
        self.meeting_preview = QPushButton(self.tr("Show the a&genda or minutes"))
        self.meeting_preview.clicked.connect(self.show_meeting_document)
        self.meeting_print = QPushButton(self.tr("Print the agenda or minu&tes…"))
        self.meeting_print.clicked.connect(self.print_meeting_document)
        meeting_buttons = QHBoxLayout()
        meeting_buttons.addWidget(self.meeting_preview)
        meeting_buttons.addWidget(self.meeting_print)
        meeting_buttons.addStretch(1)
        meetings = QGroupBox(self.tr("Meetings"))
        meetings_layout = QVBoxLayout(meetings)
        meetings_layout.addWidget(self.meetings)
        meetings_layout.addLayout(meeting_buttons)

        member = QWidget()
        layout = QVBoxLayout(member)
        layout.addWidget(propose, 3)
        layout.addWidget(mine, 2)
        layout.addWidget(meetings, 2)
        self.chair_panel = ChairPanel(vault)
        self.tabs = QTabWidget()
        self.tabs.addTab(member, self.tr("This office"))
        self.tabs.addTab(self.chair_panel, self.tr("Chairing the meeting"))
        QVBoxLayout(self).addWidget(self.tabs)
        # Both tabs follow the core: a packet imported, an agenda sent, an action done…
        events = bridge(vault)
        keep_fresh(self, self.refresh, events.lab_changed, events.directory_updated,
                   load_on_show=True)

    def refresh(self) -> None:
        self._refresh_member()
        self.chair_panel.refresh()

    def _refresh_member(self) -> None:
        self._me = load_identity(self._vault).office_id
        self.chair.clear()
        for member in directory.list_members(self._vault):
            if member.active:
                self.chair.addItem(member.name, member.office_id)
        self.chair.setEnabled(self.chair.count() > 0)
        self._actions = meeting.list_actions(self._vault, mine=True)
        fill_table(self.my_actions, [
            [a.due.strftime("%d/%m/%Y") if a.due else "-", a.case_code or "-", a.title,
             self.tr("done") if a.status == "done" else self.tr("open")]
            for a in self._actions
        ])
        states = {("chair", "agenda"): self.tr("agenda sent"),
                  ("chair", "minutes"): self.tr("minutes sent"),
                  ("member", "agenda"): self.tr("agenda received"),
                  ("member", "minutes"): self.tr("minutes received")}
        self._meetings = meeting.list_meetings(self._vault)
        fill_table(self.meetings, [
            [m.meeting_date.strftime("%d/%m/%Y"),
             self.tr("chairs") if m.role == "chair" else self.tr("attends"),
             states.get((m.role, m.status), m.status), m.network_name]
            for m in self._meetings
        ])

    def _chosen_meeting(self) -> meeting.Meeting | None:
        row = self.meetings.currentRow()
        if 0 <= row < len(self._meetings):
            return self._meetings[row]
        hooks.inform(self, self.tr("Laboratorio"), self.tr("Choose a meeting in the list."))
        return None

    def _meeting_document(self, chosen: meeting.Meeting) -> tuple[str, Callable[[], bytes]]:
        """The chosen meeting's document as named in the preview, and how to build it."""
        day = chosen.meeting_date.strftime("%d/%m/%Y")
        name = (self.tr("Minutes of the meeting of {0}") if chosen.status == "minutes"
                else self.tr("Agenda of the meeting of {0}")).format(day)
        return name, lambda: lab_documents.meeting_pdf(self._vault, chosen.id)[1]

    def show_meeting_document(self) -> QDialog | None:
        """The agenda (or, once sent or received, the minutes) of the chosen meeting."""
        chosen = self._chosen_meeting()
        if chosen is None:
            return None
        name, build = self._meeting_document(chosen)
        return documents.preview(self, self.tr("Laboratorio"), name, build)

    def print_meeting_document(self) -> None:
        chosen = self._chosen_meeting()
        if chosen is not None:
            documents.print_built(self, self.tr("Laboratorio"),
                                  self._meeting_document(chosen)[1])

    def _invalidate(self) -> None:
        self._summary = None
        self._flags = ()
        self.send_button.setEnabled(False)

    def _error(self, exc: Exception) -> None:
        hooks.inform(self, self.tr("Laboratorio"), labels.error_text(exc), error=True)

    def show_preview(self) -> None:
        """Build the item exactly as it would leave and show it; only then can it be sent."""
        try:
            draft = items.prepare_item(self._vault, self.case.text().strip(),
                                       self.request.toPlainText())
        except ReteError as exc:
            self._error(exc)
            return
        text = labels.lab_item_text(draft.summary)
        if draft.flags:
            text += "\n\n" + self.tr("To review before sending (they can identify the family):") \
                + "".join(f"\n  • {flag}" for flag in draft.flags)
        self.preview.setPlainText(text)
        self._summary = draft.summary
        self._flags = draft.flags
        self.send_button.setEnabled(self.chair.count() > 0)

    def _send(self) -> None:
        if self._summary is None:
            return
        if not self._flags:
            self._send_reviewed()
            return
        hooks.confirm(
            self, self.tr("Laboratorio"),
            self.tr("The request names places or people that can identify the family:\n{0}\n\n"
                    "Have you read it again and is each of them needed? Send it as it is?")
            .format("\n".join(f"  • {flag}" for flag in self._flags)),
            self._send_reviewed, warning=True)

    def _send_reviewed(self) -> None:
        if str(self.chair.currentData()) == self._me:  # this office chairs: no packet to save
            self._write_item(None)
            return
        hooks.choose_file(self, self.tr("Save the packet for the chair"),
                          "Rete (*.age)", self._write_item, save_as="laboratorio.age")

    def _write_item(self, path: str | None) -> None:
        reviewed = bool(self._flags)  # flags were shown in the preview and confirmed
        try:
            if path is None:
                items.queue_own_item(self._vault, self.case.text().strip(),
                                     self.request.toPlainText(), reviewed=reviewed)
            else:
                sealed = exchange.send_item(self._vault, self.case.text().strip(),
                                            str(self.chair.currentData()),
                                            self.request.toPlainText(), reviewed=reviewed)
                write_atomic(Path(path), sealed.data)
        except (ReteError, OSError) as exc:
            self._error(exc)
            return
        self._invalidate()

    def _done(self) -> None:
        row = self.my_actions.currentRow()
        if row < 0 or self._actions[row].status == "done":
            return
        action_id = self._actions[row].id
        hooks.choose_file(self, self.tr("Save the update for the chair"),
                          "Rete (*.age)", lambda p: self._write_done(action_id, p),
                          save_as="azione-fatta.age")

    def _write_done(self, action_id: str, path: str) -> None:
        try:
            sealed = exchange.send_action_done(self._vault, action_id)
            if sealed is not None:
                write_atomic(Path(path), sealed.data)
        except (ReteError, OSError) as exc:
            self._error(exc)

