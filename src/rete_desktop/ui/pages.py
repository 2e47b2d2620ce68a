"""The main window's sections besides the cases: contacts & offices, protocols, tasks due,
search and referrals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.validation import display_phone
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import ReteError
from rete_desktop.handbook import prevention
from rete_desktop.storage import cases, offices, protocols, search
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import hooks, labels, protocol_changes, style
from rete_desktop.ui.clipboard import SecureClipboard
from rete_desktop.ui.events import bridge, keep_fresh
from rete_desktop.ui.handbook_page import fill_prevention
from rete_desktop.ui.search_worker import SearchWorker
from rete_desktop.ui.widgets import ErrorLabel, FormErrors, columns_width, fit_columns

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_MIN = 150  # px the contacts tree keeps for office and contact names


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSize(font.pointSize() + 3)
    font.setBold(True)
    label.setFont(font)
    return label


class ContactsPage(QWidget):
    """Offices of the network and their contacts; the editor validates as the storage does."""

    def __init__(self, vault: Vault, clipboard: SecureClipboard,
                 say: Callable[[str], None]) -> None:
        super().__init__()
        self.vault = vault
        self.clipboard = clipboard
        self._say = say
        self.contact_id: str | None = None
        self._shown: dict[str, str] = {}  # the edited contact's values as loaded
        self.tree = QTreeWidget()
        # The phone right after the name: it stays in view however narrow the pane.
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Role"),
                                   self.tr("E-mail")])
        self.tree.setAccessibleName(self.tr("Offices and contacts"))
        fit_columns(self.tree.header(), stretch=0, minimum=NAME_MIN)
        self.tree.currentItemChanged.connect(self._chosen)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Contact name"))
        self.office = QComboBox()
        self.office.setAccessibleName(self.tr("Office"))
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Role"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mail"))
        self.codice_fiscale = QLineEdit()
        self.codice_fiscale.setAccessibleName(self.tr("Codice fiscale"))
        form = QFormLayout()
        self.general_error = ErrorLabel()
        self.errors = FormErrors(form, self.general_error)
        self.errors.add_row("name", self.tr("&Name"), self.name)
        self.errors.add_row("office", self.tr("O&ffice"), self.office)
        self.errors.add_row("role", self.tr("&Role"), self.role)
        self.errors.add_row("phone", self.tr("&Phone"), self.phone)
        self.errors.add_row("email", self.tr("&E-mail"), self.email)
        self.errors.add_row("codice_fiscale", self.tr("&Codice fiscale"), self.codice_fiscale)
        self.save_button = QPushButton(self.tr("Save contact"))
        self.save_button.clicked.connect(self.save)
        new_button = QPushButton(self.tr("New contact"))
        new_button.clicked.connect(self.new_contact)
        copy_button = QPushButton(self.tr("Copy phone"))
        copy_button.setToolTip(self.tr("The clipboard is cleared after 30 seconds"))
        copy_button.clicked.connect(self.copy_phone)
        buttons = QHBoxLayout()
        for button in (new_button, copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor = QWidget()
        column = QVBoxLayout(editor)
        self.editor_title = _title(self.tr("New contact"))
        column.addWidget(self.editor_title)
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addLayout(buttons)
        column.addStretch(1)
        self.office_form = OfficeForm(vault)
        column.addWidget(self.office_form)
        editor_pane = QScrollArea()  # the two forms scroll on a small or scaled screen
        editor_pane.setWidgetResizable(True)
        editor_pane.setFrameShape(QFrame.Shape.NoFrame)
        editor_pane.setWidget(editor)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(editor_pane)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 350])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.reload()
        keep_fresh(self, self.reload, bridge(vault).offices_changed)

    def reload(self) -> None:
        self.tree.clear()
        self.office.clear()
        self.office.addItem(self.tr("(no office)"), None)
        by_office: dict[str | None, QTreeWidgetItem] = {}
        for office in offices.list_offices(self.vault):
            phones = ", ".join(display_phone(p) for p in office.phones)
            item = QTreeWidgetItem([office.name, phones, labels.office_kind(office.kind),
                                    ", ".join(office.emails)])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            by_office[office.id] = item
            self.office.addItem(office.name, office.id)
        others = QTreeWidgetItem([self.tr("Other contacts")])
        for contact in offices.list_contacts(self.vault):
            parent = by_office.get(contact.office_id, others)
            child = QTreeWidgetItem([contact.name,
                                     display_phone(contact.phone) if contact.phone else "",
                                     contact.role or "", contact.email or ""])
            child.setData(0, ID_ROLE, contact.id)
            parent.addChild(child)
        if others.childCount():
            self.tree.addTopLevelItem(others)
        self.tree.expandAll()
        self._fit_tree()

    def _fit_tree(self) -> None:
        """The phone stays in view beside a readable name (role and e-mail may scroll)."""
        self.tree.setMinimumWidth(columns_width(self.tree, (1,)) + NAME_MIN)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self._fit_tree()  # column widths are known once the tree is polished
        super().showEvent(event)

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        contact_id = item.data(0, ID_ROLE) if item is not None else None
        if not contact_id:
            return
        contact = offices.get_contact(self.vault, contact_id)
        self.contact_id = contact.id
        self.editor_title.setText(self.tr("Edit contact"))
        self.name.setText(contact.name)
        self.office.setCurrentIndex(max(0, self.office.findData(contact.office_id)))
        self.role.setText(contact.role or "")
        self.phone.setText(display_phone(contact.phone) if contact.phone else "")
        self.email.setText(contact.email or "")
        self.codice_fiscale.setText(contact.codice_fiscale or "")
        self._shown = self._values()
        self.errors.clear()

    def new_contact(self) -> None:
        self.contact_id = None
        self.editor_title.setText(self.tr("New contact"))
        for field in (self.name, self.role, self.phone, self.email, self.codice_fiscale):
            field.clear()
        self.errors.clear()
        self.name.setFocus()

    def save(self) -> None:
        self.errors.clear()
        values = self._values()
        # Only what was edited is saved, so the audit log names the fields really changed.
        changed = {k: v for k, v in values.items() if v != self._shown.get(k)}
        if self.contact_id is not None and not changed:
            self._say(self.tr("Nothing changed."))
            return
        try:
            if self.contact_id is None:
                self.contact_id = offices.add_contact(
                    self.vault, office_id=self.office.currentData(), **values)
            else:
                offices.update_contact(self.vault, self.contact_id, **changed)
        except ReteError as exc:
            self.errors.show(exc)
            return
        self._shown = values
        self._say(self.tr("Contact saved."))

    def _values(self) -> dict[str, str]:
        return {"name": self.name.text(), "role": self.role.text(), "phone": self.phone.text(),
                "email": self.email.text(), "codice_fiscale": self.codice_fiscale.text()}

    def copy_phone(self) -> None:
        if self.phone.text().strip():
            self.clipboard.copy(self.phone.text().strip())
            self._say(self.tr("Copied; the clipboard will be cleared in 30 seconds."))


class OfficeForm(QWidget):
    """Add a member office of the network (name, kind, address, phone, e-mail)."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Office name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of office"))
        for kind in OfficeKind:
            self.kind.addItem(labels.office_kind(kind), kind.value)
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Office address"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Office phone"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Office e-mail"))
        form = QFormLayout()
        self.general_error = ErrorLabel()
        self.errors = FormErrors(form, self.general_error)
        # Alt+letters other than the contact form's above it on the same page.
        self.errors.add_row("name", self.tr("Na&me"), self.name)
        self.errors.add_row("kind", self.tr("&Kind"), self.kind)
        self.errors.add_row("address", self.tr("A&ddress"), self.address)
        self.errors.add_row("phone", self.tr("P&hone"), self.phone)
        self.errors.add_row("email", self.tr("E-ma&il"), self.email)
        add = QPushButton(self.tr("Add office"))
        add.clicked.connect(self.add)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_title(self.tr("New office of the network")))
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)

    def add(self) -> None:
        self.errors.clear()
        try:
            offices.add_office(
                self.vault, self.name.text(), self.kind.currentData(),
                address=self.address.text(), phones=[self.phone.text()],
                emails=[self.email.text()])
        except ReteError as exc:
            self.errors.show(exc)
            return
        for field in (self.name, self.address, self.phone, self.email):
            field.clear()


