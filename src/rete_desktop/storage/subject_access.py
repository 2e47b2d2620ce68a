"""Data-subject access (GDPR art. 15): what this office holds about one person, by role.

What each role receives is decided in :mod:`rete_desktop.domain.access_scope`: the woman her
whole file; a child, relative or witness their own record and the art. 15(1) information; the
alleged offender only his identifying data and a statement that the rest is withheld (art.
2-undecies Codice privacy). A withheld section is ``None`` here, so neither the JSON nor the
PDF can show it by mistake. Other persons never appear by name: at most by role.

The art. 15(1) information (purposes, categories, recipients actually sent to, retention,
source, rights) is written out in the reader's language, so the JSON a person receives reads
on its own. Making the export is audited with its scope and, when the office released more
than the default, the sections and the reason.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from rete_desktop.domain.access_scope import ExportScope, Scope, Section, decide
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.dates import day
from rete_desktop.domain.records import Attachment, AuditEntry, Case, Consent, Note, Person, Task
from rete_desktop.domain.vocabulary import CaseStatus, PersonRole, RiskLevel
from rete_desktop.i18n import current_language, translate
from rete_desktop.messages import vocabulary
from rete_desktop.storage import (
    attachments,
    audit,
    case_record,
    cases,
    notes,
    protocols,
    retention,
    risk,
    sharing,
)
from rete_desktop.storage.vault import Vault, now_utc

FORMAT = "rete-subject-access/2"
# Packet kinds that carry a case's personal data out of the office (receipts carry none).
_DATA_KINDS = ("referral", "agenda-item")


@dataclass(frozen=True)
class Controller:
    office_id: str
    name: str
    kind: str


@dataclass(frozen=True)
class CaseDetails:
    """The case as the woman knows it; the title may hold her name, so only she gets it."""

    title: str
    status: CaseStatus
    risk: RiskLevel
    opened_on: date
    closed_on: date | None


@dataclass(frozen=True)
class Recipient:
    """A packet with the case's data that left the office (from the register)."""

    protocol: str
    sent_on: str
    kind: str
    offices: tuple[str, ...]


@dataclass(frozen=True)
class SubjectAccess:
    format: str
    generated: str
    language: str
    controller: Controller
    person: Person
    case_reference: str
    scope: Scope
    released: tuple[Section, ...]
    withheld: tuple[Section, ...]
    information: dict[str, str]
    categories: tuple[str, ...]
    retention_years: int | None
    case: CaseDetails | None
    other_person_roles: tuple[str, ...] | None
    consent: Consent | None
    recipients: tuple[Recipient, ...] | None
    notes: tuple[Note, ...] | None
    tasks: tuple[Task, ...] | None
    attachments: tuple[Attachment, ...] | None
    access_log: tuple[AuditEntry, ...] | None
    # The structured record (risk assessments, relations by role, forms of violence, measures,
    # services) with the case; the sharing decisions and their legal basis with the consent.
    record: tuple[tuple[str, str], ...] | None = None
    sharing: tuple[tuple[str, str], ...] | None = None

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


def scope_for(
    vault: Vault, person_id: str, *, restricted: bool = False, release: Iterable[str] = (),
    reason: str = "",
) -> ExportScope:
    """What the export of this person will hold (checks the release reason)."""
    person = cases.get_person(vault, person_id)
    names = [p.name for p in cases.list_persons(vault, person.case_id)]
    return decide(person.role, restricted=restricted, release=release, reason=reason,
                  names=names)


