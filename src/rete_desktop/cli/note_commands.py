"""``rete note``: append a note to a case, or a correction of one (notes are never edited)."""

from __future__ import annotations

import argparse

from rete_desktop.cli.context import Commands, Context, read_text_arg
from rete_desktop.cli.render import one_of
from rete_desktop.domain.vocabulary import NoteCategory
from rete_desktop.i18n import translate
from rete_desktop.storage import notes


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("note", parents=[common], help=translate("help.note"))
    nsub = p.add_subparsers(dest="note_command", required=True)
    p = nsub.add_parser("add", parents=[common], help=translate("help.note.add"))
    p.add_argument("--case", required=True)
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text")
    src.add_argument("--file", help=translate("help.text_file"))
    p.add_argument("--category", default="other", help=one_of(NoteCategory))
    p.set_defaults(handler=cmd_note_add)
    p = nsub.add_parser("amend", parents=[common], help=translate("help.note.amend"))
    p.add_argument("note_id")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text")
    src.add_argument("--file", help=translate("help.text_file"))
    p.set_defaults(handler=cmd_note_amend)


def cmd_note_add(ctx: Context) -> int:
    text = read_text_arg(ctx.args.text, ctx.args.file)
    with ctx.open_vault() as vault:
        new = notes.add_note(vault, ctx.args.case, text, ctx.args.category)
    ctx.emit_id(new)
    return 0


def cmd_note_amend(ctx: Context) -> int:
    text = read_text_arg(ctx.args.text, ctx.args.file)
    with ctx.open_vault() as vault:
        new = notes.amend_note(vault, ctx.args.note_id, text)
    ctx.emit_id(new)
    return 0
