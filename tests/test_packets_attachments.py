"""Attachments in referral packets: chosen by id, limited by the consent, filed by the receiver."""

from __future__ import annotations

import hashlib
import io
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, SecurityRefused
from rete_desktop.packets import referral
from rete_desktop.packets.packet import unseal
from rete_desktop.storage import attachments, cases, search
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from tests.conftest import CliRunner
from tests.packet_fixtures import Office, build_network
from tests.sealed_files import sealed_plaintext

REPORT = b"%PDF-1.4\nVerbale di denuncia, Stazione di Casalmaggiore\n"
PHOTO = b"\x89PNG\r\n\x1a\n lesioni al braccio"


@pytest.fixture
def net(tmp_path: Path) -> dict[str, Office]:
    return build_network(tmp_path)


def _case_with_files(vault: Vault, include_notes: bool = True) -> tuple[str, str, str]:
    case_id = cases.create_case(vault, "Maltrattamenti in famiglia", risk="high")
    cases.add_person(vault, case_id, "victim", "Anna Rossi", birth_year=1990)
    report = attachments.add_attachment(vault, case_id, "Verbale denuncia Rossi.pdf", REPORT)
    photo = attachments.add_attachment(vault, case_id, "foto.png", PHOTO)
    cases.set_consent(vault, case_id, Consent(share_with=(OfficeKind.CAV,),
                                              include_notes=include_notes))
    return case_id, report, photo


def test_referral_carries_the_chosen_attachment_to_the_new_case(
    net: dict[str, Office]
) -> None:
    cc, cav = net["carabinieri"], net["cav"]
    with cc.open() as vault:
        case_id, report, _photo = _case_with_files(vault)
        sealed, _ = referral.export_referral(
            vault, case_id, [cav.office_id],
            attachments_choice=referral.NoteChoice.parse(report))
        unsealed = unseal(sealed.data, load_identity(vault).keys.age_identity_string())
    parts = {p.name for p in unsealed.manifest.parts}
    assert parts == {"case.json", "summary.pdf", f"attachment-{report}.pdf"}
    assert not any("Rossi" in p for p in parts)  # file names travel encrypted, in case.json
    doc = json.loads(unsealed.members["parts/case.json"])
    assert [a["name"] for a in doc["attachments"]] == ["Verbale denuncia Rossi.pdf"]
    pdf = PdfReader(io.BytesIO(unsealed.members["parts/summary.pdf"]))
    summary_text = "".join(page.extract_text() for page in pdf.pages)
    assert "Verbale denuncia Rossi.pdf" in summary_text and "foto.png" not in summary_text

    with cav.open() as vault:
        received = referral.import_referral(vault, sealed.data)
        assert received.case_id is not None
        [filed, summary] = attachments.list_attachments(vault, received.case_id)
        assert summary.source == referral.SUMMARY_SOURCE  # the signed summary, kept beside
        assert (filed.name, filed.media_type, filed.size) == (
            "Verbale denuncia Rossi.pdf", "application/pdf", len(REPORT))
        assert filed.source == "referral" and cc.name in (filed.operator or "")
        assert attachments.attachment_data(vault, filed.id) == REPORT
        assert [h.case_id for h in search.search(vault, "verbale denuncia")
                if h.kind == "attachment"] == [received.case_id]


def test_attachments_need_consent_to_share_notes(net: dict[str, Office]) -> None:
    cc, cav = net["carabinieri"], net["cav"]
    with cc.open() as vault:
        case_id, report, _ = _case_with_files(vault, include_notes=False)
        with pytest.raises(SecurityRefused) as refused:
            referral.prepare_referral(vault, case_id, [cav.office_id],
                                      attachments_choice=referral.NoteChoice("all"))
        assert refused.value.message_id == "packet.attachments_not_consented"
        with pytest.raises(SecurityRefused):
            referral.prepare_referral(vault, case_id, [cav.office_id],
                                      attachments={"extra.txt": ("text/plain", b"x")})
        draft = referral.prepare_referral(vault, case_id, [cav.office_id])
        assert set(draft.parts("2026/000001")) == {"case.json", "summary.pdf"}


def test_attachment_of_another_case_is_refused(net: dict[str, Office]) -> None:
    cc, cav = net["carabinieri"], net["cav"]
    with cc.open() as vault:
        case_id, _, _ = _case_with_files(vault)
        other = cases.create_case(vault, "altro")
        foreign = attachments.add_attachment(vault, other, "altro.txt", b"altro")
        with pytest.raises(BadInput):
            referral.prepare_referral(vault, case_id, [cav.office_id],
                                      attachments_choice=referral.NoteChoice("ids", (foreign,)))


