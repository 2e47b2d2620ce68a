"""The network handbook: ``rete profile``, ``glossary``, ``who-to-call``, ``leaflet`` (and the
wallet card), ``info-sheet`` (art. 90-bis c.p.p.), ``prevention`` (``protocol diff`` /
``protocol updates`` are in protocol_commands)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rete_desktop.cli.context import Commands, Context, command_group, one_line, read_file_arg
from rete_desktop.cli.render import emit_rows, label, plain, typed_values
from rete_desktop.domain.validation import display_phone
from rete_desktop.errors import BadInput
from rete_desktop.handbook import glossary, network, prevention, profiles
from rete_desktop.handbook.who_to_call import parse_situations, shipped_rules, who_to_call
from rete_desktop.i18n import LANGUAGES, current_language, translate
from rete_desktop.messages import vocabulary
from rete_desktop.reports import victim_texts
from rete_desktop.storage.atomic import write_atomic


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    group = command_group(sub, "profile", common, translate("help.profile"))
    p = group.add_parser("edit", parents=[common], help=translate("help.profile.edit"))
    for name in profiles.TEXT_FIELDS:
        p.add_argument(f"--{name.replace('_', '-')}")
    replaces = translate("help.profile.replaces_list")
    p.add_argument("--phone", action="append", dest="phones", help=replaces)
    p.add_argument("--email", action="append", dest="emails", help=replaces)
    p.add_argument("--capabilities", help=translate(
        "help.profile.capabilities", values=", ".join(profiles.CAPABILITIES)))
    p.set_defaults(handler=cmd_profile_edit)
    p = group.add_parser("show", parents=[common], help=translate("help.profile.show"))
    p.add_argument("office_id", nargs="?")
    p.set_defaults(handler=cmd_profile_show)
    group.add_parser("list", parents=[common], help=translate("help.profile.list")).set_defaults(
        handler=cmd_profile_list)
    p = group.add_parser("export", parents=[common], help=translate("help.profile.export"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_profile_export)
    p = group.add_parser("import", parents=[common], help=translate("help.profile.import"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_profile_import)

    group = command_group(sub, "glossary", common, translate("help.glossary"))
    p = group.add_parser("list", parents=[common], help=translate("help.glossary.list"))
    p.add_argument("--lang", choices=LANGUAGES)
    p.set_defaults(handler=cmd_glossary_list)
    p = group.add_parser("search", parents=[common], help=translate("help.glossary.search"))
    p.add_argument("term")
    p.add_argument("--lang", choices=LANGUAGES)
    p.set_defaults(handler=cmd_glossary_search)
    p = group.add_parser("add", parents=[common], help=translate("help.glossary.add"))
    p.add_argument("--term", required=True)
    p.add_argument("--definition", required=True)
    p.add_argument("--lang", choices=LANGUAGES, default="it")
    p.set_defaults(handler=cmd_glossary_set, key=None)
    p = group.add_parser("edit", parents=[common], help=translate("help.glossary.edit"))
    p.add_argument("key")
    p.add_argument("--term", required=True)
    p.add_argument("--definition", required=True)
    p.add_argument("--lang", choices=LANGUAGES, default="it")
    p.set_defaults(handler=cmd_glossary_set)

    p = sub.add_parser("who-to-call", parents=[common], help=translate("help.who_to_call"))
    p.add_argument("--situation", required=True, metavar="S[,S...]",
                   help=typed_values("Situation", vocabulary.VOCABULARIES["Situation"]))
    p.set_defaults(handler=cmd_who_to_call)

    languages = victim_texts.languages()
    lang_help = translate("help.document_lang", values=", ".join(
        f"{lang} ({victim_texts.language_name(lang)})" for lang in languages))
    p = sub.add_parser("leaflet", parents=[common], help=translate("help.leaflet"))
    p.add_argument("--out", required=True)
    p.add_argument("--lang", choices=languages, metavar="LANG", help=lang_help)
    p.add_argument("--card", action="store_true", help=translate("help.leaflet.card"))
    p.set_defaults(handler=cmd_leaflet)

    p = sub.add_parser("info-sheet", parents=[common], help=translate("help.info_sheet"))
    p.add_argument("--out", required=True)
    p.add_argument("--lang", choices=languages, metavar="LANG", help=lang_help)
    p.set_defaults(handler=cmd_info_sheet)

    group = command_group(sub, "prevention", common, translate("help.prevention"))
    p = group.add_parser("add", parents=[common], help=translate("help.prevention.add"))
    p.add_argument("--title", required=True)
    p.add_argument("--date", required=True)
    p.add_argument("--kind", default="other",
                   help=translate("help.prevention.kind",
                                  values=", ".join(k.value for k in prevention.PreventionKind)))
    p.add_argument("--owner", action="append", default=[], metavar="OFFICE_ID")
    p.add_argument("--place")
    p.add_argument("--description")
    p.set_defaults(handler=cmd_prevention_add)
    p = group.add_parser("list", parents=[common], help=translate("help.prevention.list"))
    p.add_argument("--all", action="store_true", help=translate("help.prevention.all"))
    p.set_defaults(handler=cmd_prevention_list)



def _label(field: str) -> str:
    return translate(f"handbook.field.{field}")


def cmd_profile_edit(ctx: Context) -> int:
    a = ctx.args
    changes: dict[str, str | list[str] | None] = {n: getattr(a, n) for n in profiles.TEXT_FIELDS}
    changes["phones"], changes["emails"] = a.phones, a.emails
    if a.capabilities is not None:
        changes["capabilities"] = [c for c in a.capabilities.split(",") if c.strip()]
    with ctx.open_vault() as vault:
        profile = profiles.edit_own_profile(vault, **changes)
    ctx.say("handbook.profile_saved", revision=profile.revision)
    ctx.emit("", {"office_id": profile.office_id, "revision": profile.revision})
    return 0


def _profile_text(profile: profiles.Profile) -> str:
    data = plain(profile)
    lines = [f"{profile.name} ({label(profile.kind)})  {profile.office_id}"]
    for name in (*profiles.TEXT_FIELDS, *profiles.LIST_FIELDS, "revision"):
        value = data[name]
        if name == "phones":
            value = [display_phone(p) for p in value]
        if isinstance(value, list):
            value = ", ".join(value)
        if value:
            lines.append(f"  {_label(name)}: {value}")
    return "\n".join(lines)


def cmd_profile_show(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        profile = profiles.get_profile(vault, ctx.args.office_id)
    ctx.emit(_profile_text(profile), plain(profile))
    return 0


def cmd_profile_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = profiles.list_profiles(vault)
    ctx.emit("\n\n".join(_profile_text(p) for p in found), plain(found))
    return 0


def cmd_profile_export(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        data = profiles.export_own_profile(vault)
    write_atomic(Path(ctx.args.file), data)
    ctx.say("handbook.profile_exported", path=ctx.args.file)
    return 0


def cmd_profile_import(ctx: Context) -> int:
    data = read_file_arg(ctx.args.file, profiles.PROFILE.max_size)
    with ctx.open_vault() as vault:
        profile = network.import_profile_file(vault, data)
    ctx.say("handbook.profile_imported", name=profile.name, revision=profile.revision)
    ctx.emit("", {"office_id": profile.office_id, "revision": profile.revision})
    return 0


def _print_terms(ctx: Context, terms: list[glossary.GlossaryEntry]) -> None:
    text = "\n\n".join(
        f"{t.term}" + (f"  [{t.term_it}]" if t.term_it != t.term else "") + f"\n  {t.definition}"
        for t in terms
    )
    ctx.emit(text, plain(terms))


def cmd_glossary_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        _print_terms(ctx, glossary.list_terms(vault, ctx.args.lang))
    return 0


def cmd_glossary_search(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = glossary.search_terms(vault, ctx.args.term, ctx.args.lang)
    if not found and not ctx.json:
        ctx.say("handbook.no_terms")
    _print_terms(ctx, found)
    return 0


def cmd_glossary_set(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        key = glossary.set_term(vault, a.term, a.definition, key=a.key, lang=a.lang)
    ctx.say("handbook.term_saved", key=key)
    ctx.emit_id(key)
    return 0


def _situations(text: str) -> tuple[str, ...]:
    """Situations typed in either language (``notte,minori``) as the rules' keys."""
    known = tuple(shipped_rules().situations)
    keys = []
    for word in (w.strip() for w in text.split(",") if w.strip()):
        key = vocabulary.resolve("Situation", word, known)
        if key is None:
            raise BadInput("value.invalid_choice", field="situation", value=word,
                           allowed=typed_values("Situation", known, ", "))
        keys.append(key)
    return parse_situations(",".join(keys))


