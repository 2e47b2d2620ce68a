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
import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from rete_desktop import messages
from rete_desktop.resources import resource_path

SOURCE_LANGUAGE = "en"
CORE_DOMAIN = "rete-core"

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


LANGUAGES = languages(CORE_DOMAIN)
"""The languages the core's messages (and so the app) can be shown in, found at start-up."""


NETWORK_LANGUAGE = "it"
"""The language of what the core writes into the vault (the first note of a received referral,
...): the network's language, whatever the operator's screen shows."""

_chosen: str | None = None


def _supported(value: str | None) -> str | None:
    wanted = (value or "").strip().lower()[:2]
    return wanted if wanted in LANGUAGES else None


def _locale_language() -> str | None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return _supported(value)
    return None


def _pick(saved: str | None) -> str:
    return (_supported(os.environ.get("RETE_LANG")) or _supported(saved) or _locale_language()
            or DEFAULT_LANGUAGE)


def choose_language(saved: str | None = None) -> str:
    """Choose the session's language once, at start-up (``rete`` and the desktop app both call
    it first): ``RETE_LANG`` › the language saved in Office → Settings (``saved``) › the locale's
    language if supported › Italian. Everything after reads :func:`current_language`."""
    global _chosen
    _chosen = _pick(saved)
    return _chosen


def current_language() -> str:
    """The language chosen at start-up. Used as a library (tests, scripts) without that choice,
    the same rule without a saved setting."""
    return _chosen or _pick(None)


_CHOICE = re.compile(r"\{(\w+):([^{}|]*)\|([^{}]*)\}")


@dataclass(frozen=True)
class Source:
    """A message as its catalogue entry has it: the text for one and, when it has a plural, the
    text for many and the name of the count that picks between them."""

    singular: str
    plural: str | None = None
    count: str = ""


@lru_cache(maxsize=4096)
def source_text(text: str) -> Source:
    """``messages/*.py`` write a plural inline, ``"{count} {count:case|cases}"``: here it becomes
    the gettext pair ``"{count} case"`` / ``"{count} cases"`` chosen by ``count``. One count per
    message (a sentence with two counts is made of two messages)."""
    names = {m.group(1) for m in _CHOICE.finditer(text)}
    if not names:
        return Source(text)
    if len(names) > 1:
        raise ValueError(f"one plural count per message, not {sorted(names)}: {text!r}")
    return Source(_CHOICE.sub(lambda m: m.group(2), text), _CHOICE.sub(lambda m: m.group(3), text),
                  names.pop())


@dataclass(frozen=True)
class Text:
    """A message used as a parameter of another: translated when the outer one is shown.

    Errors are raised before anyone knows the reader's language, so a reason such as "disk
    full" travels as a ``Text`` and follows the language of the message around it.
    """

    message_id: str
    params: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class InLanguage(Protocol):
    """A parameter whose words depend on the reader's language but are no catalogue message
    (e.g. the values a field accepts, ``messages.vocabulary.TypedValues``): like a ``Text``,
    written out only when the message around it is shown."""

    def in_language(self, lang: str) -> str: ...


def translate(message_id: str, lang: str | None = None, **params: Any) -> str:
    """The message in ``lang`` (default: the current language) with ``params`` filled in."""
    lang = lang or current_language()
    entry = messages.CATALOG.get(message_id)
    if entry is None:
        return message_id
    shown = {
        name: translate(value.message_id, lang, **value.params) if isinstance(value, Text)
        else value.in_language(lang) if isinstance(value, InLanguage) else value
        for name, value in params.items()
    }
    source = source_text(entry["en"])
    catalogue = translation(CORE_DOMAIN, lang)
    if source.plural is None:
        text = catalogue.pgettext(message_id, source.singular)
    else:
        count = shown.get(source.count)
        text = catalogue.npgettext(message_id, source.singular, source.plural,
                                   count if isinstance(count, int) else 2)
    try:
        return text.format(**shown)
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
