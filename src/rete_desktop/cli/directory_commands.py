"""``rete directory``: the coordinator builds and publishes the network directory; every office
imports it and lists the members."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rete_desktop.cli.confirm import confirm
from rete_desktop.cli.context import Commands, Context, command_group, read_file_arg
from rete_desktop.cli.render import label
from rete_desktop.handbook import sections
from rete_desktop.i18n import translate
from rete_desktop.packets import directory as d
from rete_desktop.packets.member_card import CARD, read_card
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    group = command_group(sub, "directory", common, translate("help.directory"))
    p = group.add_parser("create", parents=[common], help=translate("help.directory.create"))
    p.add_argument("--name", required=True, help=translate("help.directory.name"))
    p.set_defaults(handler=cmd_create)
    p = group.add_parser("add-card", parents=[common], help=translate("help.directory.add_card"))
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help=translate("help.directory.add_card.yes"))
    p.set_defaults(handler=cmd_add_card)
    p = group.add_parser("revoke", parents=[common], help=translate("help.directory.revoke"))
    p.add_argument("office_id")
    p.add_argument("--yes", action="store_true", help=translate("help.directory.revoke.yes"))
    p.set_defaults(handler=cmd_revoke)
    p = group.add_parser("publish", parents=[common], help=translate("help.directory.publish"))
    p.add_argument("file")
    p.add_argument("--valid-days", type=int, default=d.DEFAULT_VALID_DAYS)
    p.set_defaults(handler=cmd_publish)
    p = group.add_parser("import", parents=[common], help=translate("help.directory.import"))
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help=translate("help.directory.import.yes"))
    p.add_argument("--accept-key-change", action="append", default=[], metavar="OFFICE_ID",
                   help=translate("help.directory.accept_key_change"))
    p.set_defaults(handler=cmd_import)
    group.add_parser("list", parents=[common], help=translate("help.directory.list")
                     ).set_defaults(handler=cmd_list)


def cmd_create(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        state = d.create_directory(vault, ctx.args.name)
    ctx.say("directory.created", network=state.network_name)
    return 0


def cmd_add_card(ctx: Context) -> int:
    card = read_card(read_file_arg(ctx.args.file, CARD.max_size))
    with ctx.open_vault() as vault:
        d.require_coordinator(vault)
        ctx.say("directory.card_check", name=card.name, kind=label(card.kind), id=card.office_id,
                fingerprint=card.public.fingerprint(),
                safety_number=card.public.safety_number())
        known = d.get_member(vault, card.office_id)
        if known is not None and known.public != card.public:
            ctx.say("directory.card_replaces_key", name=known.name, id=known.office_id,
                    old=known.public.fingerprint())
        confirm(ctx.args.yes, "directory.not_confirmed")
        added = d.add_card(vault, card)
    ctx.say("directory.member_added", name=added.member.name, id=added.member.office_id)
    return 0


def cmd_revoke(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        d.require_coordinator(vault)
        known = d.get_member(vault, ctx.args.office_id)
        if known is not None:
            ctx.say("commands.revoke_check", name=known.name, kind=label(known.kind),
                    id=known.office_id, fingerprint=known.public.fingerprint())
            confirm(ctx.args.yes, "directory.not_confirmed")
        member = d.revoke_member(vault, ctx.args.office_id)
    ctx.say("directory.member_revoked", name=member.name, id=member.office_id,
            date=str(member.revoked_on))
    return 0


def cmd_publish(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        data = sections.publish_directory(vault, valid_days=ctx.args.valid_days)
        state = d.get_state(vault)
    assert state is not None and state.expires is not None
    write_atomic(Path(ctx.args.file), data, mode=0o644)
    ctx.say("directory.published", version=state.version, path=ctx.args.file,
            expires=state.expires.date().isoformat())
    ctx.emit("", {"version": state.version, "expires": state.expires.isoformat()})
    return 0


def cmd_import(ctx: Context) -> int:
    data = read_file_arg(ctx.args.file, d.DIRECTORY.max_size)
    directory = d.read_directory(data)
    with ctx.open_vault() as vault:
        state = d.get_state(vault)
        if state is not None and _is_current(vault, state, directory):
            ctx.say("commands.directory_up_to_date", version=directory.version)
            ctx.emit("", {"version": directory.version, "network": directory.network,
                          "members": len(directory.members), "up_to_date": True})
            return 0
        first = state is None
        if first:
            ctx.say("directory.coordinator_check", network=directory.network,
                    name=directory.coordinator_name,
                    safety_number=directory.coordinator.safety_number())
            confirm(ctx.args.yes, "directory.pin_confirm_with_yes")  # the number is above
        result = sections.import_directory(
            vault, data, pin_confirmed=first,
            accept_key_change=frozenset(ctx.args.accept_key_change),
        )
    for office_id in result.key_changes:
        member = next(m for m in directory.members if m.office_id == office_id)
        ctx.say("directory.key_change_accepted", name=member.name, id=office_id,
                fingerprint=member.public.fingerprint())
    if result.self_status != "listed":
        ctx.say(f"directory.self_{result.self_status}")
    ctx.say("directory.imported", network=directory.network, version=directory.version,
            count=len(directory.members), expires=directory.expires.date().isoformat())
    ctx.emit("", {"version": directory.version, "network": directory.network,
                  "members": len(directory.members), "first_import": result.first_import,
                  "key_changes": list(result.key_changes),
                  "self_status": result.self_status})
    return 0


def _is_current(vault: Vault, state: d.DirectoryState, directory: d.Directory) -> bool:
    """True when ``directory`` is the one already imported: same signed version, timestamps,
    members and sections (a coordinator never reuses a version, so this is the same file)."""
    if state.role != d.MEMBER or (state.version, state.issued, state.expires, state.coordinator) \
            != (directory.version, directory.issued, directory.expires, directory.coordinator):
        return False
    stored = {n: s for n in d.SECTION_NAMES if (s := d.get_section(vault, n)) is not None}
    return set(d.list_members(vault)) == set(directory.members) and stored == directory.sections


def _member_row(member: d.Member) -> dict[str, Any]:
    public = member.public
    return {
        "office_id": member.office_id, "name": member.name, "kind": member.kind.value,
        "signing_key": member.signing_key, "encryption_key": member.encryption_key,
        "fingerprint": public.fingerprint(), "safety_number": public.safety_number(),
        "status": member.status,
        "revoked_on": member.revoked_on.isoformat() if member.revoked_on else None,
    }


def _members_table(members: list[d.Member], own_id: str) -> str:
    """Members under a header row, columns padded; ``*`` marks this office."""
    if not members:
        return ""
    mine = translate("commands.this_office")
    table = [[translate(f"commands.column.{c}") for c in ("office_id", "kind", "status",
                                                           "fingerprint", "name")]]
    for m in members:
        status = translate(f"commands.member.{m.status}")
        table.append([
            m.office_id, label(m.kind),
            f"{status} {m.revoked_on.isoformat()}" if m.revoked_on else status,
            m.public.fingerprint(), f"{m.name} ({mine})" if m.office_id == own_id else m.name,
        ])
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    marks = [" "] + ["*" if m.office_id == own_id else " " for m in members]
    return "\n".join(
        f"{mark} " + "  ".join(c.ljust(w) for c, w in zip(row[:-1], widths, strict=True))
        + "  " + row[-1]
        for mark, row in zip(marks, table, strict=True)
    )


def cmd_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        state = d.get_state(vault)
        members = d.list_members(vault)
        expired = d.directory_expired(vault)
        own_id = load_identity(vault).office_id
    if state is None:
        ctx.say("directory.none")
    rows = [_member_row(m) for m in members]
    ctx.emit(_members_table(members, own_id), {
        "network": state.network_name if state else None,
        "role": state.role if state else None,
        "version": state.version if state else None,
        "issued": state.issued.isoformat() if state and state.issued else None,
        "expires": state.expires.isoformat() if state and state.expires else None,
        "expired": expired,
        "coordinator_id": state.coordinator_id if state else None,
        "coordinator_fingerprint": state.coordinator.fingerprint() if state else None,
        "members": rows,
    })
    return 0