def test_loose_file_attached_from_the_cli_is_filed_under_its_part_name(
    rete: CliRunner, net: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = net["carabinieri"], net["cav"]
    with cc.open() as vault:
        case_id, _, photo = _case_with_files(vault)
    loose = tmp_path / "relazione.txt"
    loose.write_text("Relazione di servizio")
    r = rete("packet", "export", "--case", case_id, "--to", cav.office_id,
             "--out", str(tmp_path), "--attach", str(loose), "--attachments", photo,
             "--json", "--vault", str(cc.path))
    assert r.code == 0, r.err
    r = rete("packet", "import", json.loads(r.out)["file"], "--json", "--vault", str(cav.path))
    assert r.code == 0, r.err
    new_case = json.loads(r.out)["case_id"]
    listed = json.loads(rete("attachment", "list", "--case", new_case, "--json",
                             "--vault", str(cav.path)).out)
    assert sorted((a["name"], a["size"]) for a in listed if a["source"] == "referral") == [
        ("foto.png", len(PHOTO)), ("relazione.txt", len("Relazione di servizio"))]


def _send_scan(cc: Office, cav: Office, scan: bytes, out: Path) -> list[Any]:
    """The carabinieri refer a case with ``scan`` attached to the CAV, sealed into ``out``;
    returns the sender's register evidence rows (hash, stored length)."""
    with cc.open() as vault:
        case_id, _, _ = _case_with_files(vault)
        big = attachments.add_attachment(vault, case_id, "ecografia.pdf", scan)
        draft = referral.prepare_referral(vault, case_id, [cav.office_id],
                                          attachments_choice=referral.NoteChoice.parse(big))
        referral.seal_referral_to(vault, draft, out)
        return vault.query("SELECT sha256, length(data) FROM packet_evidence")


def test_a_referral_written_to_a_file_streams_the_attachment_and_keeps_only_its_hash(
    net: dict[str, Office], tmp_path: Path
) -> None:
    """Sealed straight into the file, a multi-chunk attachment arrives byte for byte, filed
    from the file itself; neither register keeps a second copy, both keep the file's hash."""
    cc, cav = net["carabinieri"], net["cav"]
    scan = bytes(range(256)) * 4000  # 1 MB: four chunks
    out = tmp_path / "referral.age"
    sent = _send_scan(cc, cav, scan, out)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    with cav.open() as vault:
        received = referral.import_referral(vault, out)
        filed = attachments.list_attachments(vault, received.case_id or "")
        assert attachments.attachment_data(vault, filed[0].id) == scan
        kept = vault.query("SELECT sha256, length(data) FROM packet_evidence")
    assert [tuple(r) for r in sent] == [tuple(r) for r in kept] == [(digest, 0)]


def test_a_damaged_attachment_leaves_no_packet_and_no_register_line(
    net: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = net["carabinieri"], net["cav"]
    out = tmp_path / "referral.age"
    with cc.open() as vault:
        case_id, report, _ = _case_with_files(vault)
        (file,) = vault.query_one("SELECT file FROM attachments WHERE id = ?", (report,))
        sealed = vault.directory / "attachments" / file  # bit rot, or an edit on the disk
        data = sealed.read_bytes()
        sealed.write_bytes(data[:-20] + bytes(20))
        draft = referral.prepare_referral(vault, case_id, [cav.office_id],
                                          attachments_choice=referral.NoteChoice.parse(report))
        with pytest.raises(SecurityRefused):
            referral.seal_referral_to(vault, draft, out)
        assert vault.query("SELECT count(*) FROM packet_register")[0][0] == 0
    assert not out.exists() and not list(tmp_path.glob(".referral.age*"))  # no part-file either


def _folder_matches_rows(vault: Vault) -> set[str]:
    """The vault's attachment files: exactly those its rows name (no stray or half file)."""
    names = {p.name for p in (vault.directory / "attachments").glob("*")}
    assert names == {r[0] for r in vault.query("SELECT file FROM attachments")}
    return names


def test_a_big_received_attachment_goes_straight_into_its_sealed_file(
    net: dict[str, Office], tmp_path: Path
) -> None:
    """A part over the spooling size is sealed into the receiver's file as it is decrypted:
    the import never holds it in memory, and the filed attachment is the sender's file."""
    cc, cav = net["carabinieri"], net["cav"]
    scan = hashlib.sha512(b"ecografia").digest() * (8 * 1024 * 1024 // 64)  # 8 MiB
    out = tmp_path / "referral.age"
    _send_scan(cc, cav, scan, out)
    with cav.open() as vault:
        before = _folder_matches_rows(vault)
        tracemalloc.start()
        try:
            received = referral.import_referral(vault, out)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < len(scan) / 2
        [filed] = [a for a in attachments.list_attachments(vault, received.case_id or "")
                   if a.name == "ecografia.pdf"]
        assert filed.sha256 == hashlib.sha256(scan).hexdigest() and filed.size == len(scan)
        file, key = vault.query_one("SELECT file, file_key FROM attachments WHERE id = ?",
                                    (filed.id,))
        assert sealed_plaintext(vault.directory / "attachments" / file, key) == scan
        assert attachments.attachment_data(vault, filed.id) == scan
        assert file in _folder_matches_rows(vault) - before
        # hashed as it was read, run by run: the register keeps the whole file's hash
        assert vault.query_one("SELECT sha256 FROM packet_evidence")[0] == \
            hashlib.sha256(out.read_bytes()).hexdigest()


def test_a_refused_packet_leaves_no_file_in_the_vault(
    net: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = net["carabinieri"], net["cav"]
    out = tmp_path / "referral.age"
    with cc.open() as vault:
        case_id, _, _ = _case_with_files(vault)
        big = attachments.add_attachment(vault, case_id, "ecografia.pdf", bytes(600_000))
        draft = referral.prepare_referral(vault, case_id, [cav.office_id],
                                          attachments_choice=referral.NoteChoice.parse(big))
        referral.seal_referral_to(vault, draft, out)
        own = _folder_matches_rows(vault)
        with pytest.raises(SecurityRefused, match="this office sent"):
            referral.import_referral(vault, out)  # our own packet: opened, then refused
        assert _folder_matches_rows(vault) == own
    with cav.open() as vault:
        referral.import_referral(vault, out)
        filed = _folder_matches_rows(vault)
        with pytest.raises(SecurityRefused):
            referral.import_referral(vault, out)  # a replay: decrypted again, then refused
        assert _folder_matches_rows(vault) == filed
        assert not list((vault.directory / "attachments").glob(".*"))  # no half file
