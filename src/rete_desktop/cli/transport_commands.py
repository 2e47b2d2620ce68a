"""``rete transport`` and ``rete inbox``: how packets travel by themselves (e-mail/PEC, shared
folder, USB) and what arrived (sending them is ``rete packet send|retry|send-receipt``)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from rete_desktop.cli.context import Commands, Context, command_group
from rete_desktop.errors import BadInput
from rete_desktop.i18n import translate
from rete_desktop.storage.identity import load_identity
from rete_desktop.transport import inbox, receive, settings
from rete_desktop.transport import mail as mail_way


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    group = command_group(sub, "transport", common, translate("help.transport"))
    p = group.add_parser("mail", parents=[common], help=translate("help.transport.mail"))
    p.add_argument("--address", required=True, help=translate("help.transport.mail.address"))
    p.add_argument("--imap-host", required=True)
    p.add_argument("--imap-port", type=int, required=True)
    p.add_argument("--smtp-host", required=True)
    p.add_argument("--smtp-port", type=int, required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--starttls", action="store_true",
                   help=translate("help.transport.mail.starttls"))
    p.add_argument("--ca-file", help=translate("help.transport.mail.ca_file"))
    p.add_argument("--max-message-size", type=int, default=settings.DEFAULT_MAX_MESSAGE_SIZE,
                   metavar="BYTES", help=translate("help.transport.mail.max_size"))
    p.add_argument("--pec", action="store_true", help=translate("help.transport.mail.pec"))
    p.add_argument("--no-check", action="store_true",
                   help=translate("help.transport.mail.no_check"))
    p.set_defaults(handler=cmd_mail)
    p = group.add_parser("folder", parents=[common], help=translate("help.transport.folder"))
    p.add_argument("--inbox", required=True, help=translate("help.transport.folder.inbox"))
    p.add_argument("--outbox", required=True, help=translate("help.transport.folder.outbox"))
    p.add_argument("--name", help=translate("help.transport.folder.name"))
    p.set_defaults(handler=cmd_folder)
    group.add_parser("show", parents=[common], help=translate("help.transport.show")
                     ).set_defaults(handler=cmd_show)

    inbox_group = command_group(sub, "inbox", common, translate("help.inbox"))
    inbox_group.add_parser("fetch", parents=[common], help=translate("help.inbox.fetch")
                           ).set_defaults(handler=cmd_fetch)
    inbox_group.add_parser("list", parents=[common], help=translate("help.inbox.list")
                           ).set_defaults(handler=cmd_inbox_list)


def cmd_mail(ctx: Context) -> int:
    a = ctx.args
    account = settings.make_mail_settings(
        address=a.address, imap_host=a.imap_host, imap_port=a.imap_port, smtp_host=a.smtp_host,
        smtp_port=a.smtp_port, user=a.user, starttls=a.starttls, ca_file=a.ca_file,
        max_message_size=a.max_message_size, pec=a.pec,
    )
    password = os.environ.get("RETE_MAIL_PASSWORD", "")
    if not password:
        raise BadInput("transport.password_missing")
    if not a.no_check:
        mail_way.check(account, password)
    with ctx.open_vault() as vault:
        settings.save_mail(vault, account, password)
    ctx.say("transport.mail_saved", address=account.address)
    return 0


def cmd_folder(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        name = ctx.args.name or load_identity(vault).office_id
        chosen = settings.make_folder_settings(ctx.args.inbox, ctx.args.outbox, name)
        settings.save_folder(vault, chosen)
    ctx.say("transport.folder_saved", inbox=chosen.inbox, outbox=chosen.outbox,
            name=chosen.name)
    return 0


def cmd_show(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        account, folder = settings.load_mail(vault), settings.load_folder(vault)
    data: dict[str, Any] = {"mail": None, "folder": None}
    lines = []
    if account is not None:
        m = account[0]
        data["mail"] = {"address": m.address, "imap_host": m.imap_host,
                        "imap_port": m.imap_port, "smtp_host": m.smtp_host,
                        "smtp_port": m.smtp_port, "user": m.user, "starttls": m.starttls,
                        "ca": m.ca_pem is not None, "max_message_size": m.max_message_size,
                        "pec": m.pec}
        lines.append(translate(
            "transport.show.mail", pec=" PEC" if m.pec else "", address=m.address,
            imap=f"{m.imap_host}:{m.imap_port}", smtp=f"{m.smtp_host}:{m.smtp_port}",
            tls="STARTTLS" if m.starttls else "TLS", max=m.max_message_size))
    if folder is not None:
        data["folder"] = {"inbox": folder.inbox, "outbox": folder.outbox, "name": folder.name}
        lines.append(translate("transport.show.folder", inbox=folder.inbox,
                               outbox=folder.outbox, name=folder.name))
    if not lines and not ctx.json:
        ctx.say("transport.none")
    ctx.emit("\n".join(lines), data)
    return 0


def cmd_fetch(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        report = receive.fetch_all(vault)
    for arrival in report.refused:
        ctx.say("transport.fetched_refused", reason=arrival.to_json()["reason"])
    for waiting in report.waiting_parts:
        ctx.say("transport.waiting_parts", have=waiting["have"], total=waiting["total"])
    ctx.say("transport.fetched", imported=len(report.imported), receipts=len(report.receipts),
            proofs=len(report.proofs), refused=len(report.refused),
            waiting=len(report.waiting_parts))
    ctx.emit("", report.to_json())
    return 0


def cmd_inbox_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        rows = inbox.list_log(vault)
    if not rows and not ctx.json:
        ctx.say("transport.inbox_empty")
    text = "\n".join(" · ".join(filter(None, (
        r["recorded"][:16].replace("T", " "), translate(f"transport.way.{r['way']}"),
        translate(f"transport.outcome.{r['outcome']}"), r["kind"], r["protocol"], r["reason"],
    ))) for r in rows)
    ctx.emit(text, rows)
    return 0
