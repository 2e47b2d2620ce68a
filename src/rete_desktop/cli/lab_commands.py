"""``rete lab``: the laboratorio distrettuale (case items, agenda, minutes, actions)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rete_desktop.cli.context import (
    Commands,
    Context,
    command_group,
    one_line,
    read_text_arg,
    source_arg,
)
from rete_desktop.cli.render import emit_rows, indented, plain
from rete_desktop.domain import validation
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.i18n import current_language, translate
from rete_desktop.lab import chair, exchange, items, links, meeting
from rete_desktop.lab.pseudonymise import REDACTED, document_json
from rete_desktop.messages import vocabulary
from rete_desktop.packets.archive import MAX_PACKET_SIZE
from rete_desktop.reports.lab_pdf import item_rows
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    group = command_group(sub, "lab", common, translate("help.lab"))
    p = group.add_parser("item", parents=[common],
                         help=translate("help.lab.item"))
    p.add_argument("--case", required=True)
    text = p.add_mutually_exclusive_group()
    text.add_argument("--request", help=translate("help.lab.item.request"))
    text.add_argument("--request-file", help=translate("help.lab.item.request_file"))
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--show", action="store_true", help=translate("help.lab.item.show"))
    mode.add_argument("--to", metavar="CHAIR_OFFICE_ID")
    p.add_argument("--out", help=translate("help.lab.item.out"))
    p.add_argument("--confirm-reviewed", action="store_true",
                   help=translate("help.lab.item.confirm_reviewed"))
    p.set_defaults(handler=cmd_item)

    p = group.add_parser("import", parents=[common], help=translate("help.lab.import"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_import)
    group.add_parser("items", parents=[common], help=translate("help.lab.items")
                     ).set_defaults(handler=cmd_items)
    p = group.add_parser("link", parents=[common], help=translate("help.lab.link"))
    p.add_argument("items", nargs=2, metavar="ITEM_ID")
    p.add_argument("--reason", required=True, help=translate("help.lab.link.reason"))
    p.set_defaults(handler=cmd_link)
    p = group.add_parser("unlink", parents=[common], help=translate("help.lab.unlink"))
    p.add_argument("items", nargs=2, metavar="ITEM_ID")
    p.set_defaults(handler=cmd_unlink)

    p = group.add_parser("agenda", parents=[common], help=translate("help.lab.agenda"))
    p.add_argument("--date", required=True)
    p.add_argument("--to", action="append", required=True, metavar="OFFICE_ID")
    p.add_argument("--out", required=True)
    p.add_argument("--pdf")
    _detail_options(p)
    p.set_defaults(handler=cmd_agenda)

    p = group.add_parser("details", parents=[common], help=translate("help.lab.details"))
    p.add_argument("--meeting", required=True)
    _detail_options(p)
    p.set_defaults(handler=cmd_details)

    p = group.add_parser("present", parents=[common], help=translate("help.lab.present"))
    p.add_argument("--meeting", required=True)
    p.add_argument("--office", action="append", default=[], metavar="OFFICE_ID",
                   help=translate("help.lab.present.office"))
    p.add_argument("--chair-absent", action="store_true",
                   help=translate("help.lab.present.chair_absent"))
    p.set_defaults(handler=cmd_present)

    p = group.add_parser("decision", parents=[common], help=translate("help.lab.decision"))
    dsub = p.add_subparsers(dest="decision_command", required=True)
    p = dsub.add_parser("add", parents=[common], help=translate("help.lab.decision.add"))
    p.add_argument("--meeting", required=True)
    p.add_argument("--item", help=translate("help.lab.decision.item"))
    p.add_argument("--text", required=True)
    p.set_defaults(handler=cmd_decision_add)

    p = group.add_parser("action", parents=[common], help=translate("help.lab.action"))
    asub = p.add_subparsers(dest="action_command", required=True)
    p = asub.add_parser("add", parents=[common], help=translate("help.lab.action.add"))
    p.add_argument("--meeting", required=True)
    p.add_argument("--item")
    p.add_argument("--owner", required=True, metavar="OFFICE_ID")
    p.add_argument("--due")
    p.add_argument("--title", required=True)
    p.set_defaults(handler=cmd_action_add)
    p = asub.add_parser("list", parents=[common], help=translate("help.lab.action.list"))
    p.add_argument("--mine", action="store_true", help=translate("help.lab.action.mine"))
    p.add_argument("--open", action="store_true", help=translate("help.lab.action.open"))
    p.add_argument("--meeting")
    p.set_defaults(handler=cmd_action_list)

    p = group.add_parser("minutes", parents=[common], help=translate("help.lab.minutes"))
    p.add_argument("--meeting", required=True)
    p.add_argument("--to", action="append", required=True, metavar="OFFICE_ID")
    p.add_argument("--out", required=True)
    p.add_argument("--pdf")
    p.set_defaults(handler=cmd_minutes)

    p = group.add_parser("action-done", parents=[common], help=translate("help.lab.action_done"))
    p.add_argument("action_id")
    p.add_argument("--out", help=translate("help.lab.action_done.out"))
    p.set_defaults(handler=cmd_action_done)

    group.add_parser("meetings", parents=[common], help=translate("help.lab.meetings")
                     ).set_defaults(handler=cmd_meetings)
    p = group.add_parser("show", parents=[common], help=translate("help.lab.show"))
    p.add_argument("meeting_id")
    p.set_defaults(handler=cmd_show)


def _write(ctx: Context, out: str, data: bytes, file_name: str | None = None) -> None:
    path = Path(out)
    if file_name and path.is_dir():
        path = path / file_name
    write_atomic(path, data)
    ctx.say("lab.written", path=str(path))


def cmd_item(ctx: Context) -> int:
    a = ctx.args
    request = "" if a.request is None and a.request_file is None else read_text_arg(
        a.request, a.request_file, 20_000)
    with ctx.open_vault() as vault:
        if a.show:
            draft = items.prepare_item(vault, a.case, request)
            summary = draft.summary
            redacted = summary["request"].count(REDACTED)
            if redacted:
                ctx.say("lab.redacted", count=redacted)
            if draft.flags:
                ctx.say("lab.flags", flags="; ".join(f"«{f}»" for f in draft.flags))
            if ctx.json:
                sys.stdout.write(document_json(summary).decode("utf-8") + "\n")
            else:
                print("\n".join(f"{label}: {value}"
                                for label, value in item_rows(summary, current_language())))
            return 0
        if a.to == load_identity(vault).office_id:
            ctx.emit_id(items.queue_own_item(vault, a.case, request,
                                             reviewed=a.confirm_reviewed))
            return 0
        if not a.out:
            print("rete lab item: --out is required with --to", file=sys.stderr)
            return 2
        sealed = exchange.send_item(vault, a.case, a.to, request, reviewed=a.confirm_reviewed)
    _write(ctx, a.out, sealed.data, sealed.file_name)
    ctx.emit_id(sealed.packet_id)
    return 0


def cmd_import(ctx: Context) -> int:
    source = source_arg(ctx.args.file, MAX_PACKET_SIZE)  # a file is read as a stream
    with ctx.open_vault() as vault:
        result = exchange.import_lab_packet(vault, source)
    report_import(ctx, result)
    return 0


def report_import(ctx: Context, result: exchange.LabImport) -> None:
    """What arrived and what to do next (stderr); ``kind id`` or the JSON (stdout)."""
    message_id, params = result.message()
    ctx.say(message_id, **params)
    ctx.emit(f"{result.kind} {result.ref_id}", {
        "kind": result.kind, "packet_id": result.packet_id, "sender": result.sender,
        "id": result.ref_id, "my_actions": list(result.my_actions),
    })


def _risk(value: str) -> str:
    return vocabulary.label("RiskLevel", value, current_language())


def _action_status(value: str) -> str:
    return vocabulary.label("TaskStatus", value, current_language())


def _office_name(vault: Vault, office_id: str) -> str:
    try:
        return meeting.office_ref(vault, office_id)["name"]
    except NotFound:
        return office_id


def cmd_items(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        pending = items.pending_items(vault)
        chair_links = links.linked_pairs(vault)
        same = {i.id: items.same_case(i, pending, chair_links) for i in pending}

        def linked(item: items.Item) -> str:
            codes = ", ".join(o.case_code for o in same[item.id])
            return f"  = {translate('lab.same_case', codes=codes)}" if codes else ""

        emit_rows(
            ctx,
            [f"{i.id}  {i.case_code}  {_risk(i.summary['risk']):<6}  "
             f"{_office_name(vault, i.sender_office_id)}{linked(i)}" for i in pending],
            [{"id": i.id, "case_code": i.case_code, "sender": i.sender_office_id,
              "summary": i.summary, "same_case_as": [o.id for o in same[i.id]]}
             for i in pending],
            "lab.no_pending_items",
        )
    return 0


def cmd_link(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        first, second = ctx.args.items
        made = links.link(vault, first, second, ctx.args.reason)
    ctx.say("lab.linked", a=made.item_a, b=made.item_b)
    return 0


def cmd_unlink(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        links.unlink(vault, *ctx.args.items)
    ctx.say("lab.unlinked", a=ctx.args.items[0], b=ctx.args.items[1])
    return 0


def _detail_options(p: argparse.ArgumentParser) -> None:
    """Time, place, chair, verbalizzante, representatives, urgencies, prevention actions."""
    p.add_argument("--time", metavar="HH:MM", help=translate("help.lab.details.time"))
    p.add_argument("--place", help=translate("help.lab.details.place"))
    p.add_argument("--chair-person", metavar="NAME",
                   help=translate("help.lab.details.chair_person"))
    p.add_argument("--secretary", metavar="NAME", help=translate("help.lab.details.secretary"))
    p.add_argument("--representative", action="append", metavar="OFFICE_ID=NAMES",
                   help=translate("help.lab.details.representative"))
    p.add_argument("--urgent", action="append", metavar="ITEM_ID",
                   help=translate("help.lab.details.urgent"))
    p.add_argument("--prevention", action="append", metavar="TEXT",
                   help=translate("help.lab.details.prevention"))


def _apply_details(vault: Vault, meeting_id: str, a: argparse.Namespace) -> None:
    people = None
    if a.representative is not None:
        people = {}
        for entry in a.representative:
            office_id, sep, names = entry.partition("=")
            if not sep or not office_id.strip():
                raise BadInput("lab.bad_representative", value=entry)
            people[office_id.strip()] = names
    chair.set_details(vault, meeting_id, time=a.time, place=a.place,
                        chair_person=a.chair_person, secretary=a.secretary,
                        representatives=people, urgent=a.urgent, prevention=a.prevention)


def cmd_details(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        _apply_details(vault, ctx.args.meeting, ctx.args)
    ctx.say("lab.details_recorded")
    return 0


def cmd_agenda(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        meeting_id = chair.create_agenda(vault, validation.parse_date(a.date), a.to)
        _apply_details(vault, meeting_id, a)
        sealed, pdf = exchange.send_agenda(vault, meeting_id, a.to)
    _write(ctx, a.out, sealed.data, sealed.file_name)
    if a.pdf:
        _write(ctx, a.pdf, pdf)
    ctx.emit_id(meeting_id)
    return 0


def cmd_present(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        chair.set_present(vault, ctx.args.meeting, ctx.args.office,
                            chair_absent=ctx.args.chair_absent)
        present = meeting.attendees(vault, ctx.args.meeting, present_only=True)
        when = meeting.get_meeting(vault, ctx.args.meeting).meeting_date
    ctx.say("lab.present_recorded", date=when.isoformat(), count=len(present),
            names=", ".join(o["name"] for o in present) or "-")
    return 0


def cmd_decision_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        _emit_recorded(ctx, chair.add_decision(vault, a.meeting, a.text, a.item))
    return 0


def _emit_recorded(ctx: Context, recorded: meeting.Recorded) -> None:
    if recorded.removed:
        ctx.say("lab.names_removed", count=len(recorded.removed),
                values=", ".join(f"«{v}»" for v in recorded.removed))
    ctx.emit_id(recorded.id)


def cmd_action_add(ctx: Context) -> int:
    a = ctx.args
    due = validation.parse_date(a.due) if a.due else None
    with ctx.open_vault() as vault:
        _emit_recorded(ctx, chair.add_action(vault, a.meeting, a.title, a.owner, due, a.item))
    return 0


def cmd_action_list(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        actions = meeting.list_actions(vault, meeting_id=a.meeting, mine=a.mine,
                                       open_only=a.open)
        names = {x.owner_office_id: _office_name(vault, x.owner_office_id) for x in actions}
    ctx.emit(
        "\n".join(f"{x.id}  {x.due or '-'}  {_action_status(x.status):<8}  "
                  f"{x.case_code or '-'}  {one_line(x.title)}  ({names[x.owner_office_id]})"
                  for x in actions),
        plain(actions),
    )
    return 0


def cmd_minutes(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        sealed, pdf = exchange.send_minutes(vault, a.meeting, a.to)
    _write(ctx, a.out, sealed.data, sealed.file_name)
    if a.pdf:
        _write(ctx, a.pdf, pdf)
    ctx.emit_id(sealed.packet_id)
    return 0


def cmd_action_done(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        action = meeting.get_action(vault, ctx.args.action_id)
        chair = meeting.get_meeting(vault, action.meeting_id).chair_office_id
        if chair != load_identity(vault).office_id and not ctx.args.out:
            print("rete lab action-done: --out is required (the update goes to the chair)",
                  file=sys.stderr)
            return 2
        sealed = exchange.send_action_done(vault, ctx.args.action_id)
    if sealed is not None:
        _write(ctx, ctx.args.out, sealed.data, sealed.file_name)
    ctx.emit(ctx.args.action_id, {"id": ctx.args.action_id,
                                  "packet_id": sealed.packet_id if sealed else None})
    return 0


def cmd_meetings(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        meetings = meeting.list_meetings(vault)
    ctx.emit(
        "\n".join(f"{m.id}  {m.meeting_date}  {translate('lab.role.' + m.role)}  "
                  f"{translate('lab.stage.' + m.status)}  {m.network_name}"
                  for m in meetings),
        plain(meetings),
    )
    return 0


def cmd_show(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        doc = meeting.stored_document(vault, ctx.args.meeting_id)
        stage = meeting.get_meeting(vault, ctx.args.meeting_id).status
        actions = {a.id: a for a in meeting.list_actions(vault, meeting_id=ctx.args.meeting_id)}
    ctx.emit("\n".join(meeting_lines(doc, stage, actions)), doc)
    return 0


def meeting_lines(
    doc: dict[str, Any], stage: str, actions: dict[str, meeting.Action]
) -> list[str]:
    """An agenda or minutes as a reader wants it: offices, then each item with its summary,
    decisions and actions (status as recorded in this vault), then the general ones."""
    lines = [translate("lab.show.title", network=doc["network"], date=doc["date"],
                       stage=translate(f"lab.stage.{stage}")),
             translate("lab.show.chair", name=doc["chair"]["name"])]
    offices = doc.get("offices", []) + doc.get("present", []) + doc.get("absent", [])
    names = {o["office_id"]: o["name"] for o in offices}
    for key in ("offices", "present", "absent"):
        if key in doc:
            listed = ", ".join(o["name"] for o in doc[key]) or "-"
            lines.append(translate(f"lab.show.{key}", names=listed))
    lines += ["", translate("lab.show.items")]
    if not doc["items"]:
        lines.append("  " + translate("lab.show.no_items"))
    for entry in doc["items"]:
        summary = entry["summary"]
        lines.append(translate("lab.show.item", position=entry["position"],
                               code=summary["case_code"],
                               sender=names.get(entry["sender_office_id"],
                                                entry["sender_office_id"])))
        lines += [f"   {label}: {indented(value, '     ')}"
                  for label, value in item_rows(summary, current_language())]
        lines += _outcomes(doc, entry["item_id"], names, actions, "   ")
    general = _outcomes(doc, None, names, actions, "   ")
    if general:
        lines += ["", translate("lab.show.general"), *general]
    return lines


def _outcomes(
    doc: dict[str, Any], item_id: str | None, names: dict[str, str],
    actions: dict[str, meeting.Action], indent: str,
) -> list[str]:
    """Decisions and actions of the minutes about one item (None: the general ones)."""
    lines = []
    decisions = [d for d in doc.get("decisions", []) if d["item_id"] == item_id]
    if decisions:
        lines.append(indent + translate("lab.show.decisions"))
        lines += [f"{indent}- {indented(d['text'], indent + '  ')}" for d in decisions]
    listed = [a for a in doc.get("actions", []) if a["item_id"] == item_id]
    if listed:
        lines.append(indent + translate("lab.show.actions"))
    for a in listed:
        local = actions.get(a["action_id"])
        status, done_on = (local.status, local.done_on) if local else (a["status"], None)
        state = (translate("lab.show.done_on", date=done_on.isoformat()) if done_on
                 else _action_status(status))
        lines.append(translate(
            "lab.show.action", indent=indent, title=a["title"],
            owner=names.get(a["owner_office_id"], a["owner_office_id"]),
            due=translate("lab.show.due", date=a["due"]) if a["due"]
            else translate("lab.show.no_due"), status=state))
    return lines