def cmd_who_to_call(ctx: Context) -> int:
    situations = _situations(ctx.args.situation)
    lang = current_language()
    with ctx.open_vault() as vault:
        answer = who_to_call(vault, situations, lang)
    lines = [f"{h.name[lang]}: {h.note[lang]}" for h in answer.first]
    for match in answer.matches:
        lines.append(f"{match.office.name}  ({label(match.office.office.kind)})")
        lines += [f"  • {why}" for _, why in match.reasons]
        lines += [f"    {_label(field)}: {value}" for field, value in match.reach]
    lines += [f"{h.name[lang]}: {h.note[lang]}" for h in answer.then]
    if answer.uncovered:
        ctx.say("handbook.uncovered", situations=", ".join(answer.uncovered))
    ctx.emit("\n".join(lines), {
        "situations": list(answer.situations),
        "offices": [
            {"office_id": m.office.id, "name": m.office.name,
             "kind": m.office.office.kind.value,
             "reasons": [{"situation": s, "why": w} for s, w in m.reasons],
             "reach": {f: v for f, v in m.reach}, "phones": list(m.office.phones)}
            for m in answer.matches
        ],
        "uncovered": list(answer.uncovered),
        "helplines": [{"number": h.number, "name": h.name[lang], "first": h in answer.first}
                      for h in (*answer.first, *answer.then)],
    })
    return 0


