"""Commands on the office's records: contacts, offices, cases, persons, notes, protocols."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from rete_desktop.cli import caserecord_commands
from rete_desktop.cli.context import (
    Context,
    command_group,
    one_line,
    read_file_arg,
    read_text_arg,
)
from rete_desktop.cli.render import (
    case_line,
    consent_words,
    emit_rows,
    indented,
    label,
    notes_with_amendments,
    one_of,
    plain,
)
from rete_desktop.domain import protocols as protocol_rules
from rete_desktop.domain import validation
from rete_desktop.domain.records import Consent, Task
from rete_desktop.domain.vocabulary import (
    CaseStatus,
    ChildExposure,
    NoteCategory,
    OfficeKind,
    PersonRole,
    RiskLevel,
    TaskStatus,
)
from rete_desktop.i18n import translate
from rete_desktop.storage import attachments, cases, notes, offices, protocols, search

NOTE_INDENT = " " * 6  # continuation lines of a note, under its header line


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("contact", parents=[common], help=translate("help.contact"))
    csub = p.add_subparsers(dest="contact_command", required=True)
    p = csub.add_parser("add", parents=[common], help=translate("help.contact.add"))
    p.add_argument("--name", required=True)
    p.add_argument("--office", metavar="OFFICE_ID")
    p.add_argument("--role", help=translate("help.contact.role"))
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--codice-fiscale")
    p.set_defaults(handler=cmd_contact_add)
    csub.add_parser("list", parents=[common], help=translate("help.contact.list")).set_defaults(
        handler=cmd_contact_list)
    p = csub.add_parser("show", parents=[common], help=translate("help.contact.show"))
    p.add_argument("id")
    p.set_defaults(handler=cmd_contact_show)

    p = sub.add_parser("office", parents=[common], help=translate("help.office"))
    osub = p.add_subparsers(dest="office_command", required=True)
    p = osub.add_parser("add", parents=[common], help=translate("help.office.add"))
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, help=one_of(OfficeKind))
    p.add_argument("--address")
    p.add_argument("--phone", action="append", default=[], help=translate("help.office.phone"))
    p.add_argument("--email", action="append", default=[], help=translate("help.office.email"))
    p.add_argument("--on-call-hours")
    p.set_defaults(handler=cmd_office_add)
    osub.add_parser("list", parents=[common], help=translate("help.office.list")).set_defaults(
        handler=cmd_office_list)

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
    p = ksub.add_parser("apply-protocol", parents=[common],
                        help=translate("help.case.apply_protocol"))
    p.add_argument("case_id")
    p.add_argument("protocol_id")
    p.add_argument("--trigger-date", metavar="YYYY-MM-DD", help=translate("help.case.trigger_date"))
    p.set_defaults(handler=cmd_apply_protocol)

    psub = command_group(sub, "person", common, translate("help.person"))
    p = psub.add_parser("add", parents=[common], help=translate("help.person.add"))
    p.add_argument("--case", required=True)
    p.add_argument("--role", required=True, help=one_of(PersonRole))
    p.add_argument("--name", required=True)
    p.add_argument("--birth-year")
    p.add_argument("--exposure", help=translate("help.person.exposure",
                                                  values=one_of(ChildExposure)))
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--codice-fiscale")
    p.set_defaults(handler=cmd_person_add)

    p = sub.add_parser("note", parents=[common], help=translate("help.note"))
    nsub = p.add_subparsers(dest="note_command", required=True)
    p = nsub.add_parser("add", parents=[common], help=translate("help.note.add"))
    p.add_argument("--case", required=True)
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text")
    src.add_argument("--file", help=translate("help.text_file"))
    p.add_argument("--category", default="other", help=one_of(NoteCategory))
    p.set_defaults(handler=cmd_note_add)
    p = nsub.add_parser("amend", parents=[common], help=translate("help.note.amend"))
    p.add_argument("note_id")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text")
    src.add_argument("--file", help=translate("help.text_file"))
    p.set_defaults(handler=cmd_note_amend)

    prsub = command_group(sub, "protocol", common, translate("help.protocol"))
    p = prsub.add_parser("import", parents=[common], help=translate("help.protocol.import"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_protocol_import)
    prsub.add_parser("list", parents=[common], help=translate("help.protocol.list")).set_defaults(
        handler=cmd_protocol_list)

    p = sub.add_parser("task", parents=[common], help=translate("help.task"))
    tsub = p.add_subparsers(dest="task_command", required=True)
    p = tsub.add_parser("list", parents=[common], help=translate("help.task.list"))
    p.add_argument("--overdue", action="store_true", help=translate("help.task.overdue"))
    p.add_argument("--case")
    p.set_defaults(handler=cmd_task_list)
    p = tsub.add_parser("done", parents=[common], help=translate("help.task.done"))
    p.add_argument("id")
    p.set_defaults(handler=cmd_task_done)

    p = sub.add_parser("search", parents=[common], help=translate("help.search"))
    p.add_argument("query")
    p.set_defaults(handler=cmd_search)


def cmd_contact_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = offices.add_contact(
            vault,
            a.name,
            office_id=a.office,
            role=a.role,
            phone=a.phone,
            email=a.email,
            codice_fiscale=a.codice_fiscale,
        )
    ctx.emit_id(new)
    return 0


def cmd_contact_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        contacts = offices.list_contacts(vault)
    emit_rows(ctx, [f"{c.id}  {c.name}  {c.role or ''}  {c.phone or ''}" for c in contacts],
              plain(contacts), "records.no_contacts")
    return 0


def cmd_contact_show(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        contact = offices.get_contact(vault, ctx.args.id)
    data = plain(contact)
    ctx.emit("\n".join(f"{k}: {v}" for k, v in data.items() if v), data)
    return 0


def cmd_office_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = offices.add_office(
            vault,
            a.name,
            a.kind,
            address=a.address,
            phones=a.phone,
            emails=a.email,
            on_call_hours=a.on_call_hours,
        )
    ctx.emit_id(new)
    return 0


def cmd_office_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = offices.list_offices(vault)
    emit_rows(ctx, [f"{o.id}  {label(o.kind):<20} {o.name}" for o in found], plain(found),
              "records.no_offices")
    return 0


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
            **caserecord_commands.record_data(vault, case),
        }
        lines = [case_line(case), "  " + _consent_line(case.consent, bool(data["sharing"]))]
        lines += [
            f"  {p.id}  [{label(p.role)}{'/' + label(p.exposure) if p.exposure else ''}]"
            f" {p.name} {p.birth_year or ''}".rstrip()
            for p in persons
        ]
        lines += caserecord_commands.record_lines(vault, case, persons)
    lines += [
        f"  {n.id}  {n.created:%Y-%m-%d %H:%M} {label(n.category)}: {'↳ ' if n.amends else ''}"
        + indented(n.text.strip(), NOTE_INDENT)
        for n in case_notes
    ]
    lines += [
        f"  {t.id}  {'☑' if t.status is TaskStatus.DONE else '☐'} {_due(t)} {one_line(t.title)}"
        + (f" ({label(t.owner_kind)})" if t.owner_kind else "")
        for t in tasks
    ]
    lines += [
        f"  {a.id}  📎 {a.name} ({attachments.format_size(a.size)})" for a in files
    ]
    ctx.emit("\n".join(lines), data)
    return 0


def _consent_line(consent: Consent, decisions: bool = False) -> str:
    """Who may receive the case and with what, as recorded (or that nothing was); with
    sharing decisions on other bases the case may still be sent, so it does not say otherwise."""
    if consent.recorded_on is None and not consent.share_with:
        return translate("records.consent_none_see_basis" if decisions
                         else "records.consent_none")
    text = translate("records.consent", date=consent.recorded_on.isoformat()
                     if consent.recorded_on else "-", **consent_words(consent))
    if consent.legal_basis:
        text += " " + translate("records.consent_legal_basis", basis=consent.legal_basis)
    return text


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


def cmd_apply_protocol(ctx: Context) -> int:
    a = ctx.args
    trigger = validation.parse_date(a.trigger_date) if a.trigger_date else None
    with ctx.open_vault() as vault:
        task_ids = protocols.apply_protocol(vault, a.case_id, a.protocol_id, trigger)
    ctx.emit("\n".join(task_ids), {"task_ids": task_ids})
    return 0


def cmd_person_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = cases.add_person(
            vault,
            a.case,
            a.role,
            a.name,
            birth_year=a.birth_year,
            exposure=a.exposure,
            phone=a.phone,
            address=a.address,
            codice_fiscale=a.codice_fiscale,
        )
    ctx.emit_id(new)
    return 0


def cmd_note_add(ctx: Context) -> int:
    text = read_text_arg(ctx.args.text, ctx.args.file)
    with ctx.open_vault() as vault:
        new = notes.add_note(vault, ctx.args.case, text, ctx.args.category)
    ctx.emit_id(new)
    return 0


def cmd_note_amend(ctx: Context) -> int:
    text = read_text_arg(ctx.args.text, ctx.args.file)
    with ctx.open_vault() as vault:
        new = notes.amend_note(vault, ctx.args.note_id, text)
    ctx.emit_id(new)
    return 0


def cmd_protocol_import(ctx: Context) -> int:
    """A protocol file, or a folder of them (the network's pack, a coordinator's update)."""
    folder = Path(ctx.args.file)
    if folder.is_dir():
        with ctx.open_vault() as vault:
            done = protocols.import_protocol_folder(vault, folder)
        ctx.say("protocol.folder_imported", stored=len(done.stored), unchanged=done.unchanged)
        ctx.emit("\n".join(done.stored), {"stored": list(done.stored),
                                          "unchanged": done.unchanged})
        return 0
    data = read_file_arg(ctx.args.file, protocol_rules.MAX_FILE_BYTES)
    with ctx.open_vault() as vault:
        new = protocols.import_protocol(vault, data)
    ctx.emit_id(new)
    return 0


def cmd_protocol_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = protocols.list_protocols(vault)
    emit_rows(ctx, [f"{pid}  {p.key}@{p.version}  {one_line(p.title)}" for pid, p in found],
              [{"id": pid, **p.to_json()} for pid, p in found], "records.no_protocols")
    return 0


def cmd_task_list(ctx: Context) -> int:
    today = date.today()
    with ctx.open_vault() as vault:
        tasks = protocols.list_tasks(
            vault, case_id=ctx.args.case, overdue_on=today if ctx.args.overdue else None
        )
        mine = offices.own_kind(vault)
    overdue, awaiting = translate("records.overdue"), translate("records.awaiting")
    width = max(len(overdue), len(awaiting))

    def flag(t: Task) -> str:
        return overdue if t.is_overdue(today, mine) else awaiting if t.is_awaited(mine) else ""

    rows = [
        f"{t.id}  {_due(t):<10} {flag(t):<{width}}"
        f" {label(t.status):<10} {label(t.owner_kind) if t.owner_kind else '-':<20}"
        f" {one_line(t.title)}"
        for t in tasks
    ]
    emit_rows(ctx, rows, [{**plain(t), "overdue": t.is_overdue(today, mine),
                           "awaiting": t.is_awaited(mine)} for t in tasks], "records.no_tasks")
    return 0


def _due(task: Task) -> str:
    """The due date as text: a ``date`` in an f-string width spec would go through strftime."""
    return task.due.isoformat() if task.due else "-"


def cmd_task_done(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        protocols.set_task_done(vault, ctx.args.id)
    ctx.say("records.task_done", id=ctx.args.id)
    return 0


def cmd_search(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        hits = search.search(vault, ctx.args.query)
    rows = [f"{h.kind:<8} {h.id}  {one_line(h.title)}  {one_line(h.snippet)}" for h in hits]
    emit_rows(ctx, rows, plain(hits), "records.no_hits")
    return 0
