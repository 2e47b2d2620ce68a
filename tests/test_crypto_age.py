"""age: interop with the stock `age` CLI both ways, and one typed error per failure."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest

from rete_desktop.crypto import (
    AGE_HEADER,
    AgeCorrupted,
    AgeError,
    InvalidKey,
    NotAgeFile,
    NotForThisKey,
    OfficeKeys,
    decrypt,
    encrypt,
)

needs_age = pytest.mark.skipif(
    shutil.which("age") is None, reason="age CLI not installed: cannot check interoperability"
)

CHUNK = 64 * 1024
NONCE = 16
TAG = 16


@pytest.fixture(scope="module")
def office() -> OfficeKeys:
    return OfficeKeys.generate()


@pytest.fixture(scope="module")
def other() -> OfficeKeys:
    return OfficeKeys.generate()


def _payload_start(ciphertext: bytes) -> int:
    """Offset just past the header's `---` MAC line."""
    mac_line = ciphertext.index(b"\n---") + 1
    return ciphertext.index(b"\n", mac_line) + 1


def _write_identity(tmp_path: Path, keys: OfficeKeys) -> Path:
    path = tmp_path / "age-identity.txt"
    path.write_text(keys.age_identity_string() + "\n")
    path.chmod(0o600)
    return path


def _age(*args: str, data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["age", *args], input=data, capture_output=True)


# --- round trip and interop ----------------------------------------------------------------


def test_round_trip_for_every_recipient(office: OfficeKeys, other: OfficeKeys) -> None:
    ciphertext = encrypt(b"referral", [other.encryption_recipient(), office.encryption_recipient()])
    assert ciphertext.startswith(AGE_HEADER)
    assert decrypt(ciphertext, office.age_identity_string()) == b"referral"
    assert decrypt(ciphertext, other.age_identity_string()) == b"referral"


def test_empty_and_multi_chunk_plaintexts_round_trip(office: OfficeKeys) -> None:
    for plaintext in (b"", bytes(CHUNK), bytes(range(256)) * 600):
        ciphertext = encrypt(plaintext, [office.encryption_recipient()])
        assert decrypt(ciphertext, office.age_identity_string()) == plaintext


def test_duplicate_and_uppercase_recipients_give_one_stanza(office: OfficeKeys) -> None:
    recipient = office.encryption_recipient()
    ciphertext = encrypt(b"x", [recipient, recipient.upper(), recipient])
    assert ciphertext[: _payload_start(ciphertext)].count(b"-> X25519 ") == 1


@needs_age
def test_stock_age_decrypts_what_we_encrypt(
    office: OfficeKeys, other: OfficeKeys, tmp_path: Path
) -> None:
    plaintext = b"manifest and parts" * 5000
    ciphertext = encrypt(plaintext, [other.encryption_recipient(), office.encryption_recipient()])
    result = _age("-d", "-i", str(_write_identity(tmp_path, office)), data=ciphertext)
    assert result.returncode == 0, result.stderr
    assert result.stdout == plaintext


@needs_age
def test_we_decrypt_what_stock_age_encrypts(office: OfficeKeys) -> None:
    result = _age("-r", office.encryption_recipient(), data=b"from the age CLI")
    assert result.returncode == 0, result.stderr
    assert decrypt(result.stdout, office.age_identity_string()) == b"from the age CLI"


@needs_age
def test_stock_age_file_for_another_key_is_not_for_this_key(
    office: OfficeKeys, other: OfficeKeys
) -> None:
    result = _age("-r", other.encryption_recipient(), data=b"secret")
    with pytest.raises(NotForThisKey):
        decrypt(result.stdout, office.age_identity_string())


@needs_age
def test_armored_age_file_is_refused_as_not_binary_age(office: OfficeKeys) -> None:
    result = _age("-a", "-r", office.encryption_recipient(), data=b"x")
    assert result.stdout.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    with pytest.raises(NotAgeFile, match="age v1"):
        decrypt(result.stdout, office.age_identity_string())


# --- typed errors --------------------------------------------------------------------------


def test_file_for_another_key_is_not_for_this_key(office: OfficeKeys, other: OfficeKeys) -> None:
    ciphertext = encrypt(b"x", [other.encryption_recipient()])
    with pytest.raises(NotForThisKey):
        decrypt(ciphertext, office.age_identity_string())


