"""``rete protocol``: import the network's protocols, list them, compare versions, see updates."""

from __future__ import annotations

import argparse
from pathlib import Path

from rete_desktop.cli.context import Commands, Context, command_group, one_line, read_file_arg
from rete_desktop.cli.render import emit_rows, plain
from rete_desktop.domain import protocols as protocol_rules
from rete_desktop.handbook import protocol_versions
from rete_desktop.i18n import translate
from rete_desktop.storage import protocols


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    group = command_group(sub, "protocol", common, translate("help.protocol"))
    p = group.add_parser("import", parents=[common], help=translate("help.protocol.import"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_protocol_import)
    group.add_parser("list", parents=[common], help=translate("help.protocol.list")).set_defaults(
        handler=cmd_protocol_list)
    p = group.add_parser("diff", parents=[common], help=translate("help.protocol.diff"))
    p.add_argument("key")
    p.add_argument("--from", dest="from_version", type=int)
    p.add_argument("--to", dest="to_version", type=int)
    p.set_defaults(handler=cmd_protocol_diff)
    group.add_parser("updates", parents=[common], help=translate("help.protocol.updates")) \
        .set_defaults(handler=cmd_protocol_updates)


def cmd_protocol_import(ctx: Context) -> int:
    """A protocol file, or a folder of them (the network's pack, a coordinator's update)."""
    folder = Path(ctx.args.file)
    if folder.is_dir():
        with ctx.open_vault() as vault:
            done = protocols.import_protocol_folder(vault, folder)
        ctx.say("protocol.folder_imported", stored=len(done.stored), unchanged=done.unchanged)
        ctx.emit("\n".join(done.stored), {"stored": list(done.stored),
                                          "unchanged": done.unchanged})
        return 0
    data = read_file_arg(ctx.args.file, protocol_rules.MAX_FILE_BYTES)
    with ctx.open_vault() as vault:
        new = protocols.import_protocol(vault, data)
    ctx.emit_id(new)
    return 0


def cmd_protocol_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = protocols.list_protocols(vault)
    emit_rows(ctx, [f"{pid}  {p.key}@{p.version}  {one_line(p.title)}" for pid, p in found],
              [{"id": pid, **p.to_json()} for pid, p in found], "records.no_protocols")
    return 0


def cmd_protocol_diff(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = protocol_versions.get_version(vault, a.key, a.to_version)
        from_version = a.from_version or protocol_versions.previous_version(
            vault, new.key, new.version)
        if from_version is None:
            ctx.say("handbook.protocol_single_version", key=new.key)
            return 0
        old = protocol_versions.get_version(vault, new.key, from_version)
        changes = protocol_versions.diff_protocols(old, new)
        protocol_versions.mark_seen(vault, new.key, new.version)
    lines = [f"{new.title}: v{old.version} → v{new.version}"]
    lines += [f"  {protocol_versions.describe(c, new, old)}" for c in changes]
    if not changes:
        ctx.say("handbook.no_protocol_changes")
    ctx.emit("\n".join(lines), {
        "key": new.key, "from": old.version, "to": new.version,
        "changes": [{**plain(c), "text": protocol_versions.describe(c, new, old)}
                    for c in changes],
    })
    return 0


def cmd_protocol_updates(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        updates = protocol_versions.list_updates(vault, unseen_only=True)
    lines = [f"{u.key}  v{u.from_version or '-'} → v{u.to_version}  {one_line(u.title)}"
             for u in updates]
    emit_rows(ctx, lines, plain(updates), "handbook.no_protocol_updates")
    return 0
