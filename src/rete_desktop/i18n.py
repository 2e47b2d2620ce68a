"""Qt-free translation of the messages the core layers raise.

The domain, storage, crypto and packet layers never import Qt, yet their errors reach users of
both the CLI and the GUI. Their texts live in :mod:`rete_desktop.messages` (one module per area,
Italian and English side by side) and are looked up here. Widget texts use Qt's ``tr()`` and
``.ts``/``.qm`` files instead; see docs/i18n.md.
"""

from __future__ import annotations

import os
import string
from typing import Any

from rete_desktop.messages import CATALOG

LANGUAGES = ("it", "en")
DEFAULT_LANGUAGE = "it"


def current_language() -> str:
    """``RETE_LANG`` if set, else the locale variables' language if supported, else Italian."""
    wanted = os.environ.get("RETE_LANG", "").strip().lower()[:2]
    if wanted in LANGUAGES:
        return wanted
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value[:2].lower() if value[:2].lower() in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def translate(message_id: str, lang: str | None = None, **params: Any) -> str:
    """The message in ``lang`` (default: the current language) with ``params`` filled in."""
    lang = lang or current_language()
    entry = CATALOG.get(message_id)
    if entry is None:
        return message_id
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def placeholders(text: str) -> set[str]:
    """Names of the ``{placeholders}`` in a message (translations must use the same set)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
