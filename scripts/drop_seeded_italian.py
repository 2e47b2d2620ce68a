"""Removes the Italian seeds from ``messages/*.py`` (and the CLI's help and usage tables) once
``po/rete-core/it.po`` holds their translation: the ``.po`` is the one source of the Italian.

An entry ``"id": {"it": "...", "en": "..."}`` becomes ``"id": {"en": "..."}`` when the ``.po``
has a translated, non-fuzzy ``msgstr`` for ``id``; anything else (a new id not yet extracted,
tables built by helper functions such as ``messages/vocabulary.py``) is left alone and listed.
Run ``scripts/update-translations`` first; afterwards the suite must stay green.
``--drifted``: only the seeds that no longer say what the ``.po`` says (editing them changed
nothing, and a reader of ``messages/*.py`` was misled).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "rete_desktop"
TABLES = [*sorted((PACKAGE / "messages").glob("*.py")), PACKAGE / "cli" / "help_texts.py",
          PACKAGE / "cli" / "usage_texts.py"]


def translated(drifted_only: bool = False) -> set[str]:
    """The ids ``po/rete-core/it.po`` translates (with ``drifted_only``: those whose Italian
    seed in ``messages/*.py`` no longer says what the ``.po`` says)."""
    import rete_desktop.cli  # noqa: F401 (registers the CLI's help and usage texts)
    from rete_desktop import messages
    from rete_desktop.i18n import source_text

    with (ROOT / "po" / "rete-core" / "it.po").open("rb") as f:
        catalog = read_po(f, locale="it")
    done = set()
    for m in catalog:
        strings = tuple(m.string) if isinstance(m.string, (tuple, list)) else (m.string,)
        if not (m.id and m.context and all(strings) and not m.fuzzy):
            continue
        seed = messages.CATALOG.get(str(m.context), {}).get("it")
        if drifted_only and seed is not None:
            source = source_text(seed)
            said = (source.singular,) if source.plural is None else (
                source.singular, source.plural)
            if said == strings[:len(said)] and len(said) == len(strings):
                continue
        done.add(str(m.context))
    return done


def _offset(lines: list[bytes], line: int, col: int) -> int:
    return sum(len(x) for x in lines[:line - 1]) + col


def drop(path: Path, done: set[str]) -> tuple[int, list[str]]:
    source = path.read_bytes()
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    cuts: list[tuple[int, int]] = []
    kept: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)
                    and isinstance(value, ast.Dict)):
                continue
            names = [k.value if isinstance(k, ast.Constant) else None for k in value.keys]
            if "it" not in names or "en" not in names:
                continue
            i = names.index("it")
            if key.value not in done or i + 1 >= len(names):
                kept.append(key.value)
                continue
            start = value.keys[i]
            after = value.keys[i + 1]
            assert start is not None and after is not None
            cuts.append((_offset(lines, start.lineno, start.col_offset),
                         _offset(lines, after.lineno, after.col_offset)))
    for a, b in sorted(cuts, reverse=True):
        source = source[:a] + source[b:]
    if cuts:
        path.write_bytes(source)
    return len(cuts), kept


def main() -> None:
    drifted_only = "--drifted" in sys.argv[1:]
    done = translated(drifted_only)
    total = 0
    for path in TABLES:
        count, kept = drop(path, done)
        total += count
        if kept and not drifted_only:  # ids new to the .po: run update-translations first
            print(f"{path.relative_to(ROOT)}: kept the Italian of {', '.join(kept)}",
                  file=sys.stderr)
    print(f"{total} Italian seeds removed (po/rete-core/it.po has them)")


if __name__ == "__main__":
    main()
