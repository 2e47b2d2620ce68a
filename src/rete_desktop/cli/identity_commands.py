"""``rete identity``: this office's public keys, its member card, and key escrow."""

from __future__ import annotations

import argparse
from pathlib import Path

from rete_desktop.cli.confirm import confirm
from rete_desktop.cli.context import Commands, Context, command_group
from rete_desktop.cli.render import label
from rete_desktop.i18n import translate
from rete_desktop.packets.member_card import export_card
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import export_secret_keys, load_identity
from rete_desktop.transport.settings import own_receives


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    group = command_group(sub, "identity", common, translate("help.identity"))
    group.add_parser("show", parents=[common], help=translate("help.identity.show")
                     ).set_defaults(handler=cmd_show)
    p = group.add_parser("export-card", parents=[common],
                         help=translate("help.identity.export_card"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_export_card)
    p = group.add_parser("export-secret-keys", parents=[common],
                         help=translate("help.identity.export_secret_keys"))
    p.add_argument("dir")
    p.add_argument("--yes", action="store_true",
                   help=translate("help.identity.export_secret_keys.yes"))
    p.set_defaults(handler=cmd_export_secret_keys)


def cmd_show(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        identity = load_identity(vault)
    public = identity.public
    data = {
        "office_id": identity.office_id,
        "name": identity.name,
        "kind": identity.kind.value,
        "signing_key": public.signing_key,
        "encryption_key": public.encryption_key,
        "fingerprint": public.fingerprint(),
        "safety_number": public.safety_number(),
    }
    ctx.emit(translate("identity.show", **{**data, "kind": label(identity.kind)}), data)
    return 0


def cmd_export_card(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        identity = load_identity(vault)
        receives = own_receives(vault)
    write_atomic(Path(ctx.args.file), export_card(identity, receives=receives), mode=0o644)
    ctx.say("identity.card_written", path=ctx.args.file,
            fingerprint=identity.public.fingerprint())
    return 0


def cmd_export_secret_keys(ctx: Context) -> int:
    confirm(ctx.args.yes, "cli.confirm_needed")
    with ctx.open_vault() as vault:
        export_secret_keys(vault, Path(ctx.args.dir))
    ctx.say("identity.secret_keys_written", path=ctx.args.dir)
    return 0
