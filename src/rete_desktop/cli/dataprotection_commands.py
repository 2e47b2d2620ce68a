"""``rete retention`` and ``rete processing-register``: the office's data-protection duties
(a person's access export is ``rete person export``, erasure ``rete case erase``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rete_desktop.cli.context import Commands, Context, command_group
from rete_desktop.cli.render import label
from rete_desktop.i18n import translate
from rete_desktop.storage import retention
from rete_desktop.storage.atomic import write_atomic


def _years(text: str) -> int | None:
    """``N`` years, or ``none`` for "never due"."""
    return None if text.lower() in ("none", "never", "mai") else int(text)


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    rsub = command_group(sub, "retention", common, translate("help.retention"))
    rsub.add_parser("review", parents=[common], help=translate("help.retention.review")
                    ).set_defaults(handler=cmd_retention_review)
    p = rsub.add_parser("policy", parents=[common], help=translate("help.retention.policy"))
    for status in ("closed", "monitoring", "open"):
        p.add_argument(f"--{status}-years", type=_years, default=argparse.SUPPRESS,
                       metavar="N|none")
    p.set_defaults(handler=cmd_retention_policy)

    p = sub.add_parser("processing-register", parents=[common],
                       help=translate("help.processing_register"))
    p.add_argument("--out", required=True)
    p.add_argument("--lang", choices=("it", "en"))
    p.set_defaults(handler=cmd_processing_register)


def cmd_retention_review(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        items = retention.review_list(vault)
    lines = "\n".join(
        f"{i.case_id}  {i.reference}  {label(i.status):<12} {i.since}  {i.due_on}" for i in items
    )
    ctx.emit(lines, [
        {"case_id": i.case_id, "reference": i.reference, "status": i.status.value,
         "since": i.since.isoformat(), "due_on": i.due_on.isoformat()} for i in items
    ])
    if items and not ctx.json:
        ctx.say("retention.due_count", count=len(items))
    elif not ctx.json:
        ctx.say("retention.none_due")
    return 0


def cmd_retention_policy(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        current = retention.get_policy(vault).as_json()
        changes = {s: getattr(ctx.args, f"{s}_years") for s in current
                   if hasattr(ctx.args, f"{s}_years")}
        policy = retention.RetentionPolicy.from_json({**current, **changes})
        if changes:
            retention.set_policy(vault, policy)
    never = translate("retention.never")
    shown: dict[str, Any] = {k: never if v is None else v for k, v in policy.as_json().items()}
    ctx.emit(translate("retention.policy", **shown), policy.as_json())
    return 0


def cmd_processing_register(ctx: Context) -> int:
    from rete_desktop.reports.processing_register_pdf import processing_register

    out = Path(ctx.args.out)
    with ctx.open_vault() as vault:
        pdf = processing_register(vault, ctx.args.lang)
    write_atomic(out, pdf)
    ctx.say("register.written", path=str(out))
    return 0
