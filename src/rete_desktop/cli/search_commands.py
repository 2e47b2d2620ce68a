"""``rete search``: one query over cases, persons, notes and contacts."""

from __future__ import annotations

import argparse

from rete_desktop.cli.context import Commands, Context, one_line
from rete_desktop.cli.render import emit_rows, plain
from rete_desktop.i18n import translate
from rete_desktop.storage import search


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("search", parents=[common], help=translate("help.search"))
    p.add_argument("query")
    p.set_defaults(handler=cmd_search)


def cmd_search(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        hits = search.search(vault, ctx.args.query)
    rows = [f"{h.kind:<8} {h.id}  {one_line(h.title)}  {one_line(h.snippet)}" for h in hits]
    emit_rows(ctx, rows, plain(hits), "records.no_hits")
    return 0