def test_passphrase_file_is_not_for_this_key(office: OfficeKeys) -> None:
    ciphertext = pyrage.passphrase.encrypt(b"x", "a passphrase")
    with pytest.raises(NotForThisKey):
        decrypt(ciphertext, office.age_identity_string())


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"age-encryption.org/v1",
        b"PK\x03\x04zipfile",
        b"AGE-ENCRYPTION.ORG/V1\n",
        b"\x00" * 100,
    ],
)
def test_other_files_are_not_age_files(office: OfficeKeys, data: bytes) -> None:
    with pytest.raises(NotAgeFile):
        decrypt(data, office.age_identity_string())


def test_every_truncation_is_refused_with_the_right_error(office: OfficeKeys) -> None:
    ciphertext = encrypt(b"short referral", [office.encryption_recipient()])
    for cut in range(len(ciphertext)):
        expected = NotAgeFile if cut < len(AGE_HEADER) else AgeCorrupted
        with pytest.raises(expected):
            decrypt(ciphertext[:cut], office.age_identity_string())


def test_dropping_whole_final_chunks_is_detected(office: OfficeKeys) -> None:
    plaintext = bytes(3 * CHUNK)
    ciphertext = encrypt(plaintext, [office.encryption_recipient()])
    start = _payload_start(ciphertext) + NONCE
    for chunks in (1, 2):
        with pytest.raises(AgeCorrupted):
            decrypt(ciphertext[: start + chunks * (CHUNK + TAG)], office.age_identity_string())


def test_trailing_bytes_are_corruption(office: OfficeKeys) -> None:
    ciphertext = encrypt(b"x", [office.encryption_recipient()])
    with pytest.raises(AgeCorrupted):
        decrypt(ciphertext + b"\x00", office.age_identity_string())


def test_every_flipped_byte_is_refused_with_the_right_error(office: OfficeKeys) -> None:
    ciphertext = encrypt(b"short referral", [office.encryption_recipient()])
    mac_line = ciphertext.index(b"\n---") + 1
    for pos in range(len(ciphertext)):
        tampered = bytearray(ciphertext)
        tampered[pos] ^= 0x01
        with pytest.raises(AgeError) as err:
            decrypt(bytes(tampered), office.age_identity_string())
        if pos < len(AGE_HEADER):
            assert isinstance(err.value, NotAgeFile), pos
        elif pos >= mac_line:  # header MAC line and payload
            assert isinstance(err.value, AgeCorrupted), pos
        else:  # recipient stanzas: see NotForThisKey's docstring
            assert isinstance(err.value, NotForThisKey | AgeCorrupted), pos


def test_tampered_stanza_for_us_reads_as_not_for_this_key(office: OfficeKeys) -> None:
    # age cannot tell a damaged stanza from one for another key: both fail to unwrap.
    ciphertext = encrypt(b"x", [office.encryption_recipient()])
    body = ciphertext.index(b"\n", ciphertext.index(b"-> X25519 ")) + 1
    tampered = bytearray(ciphertext)
    tampered[body] = ord("A") if tampered[body] != ord("A") else ord("B")
    with pytest.raises(NotForThisKey):
        decrypt(bytes(tampered), office.age_identity_string())


def test_tampered_payload_and_header_mac_are_corruption(office: OfficeKeys) -> None:
    ciphertext = encrypt(b"x" * 1000, [office.encryption_recipient()])
    for pos in (ciphertext.index(b"\n---") + 6, _payload_start(ciphertext) + 3, -1):
        tampered = bytearray(ciphertext)
        tampered[pos] ^= 0x80
        with pytest.raises(AgeCorrupted, match="corrupted or truncated"):
            decrypt(bytes(tampered), office.age_identity_string())


# --- bad keys ------------------------------------------------------------------------------


def test_bad_recipients_and_identities_are_invalid_keys(office: OfficeKeys) -> None:
    with pytest.raises(InvalidKey):
        encrypt(b"x", [office.encryption_recipient(), "age1notakey"])
    with pytest.raises(InvalidKey):
        encrypt(b"x", [office.signing_public_openssh()])
    with pytest.raises(ValueError, match="at least one recipient"):
        encrypt(b"x", [])
    ciphertext = encrypt(b"x", [office.encryption_recipient()])
    with pytest.raises(InvalidKey):
        decrypt(ciphertext, office.encryption_recipient())
