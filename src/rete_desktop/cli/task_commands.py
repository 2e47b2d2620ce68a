"""``rete task``: the deadlines of the protocols applied, overdue or awaited, and done."""

from __future__ import annotations

import argparse
from datetime import date

from rete_desktop.cli.context import Commands, Context, one_line
from rete_desktop.cli.render import due_text, emit_rows, label, plain
from rete_desktop.domain.records import Task
from rete_desktop.i18n import translate
from rete_desktop.storage import offices, protocols


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("task", parents=[common], help=translate("help.task"))
    tsub = p.add_subparsers(dest="task_command", required=True)
    p = tsub.add_parser("list", parents=[common], help=translate("help.task.list"))
    p.add_argument("--overdue", action="store_true", help=translate("help.task.overdue"))
    p.add_argument("--case")
    p.set_defaults(handler=cmd_task_list)
    p = tsub.add_parser("done", parents=[common], help=translate("help.task.done"))
    p.add_argument("id")
    p.set_defaults(handler=cmd_task_done)


def cmd_task_list(ctx: Context) -> int:
    today = date.today()
    with ctx.open_vault() as vault:
        tasks = protocols.list_tasks(
            vault, case_id=ctx.args.case, overdue_on=today if ctx.args.overdue else None
        )
        mine = offices.own_kind(vault)
    overdue, awaiting = translate("records.overdue"), translate("records.awaiting")
    width = max(len(overdue), len(awaiting))

    def flag(t: Task) -> str:
        return overdue if t.is_overdue(today, mine) else awaiting if t.is_awaited(mine) else ""

    rows = [
        f"{t.id}  {due_text(t):<10} {flag(t):<{width}}"
        f" {label(t.status):<10} {label(t.owner_kind) if t.owner_kind else '-':<20}"
        f" {one_line(t.title)}"
        for t in tasks
    ]
    emit_rows(ctx, rows, [{**plain(t), "overdue": t.is_overdue(today, mine),
                           "awaiting": t.is_awaited(mine)} for t in tasks], "records.no_tasks")
    return 0


def cmd_task_done(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        protocols.set_task_done(vault, ctx.args.id)
    ctx.say("records.task_done", id=ctx.args.id)
    return 0
