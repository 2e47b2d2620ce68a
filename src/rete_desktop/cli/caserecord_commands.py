"""The structured case record on the command line: relations, forms of violence, measures,
source of access, services and sharing decisions (and how ``case show`` prints them)."""

from __future__ import annotations

import argparse
from typing import Any

from rete_desktop.cli.context import Context, command_group
from rete_desktop.cli.render import label, one_of, plain
from rete_desktop.domain import validation
from rete_desktop.domain.records import Case, Person
from rete_desktop.domain.vocabulary import (
    AccessSource,
    MeasureKind,
    OfficeKind,
    Relation,
    ServiceKind,
    SharingBasis,
    ViolenceForm,
)
from rete_desktop.i18n import translate
from rete_desktop.storage import case_record, cases, risk, sharing
from rete_desktop.storage.vault import Vault


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    psub = command_group(sub, "person", common, translate("help.person"))
    p = psub.add_parser("relate", parents=[common], help=translate("help.person.relate"))
    p.add_argument("--case", required=True)
    p.add_argument("person_id")
    p.add_argument("--to", required=True, metavar="PERSON_ID")
    p.add_argument("--relation", required=True, help=one_of(Relation))
    p.set_defaults(handler=cmd_relate)

    ksub = command_group(sub, "case", common, translate("help.case"))
    p = ksub.add_parser("violence", parents=[common], help=translate("help.case.violence"))
    p.add_argument("id")
    p.add_argument("--forms", required=True, help=one_of(ViolenceForm))
    p.add_argument("--since", metavar="YYYY-MM-DD")
    p.add_argument("--until", metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_violence)
    p = ksub.add_parser("measure", parents=[common], help=translate("help.case.measure"))
    p.add_argument("id")
    p.add_argument("--kind", required=True, help=one_of(MeasureKind))
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--detail")
    p.set_defaults(handler=cmd_measure)
    p = ksub.add_parser("source", parents=[common], help=translate("help.case.source"))
    p.add_argument("id")
    p.add_argument("--source", required=True, help=one_of(AccessSource))
    p.set_defaults(handler=cmd_source)
    p = ksub.add_parser("service", parents=[common], help=translate("help.case.service"))
    p.add_argument("id")
    p.add_argument("--kind", required=True, help=one_of(ServiceKind))
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    p.add_argument("--children", help=translate("help.case.children_hosted"))
    p.set_defaults(handler=cmd_service)
    p = ksub.add_parser("basis", parents=[common], help=translate("help.case.basis"))
    p.add_argument("id")
    p.add_argument("--share-with", required=True,
                   help=f"{one_of(OfficeKind)} | {sharing.LABORATORIO}")
    p.add_argument("--basis", required=True, help=one_of(SharingBasis))
    p.add_argument("--norm", help=translate("help.case.norm"))
    p.add_argument("--collected", help=translate("help.case.collected"))
    p.add_argument("--reason", required=True)
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_basis)


def _date(text: str | None) -> Any:
    return validation.parse_date(text) if text else None