class ProtocolsPage(QWidget):
    """The network's protocols with their steps and deadlines (apply them from a case)."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Protocols"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Protocol steps"))
        self.list.currentItemChanged.connect(self._chosen)
        hint = QLabel(self.tr("To apply a protocol, open a case and press “Apply protocol…”.")
                      + " " + self.tr(
                          "Updates from the network arrive with the directory (Network page)."))
        hint.setWordWrap(True)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.view)
        split.setStretchFactor(1, 2)
        self.import_file_button = QPushButton(self.tr("Import protocol…"))
        self.import_file_button.clicked.connect(lambda: hooks.choose_file(
            self, self.tr("Import a protocol file"), "JSON (*.json)", self.import_file))
        self.import_folder_button = QPushButton(self.tr("Import a folder…"))
        self.import_folder_button.clicked.connect(lambda: hooks.choose_file(
            self, self.tr("Import a folder of protocols"), "", self.import_folder,
            pick_folder=True))
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.import_file_button)
        buttons.addWidget(self.import_folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)  # the steps take the page's height, the hint stays below
        layout.addWidget(hint)
        self.reload()

    def reload(self) -> None:
        """The protocols held, newest version of each first within its key."""
        self.list.clear()
        unread = protocol_changes.unread(self.vault)
        for protocol_id, protocol in protocols.list_protocols(self.vault):
            mark = (f" — {protocol_changes.unread_mark()}"
                    if (protocol.key, protocol.version) in unread else "")
            item = QListWidgetItem(f"{protocol.title} (v{protocol.version}){mark}")
            item.setData(ID_ROLE, protocol_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def import_file(self, path: str) -> None:
        try:
            protocol = protocols.import_protocol_path(self.vault, Path(path))
        except ReteError as exc:
            self.result.setText(labels.error_text(exc))
            return
        self.result.setText(self.tr("Protocol {0} imported.").format(
            f"{protocol.title} (v{protocol.version})"))
        self.reload()

    def import_folder(self, path: str) -> None:
        try:
            done = protocols.import_protocol_folder(self.vault, Path(path))
        except ReteError as exc:
            self.result.setText(labels.error_text(exc))
            return
        self.result.setText(self.tr("{0} new versions, {1} already here.").format(
            len(done.stored), done.unchanged))
        self.reload()

    def _deadline(self, days: int | None) -> str:
        """A step's deadline in words: "within 0 days" is the same day."""
        if days is None:
            return ""
        return self.tr("the same day") if days == 0 else self.tr("within %n day(s)", "", days)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None or not self.vault.is_open:  # the list empties as the vault locks
            return
        protocol = protocols.get_protocol(self.vault, item.data(ID_ROLE))
        rows = "".join(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                escape(step.title), labels.office_kind(step.owner) if step.owner else "",
                self._deadline(step.due_days))
            for step in protocol.steps)
        heads = "".join(f"<th align='left'>{h}</th>"  # tr() outside f-strings: lupdate skips them
                        for h in (self.tr("Step"), self.tr("Who"), self.tr("Deadline")))
        self.view.setHtml(
            # the network writes protocols: their texts are shown, never interpreted as markup
            f"<h2>{escape(protocol.title)}</h2><p>{escape(protocol.description)}</p>"
            f"<p><i>{escape(protocol.trigger)}</i></p>"
            f"<table cellpadding='4'><tr>{heads}</tr>{rows}</table>"
            + protocol_changes.changes_html(self.vault, protocol))
        mark = f" — {protocol_changes.unread_mark()}"
        if item.text().endswith(mark):  # read now
            item.setText(item.text().removesuffix(mark))


