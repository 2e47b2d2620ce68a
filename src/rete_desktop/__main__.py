"""``rete`` and ``python -m rete_desktop``: no arguments open the desktop app, else the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args == ["--demo-if-missing"] or args[0] == "--demo-if-missing" and len(
        [a for a in args if not a.startswith("--vault")]
    ) == 1:
        from rete_desktop.ui.app import run_gui

        return run_gui(args)
    from rete_desktop.cli.main import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
