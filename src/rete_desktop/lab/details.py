"""What makes a laboratorio's agenda and minutes an office document: time and place, who chairs
and who takes the minutes (the *verbalizzante*), the representatives present for each office,
which case items are urgencies (the others are complex cases) and the prevention actions
discussed.

The chair records them (:func:`rete_desktop.lab.meeting.set_details`); they travel as the
``details`` object of the agenda and minutes documents, checked here on receipt like every
other field of a document from outside. Documents from before carry none: every field is
optional. Names here are the professionals' (the offices' representatives), never a woman's:
prevention texts are scrubbed like the chair's other free text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rete_desktop.errors import BadInput

MAX_FIELD = 300
MAX_PREVENTION = 50
MAX_PREVENTION_TEXT = 2000
MAX_REPRESENTATIVES = 200
MAX_URGENT = 500
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_TEXTS = ("time", "place", "chair_person", "secretary")


@dataclass(frozen=True)
class MeetingDetails:
    time: str = ""  # "15:30"
    place: str = ""
    chair_person: str = ""  # who chairs, e.g. "Dott.ssa Anna Rossi"
    secretary: str = ""  # the verbalizzante
    representatives: tuple[tuple[str, str], ...] = ()  # (office id, names present for it)
    urgent: tuple[str, ...] = ()  # item ids discussed as urgencies
    prevention: tuple[str, ...] = ()  # prevention actions on the agenda

    def names_for(self, office_id: str) -> str:
        return dict(self.representatives).get(office_id, "")

    def to_json(self) -> dict[str, Any]:
        return {"time": self.time, "place": self.place, "chair_person": self.chair_person,
                "secretary": self.secretary, "representatives": dict(self.representatives),
                "urgent": list(self.urgent), "prevention": list(self.prevention)}


def check_time(value: str) -> str:
    """``HH:MM`` (24 hours), or empty."""
    text = value.strip().replace(".", ":")
    if text and not _TIME.fullmatch(text.zfill(5)):
        raise BadInput("lab.bad_time", value=value)
    return text.zfill(5) if text else ""


def _bad(what: str, field: str) -> BadInput:
    return BadInput("lab.bad_document", what=what, field=field)


def _text(value: Any, what: str, field: str, cap: int = MAX_FIELD) -> str:
    if not isinstance(value, str) or len(value) > cap:
        raise _bad(what, field)
    return value


def from_json(value: Any, what: str) -> MeetingDetails:
    """The ``details`` of a received document (absent: none), refused when malformed."""
    if value is None:
        return MeetingDetails()
    if not isinstance(value, dict):
        raise _bad(what, "details")
    texts = {k: _text(value.get(k, ""), what, f"details.{k}") for k in _TEXTS}
    try:
        texts["time"] = check_time(texts["time"])
    except BadInput:
        raise _bad(what, "details.time") from None
    people = value.get("representatives", {})
    if not isinstance(people, Mapping) or len(people) > MAX_REPRESENTATIVES:
        raise _bad(what, "details.representatives")
    urgent = _list(value, "urgent", MAX_URGENT, 64, what)
    prevention = _list(value, "prevention", MAX_PREVENTION, MAX_PREVENTION_TEXT, what)
    return MeetingDetails(
        **texts,
        representatives=tuple((_text(k, what, "details.representatives", 64),
                               _text(v, what, "details.representatives"))
                              for k, v in people.items()),
        urgent=urgent, prevention=prevention)


def _list(value: Mapping[str, Any], key: str, cap: int, text_cap: int,
          what: str) -> tuple[str, ...]:
    found = value.get(key, [])
    if not isinstance(found, list) or len(found) > cap:
        raise _bad(what, f"details.{key}")
    return tuple(_text(v, what, f"details.{key}", text_cap) for v in found)
