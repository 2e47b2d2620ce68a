"""The structured case record through the CLI: relations, forms of violence, measures, source of
access, services, sharing decisions on their legal basis; round trips through a referral and a
backup."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.packets import referral
from rete_desktop.storage import cases
from tests.conftest import CliRunner
from tests.packet_fixtures import Office, build_network


@pytest.fixture
def net(tmp_path: Path) -> dict[str, Office]:
    return build_network(tmp_path)


def ok(r: object) -> str:
    assert r.code == 0, r.err  # type: ignore[attr-defined]
    return str(r.out)  # type: ignore[attr-defined]


def full_case(rete: CliRunner, office: Office) -> dict[str, str]:
    """A station's case with every part of the record filled in through the CLI."""
    v = ("--vault", str(office.path))
    case = ok(rete(*v, "case", "new", "--title", "Bianchi — Casalmaggiore")).strip()
    ids = {"case": case}
    for role, name, extra in (("victim", "Anna Bianchi", ()), ("offender", "Marco Neri", ()),
                              ("child", "Luca Neri", ("--birth-year", "2017", "--exposure",
                                                      "witnessed"))):
        ids[role] = ok(rete(*v, "person", "add", "--case", case, "--role", role, "--name", name,
                            *extra)).strip()
    ok(rete(*v, "person", "relate", "--case", case, ids["offender"], "--to", ids["victim"],
            "--relation", "ex-partner"))
    ok(rete(*v, "person", "relate", "--case", case, ids["offender"], "--to", ids["child"],
            "--relation", "padre"))
    ok(rete(*v, "case", "violence", case, "--forms", "fisica,psicologica,stalking",
            "--since", "2025-06-01"))
    ok(rete(*v, "case", "violence", case, "--forms", "witnessed"))
    ok(rete(*v, "case", "measure", case, "--kind", "denuncia", "--date", "2026-01-12"))
    ok(rete(*v, "case", "measure", case, "--kind", "no_approach_order", "--date", "2026-01-20",
            "--detail", "500 m"))
    ok(rete(*v, "case", "source", case, "--source", "1522"))
    ok(rete(*v, "case", "service", case, "--kind", "ascolto", "--from", "2026-01-12"))
    ok(rete(*v, "case", "service", case, "--kind", "shelter", "--from", "2026-01-13",
            "--children", "1"))
    ok(rete(*v, "case", "service", case, "--kind", "shelter", "--to", "2026-03-01"))
    return ids


def show(rete: CliRunner, office: Office, case: str) -> dict[str, object]:
    return dict(json.loads(ok(rete("--vault", str(office.path), "--json", "case", "show",
                                   case))))


def test_the_record_is_kept_and_shown(rete: CliRunner, net: dict[str, Office]) -> None:
    station = net["carabinieri"]
    ids = full_case(rete, station)
    data = show(rete, station, ids["case"])
    assert data["access_source"] == "helpline_1522"
    assert {(r["person_id"], r["relation"], r["to_person_id"]) for r in data["relations"]} == {
        (ids["offender"], "ex_partner", ids["victim"]), (ids["offender"], "father", ids["child"])}
    forms = {f["form"]: f["since"] for f in data["violence"]}
    assert forms == {"physical": "2025-06-01", "psychological": "2025-06-01",
                     "stalking": "2025-06-01", "witnessed": None}
    assert [(m["kind"], m["on_date"]) for m in data["measures"]] == [
        ("criminal_complaint", "2026-01-12"), ("no_approach_order", "2026-01-20")]
    shelter = next(s for s in data["services"] if s["kind"] == "shelter")
    assert (shelter["start_on"], shelter["end_on"], shelter["children"]) == (
        "2026-01-13", "2026-03-01", 1)
    text = ok(rete("--vault", str(station.path), "case", "show", ids["case"],
                   env={"RETE_LANG": "it"}))
    assert "Marco Neri — ex partner → Anna Bianchi" in text
    assert "divieto di avvicinamento" in text and "ospitalità in casa rifugio" in text


