"""Cases, the persons in them and the victim's consent to share."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from typing import Any

from rete_desktop import events
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Case, Consent, Person
from rete_desktop.domain.vocabulary import (
    AccessSource,
    CaseStatus,
    ChildExposure,
    OfficeKind,
    PersonRole,
    RiskLevel,
)
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.storage.vault import Readable, Vault, new_id, now_utc

CASE_COLUMNS = (
    "id, reference, title, status, risk, opened_on, closed_on, operator, consent, source,"
    " received_packet_id, access_source"
)
SORTABLE = {
    "reference": "year, number",
    "opened_on": "opened_on",
    "title": "title",
    "status": "status",
    "risk": "risk",
}


def create_case(
    vault: Vault,
    title: str,
    *,
    risk: str = "medium",
    opened_on: date | None = None,
    source: str | None = None,
    received_packet_id: str | None = None,
) -> str:
    """Open a case with the next reference number of the year (e.g. ``2026/0042``)."""
    clean_title = validation.required_text("title", title)
    level = validation.choice("risk", RiskLevel, risk)
    opened = opened_on or date.today()
    case_id = new_id()
    with vault.transaction() as conn:
        insert_case(conn, vault, case_id, clean_title, level, opened, source, received_packet_id)
        vault.audit(AuditAction.CASE_CREATE, "case", case_id, level.value)
        vault.announce(events.CaseCreated(case_id))
    return case_id


def insert_case(
    conn: Any,
    vault: Vault,
    case_id: str,
    title: str,
    risk: RiskLevel,
    opened: date,
    source: str | None,
    received_packet_id: str | None,
) -> str:
    """Insert a case row inside an open transaction; returns its reference."""
    (number,) = conn.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM cases WHERE year = ?", (opened.year,)
    ).fetchone()
    reference = f"{opened.year}/{number:04d}"
    conn.execute(
        "INSERT INTO cases (id, year, number, reference, title, status, risk, opened_on,"
        " operator, source, received_packet_id, updated)"
        " VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            opened.year,
            number,
            reference,
            title,
            risk.value,
            opened.isoformat(),
            vault.operator,
            source,
            received_packet_id,
            now_utc(),
        ),
    )
    return reference


def _case(row: Any) -> Case:
    consent_doc = json.loads(row[8] or "{}")
    return Case(
        id=row[0],
        reference=row[1],
        title=row[2],
        status=CaseStatus(row[3]),
        risk=RiskLevel(row[4]),
        opened_on=date.fromisoformat(row[5]),
        closed_on=date.fromisoformat(row[6]) if row[6] else None,
        operator=row[7],
        consent=consent_from_json(consent_doc),
        source=row[9],
        received_packet_id=row[10],
        access_source=AccessSource(row[11]) if row[11] else None,
    )


def consent_from_json(doc: dict[str, Any]) -> Consent:
    return Consent(
        share_with=tuple(OfficeKind(k) for k in doc.get("share_with", [])),
        include_notes=bool(doc.get("include_notes", False)),
        include_children=bool(doc.get("include_children", True)),
        recorded_on=date.fromisoformat(doc["recorded_on"]) if doc.get("recorded_on") else None,
        legal_basis=doc.get("legal_basis"),
    )


def consent_to_json(consent: Consent) -> dict[str, Any]:
    doc = asdict(consent)
    doc["share_with"] = [k.value for k in consent.share_with]
    doc["recorded_on"] = consent.recorded_on.isoformat() if consent.recorded_on else None
    return doc


def resolve_case_id(vault: Vault, id_or_reference: str) -> str:
    """Accept a case id or its reference (``2026/0042``), as users type either."""
    row = vault.query_one(
        "SELECT id FROM cases WHERE id = ? OR reference = ?", (id_or_reference, id_or_reference)
    )
    if row is None:
        raise NotFound("case.not_found", id=id_or_reference)
    return str(row[0])


def get_case(vault: Vault, case_id: str, *, audit_read: bool = True) -> Case:
    """A case by id or reference; opening a case is recorded in the audit log."""
    real_id = resolve_case_id(vault, case_id)
    row = vault.query_one(f"SELECT {CASE_COLUMNS} FROM cases WHERE id = ?", (real_id,))
    if audit_read:
        vault.log(AuditAction.CASE_READ, "case", real_id)
    return _case(row)


def list_cases(
    vault: Vault,
    *,
    status: str | None = None,
    order_by: str = "reference",
    descending: bool = True,
    limit: int = 1000,
    offset: int = 0,
) -> list[Case]:
    """A page of cases sorted in SQL (the GUI fetches lazily page by page)."""
    order = SORTABLE.get(order_by, "year, number")
    direction = "DESC" if descending else "ASC"
    order_sql = ", ".join(f"{col.strip()} {direction}" for col in order.split(","))
    where, params = ("WHERE status = ?", [_status(status)]) if status else ("", [])
    rows = vault.query(
        f"SELECT {CASE_COLUMNS} FROM cases {where} ORDER BY {order_sql}, id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [_case(r) for r in rows]


SortKey = tuple[Any, ...]


def _key_columns(order_by: str) -> list[str]:
    """The sort's columns and the id, so that every row has a key of its own."""
    return [c.strip() for c in SORTABLE.get(order_by, "year, number").split(",")] + ["id"]


