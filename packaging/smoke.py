"""Smoke-test a built one-folder app: CLI round trip, bundled resources, GUI start under Xvfb.

Usage: python packaging/smoke.py dist/rete-desktop [--screenshot FILE.png]
Everything runs in a throw-away directory; the GUI check starts ``rete-desktop`` on an existing
vault under ``xvfb-run``, waits, grabs the screen with Qt and checks the app is still running.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
colours = {image.pixel(x, y) for x in range(0, image.width(), 16)
           for y in range(0, image.height(), 16)}
print(len(colours))
"""


def run(*cmd: str, env: dict[str, str]) -> str:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        sys.exit(f"FAILED {' '.join(cmd)}: {done.returncode}\n{done.stderr}")
    return done.stdout.strip()


def main() -> None:
    app_dir = Path(sys.argv[1]).resolve()
    shot = Path(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--screenshot" else None
    rete = str(app_dir / "rete")
    for needed in ("rete_desktop/resources/translations/rete_it.qm",
                   "rete_desktop/resources/locale/it/LC_MESSAGES/rete-core.mo",
                   "rete_desktop/resources/protocols/codice-rosso.json"):
        if not list(app_dir.rglob(needed.split("/")[-1])):
            sys.exit(f"FAILED: {needed} is not in the bundle")
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        env = {**os.environ, "RETE_PASSPHRASE": "smoke test passphrase", "RETE_LANG": "it",
               "RETE_VAULT": str(vault), "HOME": tmp}
        print("version", run(rete, "--version", env=env))
        run(rete, "init", "--office-name", "CAV Smoke", "--office-kind", "cav", env=env)
        case_id = run(rete, "case", "new", "--title", "prova", env=env)
        run(rete, "note", "add", "--case", case_id, "--text", "nota", env=env)
        protocol = next(app_dir.rglob("codice-rosso.json"))
        run(rete, "protocol", "import", str(protocol), env=env)
        run(rete, "processing-register", "--out", str(Path(tmp) / "registro.pdf"), env=env)
        run(rete, "vault", "check", env=env)
        print("cli: init, case, note, protocol import, PDF, vault check OK")
        gui_smoke(app_dir, env, shot or Path(tmp) / "screen.png")


def gui_smoke(app_dir: Path, env: dict[str, str], shot: Path) -> None:
    script = (
        f"'{app_dir / 'rete-desktop'}' & pid=$!; sleep 8; "
        f"'{sys.executable}' -c \"$GRAB\" '{shot}'; "
        "kill -0 $pid && echo running; kill $pid; wait $pid || true"
    )
    started = time.monotonic()
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-c", script],
        env={**env, "GRAB": GRAB, "QT_QPA_PLATFORM": "xcb"}, capture_output=True, text=True,
        timeout=120,
    )
    lines = done.stdout.split()
    if "running" not in lines:
        sys.exit(f"FAILED: the GUI did not stay up\n{done.stdout}\n{done.stderr}")
    colours = int(lines[-2]) if len(lines) >= 2 and lines[-2].isdigit() else 0
    if colours < 3:
        sys.exit(f"FAILED: the screen is blank ({colours} colours)")
    print(f"gui: started under Xvfb, {colours} colours on screen, screenshot {shot} "
          f"({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
