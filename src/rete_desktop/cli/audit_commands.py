"""``rete audit``: verify the audit log's hash chain, list its entries in words."""

from __future__ import annotations

import argparse

from rete_desktop.cli.context import Commands, Context
from rete_desktop.cli.render import plain
from rete_desktop.i18n import current_language, translate
from rete_desktop.storage import audit


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help=translate("help.audit"))
    asub = p.add_subparsers(dest="audit_command", required=True)
    p = asub.add_parser("verify", parents=[common], help=translate("help.audit.verify"))
    p.add_argument("--expect", help=translate("help.audit.verify.expect"))
    p.set_defaults(handler=cmd_audit_verify)
    p = asub.add_parser("list", parents=[common], help=translate("help.audit.list"))
    p.add_argument("--case")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=cmd_audit_list)


def cmd_audit_verify(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        entries = audit.verify_chain(vault)
        if ctx.args.expect:
            audit.check_head(vault, ctx.args.expect)
        fingerprint = audit.fingerprint(vault)
    ctx.say("audit.ok", entries=entries, head=fingerprint)
    ctx.say("audit.expect_hint", head=fingerprint)
    ctx.emit("", {"ok": True, "entries": entries, "head": fingerprint})
    return 0


def cmd_audit_list(ctx: Context) -> int:
    from rete_desktop.storage.cases import resolve_case_id

    with ctx.open_vault() as vault:
        case_id = resolve_case_id(vault, ctx.args.case) if ctx.args.case else None
        described = audit.entries_with_cases(vault, case_id, ctx.args.limit)
    lang = current_language()
    lines = []
    for item in described:
        e = item.entry
        words = " — ".join(w for w in (*audit.describe(item, lang), item.reference or "") if w)
        lines.append(f"{e.seq:>6} {e.at:%Y-%m-%d %H:%M} {e.actor:<12} {e.action:<18}"
                     f" {e.entity_id or '':<16}  {words}")
    ctx.emit("\n".join(lines), plain([item.entry for item in described]))
    return 0
