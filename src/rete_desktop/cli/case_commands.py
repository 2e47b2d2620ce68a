"""``rete case``: open, list, show and change a case, its consent and legal bases, its
structured record (violence, measures, source of access, services), protocols applied,
erasure."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from rete_desktop.cli import case_view
from rete_desktop.cli.context import Commands, Context, command_group, one_line
from rete_desktop.cli.render import (
    case_line,
    consent_words,
    due_text,
    emit_rows,
    indented,
    label,
    notes_with_amendments,
    one_of,
    plain,
)
from rete_desktop.domain import validation
from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import (
    AccessSource,
    CaseStatus,
    MeasureKind,
    OfficeKind,
    RiskLevel,
    ServiceKind,
    SharingBasis,
    TaskStatus,
    ViolenceForm,
)
from rete_desktop.errors import BadInput
from rete_desktop.i18n import current_language, translate
from rete_desktop.lab import erasure as case_erasure
from rete_desktop.storage import (
    attachments,
    case_record,
    cases,
    erasure,
    handouts,
    notes,
    protocols,
    sharing,
)
from rete_desktop.storage.cases import get_case
from rete_desktop.storage.erasure_words import erased_in_words

NOTE_INDENT = " " * 6  # continuation lines of a note, under its header line


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    ksub = command_group(sub, "case", common, translate("help.case"))
    p = ksub.add_parser("new", parents=[common], help=translate("help.case.new"))
    p.add_argument("--title", required=True)
    p.add_argument("--risk", default="medium", help=one_of(RiskLevel))
    p.set_defaults(handler=cmd_case_new)
    p = ksub.add_parser("list", parents=[common], help=translate("help.case.list"))
    p.add_argument("--status", help=one_of(CaseStatus))
    p.add_argument("--limit", type=int, default=1000)
    p.set_defaults(handler=cmd_case_list)
    p = ksub.add_parser("show", parents=[common], help=translate("help.case.show"))
    p.add_argument("id")
    p.set_defaults(handler=cmd_case_show)
    p = ksub.add_parser("risk", parents=[common], help=translate("help.case.risk"))
    p.add_argument("id")
    p.add_argument("level", help=one_of(RiskLevel))
    p.set_defaults(handler=cmd_case_risk)
    p = ksub.add_parser("status", parents=[common], help=translate("help.case.status"))
    p.add_argument("id")
    p.add_argument("status", help=one_of(CaseStatus))
    p.set_defaults(handler=cmd_case_status)
    p = ksub.add_parser("close", parents=[common], help=translate("help.case.close"))
    p.add_argument("id")
    p.set_defaults(handler=cmd_case_close)
    p = ksub.add_parser("consent", parents=[common], help=translate("help.case.consent"))
    p.add_argument("id")
    p.add_argument("--share-with", default="", metavar="KIND,KIND",
                   help=translate("help.case.consent.share_with"))
    p.add_argument("--include-notes", action="store_true")
    p.add_argument("--no-children", action="store_true",
                   help=translate("help.case.consent.no_children"))
    p.add_argument("--legal-basis", help=translate("help.case.consent.legal_basis"))
    p.set_defaults(handler=cmd_consent)
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
    p = ksub.add_parser("apply-protocol", parents=[common],
                        help=translate("help.case.apply_protocol"))
    p.add_argument("case_id")
    p.add_argument("protocol_id")
    p.add_argument("--trigger-date", metavar="YYYY-MM-DD", help=translate("help.case.trigger_date"))
    p.set_defaults(handler=cmd_apply_protocol)
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
    p = ksub.add_parser("handout", parents=[common], help=translate("help.case.handout"))
    p.add_argument("id")
    p.add_argument("document", choices=handouts.DOCUMENTS,
                   help=translate("help.case.handout.document"))
    p.add_argument("--lang", required=True, help=translate("help.case.handout.lang"))
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--keep-step-open", action="store_true",
                   help=translate("help.case.handout.keep_step"))
    p.set_defaults(handler=cmd_handout)
    p = ksub.add_parser("erase", parents=[common], help=translate("help.case.erase"))
    p.add_argument("case_id")
    p.add_argument("--yes", action="store_true", help=translate("help.case.erase.yes"))
    p.set_defaults(handler=cmd_case_erase)


def cmd_case_new(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        new = cases.create_case(vault, ctx.args.title, risk=ctx.args.risk)
    ctx.emit_id(new)
    return 0


def cmd_case_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = cases.list_cases(vault, status=ctx.args.status, limit=ctx.args.limit)
    emit_rows(ctx, [case_line(c) for c in found], plain(found), "records.no_cases")
    return 0


def cmd_case_show(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        case = cases.get_case(vault, ctx.args.id)
        persons = cases.list_persons(vault, case.id)
        case_notes = notes.list_notes(vault, case.id)
        tasks = protocols.list_tasks(vault, case_id=case.id)
        files = attachments.list_attachments(vault, case.id)
        data = {
            **plain(case),
            "persons": plain(persons),
            "notes": notes_with_amendments(case_notes),
            "tasks": plain(tasks),
            "attachments": plain(files),
            **case_view.record_data(vault, case),
        }
        consent = case_view.consent_line(case.consent, bool(data["sharing"]))
        lines = [case_line(case), "  " + consent]
        lines += [
            f"  {p.id}  [{label(p.role)}{'/' + label(p.exposure) if p.exposure else ''}]"
            f" {p.name} {p.birth_year or ''}".rstrip()
            for p in persons
        ]
        lines += case_view.record_lines(vault, case, persons)
    lines += [
        f"  {n.id}  {n.created:%Y-%m-%d %H:%M} {label(n.category)}: {'↳ ' if n.amends else ''}"
        + indented(n.text.strip(), NOTE_INDENT)
        for n in case_notes
    ]
    lines += [
        f"  {t.id}  {'☑' if t.status is TaskStatus.DONE else '☐'} {due_text(t)} {one_line(t.title)}"
        + (f" ({label(t.owner_kind)})" if t.owner_kind else "")
        for t in tasks
    ]
    lines += [
        f"  {a.id}  📎 {a.name} ({attachments.format_size(a.size)})" for a in files
    ]
    ctx.emit("\n".join(lines), data)
    return 0


def cmd_case_close(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        cases.set_status(vault, ctx.args.id, "closed")
        reference = cases.get_case(vault, ctx.args.id, audit_read=False).reference
    ctx.say("cli.case_closed", ref=reference)
    return 0


def cmd_case_risk(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        cases.set_risk(vault, ctx.args.id, ctx.args.level)
        case = cases.get_case(vault, ctx.args.id, audit_read=False)
    ctx.say("records.risk_set", ref=case.reference, risk=label(case.risk))
    return 0


def cmd_case_status(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        cases.set_status(vault, ctx.args.id, ctx.args.status)
        case = cases.get_case(vault, ctx.args.id, audit_read=False)
    ctx.say("records.status_set", ref=case.reference, status=label(case.status))
    return 0


def cmd_consent(ctx: Context) -> int:
    if ctx.args.legal_basis is not None:  # deprecated: one mechanism, ``rete case basis``
        raise BadInput("consent.legal_basis_deprecated")
    kinds = tuple(
        validation.choice("share_with", OfficeKind, k.strip())
        for k in ctx.args.share_with.split(",") if k.strip()
    )
    consent = Consent(
        share_with=kinds, include_notes=ctx.args.include_notes,
        include_children=not ctx.args.no_children, recorded_on=date.today(),
    )
    with ctx.open_vault() as vault:
        cases.set_consent(vault, ctx.args.id, consent)
        reference = cases.get_case(vault, ctx.args.id, audit_read=False).reference
    ctx.say("consent.recorded", ref=reference, **consent_words(consent))
    return 0


def cmd_basis(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = sharing.record_decision(vault, a.id, a.share_with, a.basis, reason=a.reason,
                                      norm=a.norm, collected=a.collected,
                                      decided_on=_date(a.date))
        case = cases.get_case(vault, a.id, audit_read=False)
        decision = sharing.list_decisions(vault, case.id)[0]
    ctx.say("sharing.recorded", ref=case.reference,
            targets=case_view.target_words(decision.targets),
            basis=case_view.basis_words(decision.record.basis, decision.record.norm))
    ctx.emit_id(new)
    return 0


def cmd_apply_protocol(ctx: Context) -> int:
    a = ctx.args
    trigger = validation.parse_date(a.trigger_date) if a.trigger_date else None
    with ctx.open_vault() as vault:
        task_ids = protocols.apply_protocol(vault, a.case_id, a.protocol_id, trigger)
    ctx.emit("\n".join(task_ids), {"task_ids": task_ids})
    return 0


def _date(text: str | None) -> Any:
    return validation.parse_date(text) if text else None


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


def cmd_handout(ctx: Context) -> int:
    """Record the document handed to her; say which Codice Rosso step it closed."""
    a = ctx.args
    with ctx.open_vault() as vault:
        given = handouts.record_handout(vault, a.id, a.document, a.lang, _date(a.date),
                                        tick_step=not a.keep_step_open)
        case = cases.get_case(vault, a.id, audit_read=False)
        step = next((t.title for t in protocols.list_tasks(vault, case_id=case.id)
                     if t.id == given.step_done), None)
    ctx.say("handout.recorded", ref=case.reference,
            document=translate(f"handout.document.{a.document}"),
            language=handouts.language_word(a.lang, current_language()))
    if step is not None:
        ctx.say("handout.step_done", title=step)
    ctx.emit("", {"note_id": given.note_id, "step_done": given.step_done})
    return 0


def cmd_case_erase(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        case = get_case(vault, ctx.args.case_id, audit_read=False)
        if not ctx.args.yes:
            ctx.say("erasure.summary", reference=case.reference,
                    counts=erased_in_words(erasure.held(vault, case.id)))
            return 2
        report = case_erasure.erase_case(vault, case.id)
    ctx.say("erasure.done", case=case.reference, detail=erased_in_words(report.counts))
    if report.cleanup_error:
        ctx.say("erasure.cleanup_failed", reason=report.cleanup_error)
    ctx.emit("", {"erased": case.id, "counts": report.counts,
                  "cleanup_error": report.cleanup_error})
    return 0