def test_bad_values_are_refused_and_change_nothing(rete: CliRunner,
                                                  net: dict[str, Office]) -> None:
    station = net["carabinieri"]
    ids = full_case(rete, station)
    v = ("--vault", str(station.path))
    before = show(rete, station, ids["case"])
    for args in (("person", "relate", "--case", ids["case"], ids["victim"], "--to",
                  ids["victim"], "--relation", "partner"),
                 ("person", "relate", "--case", ids["case"], ids["victim"], "--to", "nobody",
                  "--relation", "partner"),
                 ("case", "violence", ids["case"], "--forms", "fisica,telepatica"),
                 ("case", "measure", ids["case"], "--kind", "multa", "--date", "2026-01-01"),
                 ("case", "service", ids["case"], "--kind", "legal", "--from", "2026-02-01",
                  "--to", "2026-01-01"),
                 ("case", "service", ids["case"], "--kind", "shelter", "--children", "-1"),
                 ("case", "source", ids["case"], "--source", "piccione")):
        r = rete(*v, *args)
        assert r.code in (4, 6) and "Traceback" not in r.err, args
    assert show(rete, station, ids["case"]) == before


def test_sharing_under_legal_obligation_is_shown_as_such_never_as_consent(
    rete: CliRunner, net: dict[str, Office], tmp_path: Path
) -> None:
    station, social = net["carabinieri"], net["social"]
    ids = full_case(rete, station)
    v = ("--vault", str(station.path))
    out = tmp_path / "ref.rete"
    export = ("packet", "export", "--case", ids["case"], "--to", social.office_id, "--out",
              str(out))
    assert rete(*v, *export).code == 5  # no consent, no basis: nothing leaves
    r = rete(*v, "case", "basis", ids["case"], "--share-with", "social_services", "--basis",
             "legal_obligation", "--reason", "minore a rischio")
    assert r.code == 4 and "norm" in r.err
    r = rete(*v, "case", "basis", ids["case"], "--share-with", "servizi-sociali", "--basis",
             "obbligo", "--norm", "art. 9 L. 184/1983", "--collected", "oral",
             "--reason", "minore a rischio")
    assert r.code == 4  # "how consent was collected" on a legal obligation: she did not consent
    ok(rete(*v, "case", "basis", ids["case"], "--share-with", "servizi-sociali", "--basis",
            "obbligo", "--norm", "art. 9 L. 184/1983", "--reason", "minore a rischio"))
    data = show(rete, station, ids["case"])
    (decision,) = data["sharing"]
    assert (decision["basis"], decision["norm"], decision["collected"]) == (
        "legal_obligation", "art. 9 L. 184/1983", None)
    assert data["consent"]["share_with"] == []  # the consent record still says: nobody
    text = ok(rete(*v, "case", "show", ids["case"], env={"RETE_LANG": "it"}))
    assert "obbligo di legge (art. 9 L. 184/1983)" in text and "consenso della donna" not in text
    assert "non si può inviare" not in text and "decisioni di condivisione" in text

    exported = json.loads(ok(rete(*v, "--json", *export)))
    with social.open() as vault:
        received = referral.import_referral(vault, Path(exported["file"]).read_bytes())
        pdf = received.packet.part(referral.SUMMARY_PART)
        doc = json.loads(received.packet.part(referral.CASE_PART))
    assert doc["sharing"][0]["basis"] == "legal_obligation"
    assert len(doc["persons"]) == 3  # the child travels: the obligation is about him
    pdf_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "obbligo di legge (art. 9 L. 184/1983)" in " ".join(pdf_text.split())
    first_note = show(rete, social, received.case_id)["notes"][0]["text"]
    assert "obbligo di legge (art. 9 L. 184/1983)" in first_note
    audit = ok(rete(*v, "--json", "audit", "list", "--case", ids["case"]))
    assert "case.sharing" in audit and "legal_obligation" in audit


def test_the_free_text_legal_basis_is_refused_and_an_old_one_is_flagged_for_review(
    rete: CliRunner, net: dict[str, Office]
) -> None:
    """One mechanism: ``case consent --legal-basis`` says to use ``case basis`` and changes
    nothing; a free text kept from an earlier version (migration 0017 could not map it) is
    shown as "to review" until the consent is recorded again."""
    station = net["carabinieri"]
    ids = full_case(rete, station)
    v = ("--vault", str(station.path))
    before = show(rete, station, ids["case"])
    r = rete(*v, "case", "consent", ids["case"], "--share-with", "cav", "--legal-basis",
             "obbligo di legge")
    assert r.code == 4 and "no longer used" in r.err and "rete case basis" in r.err
    assert "Nulla è stato cambiato" in rete(*v, "case", "consent", ids["case"], "--legal-basis",
                                            "x", env={"RETE_LANG": "it"}).err
    assert show(rete, station, ids["case"]) == before
    with station.open() as vault:
        cases.set_consent(vault, ids["case"], Consent(share_with=(OfficeKind.CAV,),
                                                      legal_basis="vedi cartaceo"))
    text = ok(rete(*v, "case", "show", ids["case"]))
    assert "To review" in text and "vedi cartaceo" in text and "rete case basis" in text
    ok(rete(*v, "case", "consent", ids["case"], "--share-with", "cav"))
    assert "To review" not in ok(rete(*v, "case", "show", ids["case"]))


