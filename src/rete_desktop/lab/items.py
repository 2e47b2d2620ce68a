"""Case items for the laboratorio: prepared from a local case, sent to the chair, filed by it.

The item is the pseudonymised summary of :mod:`rete_desktop.lab.pseudonymise`. This office keeps
the link between its case and the case code (``lab_case_codes``) so actions agreed on the item
at the meeting land on the right case; the chair only ever sees the code.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.document_fields import DocumentFields
from rete_desktop.domain.records import Case, Person
from rete_desktop.domain.vocabulary import (
    MeasureKind,
    PersonRole,
    Relation,
    ServiceKind,
    SharingBasis,
    ViolenceForm,
)
from rete_desktop.errors import BadInput, SecurityRefused
from rete_desktop.events import LabChanged
from rete_desktop.lab import age_bands
from rete_desktop.lab.pseudonymise import (
    ITEM_FORMATS,
    case_summary,
    new_case_code,
    review_flags,
    shared_code,
)
from rete_desktop.storage import case_record, risk, sharing
from rete_desktop.storage.cases import get_case, list_persons, resolve_case_id
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault, new_id, now_utc

_RISKS = ("low", "medium", "high")
_ROLES = ("victim", "offender")
_EXPOSURES = ("witnessed", "direct", None)
_MAX_SHARED_CODES = 50


@dataclass(frozen=True)
class ItemDraft:
    """An item ready to leave and what the operator must review before it does."""

    summary: dict[str, Any]
    flags: tuple[str, ...]  # passages naming a street, school, workplace or known place/name


@dataclass(frozen=True)
class Item:
    """An item this office sent or, as chair, received."""

    id: str
    case_code: str
    sender_office_id: str
    chair_office_id: str
    summary: dict[str, Any]
    case_id: str | None
    received: str | None
    meeting_id: str | None


def case_code(vault: Vault, case_id: str) -> str:
    """The case's laboratorio code, created on first use and stable afterwards."""
    real_id = resolve_case_id(vault, case_id)
    row = vault.query_one("SELECT code FROM lab_case_codes WHERE case_id = ?", (real_id,))
    if row is not None:
        return str(row[0])
    code = new_case_code(secrets.token_bytes(8))
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO lab_case_codes (case_id, code, created) VALUES (?, ?, ?)",
            (real_id, code, now_utc()),
        )
        vault.audit(AuditAction.LAB_CASE_CODE, "case", real_id, code)
    return code


def case_for_code(vault: Vault, code: str) -> str | None:
    row = vault.query_one("SELECT case_id FROM lab_case_codes WHERE code = ?", (code,))
    return None if row is None else str(row[0])


def shared_codes(vault: Vault, case_id: str) -> list[str]:
    """The case's codes shared with other offices: one per referral sent or received for it
    (both vaults record the referral packet's random id in their register)."""
    rows = vault.query(
        "SELECT DISTINCT packet_id FROM packet_register WHERE case_id = ? AND kind = 'referral'",
        (case_id,),
    )
    return sorted(shared_code(str(r[0])) for r in rows)[:_MAX_SHARED_CODES]


def _known_names(case: Case, persons: list[Person]) -> list[str]:
    """Person and place names of the case, for the review flags (the title often names the
    town; addresses name streets and towns)."""
    names = [case.title, *(p.name for p in persons)]
    names += [part for p in persons if p.address for part in p.address.split(",")]
    return names


def prepare_item(
    vault: Vault, case_id: str, request: str = "", today: date | None = None
) -> ItemDraft:
    """The pseudonymised summary of a case, exactly as it would leave the office, and what
    in its request the operator must review first."""
    case = get_case(vault, case_id, audit_read=False)
    basis = sharing.lab_basis(vault, case)
    if basis is None:
        raise SecurityRefused("lab.no_basis")
    persons = list_persons(vault, case.id)
    summary = case_summary(
        case, persons, case_code=case_code(vault, case.id),
        office_kind=load_identity(vault).kind.value, request=request,
        today=today or date.today(), shared_codes=shared_codes(vault, case.id),
        extra={"basis": basis.basis.value, "record": lab_record(vault, case.id, persons)},
    )
    vault.log(AuditAction.LAB_ITEM_PREPARED, "case", case.id, summary["case_code"])
    return ItemDraft(summary, tuple(review_flags(summary["request"],
                                                 _known_names(case, persons))))


