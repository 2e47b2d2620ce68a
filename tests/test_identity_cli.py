"""`rete identity`: public keys, the self-signed member card, and the secret-key escrow export."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from rete_desktop.crypto.keys import PublicKeys, parse_age_identity
from rete_desktop.packets.member_card import read_card
from tests.conftest import make_vault


@pytest.fixture
def cav_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "cav"
    make_vault(directory, "Centro Antiviolenza Casalasco", "cav").close()
    return directory


def test_identity_show_prints_standard_key_forms(rete, cav_dir: Path) -> None:
    r = rete("identity", "show", "--json", "--vault", cav_dir)
    assert r.code == 0, r.err
    shown = json.loads(r.out)
    assert set(shown) == {"office_id", "name", "kind", "signing_key", "encryption_key",
                          "fingerprint", "safety_number"}
    assert shown["signing_key"].startswith("ssh-ed25519 AAAA")
    assert shown["encryption_key"].startswith("age1")
    public = PublicKeys(shown["signing_key"], shown["encryption_key"])
    assert shown["fingerprint"] == public.fingerprint()
    assert len(shown["safety_number"].split()) == 12
    plain = rete("identity", "show", "--vault", cav_dir)
    assert shown["safety_number"] in plain.out and shown["signing_key"] in plain.out


def test_exported_card_round_trips_and_is_self_signed(rete, cav_dir: Path, tmp_path: Path) -> None:
    card_file = tmp_path / "cav.card"
    r = rete("identity", "export-card", card_file, "--vault", cav_dir)
    assert r.code == 0, r.err
    shown = json.loads(rete("identity", "show", "--json", "--vault", cav_dir).out)
    card = read_card(card_file.read_bytes())
    assert (card.office_id, card.name, card.kind.value) == (
        shown["office_id"], shown["name"], shown["kind"])
    assert (card.signing_key, card.encryption_key) == (
        shown["signing_key"], shown["encryption_key"])
    assert shown["fingerprint"] in r.err
    envelope = json.loads(card_file.read_text())
    assert envelope["format"] == "rete-card/1"
    assert "rete-card-v1" not in envelope["card"]  # the namespace lives in the signature only


def test_secret_key_export_needs_confirmation(rete, cav_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "escrow"
    r = rete("identity", "export-secret-keys", out, "--vault", cav_dir)
    assert r.code == 2
    assert "--yes" in r.err
    assert not out.exists()


def test_secret_key_export_writes_private_files(rete, cav_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "escrow"
    r = rete("identity", "export-secret-keys", out, "--yes", "--vault", cav_dir)
    assert r.code == 0, r.err
    shown = json.loads(rete("identity", "show", "--json", "--vault", cav_dir).out)
    age_file, ssh_file = out / "age-identity.txt", out / "signing_key"
    for path in (age_file, ssh_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret_line = [ln for ln in age_file.read_text().splitlines() if not ln.startswith("#")]
    assert str(parse_age_identity(secret_line[0]).to_public()) == shown["encryption_key"]
    assert ssh_file.read_bytes().startswith(b"-----BEGIN OPENSSH PRIVATE KEY-----")
    if shutil.which("ssh-keygen") is None:
        pytest.skip("ssh-keygen (OpenSSH) not installed: cannot check the exported signing key")
    derived = subprocess.run(["ssh-keygen", "-y", "-f", str(ssh_file)], capture_output=True,
                             text=True, check=True).stdout
    assert derived.split()[:2] == shown["signing_key"].split()
