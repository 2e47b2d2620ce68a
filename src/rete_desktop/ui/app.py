"""Start the desktop app and own the lock/unlock lifecycle.

Unlocked, a :class:`MainWindow` holds the open vault; locking (Ctrl+L, idle timeout, the
session being suspended) saves the pending draft, closes the vault, destroys the window with
every model and text in it, clears our clipboard text and shows the unlock dialog again.

Startup paints the unlock dialog from PySide6 and the Qt-free i18n alone: the vault code
(SQLCipher, cryptography, keyslots) loads in a worker thread while the passphrase is typed,
and the main window's modules after unlocking (``benchmarks/startup.py``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from rete_desktop.errors import ReteError
from rete_desktop.resources import resource_path
from rete_desktop.storage.vault_files import default_vault_dir, vault_exists
from rete_desktop.ui.clipboard import SecureClipboard
from rete_desktop.ui.idle import IdleWatcher
from rete_desktop.ui.settings import Settings
from rete_desktop.ui.unlock import UnlockDialog
from rete_desktop.ui.workers import run_in_thread

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from rete_desktop.storage.vault import Vault
    from rete_desktop.ui.index_upkeep import IndexUpkeep
    from rete_desktop.ui.wizard import FirstRunWizard

DEMO_MARKER = "demo-office.txt"


class MemoryTranslator(QTranslator):
    """A translator read once into memory. ``QTranslator.load(path)`` maps the file, so
    rewriting it while the app runs (``scripts/update-translations``) switched strings to
    English mid-session; Qt does not copy loaded bytes, so this object keeps them."""

    def __init__(self, data: bytes, parent: QObject) -> None:
        super().__init__(parent)
        self._data = data
        self.loaded = self.load(self._data)


def install_translations(app: QApplication, language: str) -> None:
    """Load our .qm and Qt's own (standard buttons) for ``language``. English is the source
    language: its catalogue only holds the singular/plural forms of the ``%n`` texts."""
    QLocale.setDefault(QLocale(QLocale.Language.Italian if language == "it"
                               else QLocale.Language.English))
    qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                  f"qtbase_{language}.qm")
    for path in ([] if language == "en" else [qt_own]) + [
            resource_path("translations", f"rete_{language}.qm")]:
        try:
            data = path.read_bytes()
        except OSError:
            continue  # untranslated (English) rather than no app
        translator = MemoryTranslator(data, app)
        if translator.loaded:
            app.installTranslator(translator)


class AppController(QObject):
    """Switches between the unlock dialog / first-run wizard and the main window."""

    unlocked = Signal()
    locked = Signal()

    def __init__(self, directory: Path, settings: Settings,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.directory = directory
        self.settings = settings
        self.vault: Vault | None = None
        self.window: QWidget | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: FirstRunWizard | None = None  # wizard imported late: keeps startup fast
        self.clipboard = SecureClipboard(settings.clipboard_seconds, self)
        # Watches input only while unlocked (installed by on_unlocked): a Python event filter
        # on the application runs for every event, and before the unlock dialog is on screen
        # that cost tens of milliseconds of the start (benchmarks/startup.py).
        self.idle = IdleWatcher(settings.idle_minutes * 60, clock, self)
        self.idle.idle.connect(self.lock_idle)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self._watching_state = False
        # Section and case the user was on when the app locked: ids only, never case text.
        self._place: tuple[int, str | None] | None = None
        self._notice = ""  # shown on the unlock dialog: why the app locked by itself
        self.upkeep: IndexUpkeep | None = None  # tidies the search index in the user's pauses

    def start(self, demo_if_missing: bool = False) -> None:
        if vault_exists(self.directory):
            self.show_unlock()
        elif demo_if_missing:
            self.create_demo()
        else:
            self.show_wizard()

    # --- before unlocking ----------------------------------------------------------------

    def create_demo(self) -> None:
        from PySide6.QtWidgets import QProgressDialog

        from rete_desktop.demo import DEMO_PASSPHRASE, create_demo_vault

        progress = QProgressDialog(self.tr("Creating the demo office…"), "", 0, 0)
        progress.setCancelButton(None)
        progress.setWindowTitle("Rete Desktop")
        progress.setMinimumDuration(0)
        progress.show()
        directory = self.directory

        def build() -> None:
            vault, _ = create_demo_vault(directory, DEMO_PASSPHRASE)
            vault.close()
            (directory / DEMO_MARKER).write_text(
                "This vault is the demo office of Rete Desktop; its passphrase is public.\n",
                encoding="utf-8")

        def done(_: object) -> None:
            progress.close()
            self.show_unlock()

        def failed(exc: Exception) -> None:
            progress.close()
            from rete_desktop.ui import hooks, labels

            hooks.inform(progress, "Rete Desktop", labels.error_text(exc), error=True)

        run_in_thread(build, done, failed)

    def show_unlock(self) -> None:
        hint = None
        if (self.directory / DEMO_MARKER).is_file():
            from rete_desktop.demo import DEMO_PASSPHRASE  # late: the demo module loads Faker

            hint = DEMO_PASSPHRASE
        dialog = UnlockDialog(self.directory, self.tr("Vault: {0}").format(self.directory), hint)
        dialog.unlocked.connect(self.on_unlocked)
        dialog.rejected.connect(QApplication.quit)
        dialog.show_notice(self._notice)
        self._notice = ""
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.passphrase.setFocus()

    def show_wizard(self) -> None:
        from rete_desktop.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.directory)
        wizard.created.connect(self.on_unlocked)
        wizard.rejected.connect(QApplication.quit)
        self.wizard = wizard
        wizard.show()

    # --- unlocked ------------------------------------------------------------------------

    def on_unlocked(self, vault: Vault) -> None:
        from rete_desktop.i18n import translate
        from rete_desktop.storage.identity import load_identity
        from rete_desktop.ui import labels
        from rete_desktop.ui.index_upkeep import IndexUpkeep
        from rete_desktop.ui.main_window import MainWindow

        self.vault = vault
        for dialog in (self.unlock_dialog, self.wizard):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.unlock_dialog = self.wizard = None
        try:
            window = MainWindow(vault, load_identity(vault).name, self.clipboard, self.settings)
        except ReteError as exc:  # e.g. a damaged page under the case list: say so, locked
            self._notice = labels.error_text(exc)
            self.lock()
            return
        if not self._watching_state:  # connected only now: see _state_changed
            self._app.applicationStateChanged.connect(self._state_changed)
            self._watching_state = True
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.settings_changed.connect(
            lambda: self.idle.set_timeout(self.settings.idle_minutes * 60))
        self.window = window
        if vault.failed_attempts is not None:
            notice = vault.failed_attempts.notice()
            window.show_notice(translate(notice.message_id, **notice.params))
        window.show_fitted()
        place, self._place = self._place, None
        if place is not None:
            window.restore_place(place)
        self._app.installEventFilter(self.idle)
        self.idle.start()
        self.upkeep = IndexUpkeep(vault, self.idle.quiet_for, self)
        self.upkeep.start()
        self.unlocked.emit()

    def lock_idle(self) -> None:
        """The idle lock, saying so on the unlock dialog (with the time: the user may come
        back much later)."""
        from PySide6.QtCore import QTime

        minutes = max(1, round(self.settings.idle_minutes))
        self._notice = self.tr("Locked at {0} after %n minute(s) of inactivity.", "",
                               minutes).format(QTime.currentTime().toString("HH:mm"))
        self.lock()

    def lock(self) -> None:
        """Close the vault and destroy everything that showed case data."""
        self.idle.stop()
        self._stop_upkeep()
        self._app.removeEventFilter(self.idle)
        window, self.window = self.window, None
        if window is not None:
            self._place = window.place()  # type: ignore[attr-defined]
            window.teardown()  # type: ignore[attr-defined]
            window.hide()
            window.deleteLater()
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()
        self.clipboard.clear()
        if self.unlock_dialog is None and self.wizard is None:
            self.show_unlock()
        self.locked.emit()

    def _stop_upkeep(self) -> None:
        upkeep, self.upkeep = self.upkeep, None
        if upkeep is not None:
            upkeep.stop()
            upkeep.deleteLater()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        """Lock when the session is suspended. Connected after the first unlock: PySide
        cannot deliver this signal's argument if the connection was made before Qt's ``Qt``
        namespace loaded, and loading it before the unlock dialog costs ~25 ms of startup."""
        from PySide6.QtCore import Qt

        if state == Qt.ApplicationState.ApplicationSuspended and self.vault is not None:
            self.lock()

    def shutdown(self) -> None:
        """On quit: save the draft, close the vault, wipe our clipboard text, stop watching.
        Runs again harmlessly (Quit, then the event loop ending)."""
        self.idle.stop()
        self._stop_upkeep()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        window, self.window = self.window, None
        if window is not None:
            window.teardown()  # type: ignore[attr-defined]
            window.hide()
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()
        self.clipboard.clear()

    def quit(self) -> None:
        """Office → Quit (Ctrl+Q) or closing the window: everything saved and closed first."""
        self.shutdown()
        QApplication.quit()


def parse_gui_args(args: list[str]) -> tuple[Path, bool]:
    demo = "--demo-if-missing" in args
    directory: Path | None = None
    for i, arg in enumerate(args):
        if arg == "--vault" and i + 1 < len(args):
            directory = Path(args[i + 1])
        elif arg.startswith("--vault="):
            directory = Path(arg.split("=", 1)[1])
    return directory or default_vault_dir(), demo


def make_application(settings: Settings) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Rete Desktop")
    app.setOrganizationName("rete-desktop")
    app.setQuitOnLastWindowClosed(False)
    icon = resource_path("icons", "rete.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app, settings.language)
    return app


def install_error_hook() -> None:
    """Show any error a slot lets through to the user, in the UI language, and go on.

    Qt only prints a slot's exception; the user would see nothing happen. A refusal the
    core typed (a damaged page met by some read, a full disk) gets its own message with what
    to do; anything else the "unexpected error" text, and its traceback still goes to
    stderr for whoever debugs it.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException,
             traceback: TracebackType | None) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: Python's way
            previous(kind, exc, traceback)
            return
        from rete_desktop.ui import hooks, labels  # the error texts load with the first error

        window = _front_window()
        if window is not None:  # (a box without a parent would be garbage at once)
            hooks.inform(window, "Rete Desktop", labels.error_text(exc), error=True)
        if window is None or not isinstance(labels.typed_error(exc), ReteError):
            previous(kind, exc, traceback)

    sys.excepthook = hook


def _front_window() -> QWidget | None:
    """The window the user works in: the active one, else the first one shown."""
    from PySide6.QtWidgets import QMainWindow  # (importing a Qt class builds its enums)

    active = QApplication.activeWindow()
    if active is not None:
        return active
    return next((w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and isinstance(w, QMainWindow | QDialog)), None)


def start_gui(args: list[str]) -> tuple[QApplication, AppController]:
    """Everything ``rete`` does before the event loop: the unlock dialog (or the wizard) is
    shown when it returns (``benchmarks/startup.py`` times exactly this)."""
    directory, demo = parse_gui_args(args)
    settings = Settings.load()
    app = make_application(settings)
    install_error_hook()
    controller = AppController(directory, settings)
    controller.start(demo_if_missing=demo)
    return app, controller


def run_gui(args: list[str]) -> int:
    app, controller = start_gui(args)
    try:
        return app.exec()
    finally:
        controller.shutdown()
