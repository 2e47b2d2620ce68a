"""Nothing heavier than the unlock path loads before the unlock dialog is answered: the dialog
must appear fast on an office PC, so reportlab, pdfium, the vault's database and crypto
libraries and zxcvbn's word lists load only when they are needed (issue 14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SHOW_UNLOCK = """
import json, sys
from pathlib import Path
from rete_desktop.ui.app import AppController, make_application
from rete_desktop.ui.settings import Settings
settings = Settings.load()
app = make_application(settings)
controller = AppController(Path(sys.argv[1]), settings)
controller.start()
app.processEvents()
assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""
HEAVY = {"reportlab", "pypdfium2", "PIL", "sqlcipher3", "cryptography", "pyrage", "zxcvbn",
         "faker", "argon2"}


def test_the_unlock_dialog_shows_without_the_heavy_libraries(vault, tmp_path: Path) -> None:
    directory = vault.directory
    vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RETE_CONFIG_DIR=str(tmp_path / "cfg"))
    proc = subprocess.run([sys.executable, "-c", SHOW_UNLOCK, str(directory)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    loaded = set(json.loads(proc.stdout.strip().splitlines()[-1]))
    assert "PySide6" in loaded  # the dialog really was built
    assert loaded & HEAVY == set()
