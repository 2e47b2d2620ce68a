"""Operators of the office: each with a passphrase of their own, named in the audit log."""

from __future__ import annotations

import argparse

from rete_desktop.cli.context import Context
from rete_desktop.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("operator", parents=[common], help=translate("help.operator"))
    osub = p.add_subparsers(dest="operator_command", required=True)
    p = osub.add_parser("add", parents=[common], help=translate("help.operator.add"))
    p.add_argument("--name", required=True)
    p.set_defaults(handler=cmd_operator_add)
    osub.add_parser(
        "list", parents=[common], help=translate("help.operator")
    ).set_defaults(handler=cmd_operator_list)
    p = osub.add_parser("remove", parents=[common], help=translate("help.operator.remove"))
    p.add_argument("name")
    p.set_defaults(handler=cmd_operator_remove)


def cmd_operator_add(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        vault.add_operator(ctx.args.name, ctx.new_passphrase())
    ctx.say("vault.operator_added", name=ctx.args.name)
    return 0


def cmd_operator_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        names = vault.operators()
    ctx.emit("\n".join(names), names)
    return 0


def cmd_operator_remove(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        vault.remove_operator(ctx.args.name)
    ctx.say("vault.operator_removed", name=ctx.args.name)
    return 0