def build_item(
    vault: Vault, case_id: str, request: str = "", today: date | None = None
) -> dict[str, Any]:
    """The pseudonymised summary of a case, exactly as it would leave the office."""
    return prepare_item(vault, case_id, request, today).summary


def require_review(draft: ItemDraft, reviewed: bool) -> None:
    """Refuse to send an item with flagged passages unless the operator confirmed the review."""
    if draft.flags and not reviewed:
        raise SecurityRefused("lab.review_needed",
                              flags="; ".join(f"«{f}»" for f in draft.flags))


def lab_record(vault: Vault, case_id: str, persons: list[Person]) -> dict[str, Any]:
    """The structured record as codes only — no dates, no names, no free text: the latest
    assessment's level, score and the items answered yes, the offender's relation to the
    woman, the forms of violence, the measures taken and the services given."""
    record = case_record.load(vault, case_id)
    roles = {p.id: p.role for p in persons}
    latest = risk.latest(vault, case_id)
    relation = next((r.relation.value for r in record.relations
                     if roles.get(r.person_id) is PersonRole.OFFENDER
                     and roles.get(r.to_person_id) is PersonRole.VICTIM), None)
    return {
        "assessment": None if latest is None else {
            "instrument": f"{latest.instrument_key}@{latest.instrument_version}",
            "level": latest.level.value, "score": latest.score,
            "yes": sorted(k for k, v in latest.answers.items() if v == "yes")},
        "relation": relation,
        "violence": sorted({f.form.value for f in record.forms}),
        "measures": sorted({m.kind.value for m in record.measures}),
        "services": sorted({s.kind.value for s in record.services}),
    }


def record_item(
    conn: Any, vault: Vault, summary: dict[str, Any], *, item_id: str, sender_office_id: str,
    chair_office_id: str, case_id: str | None, received: bool,
) -> None:
    """Store an item inside an open transaction (sent by us, received by us as chair, or both)."""
    conn.execute(
        "INSERT INTO lab_items (id, case_id, case_code, sender_office_id, chair_office_id,"
        " summary, created, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (item_id, case_id, summary["case_code"], sender_office_id, chair_office_id,
         json.dumps(summary, ensure_ascii=False, sort_keys=True), now_utc(),
         now_utc() if received else None),
    )
    action = AuditAction.LAB_ITEM_RECEIVED if received else AuditAction.LAB_ITEM_SENT
    vault.audit(action, "lab_item", item_id, summary["case_code"])
    vault.announce(LabChanged())


def queue_own_item(vault: Vault, case_id: str, request: str = "", *,
                   reviewed: bool = False) -> str:
    """The chair puts one of its own cases on the next agenda (no packet needed; the agenda
    will carry it to the other offices, so the same basis and review are required)."""
    draft = prepare_item(vault, case_id, request)
    require_review(draft, reviewed)
    summary = draft.summary
    me = load_identity(vault).office_id
    item_id = new_id()
    with vault.transaction() as conn:
        record_item(conn, vault, summary, item_id=item_id, sender_office_id=me,
                    chair_office_id=me, case_id=resolve_case_id(vault, case_id), received=True)
    return item_id


def _check_age(entry: dict[str, Any], bad: BadInput, old_format: bool) -> None:
    """Format 2 carries ``age_band`` (a band code or null); format 1 an exact ``age``."""
    if old_format:
        value = entry.get("age")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or not 0 <= value <= 130):
            raise bad
    elif "age" in entry or entry.get("age_band") not in (*age_bands.CODES, None):
        raise bad


