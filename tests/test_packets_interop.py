"""Independent verification: stock `age` and `ssh-keygen` open our packets; stored vectors still
open; the summary PDF carries no names in its metadata."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tarfile
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from rete_desktop.packets.archive import padded_size, read_tar
from rete_desktop.packets.manifest import parse_manifest
from rete_desktop.packets.packet import NAMESPACE, check_parts, check_time, unseal
from rete_desktop.storage.identity import load_identity
from tests.conftest import CliRunner
from tests.packet_fixtures import Office, build_network, referral_case

VECTORS = Path(__file__).resolve().parent / "vectors"
needs_age = pytest.mark.skipif(shutil.which("age") is None,
                               reason="age CLI not installed: cannot check interoperability")
needs_ssh_keygen = pytest.mark.skipif(shutil.which("ssh-keygen") is None,
                                      reason="ssh-keygen not installed: cannot check SSHSIG")


@pytest.fixture
def exported(rete: CliRunner, tmp_path: Path) -> tuple[dict[str, Office], Path, str]:
    offices = build_network(tmp_path / "net")
    cc, cav = offices["carabinieri"], offices["cav"]
    case_id, _ = referral_case(rete, cc)
    packet = tmp_path / "referral.age"
    r = rete("packet", "export", "--case", case_id, "--to", cav.office_id, "--out", str(packet),
             "--notes", "all", "--vault", str(cc.path))
    assert r.code == 0, r.err
    return offices, packet, r.out.strip()


@needs_age
@needs_ssh_keygen
def test_stock_age_and_ssh_keygen_verify_an_exported_packet(
    rete: CliRunner, exported: tuple[dict[str, Office], Path, str], tmp_path: Path
) -> None:
    offices, packet, packet_id = exported
    keys_dir = tmp_path / "escrow"
    r = rete("identity", "export-secret-keys", str(keys_dir), "--yes",
             "--vault", str(offices["cav"].path))
    assert r.code == 0, r.err
    decrypted = subprocess.run(["age", "-d", "-i", str(keys_dir / "age-identity.txt"),
                                str(packet)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(decrypted), mode="r:") as tar:
        names = tar.getnames()
        manifest = tar.extractfile("manifest.json").read()  # type: ignore[union-attr]
        signature = tar.extractfile("manifest.sig").read()  # type: ignore[union-attr]
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert {"parts/case.json", "parts/summary.pdf"} <= set(names)
    doc = json.loads(manifest)
    assert doc["packet_id"] == packet_id and doc["format"] == "rete-packet/1"
    (tmp_path / "manifest.sig").write_bytes(signature)
    (tmp_path / "allowed_signers").write_text(
        f"carabinieri namespaces=\"{NAMESPACE}\" {doc['sender']['signing_key']}\n")
    verify = subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-n", NAMESPACE, "-I", "carabinieri",
         "-f", str(tmp_path / "allowed_signers"), "-s", str(tmp_path / "manifest.sig")],
        input=manifest, capture_output=True)
    assert verify.returncode == 0, verify.stderr
    tampered = manifest.replace(b'"referral"', b'"minutes"')
    assert subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-n", NAMESPACE, "-I", "carabinieri",
         "-f", str(tmp_path / "allowed_signers"), "-s", str(tmp_path / "manifest.sig")],
        input=tampered, capture_output=True).returncode != 0


def test_stored_vector_still_opens() -> None:
    expected = json.loads((VECTORS / "packet-referral.expected.json").read_text())
    data = (VECTORS / "packet-referral.age").read_bytes()
    unsealed = unseal(data, (VECTORS / "recipient-age-identity.txt").read_text().strip())
    manifest = unsealed.manifest
    assert unsealed.members["manifest.json"] == expected["manifest_json"].encode()
    assert manifest == parse_manifest(expected["manifest_json"].encode())
    assert manifest.sender_signing_key == expected["sender"]["signing_key"]
    assert manifest.recipients == (expected["recipient"]["office_id"],)
    parts = check_parts(manifest, unsealed.members)
    assert {p.name: p.sha256 for p in manifest.parts} == {
        n: v["sha256"] for n, v in expected["parts"].items()}
    assert json.loads(parts["case.json"])["format"] == "rete-referral/1"
    check_time(manifest, manifest.created + timedelta(minutes=1))


def test_sender_can_reopen_the_vector_with_its_own_key() -> None:
    data = (VECTORS / "packet-referral.age").read_bytes()
    unsealed = unseal(data, (VECTORS / "sender-age-identity.txt").read_text().strip())
    assert unsealed.manifest.kind == "referral"


@needs_age
def test_stock_age_decrypts_the_vector_to_a_padded_tar() -> None:
    plain = subprocess.run(["age", "-d", "-i", str(VECTORS / "recipient-age-identity.txt"),
                            str(VECTORS / "packet-referral.age")],
                           capture_output=True, check=True).stdout
    assert len(plain) == padded_size(len(plain))
    assert set(read_tar(plain)) == {"manifest.json", "manifest.sig", "parts/case.json",
                                    "parts/summary.pdf"}


def test_summary_pdf_metadata_carries_no_names(
    exported: tuple[dict[str, Office], Path, str]
) -> None:
    offices, packet, _ = exported
    with offices["cav"].open() as vault:
        identity = load_identity(vault).keys.age_identity_string()
    members = unseal(packet.read_bytes(), identity).members
    reader = PdfReader(io.BytesIO(members["parts/summary.pdf"]))
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    for word in ("Rossi", "Anna", "Carabinieri", "Casalmaggiore", "Maltrattamenti"):
        assert word not in metadata
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Prot. n." in text and "ALTO" in text
    assert "2016" in text and "violenza assistita" in text
