"""``rete attachment``: files kept with a case inside the vault (add, list, export a copy)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rete_desktop.cli.context import Commands, Context, command_group, read_file_arg
from rete_desktop.cli.render import emit_rows, plain
from rete_desktop.domain.records import Attachment
from rete_desktop.i18n import current_language, translate
from rete_desktop.storage import attachments, cases


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    group = command_group(sub, "attachment", common, translate("help.attachment"))
    p = group.add_parser("add", parents=[common], help=translate("help.attachment.add"))
    p.add_argument("--case", required=True)
    p.add_argument("file")
    p.add_argument("--name", help=translate("help.attachment.add.name"))
    p.set_defaults(handler=cmd_add)
    p = group.add_parser("list", parents=[common], help=translate("help.attachment.list"))
    p.add_argument("--case", required=True)
    p.set_defaults(handler=cmd_list)
    p = group.add_parser("export", parents=[common], help=translate("help.attachment.export"))
    p.add_argument("attachment_id")
    p.add_argument("--out", required=True, help=translate("help.attachment.export.out"))
    p.set_defaults(handler=cmd_export)


def _size(size: int) -> str:
    return attachments.format_size(size, "," if current_language() == "it" else ".")


def cmd_add(ctx: Context) -> int:
    """A file is streamed into the vault; standard input (``-``) is read whole first."""
    data = read_file_arg("-", attachments.MAX_ATTACHMENT_SIZE) if ctx.args.file == "-" else None
    name = ctx.args.name or Path(ctx.args.file).name
    with ctx.open_vault() as vault:
        case = cases.get_case(vault, ctx.args.case, audit_read=False)
        new = attachments.add_attachment(vault, case.id, name, data) if data is not None \
            else attachments.add_file(vault, case.id, Path(ctx.args.file), name)
        added = attachments.get_attachment(vault, new)
    # By id: a file name can hold a person's name, and stderr ends up in logs.
    ctx.say("attachment.added", id=added.id, ref=case.reference, size=_size(added.size))
    ctx.emit_id(new)
    return 0


def _table(found: list[Attachment]) -> list[str]:
    """Header row, then one padded row per attachment (the name last: it may hold spaces)."""
    columns = ("id", "added", "size", "operator", "name")
    table = [[translate(f"attachment.column.{c}") for c in columns]]
    table += [[a.id, a.added.astimezone().strftime("%Y-%m-%d %H:%M"), _size(a.size),
               a.operator or "-", a.name] for a in found]
    widths = [max(len(row[i]) for row in table) for i in range(len(columns) - 1)]
    return ["  ".join(c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
            for row in table]


def cmd_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = attachments.list_attachments(vault, ctx.args.case)
    emit_rows(ctx, _table(found) if found else [], plain(found), "attachment.none")
    return 0


def cmd_export(ctx: Context) -> int:
    """The user asked for this copy by name: it is the one way plaintext leaves on purpose."""
    with ctx.open_vault() as vault:
        attachment = attachments.get_attachment(vault, ctx.args.attachment_id)
        path = Path(ctx.args.out)
        if path.is_dir():
            path = path / attachments.clean_name(attachment.name)  # rows kept before the fix
        attachments.export_copy(vault, attachment.id, path)
    ctx.say("attachment.exported", id=attachment.id, folder=str(path.parent))
    ctx.emit(str(path), {"id": attachment.id, "file": str(path), "sha256": attachment.sha256})
    return 0
