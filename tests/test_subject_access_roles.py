"""The access export (art. 15) depends on who asks: the woman gets her file, the alleged
offender only his identifying data (art. 2-undecies Codice privacy), others their own data and
the art. 15(1) information. Nothing that belongs only to another person is ever in it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import codicefiscale
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from rete_desktop.demo import create_demo_vault
from rete_desktop.domain.access_scope import Section, check_reason
from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind, PersonRole
from rete_desktop.errors import BadInput
from rete_desktop.packets import referral
from rete_desktop.reports.subject_access_pdf import subject_access_pdf
from rete_desktop.storage import audit, cases, notes, subject_access
from rete_desktop.storage.vault import Vault
from tests.conftest import CliRunner
from tests.packet_fixtures import build_network

VICTIM, OFFENDER, CHILD = "Giuseppina Marchetti", "Bruno Ferraguti", "Matteo Marchetti"
SHELTER_NOTE = "Chiede ospitalità in casa rifugio a Sabbioneta; piano di sicurezza aggiornato"


def _text(pdf: bytes) -> str:
    """The PDF's text with whitespace folded (a name may wrap across lines)."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _only_theirs(person_id: str, persons: list, case_notes: list[str]) -> set[str]:
    """Names, phones, addresses and tax codes of the others that this person does not share,
    and the note texts unless this person is the woman (the notes are her account)."""
    me = next(p for p in persons if p.id == person_id)
    mine = {v for v in (me.name, me.phone, me.address, me.codice_fiscale) if v}
    theirs = {v for p in persons if p.id != person_id
              for v in (p.name, p.phone, p.address, p.codice_fiscale) if v}
    if me.role is not PersonRole.VICTIM:
        theirs |= set(case_notes)
    return theirs - mine


def test_no_export_in_the_demo_holds_what_belongs_only_to_another_person(tmp_path: Path) -> None:
    vault, _ = create_demo_vault(tmp_path / "demo", "correct horse battery staple")
    checked: dict[str, int] = {}
    every_case = cases.list_cases(vault, limit=1000)
    try:
        for case in every_case:
            persons = cases.list_persons(vault, case.id)
            case_notes = [n.text for n in notes.list_notes(vault, case.id)]
            for person in persons:
                access = subject_access.collect(vault, person.id, lang="it")
                doc = access.to_json_bytes().decode("utf-8")
                text = _text(subject_access_pdf(access))
                for value in _only_theirs(person.id, persons, case_notes):
                    assert value not in doc and " ".join(value.split()) not in text, (
                        person.role, value)
                assert person.name in doc and person.name in text
                if person.role is not PersonRole.VICTIM:
                    assert case.title not in doc and case.title not in text
                checked[person.role.value] = checked.get(person.role.value, 0) + 1
    finally:
        vault.close()
    assert checked["victim"] == checked["offender"] == len(every_case) > 60  # with referrals
    assert checked["child"] > 0


@pytest.fixture
def family(vault: Vault) -> dict[str, str]:
    case_id = cases.create_case(vault, f"{VICTIM} — Casalmaggiore", risk="high")
    ids = {
        "case": case_id,
        "victim": cases.add_person(vault, case_id, "victim", VICTIM, birth_year=1984,
                                   phone="0375 123456", address="Via Cavour 3, Casalmaggiore"),
        "offender": cases.add_person(vault, case_id, "offender", OFFENDER, birth_year=1980,
                                     phone="333 7654321"),
        "child": cases.add_person(vault, case_id, "child", CHILD, birth_year=2018,
                                  exposure="witnessed"),
    }
    notes.add_note(vault, case_id, SHELTER_NOTE, "safety_plan")
    return ids


def _export(rete: CliRunner, vault: Vault, person_id: str, out: Path, *args: str):
    r = rete("--vault", str(vault.directory), "person", "export", person_id, "--out", str(out),
             "--json", *args)
    if r.code != 0:
        return r, None, None
    doc = json.loads((out / f"person-{person_id}.json").read_text("utf-8"))
    return r, doc, _text((out / f"person-{person_id}.pdf").read_bytes())


