"""The main window: sidebar of sections, list pane and detail pane, shortcuts for everything."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.i18n import translate
from rete_desktop.storage import cases
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import dialogs, style
from rete_desktop.ui.case_detail import CaseDetail
from rete_desktop.ui.cases_page import CasesPage
from rete_desktop.ui.clipboard import SecureClipboard
from rete_desktop.ui.events import bridge
from rete_desktop.ui.lazy_page import LazyPage
from rete_desktop.ui.pages import (
    ContactsPage,
    ProtocolsPage,
    SearchPage,
    TasksPage,
)
from rete_desktop.ui.referrals import InboxPage, OutboxPage
from rete_desktop.ui.settings import Settings
from rete_desktop.ui.settings_dialog import SettingsDialog

# Ctrl+1…9 and Ctrl+0 for the first ten sections; the handbook also opens with F1 (it is the
# network's manual), the network page with Ctrl+Shift+N, the audit with Ctrl+Shift+A.
POLL_MINUTES = 5  # how often packets are fetched while the office is unlocked
SECTION_KEYS = [*([f"Ctrl+{n}"] for n in range(1, 10)), ["Ctrl+0", "F1"], ["Ctrl+Shift+N"],
                ["Ctrl+Shift+A"]]


def _lab_page(vault: Vault) -> QWidget:
    from rete_desktop.ui.lab_page import LabPage  # reportlab loads with it: only when opened

    return LabPage(vault)


def _stats_page(vault: Vault) -> QWidget:
    from rete_desktop.ui.stats_page import StatsPage

    return StatsPage(vault)


def _network_page(vault: Vault) -> QWidget:
    from rete_desktop.ui.network_page import NetworkPage

    return NetworkPage(vault)


def _handbook_page(vault: Vault) -> QWidget:
    from rete_desktop.ui.handbook_page import HandbookPage

    return HandbookPage(vault)


class MainWindow(QMainWindow):
    """Built on unlock and destroyed on lock: it is the only holder of case data."""

    lock_requested = Signal()
    quit_requested = Signal()  # the controller saves the draft and closes the vault, then quits
    settings_changed = Signal()

    def __init__(self, vault: Vault, office_name: str, clipboard: SecureClipboard,
                 settings: Settings) -> None:
        super().__init__()
        self.vault = vault
        self.settings = settings
        self.setWindowTitle(self.tr("Rete Desktop — {0}").format(office_name))
        self._fit_screen()
        say = self.say
        self.detail = CaseDetail(vault, clipboard, say)
        self.cases_page = CasesPage(vault, self.detail)
        self.contacts_page = ContactsPage(vault, clipboard, say)
        self.protocols_page = ProtocolsPage(vault)
        self.tasks_page = TasksPage(vault)
        self.search_page = SearchPage(vault)
        self.inbox_page = InboxPage(vault)
        self.outbox_page = OutboxPage(vault, lambda: self.detail.case)
        self.inbox_page.received.connect(self.outbox_page.register.reload)
        # While unlocked, packets are fetched every few minutes (the window, and so the timer,
        # is destroyed on lock); a failure stays on the progress line, without a dialog.
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MINUTES * 60_000)
        self.poll.timeout.connect(lambda: self.inbox_page.receive_now(quiet=True))
        self.poll.start()
        self.lab_section = LazyPage(lambda: _lab_page(vault))
        self.stats_section = LazyPage(lambda: _stats_page(vault))
        self.handbook_section = LazyPage(lambda: _handbook_page(vault))
        self.network_section = LazyPage(lambda: _network_page(vault))
        self.audit_section = LazyPage(lambda: self._audit_page())
        self.sections = [
            (self.tr("Cases"), self.cases_page),
            (self.tr("Contacts and offices"), self.contacts_page),
            (self.tr("Protocols"), self.protocols_page),
            (self.tr("Referrals received"), self.inbox_page),
            (self.tr("Referrals sent"), self.outbox_page),
            (self.tr("Tasks due"), self.tasks_page),
            (self.tr("Search"), self.search_page),
            (self.tr("Laboratorio"), self.lab_section),
            (self.tr("Statistics"), self.stats_section),
            (self.tr("Network handbook"), self.handbook_section),
            (self.tr("Network"), self.network_section),
            (self.tr("Audit and data protection"), self.audit_section),
        ]
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setStyleSheet("QListWidget { font-size: 11pt; }"
                                   " QListWidget::item { padding: 7px 6px; }")
        self.stack = QStackedWidget()
        for (title, page), keys in zip(self.sections, SECTION_KEYS, strict=True):
            item = QListWidgetItem(title)
            item.setToolTip(QKeySequence(keys[0]).toString(
                QKeySequence.SequenceFormat.NativeText))
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.show_section)
        # Section names stay whole; on a narrow screen the case detail scrolls instead.
        self.sidebar.setMinimumWidth(min(220, self.sidebar.sizeHintForColumn(0)
                                         + 2 * self.sidebar.frameWidth()))
        lock_button = QPushButton(self.tr("Lock (Ctrl+L)"))
        lock_button.setAccessibleName(self.tr("Lock now"))
        lock_button.clicked.connect(self.lock_requested.emit)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.sidebar, 1)
        side_layout.addWidget(lock_button)
        split = QSplitter()
        split.addWidget(side)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        # Warnings above the pages: the vault is read-only; failed unlocks since the last one.
        self.read_only_banner, self.notice_banner = _banner(), _banner()
        self.notice_banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.notice_banner)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.backup_state = QLabel()
        self.backup_state.setAccessibleName(self.tr("Backup"))
        self.statusBar().addPermanentWidget(self.backup_state)
        self.statusBar().addPermanentWidget(QLabel(office_name))
        self._show_backup_state()
        bridge(vault).audit_appended.connect(self._audit_appended)
        self.show_read_only()
        # The disk may fill up or be freed while the window is open: look again now and then.
        self._read_only_timer = QTimer(self)
        self._read_only_timer.timeout.connect(self.show_read_only)
        self._read_only_timer.start(3000)
        self._actions()
        self.cases_page.new_button.clicked.connect(self.new_case)
        self.tasks_page.open_case.connect(self.open_case)
        self.search_page.open_case.connect(self.open_case)
        self.inbox_page.open_case.connect(self.open_case)
        self.sidebar.setCurrentRow(0)

    def show_notice(self, text: str) -> None:
        """A warning that stays above the pages for this session (e.g. failed unlocks)."""
        self.notice_banner.setText(text)
        self.notice_banner.show()

    def show_read_only(self) -> None:
        """The banner saying the vault is read-only and why (disk full, read-only disk)."""
        reason = self.vault.read_only_reason if self.vault.is_open else None
        self.read_only_banner.setVisible(reason is not None)
        if reason is not None:
            self.read_only_banner.setText(self.tr(
                "Read-only: {0}. You can read, search, print and back up; nothing can be "
                "saved until the disk accepts writes again."
            ).format(translate(reason.message_id, **reason.params)))

    def _actions(self) -> None:
        def action(text: str, keys: list[str], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        menu = self.menuBar().addMenu(self.tr("&Office"))
        menu.addAction(action(self.tr("&New case…"), ["Ctrl+N"], self.new_case))
        menu.addAction(action(self.tr("&Search"), ["Ctrl+F", "Ctrl+K"], self.focus_search))
        menu.addAction(action(self.tr("Send a &referral…"), ["Ctrl+R"],
                              self.outbox_page.send_referral))
        menu.addAction(action(self.tr("Se&ttings…"), ["Ctrl+,"], self.open_settings))
        menu.addAction(action(self.tr("PEC / e-&mail account…"), [], self.set_up_mail))
        menu.addAction(action(self.tr("Shared &folder / USB…"), [], self.set_up_folder))
        menu.addAction(action(self.tr("My n&ame and role…"), [], self.open_own_name))
        menu.addSeparator()
        menu.addAction(action(self.tr("&Back up the vault…"), ["Ctrl+Shift+B"], self.backup))
        menu.addAction(action(self.tr("Restore a bac&kup…"), [], self.restore))
        menu.addAction(action(self.tr("C&hange the passphrase…"), [], self.change_passphrase))
        menu.addAction(action(self.tr("O&perators…"), [], self.operators))
        menu.addAction(action(self.tr("Rec&overy key…"), [], self.recovery_key))
        menu.addAction(action(self.tr("E&xport the office keys…"), [], self.export_keys))
        menu.addSeparator()
        menu.addAction(action(self.tr("&Lock"), ["Ctrl+L"], self.lock_requested.emit))
        menu.addAction(action(self.tr("&Quit"), ["Ctrl+Q"], self.quit_requested.emit))
        go = self.menuBar().addMenu(self.tr("&Go"))
        # The sections again, each with its Alt+letter (the sidebar shows them without).
        titles = [self.tr("&Cases"), self.tr("C&ontacts and offices"), self.tr("&Protocols"),
                  self.tr("Referrals &received"), self.tr("Referrals s&ent"),
                  self.tr("&Tasks due"), self.tr("&Search", "Go menu"), self.tr("&Laboratorio"),
                  self.tr("St&atistics"), self.tr("Network &handbook"), self.tr("&Network"),
                  self.tr("A&udit and data protection")]
        for row, (title, keys) in enumerate(zip(titles, SECTION_KEYS, strict=True)):
            go.addAction(action(title, keys, lambda _=False, n=row: self.sidebar.setCurrentRow(n)))

    def _fit_screen(self) -> None:
        """1366×768 where it fits; on a smaller or scaled screen (150 % of 1366×768 leaves 910×512
        logical pixels) the screen's free area, so the lock button and status bar stay visible."""
        screen = self.screen() or QApplication.primaryScreen()
        size = QSize(1366, 768)
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size())
        self.resize(size)

    def show_fitted(self) -> None:
        """Maximised on a small screen (1366×768, or a larger one at 125–150 %): the window
        manager then fits the title bar, the window and its status bar inside the work area,
        which a plain resize to the screen's size does not (the status bar fell off-screen)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None and (screen.availableGeometry().width() <= 1440
                                   or screen.availableGeometry().height() <= 900):
            self.showMaximized()
        else:
            self.show()

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_section(self, row: int) -> None:
        """The section on screen; each page refreshes itself from the core's events."""
        self.stack.setCurrentWidget(self.sections[row][1])

    def focus_search(self) -> None:
        self.sidebar.setCurrentRow(self._row_of(self.search_page))
        self.search_page.field.setFocus()
        self.search_page.field.selectAll()

    def _row_of(self, page: QWidget) -> int:
        return [p for _, p in self.sections].index(page)

    def _audit_page(self) -> QWidget:
        from rete_desktop.ui.audit_page import AuditPage

        page = AuditPage(self.vault)
        page.open_case.connect(self.open_case)
        return page

    def open_case(self, case_id: str) -> None:
        self.sidebar.setCurrentRow(0)
        self.cases_page.select_case(case_id)

    def place(self) -> tuple[int, str | None]:
        """Where the user is: the section row and the open case's id (ids only, no text)."""
        case = self.detail.case
        return self.sidebar.currentRow(), case.id if case is not None else None

    def restore_place(self, place: tuple[int, str | None]) -> None:
        """Back to the section and case of :meth:`place` (after unlocking again); a case
        erased meanwhile is simply not reopened."""
        row, case_id = place
        if case_id is not None and cases.exists(self.vault, case_id):
            self.open_case(case_id)
        if 0 <= row < len(self.sections):
            self.sidebar.setCurrentRow(row)

    def new_case(self) -> None:
        def created(case_id: str) -> None:
            self.sidebar.setCurrentRow(0)
            self.cases_page.select_case(case_id)
            self.detail.note_editor.setFocus()  # the first note is what comes next

        dialogs.open_form(dialogs.NewCaseDialog(self.vault, self), created)

    def set_up_mail(self) -> None:
        from rete_desktop.ui.transport_dialog import MailDialog

        self.transport_dialog = dialogs.open_form(MailDialog(self.vault, self),
                                                  lambda _: self.transport_changed())

    def set_up_folder(self) -> None:
        from rete_desktop.ui.transport_dialog import FolderDialog

        self.transport_dialog = dialogs.open_form(FolderDialog(self.vault, self),
                                                  lambda _: self.transport_changed())

    def transport_changed(self) -> None:
        """A way was set up: Receive and Retry appear, the poll has something to do."""
        self.inbox_page.receive_button.setVisible(True)
        self.outbox_page.retry_button.setVisible(True)
        self.say(self.tr("Transport saved: packets now travel by themselves."))

    # --- the Office menu's vault duties ----------------------------------------------------

    def _show_backup_state(self) -> None:
        from rete_desktop.storage.backup import backup_overdue
        from rete_desktop.ui.office_dialogs import backup_status

        overdue = backup_overdue(self.vault)
        self.backup_state.setText(backup_status(self.vault))
        # the words say it; the colour only repeats it (dark red on grey: contrast 7:1)
        self.backup_state.setStyleSheet(style.ERROR_ON_GREY_BOLD if overdue else "")

    def _audit_appended(self, action: str) -> None:
        if action == "vault.backup":  # the core announced a backup: the reminder goes
            self._show_backup_state()

    def backup(self) -> None:
        from rete_desktop.ui.office_dialogs import make_backup

        make_backup(self, self.vault, lambda path: self.say(
            self.tr("Backup saved: {0}").format(path)))

    def restore(self) -> None:
        from rete_desktop.ui.office_dialogs import RestoreDialog

        def done(folder: str) -> None:
            from rete_desktop.ui import hooks

            hooks.inform(self, self.tr("Restore a backup"), self.tr(
                "The backup was restored and checked in {0}. To work on it, start the app "
                "with: rete --vault {0}").format(folder))

        dialogs.open_form(RestoreDialog(self.vault, self), done)

    def change_passphrase(self) -> None:
        from rete_desktop.ui.office_dialogs import ChangePassphraseDialog

        dialogs.open_form(ChangePassphraseDialog(self.vault, self),
                          lambda _: self.say(self.tr("Passphrase changed.")))

    def recovery_key(self) -> None:
        from rete_desktop.storage.identity import load_identity
        from rete_desktop.ui.office_dialogs import RecoveryKeyDialog

        RecoveryKeyDialog(self.vault, load_identity(self.vault).name, self).open()

    def export_keys(self) -> None:
        from rete_desktop.ui.office_dialogs import KeyEscrowDialog

        dialogs.open_form(KeyEscrowDialog(self.vault, self), lambda folder: self.say(
            self.tr("Office keys written to {0}: keep them in the safe.").format(folder)))

    def operators(self) -> None:
        from rete_desktop.ui.office_dialogs import OperatorsDialog

        OperatorsDialog(self.vault, self).open()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(self.settings_changed.emit)
        dialog.open()

    def open_own_name(self) -> None:
        from rete_desktop.ui.operators import OwnNameDialog

        dialogs.open_form(OwnNameDialog(self.vault, self), lambda label: self.say(
            self.tr("Notes, referrals and the audit log now say «{0}».").format(label)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Closing the main window quits the app, as Quit does."""
        super().closeEvent(event)
        self.quit_requested.emit()

    def teardown(self) -> None:
        """Save the pending draft, then drop every model and wipe every text before deletion."""
        self.poll.stop()
        self.sidebar.blockSignals(True)  # clearing it must not reload sections while locking
        self.detail.flush_draft()
        self.detail.clear()
        self.cases_page.model.clear()
        self.cases_page.view.setModel(None)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextBrowser | QTreeWidget
                          | QListWidget | QLabel):
                widget.clear()
        self.setWindowTitle("Rete Desktop")


def _banner() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(style.NOTICE_BANNER)
    return label
