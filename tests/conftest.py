"""Shared fixtures: real vaults in tmp dirs, the CLI run in-process, one office per kind, and
the GUI tests' windows (main window, app controller, a network's offices opened in windows)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# Every GUI test runs offscreen, whichever test file runs first or alone (a file that forgot to
# say so aborted in QApplication without a display).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rete_desktop.cli.main import run_cli  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from tests import fast_kdf  # noqa: E402

if TYPE_CHECKING:
    from tests.packet_fixtures import Office

# the transport tests' mail servers and mailboxes (fixtures named mail_*, open_mailbox)
pytest_plugins = ("tests.mail_fixtures",)

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True, scope="session")
def _fast_kdf() -> None:
    """Cheap Argon2 for every vault the suite creates (module fixtures included)."""
    fast_kdf.install()


@pytest.fixture(autouse=True)
def _test_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """English messages, no vault or settings from the real user dirs; answers a GUI test
    queued for a dialog (``ui.hooks``) and did not use never reach the next test."""
    from rete_desktop import i18n

    monkeypatch.setattr(i18n, "_chosen", None)  # no start-up choice left by an earlier test
    monkeypatch.setenv("RETE_LANG", "en")
    monkeypatch.setenv("RETE_VAULT", str(tmp_path / "default-vault"))
    monkeypatch.setenv("RETE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RETE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("RETE_DEBUG", raising=False)
    yield
    hooks = sys.modules.get("rete_desktop.ui.hooks")  # only GUI tests load Qt
    if hooks is not None:
        hooks._answers.clear()
        hooks._files.clear()
        hooks._printers.clear()


@pytest.fixture(scope="session")
def qapp(qapp):  # noqa: F811 (pytest-qt's qapp, with the catalogue the app loads in English)
    """GUI tests read English as users do: "1 note", not "1 note(s)"."""
    from rete_desktop.ui.app import install_translations

    install_translations(qapp, "en")
    return qapp


# --- the GUI tests' windows (Qt is imported only when a test asks for one) ---------------------


@pytest.fixture
def window(qtbot: Any, vault: Vault) -> Any:
    """The main window on ``vault``, in English, shown: the screen right after unlocking."""
    from rete_desktop.ui.clipboard import SecureClipboard
    from rete_desktop.ui.main_window import MainWindow
    from rete_desktop.ui.settings import Settings

    main = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                      Settings(language="en"))
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def controller(qapp: Any, tmp_path: Path) -> Iterator[Any]:
    """The app's controller (unlock, lock, idle) on a vault folder that is still empty."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    from rete_desktop.ui.app import AppController
    from rete_desktop.ui.settings import Settings

    app_controller = AppController(tmp_path / "vault", Settings(language="en"))
    yield app_controller
    # Work still running in the pool (a key derivation started by the test) reports to widgets
    # deleted below: wait for it, and for its report, before tearing down (was a rare crash).
    assert QThreadPool.globalInstance().waitForDone(30000)
    QCoreApplication.processEvents()
    app_controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def unlocked(controller: Any, tmp_path: Path, qtbot: Any) -> Any:
    """The window the controller opens once a new vault is unlocked."""
    from rete_desktop.ui.main_window import MainWindow

    make_vault(tmp_path / "vault").close()
    controller.start()
    controller.on_unlocked(Vault.open(tmp_path / "vault", PASSPHRASE))
    window = controller.window
    assert isinstance(window, MainWindow)
    return window


@pytest.fixture
def network(tmp_path: Path) -> dict[str, Office]:
    """Offices of one network (CAV, carabinieri, social services…) with a signed directory."""
    from tests.packet_fixtures import build_network  # it builds on this module's helpers

    return build_network(tmp_path / "offices")


@pytest.fixture
def open_window(qapp: Any, qtbot: Any) -> Iterator[Callable[[Office], Any]]:
    """Open an office's vault in a main window, as the app does after unlocking."""
    from rete_desktop.ui.clipboard import SecureClipboard
    from rete_desktop.ui.main_window import MainWindow
    from rete_desktop.ui.settings import Settings

    opened: list[tuple[Any, Vault]] = []

    def open_office(office: Office) -> Any:
        vault = Vault.open(office.path, PASSPHRASE)
        window = MainWindow(vault, office.name, SecureClipboard(30), Settings(language="en"))
        with qtbot.waitActive(window):  # shortcuts reach only the active window
            window.show()
            window.activateWindow()
        opened.append((window, vault))
        return window

    yield open_office
    for window, vault in opened:
        window.teardown()
        window.hide()
        window.deleteLater()
        vault.close()


@dataclass
class Result:
    code: int
    out: str
    err: str


CliRunner = Callable[..., Result]


@pytest.fixture
def rete(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Run ``rete ARGS`` in-process; keyword ``env`` sets environment variables for that call."""

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        capsys.readouterr()
        with monkeypatch.context() as m:
            for key, value in (env or {}).items():
                m.setenv(key, value)
            code = run_cli([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def make_vault(directory: Path, name: str = "Centro Antiviolenza Test", kind: str = "cav") -> Vault:
    vault, _ = Vault.create(directory, PASSPHRASE, office_name=name, office_kind=kind,
                            operator_name="tester")
    return vault


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Vault:
    """A fresh, open CAV vault (closed after the test)."""
    v = make_vault(vault_dir)
    yield v
    v.close()


@pytest.fixture
def case_id(vault: Vault) -> str:
    """A case just opened in ``vault``."""
    from rete_desktop.storage import cases

    return cases.create_case(vault, "Marisa Garzoni — Casteldidone")


@pytest.fixture
def station(rete: CliRunner, tmp_path: Path) -> Path:
    """A carabinieri station's vault folder, set up with ``rete init`` (for CLI tests)."""
    vault_dir = tmp_path / "office"
    r = rete("--vault", vault_dir, "init", "--office-name", "Stazione", "--office-kind",
             "carabinieri")
    assert r.code == 0, r.err
    return vault_dir


@pytest.fixture
def carabinieri_vault(tmp_path: Path) -> Vault:
    v = make_vault(tmp_path / "carabinieri", "Stazione Carabinieri Casalmaggiore", "carabinieri")
    yield v
    v.close()


@pytest.fixture
def social_vault(tmp_path: Path) -> Vault:
    v = make_vault(tmp_path / "social", "Servizi Sociali Casalaschi", "social_services")
    yield v
    v.close()


def env_without_vault() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RETE_")}


class SmallDisk:
    """A small tmpfs of our own, to fill up or remount read-only (see ``small_disk``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.filler = path / "filler"

    def fill(self, leave_kib: int = 0) -> None:
        """Take all free space but ``leave_kib``."""
        stat = os.statvfs(self.path)
        free = stat.f_bavail * stat.f_frsize - leave_kib * 1024
        with self.filler.open("ab") as fh, contextlib.suppress(OSError):
            fh.write(b"\0" * max(free, 0))
            fh.flush()
            os.fsync(fh.fileno())

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.path)], check=True)

    def listing(self) -> set[str]:
        return {p.name for p in self.path.rglob("*")}


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True, text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'not root'})")
    try:
        yield SmallDisk(mount_point)
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@contextlib.contextmanager
def hang_fails(seconds: int) -> Iterator[None]:
    """Turn a hang (a FIFO nobody writes to) into a failure instead of a stuck suite."""
    def give_up(*_: object) -> None:
        raise TimeoutError(f"still waiting after {seconds} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
