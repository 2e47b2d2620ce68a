"""Accessibility as a screen reader meets it (Legge 4/2004, EN 301 549): the app runs on a real
X server (Xvfb) with the AT-SPI bus, and Debian's ``pyatspi`` walks its accessibility tree
screen by screen, failing on a focusable control without a name; text colours keep a contrast
of at least 4.5:1.

The walk needs ``Xvfb``, ``dbus-daemon``, ``at-spi2-core`` and ``python3-pyatspi`` (``.ci/run``
installs them); without them it is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rete_desktop.ui import style

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "rete_desktop" / "ui"
SYSTEM_PYTHON = "/usr/bin/python3"
WINDOW_BACKGROUND = "#efefef"  # Qt's Fusion window colour, the lightest text sits on
BACKGROUNDS = {"#fff4cc"}  # colours used as backgrounds, not for text
SECTIONS = [f"section {n}" for n in range(12)]
FIRST_DAY = ["unlock", "new case", "consent"]  # the dialogs walked in the default suite


def _luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(digits[i:i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag() -> None:
    assert round(contrast("#000", "#fff"), 1) == 21.0
    assert round(contrast("#777", "#fff"), 2) == 4.48  # the classic just-failing grey


def test_every_text_colour_has_contrast_of_4_5_to_1() -> None:
    found: dict[str, set[str]] = {}
    for source in UI.glob("*.py"):
        text = source.read_text("utf-8")
        for colour in re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})\b", text) + re.findall(
                r"QColor\(\"(#[0-9a-fA-F]{3,6})\"\)", text):
            found.setdefault(colour.lower(), set()).add(source.name)
    for colour in (style.ERROR, style.OK, style.WARNING, style.MUTED):  # the palette's texts
        found.setdefault(colour.lower(), set()).add("style.py")
    low = {c: sorted(files) for c, files in found.items()
           if c not in BACKGROUNDS and contrast(c, WINDOW_BACKGROUND) < 4.5}
    assert found and low == {}


def _missing_tools() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed"
    return None


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X server and a session bus (the AT-SPI bus starts on demand)."""
    reason = _missing_tools()
    if reason:
        pytest.skip(reason)
    display = f":{200 + os.getpid() % 500}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                          "--print-pid=1"], capture_output=True, text=True, check=True)
    address, pid = bus.stdout.split()[:2]
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
    env.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               RETE_CONFIG_DIR=str(tmp_path / "config"), NO_AT_BRIDGE="0",
               PYTHONPATH=str(ROOT))
    # The AT-SPI bus started now, not on the first client's request: on a busy machine the
    # on-demand start made the first clients time out.
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2)
    try:
        yield env
    finally:
        launcher.terminate()
        launcher.wait(10)
        subprocess.run(["kill", pid], check=False)
        xvfb.terminate()
        xvfb.wait(10)


def _walk(env: dict[str, str]) -> dict:
    """The walker's report; the app registers on the AT-SPI bus a moment after it starts."""
    for _ in range(40):
        walked = subprocess.run([SYSTEM_PYTHON, str(ROOT / "tests" / "a11y" / "walk.py"),
                                 "rete-a11y"], env=env, capture_output=True, text=True,
                                timeout=120)
        result = json.loads(walked.stdout or "{}")
        if "error" not in result and result:
            return result
        time.sleep(0.5)
    raise AssertionError(f"the app never appeared on the AT-SPI bus: {result} "
                         f"{walked.stderr[-600:]}")


def _unnamed(env: dict[str, str], vault_dir: Path, every_dialog: bool) -> dict:
    """The walk over the sections and the dialogs (all, or those of a first day: unlock, new
    case, consent): unnamed focusable controls per screen, and how many controls were seen."""
    app = subprocess.Popen([sys.executable, str(ROOT / "tests" / "a11y" / "show.py"),
                            str(vault_dir)], env=env, stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True)
    assert app.stdin is not None and app.stdout is not None
    problems: dict[str, list[dict[str, str]]] = {}
    focusable = 0
    try:
        dialogs = json.loads(app.stdout.readline())
        assert app.stdout.readline().strip() == "ready"
        chosen = dialogs if every_dialog else FIRST_DAY
        for screen in SECTIONS + [f"dialog {name}" for name in chosen]:
            app.stdin.write(screen + "\n")
            app.stdin.flush()
            assert app.stdout.readline().strip() == "ready"
            time.sleep(0.8)  # the bridge announces new widgets asynchronously
            result = _walk(env)
            focusable += result["focusable"]
            if result["unnamed"]:
                problems[screen] = result["unnamed"]
    finally:
        app.stdin.write("quit\n")
        app.stdin.flush()
        app.wait(20)
    return {"dialogs": dialogs, "focusable": focusable, "problems": problems}


def test_no_focusable_control_is_unnamed_on_any_screen(desktop, tmp_path) -> None:
    walked = _unnamed(desktop, tmp_path / "vault", every_dialog=False)
    assert walked["focusable"] > 100  # the walk really saw the screens
    assert walked["problems"] == {}


@pytest.mark.slow
def test_no_focusable_control_is_unnamed_in_any_dialog(desktop, tmp_path) -> None:
    """Every dialog and wizard page of tests/every_dialog.py (a minute more than the above)."""
    walked = _unnamed(desktop, tmp_path / "vault", every_dialog=True)
    assert len(walked["dialogs"]) > 30 and walked["focusable"] > 300
    assert walked["problems"] == {}
