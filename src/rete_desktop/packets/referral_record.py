"""The structured case record inside a referral (`case.json` → ``record``): the latest risk
assessment, relations between persons, forms of violence, measures, source of access and
services; written by the sender, checked and filed by the receiver with the new case.

Persons are referred to by their position in the referral's ``persons`` list (ids never leave
the office); a relation to a person left out (children withheld) is left out too.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from rete_desktop.domain.document_fields import DocumentFields
from rete_desktop.domain.records import (
    Assessment,
    Measure,
    Person,
    PersonRelation,
    Service,
    ViolenceRecord,
)
from rete_desktop.domain.vocabulary import (
    AccessSource,
    MeasureKind,
    Relation,
    RiskLevel,
    ServiceKind,
    SharingBasis,
    ViolenceForm,
)
from rete_desktop.i18n import NETWORK_LANGUAGE, translate
from rete_desktop.messages import vocabulary
from rete_desktop.reports.referral_pdf import RecordLine
from rete_desktop.storage import case_record, risk
from rete_desktop.storage.vault import Vault, new_id, now_utc

MAX_ENTRIES = 500
MAX_ANSWERS = 200


def export_record(vault: Vault, case: Any, persons: list[Person]) -> dict[str, Any]:
    record = case_record.load(vault, case.id)
    index = {p.id: i for i, p in enumerate(persons)}
    latest = risk.latest(vault, case.id)
    return {
        "access_source": case.access_source.value if case.access_source else None,
        "assessment": None if latest is None else {
            "assessed_on": latest.assessed_on.isoformat(), "instrument": latest.instrument_key,
            "instrument_version": latest.instrument_version, "answers": latest.answers,
            "score": latest.score, "computed_level": latest.computed_level.value,
            "level": latest.level.value, "reason": latest.reason, "operator": latest.operator,
        },
        "relations": [{"from": index[r.person_id], "to": index[r.to_person_id],
                       "relation": r.relation.value} for r in record.relations
                      if r.person_id in index and r.to_person_id in index],
        "violence": [{"form": f.form.value, "since": _iso(f.since), "until": _iso(f.until)}
                     for f in record.forms],
        "measures": [{"kind": m.kind.value, "date": m.on_date.isoformat(), "detail": m.detail}
                     for m in record.measures],
        "services": [{"kind": s.kind.value, "from": _iso(s.start_on), "to": _iso(s.end_on),
                      "children": s.children} for s in record.services],
    }


def summary_lines(record: dict[str, Any], persons: list[Person]) -> tuple[RecordLine, ...]:
    """The record as (label id, vocabulary, values) lines of the referral PDF."""
    lines: list[RecordLine] = []
    a = record["assessment"]
    if a:
        lines.append(RecordLine("assessment", (a["assessed_on"], a["level"], str(a["score"]),
                                               f"{a['instrument']}@{a['instrument_version']}")))
    if record["access_source"]:
        lines.append(RecordLine("access_source", (record["access_source"],)))
    lines += [RecordLine("relation", (persons[r["from"]].name, r["relation"],
                                      persons[r["to"]].name)) for r in record["relations"]]
    lines += [RecordLine("violence", (v["form"], v["since"] or "", v["until"] or ""))
              for v in record["violence"]]
    lines += [RecordLine("measure", (m["kind"], m["date"])) for m in record["measures"]]
    lines += [RecordLine("service", (s["kind"], s["from"] or "", s["to"] or ""))
              for s in record["services"]]
    return tuple(lines)


def basis_text(doc: DocumentFields, office_id: str) -> str | None:
    """The line of the received case's first note saying on which basis it was sent here."""
    sharing = doc.raw("sharing")
    if not isinstance(sharing, list):
        return None
    for i, item in enumerate(sharing):
        if isinstance(item, dict) and item.get("office_id") == office_id:
            entry = type(doc)(item, doc.error, f"sharing[{i}]", **doc.params)
            basis = entry.code("basis", SharingBasis)
            norm = item.get("norm") if isinstance(item.get("norm"), str) else None
            words = vocabulary.label("SharingBasis", basis.value, NETWORK_LANGUAGE)
            return translate("packet.received_basis", NETWORK_LANGUAGE,
                             basis=words + (f" ({norm})" if norm else ""))
    return None


# --- import ---------------------------------------------------------------------------------


def _entries(record: DocumentFields, key: str) -> list[DocumentFields]:
    return record.objects(key, MAX_ENTRIES) if record.has(key) else []


def file_record(conn: Any, case_id: str, doc: DocumentFields, person_ids: list[str],
                sender: str) -> None:
    """File the sender's ``record`` with the new case (inside the import transaction); a
    refusal names the field (``record.relations[0].to``)."""
    if not doc.has("record"):
        return  # a referral from an app version before the case record
    record = doc.nested("record")
    source = record.optional_code("access_source", AccessSource)
    if source is not None:
        conn.execute("UPDATE cases SET access_source = ? WHERE id = ?", (source.value, case_id))
    if record.has("assessment"):
        risk.insert_assessment(conn, _assessment(case_id, record.nested("assessment"), sender))
    for r in _entries(record, "relations"):
        ends = [r.integer(k, 0, len(person_ids) - 1) for k in ("from", "to")]
        if ends[0] == ends[1]:
            raise r.fail("to", "invalid")
        case_record.insert_relation(conn, PersonRelation(
            new_id(), case_id, person_ids[ends[0]], person_ids[ends[1]],
            r.code("relation", Relation)))
    for v in _entries(record, "violence"):
        case_record.insert_form(conn, ViolenceRecord(
            new_id(), case_id, v.code("form", ViolenceForm), v.optional_day("since"),
            v.optional_day("until")))
    for m in _entries(record, "measures"):
        case_record.insert_measure(conn, Measure(
            new_id(), case_id, m.code("kind", MeasureKind), m.day("date"),
            (m.optional_text("detail", case_record.MAX_DETAIL) or "").strip() or None))
    for s in _entries(record, "services"):
        case_record.insert_service(conn, Service(
            new_id(), case_id, s.code("kind", ServiceKind), s.optional_day("from"),
            s.optional_day("to"),
            s.integer("children", 0, case_record.MAX_CHILDREN_HOSTED)
            if s.has("children") else 0))


def _assessment(case_id: str, a: DocumentFields, sender: str) -> Assessment:
    answers = a.nested("answers")
    if len(answers.obj) > MAX_ANSWERS:
        raise a.fail("answers", "too_many", max=MAX_ANSWERS)
    for key, value in answers.obj.items():
        if len(key) > 80:
            raise answers.fail(key[:40], "malformed")
        if value not in ("yes", "no", "unknown"):
            raise answers.fail(key, "unknown_value")
    reason = a.optional_text("reason", risk.MAX_REASON)
    return Assessment(
        id=new_id(), case_id=case_id, assessed_on=a.day("assessed_on"),
        instrument_key=a.text("instrument", 80),
        instrument_version=a.integer("instrument_version", 1, 10_000),
        answers=dict(answers.obj), score=a.integer("score", 0, 100_000),
        computed_level=a.code("computed_level", RiskLevel), level=a.code("level", RiskLevel),
        reason=(reason or "").strip() or None,
        operator=f"{a.optional_text('operator', 1000) or '-'} ({sender})"[:200],
        created=datetime.fromisoformat(now_utc()),
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
