"""The negative packet vectors (tests/vectors/negative/) through the real import path.

The reader is a real vault given the published test recipient's office id and age key, with a
directory signed by a throw-away coordinator key (hand-made SSHSIG from tests/attack_kit.py)
that lists the published test sender: exactly the premise written in make_negative_vectors.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.errors import ReteError
from rete_desktop.packets import directory
from rete_desktop.packets.packet import receive_packet, unseal
from rete_desktop.storage.vault import Vault
from tests import attack_kit as kit
from tests.conftest import make_vault
from tests.packet_fixtures import every_table
from tests.vectors import make_negative_vectors as vectors

NEGATIVE = Path(__file__).parent / "vectors" / "negative"
INDEX = json.loads((NEGATIVE / "index.json").read_text())
KINDS = ("agenda-item", "referral", "receipt", "agenda", "minutes", "action-update")
NOW = datetime(2026, 3, 2, 9, 31, tzinfo=UTC)
RECIPIENT_AGE = (vectors.HERE / "recipient-age-identity.txt").read_text().strip()
COORDINATOR_ID = "c0c0c0c0c0c0c0c0"


def _member(office_id: str, signing: str, encryption: str) -> dict[str, object]:
    return {"office_id": office_id, "name": f"Ufficio {office_id[:4]}", "kind": "other",
            "signing_key": signing, "encryption_key": encryption, "status": "active",
            "revoked_on": None}


def _directory(coordinator: Ed25519PrivateKey, recipient_signing: str) -> bytes:
    """A directory as the spec describes it, signed with the kit's SSHSIG."""
    coordinator_age = str(pyrage.x25519.Identity.generate().to_public())
    sender_signing = (vectors.HERE / "sender-signing-key.pub").read_text().split()
    sender_age = str(pyrage.x25519.Identity.from_str(
        (vectors.HERE / "sender-age-identity.txt").read_text().strip()).to_public())
    head = _member(COORDINATOR_ID, kit.ssh_public(coordinator), coordinator_age)
    payload = {
        "format": "rete-directory/1", "network": "Rete di prova", "version": 1,
        "issued": "2026-03-01T00:00:00+00:00", "expires": "2099-01-01T00:00:00+00:00",
        "coordinator": {k: head[k] for k in ("office_id", "name", "kind", "signing_key",
                                              "encryption_key")},
        "members": [head, _member(vectors.SENDER_ID, " ".join(sender_signing[:2]), sender_age),
                    _member(vectors.RECIPIENT_ID, recipient_signing, str(
                        pyrage.x25519.Identity.from_str(RECIPIENT_AGE).to_public()))],
    }
    text = json.dumps(payload, indent=1, sort_keys=True)
    signature = kit.sshsig(coordinator, text.encode(), b"rete-directory-v1")
    return json.dumps({"format": "rete-directory/1", "directory": text,
                       "signature": signature.decode()}).encode()


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A vault whose identity is the published test recipient's (its keys and office id)."""
    path = tmp_path_factory.mktemp("reader")
    vault = make_vault(path, "Ufficio destinatario di prova", "cav")
    keys = OfficeKeys(Ed25519PrivateKey.generate(),
                      pyrage.x25519.Identity.from_str(RECIPIENT_AGE))
    with vault.transaction() as conn:
        (old,) = conn.execute("SELECT office_id FROM identity").fetchone()
        conn.execute("UPDATE offices SET id = ? WHERE id = ?", (vectors.RECIPIENT_ID, old))
        conn.execute("UPDATE identity SET office_id = ?, secret_keys = ?",
                     (vectors.RECIPIENT_ID, keys.to_secret_bytes()))
    directory.import_directory(
        vault, _directory(Ed25519PrivateKey.generate(), keys.signing_public_openssh()),
        pin_confirmed=True, now=NOW)
    vault.close()
    yield path


@pytest.fixture
def vault(reader: Path) -> Iterator[Vault]:
    from tests.conftest import PASSPHRASE

    with Vault.open(reader, PASSPHRASE) as opened:
        yield opened


def test_the_index_lists_every_vector_file() -> None:
    assert {p.stem for p in NEGATIVE.glob("*.age")} == set(INDEX)
    assert len(INDEX) >= 20


@pytest.mark.parametrize("name", sorted(n for n, e in INDEX.items() if e["needs"] == "keys"))
def test_a_negative_vector_is_refused_with_its_verdict(vault: Vault, name: str) -> None:
    expected = INDEX[name]
    data = (NEGATIVE / f"{name}.age").read_bytes()
    before = every_table(vault)
    with pytest.raises(ReteError) as info:
        receive_packet(vault, data, KINDS, now=NOW)
    assert (info.value.message_id, info.value.exit_code) == (expected["verdict"],
                                                             expected["exit"]), info.value
    assert every_table(vault) == before
    with pytest.raises(ReteError):  # the vault-free checks 1-5 refuse them as well
        unseal(data, RECIPIENT_AGE)


def test_the_directory_vectors_in_order(vault: Vault) -> None:
    def verdict(name: str) -> str:
        try:
            receive_packet(vault, (NEGATIVE / f"{name}.age").read_bytes(), KINDS,
                           now=NOW + timedelta(seconds=1))
        except ReteError as error:
            return error.message_id
        return "accepted"

    for name in ("directory-key-substitution", "directory-replay-first",
                 "directory-replay-second"):
        assert verdict(name) == INDEX[name]["verdict"], name
