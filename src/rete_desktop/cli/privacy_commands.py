"""``rete privacy-contacts``: the controller's and the DPO's contact details (art. 30)."""

from __future__ import annotations

import argparse
import dataclasses

from rete_desktop.cli.context import Commands, Context, command_group
from rete_desktop.i18n import translate
from rete_desktop.storage import privacy_contacts


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    group = command_group(sub, "privacy-contacts", common, translate("help.privacy_contacts"))
    p = group.add_parser("set", parents=[common], help=translate("help.privacy_contacts.set"))
    for field in privacy_contacts.FIELDS:
        p.add_argument(f"--{field.replace('_', '-')}", dest=field,
                       help=translate(f"field.{field}"))
    p.set_defaults(handler=cmd_set)
    group.add_parser("show", parents=[common], help=translate("help.privacy_contacts.show")
                     ).set_defaults(handler=cmd_show)


def cmd_set(ctx: Context) -> int:
    changes = {f: getattr(ctx.args, f) for f in privacy_contacts.FIELDS}
    with ctx.open_vault() as vault:
        privacy_contacts.set_contacts(vault, **changes)
    ctx.say("privacy.contacts_saved")
    return 0


def cmd_show(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        contacts = privacy_contacts.get_contacts(vault)
    data = dataclasses.asdict(contacts)
    ctx.emit("\n".join(f"{translate(f'field.{k}')}: {v or '-'}" for k, v in data.items()), data)
    return 0