def collect(
    vault: Vault, person_id: str, scope: ExportScope | None = None, lang: str | None = None
) -> SubjectAccess:
    """Gather the export within ``scope`` (default: the role's) and audit that it was made."""
    person = cases.get_person(vault, person_id)
    case = cases.get_case(vault, person.case_id, audit_read=False)
    scope = scope or decide(person.role)
    lang = lang or current_language()
    has = scope.holds
    others = [p for p in cases.list_persons(vault, case.id) if p.id != person.id]
    log = audit.list_entries(vault, case.id, limit=100_000) if has(Section.ACCESS_LOG) else []
    held_notes = tuple(notes.list_notes(vault, case.id)) if has(Section.NOTES) else None
    held_files = tuple(attachments.list_attachments(vault, case.id)) \
        if has(Section.ATTACHMENTS) else None
    access = SubjectAccess(
        format=FORMAT, generated=now_utc(), language=lang, controller=controller(vault),
        person=person, case_reference=case.reference, scope=scope.scope,
        released=scope.released, withheld=scope.withheld,
        information=_information(vault, case, scope, lang),
        categories=_categories(person, scope, lang, bool(held_notes), bool(held_files)),
        # The years follow the case's status, which only the woman may learn.
        retention_years=retention.get_policy(vault).years_for(case.status)
        if has(Section.CASE) else None,
        case=CaseDetails(case.title, case.status, case.risk, case.opened_on, case.closed_on)
        if has(Section.CASE) else None,
        other_person_roles=tuple(p.role.value for p in others) if has(Section.OTHERS) else None,
        consent=case.consent if has(Section.CONSENT) else None,
        recipients=recipients(vault, case.id) if has(Section.RECIPIENTS) else None,
        notes=held_notes,
        tasks=tuple(protocols.list_tasks(vault, case_id=case.id)) if has(Section.TASKS) else None,
        attachments=held_files,
        access_log=tuple(reversed(log)) if has(Section.ACCESS_LOG) else None,
        record=_record_rows(vault, case.id, lang) if has(Section.CASE) else None,
        sharing=_sharing_rows(vault, case.id, lang) if has(Section.CONSENT) else None,
    )
    detail = {"case": case.id, "scope": scope.scope.value}
    if scope.released:
        detail |= {"released": ",".join(scope.released), "reason": scope.reason}
    vault.log(AuditAction.PERSON_EXPORT, "person", person.id, detail)
    return access


def _record_rows(vault: Vault, case_id: str, lang: str) -> tuple[tuple[str, str], ...]:
    """(label, text) rows of the case record in ``lang``; persons named by role only."""
    def word(name: str, value: str) -> str:
        return vocabulary.formal(name, value, lang, capital=False)

    roles = {p.id: p.role.value for p in cases.list_persons(vault, case_id)}
    record = case_record.load(vault, case_id)
    rows = [(translate("field.risk_assessment", lang), translate(
        "access.assessment_line", lang, date=day(a.assessed_on),
        level=word("RiskLevel", a.level.value), score=a.score,
        computed=word("RiskLevel", a.computed_level.value)) + (f" — {a.reason}" if a.reason
                                                               else ""))
            for a in risk.history(vault, case_id)]
    rows += [(translate("field.relation", lang), translate(
        "access.relation_line", lang, person=word("PersonRole", roles.get(r.person_id, "")),
        relation=word("Relation", r.relation.value),
        other=word("PersonRole", roles.get(r.to_person_id, "")))) for r in record.relations]
    rows += [(translate("field.violence", lang), word("ViolenceForm", f.form.value))
             for f in record.forms]
    rows += [(translate("field.measure", lang),
              f"{day(m.on_date)} {word('MeasureKind', m.kind.value)}")
             for m in record.measures]
    rows += [(translate("field.service", lang), f"{word('ServiceKind', s.kind.value)} "
              f"{day(s.start_on) or '…'} → {day(s.end_on) or '…'}") for s in record.services]
    return tuple(rows)


def _sharing_rows(vault: Vault, case_id: str, lang: str) -> tuple[tuple[str, str], ...]:
    """Each sharing decision: when, with whom, on which legal basis and why."""
    rows = []
    for d in sharing.list_decisions(vault, case_id):
        r = d.record
        targets = ", ".join(translate("sharing.laboratorio", lang) if t == sharing.LABORATORIO
                            else vocabulary.label("OfficeKind", t, lang) for t in d.targets)
        basis = vocabulary.label("SharingBasis", r.basis.value, lang) + sharing.detail(r, lang)
        rows.append((day(r.decided_on), f"{targets}: {basis} — {r.reason}"))
    return tuple(rows)


def recipients(vault: Vault, case_id: str) -> tuple[Recipient, ...]:
    """Every packet with this case's data that this office sent, oldest first."""
    marks = ",".join("?" * len(_DATA_KINDS))
    rows = vault.query(
        "SELECT protocol, created, kind, counterparts FROM packet_register"
        f" WHERE case_id = ? AND direction = 'sent' AND kind IN ({marks})"
        " ORDER BY year, number", (case_id, *_DATA_KINDS))
    return tuple(Recipient(r[0], r[1][:10], r[2],
                           tuple(_office_name(vault, o) for o in json.loads(r[3])))
                 for r in rows)


