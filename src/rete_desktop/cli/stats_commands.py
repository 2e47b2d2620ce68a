"""``rete stats``: yearly aggregates; counts below 3 suppressed in every output.

``--internal`` prints the exact counts on the terminal only (never with --json/--csv/--pdf).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from rete_desktop.cli.context import Commands, Context
from rete_desktop.i18n import translate
from rete_desktop.stats import aggregates, exports


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("stats", parents=[common], help=translate("help.stats"))
    p.add_argument("--year", type=int, default=date.today().year,
                   help=translate("help.stats.year"))
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", metavar="FILE", help=translate("help.stats.csv"))
    out.add_argument("--pdf", metavar="FILE", help=translate("help.stats.pdf"))
    out.add_argument("--internal", action="store_true",
                     help=translate("help.stats.internal"))
    p.set_defaults(handler=cmd_stats)


def cmd_stats(ctx: Context) -> int:
    a = ctx.args
    if a.internal and ctx.json:
        ctx.say("stats.internal_with_json")
        return 2
    target = a.csv or a.pdf
    with ctx.open_vault() as vault:
        if target:
            exports.export(vault, a.year, "csv" if a.csv else "pdf", Path(target))
            exact = aggregates.compute(vault, a.year)
        else:
            exact = exports.view(vault, a.year)
    shared = aggregates.for_export(exact)
    if target:
        ctx.say("lab.written", path=target)
    shown = exact if a.internal else shared
    if a.internal:
        ctx.say("stats.internal_only")
    ctx.emit(_plain(shown, a.internal), aggregates.to_json(shared))
    return 0


def _plain(stats: aggregates.Stats, internal: bool) -> str:
    """Sections under readable headings, one ``label: count`` per line."""
    lines = [translate("stats.heading_internal" if internal else "stats.heading",
                       year=stats.year)]
    section = None
    for s, key, value in aggregates.rows(stats):
        if s != section:
            section = s
            lines.append(aggregates.section_label(s))
        lines.append(f"  {aggregates.key_label(s, key)}: {value}")
    return "\n".join(lines)
