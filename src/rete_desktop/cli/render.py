"""Records as JSON-ready dicts (ids as strings) and as short text lines."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any

from rete_desktop.cli.context import Context, one_line
from rete_desktop.domain.records import Case, Consent, Note, Task
from rete_desktop.i18n import current_language, translate
from rete_desktop.messages import vocabulary


def plain(value: Any) -> Any:
    """Dataclasses, enums and dates turned into JSON values, recursively."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def notes_with_amendments(notes: list[Note]) -> list[dict[str, Any]]:
    """Original notes, each with the amendments that correct it (originals stay visible)."""
    by_original: dict[str, list[dict[str, Any]]] = {}
    for note in notes:
        if note.amends:
            by_original.setdefault(note.amends, []).append(plain(note))
    return [
        {**plain(note), "amendments": by_original.get(note.id, [])}
        for note in notes
        if not note.amends
    ]


def label(value: StrEnum) -> str:
    """A vocabulary value as plain output shows it, in the UI language (JSON keeps the value)."""
    return vocabulary.label(type(value).__name__, value.value, current_language())


def typed_values(name: str, values: Iterable[str], sep: str = " | ") -> str:
    """``basso | medio | alto``: what can be typed for a vocabulary, in the UI language."""
    lang = current_language()
    return sep.join(vocabulary.typed(name, v, lang) for v in values)


def one_of(enum: type[StrEnum]) -> str:
    """:func:`typed_values` of an enum, for ``--help``."""
    return typed_values(enum.__name__, (member.value for member in enum))


def indented(text: str, indent: str) -> str:
    """Continuation lines of a multi-line text aligned under its first line."""
    return text.replace("\n", "\n" + indent)


def consent_words(consent: Consent) -> dict[str, str]:
    """``offices``, ``notes`` and ``children`` of a consent in words, for the consent messages."""
    return {
        "offices": ", ".join(label(k) for k in consent.share_with) or translate("consent.nobody"),
        "notes": translate("consent.notes_in" if consent.include_notes else "consent.notes_out"),
        "children": translate("consent.children_in" if consent.include_children
                              else "consent.children_out"),
    }


def case_line(case: Case) -> str:
    return (f"{case.id}  {case.reference}  {label(case.status):<12} {label(case.risk):<6}"
            f" {one_line(case.title)}")


def emit_rows(ctx: Context, rows: list[str], data: Any, empty_id: str) -> None:
    """A listing's rows (or its JSON); an empty listing says so on stderr instead of nothing."""
    if not rows and not ctx.json:
        ctx.say(empty_id)
    ctx.emit("\n".join(rows), data)


def due_text(task: Task) -> str:
    """The due date as text: a ``date`` in an f-string width spec would go through strftime."""
    return task.due.isoformat() if task.due else "-"
