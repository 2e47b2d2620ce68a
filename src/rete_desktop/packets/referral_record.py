"""The structured case record inside a referral (`case.json` → ``record``): the latest risk
assessment, relations between persons, forms of violence, measures, source of access and
services; written by the sender, checked and filed by the receiver with the new case.

Persons are referred to by their position in the referral's ``persons`` list (ids never leave
the office); a relation to a person left out (children withheld) is left out too.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from rete_desktop.domain import validation
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
from rete_desktop.errors import BadInput
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


def basis_text(sharing_doc: Any, office_id: str) -> str | None:
    """The line of the received case's first note saying on which basis it was sent here."""
    if not isinstance(sharing_doc, list):
        return None
    for item in sharing_doc:
        if isinstance(item, dict) and item.get("office_id") == office_id:
            try:
                basis = SharingBasis(str(item.get("basis")))
            except ValueError:
                raise _bad("'sharing' names an unknown basis") from None
            norm = item.get("norm") if isinstance(item.get("norm"), str) else None
            words = vocabulary.label("SharingBasis", basis.value, NETWORK_LANGUAGE)
            return translate("packet.received_basis", NETWORK_LANGUAGE,
                             basis=words + (f" ({norm})" if norm else ""))
    return None


# --- import ---------------------------------------------------------------------------------


def _bad(reason: str) -> BadInput:
    return BadInput("packet.bad_referral", reason=reason)


def _entries(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = doc.get(key) or []
    if not isinstance(value, list) or len(value) > MAX_ENTRIES or not all(
            isinstance(v, dict) for v in value):
        raise _bad(f"'record.{key}' must be a list of objects")
    return value


def _day(value: Any, required: bool = False) -> date | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise _bad("a date of the record is missing or not text")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise _bad(f"{value[:20]!r} is not a date") from None


def file_record(conn: Any, case_id: str, doc: Any, person_ids: list[str], sender: str) -> None:
    """File the sender's record with the new case (inside the import transaction)."""
    if doc is None:
        return  # a referral from an app version before the case record
    if not isinstance(doc, dict):
        raise _bad("'record' must be an object")
    source = doc.get("access_source")
    if source is not None:
        conn.execute("UPDATE cases SET access_source = ? WHERE id = ?",
                     (validation.choice("source", AccessSource, str(source)).value, case_id))
    if doc.get("assessment") is not None:
        risk.insert_assessment(conn, _assessment(case_id, doc["assessment"], sender))
    for r in _entries(doc, "relations"):
        ends = [_index(r.get(k), len(person_ids)) for k in ("from", "to")]
        if ends[0] == ends[1]:
            raise _bad("a relation names the same person twice")
        case_record.insert_relation(conn, PersonRelation(
            new_id(), case_id, person_ids[ends[0]], person_ids[ends[1]],
            validation.choice("relation", Relation, str(r.get("relation")))))
    for v in _entries(doc, "violence"):
        case_record.insert_form(conn, ViolenceRecord(
            new_id(), case_id, validation.choice("forms", ViolenceForm, str(v.get("form"))),
            _day(v.get("since")), _day(v.get("until"))))
    for m in _entries(doc, "measures"):
        detail = m.get("detail")
        case_record.insert_measure(conn, Measure(
            new_id(), case_id, validation.choice("measure", MeasureKind, str(m.get("kind"))),
            _day(m.get("date"), required=True) or date.min,
            validation.optional_text("detail", detail if isinstance(detail, str) else None,
                                     case_record.MAX_DETAIL)))
    for s in _entries(doc, "services"):
        children = s.get("children", 0)
        if not isinstance(children, int) or isinstance(children, bool) or not \
                0 <= children <= case_record.MAX_CHILDREN_HOSTED:
            raise _bad("'children' of a service must be a small whole number")
        case_record.insert_service(conn, Service(
            new_id(), case_id, validation.choice("service", ServiceKind, str(s.get("kind"))),
            _day(s.get("from")), _day(s.get("to")), children))


def _index(value: Any, count: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < count:
        raise _bad("a relation names a person not in the referral")
    return value


def _assessment(case_id: str, a: Any, sender: str) -> Assessment:
    if not isinstance(a, dict):
        raise _bad("'record.assessment' must be an object")
    answers = a.get("answers")
    if not isinstance(answers, dict) or len(answers) > MAX_ANSWERS or not all(
            isinstance(k, str) and len(k) <= 80 and v in ("yes", "no", "unknown")
            for k, v in answers.items()):
        raise _bad("the assessment's answers must be yes, no or unknown")
    score, version = a.get("score"), a.get("instrument_version")
    instrument = a.get("instrument")
    if not (isinstance(score, int) and isinstance(version, int) and isinstance(instrument, str)
            and 0 <= score <= 100_000 and 1 <= version <= 10_000 and 0 < len(instrument) <= 80):
        raise _bad("the assessment's score or instrument is not valid")
    reason = a.get("reason")
    operator = a.get("operator")
    return Assessment(
        id=new_id(), case_id=case_id, assessed_on=_day(a.get("assessed_on"), True) or date.min,
        instrument_key=instrument, instrument_version=version, answers=dict(answers),
        score=score, computed_level=validation.choice("level", RiskLevel,
                                                      str(a.get("computed_level"))),
        level=validation.choice("level", RiskLevel, str(a.get("level"))),
        reason=validation.optional_text("reason", reason if isinstance(reason, str) else None,
                                        risk.MAX_REASON),
        operator=f"{operator if isinstance(operator, str) else '-'} ({sender})"[:200],
        created=datetime.fromisoformat(now_utc()),
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