def _office_name(vault: Vault, office_id: str) -> str:
    row = vault.query_one(
        "SELECT name FROM directory_members WHERE office_id = ?"
        " UNION ALL SELECT name FROM offices WHERE id = ? LIMIT 1", (office_id, office_id))
    return str(row[0]) if row else office_id


def _source(vault: Vault, case: Case, lang: str) -> str:
    """Where the data came from (art. 15(1)(g)): a received referral, or this office."""
    row = vault.query_one(
        "SELECT protocol, created, counterparts FROM packet_register"
        " WHERE case_id = ? AND direction = 'received' AND kind = 'referral'"
        " ORDER BY year, number LIMIT 1", (case.id,))
    if row is not None:
        offices = ", ".join(_office_name(vault, o) for o in json.loads(row[2]))
        return translate("access.info.source_referral", lang, offices=offices,
                         date=row[1][:10], protocol=row[0])
    return translate("access.info.source_office", lang)


def _information(vault: Vault, case: Case, scope: ExportScope, lang: str) -> dict[str, str]:
    """The art. 15(1) information in words; withheld parts are left out."""
    info: dict[str, str] = {}
    if scope.holds(Section.PURPOSES):
        info["purposes"] = translate("register.purpose", lang)
        info["legal_bases"] = translate("register.basis", lang)
    if scope.holds(Section.SOURCE):
        info["source"] = _source(vault, case, lang)
    info["retention"] = _retention(retention.get_policy(vault), case.status,
                                   scope.holds(Section.CASE), lang)
    info["rights"] = translate("access.info.rights", lang)
    if scope.scope is Scope.RESTRICTED:
        info["rights_restricted"] = translate("access.info.rights_restricted", lang)
    info["automated"] = translate("access.info.automated", lang)
    if scope.withheld:
        info["withheld"] = translate(f"access.withheld.{scope.scope.value}", lang,
                                     sections=section_names(scope.withheld, lang))
    if scope.released:
        info["released"] = translate("access.info.released", lang,
                                     sections=section_names(scope.released, lang))
    return info


def _retention(policy: retention.RetentionPolicy, status: CaseStatus, shows_case: bool,
               lang: str) -> str:
    """How long the data are kept (art. 15(1)(d)). Without the case section the sentence
    gives the office's rule for every status: it must not tell an alleged offender whether
    the woman's case is still open."""
    if shows_case:
        years = policy.years_for(status)
        return (translate("access.retention", lang, years=years) if years is not None
                else translate("access.retention_none", lang))
    rules = []
    for each in CaseStatus:
        years = policy.years_for(each)
        name = vocabulary.formal("CaseStatus", each.value, lang, capital=False)
        rules.append(translate("access.retention_rule", lang, status=name, years=years)
                     if years is not None
                     else translate("access.retention_rule_none", lang, status=name))
    return translate("access.retention_policy", lang, rules="; ".join(rules))


def export_said(
    access: SubjectAccess, pdf: str, json_path: str, lang: str | None = None
) -> list[tuple[str, dict[str, str]]]:
    """(message id, params) for the operator who hands the export over: where it was written
    and what it holds for this person's role."""
    said = [("access.written" if access.notes else "access.written_without_notes",
             {"pdf": pdf, "json": json_path}),
            (f"access.scope_said.{access.scope.value}",
             {"sections": section_names(access.withheld, lang)})]
    if access.person.role is PersonRole.CHILD and access.scope is Scope.THIRD_PARTY:
        said.append(("access.scope_said.child", {}))
    if access.released:
        said.append(("access.scope_said.released",
                     {"sections": section_names(access.released, lang)}))
    return said


def section_names(sections: Iterable[Section], lang: str | None = None) -> str:
    """``note, attività``: sections in words."""
    return ", ".join(translate(f"access.section.{s.value}", lang) for s in sections)


def _categories(person: Person, scope: ExportScope, lang: str, has_notes: bool,
                has_files: bool) -> tuple[str, ...]:
    """The categories of this person's data the export shows (art. 15(1)(b))."""
    keys = ["identity"]
    if person.phone or person.address:
        keys.append("contact")
    if person.codice_fiscale:
        keys.append("tax_code")
    if person.role is PersonRole.CHILD and person.exposure is not None:
        keys.append("exposure")
    if scope.holds(Section.CASE):
        keys.append("risk")
    if has_notes:
        keys.append("notes")
    if scope.holds(Section.CONSENT):
        keys.append("consent")
    if has_files:
        keys.append("attachments")
    return tuple(translate(f"access.category.{k}", lang) for k in keys)
