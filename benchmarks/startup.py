"""Startup and memory of the desktop app.

1. Time from process start to the unlock dialog on screen vs. a bare PySide6 window, both in
   fresh subprocesses (same interpreter) on a real X server (Xvfb, started here; offscreen if
   Xvfb is missing or with ``--offscreen``), 25 interleaved pairs, medians, ratio (target
   ≤ 1.3×). Children may write bytecode (an installed app ships it; with
   PYTHONDONTWRITEBYTECODE our modules would be recompiled at every start) and one untimed
   warm-up run of each fills the caches.
2. RSS of the app with the big benchmark vault (``--cases``, 100k by default) open in the
   main window, a case shown and the list scrolled (target ≤ 300 MB). The vault is built once
   under ``$RETE_BENCH_DIR`` (``bigvault.py``) if it is not there.

Run: ``.venv/bin/python benchmarks/startup.py [--runs 25] [--offscreen] [--no-rss] [--cases N]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bigvault  # noqa: E402

OUT = bigvault.CACHE
SMALL = OUT / "small"
PASSPHRASE = bigvault.PASSPHRASE
DISPLAY: dict[str, str] = {}  # DISPLAY and platform of the X server the children use

BARE = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(460, 240); w.show(); app.processEvents()
print("ready", flush=True)
"""

UNLOCK = """
import sys
from rete_desktop.__main__ import choose_session_language
choose_session_language()
from rete_desktop.ui.app import start_gui
app, controller = start_gui(["--vault", sys.argv[1]])
app.processEvents()
assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
print("ready", flush=True)
"""  # what `rete --vault DIR` runs (rete_desktop.__main__.main, ui.app.run_gui) up to the loop

RSS = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from rete_desktop.storage.vault import Vault
from rete_desktop.ui.app import AppController, make_application
from rete_desktop.ui.settings import Settings
settings = Settings.load()
app = make_application(settings)
controller = AppController(Path(sys.argv[1]), settings)
controller.start()
controller.on_unlocked(Vault.open(Path(sys.argv[1]), sys.argv[2]))
window = controller.window
for _ in range(5):
    app.processEvents()
window.cases_page.view.selectRow(0)
for _ in range(20):
    window.cases_page.view.scrollToBottom()
    app.processEvents()
rows = window.cases_page.model.rowCount()
rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS"))
print(f"{rss} {rows} {window.cases_page.model.total}", flush=True)
"""


@contextmanager
def x_server(wanted: bool) -> Iterator[str]:
    """A private Xvfb for the children (a real X server: fonts, xcb, the window manager-less
    round trips a desktop has); yields what the children run on."""
    if not wanted or shutil.which("Xvfb") is None:
        DISPLAY.update(QT_QPA_PLATFORM="offscreen")
        yield "offscreen"
        return
    number = next(n for n in range(93, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        DISPLAY.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        yield f"Xvfb :{number}"
    finally:
        server.terminate()
        server.wait()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(DISPLAY)
    env["RETE_CONFIG_DIR"] = str(OUT / "config")
    env.setdefault("RETE_LANG", "it")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_to_ready(code: str, *args: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=_env())
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.kill()
    proc.wait()
    if not line.startswith("ready"):
        raise RuntimeError(f"child did not get ready: {line!r}")
    return elapsed


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def build_vaults(big: int | None) -> Path | None:
    """The small vault the unlock dialog opens on; the ``big``-case one for the RSS row (built
    once by ``bigvault.py`` if missing: minutes), unless ``big`` is None."""
    from rete_desktop.storage.vault import Vault, vault_exists

    OUT.mkdir(parents=True, exist_ok=True)
    if not vault_exists(SMALL):
        Vault.create(SMALL, PASSPHRASE, office_name="Benchmark", office_kind="cav")[0].close()
    return None if big is None else bigvault.vault(big)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb")
    parser.add_argument("--no-rss", action="store_true",
                        help="only the start-up pairs, not the RSS with the big vault")
    parser.add_argument("--cases", type=int, default=100_000,
                        help="cases of the benchmark vault the RSS row opens (bigvault.py)")
    args = parser.parse_args()
    runs = args.runs
    big = build_vaults(None if args.no_rss else args.cases)
    load_before = os.getloadavg()[0]
    with x_server(not args.offscreen) as where:
        time_to_ready(BARE)
        time_to_ready(UNLOCK, str(SMALL))
        bare, unlock = [], []
        for _ in range(runs):  # interleaved so machine load affects both alike
            bare.append(time_to_ready(BARE))
            unlock.append(time_to_ready(UNLOCK, str(SMALL)))
        rss = None if big is None else subprocess.run(
            [sys.executable, "-c", RSS, str(big), PASSPHRASE], env=_env(), capture_output=True,
            text=True, check=True).stdout
    bare_median, unlock_median = statistics.median(bare), statistics.median(unlock)
    ratio = unlock_median / bare_median
    print(f"\non {where}, load average {load_before:.1f} → {os.getloadavg()[0]:.1f}\n")
    print(f"{'measure':<44}{'value':>12}{'target':>12}")
    medians = (("bare PySide6 window", bare_median), ("unlock dialog shown", unlock_median))
    for label, value in medians:
        print(f"{label + ', median of ' + str(runs):<44}{value * 1000:>10.0f}ms")
    print(f"{'p95: bare / unlock':<44}{p95(bare) * 1000:>7.0f} / {p95(unlock) * 1000:.0f} ms")
    pairs = statistics.median(u / b for u, b in zip(unlock, bare, strict=True))
    print(f"{'ratio unlock / bare':<44}{ratio:>11.2f}×{'≤ 1.3×':>12}")
    print(f"{'median of the pairs ratios':<44}{pairs:>11.2f}×")
    if rss is None:
        return
    rss_kb, rows, total = (int(x) for x in rss.split())
    print(f"{f'RSS, {total:,}-case vault open ({rows} rows loaded)':<44}"
          f"{rss_kb / 1024:>10.0f}MB{'≤ 300 MB':>12}")
    print(f"{'cases in the vault':<44}{total:>12}")


if __name__ == "__main__":
    main()
