"""The unlock dialog: passphrase, or the recovery key plus a new passphrase when forgotten.

It imports no vault code: ``storage.vault`` (SQLCipher, cryptography) loads in a worker thread
as soon as the user starts typing, so the dialog appears almost as fast as a bare window. For
the same reason it is built without Qt's ``Qt`` enum namespace (~25 ms to load): left-aligned
buttons sit in a row with a stretch, and ``Qt`` is imported when the user acts. The recovery
page is built the first time it is asked for: its strength meter loads the passphrase rules
and the message catalogue (over 100 ms), which unlocking with the passphrase never needs;
error texts load with the first error (``tests/test_startup_imports.py`` keeps it so).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.errors import BadInput
from rete_desktop.ui import style
from rete_desktop.ui.error_label import ErrorLabel
from rete_desktop.ui.workers import run_in_thread

if TYPE_CHECKING:
    from rete_desktop.storage.vault import Vault

VAULT_MODULE = "rete_desktop.storage.vault"


def _vault_class() -> type[Vault]:
    return importlib.import_module(VAULT_MODULE).Vault  # type: ignore[no-any-return]


def _error_text(exc: Exception) -> str:
    from rete_desktop.ui.labels import error_text  # the catalogue loads with the first error

    return error_text(exc)


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class UnlockDialog(QDialog):
    """Emits :attr:`unlocked` with the open vault; key derivation runs off the GUI thread."""

    unlocked = Signal(object)

    def __init__(
        self, directory: Path, office_hint: str | None = None, demo_passphrase: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.setWindowTitle(self.tr("Rete Desktop — locked"))
        self.setMinimumWidth(460)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page(office_hint, demo_passphrase))
        self._recovery: QWidget | None = None  # built by show_page(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._preloading = False
        self.passphrase.textEdited.connect(self._preload)

    def _preload(self) -> None:
        """Load the vault code off the GUI thread once, while the user is still typing."""
        if not self._preloading:
            self._preloading = True
            run_in_thread(_vault_class, lambda _: None, lambda _: None)

    # --- pages ---------------------------------------------------------------------------

    def _passphrase_page(self, office_hint: str | None, demo_passphrase: str | None) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("The office vault is locked"))
        title.setFont(QFont(title.font().family(), title.font().pointSize() + 4, QFont.Weight.Bold))
        explain = QLabel(self.tr("Type the office passphrase to open the cases."))
        explain.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.error = ErrorLabel()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        forgot = QPushButton(self.tr("I forgot the passphrase…"))
        forgot.setFlat(True)
        forgot.setAccessibleName(self.tr("Use the recovery key"))
        forgot.clicked.connect(lambda: self.show_page(1))
        self.forgot_button = forgot
        # Why the vault is locked when the app did it by itself (idle), so nobody wonders.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        if office_hint:
            where = QLabel(office_hint)
            where.setStyleSheet(style.MUTED_TEXT + " font-size: 8pt;")
            where.setWordWrap(True)
            layout.addWidget(where)
        layout.addWidget(explain)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        if demo_passphrase:
            hint = QLabel(self.tr("Demo office: the passphrase is «{0}»").format(demo_passphrase))
            hint.setStyleSheet(style.MUTED_TEXT + " font-style: italic;")
            hint.setWordWrap(True)
            self.demo_hint = hint
            layout.addWidget(hint)
        layout.addWidget(self.unlock_button)
        layout.addLayout(_left(forgot))
        layout.addStretch(1)
        return page

    def _recovery_page(self) -> QWidget:
        from PySide6.QtWidgets import QFormLayout

        from rete_desktop.ui.widgets import StrengthMeter

        page = QWidget()
        explain = QLabel(self.tr(
            "Type the recovery key written on the sheet printed when the vault was created, "
            "then choose a new passphrase."))
        explain.setWordWrap(True)
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat_passphrase = QLineEdit()
        self.repeat_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_passphrase.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.recovery_error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.recovery_key)
        form.addRow(self.tr("New passphrase"), self.new_passphrase)
        form.addRow("", StrengthMeter(self.new_passphrase))
        form.addRow(self.tr("Repeat it"), self.repeat_passphrase)
        self.recover_button = QPushButton(self.tr("&Open and set the new passphrase"))
        self.recover_button.clicked.connect(self.try_recover)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self.show_page(0))
        self.back_button = back
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.recovery_error)
        layout.addWidget(self.recover_button)
        layout.addLayout(_left(back))
        layout.addStretch(1)
        self.recovery_key.textEdited.connect(self._preload)
        return page

    def show_page(self, index: int) -> None:
        """Switch between the passphrase and the recovery page; the cursor goes to the first
        field and Enter presses that page's own button (the default button: a line edit's
        ``returnPressed`` as well would run the key derivation twice)."""
        if index == 1 and self._recovery is None:
            self._recovery = self._recovery_page()
            self.pages.addWidget(self._recovery)
        self.pages.setCurrentIndex(index)
        self.unlock_button.setDefault(index == 0)
        if self._recovery is not None:
            self.recover_button.setDefault(index == 1)
        (self.passphrase if index == 0 else self.recovery_key).setFocus()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- actions -------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        from PySide6.QtCore import Qt

        self.pages.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def try_unlock(self) -> None:
        secret = self.passphrase.text()
        directory = self.directory
        self.error.show_error("")
        self._busy(True)
        run_in_thread(lambda: _vault_class().open(directory, secret), self._opened,
                      self._failed)

    def try_recover(self) -> None:
        from rete_desktop.storage.vault import check_passphrase_strength

        key, new = self.recovery_key.text(), self.new_passphrase.text()
        self.recovery_error.show_error("")
        try:
            if new != self.repeat_passphrase.text():
                raise BadInput("vault.passphrase_mismatch")
            check_passphrase_strength(new)
        except BadInput as exc:
            self.recovery_error.show_error(_error_text(exc))
            return
        directory = self.directory

        def recover() -> Vault:
            vault = _vault_class().open_with_recovery(directory, key)
            try:
                vault.change_passphrase(new)
            except BaseException:
                vault.close()
                raise
            return vault

        self._busy(True)
        run_in_thread(recover, self._opened, self._failed)

    def _opened(self, vault: Vault) -> None:
        self._busy(False)
        self.passphrase.clear()
        if self._recovery is not None:
            for field in (self.recovery_key, self.new_passphrase, self.repeat_passphrase):
                field.clear()
        self.unlocked.emit(vault)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        target = self.error if self.pages.currentIndex() == 0 else self.recovery_error
        target.show_error(_error_text(exc))
        field = self.passphrase if self.pages.currentIndex() == 0 else self.recovery_key
        field.selectAll()
        field.setFocus()
