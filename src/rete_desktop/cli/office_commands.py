"""``rete office``: the local list of offices (those outside the signed directory too)."""

from __future__ import annotations

import argparse

from rete_desktop.cli.context import Commands, Context
from rete_desktop.cli.render import emit_rows, label, one_of, plain
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.i18n import translate
from rete_desktop.storage import offices


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
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
