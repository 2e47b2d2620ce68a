"""The Office menu's vault duties: backup (with progress and a reminder), restore, passphrase
change and operators — the same core functions as ``rete backup``, ``rete restore``,
``rete passwd`` and ``rete operator``.

Key derivations take about half a second, so the forms run them under a wait cursor; the
backup copies the database in chunks and moves a progress bar between them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.errors import BadInput, ReteError
from rete_desktop.storage import backup, identity
from rete_desktop.storage.vault import Vault, check_passphrase_strength
from rete_desktop.ui import hooks, labels
from rete_desktop.ui.dialogs import FormDialog
from rete_desktop.ui.operators import name_fields
from rete_desktop.ui.widgets import StrengthMeter, resize_within_screen


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _new_passphrase(first: QLineEdit, again: QLineEdit) -> str:
    """The new passphrase typed twice, refused (translated) if they differ or it is weak."""
    if first.text() != again.text():
        raise BadInput("vault.passphrase_mismatch")
    check_passphrase_strength(first.text())
    return first.text()


class _Busy:
    """A wait cursor for the half-second key derivation."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def backup_status(vault: Vault) -> str:
    """«Last backup: 12/03/2026» — or a reminder when it is older than the reminder period."""
    last = backup.last_backup(vault)
    when = (last.astimezone().strftime("%d/%m/%Y") if last is not None
            else QCoreApplication.translate("Office", "never"))
    if backup.backup_overdue(vault):
        return QCoreApplication.translate(
            "Office", "Last backup: {0}. Make one now: Office → Back up the vault…").format(when)
    return QCoreApplication.translate("Office", "Last backup: {0}").format(when)