def _comparable(data: dict[str, object]) -> dict[str, object]:
    """The record without ids (a received case has new ones), relations by person names."""
    names = {p["id"]: p["name"] for p in data["persons"]}  # type: ignore[attr-defined]
    return {
        "access_source": data["access_source"],
        "relations": sorted((names[r["person_id"]], r["relation"], names[r["to_person_id"]])
                            for r in data["relations"]),  # type: ignore[attr-defined]
        "violence": sorted((f["form"], f["since"], f["until"])
                           for f in data["violence"]),  # type: ignore[attr-defined]
        "measures": [(m["kind"], m["on_date"], m["detail"])
                     for m in data["measures"]],  # type: ignore[attr-defined]
        "services": [(s["kind"], s["start_on"], s["end_on"], s["children"])
                     for s in data["services"]],  # type: ignore[attr-defined]
        "assessment": {k: data["assessment"][k] for k in (  # type: ignore[index]
            "assessed_on", "answers", "score", "computed_level", "level", "reason")},
    }


def test_the_record_round_trips_through_a_referral_and_a_backup(
    rete: CliRunner, net: dict[str, Office], tmp_path: Path
) -> None:
    station, cav = net["carabinieri"], net["cav"]
    ids = full_case(rete, station)
    v = ("--vault", str(station.path))
    instrument = json.loads(ok(rete(*v, "--json", "risk", "instruments")))[0]
    answers = [a for i in instrument["items"] for a in
               ("--answer", f"{i['id']}={'yes' if i['id'] in ('fear', 'stalking') else 'no'}")]
    ok(rete(*v, "risk", "assess", "--case", ids["case"], "--date", "2026-01-12", *answers,
            "--level", "high"))
    ok(rete(*v, "case", "consent", ids["case"], "--share-with", "cav"))
    original = _comparable(show(rete, station, ids["case"]))

    out = tmp_path / "ref.rete"
    exported = json.loads(ok(rete(*v, "--json", "packet", "export", "--case", ids["case"],
                                  "--to", cav.office_id, "--out", str(out))))
    imported = json.loads(ok(rete("--vault", str(cav.path), "--json", "packet", "import",
                                  exported["file"])))
    received = show(rete, cav, imported["case_id"])
    assert _comparable(received) == original
    assert received["assessment"]["operator"].endswith(f"({station.name})")
    assert received["sharing"] == []  # the sender's basis is the sender's; ours starts empty

    backup = tmp_path / "station.backup"
    ok(rete(*v, "backup", str(backup)))
    restored = tmp_path / "restored"
    ok(rete("--vault", str(restored), "restore", str(backup)))
    again = json.loads(ok(rete("--vault", str(restored), "--json", "case", "show",
                               ids["case"])))
    assert _comparable(again) == original


def test_children_withheld_by_consent_take_their_relations_with_them(
    rete: CliRunner, net: dict[str, Office], tmp_path: Path
) -> None:
    station, cav = net["carabinieri"], net["cav"]
    ids = full_case(rete, station)
    v = ("--vault", str(station.path))
    ok(rete(*v, "case", "consent", ids["case"], "--share-with", "cav", "--no-children"))
    exported = json.loads(ok(rete(*v, "--json", "packet", "export", "--case", ids["case"],
                                  "--to", cav.office_id, "--out", str(tmp_path / "r.rete"))))
    imported = json.loads(ok(rete("--vault", str(cav.path), "--json", "packet", "import",
                                  exported["file"])))
    received = show(rete, cav, imported["case_id"])
    assert [p["role"] for p in received["persons"]] == ["victim", "offender"]
    assert [r["relation"] for r in received["relations"]] == ["ex_partner"]


def test_erasure_removes_the_whole_record(rete: CliRunner, net: dict[str, Office]) -> None:
    station = net["carabinieri"]
    ids = full_case(rete, station)
    v = ("--vault", str(station.path))
    instrument = json.loads(ok(rete(*v, "--json", "risk", "instruments")))[0]
    ok(rete(*v, "risk", "assess", "--case", ids["case"],
            *[a for i in instrument["items"] for a in ("--answer", f"{i['id']}=no")]))
    ok(rete(*v, "case", "basis", ids["case"], "--share-with", "cav", "--basis", "consent",
            "--collected", "scritto", "--reason", "lo chiede lei"))
    tables = ("risk_assessments", "person_relations", "violence_forms", "case_measures",
              "case_services", "sharing_decisions")
    with station.open() as vault:
        before = {t: vault.query_one(f"SELECT count(*) FROM {t}")[0] for t in tables}
    assert all(before.values())
    ok(rete(*v, "case", "erase", ids["case"], "--yes"))
    with station.open() as vault:
        after = {t: vault.query_one(f"SELECT count(*) FROM {t}")[0] for t in tables}
    assert after == dict.fromkeys(tables, 0)


