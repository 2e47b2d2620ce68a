"""``rete packet``: export and import referral packets, the register, signed receipts, and
sending them by the transport set up (``send``, ``retry``, ``send-receipt``)."""

from __future__ import annotations

import argparse
import mimetypes
import re
from pathlib import Path
from typing import Any

from rete_desktop import messages
from rete_desktop.cli.context import Commands, Context, command_group, read_file_arg, source_arg
from rete_desktop.cli.lab_commands import report_import as report_lab_import
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput, TransportFailed
from rete_desktop.i18n import translate
from rete_desktop.lab import exchange
from rete_desktop.packets import receipts, referral
from rete_desktop.packets import register as reg
from rete_desktop.packets.archive import MAX_PACKET_SIZE
from rete_desktop.packets.directory import get_member
from rete_desktop.packets.packet import ReceivedPacket, SealedPacket, new_file_name, receive_any
from rete_desktop.storage import attachments as case_files
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.vault import Vault
from rete_desktop.transport import deliveries
from rete_desktop.transport import send as sending
from rete_desktop.transport.deliveries import Delivery
from rete_desktop.transport.inbox import all_stores


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    group = command_group(sub, "packet", common, translate("help.packet"))
    p = group.add_parser("export", parents=[common], help=translate("help.packet.export"))
    add_export_options(p)
    p.add_argument("--out", required=True, help=translate("help.packet.export.out"))
    p.set_defaults(handler=cmd_export)
    p = group.add_parser("import", parents=[common],
                         help=translate("help.packet.import"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_import)
    group.add_parser("list", parents=[common], help=translate("help.packet.list")
                     ).set_defaults(handler=cmd_list)
    p = group.add_parser("receipt", parents=[common], help=translate("help.packet.receipt"))
    p.add_argument("packet_id")
    p.add_argument("--out", required=True)
    p.add_argument("--from", dest="sender", metavar="OFFICE_ID",
                   help=translate("help.packet.receipt.from"))
    p.set_defaults(handler=cmd_receipt)
    p = group.add_parser("summary", parents=[common], help=translate("help.packet.summary"))
    p.add_argument("reference", metavar="PROTOCOL", help=translate("help.packet.summary.ref"))
    p.add_argument("--out", required=True, help=translate("help.packet.summary.out"))
    p.set_defaults(handler=cmd_summary)
    p = group.add_parser("import-receipt", parents=[common],
                         help=translate("help.packet.import_receipt"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_import_receipt)
    p = group.add_parser("send", parents=[common], help=translate("help.packet.send"))
    add_export_options(p)
    p.set_defaults(handler=cmd_send)
    group.add_parser("retry", parents=[common], help=translate("help.packet.retry")
                     ).set_defaults(handler=cmd_retry)
    p = group.add_parser("send-receipt", parents=[common],
                         help=translate("help.packet.send_receipt"))
    p.add_argument("packet_id")
    p.add_argument("--from", dest="sender", metavar="OFFICE_ID",
                   help=translate("help.packet.receipt.from"))
    p.set_defaults(handler=cmd_send_receipt)


def add_export_options(p: argparse.ArgumentParser) -> None:
    """What goes into a referral: shared by ``packet export`` and ``packet send``."""
    p.add_argument("--case", required=True)
    p.add_argument("--to", action="append", required=True, metavar="OFFICE_ID")
    p.add_argument("--notes", default="none", help=translate("help.packet.export.notes"))
    p.add_argument("--reason", help=translate("help.packet.export.reason"))
    p.add_argument("--action", help=translate("help.packet.export.action"))
    p.add_argument("--account", help=translate("help.packet.export.account"))
    p.add_argument("--safe-contact", help=translate("help.packet.export.safe_contact"))
    p.add_argument("--attach", action="append", default=[], metavar="FILE")
    p.add_argument("--attachments", default="none",
                   help=translate("help.packet.export.attachments"))


def draft_from_args(ctx: Context, vault: Vault) -> referral.ReferralDraft:
    """The referral the export options describe, checked against the consent."""
    return referral.prepare_referral(
        vault, ctx.args.case, ctx.args.to,
        notes_choice=referral.NoteChoice.parse(ctx.args.notes), reason=ctx.args.reason,
        requested_action=ctx.args.action, attachments=_attachments(ctx.args.attach),
        attachments_choice=referral.NoteChoice.parse(ctx.args.attachments),
        account=ctx.args.account, safe_contact=ctx.args.safe_contact,
    )


def _write(out: str, sealed: SealedPacket) -> Path:
    """Write to ``out``; a folder gets the packet's random ``rete-<hex>.age`` name."""
    path = Path(out)
    if path.is_dir():
        path = path / sealed.file_name
    write_atomic(path, sealed.data)
    return path


def _attachments(paths: list[str]) -> dict[str, tuple[str, bytes]]:
    found: dict[str, tuple[str, bytes]] = {}
    for raw in paths:
        name = re.sub(r"[^A-Za-z0-9._-]", "_", Path(raw).name).lstrip("._-")[:100] or "file"
        if name in found or name in (referral.CASE_PART, referral.SUMMARY_PART):
            raise BadInput("packet.bad_part_name", part=name)
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        found[name] = (media_type, read_file_arg(raw, case_files.MAX_ATTACHMENT_SIZE))
    return found


def cmd_export(ctx: Context) -> int:
    """Sealed straight into the file (streamed: a 25 MB attachment is never held whole)."""
    path = Path(ctx.args.out)
    if path.is_dir():
        path = path / new_file_name()
    with ctx.open_vault() as vault:
        packet_id, protocol = referral.seal_referral_to(vault, draft_from_args(ctx, vault), path)
    ctx.say("packet.exported", file=str(path), protocol=protocol)
    ctx.emit(packet_id, {"id": packet_id, "packet_id": packet_id, "file": str(path),
                         "protocol": protocol})
    return 0


def cmd_import(ctx: Context) -> int:
    """Any packet, filed by its kind: referral, receipt, or laboratorio document."""
    source = source_arg(ctx.args.file, MAX_PACKET_SIZE)
    with ctx.open_vault() as vault:
        stores, lab = all_stores(vault)
        received = receive_any(vault, source, stores)
        kind = received.packet.manifest.kind
        acknowledged = _acknowledged_protocol(vault, received) if kind == receipts.KIND else ""
    if kind == referral.KIND:
        _report_referral(ctx, received)
    elif kind == receipts.KIND:
        _report_receipt(ctx, received, acknowledged)
    else:
        report_lab_import(ctx, exchange.lab_import(received, lab))
    return 0


def _report_referral(ctx: Context, received: ReceivedPacket) -> None:
    sender = received.packet.sender
    ctx.say("packet.imported", sender=sender.name, protocol=received.protocol)
    ctx.emit(received.case_id or "", {
        "kind": referral.KIND, "packet_id": received.packet.manifest.packet_id,
        "case_id": received.case_id, "sender": sender.office_id, "sender_name": sender.name,
        "protocol": received.protocol,
    })


def _names(vault: Vault, office_ids: tuple[str, ...]) -> list[str]:
    return [(m.name if (m := get_member(vault, o)) else o) for o in office_ids]


def _status_text(entry: reg.RegisterEntry) -> str:
    """The status in words: receipts received out of expected, overdue, receipt sent."""
    if entry.direction == reg.SENT and entry.kind in reg.ACK_EXPECTED:
        counts: dict[str, Any] = {"acked": len(entry.acknowledged_by),
                                  "total": len(entry.counterparts)}
        if entry.status == reg.ACKNOWLEDGED:
            return translate("packet.status.acknowledged_by_all", **counts)
        if entry.overdue:
            return translate("packet.status.receipts_overdue", days=reg.ACK_DUE_AFTER.days,
                             **counts)
        return translate("packet.status.receipts", **counts)
    if entry.direction == reg.RECEIVED and entry.kind in reg.ACK_EXPECTED:
        return translate("packet.status.receipt_sent" if entry.status == reg.ACKNOWLEDGED
                         else "packet.status.receipt_to_send")
    # the Italian participle agrees with the kind (la ricevuta registrata, il verbale registrato)
    by_kind = f"packet.status.{entry.direction}.{entry.kind}"
    return translate(by_kind if by_kind in messages.CATALOG else f"packet.status.{entry.direction}")


def _deliveries_text(vault: Vault, entry: reg.RegisterEntry) -> str:
    """`` (CAV: delivered; Servizi: sending failed)`` for a packet sent by a transport."""
    if entry.direction != reg.SENT:
        return ""
    states = []
    for d in deliveries.list_deliveries(vault, entry.packet_id):
        state = translate(f"transport.state.{deliveries.shown_state(d, entry.acknowledged_by)}")
        states.append(f"{_names(vault, (d.recipient,))[0]}: {state}")
    return f" ({'; '.join(states)})" if states else ""


def _register_table(vault: Vault, entries: list[reg.RegisterEntry]) -> str:
    """The register under a header row, columns padded (the packet id last)."""
    columns = ("protocol", "date", "direction", "kind", "counterpart", "status", "packet")
    table = [[translate(f"packet.column.{c}") for c in columns]]
    table += [[
        e.protocol, e.recorded.date().isoformat(), translate(f"packet.direction.{e.direction}"),
        translate(f"packet.kind.{e.kind}"), ", ".join(_names(vault, e.counterparts)),
        _status_text(e) + _deliveries_text(vault, e), e.packet_id,
    ] for e in entries]
    widths = [max(len(row[i]) for row in table) for i in range(len(columns) - 1)]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
        for row in table
    )


def cmd_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        entries = reg.list_register(vault)
        rows: list[dict[str, Any]] = [{
            "protocol": e.protocol, "date": e.recorded.isoformat(), "direction": e.direction,
            "kind": e.kind, "packet_id": e.packet_id, "counterparts": list(e.counterparts),
            "counterpart_names": _names(vault, e.counterparts), "case_id": e.case_id,
            "in_reply_to": e.in_reply_to, "status": e.status,
            "acknowledged_by": list(e.acknowledged_by), "overdue": e.overdue,
            "deliveries": [d.to_json(e.acknowledged_by)
                           for d in deliveries.list_deliveries(vault, e.packet_id)]
            if e.direction == reg.SENT else [],
        } for e in entries]
        text = _register_table(vault, entries) if entries else ""
    if not rows and not ctx.json:
        ctx.say("packet.register_empty")
    ctx.emit(text, rows)
    return 0


def cmd_receipt(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        sealed = receipts.make_receipt(vault, ctx.args.packet_id, ctx.args.sender)
    path = _write(ctx.args.out, sealed)
    ctx.say("packet.receipt_written", file=str(path))
    ctx.emit(sealed.packet_id, {"id": sealed.packet_id, "file": str(path)})
    return 0


def cmd_summary(ctx: Context) -> int:
    """Write a received referral's signed summary where the user asked (plaintext: audited as
    an export, and the message says to delete it)."""
    with ctx.open_vault() as vault:
        summary = referral.received_summary(vault, ctx.args.reference)
        data = case_files.attachment_data(vault, summary.id,
                                          audit=AuditAction.ATTACHMENT_EXPORT)
    write_atomic(Path(ctx.args.out), data)
    ctx.say("packet.summary_written", file=ctx.args.out)
    ctx.emit(ctx.args.out, {"file": ctx.args.out, "attachment_id": summary.id,
                            "case_id": summary.case_id})
    return 0


def cmd_import_receipt(ctx: Context) -> int:
    source = source_arg(ctx.args.file, MAX_PACKET_SIZE)
    with ctx.open_vault() as vault:
        received = receipts.import_receipt(vault, source)
        acknowledged = _acknowledged_protocol(vault, received)
    _report_receipt(ctx, received, acknowledged)
    return 0


def _acknowledged_protocol(vault: Vault, received: ReceivedPacket) -> str:
    """Our protocol number of the packet a receipt acknowledges (the user knows it by that)."""
    return reg.get_entry(vault, received.packet.manifest.in_reply_to or "", reg.SENT).protocol


def _report_receipt(ctx: Context, received: ReceivedPacket, acknowledged: str) -> None:
    manifest = received.packet.manifest
    ctx.say("packet.receipt_imported", sender=received.packet.sender.name,
            referral=acknowledged)
    ctx.emit(manifest.packet_id, {"kind": receipts.KIND, "packet_id": manifest.in_reply_to,
                                  "receipt_packet_id": manifest.packet_id,
                                  "sender": received.packet.sender.office_id,
                                  "protocol": received.protocol,
                                  "referral_protocol": acknowledged})


# --- packets that leave by the transport (rete transport mail|folder) ------------------------


def _office_name(vault: Vault, office_id: str) -> str:
    member = get_member(vault, office_id)
    return member.name if member else office_id


def _report_sent(ctx: Context, vault: Vault, sent: list[Delivery]) -> list[dict[str, Any]]:
    rows = []
    for d in sent:
        protocol = reg.get_entry(vault, d.packet_id, reg.SENT).protocol
        office = _office_name(vault, d.recipient)
        if d.state == deliveries.FAILED:
            ctx.say("transport.send_failed", protocol=protocol, office=office,
                    reason=d.reason_text())
        else:
            ctx.say("transport.sent", protocol=protocol, office=office,
                    state=translate(f"transport.state.{d.state}"),
                    way=translate(f"transport.way.{d.way}"))
        rows.append({"packet_id": d.packet_id, "protocol": protocol, "recipient_name": office,
                     **d.to_json(())})
    return rows


def cmd_send(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        draft = draft_from_args(ctx, vault)
        recipients = [m.office_id for m in draft.members]
        for office_id in recipients:  # refuse before sealing when a recipient has no way
            sending.choose_way(vault, office_id)
        sealed, protocol = referral.seal_referral(vault, draft)
        sent = sending.send_packet(vault, sealed.packet_id, recipients)
        rows = _report_sent(ctx, vault, sent)
    ctx.emit(sealed.packet_id, {"id": sealed.packet_id, "packet_id": sealed.packet_id,
                                "protocol": protocol, "deliveries": rows})
    return _exit(sent)


def _exit(sent: list[Delivery]) -> int:
    """0 when every delivery left; the transport failure code when one is waiting to retry."""
    return TransportFailed.exit_code if any(d.state == deliveries.FAILED for d in sent) else 0


def cmd_retry(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        sent = sending.retry(vault)
        rows = _report_sent(ctx, vault, sent)
    if not sent and not ctx.json:
        ctx.say("transport.nothing_to_retry")
    ctx.emit("", rows)
    return _exit(sent)


def cmd_send_receipt(ctx: Context) -> int:
    """``packet receipt`` that leaves by the sender's way instead of a file."""
    with ctx.open_vault() as vault:
        sealed = receipts.make_receipt(vault, ctx.args.packet_id, ctx.args.sender)
        entry = reg.get_entry(vault, sealed.packet_id, reg.SENT)
        sent = sending.send_packet(vault, sealed.packet_id, list(entry.counterparts))
        rows = _report_sent(ctx, vault, sent)
    ctx.emit(sealed.packet_id, {"id": sealed.packet_id, "deliveries": rows})
    return _exit(sent)
