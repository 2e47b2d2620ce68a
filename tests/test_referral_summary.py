"""The signed referral summary as the receiving office needs it: kept encrypted with the case the
referral is filed as, written out only on explicit request, and saying what the receiver needs
(and nothing the woman's consent keeps in the sending office)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.packets import referral
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
