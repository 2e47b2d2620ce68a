"""The records an office keeps, as plain dataclasses (what repositories return)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rete_desktop.domain.vocabulary import (
    AccessSource,
    CaseStatus,
    ChildExposure,
    MeasureKind,
    NoteCategory,
    OfficeKind,
    PersonRole,
    Relation,
    RiskLevel,
    ServiceKind,
    SharingBasis,
    TaskStatus,
    ViolenceForm,
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
    access_source: AccessSource | None = None


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

    def is_awaited(self, own_kind: OfficeKind | None) -> bool:
        """Open and owned by another kind of office: this office waits for it (e.g. the
        prosecutor's hearing) and cannot be late on it."""
        return (self.status is TaskStatus.OPEN and own_kind is not None
                and self.owner_kind is not None and self.owner_kind is not own_kind)

    def is_overdue(self, today: date, own_kind: OfficeKind | None = None) -> bool:
        """Past due and this office's to do (``own_kind``: tasks of other offices are awaited)."""
        return (self.status is TaskStatus.OPEN and self.due is not None and self.due < today
                and not self.is_awaited(own_kind))


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


@dataclass(frozen=True)
class Assessment:
    """One dated risk assessment (append-only): what was answered, what the instrument computed
    and the level the operator decided on (lower than computed only with ``reason``)."""

    id: str
    case_id: str
    assessed_on: date
    instrument_key: str
    instrument_version: int
    answers: dict[str, str]
    score: int
    computed_level: RiskLevel
    level: RiskLevel
    reason: str | None
    operator: str
    created: datetime


@dataclass(frozen=True)
class PersonRelation:
    """``person_id`` is ``relation`` of ``to_person_id`` (e.g. the offender is the woman's
    ex-partner; the mother is the child's parent)."""

    id: str
    case_id: str
    person_id: str
    to_person_id: str
    relation: Relation


@dataclass(frozen=True)
class ViolenceRecord:
    """A form of violence in the case, with the dates it began and ended when known."""

    id: str
    case_id: str
    form: ViolenceForm
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class Measure:
    """A protective measure or legal step as a dated event (ammonimento, querela, ...)."""

    id: str
    case_id: str
    kind: MeasureKind
    on_date: date
    detail: str | None = None


@dataclass(frozen=True)
class Service:
    """A service given to the woman; a shelter stay has entry and exit dates and the number of
    children hosted with her."""

    id: str
    case_id: str
    kind: ServiceKind
    start_on: date | None = None
    end_on: date | None = None
    children: int = 0


@dataclass(frozen=True)
class SharingDecision:
    """A decision to share the case with kinds of office, on its true legal basis.

    ``collected`` says how consent was collected (consent only); ``norm`` names the law that
    obliges (legal obligation, e.g. "art. 331 c.p.p."). Append-only: a later decision adds.
    """

    id: str
    case_id: str
    share_with: tuple[OfficeKind, ...]
    basis: SharingBasis
    reason: str
    decided_on: date
    operator: str
    norm: str | None = None
    collected: str | None = None
