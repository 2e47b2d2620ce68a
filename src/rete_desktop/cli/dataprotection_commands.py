"""Data-protection duties: access export, retention review, erasure, processing register."""

from __future__ import annotations

import argparse
from pathlib import Path

from rete_desktop.cli.context import Context, command_group
from rete_desktop.cli.render import label
from rete_desktop.domain import access_scope
from rete_desktop.i18n import translate
from rete_desktop.messages.dataprotection import erased_in_words
from rete_desktop.storage import erasure, retention, subject_access
from rete_desktop.storage.atomic import make_private_dir, write_atomic
from rete_desktop.storage.cases import get_case


def _years(text: str) -> int | None:
    """``N`` years, or ``none`` for "never due"."""
    return None if text.lower() in ("none", "never", "mai") else int(text)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = command_group(sub, "person", common, translate("help.person")).add_parser(
        "export", parents=[common], help=translate("help.person.export"))
    p.add_argument("person_id")
    p.add_argument("--out", required=True, help=translate("help.person.export.out"))
    p.add_argument("--lang", choices=("it", "en"))
    p.add_argument("--restricted", action="store_true",
                   help=translate("help.person.export.restricted"))
    p.add_argument("--release", action="append", default=[], metavar="SECTION[,SECTION]",
                   help=translate("help.person.export.release",
                                  sections=", ".join(access_scope.ALL_SECTIONS)))
    p.add_argument("--reason", default="", help=translate("help.person.export.reason"))
    p.set_defaults(handler=cmd_person_export)

    p = command_group(sub, "case", common, translate("help.case")).add_parser(
        "erase", parents=[common], help=translate("help.case.erase"))
    p.add_argument("case_id")
    p.add_argument("--yes", action="store_true", help=translate("help.case.erase.yes"))
    p.set_defaults(handler=cmd_case_erase)

    rsub = command_group(sub, "retention", common, translate("help.retention"))
    rsub.add_parser("review", parents=[common], help=translate("help.retention.review")
                    ).set_defaults(handler=cmd_retention_review)
    p = rsub.add_parser("policy", parents=[common], help=translate("help.retention.policy"))
    for status in ("closed", "monitoring", "open"):
        p.add_argument(f"--{status}-years", type=_years, default=argparse.SUPPRESS,
                       metavar="N|none")
    p.set_defaults(handler=cmd_retention_policy)

    p = sub.add_parser("processing-register", parents=[common],
                       help=translate("help.processing_register"))
    p.add_argument("--out", required=True)
    p.add_argument("--lang", choices=("it", "en"))
    p.set_defaults(handler=cmd_processing_register)


def cmd_person_export(ctx: Context) -> int:
    from rete_desktop.reports.subject_access_pdf import subject_access_pdf  # reportlab: slow

    out = Path(ctx.args.out)
    release = [s for value in ctx.args.release for s in value.split(",")]
    with ctx.open_vault() as vault:
        scope = subject_access.scope_for(vault, ctx.args.person_id,
                                         restricted=ctx.args.restricted, release=release,
                                         reason=ctx.args.reason)
        access = subject_access.collect(vault, ctx.args.person_id, scope, ctx.args.lang)
    make_private_dir(out)
    json_path = out / f"person-{access.person.id}.json"
    pdf_path = out / f"person-{access.person.id}.pdf"
    write_atomic(json_path, access.to_json_bytes())
    write_atomic(pdf_path, subject_access_pdf(access, ctx.args.lang))
    for message_id, params in subject_access.export_said(access, str(pdf_path), str(json_path)):
        ctx.say(message_id, **params)
    ctx.emit("", {"pdf": str(pdf_path), "json": str(json_path), "scope": access.scope.value,
                  "withheld": list(access.withheld), "released": list(access.released)})
    return 0


def cmd_case_erase(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        case = get_case(vault, ctx.args.case_id, audit_read=False)
        if not ctx.args.yes:
            ctx.say("erasure.summary", reference=case.reference,
                    counts=erased_in_words(erasure.held(vault, case.id)))
            return 2
        report = erasure.erase_case(vault, case.id)
    ctx.say("erasure.done", case=case.reference, detail=erased_in_words(report.counts))
    if report.cleanup_error:
        ctx.say("erasure.cleanup_failed", reason=report.cleanup_error)
    ctx.emit("", {"erased": case.id, "counts": report.counts,
                  "cleanup_error": report.cleanup_error})
    return 0


def cmd_retention_review(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        items = retention.review_list(vault)
    lines = "\n".join(
        f"{i.case_id}  {i.reference}  {label(i.status):<12} {i.since}  {i.due_on}" for i in items
    )
    ctx.emit(lines, [
        {"case_id": i.case_id, "reference": i.reference, "status": i.status.value,
         "since": i.since.isoformat(), "due_on": i.due_on.isoformat()} for i in items
    ])
    if items and not ctx.json:
        ctx.say("retention.due_count", count=len(items))
    elif not ctx.json:
        ctx.say("retention.none_due")
    return 0


def cmd_retention_policy(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        current = retention.get_policy(vault).as_json()
        changes = {s: getattr(ctx.args, f"{s}_years") for s in current
                   if hasattr(ctx.args, f"{s}_years")}
        policy = retention.RetentionPolicy.from_json({**current, **changes})
        if changes:
            retention.set_policy(vault, policy)
    never = translate("retention.never")
    shown = {k: never if v is None else v for k, v in policy.as_json().items()}
    ctx.emit(translate("retention.policy", **shown), policy.as_json())
    return 0


def cmd_processing_register(ctx: Context) -> int:
    from rete_desktop.reports.processing_register_pdf import processing_register

    out = Path(ctx.args.out)
    with ctx.open_vault() as vault:
        pdf = processing_register(vault, ctx.args.lang)
    write_atomic(out, pdf)
    ctx.say("register.written", path=str(out))
    return 0