class TasksPage(QWidget):
    """Open protocol tasks of every case by due date, overdue ones in red at the top; beside
    them the network's upcoming prevention actions."""

    open_case = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Task"), self.tr("Who"),
                                   self.tr("Case")])
        self.tree.setAccessibleName(self.tr("Tasks due"))
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(lambda item: self.open_case.emit(item.data(0, CASE_ROLE)))
        self.prevention = QTreeWidget()
        self.prevention.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Title"),
                                         self.tr("Place"), self.tr("Offices")])
        self.prevention.setAccessibleName(self.tr("Upcoming prevention actions"))
        self.prevention.setRootIsDecorated(False)
        tasks = QWidget()
        column = QVBoxLayout(tasks)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_title(self.tr("Open tasks by due date")))
        column.addWidget(QLabel(self.tr("Double-click a task to open its case.")))
        column.addWidget(self.tree)
        actions = QWidget()
        column = QVBoxLayout(actions)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_title(self.tr("Prevention actions coming up")))
        column.addWidget(self.prevention)
        split = QSplitter(Qt.Orientation.Vertical)  # tasks keep the full width for titles
        split.addWidget(tasks)
        split.addWidget(actions)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        events = bridge(vault)
        keep_fresh(self, self.reload, events.case_changed, events.case_created,
                   events.case_erased, events.directory_updated, load_on_show=True)

    def reload(self) -> None:
        self.tree.clear()
        today = date.today()
        tasks = protocols.list_tasks(self.vault, open_only=True)[:2000]
        references = cases.references(self.vault, (task.case_id for task in tasks))
        mine = offices.own_kind(self.vault)  # another office's late step is awaited, not ours
        for task in tasks:
            due = task.due.strftime("%d/%m/%Y") if task.due else ""
            late = task.is_overdue(today, mine)
            if late:
                due = self.tr("{0} — OVERDUE").format(due)
            elif task.due is not None and task.due < today and task.is_awaited(mine):
                due = self.tr("{0} — awaited").format(due)
            item = QTreeWidgetItem([due, task.title, labels.office_kind(task.owner_kind)
                                    if task.owner_kind else "", references.get(task.case_id, "")])
            item.setToolTip(1, task.title)
            item.setData(0, CASE_ROLE, task.case_id)
            if late:
                for column in range(4):
                    item.setForeground(column, QColor(style.ERROR))
            self.tree.addTopLevelItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        # long step titles must not push the case number out of sight (their tooltip is whole)
        spare = self.tree.viewport().width() - sum(
            self.tree.columnWidth(c) for c in (0, 2, 3)) - self.tree.verticalScrollBar().width()
        self.tree.setColumnWidth(1, max(200, min(self.tree.columnWidth(1), spare)))
        fill_prevention(self.prevention, self.vault, prevention.upcoming(self.vault))


