"""All user-facing messages of the Qt-free layers, by area: their ids and English texts.

Each module in this package defines ``MESSAGES: dict[str, dict[str, str]]`` mapping a message id
to its ``en`` text (the gettext ``msgid``; ``{n:one|many}`` marks a plural) and ``it`` text. Ids
are unique across areas (checked by the tests). The Italian shown to users comes from
``po/rete-core/it.po``: the ``it`` text here is read only when ``scripts/update-translations``
meets an id new to the ``.po``; to change the Italian of an existing message, edit the ``.po``.

``CATALOG`` (every id) and ``AREAS`` (by module) are built on first use, so the desktop app
shows its unlock dialog before loading them.
"""

from __future__ import annotations

import importlib
from typing import Any

CATALOG: dict[str, dict[str, str]]
AREAS: dict[str, dict[str, dict[str, str]]]


def _load() -> None:
    import pkgutil

    catalog: dict[str, dict[str, str]] = {}
    areas: dict[str, dict[str, dict[str, str]]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        areas[info.name] = module.MESSAGES
        catalog.update(module.MESSAGES)
    globals().update(CATALOG=catalog, AREAS=areas)


def __getattr__(name: str) -> Any:
    if name in ("CATALOG", "AREAS"):
        _load()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