def cmd_relate(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = case_record.relate(vault, a.case, a.person_id, a.to, a.relation)
    ctx.say("record.relation_added")
    ctx.emit_id(new)
    return 0


def cmd_violence(ctx: Context) -> int:
    a = ctx.args
    since, until = _date(a.since), _date(a.until)
    with ctx.open_vault() as vault:
        case_record.set_forms(vault, a.id, a.forms, since=since, until=until)
        case = cases.get_case(vault, a.id, audit_read=False)
        forms = case_record.list_forms(vault, case.id)
    ctx.say("record.forms_set", ref=case.reference, forms=", ".join(label(f.form) for f in forms))
    ctx.emit("", plain(forms))
    return 0


def cmd_measure(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = case_record.add_measure(vault, a.id, a.kind, validation.parse_date(a.date),
                                      a.detail)
    ctx.emit_id(new)
    return 0


def cmd_source(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        case_record.set_access_source(vault, ctx.args.id, ctx.args.source)
        case = cases.get_case(vault, ctx.args.id, audit_read=False)
    assert case.access_source is not None
    ctx.say("record.source_set", ref=case.reference, source=label(case.access_source))
    return 0


def cmd_service(ctx: Context) -> int:
    a = ctx.args
    start, end = _date(a.start), _date(a.end)
    with ctx.open_vault() as vault:
        new = case_record.add_service(vault, a.id, a.kind, start_on=start, end_on=end,
                                      children=a.children)
    ctx.emit_id(new)
    return 0


def cmd_basis(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = sharing.record_decision(vault, a.id, a.share_with, a.basis, reason=a.reason,
                                      norm=a.norm, collected=a.collected,
                                      decided_on=_date(a.date))
        case = cases.get_case(vault, a.id, audit_read=False)
        decision = sharing.list_decisions(vault, case.id)[0]
    ctx.say("sharing.recorded", ref=case.reference, targets=target_words(decision.targets),
            basis=basis_words(decision.record.basis, decision.record.norm))
    ctx.emit_id(new)
    return 0


def target_words(targets: tuple[str, ...]) -> str:
    return ", ".join(translate("sharing.laboratorio") if t == sharing.LABORATORIO
                     else label(OfficeKind(t)) for t in targets)


def basis_words(basis: SharingBasis, norm: str | None = None) -> str:
    return label(basis) + (f" ({norm})" if norm else "")


# --- case show -------------------------------------------------------------------------------


def record_data(vault: Vault, case: Case) -> dict[str, Any]:
    """The structured record for ``case show --json``."""
    record = case_record.load(vault, case.id)
    latest = risk.latest(vault, case.id)
    return {
        "assessment": plain(latest) if latest else None,
        "relations": plain(record.relations),
        "violence": plain(record.forms),
        "measures": plain(record.measures),
        "services": plain(record.services),
        "sharing": [{**plain(d.record), "share_with": list(d.targets)}
                    for d in sharing.list_decisions(vault, case.id)],
    }


def record_lines(vault: Vault, case: Case, persons: list[Person]) -> list[str]:
    """The structured record as lines of ``case show`` (names, not ids, for relations)."""
    names = {p.id: p.name for p in persons}
    record = case_record.load(vault, case.id)
    lines = []
    latest = risk.latest(vault, case.id)
    if latest:
        lines.append(f"  {translate('field.risk_assessment')}: {latest.assessed_on.isoformat()}"
                     f" {label(latest.level)} ({latest.score}, {latest.instrument_key}@"
                     f"{latest.instrument_version})")
    if case.access_source:
        lines.append(f"  {translate('field.access_source')}: {label(case.access_source)}")
    lines += [f"  ↔ {names.get(r.person_id, r.person_id)} — {label(r.relation)} → "
              f"{names.get(r.to_person_id, r.to_person_id)}" for r in record.relations]
    if record.forms:
        lines.append(f"  {translate('field.violence')}: " + ", ".join(
            label(f.form) + (f" ({_span(f.since, f.until)})" if f.since or f.until else "")
            for f in record.forms))
    lines += [f"  ⚖ {m.on_date.isoformat()} {label(m.kind)}" + (f": {m.detail}" if m.detail
                                                               else "")
              for m in record.measures]
    lines += [f"  ✚ {label(s.kind)} {_span(s.start_on, s.end_on)}".rstrip()
              + (f" (+{s.children})" if s.children else "") for s in record.services]
    for d in sharing.list_decisions(vault, case.id):
        r = d.record
        detail = f" ({r.norm})" if r.norm else f" ({r.collected})" if r.collected else ""
        lines.append("  ⇄ " + translate("sharing.line", date=r.decided_on.isoformat(),
                                        targets=target_words(d.targets), basis=label(r.basis),
                                        detail=detail, operator=r.operator, reason=r.reason))
    return lines


def _span(start: Any, end: Any) -> str:
    if not start and not end:
        return ""
    return f"{start.isoformat() if start else '…'} → {end.isoformat() if end else '…'}"
