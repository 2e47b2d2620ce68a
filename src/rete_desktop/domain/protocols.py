"""Network protocols: versioned checklists whose steps become tasks with deadlines.

File format (JSON, documented in docs/protocol-format.md)::

    {"format": "rete-protocol/1", "key": "codice-rosso", "version": 1,
     "title": "...", "description": "...", "trigger": "...",
     "steps": [{"key": "...", "title": "...", "owner": "prosecutor", "due_days": 3}]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from rete_desktop.domain.document_fields import DocumentFields
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput

FORMAT = "rete-protocol/1"
MAX_FILE_BYTES = 256 * 1024
MAX_STEPS = 100
MAX_TEXT = 2000
MAX_DUE_DAYS = 3650


@dataclass(frozen=True)
class ProtocolStep:
    key: str
    title: str
    owner: OfficeKind | None
    due_days: int | None
    description: str = ""


@dataclass(frozen=True)
class Protocol:
    key: str
    version: int
    title: str
    description: str
    trigger: str
    steps: tuple[ProtocolStep, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "key": self.key,
            "version": self.version,
            "title": self.title,
            "description": self.description,
            "trigger": self.trigger,
            "steps": [
                {
                    "key": s.key,
                    "title": s.title,
                    "owner": s.owner.value if s.owner else None,
                    "due_days": s.due_days,
                    "description": s.description,
                }
                for s in self.steps
            ],
        }


@dataclass(frozen=True)
class PlannedTask:
    step_key: str
    title: str
    owner: OfficeKind | None
    due: date | None


def plan_tasks(protocol: Protocol, trigger_date: date) -> list[PlannedTask]:
    """The tasks a protocol creates when applied to a case on ``trigger_date``."""
    return [
        PlannedTask(
            step_key=step.key,
            title=step.title,
            owner=step.owner,
            due=trigger_date + timedelta(days=step.due_days) if step.due_days is not None else None,
        )
        for step in protocol.steps
    ]


def parse_protocol(data: bytes) -> Protocol:
    """Parse and validate a protocol file; any defect is a :class:`BadInput` with a reason."""
    if len(data) > MAX_FILE_BYTES:
        raise BadInput("protocol.invalid", reason=f"file larger than {MAX_FILE_BYTES} bytes")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise BadInput("protocol.invalid", reason=f"not JSON ({type(exc).__name__})") from None
    return protocol_from_json(doc)


def protocol_from_json(doc: Any) -> Protocol:
    fields = DocumentFields(doc, "protocol.invalid")
    if fields.raw("format") != FORMAT:
        raise fields.fail("format", "unknown_value")
    version = fields.integer("version", 1, 10_000)
    steps = tuple(_step(s) for s in fields.objects("steps", MAX_STEPS, min_items=1))
    if len({s.key for s in steps}) != len(steps):
        raise fields.fail("steps", "duplicate")
    return Protocol(
        key=fields.text("key", 80).strip(),
        version=version,
        title=fields.text("title", MAX_TEXT).strip(),
        description=(fields.optional_text("description", MAX_TEXT) or "").strip(),
        trigger=(fields.optional_text("trigger", MAX_TEXT) or "").strip(),
        steps=steps,
    )


def _step(fields: DocumentFields) -> ProtocolStep:
    owner = fields.choice("owner", [k.value for k in OfficeKind]) if fields.has("owner") else None
    return ProtocolStep(
        key=fields.text("key", 80).strip(),
        title=fields.text("title", MAX_TEXT).strip(),
        owner=OfficeKind(owner) if owner else None,
        due_days=fields.integer("due_days", 0, MAX_DUE_DAYS) if fields.has("due_days") else None,
        description=(fields.optional_text("description", MAX_TEXT) or "").strip(),
    )
