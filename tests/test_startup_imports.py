"""Nothing heavier than the unlock path loads before the unlock dialog is answered: the dialog
must appear fast on an office PC, so reportlab, pdfium, the vault's database and crypto
libraries and zxcvbn's word lists load only when they are needed (issue 14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SHOW_UNLOCK = (  # the app's own start (rete --vault DIR), as far as the unlock dialog
    "import json, sys\n"
    "from rete_desktop.__main__ import choose_session_language\n"
    "choose_session_language()\n"
    "from rete_desktop.ui.app import start_gui\n"
    "qt, started = start_gui(['--vault', sys.argv[1]])\n"
    "qt.processEvents()\n"
    "dialog = started.unlock_dialog\n"
    "from PySide6 import QtCore\n"
    "print(json.dumps({'shown': dialog is not None and dialog.isVisible(),\n"
    "                  'modules': sorted(sys.modules),\n"
    "                  'qt_namespace': 'Qt' in vars(QtCore)}))\n"
)
HEAVY = {"reportlab", "pypdfium2", "PIL", "sqlcipher3", "cryptography", "pyrage", "zxcvbn",
         "faker", "argon2"}


# The app's own modules the unlock path may load: each is small and needed to show the dialog.
# A module added here must be as light (no Qt ``Qt`` namespace, no message catalogue, no vault
# code): benchmarks/startup.py measures what the start costs against a bare window.
UNLOCK_PATH = {
    "rete_desktop", "rete_desktop.__main__", "rete_desktop.errors", "rete_desktop.i18n",
    "rete_desktop.messages", "rete_desktop.preferences", "rete_desktop.resources",
    "rete_desktop.storage", "rete_desktop.storage.vault_files", "rete_desktop.ui",
    "rete_desktop.ui.app", "rete_desktop.ui.clipboard", "rete_desktop.ui.error_label",
    "rete_desktop.ui.idle", "rete_desktop.ui.settings", "rete_desktop.ui.style",
    "rete_desktop.ui.unlock", "rete_desktop.ui.workers",
}


def _unlock_dialog_report(directory: Path, tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RETE_CONFIG_DIR=str(tmp_path / "cfg"))
    proc = subprocess.run([sys.executable, "-c", SHOW_UNLOCK, str(directory)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    report: dict = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["shown"]
    return report


def test_the_unlock_dialog_shows_without_the_heavy_libraries(vault, tmp_path: Path) -> None:
    directory = vault.directory
    vault.close()
    report = _unlock_dialog_report(directory, tmp_path)
    assert {name.split(".")[0] for name in report["modules"]} & HEAVY == set()


def test_the_unlock_dialog_loads_only_the_unlock_path_of_the_app(vault, tmp_path: Path) -> None:
    """Not the main window, the shared widgets, the error texts, the message catalogue, the
    passphrase rules or the recovery page's strength meter; nor Qt's ``Qt`` namespace (tens of
    milliseconds of enum classes), which only code run after the user acts may touch."""
    directory = vault.directory
    vault.close()
    report = _unlock_dialog_report(directory, tmp_path)
    own = {name for name in report["modules"] if name.split(".")[0] == "rete_desktop"}
    assert own - UNLOCK_PATH == set()
    assert not report["qt_namespace"]
