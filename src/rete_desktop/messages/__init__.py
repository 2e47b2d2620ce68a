"""All user-facing messages of the Qt-free layers, by area: their ids and English texts.

Each module in this package defines ``MESSAGES: dict[str, dict[str, str]]`` mapping a message id
to its ``en`` text (the gettext ``msgid``; ``{n:one|many}`` marks a plural) and ``it`` text. Ids
are unique across areas (checked by the tests). The Italian shown to users comes from
``po/rete-core/it.po``: the ``it`` text here is read only when ``scripts/update-translations``
meets an id new to the ``.po``; to change the Italian of an existing message, edit the ``.po``.

``CATALOG`` (every id) and ``AREAS`` (by module) are built on first use, so the desktop app
shows its unlock dialog before loading them. A shell's own texts (the CLI's help and usage, in
``cli/``) join the same catalogue with :func:`register`.
"""

from __future__ import annotations

import importlib
from typing import Any

CATALOG: dict[str, dict[str, str]]
AREAS: dict[str, dict[str, dict[str, str]]]
_REGISTERED: dict[str, dict[str, dict[str, str]]] = {}


def register(area: str, table: dict[str, dict[str, str]]) -> None:
    """Add a shell's texts to the catalogue under ``area`` (its module path, ``cli/help_texts``):
    they live beside the code that shows them, and share the lookup and the ``.po``."""
    _REGISTERED[area] = table
    if "CATALOG" in globals():
        _load()


def _load() -> None:
    import pkgutil

    tables = {info.name: importlib.import_module(f"{__name__}.{info.name}").MESSAGES
              for info in pkgutil.iter_modules(__path__)}
    tables.update(_REGISTERED)
    # by module name wherever the module is (cli/help_texts sorts as help): a stable order
    areas = {area: tables[area] for area in sorted(tables, key=lambda a: a.rsplit("/", 1)[-1])}
    catalog = {key: text for table in areas.values() for key, text in table.items()}
    globals().update(CATALOG=catalog, AREAS=areas)


def __getattr__(name: str) -> Any:
    if name in ("CATALOG", "AREAS"):
        _load()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