RESULTS_MEASURED = 50  # rows whose text sets the width of the search results' columns


class SearchPage(QWidget):
    """Search everything (accents ignored) as you type; results grouped by kind, Enter opens
    the case. The searches run on a thread of their own (``ui/search_worker.py``)."""

    open_case = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self._worker: SearchWorker | None = None  # started by the first search
        self._shown: str | None = None  # the text whose results are on screen
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setPlaceholderText(self.tr("Search cases, persons, notes, contacts… "
                                               "(accents don't matter)"))
        self.field.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self.run)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Result"), self.tr("Case"),
                                      self.tr("Where it matches")])
        self.results.setAccessibleName(self.tr("Search results"))
        # One line per result: the view lays 200 rows out without asking each for its height.
        self.results.setUniformRowHeights(True)
        # The title and case columns fit the first rows (those on screen, scrolled to the top
        # at each search), not all 200: measuring every row's text was a third of the GUI
        # thread's work a keystroke (about 1 ms of 3); a longer title further down is elided (its
        # tooltip is whole).
        self.results.header().setResizeContentsPrecision(RESULTS_MEASURED)
        # Latin text is laid out without the shaper where it only adds kerning and ligatures
        # (scripts that need shaping keep it): a third less of the page's painting per keystroke.
        font = self.results.font()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.results.setFont(font)
        self.results.itemActivated.connect(self._activated)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        bridge(vault).locked.connect(self._stop)

    def run(self) -> None:
        """Search for the field's text now (off the GUI thread; the results follow)."""
        self._timer.stop()
        text = self.field.text()
        if not text.strip():
            self._show(search.Found(text, [], {}))
            return
        if self._worker is None:
            self._worker = SearchWorker(self.vault)
            self._worker.found.connect(self._show)
            self._worker.failed.connect(self.summary.setText)
        self._worker.ask(text)

    def shows_results_of(self, text: str) -> bool:
        """Whether the results on screen are those of ``text`` (tests, screenshots)."""
        return self._shown == text

    def _stop(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def _show(self, found: search.Found) -> None:
        if found.text != self.field.text():
            return  # typed past it
        self._shown = found.text
        hits = found.hits
        self.results.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        bold = self.results.font()
        bold.setBold(True)
        for hit in hits:
            group = groups.get(hit.kind)
            if group is None:
                group = groups[hit.kind] = QTreeWidgetItem([labels.search_kind(hit.kind)])
                group.setFont(0, bold)
            # A person's or note's hit says which case it belongs to (its own title may be empty).
            item = QTreeWidgetItem([hit.title, found.references.get(hit.case_id or "", ""),
                                    hit.snippet])
            item.setData(0, CASE_ROLE, hit.case_id)
            item.setToolTip(0, hit.title)  # whole, where the column is narrower
            group.addChild(item)
        for kind in search.KINDS:
            if kind in groups:
                group = groups[kind]
                group.setText(0, f"{group.text(0)} ({group.childCount()})")
                self.results.addTopLevelItem(group)
        self.results.expandAll()
        self.results.resizeColumnToContents(0)
        self.results.resizeColumnToContents(1)
        self.summary.setText(self.tr("%n result(s)", "", len(hits)) if found.text.strip()
                             else "")

    def _activated(self, item: QTreeWidgetItem) -> None:
        case_id = item.data(0, CASE_ROLE)
        if case_id:
            self.open_case.emit(case_id)
