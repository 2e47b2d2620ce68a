"""Qt-free translation of the messages the core layers raise.

The domain, storage, crypto and packet layers never import Qt, yet their errors reach users of
both the CLI and the GUI. Their texts live in :mod:`rete_desktop.messages` (one module per area,
Italian and English side by side) and are looked up here. Widget texts use Qt's ``tr()`` and
``.ts``/``.qm`` files instead; see docs/i18n.md.

Catalogues of any domain (``rete-core``, ``leaflet``, ...) are gettext ``.mo`` files compiled from
``po/<domain>/<lang>.po`` into ``resources/locale/<lang>/LC_MESSAGES/<domain>.mo``:
:func:`translation` loads one, :func:`languages` lists what the files offer. Their ``msgid`` is
English, so English needs no file.
"""

from __future__ import annotations

import errno
import gettext
import os
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rete_desktop import messages
from rete_desktop.resources import resource_path

SOURCE_LANGUAGE = "en"

LANGUAGES = ("it", "en")
DEFAULT_LANGUAGE = "it"


def locale_dir() -> Path:
    """Where the compiled catalogues are (``<lang>/LC_MESSAGES/<domain>.mo``)."""
    return resource_path("locale")


def languages(domain: str, localedir: Path | None = None) -> tuple[str, ...]:
    """The languages ``domain`` can be shown in: English (its ``msgid``) plus every language with
    a compiled catalogue, Italian first. Adding ``po/<domain>/<lang>.po`` and running
    ``scripts/update-translations`` adds a language with no Python edit."""
    root = localedir or locale_dir()
    found = {SOURCE_LANGUAGE}
    if root.is_dir():
        found |= {d.name for d in root.iterdir() if (d / "LC_MESSAGES" / f"{domain}.mo").is_file()}
    return tuple(sorted(found, key=lambda lang: (lang != DEFAULT_LANGUAGE, lang)))


@lru_cache(maxsize=64)
def translation(domain: str, lang: str, localedir: Path | None = None) -> gettext.NullTranslations:
    """The ``domain`` catalogue for ``lang``: ``pgettext``/``npgettext`` on it give the text.

    A language with no catalogue (English, or one not shipped) gets a ``NullTranslations``, which
    returns the English ``msgid``: a user always reads something, never a message id.
    """
    return gettext.translation(domain, str(localedir or locale_dir()), [lang], fallback=True)


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


class _PluralFormatter(string.Formatter):
    """``str.format`` plus one form: ``{count:fascicolo|fascicoli}`` is the word for one when
    ``count`` is 1, else the word for many, so a message reads "1 fascicolo", "3 fascicoli"
    (Italian and English both have two forms)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return one if value == 1 else many
        return super().format_field(value, format_spec)


_FORMATTER = _PluralFormatter()


@dataclass(frozen=True)
class Text:
    """A message used as a parameter of another: translated when the outer one is shown.

    Errors are raised before anyone knows the reader's language, so a reason such as "disk
    full" travels as a ``Text`` and follows the language of the message around it.
    """

    message_id: str
    params: dict[str, Any] = field(default_factory=dict)


def translate(message_id: str, lang: str | None = None, **params: Any) -> str:
    """The message in ``lang`` (default: the current language) with ``params`` filled in."""
    lang = lang or current_language()
    entry = messages.CATALOG.get(message_id)
    if entry is None:
        return message_id
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    shown = {
        name: translate(value.message_id, lang, **value.params) if isinstance(value, Text)
        else value
        for name, value in params.items()
    }
    try:
        return _FORMATTER.format(text, **shown)
    except (KeyError, IndexError, ValueError):
        return text


_ERRNO_MESSAGES = {
    errno.ENOENT: "system.not_found",
    errno.EACCES: "system.permission",
    errno.EPERM: "system.permission",
    errno.ENOSPC: "system.disk_full",
    errno.EDQUOT: "system.disk_full",
    errno.EFBIG: "system.disk_full",
    errno.EROFS: "system.read_only",
    errno.EISDIR: "system.is_directory",
    errno.ENOTDIR: "system.not_directory",
    errno.EIO: "system.io_error",
}


def os_reason(exc: OSError) -> Text:
    """Why the operating system refused, in words the user's language has."""
    message_id = _ERRNO_MESSAGES.get(exc.errno or 0)
    if message_id is None:
        return Text("system.other", {"code": exc.errno or 0})
    return Text(message_id)


def sqlite_reason(exc: Exception) -> Text:
    """The same for SQLite's error texts ("database or disk is full", ...)."""
    text = str(exc).lower()
    for needle, message_id in (
        ("full", "system.disk_full"),
        ("readonly", "system.read_only"),
        ("read-only", "system.read_only"),
        ("unable to open", "system.not_found"),
        ("disk i/o", "system.io_error"),
        ("locked", "system.busy"),
        ("busy", "system.busy"),
    ):
        if needle in text:
            return Text(message_id)
    return Text("system.other", {"code": text[:80]})


def placeholders(text: str) -> set[str]:
    """Names of the ``{placeholders}`` in a message (translations must use the same set)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
