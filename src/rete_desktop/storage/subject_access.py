"""Data-subject access (GDPR art. 15): everything this office holds about one person.

The export covers the person's own record, the case it belongs to (with the consent given and
the retention rule that applies), the case's notes, tasks and attached documents (listed;
their bytes can be exported one by one), and who accessed the case and the
person (the audit log). Other persons in the case appear only by role: their names and details
are third-party data (art. 15(4)). Notes can still mention others, so the operator reviews the
export before handing it over; the docs say so.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from rete_desktop.domain.records import Attachment, AuditEntry, Case, Note, Person, Task
from rete_desktop.storage import attachments, audit, cases, notes, protocols, retention
from rete_desktop.storage.vault import Vault, now_utc

FORMAT = "rete-subject-access/1"


@dataclass(frozen=True)
class Controller:
    office_id: str
    name: str
    kind: str


@dataclass(frozen=True)
class SubjectAccess:
    format: str
    generated: str
    controller: Controller
    person: Person
    case: Case
    other_person_roles: tuple[str, ...]
    notes: tuple[Note, ...]
    tasks: tuple[Task, ...]
    attachments: tuple[Attachment, ...]
    access_log: tuple[AuditEntry, ...]
    retention_years: int | None

    def to_json_bytes(self) -> bytes:
        doc = dataclasses.asdict(self)
        return json.dumps(doc, ensure_ascii=False, indent=1, default=_json_value).encode("utf-8")


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(type(value).__name__)


def controller(vault: Vault) -> Controller:
    """This office, the data controller (titolare del trattamento)."""
    row = vault.query_one("SELECT id, name, kind FROM offices WHERE is_self = 1")
    return Controller(row[0], row[1], row[2])


def collect(vault: Vault, person_id: str) -> SubjectAccess:
    """Gather the export and record in the audit log that it was made."""
    person = cases.get_person(vault, person_id)
    case = cases.get_case(vault, person.case_id, audit_read=False)
    others = tuple(
        p.role.value for p in cases.list_persons(vault, case.id) if p.id != person.id
    )
    # Entries about the case include those about its persons and notes (detail "case=ID").
    log = audit.list_entries(vault, case.id, limit=100_000)
    access = SubjectAccess(
        format=FORMAT, generated=now_utc(), controller=controller(vault), person=person,
        case=case, other_person_roles=others, notes=tuple(notes.list_notes(vault, case.id)),
        tasks=tuple(protocols.list_tasks(vault, case_id=case.id)),
        attachments=tuple(attachments.list_attachments(vault, case.id)),
        access_log=tuple(reversed(log)),
        retention_years=retention.get_policy(vault).years_for(case.status),
    )
    vault.log("person.export", "person", person.id, f"case={case.id}")
    return access
