"""``rete`` and ``python -m rete_desktop``: no subcommand opens the desktop app, else the CLI."""

from __future__ import annotations

import os
import sys

GUI_FLAGS = ("--demo-if-missing",)


def wants_gui(args: list[str]) -> bool:
    """True when only GUI options are given: ``[--demo-if-missing] [--vault DIR]``."""
    rest = list(args)
    while rest:
        head = rest.pop(0)
        if head in GUI_FLAGS or head.startswith("--vault="):
            continue
        if head == "--vault" and rest:
            rest.pop(0)
            continue
        return False
    return True


def has_display() -> bool:
    """On Linux a window needs X11 or Wayland (or an explicit Qt platform such as offscreen)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def choose_session_language() -> None:
    """Once, before anything else (and before Qt: see ``benchmarks/startup.py``): the CLI and
    the app read the language from here on."""
    from rete_desktop.i18n import choose_language
    from rete_desktop.preferences import saved_language

    choose_language(saved_language())


def main(argv: list[str] | None = None) -> int:
    from rete_desktop.i18n import translate

    choose_session_language()
    args = sys.argv[1:] if argv is None else argv
    if wants_gui(args):
        if not has_display():
            print(translate("cli.no_display"), file=sys.stderr)
            return 2
        from rete_desktop.ui.app import run_gui

        return run_gui(args)
    from rete_desktop.cli.main import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
