"""Risk assessment: the installed instruments, a dated assessment of a case, its history."""

from __future__ import annotations

import argparse

from rete_desktop.cli.context import Commands, Context, command_group, read_file_arg
from rete_desktop.cli.render import emit_rows, label, one_of, plain
from rete_desktop.domain import risk as rules
from rete_desktop.domain import validation
from rete_desktop.domain.records import Assessment
from rete_desktop.domain.vocabulary import RiskLevel
from rete_desktop.errors import BadInput
from rete_desktop.i18n import current_language, translate
from rete_desktop.storage import cases, risk


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    rsub = command_group(sub, "risk", common, translate("help.risk"))
    p = rsub.add_parser("instruments", parents=[common], help=translate("help.risk.instruments"))
    p.set_defaults(handler=cmd_instruments)
    p = rsub.add_parser("import", parents=[common], help=translate("help.risk.import"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_import)
    p = rsub.add_parser("assess", parents=[common], help=translate("help.risk.assess"))
    p.add_argument("--case", required=True)
    p.add_argument("--instrument", metavar="KEY", help=translate("help.risk.instrument"))
    p.add_argument("--answer", action="append", default=[], metavar="ITEM=yes|no|unknown",
                   help=translate("help.risk.answer"))
    p.add_argument("--level", help=translate("help.risk.level", values=one_of(RiskLevel)))
    p.add_argument("--reason", help=translate("help.risk.reason"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=translate("help.risk.date"))
    p.set_defaults(handler=cmd_assess)
    p = rsub.add_parser("history", parents=[common], help=translate("help.risk.history"))
    p.add_argument("--case", required=True)
    p.set_defaults(handler=cmd_history)


def cmd_instruments(ctx: Context) -> int:
    lang = current_language()
    with ctx.open_vault() as vault:
        found = risk.list_instruments(vault)
    rows = []
    for ins in found:
        rows.append(f"{ins.key}@{ins.version}  {ins.title.get(lang)}")
        rows += [f"  {i.id:<18} ({i.weight}) {i.question.get(lang)}" for i in ins.items]
    data = [{"id": ins.key, "key": ins.key, "version": ins.version,
             "title": ins.title.get(lang), "thresholds": {"medium": ins.medium_from,
                                                          "high": ins.high_from},
             "items": [{"id": i.id, "area": i.area, "weight": i.weight,
                        "question": i.question.get(lang), "help": i.help.get(lang)}
                       for i in ins.items]} for ins in found]
    emit_rows(ctx, rows, data, "risk.no_instruments")
    return 0


def cmd_import(ctx: Context) -> int:
    data = read_file_arg(ctx.args.file, rules.MAX_FILE_BYTES)
    with ctx.open_vault() as vault:
        new = risk.import_instrument(vault, data)
    ctx.emit_id(new)
    return 0


def parse_answers(pairs: list[str]) -> dict[str, str]:
    """``ITEM=yes`` options as a dict; an item twice or a pair without ``=`` is bad input."""
    answers: dict[str, str] = {}
    for pair in pairs:
        item, sep, value = pair.partition("=")
        if not sep or not item.strip():
            raise BadInput("risk.bad_answer", item=pair, value="")
        if item.strip() in answers:
            raise BadInput("risk.answer_twice", item=item.strip())
        answers[item.strip()] = value
    return answers


def cmd_assess(ctx: Context) -> int:
    a = ctx.args
    day = validation.parse_date(a.date) if a.date else None
    answers = parse_answers(a.answer)
    with ctx.open_vault() as vault:
        outcome = risk.assess(vault, a.case, answers, instrument_key=a.instrument,
                              level=a.level, reason=a.reason, assessed_on=day)
        reference = cases.get_case(vault, a.case, audit_read=False).reference
    done = outcome.assessment
    ctx.say("risk.assessed", ref=reference, level=label(done.level), score=done.score,
            computed=label(done.computed_level))
    if outcome.protocol_applied:
        ctx.say("risk.protocol_applied", tasks=len(outcome.protocol_tasks))
    elif outcome.protocol_missing:
        ctx.say("risk.protocol_missing", key=risk.HIGH_RISK_PROTOCOL)
    ctx.emit(done.id, {"id": done.id, "score": done.score,
                       "computed_level": done.computed_level.value, "level": done.level.value,
                       "protocol_applied": outcome.protocol_applied,
                       "protocol_tasks": list(outcome.protocol_tasks)})
    return 0


def history_line(a: Assessment) -> str:
    judged = "" if a.level is a.computed_level else " " + translate(
        "risk.judged", computed=label(a.computed_level))
    reason = f" — {a.reason}" if a.reason else ""
    return (f"{a.assessed_on.isoformat()}  {label(a.level):<6} {a.score:>3}"
            f"  {a.instrument_key}@{a.instrument_version}  {a.operator}{judged}{reason}")


def cmd_history(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = risk.history(vault, ctx.args.case)
    emit_rows(ctx, [history_line(a) for a in found], plain(found),
              "risk.no_assessments")
    return 0
