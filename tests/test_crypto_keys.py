"""Office keys: secret round trip, interop of the public forms, strict parsing, fingerprints."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rete_desktop.crypto import (
    InvalidKey,
    OfficeKeys,
    PublicKeys,
    combined_safety_number,
    load_signing_key,
    parse_age_identity,
    parse_encryption_key,
    parse_signing_key,
)

needs_ssh_keygen = pytest.mark.skipif(
    shutil.which("ssh-keygen") is None,
    reason="ssh-keygen (OpenSSH) not installed: cannot check the key against the stock tool",
)
needs_age_keygen = pytest.mark.skipif(
    shutil.which("age-keygen") is None,
    reason="age-keygen not installed: cannot check the recipient against the stock tool",
)

# Known-answer vector (public keys only): Ed25519 seed bytes(range(32)) and a fixed age key.
VECTOR = PublicKeys(
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4",
    "age1ct687nhlqvmwnjnhdz9h5hgfd7xktuvm0prusktmteq8nktajfcqx2z9c8",
)
VECTOR_OTHER = PublicKeys(
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICmsuuFBvMrwsi4alNNNC8c2HlJtC/4SyJeUvJMilm3X",
    "age1ct687nhlqvmwnjnhdz9h5hgfd7xktuvm0prusktmteq8nktajfcqx2z9c8",
)


@pytest.fixture(scope="module")
def keys() -> OfficeKeys:
    return OfficeKeys.generate()


def _ssh_blob(key_type: bytes, raw: bytes) -> str:
    blob = struct.pack(">I", len(key_type)) + key_type + struct.pack(">I", len(raw)) + raw
    return base64.b64encode(blob).decode()


# --- secret serialization ------------------------------------------------------------------


def test_secret_bytes_round_trip_restores_both_keys(keys: OfficeKeys) -> None:
    restored = OfficeKeys.from_secret_bytes(keys.to_secret_bytes())
    assert restored.public() == keys.public()
    assert restored.age_identity_string() == keys.age_identity_string()
    # The OpenSSH file embeds a random check-int, so compare the seeds, not two exports.
    assert restored.to_secret_bytes() == keys.to_secret_bytes()


def test_secret_bytes_are_compact_and_versioned(keys: OfficeKeys) -> None:
    blob = keys.to_secret_bytes()
    assert blob[:3] == b"RK\x01"
    assert blob[35:].decode() == keys.age_identity_string()
    assert len(blob) < 128


def test_generated_keys_differ() -> None:
    assert OfficeKeys.generate().public() != OfficeKeys.generate().public()


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda b: b"", "not in Rete format"),
        (lambda b: b"XX" + b[2:], "not in Rete format"),
        (lambda b: b[:3] + b[3:20], "not in Rete format"),
        (lambda b: b[:2] + b"\x02" + b[3:], "version 2"),
        (lambda b: b[:35], "age identity"),
        (lambda b: b[:-1], "age identity"),
        (lambda b: b + b"\n", "malformed age identity"),
        (lambda b: b[:40] + b"\xff" + b[41:], "non-ASCII"),
    ],
)
def test_damaged_secret_bytes_are_refused(keys: OfficeKeys, mutate, reason: str) -> None:
    with pytest.raises(InvalidKey, match=reason) as err:
        OfficeKeys.from_secret_bytes(mutate(keys.to_secret_bytes()))
    assert keys.age_identity_string() not in str(err.value)


def test_repr_shows_no_secret(keys: OfficeKeys) -> None:
    text = repr(keys)
    assert keys.public().fingerprint() in text
    assert "AGE-SECRET" not in text
    assert keys.age_identity_string()[16:30] not in text


# --- public forms agree with the stock tools ------------------------------------------------


@needs_ssh_keygen
def test_ssh_keygen_derives_the_same_public_key(keys: OfficeKeys, tmp_path: Path) -> None:
    key_file = tmp_path / "signing_key"
    key_file.write_bytes(keys.signing_private_openssh())
    key_file.chmod(0o600)
    out = subprocess.run(
        ["ssh-keygen", "-y", "-f", str(key_file)], capture_output=True, check=True, text=True
    ).stdout
    assert parse_signing_key(out) == keys.signing_public_openssh()


@needs_age_keygen
def test_age_keygen_derives_the_same_recipient(keys: OfficeKeys, tmp_path: Path) -> None:
    id_file = tmp_path / "age-identity.txt"
    id_file.write_text(keys.age_identity_string() + "\n")
    out = subprocess.run(
        ["age-keygen", "-y", str(id_file)], capture_output=True, check=True, text=True
    ).stdout
    assert out.strip() == keys.encryption_recipient()


def test_public_forms_look_right(keys: OfficeKeys) -> None:
    assert re.fullmatch(
        r"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}", keys.signing_public_openssh()
    )
    assert re.fullmatch(r"age1[02-9ac-hj-np-z]{58}", keys.encryption_recipient())
    assert keys.age_identity_string().startswith("AGE-SECRET-KEY-1")
    assert keys.signing_private_openssh().startswith(b"-----BEGIN OPENSSH PRIVATE KEY-----\n")


# --- parsing outside input -------------------------------------------------------------------


def test_signing_key_with_comment_is_normalized(keys: OfficeKeys) -> None:
    text = f"  {keys.signing_public_openssh()} office@example\n"
    assert parse_signing_key(text) == keys.signing_public_openssh()
    assert (
        load_signing_key(text).public_bytes_raw()
        == keys.signing_key.public_key().public_bytes_raw()
    )


@needs_ssh_keygen
def test_ecdsa_key_from_ssh_keygen_is_refused(tmp_path: Path) -> None:
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", str(tmp_path / "k")], check=True
    )
    with pytest.raises(InvalidKey, match="expected 'ssh-ed25519'"):
        parse_signing_key((tmp_path / "k.pub").read_text())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "must look like"),
        ("ssh-ed25519", "must look like"),
        ("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ", "expected 'ssh-ed25519'"),
        ("ssh-ed25519 not-base64!", "not valid base64"),
        ("ssh-ed25519 " + _ssh_blob(b"ssh-rsa", bytes(32)), "not an Ed25519 public key"),
        ("ssh-ed25519 " + _ssh_blob(b"ssh-ed25519", bytes(31)), "not an Ed25519 public key"),
        ("ssh-ed25519 " + _ssh_blob(b"ssh-ed25519", bytes(33)), "not an Ed25519 public key"),
        (
            "ssh-ed25519 "
            + base64.b64encode(
                base64.b64decode(_ssh_blob(b"ssh-ed25519", bytes(32))) + b"\0"
            ).decode(),
            "not an Ed25519",
        ),
        ("ssh-ed25519 " + "A" * 2000, "too long"),
        ("ssh-ed25519 " + _ssh_blob(b"ssh-ed25519", bytes(32)), "small-order"),
        ("ssh-ed25519 " + _ssh_blob(b"ssh-ed25519", b"\x01" + bytes(31)), "small-order"),
        ("ssh-ed25519 " + _ssh_blob(b"ssh-ed25519", b"\xec" + b"\xff" * 31), "small-order"),
    ],
)
def test_bad_signing_keys_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidKey, match=reason):
        parse_signing_key(text)


def test_encryption_key_is_normalized_to_lowercase(keys: OfficeKeys) -> None:
    recipient = keys.encryption_recipient()
    assert parse_encryption_key(recipient) == recipient
    assert parse_encryption_key(f" {recipient.upper()}\n") == recipient


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "starting with 'age1'"),
        ("ssh-ed25519 AAAA", "starting with 'age1'"),
        ("age1xyz", "not a valid age recipient"),
        (VECTOR.encryption_key[:-1] + "q", "not a valid age recipient"),  # checksum
        (VECTOR.encryption_key[:10] + VECTOR.encryption_key[10:].upper(), "not a valid"),
        ("age1" + "q" * 600, "too long"),
    ],
)
def test_bad_encryption_keys_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidKey, match=reason):
        parse_encryption_key(text)


def test_secret_key_pasted_as_recipient_is_refused_without_echo(keys: OfficeKeys) -> None:
    secret = keys.age_identity_string()
    with pytest.raises(InvalidKey) as err:
        parse_encryption_key(secret)
    assert secret[16:] not in str(err.value)
    with pytest.raises(InvalidKey) as err:
        parse_age_identity(secret[:-1] + ("Q" if secret[-1] != "Q" else "P"))
    assert secret[16:40] not in str(err.value)


def test_public_keys_must_be_canonical(keys: OfficeKeys) -> None:
    pub = keys.public()
    with pytest.raises(InvalidKey, match="canonical"):
        PublicKeys(pub.signing_key + " comment", pub.encryption_key)
    with pytest.raises(InvalidKey, match="canonical"):
        PublicKeys(pub.signing_key, pub.encryption_key.upper())
    with pytest.raises(InvalidKey):
        PublicKeys(pub.encryption_key, pub.signing_key)
    assert PublicKeys.parse(pub.signing_key + " c", pub.encryption_key.upper()) == pub


# --- fingerprints and safety numbers -------------------------------------------------------


def _reference_digits(pub: PublicKeys, chunks: int) -> str:
    """Independent re-implementation of docs/crypto.md, to pin the documented recipe."""
    canonical = f"rete-public-keys/1\n{pub.signing_key}\n{pub.encryption_key}\n".encode()
    h = b"\x00\x01" + canonical
    for _ in range(5200):
        h = hashlib.sha512(h + canonical).digest()
    return "".join(
        str(int.from_bytes(h[5 * i : 5 * i + 5], "big") % 100000).zfill(5) for i in range(chunks)
    )


def test_fingerprint_and_safety_number_match_the_documented_vector() -> None:
    assert VECTOR.fingerprint() == "B5E6-007B-0AE9-5CEB"
    assert VECTOR.safety_number() == (
        "73986 21752 14025 54807 58713 62287 95234 80531 60489 17616 68064 41542"
    )
    assert combined_safety_number(VECTOR, VECTOR_OTHER) == (
        "26016 71173 30546 95159 32101 10972 73986 21752 14025 54807 58713 62287"
    )


def test_fingerprint_and_safety_number_follow_the_documented_recipe(keys: OfficeKeys) -> None:
    pub = keys.public()
    canonical = f"rete-public-keys/1\n{pub.signing_key}\n{pub.encryption_key}\n".encode()
    assert pub.canonical_bytes() == canonical
    expected_fp = hashlib.sha256(canonical).hexdigest()[:16].upper()
    assert pub.fingerprint().replace("-", "") == expected_fp
    assert pub.safety_number().replace(" ", "") == _reference_digits(pub, 12)


def test_formats_are_groups_for_reading_aloud(keys: OfficeKeys) -> None:
    pub = keys.public()
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", pub.fingerprint())
    assert re.fullmatch(r"\d{5}( \d{5}){11}", pub.safety_number())
    assert re.fullmatch(r"\d{5}( \d{5}){11}", combined_safety_number(pub, VECTOR))


def test_changing_either_key_changes_fingerprint_and_safety_number() -> None:
    other = OfficeKeys.generate().public()
    for changed in (
        PublicKeys(other.signing_key, VECTOR.encryption_key),
        PublicKeys(VECTOR.signing_key, other.encryption_key),
    ):
        assert changed.fingerprint() != VECTOR.fingerprint()
        assert changed.safety_number() != VECTOR.safety_number()


def test_combined_safety_number_is_the_same_on_both_sides(keys: OfficeKeys) -> None:
    a, b = keys.public(), OfficeKeys.generate().public()
    combined = combined_safety_number(a, b)
    assert combined == combined_safety_number(b, a)
    digits = combined.replace(" ", "")
    halves = {_reference_digits(a, 6), _reference_digits(b, 6)}
    assert {digits[:30], digits[30:]} == halves
    assert digits[:30] <= digits[30:]


def test_restored_seed_signs_like_the_original(keys: OfficeKeys) -> None:
    restored = OfficeKeys.from_secret_bytes(keys.to_secret_bytes())
    assert isinstance(restored.signing_key, Ed25519PrivateKey)
    assert restored.signing_key.sign(b"x") == keys.signing_key.sign(b"x")