def make_backup(parent: QWidget, vault: Vault, done: Callable[[str], None]) -> None:
    """Ask where to save the backup, then copy the vault there with a progress bar; ``done``
    gets the path written."""

    def chosen(path: str) -> None:
        target = Path(path)
        progress = QProgressDialog(
            QCoreApplication.translate("Office", "Writing the backup…"), "", 0, 100, parent)
        progress.setCancelButton(None)
        progress.setWindowTitle(QCoreApplication.translate("Office", "Backup"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)

        def step(copied: int, total: int) -> None:
            progress.setValue(int(100 * copied / max(total, 1)))
            QCoreApplication.processEvents()

        try:
            backup.write_backup(vault, target, step)
        except (ReteError, OSError) as exc:
            hooks.inform(parent, QCoreApplication.translate("Office", "Backup"),
                         labels.error_text(exc), error=True)
            return
        finally:
            progress.close()
        done(str(target))

    name = f"rete-backup-{date.today():%Y-%m-%d}.retebak"
    hooks.choose_file(parent, QCoreApplication.translate("Office", "Save the backup"),
                      QCoreApplication.translate("Office", "Rete backups (*.retebak)"), chosen,
                      save_as=name)


def _with_chooser(field: QLineEdit, name: str, choose: Callable[[], None], text: str) -> QWidget:
    """A path field with its “Choose…” button beside it (the button opens the picker)."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(choose)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return row


class ChangePassphraseDialog(FormDialog):
    """The passphrase this session was opened with (an operator changes their own)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Change the passphrase"), parent)
        explain = QLabel(self.tr("The new passphrase opens the vault from now on; the old one "
                                 "stops working. The recovery key stays valid."))
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.new = _password_field(self.tr("New passphrase"))
        self.again = _password_field(self.tr("Repeat the new passphrase"))
        self.errors.add_row("passphrase", self.tr("&New passphrase"), self.new)
        self.form.addRow("", StrengthMeter(self.new))
        self.errors.add_row("again", self.tr("&Repeat it"), self.again)

    def submit(self) -> None:
        passphrase = _new_passphrase(self.new, self.again)
        with _Busy():
            self.vault.change_passphrase(passphrase)


class AddOperatorDialog(FormDialog):
    """A colleague's own passphrase: the audit log then names who did what."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Add an operator"), parent)
        self.name, self.role = name_fields(self)
        self.new = _password_field(self.tr("Operator's passphrase"))
        self.again = _password_field(self.tr("Repeat the operator's passphrase"))
        self.errors.add_row("operator_name", self.tr("&Name"), self.name)
        self.errors.add_row("operator_role", self.tr("R&ole"), self.role)
        self.errors.add_row("passphrase", self.tr("&Passphrase"), self.new)
        office = vault.office_name()
        self.meter = StrengthMeter(self.new, lambda: (office, self.name.text()))
        self.form.addRow("", self.meter)
        self.errors.add_row("again", self.tr("&Repeat it"), self.again)

    def submit(self) -> str:
        passphrase = _new_passphrase(self.new, self.again)
        with _Busy():
            self.vault.add_operator(self.name.text().strip(), passphrase, self.role.text())
        return self.name.text().strip()


class OperatorsDialog(QDialog):
    """Who has a passphrase of their own; adding and removing needs the office passphrase."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Operators"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        explain = QLabel(self.tr(
            "Each operator opens the vault with their own passphrase, so the audit log names "
            "who did what. Only whoever opened the vault with the office passphrase can add or "
            "remove operators. This session: <b>{0}</b>.").format(escape(vault.operator)))
        explain.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Operators with their own passphrase"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0))
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        resize_within_screen(self, 520, 360)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.list.addItems([op.label for op in self.vault.operators()])
        self.remove_button.setEnabled(False)
        if self.list.count() == 0:
            self.message.setText(self.tr("No operator has a passphrase of their own yet."))

    def add(self) -> None:
        dialog = AddOperatorDialog(self.vault, self)
        dialog.done_with.connect(self._added)
        dialog.open()

    def _added(self, name: str) -> None:
        self.refresh()
        self.message.setText(self.tr("{0} can now open the vault with their own passphrase.")
                             .format(name))

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.text()

        def removed() -> None:
            try:
                self.vault.remove_operator(name)
            except ReteError as exc:
                self.message.setText(labels.error_text(exc))
                return
            self.refresh()
            self.message.setText(self.tr("{0}'s passphrase no longer opens the vault.")
                                 .format(name))

        hooks.confirm(self, self.windowTitle(), self.tr(
            "Remove {0}? Their passphrase stops opening the vault; what they did stays in the "
            "audit log under their name.").format(name), removed)


class RecoveryKeyDialog(QDialog):
    """A new recovery key in place of the old one, shown once with its sheet to print."""

    def __init__(self, vault: Vault, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from rete_desktop.ui.wizard import RecoveryKeyPanel  # the print dialog loads with it

        self.vault = vault
        self.setWindowTitle(self.tr("Recovery key"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        explain = QLabel(self.tr(
            "Issue a new recovery key if the sheet was lost or someone else may have seen it. "
            "The old key stops working at once; the new one is shown only now."))
        explain.setWordWrap(True)
        self.issue_button = QPushButton(self.tr("&Issue a new recovery key"))
        self.issue_button.clicked.connect(self.issue)
        self.panel = RecoveryKeyPanel(lambda: office_name)
        self.panel.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.issue_button)
        layout.addWidget(self.panel)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(close)
        resize_within_screen(self, 560, 320)

    def issue(self) -> None:
        def confirmed() -> None:
            try:
                with _Busy():
                    key = self.vault.reissue_recovery_key()
            except ReteError as exc:
                self.message.setText(labels.error_text(exc))
                return
            self.issue_button.setEnabled(False)
            self.panel.show_key(key)
            self.panel.show()
            self.message.setText(self.tr("The old recovery key no longer opens the vault. Print "
                                         "or write down this one now: it is not shown again."))

        hooks.confirm(self, self.windowTitle(), self.tr(
            "Replace the recovery key? The key on the current sheet stops working."), confirmed,
            warning=True)


class KeyEscrowDialog(FormDialog):
    """The office's secret keys written to a folder the user chooses (a USB stick for the
    sealed envelope of the office's escrow), for the stock ``age`` and ``ssh-keygen``."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Export the office keys"), parent)
        explain = QLabel(self.tr(
            "The office's secret keys are written NOT encrypted: whoever gets these files can "
            "read the packets sent to this office and sign in its name. Write them only to a "
            "removable drive kept in the office's safe (escrow), never to a shared folder or "
            "e-mail. The export is recorded in the audit log."))
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.folder = QLineEdit(str(Path.home() / f"rete-chiavi-{date.today():%Y%m%d}"))
        self.folder.setAccessibleName(self.tr("Folder for the keys"))
        self.errors.add_row("directory", self.tr("&Folder"), _with_chooser(
            self.folder, self.tr("Choose the folder for the keys"), self.choose_folder,
            self.tr("Choo&se…")))
        self.understood = QCheckBox(self.tr("I &understand: the files are not encrypted"))
        self.form.addRow("", self.understood)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.understood.toggled.connect(ok.setEnabled)
        self._replace_confirmed = False
        resize_within_screen(self, 600, 300)

    def choose_folder(self) -> None:
        """The keys go straight into the chosen folder (the removable drive itself)."""
        hooks.choose_file(self, self.tr("Folder for the keys"), "", self.folder.setText,
                          pick_folder=True)

    def accept(self) -> None:
        """Keys already in the folder (an earlier export) are replaced only when confirmed."""
        folder = Path(self.folder.text().strip())
        if not self._replace_confirmed and any(
                (folder / name).exists() for name in identity.SECRET_KEY_FILES):
            def replace() -> None:
                self._replace_confirmed = True
                self.accept()

            hooks.confirm(self, self.windowTitle(), self.tr(
                "{0} already holds office keys from an earlier export. Replace them?").format(
                folder), replace, warning=True)
            return
        self._replace_confirmed = False
        super().accept()

    def submit(self) -> str:
        folder = Path(self.folder.text().strip())
        identity.export_secret_keys(self.vault, folder)
        return str(folder)


class RestoreDialog(FormDialog):
    """A backup file restored into a new folder (never over the open vault); the restored
    vault then opens with ``rete --vault FOLDER``."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Restore a backup"), parent)
        explain = QLabel(self.tr(
            "The backup is restored into a new, empty folder and checked there; the vault open "
            "now is not touched. Type the passphrase that opened the vault when the backup was "
            "made."))
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Backup file"))
        self.errors.add_row("file", self.tr("&Backup file"), _with_chooser(
            self.source, self.tr("Choose the backup file"), self.choose_source,
            self.tr("C&hoose…")))
        self.target = QLineEdit(str(Path.home() / self.restored_name()))
        self.target.setAccessibleName(self.tr("New folder for the restored vault"))
        self.errors.add_row("directory", self.tr("New &folder"), _with_chooser(
            self.target, self.tr("Choose where to restore"), self.choose_target,
            self.tr("Ch&oose…")))
        self.passphrase = _password_field(self.tr("Passphrase of the backup"))
        self.errors.add_row("passphrase", self.tr("&Passphrase"), self.passphrase)
        resize_within_screen(self, 620, 300)

    @staticmethod
    def restored_name() -> str:
        return f"rete-restored-{datetime.now():%Y%m%d-%H%M}"

    def choose_target(self) -> None:
        """An empty folder receives the vault itself; any other gets a new folder inside."""
        def chosen(path: str) -> None:
            folder = Path(path)
            empty = folder.is_dir() and not any(folder.iterdir())
            self.target.setText(str(folder if empty else folder / self.restored_name()))

        hooks.choose_file(self, self.tr("Choose where to restore"), "", chosen,
                          pick_folder=True)

    def choose_source(self) -> None:
        hooks.choose_file(self, self.tr("Choose the backup"),
                          self.tr("Rete backups (*.retebak);;All files (*)"), self.source.setText)

    def submit(self) -> str:
        source = Path(self.source.text().strip())
        target = Path(self.target.text().strip())
        if not self.source.text().strip():
            raise BadInput("value.required", field=self.tr("Backup file"))
        with _Busy():
            backup.restore_backup(source, target, self.passphrase.text()).close()
        return str(target)
