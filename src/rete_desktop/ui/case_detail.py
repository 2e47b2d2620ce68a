"""One case: persons (children first-class), risk, consent, protocol tasks, attachments, notes
timeline. Files dropped anywhere on the case are attached to it.

The note being typed is autosaved as a draft inside the vault (debounced), so an interruption
or an auto-lock loses nothing and no plaintext ever reaches the disk outside the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.records import Case, Note, Person, Task
from rete_desktop.domain.validation import display_phone
from rete_desktop.domain.vocabulary import CaseStatus, NoteCategory, PersonRole, RiskLevel
from rete_desktop.errors import ReteError
from rete_desktop.storage import cases, notes, protocols, sharing
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import dialogs, hooks, labels, style
from rete_desktop.ui.attachments import AttachmentsSection
from rete_desktop.ui.case_record_section import CaseRecordSection
from rete_desktop.ui.clipboard import SecureClipboard
from rete_desktop.ui.events import bridge
from rete_desktop.ui.note_timeline import NoteTimeline
from rete_desktop.ui.widgets import ErrorLabel

DRAFT_DELAY_MS = 800
CHILD_BACKGROUND = QColor(style.CHILD_ROW)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSize(font.pointSize() + 1)
    label.setFont(font)
    return label


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table


def _fit_height(table: QTableWidget) -> None:
    """Tables inside the scrolling page show all their rows instead of scrolling themselves."""
    height = table.horizontalHeader().height() + 4
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height)


class CaseDetail(QWidget):
    """The detail pane. :meth:`show_case` fills it, :meth:`clear` empties it (on lock)."""

    def __init__(
        self, vault: Vault, clipboard: SecureClipboard, status_message: Callable[[str], None]
    ) -> None:
        super().__init__()
        self.vault = vault
        self.clipboard = clipboard
        self._say = status_message
        self.case: Case | None = None
        self._persons: list[Person] = []
        self._tasks: list[Task] = []
        self._filling = False
        self._ticking = False  # inside a task box's own change signal
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._build()
        self.clear()
        events = bridge(vault)
        events.case_changed.connect(self._case_changed)
        events.note_added.connect(self._note_added)
        events.case_erased.connect(self._case_erased)

    def _shows(self, case_id: str) -> bool:
        return self.case is not None and self.case.id == case_id

    def _case_changed(self, case_id: str, what: str) -> None:
        """Show what changed in the case on screen, whoever changed it."""
        if not self._shows(case_id):
            return
        if what == "tasks" and self._ticking:  # refill after the tick's own signal returns
            QTimer.singleShot(0, self._fill_tasks)
        elif what == "tasks":
            self._fill_tasks()
        elif what == "person":
            self._fill_persons()
        elif what != "attachment":  # the attachments pane refreshes itself
            self.refresh()

    def _note_added(self, case_id: str, _note_id: str) -> None:
        if self._shows(case_id):
            self._fill_notes()

    def _case_erased(self, case_id: str) -> None:
        """Nothing of an erased case may stay on screen."""
        if self._shows(case_id):
            self.clear()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Case status"))
        for value in CaseStatus:
            self.status.addItem(labels.status(value), value.value)
        self.status.activated.connect(self._status_chosen)
        self.risk = QComboBox()
        self.risk.setAccessibleName(self.tr("Risk level"))
        for level in RiskLevel:
            self.risk.addItem(labels.risk(level), level.value)
        self.risk.activated.connect(self._risk_chosen)
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        consent_button = QPushButton(self.tr("Consent…"))
        consent_button.setAccessibleName(self.tr("Change consent to share"))
        consent_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        consent_button.setToolTip("Ctrl+Shift+C")
        consent_button.clicked.connect(self.edit_consent)
        facts = QHBoxLayout()
        facts.addWidget(QLabel(self.tr("Status")))
        facts.addWidget(self.status)
        facts.addWidget(QLabel(self.tr("Risk")))
        facts.addWidget(self.risk)
        facts.addStretch(1)

        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 1)
        consent_row.addWidget(consent_button)

        self.persons = _table([self.tr("Role"), self.tr("Name"), self.tr("Born"),
                               self.tr("Phone"), self.tr("Address")], self.tr("Persons"))
        self.persons.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy_phone = QAction(self.tr("Copy phone number"), self.persons)
        copy_phone.triggered.connect(lambda: self.copy_person_field("phone"))
        copy_address = QAction(self.tr("Copy address"), self.persons)
        copy_address.triggered.connect(lambda: self.copy_person_field("address"))
        self.persons.addAction(copy_phone)
        self.persons.addAction(copy_address)
        add_person = QPushButton(self.tr("Add &person…"))
        add_person.setShortcut(QKeySequence("Ctrl+Shift+P"))
        add_person.setToolTip("Ctrl+Shift+P")
        add_person.clicked.connect(self.add_person)
        copy_phone_button = QPushButton(self.tr("Copy phone"))
        copy_phone_button.setToolTip(self.tr("The clipboard is cleared after 30 seconds"))
        copy_phone_button.clicked.connect(lambda: self.copy_person_field("phone"))
        copy_address_button = QPushButton(self.tr("Copy address"))
        copy_address_button.setToolTip(self.tr("The clipboard is cleared after 30 seconds"))
        copy_address_button.clicked.connect(lambda: self.copy_person_field("address"))
        persons_head = QHBoxLayout()
        persons_head.addWidget(_heading(self.tr("Persons")))
        persons_head.addStretch(1)
        for button in (copy_phone_button, copy_address_button, add_person):
            persons_head.addWidget(button)

        self.record = CaseRecordSection(self.vault, self._say)

        self.tasks = _table([self.tr("Done"), self.tr("Task"), self.tr("Who"), self.tr("Due")],
                            self.tr("Protocol tasks"))
        self.tasks.itemChanged.connect(self._task_ticked)
        self.tasks.setWordWrap(True)
        self.tasks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tasks.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tasks.horizontalHeader().setStretchLastSection(False)
        apply_button = QPushButton(self.tr("Apply &protocol…"))
        apply_button.setShortcut(QKeySequence("Ctrl+Shift+T"))
        apply_button.setToolTip("Ctrl+Shift+T")
        apply_button.clicked.connect(self.apply_protocol)
        self.handout_button = QPushButton(self.tr("Give her a &document…"))
        self.handout_button.setToolTip(self.tr("Leaflet, wallet card or rights sheet (art. "
                                               "90-bis) in her language; the hand-over is "
                                               "recorded"))
        self.handout_button.clicked.connect(self.give_document)
        tasks_head = QHBoxLayout()
        tasks_head.addWidget(_heading(self.tr("Protocol tasks")))
        tasks_head.addStretch(1)
        tasks_head.addWidget(self.handout_button)
        tasks_head.addWidget(apply_button)

        self.attachments = AttachmentsSection(self.vault, self._say)
        self.setAcceptDrops(True)

        self.timeline = NoteTimeline()
        self.timeline.activated.connect(self._amend_chosen)
        self.timeline.notes.modelReset.connect(self._notes_shown)
        self.timeline.selectionModel().currentChanged.connect(lambda *_: self._notes_shown())
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.amend_button.setAccessibleName(self.tr("Amend the chosen note"))
        self.amend_button.setToolTip(self.tr("Choose a note in the list (Enter amends it too)"))
        self.amend_button.clicked.connect(self._amend_chosen)
        self.no_notes = QLabel(self.tr("No notes yet."))
        self.no_notes.setStyleSheet(style.MUTED_TEXT)
        notes_head = QHBoxLayout()
        notes_head.addWidget(_heading(self.tr("Notes")))
        notes_head.addWidget(self.no_notes)
        notes_head.addStretch(1)
        notes_head.addWidget(self.amend_button)
        notes_pane = QWidget()
        notes_column = QVBoxLayout(notes_pane)
        notes_column.setContentsMargins(9, 0, 9, 0)
        notes_column.addLayout(notes_head)
        notes_column.addWidget(self.timeline, 1)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addLayout(facts)
        column.addLayout(consent_row)
        column.addLayout(persons_head)
        column.addWidget(self.persons)
        column.addWidget(_heading(self.tr("Case record")))
        column.addWidget(self.record)
        column.addLayout(tasks_head)
        column.addWidget(self.tasks)
        column.addWidget(self.attachments)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.record_scroll = scroll
        # The notes scroll on their own, under the record: a long timeline is a list the view
        # paints row by row, never a widget per note inside the page.
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(scroll)
        split.addWidget(notes_pane)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)

        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Note category"))
        for kind in NoteCategory:
            self.category.addItem(labels.category(kind), kind.value)
        self.note_editor = QPlainTextEdit()
        self.note_editor.setAccessibleName(self.tr("New note"))
        self.note_editor.setPlaceholderText(self.tr(
            "Write a new note… (the draft is kept in the vault while you type)"))
        self.note_editor.setMaximumHeight(90)
        self.note_editor.textChanged.connect(self._note_typed)
        self.draft_state = QLabel()
        self.draft_state.setStyleSheet(style.MUTED_TEXT)
        self.note_error = ErrorLabel()
        self.save_note_button = QPushButton(self.tr("&Save note"))
        self.save_note_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_note_button.setToolTip("Ctrl+S")
        self.save_note_button.clicked.connect(self.save_note)
        editor_bar = QHBoxLayout()
        editor_bar.addWidget(self.category)
        editor_bar.addWidget(self.draft_state, 1)
        editor_bar.addWidget(self.save_note_button)

        self.empty = QLabel(self.tr("Choose a case from the list, or press Ctrl+N for a new one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(split, 1)
        content_layout.addWidget(self.note_editor)
        content_layout.addWidget(self.note_error)
        content_layout.addLayout(editor_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)

    # --- filling -------------------------------------------------------------------------

    def show_case(self, case_id: str) -> None:
        self.flush_draft()
        try:
            self.case = cases.get_case(self.vault, case_id)
            self.empty.hide()
            self.content.show()
            self.refresh()
            draft = notes.load_draft(self.vault, self.case.id)
        except ReteError as exc:  # e.g. a damaged page of its notes: no half-filled case
            self.clear()
            self._say(labels.error_text(exc))
            return
        self._filling = True
        self.note_editor.setPlainText(draft)
        self._filling = False
        self.draft_state.setText(
            self.tr("Draft restored from the vault") if self.note_editor.toPlainText() else "")
        self.note_error.show_error("")

    def refresh(self) -> None:
        if self.case is None:
            return
        self.case = cases.get_case(self.vault, self.case.id, audit_read=False)
        case = self.case
        self.title.setText(f"{case.reference} — {case.title}")
        self.status.setCurrentIndex(self.status.findData(case.status.value))
        self.risk.setCurrentIndex(self.risk.findData(case.risk.value))
        self.risk.setStyleSheet(style.ERROR_BOLD
                                if case.risk is RiskLevel.HIGH else "")
        self._fill_consent(case)
        self._fill_persons()
        self.record.show_case(case, self._persons)
        self._fill_tasks()
        self.attachments.show_case(case.id)
        self._fill_notes()

    def _fill_consent(self, case: Case) -> None:
        consent = case.consent
        if consent.share_with:
            kinds = ", ".join(labels.office_kind(k) for k in consent.share_with)
            text = self.tr("Consent to share with: {0}").format(kinds)
            if consent.include_notes:
                text += self.tr(" (notes included)")
        elif sharing.list_decisions(self.vault, case.id):
            text = self.tr("No consent recorded: the sharing decisions below say where the "
                           "case may go and on which legal basis.")
        else:
            text = self.tr("No consent to share recorded: nothing can be referred.")
        self.consent.setText(text)

    def _fill_persons(self) -> None:
        assert self.case is not None
        self._persons = cases.list_persons(self.vault, self.case.id)
        self._persons.sort(key=lambda p: (p.role is not PersonRole.VICTIM,
                                          p.role is not PersonRole.CHILD))
        self.record.persons = list(self._persons)  # a new person can be related at once
        self.persons.setRowCount(len(self._persons))
        bold = QFont()
        bold.setBold(True)
        for row, person in enumerate(self._persons):
            role = labels.role(person.role)
            if person.role is PersonRole.CHILD:
                role = self.tr("CHILD — {0}").format(
                    labels.exposure(person.exposure) if person.exposure else role)
            cells = [role, person.name, str(person.birth_year or ""),
                     display_phone(person.phone) if person.phone else "", person.address or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if person.role is PersonRole.CHILD:
                    item.setBackground(CHILD_BACKGROUND)
                    item.setFont(bold)
                self.persons.setItem(row, column, item)
        _fit_height(self.persons)

    def _fill_tasks(self) -> None:
        assert self.case is not None
        self._tasks = protocols.list_tasks(self.vault, case_id=self.case.id)
        today = date.today()
        self._filling = True
        self.tasks.setRowCount(len(self._tasks))
        for row, task in enumerate(self._tasks):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if task.done_on or task.status.value
                                == "done" else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Done"))
            due = task.due.strftime("%d/%m/%Y") if task.due else ""
            if task.is_overdue(today):
                due = self.tr("{0} — OVERDUE").format(due)
            cells = [check, QTableWidgetItem(task.title),
                     QTableWidgetItem(labels.office_kind(task.owner_kind) if task.owner_kind
                                      else ""), QTableWidgetItem(due)]
            for column, item in enumerate(cells):
                if task.is_overdue(today):
                    item.setForeground(QColor(style.ERROR))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.tasks.setItem(row, column, item)
        self._filling = False
        self.tasks.resizeRowsToContents()
        _fit_height(self.tasks)

    def _fill_notes(self) -> None:
        assert self.case is not None
        self.timeline.show_case(self.vault, self.case.id)

    def _notes_shown(self) -> None:
        self.no_notes.setVisible(self.case is not None and self.timeline.notes.rowCount() == 0)
        self.amend_button.setEnabled(self.timeline.current_note() is not None)

    def clear(self) -> None:
        """Forget the case and wipe every text (used on lock and when no case is chosen)."""
        self._draft_timer.stop()
        self.case = None
        self._persons, self._tasks = [], []
        self.title.clear()
        self.consent.clear()
        self.persons.setRowCount(0)
        self.tasks.setRowCount(0)
        self.attachments.clear()
        self.record.clear()
        self.timeline.clear()
        self._filling = True
        self.note_editor.clear()
        self._filling = False
        self.draft_state.clear()
        self.content.hide()
        self.empty.show()

    # --- actions -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        self.attachments.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        self.attachments.dropEvent(event)

    def _note_typed(self) -> None:
        if not self._filling and self.case is not None:
            self._draft_timer.start()
            self.draft_state.setText(self.tr("Typing…"))

    def save_draft(self) -> None:
        self._draft_timer.stop()
        if self.case is None:
            return
        notes.save_draft(self.vault, self.case.id, self.note_editor.toPlainText())
        self.draft_state.setText(self.tr("Draft saved in the vault"))

    def flush_draft(self) -> None:
        """Save a pending draft now (before switching case or locking)."""
        if self._draft_timer.isActive():
            self.save_draft()

    def save_note(self) -> None:
        if self.case is None:
            return
        self._draft_timer.stop()
        self.note_error.show_error("")
        try:
            notes.add_note(self.vault, self.case.id, self.note_editor.toPlainText(),
                           self.category.currentData())
        except ReteError as exc:
            self.note_error.show_error(labels.error_text(exc))
            return
        self._filling = True
        self.note_editor.clear()
        self._filling = False
        self.draft_state.setText(self.tr("Note saved"))

    def _amend_chosen(self) -> None:
        note = self.timeline.current_note()
        if note is not None:
            self.amend(note)

    def amend(self, note: Note) -> None:
        dialogs.open_form(dialogs.AmendNoteDialog(self.vault, note, self))

    def add_person(self) -> None:
        if self.case is not None:
            dialogs.open_form(dialogs.AddPersonDialog(self.vault, self.case.id, self))

    def apply_protocol(self) -> None:
        if self.case is not None:
            dialogs.open_form(dialogs.ApplyProtocolDialog(self.vault, self.case.id, self))

    def give_document(self) -> dialogs.FormDialog | None:
        """The leaflet, card or rights sheet in her language; the hand-over goes in the case."""
        if self.case is None:
            return None
        from rete_desktop.ui.handout_dialog import HandoutDialog

        dialog = HandoutDialog(self.vault, self.case.id, self)
        dialogs.open_form(dialog)
        return dialog

    def edit_consent(self) -> None:
        if self.case is not None:
            dialogs.open_form(
                dialogs.ConsentDialog(self.vault, self.case.id, self.case.consent, self))

    def _status_chosen(self) -> None:
        if self.case is None:
            return
        value = self.status.currentData()
        if value == self.case.status.value:
            return
        case_id, previous = self.case.id, self.case.status

        def apply() -> None:
            cases.set_status(self.vault, case_id, value)

        if value == CaseStatus.CLOSED.value:
            self.status.setCurrentIndex(self.status.findData(previous.value))
            hooks.confirm(self, self.tr("Close the case"), self.tr(
                "Close case {0}? It stays in the vault and can be reopened.").format(
                    self.case.reference), apply)
        else:
            apply()

    def _risk_chosen(self) -> None:
        if self.case is not None and self.risk.currentData() != self.case.risk.value:
            cases.set_risk(self.vault, self.case.id, self.risk.currentData())

    def _task_ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0 or item.row() >= len(self._tasks):
            return
        task = self._tasks[item.row()]
        done = item.checkState() == Qt.CheckState.Checked
        self._ticking = True
        try:
            protocols.set_task_done(self.vault, task.id, done)
        finally:
            self._ticking = False
        self._say(self.tr("Task marked done: {0} (untick to undo)").format(task.title)
                  if done else self.tr("Task reopened: {0}").format(task.title))

    def copy_person_field(self, field: str) -> None:
        row = self.persons.currentRow()
        if not 0 <= row < len(self._persons):
            self._say(self.tr("Choose a person first."))
            return
        person = self._persons[row]
        value = (display_phone(person.phone) if person.phone else "") if field == "phone" \
            else (person.address or "")
        if value:
            self.clipboard.copy(value)
            self._say(self.tr("Copied; the clipboard will be cleared in 30 seconds."))
