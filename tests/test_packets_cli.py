"""Referral packets through the `rete` command: two vaults, export, import, register, receipts."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rete_desktop.packets import register
from rete_desktop.packets.packet import unseal
from rete_desktop.stats import aggregates
from rete_desktop.storage import cases, protocols
from rete_desktop.storage.identity import load_identity
from tests.conftest import CliRunner, Result
from tests.packet_fixtures import Office, build_network, referral_case


@pytest.fixture
def two_offices(tmp_path: Path) -> dict[str, Office]:
    """CAV (coordinator), Carabinieri and social services, all holding the same directory."""
    return build_network(tmp_path)





def test_referral_round_trip_between_two_vaults(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, note_id = referral_case(rete, cc)
    out = tmp_path / "outbox"
    out.mkdir()
    r = rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out", str(out),
             "--notes", "all", "--action", "Colloquio entro 48 ore", "--json",
             "--vault", str(cc.path))
    assert r.code == 0, r.err
    exported = json.loads(r.out)
    packet_file = Path(exported["file"])
    assert packet_file.parent == out and packet_file.name.startswith("rete-")
    assert b"Rossi" not in packet_file.read_bytes()

    r = rete("packet", "import", str(packet_file), "--json", "--vault", str(cav.path))
    assert r.code == 0, r.err
    imported = json.loads(r.out)
    assert imported["packet_id"] == exported["packet_id"]
    assert imported["sender"] == cc.office_id
    shown = json.loads(rete("case", "show", imported["case_id"], "--json",
                            "--vault", str(cav.path)).out)
    assert shown["risk"] == "high"
    assert sorted(p["name"] for p in shown["persons"]) == ["Anna Rossi", "Luca Rossi"]
    texts = [n["text"] for n in shown["notes"]]
    assert "Denuncia raccolta in caserma." in texts
    assert any("Colloquio entro 48 ore" in t for t in texts)

    listed = json.loads(rete("packet", "list", "--json", "--vault", str(cav.path)).out)
    assert [(e["direction"], e["packet_id"]) for e in listed] == [
        ("received", exported["packet_id"])]
    assert listed[0]["case_id"] == imported["case_id"]


def _export_to_cav_and_social(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> tuple[str, Path, Result]:
    """One referral from the Carabinieri to both the CAV and social services."""
    cc, cav, social = two_offices["carabinieri"], two_offices["cav"], two_offices["social"]
    case_id, _ = referral_case(rete, cc)
    packet_file = tmp_path / "referral.age"
    r = rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--to",
             social.office_id, "--out", str(packet_file), "--vault", str(cc.path))
    assert r.code == 0, r.err
    return case_id, packet_file, r


def test_receipt_marks_the_referral_acknowledged(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav, social = two_offices["carabinieri"], two_offices["cav"], two_offices["social"]
    case_id, packet_file, r = _export_to_cav_and_social(rete, two_offices, tmp_path)
    packet_id = r.out.strip()
    for office in (cav, social):
        assert rete("packet", "import", str(packet_file), "--vault", str(office.path)).code == 0
    sent = json.loads(rete("packet", "list", "--json", "--vault", str(cc.path)).out)[0]
    assert sent["status"] == "sent" and sent["acknowledged_by"] == []

    receipt = tmp_path / "receipt.age"
    r = rete("packet", "receipt", packet_id, "--out", str(receipt), "--vault", str(cav.path))
    assert r.code == 0, r.err
    r = rete("packet", "import-receipt", str(receipt), "--vault", str(cc.path))
    assert r.code == 0, r.err
    entries = json.loads(rete("packet", "list", "--json", "--vault", str(cc.path)).out)
    sent = next(e for e in entries if e["packet_id"] == packet_id)
    assert sent["acknowledged_by"] == [cav.office_id]
    assert sent["status"] == "sent"
    assert rete("packet", "import-receipt", str(receipt), "--vault", str(cc.path)).code == 5
    plain = rete("packet", "list", "--vault", str(cc.path)).out
    assert "1/2" in plain


def test_export_to_an_office_kind_without_consent_is_refused(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, social = two_offices["carabinieri"], two_offices["social"]
    case_id, _ = referral_case(rete, cc, share_with="cav")
    out = tmp_path / "x.age"
    r = rete("packet", "export", "--case", case_id, "--to", social.office_id, "--out", str(out),
             "--vault", str(cc.path))
    assert r.code == 5
    assert "consent" in r.err and not out.exists()
    assert json.loads(rete("packet", "list", "--json", "--vault", str(cc.path)).out) == []


def test_notes_leave_only_with_consent(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, note_id = referral_case(rete, cc, include_notes=False)
    out = tmp_path / "x.age"
    base = ("packet", "export", "--case", case_id, "--to", cav.office_id, "--out", str(out),
            "--vault", str(cc.path))
    assert rete(*base, "--notes", note_id).code == 5
    assert rete(*base, "--notes", "all").code == 5
    assert rete(*base).code == 0
    r = rete("packet", "import", str(out), "--json", "--vault", str(cav.path))
    shown = json.loads(rete("case", "show", json.loads(r.out)["case_id"], "--json",
                            "--vault", str(cav.path)).out)
    assert all("Denuncia" not in n["text"] for n in shown["notes"])


def test_import_of_a_foreign_file_exits_4(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"not a packet at all")
    r = rete("packet", "import", str(junk), "--vault", str(two_offices["cav"].path))
    assert r.code == 4 and "age" in r.err


def test_multi_recipient_packet_opens_for_each_recipient_and_the_sender(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav, social = two_offices["carabinieri"], two_offices["cav"], two_offices["social"]
    case_id, packet_file, r = _export_to_cav_and_social(rete, two_offices, tmp_path)
    case_ids = set()
    for office in (cav, social):
        r = rete("packet", "import", str(packet_file), "--json", "--vault", str(office.path))
        assert r.code == 0, r.err
        case_ids.add(json.loads(r.out)["case_id"])
    assert len(case_ids) == 2
    with cc.open() as vault:
        own = unseal(packet_file.read_bytes(), load_identity(vault).keys.age_identity_string())
        evidence = vault.query_one("SELECT sha256, data FROM packet_evidence")
    assert set(own.manifest.recipients) == {cav.office_id, social.office_id}
    # Written straight to the file: the register keeps its hash, not a second copy.
    assert tuple(evidence) == (hashlib.sha256(packet_file.read_bytes()).hexdigest(), b"")


def test_imported_referral_is_a_linked_received_case(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, _ = referral_case(rete, cc)
    out = tmp_path / "r.age"
    packet_id = rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out",
                     str(out), "--vault", str(cc.path)).out.strip()
    new_case = rete("packet", "import", str(out), "--vault", str(cav.path)).out.strip()
    with cav.open() as vault:
        case = cases.get_case(vault, new_case, audit_read=False)
        stored = vault.query_one("SELECT sha256, data FROM packet_evidence")
    assert case.source == "referral" and case.received_packet_id == packet_id
    # The case and its attachments are the office's copy: the register keeps the hash only.
    assert tuple(stored) == (hashlib.sha256(out.read_bytes()).hexdigest(), b"")


def test_unacknowledged_referral_is_overdue_after_two_days(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, _ = referral_case(rete, cc)
    assert rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out",
                str(tmp_path / "r.age"), "--vault", str(cc.path)).code == 0
    with cc.open() as vault:
        (entry,) = register.list_register(vault)
        assert not entry.overdue
        (later,) = register.list_register(vault, now=datetime.now(UTC) + timedelta(days=3))
    assert later.overdue and later.acknowledged_by == ()


def test_protocol_numbers_count_up_per_office(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, _ = referral_case(rete, cc)
    protocols = []
    for i in range(2):
        r = rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out",
                 str(tmp_path / f"{i}.age"), "--json", "--vault", str(cc.path))
        protocols.append(json.loads(r.out)["protocol"])
    year = datetime.now(UTC).year
    assert protocols == [f"{year}/000001", f"{year}/000002"]


def test_imported_referral_gives_this_office_only_its_own_protocol_steps(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, _ = referral_case(rete, cc)
    v = ("--vault", str(cc.path))
    codice_rosso = next(p for p in protocols.sample_protocol_files() if "codice" in p.name)
    protocol_id = rete("protocol", "import", str(codice_rosso), *v).out.strip()
    trigger = date.today() - timedelta(days=5)
    assert rete("case", "apply-protocol", case_id, protocol_id, "--trigger-date",
                trigger.isoformat(), *v).code == 0
    out = tmp_path / "r.age"
    assert rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out", str(out),
                "--safe-contact", "solo SMS dopo le 18", *v).code == 0
    new_case = rete("packet", "import", str(out), "--vault", str(cav.path)).out.strip()

    shown = json.loads(rete("case", "show", new_case, "--json", "--vault", str(cav.path)).out)
    assert [(t["title"], t["owner_kind"]) for t in shown["tasks"]] == [
        ("Primo colloquio di accoglienza al CAV", "cav")]
    first_note = shown["notes"][0]["text"]
    # the receiving office works in English (RETE_LANG=en), the case file stays in Italian
    assert first_note.startswith("Segnalazione ricevuta — ")
    assert "Scadenze del protocollo di altri uffici" in first_note
    assert "Comunicare immediatamente la notizia di reato al PM" in first_note
    assert "Carabinieri" in first_note and "Procura della Repubblica" in first_note
    assert "Contatto concordato con lei: solo SMS dopo le 18" in first_note
    assert "Received" not in first_note and "Other offices" not in first_note
    assert "Contact she agreed" not in first_note
    cav_due = trigger + timedelta(days=3)
    with cav.open() as vault:
        assert aggregates.compute(vault, cav_due.year).deadlines_missed == 1


def test_importing_a_packet_this_office_sent_says_so(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, _ = referral_case(rete, cc)
    out = tmp_path / "r.age"
    assert rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out", str(out),
                "--vault", str(cc.path)).code == 0
    r = rete("packet", "import", str(out), "--vault", str(cc.path))
    assert r.code == 5
    assert "packet this office sent" in r.err and "not addressed" not in r.err
    assert len(json.loads(rete("packet", "list", "--json", "--vault", str(cc.path)).out)) == 1


def test_packet_import_files_receipts_and_laboratorio_packets_by_kind(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, _ = referral_case(rete, cc)
    referral_file, receipt, item = (tmp_path / n for n in ("r.age", "k.age", "i.age"))
    packet_id = rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out",
                     str(referral_file), "--vault", str(cc.path)).out.strip()
    r = rete("packet", "import", str(referral_file), "--json", "--vault", str(cav.path))
    assert r.code == 0 and json.loads(r.out)["kind"] == "referral"
    assert rete("packet", "receipt", packet_id, "--out", str(receipt),
                "--vault", str(cav.path)).code == 0

    r = rete("packet", "import", str(receipt), "--json", "--vault", str(cc.path))
    assert r.code == 0, r.err
    assert json.loads(r.out)["kind"] == "receipt" and json.loads(r.out)["packet_id"] == packet_id
    assert "Receipt from" in r.err
    sent = json.loads(rete("packet", "list", "--json", "--vault", str(cc.path)).out)
    assert next(e for e in sent if e["packet_id"] == packet_id)["acknowledged_by"] == [
        cav.office_id]

    assert rete("lab", "item", "--case", case_id, "--to", cav.office_id, "--out", str(item),
                "--vault", str(cc.path)).code == 0
    r = rete("packet", "import", str(item), "--json", "--vault", str(cav.path))
    assert r.code == 0, r.err
    assert json.loads(r.out)["kind"] == "agenda-item" and "rete lab agenda" in r.err
    assert len(json.loads(rete("lab", "items", "--json", "--vault", str(cav.path)).out)) == 1


def test_packet_list_has_a_header_and_says_direction_receipts_and_overdue_in_words(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav, social = two_offices["carabinieri"], two_offices["cav"], two_offices["social"]
    case_id, _ = referral_case(rete, cc)
    packet_file, receipt = tmp_path / "r.age", tmp_path / "k.age"
    packet_id = rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--to",
                     social.office_id, "--out", str(packet_file),
                     "--vault", str(cc.path)).out.strip()
    assert rete("packet", "import", str(packet_file), "--vault", str(cav.path)).code == 0
    header, row = rete("packet", "list", "--vault", str(cav.path)).out.splitlines()
    assert header.split()[:4] == ["Protocol", "Date", "Direction", "Kind"]
    assert "incoming" in row and "referral" in row and "no receipt sent yet" in row
    assert rete("packet", "receipt", packet_id, "--out", str(receipt),
                "--vault", str(cav.path)).code == 0
    listed = rete("packet", "list", "--vault", str(cav.path)).out
    assert "receipt sent" in listed and "outgoing" in listed

    assert rete("packet", "import", str(receipt), "--vault", str(cc.path)).code == 0
    out = rete("packet", "list", "--vault", str(cc.path), env={"RETE_LANG": "it"}).out
    header, *rows = out.splitlines()
    assert "Direzione" in header and "Stato" in header
    sent = next(r for r in rows if packet_id in r)
    assert "in uscita" in sent and "ricevute 1/2" in sent and "RITARDO" not in sent
    with cc.open() as vault, vault.transaction() as conn:
        conn.execute("UPDATE packet_register SET created = ? WHERE packet_id = ?",
                     ((datetime.now(UTC) - timedelta(days=3)).isoformat(), packet_id))
    out = rete("packet", "list", "--vault", str(cc.path)).out
    sent = next(r for r in out.splitlines() if packet_id in r)
    assert "receipts 1/2" in sent and "OVERDUE" in sent


def test_packet_list_status_agrees_with_the_kind_and_a_receipt_names_the_referral_protocol(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, _ = referral_case(rete, cc)
    packet_file, receipt = tmp_path / "r.age", tmp_path / "k.age"
    r = rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out",
             str(packet_file), "--json", "--vault", str(cc.path))
    packet_id, protocol = json.loads(r.out)["packet_id"], json.loads(r.out)["protocol"]
    assert rete("packet", "import", str(packet_file), "--vault", str(cav.path)).code == 0
    assert rete("packet", "receipt", packet_id, "--out", str(receipt),
                "--vault", str(cav.path)).code == 0
    it = {"RETE_LANG": "it"}
    row = next(line for line in rete("packet", "list", "--vault", str(cav.path),
                                     env=it).out.splitlines() if "ricevuta  " in line)
    assert "inviata" in row and "inviato" not in row
    r = rete("packet", "import-receipt", str(receipt), "--vault", str(cc.path), env=it)
    assert r.code == 0, r.err
    assert f"per la segnalazione protocollo {protocol}" in r.err and packet_id not in r.err
    row = next(line for line in rete("packet", "list", "--vault", str(cc.path),
                                     env=it).out.splitlines() if "ricevuta  " in line)
    assert "registrata" in row and "registrato" not in row


def test_a_chosen_note_never_travels_without_its_correction(
    rete: CliRunner, two_offices: dict[str, Office], tmp_path: Path
) -> None:
    """Picking the original (as the wizard's list does) sends its amendment too, so the
    recipient never acts on an outdated text; an unpicked note stays home."""
    cc, cav = two_offices["carabinieri"], two_offices["cav"]
    case_id, note_id = referral_case(rete, cc)
    v = ("--vault", str(cc.path))
    assert rete("note", "amend", note_id, "--text", "Denuncia raccolta il 3 marzo, non il 2.",
                *v).code == 0
    rete("note", "add", "--case", case_id, "--text", "Nota interna da non inviare.", *v)
    out = tmp_path / "x.age"
    assert rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out", str(out),
                "--notes", note_id, *v).code == 0
    r = rete("packet", "import", str(out), "--json", "--vault", str(cav.path))
    shown = json.loads(rete("case", "show", json.loads(r.out)["case_id"], "--json",
                            "--vault", str(cav.path)).out)
    (original,) = [n for n in shown["notes"] if "Denuncia raccolta in caserma" in n["text"]]
    assert [a["text"] for a in original["amendments"]] == [
        "Denuncia raccolta il 3 marzo, non il 2."]
    assert all("interna" not in n["text"] for n in shown["notes"])


IT = {"RETE_LANG": "it"}


def test_consent_refusal_names_the_office_kind_in_the_users_language(
    rete: CliRunner, tmp_path: Path
) -> None:
    net = build_network(tmp_path / "net")
    cc, social = net["carabinieri"], net["social"]
    v = ("--vault", cc.path)
    case_id = rete(*v, "case", "new", "--title", "Caso").out.strip()
    rete(*v, "case", "consent", case_id, "--share-with", "cav")
    r = rete(*v, "packet", "export", "--case", case_id, "--to", social.office_id, "--out",
             tmp_path / "p.age", env=IT)
    assert r.code == 5 and "Servizi sociali" in r.err and "social_services" not in r.err