def test_alleged_offender_gets_only_his_identifying_data_and_the_art_2_undecies_line(
    vault: Vault, family: dict[str, str], rete: CliRunner, tmp_path: Path
) -> None:
    vault.close()
    r, doc, text = _export(rete, vault, family["offender"], tmp_path / "out", "--lang", "it")
    assert r.code == 0, r.err
    assert doc["person"]["name"] == OFFENDER and doc["person"]["phone"] == "+393337654321"
    assert doc["scope"] == "restricted" and doc["case_reference"]
    for withheld in ("case", "other_person_roles", "consent", "recipients", "notes", "tasks",
                     "attachments", "access_log"):
        assert doc[withheld] is None, withheld
    for secret in (VICTIM, "Marchetti", "Casalmaggiore", "rifugio", "Sabbioneta", CHILD,
                   "123456", "sicurezza"):
        assert secret not in json.dumps(doc, ensure_ascii=False) and secret not in text, secret
    assert OFFENDER in text and "2-undecies" in text and "art. 15, paragrafo 4" in text
    assert "Garante" in text and "art. 160" in text
    assert "Contenuto limitato (art. 2-undecies" in r.err or "Restricted contents" in r.err


def test_the_woman_gets_her_whole_file_and_the_art_15_information(
    vault: Vault, family: dict[str, str], rete: CliRunner, tmp_path: Path
) -> None:
    vault.close()
    r, doc, text = _export(rete, vault, family["victim"], tmp_path / "out", "--lang", "it")
    assert r.code == 0, r.err
    assert doc["scope"] == "full" and doc["withheld"] == []
    assert [n["text"] for n in doc["notes"]] == [SHELTER_NOTE]
    assert doc["case"]["title"].startswith(VICTIM) and doc["recipients"] == []
    assert sorted(doc["other_person_roles"]) == ["child", "offender"]
    assert OFFENDER not in text and CHILD not in text and "7654321" not in text
    for heading in ("Finalità", "Basi giuridiche", "Categorie di dati", "Origine dei dati",
                    "Uffici a cui i dati sono stati inviati", "I suoi diritti"):
        assert heading in text, heading
    for right in ("rettifica", "cancellazione", "limitazione", "reclamo al Garante"):
        assert right in text, right
    assert "Nessuno: i dati non sono stati inviati ad altri uffici." in text
    assert SHELTER_NOTE in text


def test_a_child_gets_own_data_and_the_information_but_not_the_womans_notes(
    vault: Vault, family: dict[str, str], rete: CliRunner, tmp_path: Path
) -> None:
    vault.close()
    r, doc, text = _export(rete, vault, family["child"], tmp_path / "out", "--lang", "en")
    assert r.code == 0, r.err
    assert doc["scope"] == "third_party" and doc["notes"] is None and doc["case"] is None
    assert doc["information"]["purposes"] and doc["recipients"] == []
    assert "witnessed" in text and "GDPR art. 15(4)" in text and "Purposes" in text
    assert SHELTER_NOTE not in text and VICTIM not in text
    assert "if that parent is the alleged offender" in r.err and "--restricted" in r.err
    # when the request for the child comes from the alleged offender as parent
    r, doc, text = _export(rete, vault, family["child"], tmp_path / "r", "--restricted")
    assert doc["scope"] == "restricted" and doc["recipients"] is None and "2-undecies" in text
    assert "if that parent" not in r.err


