"""Operators of the office: each with a passphrase of their own, named in notes and audit."""

from __future__ import annotations

import argparse

from rete_desktop.cli.context import Commands, Context
from rete_desktop.i18n import translate


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("operator", parents=[common], help=translate("help.operator"))
    osub = p.add_subparsers(dest="operator_command", required=True)
    p = osub.add_parser("add", parents=[common], help=translate("help.operator.add"))
    _name_and_role(p)
    p.set_defaults(handler=cmd_operator_add)
    osub.add_parser(
        "list", parents=[common], help=translate("help.operator")
    ).set_defaults(handler=cmd_operator_list)
    p = osub.add_parser("remove", parents=[common], help=translate("help.operator.remove"))
    p.add_argument("name")
    p.set_defaults(handler=cmd_operator_remove)
    p = osub.add_parser("set", parents=[common], help=translate("help.operator.set"))
    _name_and_role(p)
    p.add_argument("--phone", help=translate("help.operator.phone"))
    p.set_defaults(handler=cmd_operator_set)


def _name_and_role(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", required=True, help=translate("help.operator.name"))
    parser.add_argument("--role", default="", help=translate("help.operator.role"))


def cmd_operator_add(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        vault.add_operator(ctx.args.name, ctx.new_passphrase(), ctx.args.role)
    ctx.say("vault.operator_added", name=ctx.args.name.strip())
    return 0


def cmd_operator_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = vault.operators()
    ctx.emit("\n".join(op.label for op in found),
             [{"name": op.name, "role": op.role, "label": op.label} for op in found])
    return 0


def cmd_operator_remove(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        vault.remove_operator(ctx.args.name)
    ctx.say("vault.operator_removed", name=ctx.args.name)
    return 0


def cmd_operator_set(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        vault.set_own_name(ctx.args.name, ctx.args.role, ctx.args.phone)
        label = vault.operator
    ctx.say("vault.operator_named", label=label)
    return 0
