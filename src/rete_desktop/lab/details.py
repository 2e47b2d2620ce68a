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
from dataclasses import dataclass
from typing import Any

from rete_desktop.domain.document_fields import DocumentFields
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


def from_json(value: Any, what: str) -> MeetingDetails:
    """The ``details`` of a received document (absent: none), read with the one reader of
    incoming documents: a refusal names the field (``details.representatives.…``)."""
    if value is None:
        return MeetingDetails()
    fields = DocumentFields(value, "lab.bad_document", "details", what=what)
    texts = {k: fields.optional_text(k, MAX_FIELD) or "" for k in _TEXTS}
    try:
        texts["time"] = check_time(texts["time"])
    except BadInput:
        raise fields.fail("time", "malformed") from None
    people = fields.text_map("representatives", MAX_REPRESENTATIVES, 64, MAX_FIELD) \
        if fields.has("representatives") else {}
    return MeetingDetails(
        **texts, representatives=tuple(people.items()),
        urgent=tuple(fields.texts("urgent", MAX_URGENT, 64) if fields.has("urgent") else ()),
        prevention=tuple(fields.texts("prevention", MAX_PREVENTION, MAX_PREVENTION_TEXT)
                         if fields.has("prevention") else ()))
