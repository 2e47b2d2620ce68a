"""The records an office keeps, as plain dataclasses (what repositories return)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rete_desktop.domain.vocabulary import (
    CaseStatus,
    ChildExposure,
    NoteCategory,
    OfficeKind,
    PersonRole,
    RiskLevel,
    TaskStatus,
)


@dataclass(frozen=True)
class Office:
    """A member office of the network as known to this office."""

    id: str
    name: str
    kind: OfficeKind
    address: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    on_call_hours: str | None = None
    is_self: bool = False


@dataclass(frozen=True)
class Contact:
    """A person working at a member office, or another person useful to the office."""

    id: str
    name: str
    office_id: str | None = None
    role: str | None = None
    phone: str | None = None
    email: str | None = None
    codice_fiscale: str | None = None


@dataclass(frozen=True)
class Consent:
    """What the woman agreed may be shared, and with which kinds of office.

    Every referral is limited by it: an office kind not listed receives nothing.
    """

    share_with: tuple[OfficeKind, ...] = ()
    include_notes: bool = False
    include_children: bool = True
    recorded_on: date | None = None
    legal_basis: str | None = None

    def allows(self, kind: OfficeKind) -> bool:
        return kind in self.share_with


@dataclass(frozen=True)
class Case:
    id: str
    reference: str
    title: str
    status: CaseStatus
    risk: RiskLevel
    opened_on: date
    closed_on: date | None = None
    operator: str | None = None
    consent: Consent = field(default_factory=Consent)
    source: str | None = None
    received_packet_id: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    case_id: str
    role: PersonRole
    name: str
    birth_year: int | None = None
    exposure: ChildExposure | None = None
    phone: str | None = None
    address: str | None = None
    codice_fiscale: str | None = None


@dataclass(frozen=True)
class Note:
    """An append-only note; ``amends`` points to the note an amendment corrects."""

    id: str
    case_id: str
    created: datetime
    category: NoteCategory
    text: str
    author: str | None = None
    amends: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A file kept with a case inside the vault; append-only like notes (never edited).

    The bytes are read separately (``storage.attachments.attachment_data``): listing a case's
    attachments must not pull megabytes of scans into memory.
    """

    id: str
    case_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    added: datetime
    operator: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Task:
    id: str
    case_id: str
    title: str
    owner_kind: OfficeKind | None
    due: date | None
    status: TaskStatus
    protocol_id: str | None = None
    step_key: str | None = None
    done_on: date | None = None

    def is_overdue(self, today: date) -> bool:
        return self.status is TaskStatus.OPEN and self.due is not None and self.due < today


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    detail: str
    prev_hash: str
    hash: str
