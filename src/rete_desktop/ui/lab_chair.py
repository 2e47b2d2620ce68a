"""The chair's screen of the laboratorio: cases received → agenda → the meeting → minutes.

Three tabs (:mod:`rete_desktop.ui.lab_chair_tabs`) follow the meeting's life: the pseudonymised
items received and not yet on an agenda (the chair picks the cases, the date and the offices, and
saves the signed agenda packet and its PDF); during the meeting, offices present, decisions and
actions per case; after it, the minutes (packet and PDF) and the actions' status as the owners'
updates come in. This panel holds what they share: the packets imported by drag and drop or with
a file dialog, the meeting chosen, the outcome line. Every call is a service function of
:mod:`rete_desktop.lab`, the same the ``rete lab`` commands use, so the chair's free text is
scrubbed exactly as on the command line; the screen says when something was removed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.errors import ReteError
from rete_desktop.lab import exchange, meeting
from rete_desktop.lab.exchange import LabImport
from rete_desktop.packets import directory
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import hooks, labels, style
from rete_desktop.ui.lab_chair_tabs import (
    ERROR,
    OK,
    PACKETS,
    AgendaTab,
    MeetingTab,
    MinutesTab,
    day_text,
)


class ChairPanel(QWidget):
    """Everything the office chairing the laboratorio does, before, during and after it: the
    packets dropped or imported, the meeting chosen, and one tab per phase."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.me = ""  # this office's id
        self.wanted: str | None = None  # the meeting to show after the next refresh
        self.setAcceptDrops(True)

        self.drop_area = QLabel(self.tr("Drag here the packets received for the laboratorio "
                                        "(cases for the agenda, actions done)"))
        self.drop_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_area.setWordWrap(True)
        self.drop_area.setFrameShape(QFrame.Shape.Box)
        self.drop_area.setMinimumHeight(40)
        self.drop_area.setStyleSheet(style.DROP_AREA)
        self.import_button = QPushButton(self.tr("&Import a packet…"))
        self.import_button.clicked.connect(self.choose_packet)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Outcome"))
        self.status.hide()
        top = QHBoxLayout()
        top.addWidget(self.drop_area, 1)
        top.addWidget(self.import_button)

        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.setPlaceholderText(self.tr("No meeting yet: send an agenda first"))
        self.meeting.currentIndexChanged.connect(self._load_meeting)
        self.agenda = AgendaTab(self)
        self.during = MeetingTab(self)
        self.after = MinutesTab(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, self.tr("Cases received and agenda"))
        self.tabs.addTab(self.during, self.tr("During the meeting"))
        self.tabs.addTab(self.after, self.tr("Minutes and actions"))
        self.meeting_row = QWidget()  # shown for the tabs about one meeting
        meeting_row = QHBoxLayout(self.meeting_row)
        meeting_row.setContentsMargins(0, 0, 0, 0)
        meeting_label = QLabel(self.tr("M&eeting:"))
        meeting_label.setBuddy(self.meeting)
        meeting_row.addWidget(meeting_label)
        meeting_row.addWidget(self.meeting, 1)
        self.tabs.currentChanged.connect(
            lambda index: self.meeting_row.setVisible(index > 0))
        self.meeting_row.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.meeting_row)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        """Reload the items waiting, the directory's offices and the chaired meetings."""
        me = load_identity(self.vault)
        self.me = me.office_id
        members = directory.list_members(self.vault)
        names = {m.office_id: m.name for m in members} | {me.office_id: me.name}
        self.agenda.fill(members, names)
        current, self.wanted = self.wanted or self.meeting_id(), None
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for chaired in meeting.list_meetings(self.vault):
            if chaired.role == "chair":
                state = (self.tr("minutes sent") if chaired.status == "minutes"
                         else self.tr("agenda sent"))
                self.meeting.addItem(f"{day_text(chaired.meeting_date)} — {state}", chaired.id)
        index = self.meeting.findData(current) if current else -1
        self.meeting.setCurrentIndex(index if index >= 0 else (0 if self.meeting.count() else -1))
        self.meeting.blockSignals(False)
        self._load_meeting()

    def meeting_id(self) -> str | None:
        data = self.meeting.currentData()
        return str(data) if data else None

    def _load_meeting(self) -> None:
        """The tabs about one meeting show the meeting chosen (empty and disabled if none)."""
        meeting_id = self.meeting_id()
        for tab in (self.during, self.after):
            tab.setEnabled(meeting_id is not None)
        if meeting_id is None:
            self.during.clear()
            self.after.clear()
            return
        offices = meeting.attendees(self.vault, meeting_id)
        doc = meeting.minutes_doc(self.vault, meeting_id)
        actions = meeting.list_actions(self.vault, meeting_id=meeting_id)
        self.during.fill(meeting_id, offices, doc, actions)
        self.after.fill(offices, actions)

    # --- messages ------------------------------------------------------------------------

    def say(self, text: str, style: str = OK) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def fail(self, exc: Exception) -> None:
        self.say(self.tr("Not done: {0}").format(labels.error_text(exc)), ERROR)

    def guarded(self, work: Callable[[], None]) -> None:
        """Run ``work``; a core or file error becomes the red message, then reload."""
        try:
            work()
        except (ReteError, OSError) as exc:
            self.fail(exc)
        self.refresh()

    def save_pdf(self, pdf: bytes, name: str) -> None:
        def write(path: str) -> None:
            self.guarded(lambda: self.write(path, pdf, self.tr("PDF saved: {0}")))
        hooks.choose_file(self, self.tr("Save the PDF"), "PDF (*.pdf)", write, save_as=name)

    def write(self, path: str, data: bytes, message: str) -> None:
        write_atomic(Path(path), data)
        self.say(message.format(path))

    # --- imports ---------------------------------------------------------------------------

    def choose_packet(self) -> None:
        hooks.choose_file(self, self.tr("Import a laboratorio packet"), PACKETS,
                          self.import_file)

    def import_file(self, path: str) -> None:
        self.import_files([path])

    def import_files(self, paths: list[str]) -> None:
        """Verify and file each packet; one line per file says what arrived or why it is
        refused (red when any was refused)."""
        lines, refused = [], False
        for path in paths:
            try:
                lines.append(self._verdict(exchange.import_lab_packet(self.vault, Path(path))))
            except (ReteError, OSError) as exc:
                refused = True
                lines.append(self.tr("{0} REFUSED: {1}").format(
                    Path(path).name, labels.error_text(exc)))
        self.say("\n".join(lines), ERROR if refused else OK)
        self.refresh()

    def _verdict(self, r: LabImport) -> str:
        if r.kind == "agenda-item":
            return self.tr("Received from {0}: case {1}. It is among the cases waiting for "
                           "the agenda.").format(r.sender_name, r.about)
        if r.kind == "action-update":
            return self.tr("{0} reports the action “{1}” done.").format(r.sender_name, r.about)
        if r.kind == "agenda":
            return self.tr("Received from {0}: the agenda of the meeting of {1}.").format(
                r.sender_name, r.about)
        return self.tr("Received from {0}: the minutes of the meeting of {1}; actions for this "
                       "office: {2}.").format(r.sender_name, r.about, len(r.my_actions))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_files(files)
