"""Entry point of the ``rete`` command: parse, dispatch, map errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

import rete_desktop.cli
from rete_desktop import __version__
from rete_desktop.cli.context import Context
from rete_desktop.errors import ReteError
from rete_desktop.i18n import translate


def command_modules() -> list[object]:
    """Every ``cli/*_commands.py`` module; each adds its subcommands with ``register()``."""
    names = sorted(
        m.name
        for m in pkgutil.iter_modules(rete_desktop.cli.__path__)
        if m.name.endswith("_commands")
    )
    return [importlib.import_module(f"rete_desktop.cli.{name}") for name in names]


def build_parser() -> argparse.ArgumentParser:
    # Options accepted both before and after the subcommand; SUPPRESS keeps the global value.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    common.add_argument("--vault", default=argparse.SUPPRESS, help="vault directory")
    parser = argparse.ArgumentParser(prog="rete", description="Rete Desktop")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--vault", default=os.environ.get("RETE_VAULT"), help="vault directory")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in command_modules():
        module.register(sub, common)  # type: ignore[attr-defined]
    return parser


def run_cli(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    ctx = Context(args)
    try:
        return int(args.handler(ctx))
    except ReteError as exc:
        print(exc.message(), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("RETE_DEBUG") == "1":
            raise
        print(translate("cli.internal_error", kind=type(exc).__name__), file=sys.stderr)
        return 1
