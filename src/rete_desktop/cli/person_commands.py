"""``rete person``: add a person to a case, relate two persons, export what the office
holds about one (subject access)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rete_desktop.cli.context import Commands, Context, command_group
from rete_desktop.cli.render import one_of
from rete_desktop.domain import access_scope
from rete_desktop.domain.vocabulary import ChildExposure, PersonRole, Relation
from rete_desktop.i18n import translate
from rete_desktop.storage import case_record, cases, subject_access
from rete_desktop.storage.atomic import make_private_dir, write_atomic


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    psub = command_group(sub, "person", common, translate("help.person"))
    p = psub.add_parser("add", parents=[common], help=translate("help.person.add"))
    p.add_argument("--case", required=True)
    p.add_argument("--role", required=True, help=one_of(PersonRole))
    p.add_argument("--name", required=True)
    p.add_argument("--birth-year")
    p.add_argument("--exposure", help=translate("help.person.exposure",
                                                  values=one_of(ChildExposure)))
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--codice-fiscale")
    p.set_defaults(handler=cmd_person_add)
    p = psub.add_parser("relate", parents=[common], help=translate("help.person.relate"))
    p.add_argument("--case", required=True)
    p.add_argument("person_id")
    p.add_argument("--to", required=True, metavar="PERSON_ID")
    p.add_argument("--relation", required=True, help=one_of(Relation))
    p.set_defaults(handler=cmd_relate)
    p = psub.add_parser("export", parents=[common], help=translate("help.person.export"))
    p.add_argument("person_id")
    p.add_argument("--out", required=True, help=translate("help.person.export.out"))
    p.add_argument("--lang", choices=("it", "en"))
    p.add_argument("--restricted", action="store_true",
                   help=translate("help.person.export.restricted"))
    p.add_argument("--release", action="append", default=[], metavar="SECTION[,SECTION]",
                   help=translate("help.person.export.release",
                                  sections=", ".join(access_scope.ALL_SECTIONS)))
    p.add_argument("--reason", default="", help=translate("help.person.export.reason"))
    p.set_defaults(handler=cmd_person_export)


def cmd_person_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = cases.add_person(
            vault,
            a.case,
            a.role,
            a.name,
            birth_year=a.birth_year,
            exposure=a.exposure,
            phone=a.phone,
            address=a.address,
            codice_fiscale=a.codice_fiscale,
        )
    ctx.emit_id(new)
    return 0


def cmd_relate(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        new = case_record.relate(vault, a.case, a.person_id, a.to, a.relation)
    ctx.say("record.relation_added")
    ctx.emit_id(new)
    return 0


def cmd_person_export(ctx: Context) -> int:
    from rete_desktop.reports.subject_access_pdf import subject_access_pdf  # reportlab: slow

    out = Path(ctx.args.out)
    release = [s for value in ctx.args.release for s in value.split(",")]
    with ctx.open_vault() as vault:
        scope = subject_access.scope_for(vault, ctx.args.person_id,
                                         restricted=ctx.args.restricted, release=release,
                                         reason=ctx.args.reason)
        access = subject_access.collect(vault, ctx.args.person_id, scope, ctx.args.lang)
    make_private_dir(out)
    json_path = out / f"person-{access.person.id}.json"
    pdf_path = out / f"person-{access.person.id}.pdf"
    write_atomic(json_path, access.to_json_bytes())
    write_atomic(pdf_path, subject_access_pdf(access, ctx.args.lang))
    for message_id, params in subject_access.export_said(access, str(pdf_path), str(json_path)):
        ctx.say(message_id, **params)
    ctx.emit("", {"pdf": str(pdf_path), "json": str(json_path), "scope": access.scope.value,
                  "withheld": list(access.withheld), "released": list(access.released)})
    return 0