def test_a_laboratorio_item_needs_a_basis_and_carries_the_record_as_codes(
    rete: CliRunner, net: dict[str, Office]
) -> None:
    station = net["carabinieri"]
    ids = full_case(rete, station)
    v = ("--vault", str(station.path))
    show_item = ("--json", "lab", "item", "--case", ids["case"], "--show")
    r = rete(*v, *show_item)
    assert r.code == 5 and "basis" in r.err and r.out == ""
    with station.open() as vault:  # refused before anything: not even a laboratorio code
        assert vault.query_one("SELECT count(*) FROM lab_case_codes")[0] == 0
    ok(rete(*v, "case", "basis", ids["case"], "--share-with", "laboratorio", "--basis",
            "legal_obligation", "--norm", "art. 9 L. 184/1983", "--reason", "minore a rischio"))
    instrument = json.loads(ok(rete(*v, "--json", "risk", "instruments")))[0]
    ok(rete(*v, "risk", "assess", "--case", ids["case"], *[
        a for i in instrument["items"]
        for a in ("--answer", f"{i['id']}={'yes' if i['id'] == 'stalking' else 'no'}")]))
    item = json.loads(ok(rete(*v, *show_item)))
    assert item["basis"] == "legal_obligation"
    assert item["record"] == {
        "assessment": {"instrument": "rete-rischio-ipv@2", "level": "low", "score": 2,
                       "yes": ["stalking"]},
        "relation": "ex_partner",
        "violence": ["physical", "psychological", "stalking", "witnessed"],
        "measures": ["criminal_complaint", "no_approach_order"],
        "services": ["listening", "shelter"],
    }
    assert "2026" not in json.dumps(item)  # no dates leave with an item
    text = ok(rete(*v, "lab", "item", "--case", ids["case"], "--show", env={"RETE_LANG": "it"}))
    assert "Base per la condivisione: obbligo di legge" in text
    assert "Relazione del presunto autore con la donna: ex partner" in text


def test_the_chair_refuses_an_item_with_a_malformed_record() -> None:
    from rete_desktop.errors import BadInput
    from rete_desktop.lab.items import validate_item

    good = {"format": "rete-lab-item/1", "case_code": "LAB-0000-0000", "office_kind": "cav",
            "request": "", "status": "open", "risk": "low", "persons": [],
            "children": {"count": 0, "witnessed": 0, "direct": 0, "list": []},
            "basis": "consent", "record": {"violence": ["physical"], "relation": "partner"}}
    assert validate_item(good) is good
    for bad in ({"basis": "whim"}, {"record": {"violence": ["Giulia Bernasconi"]}},
                {"record": {"relation": "neighbour"}}, {"record": {"notes": "free text"}},
                {"record": {"assessment": {"level": "high", "score": "12", "instrument": "x",
                                           "yes": []}}}):
        with pytest.raises(BadInput):
            validate_item({**good, **bad})


def test_the_womans_access_export_holds_her_record_and_the_bases_the_offenders_does_not(
    rete: CliRunner, net: dict[str, Office], tmp_path: Path
) -> None:
    station = net["carabinieri"]
    ids = full_case(rete, station)
    v = ("--vault", str(station.path))
    ok(rete(*v, "case", "basis", ids["case"], "--share-with", "social_services", "--basis",
            "legal_obligation", "--norm", "art. 331 c.p.p.", "--reason", "reato d'ufficio"))
    exports = {}
    for role in ("victim", "offender"):
        out = tmp_path / role
        ok(rete(*v, "person", "export", ids[role], "--out", str(out)))
        (doc,) = [json.loads(p.read_text()) for p in out.glob("*.json")]
        exports[role] = doc
    woman = exports["victim"]
    assert ["forms of violence", "physical"] in woman["record"]
    assert ["relation", "alleged offender is ex-partner of victim"] in woman["record"]
    assert "Marco Neri" not in json.dumps(woman["record"])  # others by role only
    assert any("legal obligation (art. 331 c.p.p.)" in value for _, value in woman["sharing"])
    assert exports["offender"]["record"] is None and exports["offender"]["sharing"] is None
