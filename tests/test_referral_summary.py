"""The signed referral summary as the receiving office needs it: kept encrypted with the case the
referral is filed as, written out only on explicit request, and saying what the receiver needs
(and nothing the woman's consent keeps in the sending office)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.packets import referral
from rete_desktop.reports.referral_pdf import referral_pdf
from rete_desktop.storage import attachments, audit, cases, notes
from rete_desktop.storage.vault import Vault
from tests.conftest import CliRunner
from tests.packet_fixtures import Office, build_network


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Office]:
    return build_network(tmp_path_factory.mktemp("net"))


def _case(vault: Vault, *, include_children: bool = True) -> str:
    case_id = cases.create_case(vault, "Maltrattamenti — Casalmaggiore", risk="high")
    cases.add_person(vault, case_id, "victim", "Maria Bianchi", birth_year=1988,
                     phone="333 1234567")
    cases.add_person(vault, case_id, "child", "Lia Bianchi", birth_year=2017,
                     exposure="witnessed")
    notes.add_note(vault, case_id, "Nota interna: il marito lavora in via Roma.")
    cases.set_consent(vault, case_id, Consent(share_with=(OfficeKind.CAV,),
                                              include_children=include_children))
    return case_id


@pytest.fixture
def received(network: dict[str, Office]) -> tuple[Path, str]:
    """A referral from the station, filed at the CAV: (the CAV's vault folder, its protocol)."""
    cav = network["cav"]
    with network["carabinieri"].open() as station:
        sealed, _ = referral.export_referral(station, _case(station), [cav.office_id])
    with cav.open() as vault:
        return cav.path, referral.import_referral(vault, sealed.data).protocol


def test_the_received_summary_is_kept_with_the_filed_case(network, received):
    _, protocol = received
    with network["cav"].open() as vault:
        summary = referral.received_summary(vault, protocol)
        case_id = summary.case_id
        assert summary.source == referral.SUMMARY_SOURCE
        assert summary.media_type == "application/pdf"
        assert protocol.replace("/", "-") in summary.name
        assert [a.id for a in attachments.list_attachments(vault, case_id)] == [summary.id]
        text = pdf_text(attachments.attachment_data(vault, summary.id))
        reference = cases.get_case(vault, case_id, audit_read=False).reference
        assert referral.received_summary(vault, reference).id == summary.id
    assert "Maltrattamenti" in text and "Stazione Carabinieri Casalmaggiore" in text


def test_the_summary_is_written_out_only_where_asked_and_the_export_is_audited(
        rete: CliRunner, network, received, tmp_path: Path):
    path, protocol = received
    out = tmp_path / "sintesi.pdf"
    r = rete("packet", "summary", protocol, "--out", str(out), "--json", "--vault", str(path),
             env={"RETE_LANG": "en"})
    assert r.code == 0, r.err
    assert "NOT encrypted" in r.err
    assert "Maltrattamenti" in pdf_text(out.read_bytes())
    attachment_id = json.loads(r.out)["attachment_id"]
    with network["cav"].open() as vault:
        exported = [e for e in audit.list_entries(vault) if e.action == "attachment.export"]
    assert [e.entity_id for e in exported] == [attachment_id]


def test_an_unknown_protocol_is_not_found_and_nothing_is_written(
        rete: CliRunner, received, tmp_path: Path):
    path, _ = received
    out = tmp_path / "sintesi.pdf"
    r = rete("packet", "summary", "1999/000001", "--out", str(out), "--vault", str(path),
             env={"RETE_LANG": "en"})
    assert r.code == 6
    assert "No signed summary for 1999/000001" in r.err
    assert not out.exists()


def _cli(rete: CliRunner, office: Office, *args: str) -> str:
    r = rete("--vault", str(office.path), *args)
    assert r.code == 0, r.err
    return r.out.strip()


def _station_case(rete: CliRunner, station: Office, *consent: str) -> str:
    """A station's case with the whole record, as an operator fills it in through the CLI."""
    from rete_desktop.storage.protocols import sample_protocol_files

    case = _cli(rete, station, "case", "new", "--title", "Bianchi — Casalmaggiore")
    victim = _cli(rete, station, "person", "add", "--case", case, "--role", "victim", "--name",
                  "Anna Bianchi", "--birth-year", "1987", "--phone", "333 7654321")
    offender = _cli(rete, station, "person", "add", "--case", case, "--role", "offender",
                    "--name", "Marco Neri")
    _cli(rete, station, "person", "add", "--case", case, "--role", "child", "--name",
         "Luca Neri", "--birth-year", "2017", "--exposure", "witnessed")
    _cli(rete, station, "person", "relate", "--case", case, offender, "--to", victim,
         "--relation", "ex-partner")
    _cli(rete, station, "case", "violence", case, "--forms", "fisica,stalking", "--since",
         "2025-06-01")
    _cli(rete, station, "case", "measure", case, "--kind", "denuncia", "--date", "2026-01-12")
    instrument = json.loads(_cli(rete, station, "--json", "risk", "instruments"))[0]
    answers = [a for i in instrument["items"] for a in
               ("--answer", f"{i['id']}={'yes' if i['id'] in ('fear', 'stalking') else 'no'}")]
    _cli(rete, station, "risk", "assess", "--case", case, "--date", "2026-01-12", *answers,
         "--level", "high", "--reason", "minacce di morte")
    rosso = next(p for p in sample_protocol_files() if p.name == "codice-rosso.json")
    _cli(rete, station, "protocol", "import", str(rosso))
    _cli(rete, station, "case", "apply-protocol", case, "codice-rosso", "--trigger-date",
         "2026-01-10")
    _cli(rete, station, "note", "add", "--case", case, "--text",
         "Nota interna: il fratello lavora alla Coop.")
    _cli(rete, station, "case", "consent", case, "--share-with", "cav", *consent)
    return case


def _summary_text(rete: CliRunner, network: dict[str, Office], case: str, tmp_path: Path,
                  *options: str) -> str:
    """Export from the station, import at the CAV, write the summary out: its text."""
    station, cav = network["carabinieri"], network["cav"]
    sent = json.loads(_cli(rete, station, "--json", "packet", "export", "--case", case,
                           "--to", cav.office_id, "--out", str(tmp_path), *options))
    protocol = json.loads(_cli(rete, cav, "--json", "packet", "import", sent["file"]))
    out = tmp_path / "summary.pdf"
    register = json.loads(_cli(rete, cav, "--json", "packet", "list"))
    entry = next(e for e in register if e["packet_id"] == protocol["packet_id"])
    _cli(rete, cav, "packet", "summary", entry["protocol"], "--out", str(out))
    return " ".join(pdf_text(out.read_bytes()).split())


def test_the_summary_says_who_she_is_what_happened_and_whom_to_call_back(
        rete: CliRunner, network, tmp_path: Path):
    station = network["carabinieri"]
    _cli(rete, station, "operator", "set", "--name", "Giulia Verdi", "--role", "Mar.",
         "--phone", "0375 201234")
    case = _station_case(rete, station)
    text = _summary_text(
        rete, network, case, tmp_path, "--account",
        "Riferisce percosse ripetute dall'ex compagno, l'ultima il 10 gennaio.",
        "--safe-contact", "cellulare solo 9-12, non lasciare messaggi",
        "--action", "Colloquio entro 3 giorni")
    for expected in (
        "Anna Bianchi", "1987", "Contatto concordato con lei",
        "cellulare solo 9-12, non lasciare messaggi",
        "Riferisce percosse ripetute dall'ex compagno",
        "fisica (dal 01/06/2025)", "stalking (dal 01/06/2025)",
        "Marco Neri è ex partner di Anna Bianchi",
        "12/01/2026: rischio alto", "denuncia/querela, 12/01/2026",
        "nato/a nel 2017 (violenza assistita)",
        "Colloquio entro 3 giorni", "SCADUTA",
        "Mar. Giulia Verdi", "0375 201234", "(firma)",
    ):
        assert expected in text, expected
    assert re.search(r"\b\d{4}-\d{2}-\d{2}\b", text) is None  # dd/mm/yyyy everywhere
    assert "333 765 4321" not in text and "3337654321" not in text  # her own phone: no
    assert "Nota interna" not in text  # notes are counted, never printed


def test_what_the_consent_keeps_back_is_not_on_the_summary(
        rete: CliRunner, network, tmp_path: Path):
    case = _station_case(rete, network["carabinieri"], "--no-children")
    with network["carabinieri"].open() as station:
        draft = referral.prepare_referral(station, case, [network["cav"].office_id])
        english = " ".join(pdf_text(referral_pdf(draft.summary("2026/000001"), "en")).split())
    text = _summary_text(rete, network, case, tmp_path)
    assert "non condivisi (consenso)" in text and "not shared (consent)" in english
    for withheld in ("Luca", "2017", "Nota interna", "333"):
        assert withheld not in text and withheld not in english, withheld
    assert "Anna Bianchi" in text and "Anna Bianchi" in english
    assert "not given: agree with the sending office how to reach her safely" in english
    assert "The operator's account not written" in english
    assert "OVERDUE" in english and "Contact she agreed to" in english