def validate_item(doc: Any) -> dict[str, Any]:
    """A received item, checked field by field; anything unexpected is refused."""
    fields = DocumentFields(doc, "lab.bad_document", what="item")

    def bad(field: str) -> BadInput:
        return fields.fail(field, "invalid")

    fields.choice("format", ITEM_FORMATS)
    old = doc["format"] == ITEM_FORMATS[0]
    for key in ("case_code", "office_kind", "request", "status"):
        fields.any_text(key, 4000)
    if doc.get("risk") not in _RISKS:
        raise bad("risk")
    persons = doc.get("persons")
    if not isinstance(persons, list) or len(persons) > 20:
        raise bad("persons")
    for p in persons:
        if not isinstance(p, dict) or p.get("role") not in _ROLES:
            raise bad("persons")
        _check_age(p, bad("persons"), old)
    children = doc.get("children")
    if not isinstance(children, dict) or not isinstance(children.get("list"), list):
        raise bad("children")
    for c in children["list"]:
        if not isinstance(c, dict) or c.get("exposure") not in _EXPOSURES:
            raise bad("children")
        _check_age(c, bad("children"), old)
    kids = children["list"]
    expected = {
        "count": len(kids),
        "witnessed": sum(1 for c in kids if c["exposure"] == "witnessed"),
        "direct": sum(1 for c in kids if c["exposure"] == "direct"),
    }
    if any(children.get(k) != v for k, v in expected.items()) or len(kids) > 30:
        raise bad("children")
    if "basis" in doc and doc["basis"] not in {b.value for b in SharingBasis}:
        raise bad("basis")
    if "record" in doc:
        _validate_record(doc["record"], bad("record"))
    if not old:
        codes = doc.get("shared_codes")
        if (not isinstance(codes, list) or len(codes) > _MAX_SHARED_CODES
                or not all(isinstance(c, str) and len(c) <= 20 for c in codes)):
            raise bad("shared_codes")
        if not isinstance(doc.get("children_withheld"), bool) or (
                doc["children_withheld"] and kids):
            raise bad("children")
    return fields.obj


_RECORD_CODES = {"violence": ViolenceForm, "measures": MeasureKind, "services": ServiceKind}


def _validate_record(record: Any, bad: BadInput) -> None:
    """A received item's record: codes of the known vocabularies only (an item from an app
    version before the case record has none)."""
    if not isinstance(record, dict) or set(record) - {"assessment", "relation", *_RECORD_CODES}:
        raise bad
    for key, enum in _RECORD_CODES.items():
        values = record.get(key, [])
        if not isinstance(values, list) or len(values) > 50 or not all(
                v in {e.value for e in enum} for v in values):
            raise bad
    if record.get("relation") not in {None, *(r.value for r in Relation)}:
        raise bad
    a = record.get("assessment")
    if a is None:
        return
    if not isinstance(a, dict) or a.get("level") not in _RISKS \
            or not isinstance(a.get("score"), int) or isinstance(a.get("score"), bool) \
            or not isinstance(a.get("instrument"), str) or len(a["instrument"]) > 100 \
            or not isinstance(a.get("yes"), list) or len(a["yes"]) > 100 \
            or not all(isinstance(i, str) and len(i) <= 80 for i in a["yes"]):
        raise bad


def _item(row: Any) -> Item:
    return Item(
        id=row[0], case_code=row[1], sender_office_id=row[2], chair_office_id=row[3],
        summary=json.loads(row[4]), case_id=row[5], received=row[6], meeting_id=row[7],
    )


_ITEM_COLS = (
    "id, case_code, sender_office_id, chair_office_id, summary, case_id, received, meeting_id"
)


def pending_items(vault: Vault) -> list[Item]:
    """Items received by this office as chair and not yet on an agenda, oldest first."""
    rows = vault.query(
        f"SELECT {_ITEM_COLS} FROM lab_items WHERE received IS NOT NULL AND meeting_id IS NULL"
        " ORDER BY received, id"
    )
    return [_item(r) for r in rows]


def items_of_meeting(vault: Vault, meeting_id: str) -> list[Item]:
    rows = vault.query(
        f"SELECT {_ITEM_COLS} FROM lab_items WHERE meeting_id = ? AND received IS NOT NULL"
        " ORDER BY received, id",
        (meeting_id,),
    )
    return [_item(r) for r in rows]


def same_case(
    item: Item, others: list[Item], linked: Collection[frozenset[str]] = frozenset()
) -> list[Item]:
    """The other items (from other offices) that are the same woman as ``item``: they share a
    code (two offices that referred her to each other) or the chair ``linked`` the two
    (:func:`links.linked_pairs`)."""
    mine = set(item.summary.get("shared_codes") or ())
    return [o for o in others if o.id != item.id and o.sender_office_id != item.sender_office_id
            and (mine & set(o.summary.get("shared_codes") or ())
                 or frozenset((item.id, o.id)) in linked)]


def sent_items(vault: Vault) -> list[Item]:
    rows = vault.query(
        f"SELECT {_ITEM_COLS} FROM lab_items WHERE case_id IS NOT NULL ORDER BY created DESC"
    )
    return [_item(r) for r in rows]
