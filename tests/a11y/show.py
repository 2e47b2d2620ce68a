"""The app's screens on demand, for the AT-SPI walk (tests/test_accessibility.py).

Run with the project's Python and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on an X display with a
session bus: ``python tests/a11y/show.py VAULT_DIR``. First prints the names of the dialogs
(tests/every_dialog.py) as one JSON list; then reads commands on stdin — ``section N``,
``dialog NAME``, ``quit`` — shows that screen and answers ``ready``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QWidget
from tests import fast_kdf
from tests.conftest import PASSPHRASE

fast_kdf.install()

from tests.every_dialog import every_dialog  # noqa: E402

from rete_desktop.storage import cases, notes  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui.app import make_application  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.settings import Settings  # noqa: E402


def main() -> None:
    directory = Path(sys.argv[1])
    app = make_application(Settings(language="it"))
    app.setApplicationName("rete-a11y")
    vault, _ = Vault.create(directory, PASSPHRASE, office_name="CAV Prova", office_kind="cav")
    case_id = cases.create_case(vault, "Caso di prova")
    cases.add_person(vault, case_id, "victim", "Anna Rossi", phone="333 1234567")
    cases.add_person(vault, case_id, "offender", "Mario Bianchi")
    notes.add_note(vault, case_id, "Primo colloquio.")
    window = MainWindow(vault, "CAV Prova", SecureClipboard(30, app), Settings(language="it"))
    window.show()
    window.open_case(case_id)
    builders = every_dialog(window, directory)
    print(json.dumps(list(builders)), flush=True)
    shown: list[QWidget] = []

    def command(line: str) -> None:
        for widget in shown:
            widget.close()
        shown.clear()
        word, _, arg = line.partition(" ")
        if word == "quit":
            window.teardown()
            vault.close()
            app.quit()
            return
        if word == "section":
            window.activateWindow()
            window.sidebar.setCurrentRow(int(arg))
        elif word == "dialog":
            shown.append(builders[arg]())
        for widget in shown:
            widget.show()
        print("ready", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: command(sys.stdin.readline().strip() or "quit"))
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
