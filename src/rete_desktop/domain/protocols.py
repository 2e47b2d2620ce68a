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
from typing import Any, NoReturn

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
    if not isinstance(doc, dict):
        _invalid("the document must be an object")
    if doc.get("format") != FORMAT:
        _invalid(f"'format' must be '{FORMAT}'")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10_000:
        _invalid("'version' must be a positive integer")
    steps_doc = doc.get("steps")
    if not isinstance(steps_doc, list) or not 1 <= len(steps_doc) <= MAX_STEPS:
        _invalid(f"'steps' must be a list of 1 to {MAX_STEPS} steps")
    steps = tuple(_step(i, s) for i, s in enumerate(steps_doc))
    if len({s.key for s in steps}) != len(steps):
        _invalid("step keys must be unique")
    return Protocol(
        key=_text(doc, "key", max_len=80),
        version=version,
        title=_text(doc, "title"),
        description=_text(doc, "description", required=False),
        trigger=_text(doc, "trigger", required=False),
        steps=steps,
    )


def _step(index: int, doc: Any) -> ProtocolStep:
    if not isinstance(doc, dict):
        _invalid(f"step {index + 1} must be an object")
    owner = doc.get("owner")
    if owner is not None:
        try:
            owner = OfficeKind(owner)
        except ValueError:
            _invalid(f"step {index + 1}: unknown owner office kind {owner!r}")
    due_days = doc.get("due_days")
    if due_days is not None and (
        not isinstance(due_days, int)
        or isinstance(due_days, bool)
        or not 0 <= due_days <= MAX_DUE_DAYS
    ):
        _invalid(f"step {index + 1}: 'due_days' must be a whole number from 0 to {MAX_DUE_DAYS}")
    return ProtocolStep(
        key=_text(doc, "key", max_len=80, where=f"step {index + 1}"),
        title=_text(doc, "title", where=f"step {index + 1}"),
        owner=owner,
        due_days=due_days,
        description=_text(doc, "description", required=False, where=f"step {index + 1}"),
    )


def _text(
    doc: dict[str, Any],
    name: str,
    *,
    required: bool = True,
    max_len: int = MAX_TEXT,
    where: str = "protocol",
) -> str:
    value = doc.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        _invalid(f"{where}: '{name}' must be a non-empty text")
    if len(value) > max_len:
        _invalid(f"{where}: '{name}' is longer than {max_len} characters")
    return value.strip()


def _invalid(reason: str) -> NoReturn:
    raise BadInput("protocol.invalid", reason=reason)