def cases_after(
    vault: Vault, *, order_by: str = "reference", descending: bool = True,
    after: SortKey | None = None, limit: int = 200,
) -> tuple[list[Case], SortKey | None]:
    """The ``limit`` cases that follow the row whose sort key is ``after`` (None: from the top),
    and the key of the last one.

    Keyset paging: a page deep in a list of 100k cases costs what the first one costs, where
    ``OFFSET`` reads and drops every row before it.
    """
    columns = _key_columns(order_by)
    names = ", ".join(columns)
    direction = "DESC" if descending else "ASC"
    where = (f"WHERE ({names}) {'<' if descending else '>'} ({', '.join('?' * len(columns))})"
             if after is not None else "")
    rows = vault.query(
        f"SELECT {CASE_COLUMNS}, {names} FROM cases {where}"
        f" ORDER BY {', '.join(f'{c} {direction}' for c in columns)} LIMIT ?",
        (*(after or ()), limit),
    )
    width = len(columns)
    return [_case(r[:-width]) for r in rows], (tuple(rows[-1][-width:]) if rows else None)


def position(vault: Vault, case_id: str, *, order_by: str = "reference",
             descending: bool = True) -> int | None:
    """Where the case is in the list sorted so (0: first), None if it is not held."""
    columns = _key_columns(order_by)
    names = ", ".join(columns)
    key = vault.query_one(f"SELECT {names} FROM cases WHERE id = ?", (case_id,))
    if key is None:
        return None
    before = ">" if descending else "<"
    return int(vault.query_one(
        f"SELECT count(*) FROM cases WHERE ({names}) {before} ({', '.join('?' * len(columns))})",
        tuple(key))[0])


def _status(status: str) -> str:
    """A status filter must be a known status: a typo would silently list nothing."""
    return validation.choice("status", CaseStatus, status).value


def references(vault: Readable, case_ids: Iterable[str]) -> dict[str, str]:
    """Case id → reference of the cases still held (erased or unknown ids are left out)."""
    ordered = sorted(set(case_ids))
    found: dict[str, str] = {}
    for start in range(0, len(ordered), 500):  # SQLite's limit of bound parameters
        chunk = ordered[start:start + 500]
        found.update(vault.query(
            f"SELECT id, reference FROM cases WHERE id IN ({','.join('?' * len(chunk))})",
            tuple(chunk)))
    return found


def exists(vault: Vault, case_id: str) -> bool:
    """Whether the vault holds the case (e.g. not erased since the app locked)."""
    return vault.query_one("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is not None


def count_cases(vault: Vault, status: str | None = None) -> int:
    if status:
        return int(
            vault.query_one("SELECT count(*) FROM cases WHERE status = ?", (_status(status),))[0]
        )
    return int(vault.query_one("SELECT count(*) FROM cases")[0])


def set_status(vault: Vault, case_id: str, status: str) -> None:
    real_id = resolve_case_id(vault, case_id)
    new_status = validation.choice("status", CaseStatus, status)
    closed_on = date.today().isoformat() if new_status is CaseStatus.CLOSED else None
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE cases SET status = ?, closed_on = ?, updated = ? WHERE id = ?",
            (new_status.value, closed_on, now_utc(), real_id),
        )
        vault.audit(AuditAction.CASE_STATUS, "case", real_id, new_status.value)
        vault.announce(events.CaseChanged(real_id, "status"))