def cmd_leaflet(ctx: Context) -> int:
    # reportlab only when needed
    from rete_desktop.reports.leaflet_pdf import leaflet_pdf
    from rete_desktop.reports.wallet_card_pdf import wallet_card_pdf

    lang = ctx.args.lang or current_language()
    with ctx.open_vault() as vault:
        data = wallet_card_pdf(vault, lang) if ctx.args.card else leaflet_pdf(vault, lang)
    write_atomic(Path(ctx.args.out), data)
    ctx.say("handbook.card_written" if ctx.args.card else "handbook.leaflet_written",
            path=ctx.args.out)
    return 0


def cmd_info_sheet(ctx: Context) -> int:
    from rete_desktop.reports.info_sheet_pdf import info_sheet_pdf  # reportlab only when needed

    with ctx.open_vault() as vault:
        data = info_sheet_pdf(vault, ctx.args.lang or current_language())
    write_atomic(Path(ctx.args.out), data)
    ctx.say("handbook.info_sheet_written", path=ctx.args.out)
    return 0


def cmd_prevention_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = prevention.add_action(vault, a.title, a.kind, a.date, owners=a.owner,
                                    place=a.place, description=a.description)
    ctx.emit_id(new)
    return 0


def cmd_prevention_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        actions = (prevention.list_actions(vault) if ctx.args.all
                   else prevention.upcoming(vault))
        names = {o.id: o.name for o in network.network_offices(vault)}
    lines = [
        f"{a.starts_on}  {label(a.kind):<12} {one_line(a.title)}"
        + (f" — {a.place}" if a.place else "")
        + (f"  [{', '.join(names.get(o, o) for o in a.owners)}]" if a.owners else "")
        for a in actions
    ]
    emit_rows(ctx, lines, plain(actions), "handbook.no_prevention")
    return 0
