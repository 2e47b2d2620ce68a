"""docs/cli.md lists every command the program has, and nothing it does not: scripts written
from the page work, and a new command cannot land undocumented."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from rete_desktop.cli.main import build_parser

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _commands(parser: argparse.ArgumentParser, prefix: str = "rete") -> set[str]:
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = _commands(sub, f"{prefix} {name}")
                found |= inner or {f"{prefix} {name}"}
    return found


def test_every_command_is_in_the_reference_and_every_row_is_a_command() -> None:
    documented = set(re.findall(r"^\| `(rete [a-z -]+)` \|", DOC.read_text(), re.MULTILINE))
    actual = _commands(build_parser())
    assert len(actual) > 100
    assert actual - documented == set(), "commands missing from docs/cli.md"
    assert documented - actual == set(), "docs/cli.md lists commands that do not exist"