def set_risk(vault: Vault, case_id: str, risk: str) -> None:
    real_id = resolve_case_id(vault, case_id)
    level = validation.choice("risk", RiskLevel, risk)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE cases SET risk = ?, updated = ? WHERE id = ?",
            (level.value, now_utc(), real_id),
        )
        vault.audit(AuditAction.CASE_RISK, "case", real_id, level.value)
        vault.announce(events.CaseChanged(real_id, "risk"))


def set_consent(vault: Vault, case_id: str, consent: Consent) -> None:
    """Record what the woman agreed may be shared; every later referral is limited by it."""
    real_id = resolve_case_id(vault, case_id)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE cases SET consent = ?, updated = ? WHERE id = ?",
            (json.dumps(consent_to_json(consent)), now_utc(), real_id),
        )
        kinds = ",".join(k.value for k in consent.share_with)
        vault.audit(AuditAction.CASE_CONSENT, "case", real_id, kinds)
        vault.announce(events.CaseChanged(real_id, "consent"))


def add_person(
    vault: Vault,
    case_id: str,
    role: str,
    name: str,
    *,
    birth_year: int | str | None = None,
    exposure: str | None = None,
    phone: str | None = None,
    address: str | None = None,
    codice_fiscale: str | None = None,
) -> str:
    real_id = resolve_case_id(vault, case_id)
    person_role = validation.choice("role", PersonRole, role)
    child_exposure = validation.choice("exposure", ChildExposure, exposure) if exposure else None
    if child_exposure and person_role is not PersonRole.CHILD:
        raise BadInput("value.exposure_only_for_children", field="exposure", value=exposure)
    person = Person(
        id=new_id(),
        case_id=real_id,
        role=person_role,
        name=validation.required_text("name", name),
        birth_year=validation.birth_year(birth_year),
        exposure=child_exposure,
        phone=validation.normalise_phone(phone),
        address=validation.optional_text("address", address),
        codice_fiscale=validation.normalise_codice_fiscale(codice_fiscale),
    )
    with vault.transaction() as conn:
        insert_person(conn, person)
        vault.audit(AuditAction.PERSON_ADD, "person", person.id,
                    {"case": real_id, "role": person_role})
        vault.announce(events.CaseChanged(real_id, "person"))
    return person.id


def insert_person(conn: Any, person: Person) -> None:
    conn.execute(
        "INSERT INTO persons (id, case_id, role, name, birth_year, exposure, phone, address,"
        " codice_fiscale, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            person.id,
            person.case_id,
            person.role.value,
            person.name,
            person.birth_year,
            person.exposure.value if person.exposure else None,
            person.phone,
            person.address,
            person.codice_fiscale,
            now_utc(),
        ),
    )


_PERSON_COLS = "id, case_id, role, name, birth_year, exposure, phone, address, codice_fiscale"


def _person(row: Any) -> Person:
    return Person(
        id=row[0],
        case_id=row[1],
        role=PersonRole(row[2]),
        name=row[3],
        birth_year=row[4],
        exposure=ChildExposure(row[5]) if row[5] else None,
        phone=row[6],
        address=row[7],
        codice_fiscale=row[8],
    )


def list_persons(vault: Vault, case_id: str) -> list[Person]:
    real_id = resolve_case_id(vault, case_id)
    rows = vault.query(
        f"SELECT {_PERSON_COLS} FROM persons WHERE case_id = ? ORDER BY created, rowid", (real_id,)
    )
    return [_person(r) for r in rows]


def get_person(vault: Vault, person_id: str) -> Person:
    row = vault.query_one(f"SELECT {_PERSON_COLS} FROM persons WHERE id = ?", (person_id,))
    if row is None:
        raise NotFound("person.not_found", id=person_id)
    return _person(row)
