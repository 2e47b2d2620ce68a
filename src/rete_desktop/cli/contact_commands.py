"""``rete contact``: the office's address book of people in other offices."""

from __future__ import annotations

import argparse

from rete_desktop.cli.context import Commands, Context
from rete_desktop.cli.render import emit_rows, plain
from rete_desktop.i18n import translate
from rete_desktop.storage import offices


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
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