def test_releasing_more_to_him_needs_a_reason_that_names_nobody_and_is_audited(
    vault: Vault, family: dict[str, str], rete: CliRunner, tmp_path: Path
) -> None:
    vault.close()
    out = tmp_path / "out"
    r, _, _ = _export(rete, vault, family["offender"], out, "--release", "notes")
    assert r.code == 4 and "written reason" in r.err and not out.exists()
    r, _, _ = _export(rete, vault, family["offender"], out, "--release", "notes", "--reason",
                      "chiesto dalla signora Marchetti")
    assert r.code == 4 and "must not hold names" in r.err and not out.exists()
    r, _, _ = _export(rete, vault, family["offender"], out, "--release", "shelter", "--reason",
                      "x")
    assert r.code == 4 and "access-log" in r.err
    reason = "Richiesta scritta del difensore, valutata dalla coordinatrice"
    r, doc, text = _export(rete, vault, family["offender"], out, "--release", "tasks,notes",
                           "--reason", reason)
    assert r.code == 0, r.err
    assert doc["released"] == ["tasks", "notes"] and doc["notes"][0]["text"] == SHELTER_NOTE
    assert doc["case"] is None and VICTIM not in text and "notes" in r.err
    with Vault.open(vault.directory, "correct horse battery staple") as v:
        entry = next(e for e in audit.list_entries(v) if e.action == "person.export")
    assert entry.entity_id == family["offender"]
    assert "scope=restricted;released=tasks,notes;reason=" + reason in entry.detail


# Plain reasons an operator writes: words without digits, capitals after "via", or "@".
_PLAIN_WORDS = ["richiesta", "scritta", "del", "difensore", "valutata", "dalla", "coordinatrice",
                "inviata", "via", "posta", "certificata", "giorni", "art.", "c.p.p.", "ai",
                "sensi", "dell'", "su", "istanza", "volte", "mail", "e"]
_plain = st.lists(st.sampled_from(_PLAIN_WORDS), min_size=1, max_size=12).map(" ".join)
_name = st.sampled_from(["Roma", "Garibaldi", "dei Mille", "XX Settembre", "della Repubblica",
                         "Vittorio Emanuele II", "S. Rocco", "dell'Artigianato", "Po"])
_street = st.sampled_from(["via", "Via", "viale", "piazza", "P.zza", "corso", "c.so", "largo",
                           "vicolo", "strada", "località", "borgo"])
_number = st.tuples(st.integers(1, 999), st.sampled_from(["", "/b", "a", " bis"]),
                    st.sampled_from(["", "n. ", "civico "]), st.sampled_from(["", ","]))
_address = st.builds(lambda s, n, num: f"{s} {n}{num[3]} {num[2]}{num[0]}{num[1]}",
                     _street, _name, _number)
_email = st.emails().filter(lambda e: len(e) < 80)
_fiscal = st.builds(lambda surname, name, year, month, day, sex: codicefiscale.encode(
    lastname=surname, firstname=name, gender=sex, birthdate=f"{day:02d}/{month:02d}/{year}",
    birthplace="Casalmaggiore"), st.sampled_from(["Rossi", "Bianchi", "Zanardelli", "Po"]),
    st.sampled_from(["Anna", "Luca", "Ornella"]), st.integers(1930, 2010),
    st.integers(1, 12), st.integers(1, 28), st.sampled_from(["M", "F"]))


def _omocode(cf: str) -> str:
    """The codice fiscale as issued to a namesake (omocodia): its last digit as a letter."""
    last = max(i for i, c in enumerate(cf) if c.isdigit())
    return cf[:last] + "LMNPQRSTUV"[int(cf[last])] + cf[last + 1:]


@given(_plain)
def test_plain_release_reasons_are_accepted(reason: str) -> None:
    check_reason(reason, ["Anna Marchetti"])


@given(_plain, st.one_of(_address, _email, _fiscal, _fiscal.map(str.lower),
                         _fiscal.map(_omocode)), _plain)
def test_a_release_reason_with_an_email_codice_fiscale_or_address_is_refused(
    before: str, identifying: str, after: str
) -> None:
    """The audit log keeps the reason for good: e-mail addresses, codici fiscali (omocodia and
    lower case too) and street addresses with a house number are refused like names."""
    with pytest.raises(BadInput) as refused:
        check_reason(f"{before} {identifying} {after}", [])
    assert refused.value.message_id in ("access.reason_identifies",
                                        "access.reason_names_someone")
    assert "audit" in refused.value.message("en") and "audit" in refused.value.message("it")


