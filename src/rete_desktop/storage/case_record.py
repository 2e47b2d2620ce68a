"""The structured case record: relations between persons, forms of violence, protective measures
and legal steps, the source of access and the services given (shelter stays with their dates).

Each change is one transaction with its audit entry (ids and codes only, never names). These are
what the network decides on and what ISTAT counts (docs/case-record.md, docs/istat.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rete_desktop import events
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Measure, PersonRelation, Service, ViolenceRecord
from rete_desktop.domain.vocabulary import (
    AccessSource,
    MeasureKind,
    Relation,
    ServiceKind,
    ViolenceForm,
)
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.vault import Vault, new_id, now_utc

MAX_DETAIL = 2000
MAX_CHILDREN_HOSTED = 20


# --- relations -------------------------------------------------------------------------------


def relate(vault: Vault, case_id: str, person_id: str, to_person_id: str, relation: str) -> str:
    """Record that ``person_id`` is ``relation`` of ``to_person_id``; relating the same two
    persons again changes the relation (audited)."""
    real_case = resolve_case_id(vault, case_id)
    kind = validation.choice("relation", Relation, relation)
    if person_id == to_person_id:
        raise BadInput("record.relation_to_self")
    for pid in (person_id, to_person_id):
        if vault.query_one("SELECT 1 FROM persons WHERE id = ? AND case_id = ?",
                           (pid, real_case)) is None:
            raise NotFound("record.person_not_in_case", id=pid)
    with vault.transaction() as conn:
        insert_relation(conn, PersonRelation(new_id(), real_case, person_id, to_person_id, kind))
        row = conn.execute("SELECT id FROM person_relations WHERE person_id = ? AND"
                           " to_person_id = ?", (person_id, to_person_id)).fetchone()
        vault.audit(AuditAction.PERSON_RELATE, "case", real_case,
                    f"{person_id}->{to_person_id};{kind.value}")
        vault.announce(events.CaseChanged(real_case, "record"))
    return str(row[0])


def insert_relation(conn: Any, r: PersonRelation) -> None:
    conn.execute(
        "INSERT INTO person_relations (id, case_id, person_id, to_person_id, relation, created)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, to_person_id)"
        " DO UPDATE SET relation = excluded.relation",
        (r.id, r.case_id, r.person_id, r.to_person_id, r.relation.value, now_utc()),
    )


def list_relations(vault: Vault, case_id: str) -> list[PersonRelation]:
    rows = vault.query(
        "SELECT id, case_id, person_id, to_person_id, relation FROM person_relations"
        " WHERE case_id = ? ORDER BY created, rowid", (resolve_case_id(vault, case_id),))
    return [PersonRelation(r[0], r[1], r[2], r[3], Relation(r[4])) for r in rows]


# --- forms of violence -----------------------------------------------------------------------


def parse_forms(text: str | Iterable[str]) -> list[ViolenceForm]:
    """``fisica,psicologica`` or a list: each form in either language, at least one."""
    words = text.split(",") if isinstance(text, str) else list(text)
    forms = [validation.choice("forms", ViolenceForm, w.strip()) for w in words if w.strip()]
    if not forms:
        raise BadInput("value.required", field="forms")
    return list(dict.fromkeys(forms))


def set_forms(
    vault: Vault, case_id: str, forms: str | Iterable[str], *, since: date | None = None,
    until: date | None = None,
) -> None:
    """Record forms of violence; a form already recorded gets the dates given (others kept)."""
    real_case = resolve_case_id(vault, case_id)
    chosen = parse_forms(forms)
    _check_order(since, until)
    with vault.transaction() as conn:
        for form in chosen:
            insert_form(conn, ViolenceRecord(new_id(), real_case, form, since, until))
        vault.audit(AuditAction.CASE_VIOLENCE, "case", real_case, ",".join(f.value for f in chosen))
        vault.announce(events.CaseChanged(real_case, "record"))


def insert_form(conn: Any, v: ViolenceRecord) -> None:
    conn.execute(
        "INSERT INTO violence_forms (id, case_id, form, since, until, created)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, form) DO UPDATE SET"
        " since = coalesce(excluded.since, since), until = coalesce(excluded.until, until)",
        (v.id, v.case_id, v.form.value, _iso(v.since), _iso(v.until), now_utc()),
    )


def list_forms(vault: Vault, case_id: str) -> list[ViolenceRecord]:
    rows = vault.query(
        "SELECT id, case_id, form, since, until FROM violence_forms WHERE case_id = ?"
        " ORDER BY created, rowid", (resolve_case_id(vault, case_id),))
    return [ViolenceRecord(r[0], r[1], ViolenceForm(r[2]), _day(r[3]), _day(r[4])) for r in rows]


# --- measures and legal steps ----------------------------------------------------------------


def add_measure(vault: Vault, case_id: str, kind: str, on_date: date,
                detail: str | None = None) -> str:
    real_case = resolve_case_id(vault, case_id)
    measure = Measure(new_id(), real_case, validation.choice("measure", MeasureKind, kind),
                      on_date, validation.optional_text("detail", detail, MAX_DETAIL))
    with vault.transaction() as conn:
        insert_measure(conn, measure)
        vault.audit(AuditAction.CASE_MEASURE, "case", real_case,
                    f"{measure.kind.value};{on_date.isoformat()}")
        vault.announce(events.CaseChanged(real_case, "record"))
    return measure.id


def insert_measure(conn: Any, m: Measure) -> None:
    conn.execute(
        "INSERT INTO case_measures (id, case_id, kind, on_date, detail, created)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (m.id, m.case_id, m.kind.value, m.on_date.isoformat(), m.detail, now_utc()),
    )


def list_measures(vault: Vault, case_id: str) -> list[Measure]:
    rows = vault.query(
        "SELECT id, case_id, kind, on_date, detail FROM case_measures WHERE case_id = ?"
        " ORDER BY on_date, created, rowid", (resolve_case_id(vault, case_id),))
    return [Measure(r[0], r[1], MeasureKind(r[2]), date.fromisoformat(r[3]), r[4]) for r in rows]


# --- source of access ------------------------------------------------------------------------


def set_access_source(vault: Vault, case_id: str, source: str) -> None:
    real_case = resolve_case_id(vault, case_id)
    value = validation.choice("source", AccessSource, source)
    with vault.transaction() as conn:
        conn.execute("UPDATE cases SET access_source = ?, updated = ? WHERE id = ?",
                     (value.value, now_utc(), real_case))
        vault.audit(AuditAction.CASE_SOURCE, "case", real_case, value.value)
        vault.announce(events.CaseChanged(real_case, "record"))


# --- services --------------------------------------------------------------------------------


def add_service(
    vault: Vault, case_id: str, kind: str, *, start_on: date | None = None,
    end_on: date | None = None, children: int | str | None = None,
) -> str:
    """Record a service; ``--to`` alone closes the open stay of that kind (e.g. the woman
    leaves the shelter), so a shelter stay is entered on arrival and completed on exit."""
    real_case = resolve_case_id(vault, case_id)
    service_kind = validation.choice("service", ServiceKind, kind)
    hosted = _children(children)
    _check_order(start_on, end_on)
    with vault.transaction() as conn:
        if start_on is None and end_on is not None:
            row = conn.execute(
                "SELECT id, start_on FROM case_services WHERE case_id = ? AND kind = ? AND"
                " end_on IS NULL ORDER BY start_on DESC, rowid DESC LIMIT 1",
                (real_case, service_kind.value)).fetchone()
            if row is not None:
                _check_order(_day(row[1]), end_on)
                conn.execute("UPDATE case_services SET end_on = ? WHERE id = ?",
                             (end_on.isoformat(), row[0]))
                vault.audit(AuditAction.CASE_SERVICE_END, "case", real_case,
                            f"{service_kind.value};{end_on.isoformat()}")
                vault.announce(events.CaseChanged(real_case, "record"))
                return str(row[0])
        service = Service(new_id(), real_case, service_kind, start_on, end_on, hosted)
        insert_service(conn, service)
        vault.audit(AuditAction.CASE_SERVICE, "case", real_case, service_kind.value)
        vault.announce(events.CaseChanged(real_case, "record"))
    return service.id


def insert_service(conn: Any, s: Service) -> None:
    conn.execute(
        "INSERT INTO case_services (id, case_id, kind, start_on, end_on, children, created)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (s.id, s.case_id, s.kind.value, _iso(s.start_on), _iso(s.end_on), s.children,
         now_utc()),
    )


def list_services(vault: Vault, case_id: str) -> list[Service]:
    rows = vault.query(
        "SELECT id, case_id, kind, start_on, end_on, children FROM case_services"
        " WHERE case_id = ? ORDER BY start_on IS NULL, start_on, created, rowid",
        (resolve_case_id(vault, case_id),))
    return [Service(r[0], r[1], ServiceKind(r[2]), _day(r[3]), _day(r[4]), int(r[5]))
            for r in rows]


# --- the whole record ------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRecord:
    """Everything structured about a case besides persons, notes and tasks."""

    relations: list[PersonRelation] = field(default_factory=list)
    forms: list[ViolenceRecord] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)


def load(vault: Vault, case_id: str) -> CaseRecord:
    return CaseRecord(list_relations(vault, case_id), list_forms(vault, case_id),
                      list_measures(vault, case_id), list_services(vault, case_id))


def _children(value: int | str | None) -> int:
    if value in (None, ""):
        return 0
    try:
        n = int(str(value))
    except ValueError:
        n = -1
    if not 0 <= n <= MAX_CHILDREN_HOSTED:
        raise BadInput("record.bad_children", max=MAX_CHILDREN_HOSTED)
    return n


def _check_order(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise BadInput("record.dates_reversed", start=start.isoformat(), end=end.isoformat())


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
