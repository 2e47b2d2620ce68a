"""Nothing heavier than the unlock path loads before the unlock dialog is answered: the dialog
must appear fast on an office PC, so reportlab, pdfium, the vault's database and crypto
libraries and zxcvbn's word lists load only when they are needed (issue 14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SHOW_UNLOCK = (  # the app's own start, as far as the unlock dialog; then what was imported
    "import json, sys\n"
    "from pathlib import Path\n"
    "from rete_desktop.ui import app as ui_app\n"
    "from rete_desktop.ui.settings import Settings\n"
    "settings = Settings.load()\n"
    "qt = ui_app.make_application(settings)\n"
    "started = ui_app.AppController(Path(sys.argv[1]), settings)\n"
    "started.start()\n"
    "qt.processEvents()\n"
    "dialog = started.unlock_dialog\n"
    "print(json.dumps({'shown': dialog is not None and dialog.isVisible(),\n"
    "                  'modules': sorted({n.split('.')[0] for n in sys.modules})}))\n"
)
HEAVY = {"reportlab", "pypdfium2", "PIL", "sqlcipher3", "cryptography", "pyrage", "zxcvbn",
         "faker", "argon2"}


def test_the_unlock_dialog_shows_without_the_heavy_libraries(vault, tmp_path: Path) -> None:
    directory = vault.directory
    vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RETE_CONFIG_DIR=str(tmp_path / "cfg"))
    proc = subprocess.run([sys.executable, "-c", SHOW_UNLOCK, str(directory)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["shown"]
    assert set(report["modules"]) & HEAVY == set()