def test_the_export_names_the_offices_her_data_were_actually_sent_to(
    tmp_path: Path, rete: CliRunner
) -> None:
    net = build_network(tmp_path / "net")
    station, cav = net["carabinieri"], net["cav"]
    with station.open() as vault:
        case_id = cases.create_case(vault, "Segnalazione al centro")
        victim = cases.add_person(vault, case_id, "victim", VICTIM, birth_year=1984)
        offender = cases.add_person(vault, case_id, "offender", OFFENDER)
        cases.set_consent(vault, case_id, Consent(share_with=(OfficeKind.CAV,)))
        packet, protocol = referral.export_referral(vault, case_id, [cav.office_id])
        access = subject_access.collect(vault, victim, lang="it")
        assert [(r.protocol, r.kind, r.offices) for r in access.recipients or ()] == [
            (protocol, "referral", (cav.name,))]
        assert f"protocollo {protocol} · segnalazione: {cav.name}" in _text(
            subject_access_pdf(access))
        him = subject_access.collect(vault, offender, lang="it")
        assert him.recipients is None and cav.name not in _text(subject_access_pdf(him))
        assert Section.RECIPIENTS in him.withheld
    with cav.open() as vault:
        received = referral.import_referral(vault, packet.data)
        [person] = [p for p in cases.list_persons(vault, received.case_id)
                    if p.role is PersonRole.VICTIM]
        info = subject_access.collect(vault, person.id, lang="en").information
    assert info["source"].startswith(f"The data were received with the referral from "
                                     f"{station.name}")


def test_his_export_does_not_tell_whether_her_case_is_open_or_closed(
    vault: Vault, family: dict[str, str]
) -> None:
    """The retention line followed the case's status («kept while it is being handled» for an
    open case): the alleged offender learned whether the woman is still followed."""
    seen = {}
    for status in ("open", "closed"):
        cases.set_status(vault, family["case"], status)
        him = subject_access.collect(vault, family["offender"], lang="it")
        seen[status] = (him.information["retention"], him.retention_years,
                        _text(subject_access_pdf(him)).split("Documento generato")[1][12:])
    assert seen["open"] == seen["closed"]
    assert seen["open"][1] is None and "chiuso, rivisto 5 anni dopo" in seen["open"][0]
    her = subject_access.collect(vault, family["victim"], lang="it")
    assert her.retention_years == 5 and "rivisto 5 anni" in her.information["retention"]


def test_her_access_log_names_each_action_in_words(
    vault: Vault, family: dict[str, str]
) -> None:
    cases.get_case(vault, family["case"])  # audited as a read
    text = _text(subject_access_pdf(subject_access.collect(vault, family["victim"], lang="it")))
    log = text.split("Chi ha consultato o modificato il caso")[1]
    assert "Ha aperto il caso" in log and "case.read" not in log
    assert "note.add" not in log and "person.add" not in log


@pytest.mark.parametrize(("lang", "alleged"), [("it", "presunto autore"),
                                               ("en", "alleged offender")])
def test_the_man_is_called_the_alleged_offender_in_every_export(
    vault: Vault, family: dict[str, str], lang: str, alleged: str
) -> None:
    """His own export said «Role: offender» in English, and hers «Other people in the case:
    offender»: until a court decides, he is the alleged offender."""
    him = _text(subject_access_pdf(subject_access.collect(vault, family["offender"], lang=lang)))
    her = _text(subject_access_pdf(subject_access.collect(vault, family["victim"], lang=lang)))
    for text in (him, her):
        assert alleged in text
        assert text.count("offender") == text.count("alleged offender"), text
        assert text.count("autore") == text.count("presunto autore"), text
