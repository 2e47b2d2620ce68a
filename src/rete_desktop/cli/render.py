"""Records as JSON-ready dicts (ids as strings) and as short text lines."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from typing import Any

from rete_desktop.domain.records import Case, Note


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


def case_line(case: Case) -> str:
    return f"{case.id}  {case.reference}  {case.status.value:<10} {case.risk.value:<6} {case.title}"
