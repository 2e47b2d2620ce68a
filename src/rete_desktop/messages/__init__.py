"""All user-facing messages of the Qt-free layers, by area, in Italian and English.

Each module in this package defines ``MESSAGES: dict[str, dict[str, str]]`` mapping a message id
to its ``it`` and ``en`` texts. Ids are unique across areas (checked by the tests).
"""

from __future__ import annotations

import importlib
import pkgutil

CATALOG: dict[str, dict[str, str]] = {}
AREAS: dict[str, dict[str, dict[str, str]]] = {}
for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    _module = importlib.import_module(f"{__name__}.{_info.name}")
    AREAS[_info.name] = _module.MESSAGES
    CATALOG.update(_module.MESSAGES)
