"""SSHSIG: interop with `ssh-keygen -Y` both ways, refusal reasons, and fuzzing of `verify`."""

from __future__ import annotations

import base64
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rete_desktop.crypto import OfficeKeys, SignatureInvalid, sign, verify

NS = "rete-packet-v1"
DATA = b'{"format": "rete-packet/1", "kind": "referral"}\n'

needs_ssh_keygen = pytest.mark.skipif(
    shutil.which("ssh-keygen") is None,
    reason="ssh-keygen (OpenSSH) not installed: cannot check SSHSIG interoperability",
)


@pytest.fixture(scope="module")
def keys() -> OfficeKeys:
    return OfficeKeys.generate()


@pytest.fixture(scope="module")
def signature(keys: OfficeKeys) -> bytes:
    return sign(keys.signing_key, DATA, NS)


def _ssh_keygen_sign(tmp_path: Path, key_pem: bytes, data: bytes, *options: str) -> bytes:
    key = tmp_path / "signing_key"
    key.write_bytes(key_pem)
    key.chmod(0o600)
    message = tmp_path / "manifest.json"
    message.write_bytes(data)
    opts = [arg for o in options for arg in ("-O", o)]
    subprocess.run(
        ["ssh-keygen", "-q", "-Y", "sign", "-n", NS, "-f", str(key), *opts, str(message)],
        check=True,
        capture_output=True,
    )
    return (tmp_path / "manifest.json.sig").read_bytes()


def _ssh_keygen_verify(tmp_path: Path, signer: str, sig: bytes, data: bytes, ns: str = NS) -> bool:
    (tmp_path / "allowed_signers").write_text(f"office {signer}\n")
    (tmp_path / "manifest.sig").write_bytes(sig)
    result = subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-n", ns, "-I", "office"]
        + ["-f", str(tmp_path / "allowed_signers"), "-s", str(tmp_path / "manifest.sig")],
        input=data,
        capture_output=True,
    )
    return result.returncode == 0


def _blob(armored: bytes) -> bytes:
    return base64.b64decode(b"".join(armored.strip().splitlines()[1:-1]))


def _armor(blob: bytes) -> bytes:
    body = base64.b64encode(blob).decode()
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    return ("-----BEGIN SSH SIGNATURE-----\n" + "\n".join(lines)).encode() + (
        b"\n-----END SSH SIGNATURE-----\n"
    )


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _fields(blob: bytes) -> list[bytes]:
    """Split an SSHSIG blob into its six length-prefixed fields (after magic and version)."""
    pos, out = 10, []
    while pos < len(blob):
        (n,) = struct.unpack(">I", blob[pos : pos + 4])
        out.append(blob[pos + 4 : pos + 4 + n])
        pos += 4 + n
    return out


def _rebuild(fields: list[bytes]) -> bytes:
    return _armor(b"SSHSIG" + struct.pack(">I", 1) + b"".join(_string(f) for f in fields))


# --- round trip and format -----------------------------------------------------------------


def test_verify_returns_the_signers_key(keys: OfficeKeys, signature: bytes) -> None:
    assert verify(signature, DATA, NS) == keys.signing_public_openssh()


def test_armor_is_wrapped_at_70_columns(signature: bytes) -> None:
    lines = signature.decode().splitlines()
    assert lines[0] == "-----BEGIN SSH SIGNATURE-----"
    assert lines[-1] == "-----END SSH SIGNATURE-----"
    assert all(len(line) == 70 for line in lines[1:-2])
    assert 0 < len(lines[-2]) <= 70
    assert signature.endswith(b"\n")


def test_crlf_and_surrounding_whitespace_are_tolerated(keys: OfficeKeys, signature: bytes) -> None:
    mangled = b"\n  " + signature.replace(b"\n", b"\r\n") + b"\n\n"
    assert verify(mangled, DATA, NS) == keys.signing_public_openssh()


# --- interop with ssh-keygen ---------------------------------------------------------------


@needs_ssh_keygen
def test_ssh_keygen_accepts_our_signature(
    keys: OfficeKeys, signature: bytes, tmp_path: Path
) -> None:
    assert _ssh_keygen_verify(tmp_path, keys.signing_public_openssh(), signature, DATA)


@needs_ssh_keygen
def test_ssh_keygen_refuses_our_signature_on_other_data_or_namespace(
    keys: OfficeKeys, signature: bytes, tmp_path: Path
) -> None:
    signer = keys.signing_public_openssh()
    assert not _ssh_keygen_verify(tmp_path, signer, signature, DATA + b" ")
    assert not _ssh_keygen_verify(tmp_path, signer, signature, DATA, ns="rete-directory-v1")


@needs_ssh_keygen
def test_we_accept_ssh_keygen_signature(keys: OfficeKeys, tmp_path: Path) -> None:
    theirs = _ssh_keygen_sign(tmp_path, keys.signing_private_openssh(), DATA)
    assert verify(theirs, DATA, NS) == keys.signing_public_openssh()


@needs_ssh_keygen
def test_our_signature_is_byte_identical_to_ssh_keygen(keys: OfficeKeys, tmp_path: Path) -> None:
    # Ed25519 is deterministic, so the same key, data and namespace give the same file.
    theirs = _ssh_keygen_sign(tmp_path, keys.signing_private_openssh(), DATA)
    assert sign(keys.signing_key, DATA, NS) == theirs


@needs_ssh_keygen
def test_sha256_signature_from_ssh_keygen_is_refused(keys: OfficeKeys, tmp_path: Path) -> None:
    theirs = _ssh_keygen_sign(tmp_path, keys.signing_private_openssh(), DATA, "hashalg=sha256")
    assert _ssh_keygen_verify(tmp_path, keys.signing_public_openssh(), theirs, DATA)
    with pytest.raises(SignatureInvalid, match="hash algorithm 'sha256'"):
        verify(theirs, DATA, NS)


@needs_ssh_keygen
def test_ecdsa_signature_from_ssh_keygen_is_refused(tmp_path: Path) -> None:
    key = tmp_path / "ecdsa"
    subprocess.run(["ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", str(key)], check=True)
    theirs = _ssh_keygen_sign(tmp_path, key.read_bytes(), DATA)
    with pytest.raises(SignatureInvalid, match="wrong key type 'ecdsa-sha2-nistp256'"):
        verify(theirs, DATA, NS)


# --- refusals, each with its reason --------------------------------------------------------


def test_tampered_data_is_refused(signature: bytes) -> None:
    with pytest.raises(SignatureInvalid, match="does not match"):
        verify(signature, DATA.replace(b"referral", b"receipt"), NS)


def test_other_namespace_is_refused(signature: bytes) -> None:
    with pytest.raises(SignatureInvalid, match="wrong namespace 'rete-packet-v1'"):
        verify(signature, DATA, "rete-directory-v1")


def test_namespace_rewritten_in_the_blob_is_refused(signature: bytes) -> None:
    fields = _fields(_blob(signature))
    fields[1] = b"rete-directory-v1"
    with pytest.raises(SignatureInvalid, match="does not match"):
        verify(_rebuild(fields), DATA, "rete-directory-v1")


def test_signature_by_another_key_is_refused(signature: bytes) -> None:
    fields = _fields(_blob(signature))
    other = _fields(_blob(sign(OfficeKeys.generate().signing_key, DATA, NS)))
    fields[0] = other[0]  # swap in another public key, keep our signature
    with pytest.raises(SignatureInvalid, match="does not match"):
        verify(_rebuild(fields), DATA, NS)


def test_flipped_signature_bit_is_refused(signature: bytes) -> None:
    blob = bytearray(_blob(signature))
    blob[-1] ^= 0x01
    with pytest.raises(SignatureInvalid, match="does not match"):
        verify(_armor(bytes(blob)), DATA, NS)


def test_non_empty_reserved_field_is_covered_by_the_signature(signature: bytes) -> None:
    fields = _fields(_blob(signature))
    fields[2] = b"x"
    with pytest.raises(SignatureInvalid, match="does not match"):
        verify(_rebuild(fields), DATA, NS)


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda s: s.replace(b"BEGIN SSH SIGNATURE", b"BEGIN SSH SIGNATUR"), "begin/end"),
        (lambda s: s.replace(b"-----END SSH SIGNATURE-----\n", b""), "begin/end"),
        (lambda s: s[:40] + b"!" + s[41:], "not valid base64"),
        (lambda s: s[:40] + "é".encode() + s[41:], "not ASCII"),
        (lambda s: s + b" " * 5000, "too large"),
        (lambda s: b"", "begin/end"),
        (lambda s: _armor(b"SSHSIH" + _blob(s)[6:]), "bad magic"),
        (lambda s: _armor(b"SSHSIG\x00\x00\x00\x02" + _blob(s)[10:]), "version 2"),
        (lambda s: _armor(_blob(s)[:-3]), "truncated"),
        (lambda s: _armor(_blob(s) + b"\x00"), "trailing data"),
        (lambda s: _armor(_blob(s)[:12]), "truncated"),
        (lambda s: _armor(b"SSHSIG\x00\x00\x00\x01\xff\xff\xff\xff"), "truncated"),
    ],
)
def test_malformed_signatures_are_refused_with_a_reason(signature: bytes, edit, reason) -> None:
    with pytest.raises(SignatureInvalid, match=reason):
        verify(edit(signature), DATA, NS)


@pytest.mark.parametrize(
    ("index", "value", "reason"),
    [
        (0, _string(b"ssh-rsa") + _string(bytes(32)), "wrong key type 'ssh-rsa'"),
        (0, _string(b"ssh-ed25519") + _string(bytes(31)), "public key has the wrong length"),
        (0, _string(b"ssh-ed25519") + _string(bytes(32)) + b"x", "key has trailing data"),
        (3, b"sha1", "hash algorithm 'sha1'"),
        (4, _string(b"rsa-sha2-512") + _string(bytes(64)), "signature type 'rsa-sha2-512'"),
        (4, _string(b"ssh-ed25519") + _string(bytes(63)), "signature has the wrong length"),
    ],
)
def test_wrong_fields_are_refused_with_a_reason(signature: bytes, index, value, reason) -> None:
    fields = _fields(_blob(signature))
    fields[index] = value
    with pytest.raises(SignatureInvalid, match=reason):
        verify(_rebuild(fields), DATA, NS)


@pytest.mark.parametrize(
    ("point", "forged_sig"),
    [
        (bytes(32), bytes(64)),  # order-4 point; R = that point, S = 0
        (b"\x01" + bytes(31), b"\x01" + bytes(63)),  # identity; R = identity, S = 0
    ],
)
def test_universal_signature_by_a_small_order_key_is_refused(point, forged_sig) -> None:
    # OpenSSL accepts these for *any* message; a key like this must never count as a signer.
    fields = _fields(_blob(sign(OfficeKeys.generate().signing_key, DATA, NS)))
    fields[0] = _string(b"ssh-ed25519") + _string(point)
    fields[4] = _string(b"ssh-ed25519") + _string(forged_sig)
    with pytest.raises(SignatureInvalid, match="small-order"):
        verify(_rebuild(fields), DATA, NS)


def test_empty_namespace_is_a_programming_error(keys: OfficeKeys, signature: bytes) -> None:
    with pytest.raises(ValueError, match="namespace"):
        sign(keys.signing_key, DATA, "")
    with pytest.raises(ValueError, match="namespace"):
        verify(signature, DATA, "")


# --- fuzzing: garbage in, SignatureInvalid out ----------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=6000))
def test_random_bytes_only_raise_signature_invalid(data: bytes) -> None:
    with pytest.raises(SignatureInvalid):
        verify(data, DATA, NS)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_random_armored_blobs_only_raise_signature_invalid(blob: bytes) -> None:
    with pytest.raises(SignatureInvalid):
        verify(_armor(blob), DATA, NS)


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_mutated_valid_signatures_only_raise_signature_invalid(
    signature: bytes, data: st.DataObject
) -> None:
    blob = bytearray(_blob(signature))
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["flip", "insert", "delete", "set"]))
        pos = data.draw(st.integers(0, max(len(blob) - 1, 0)))
        if op == "flip" and blob:
            blob[pos] ^= 1 << data.draw(st.integers(0, 7))
        elif op == "insert":
            blob.insert(pos, data.draw(st.integers(0, 255)))
        elif op == "delete" and blob:
            del blob[pos]
        elif blob:
            blob[pos] = data.draw(st.sampled_from([0x00, 0x7F, 0x80, 0xFF]))
    if bytes(blob) == _blob(signature):
        return
    with pytest.raises(SignatureInvalid):
        verify(_armor(bytes(blob)), DATA, NS)


@settings(max_examples=300, deadline=None)
@given(pos=st.integers(0, 10_000), byte=st.integers(0, 255))
def test_mutated_armor_either_verifies_or_raises_signature_invalid(
    keys: OfficeKeys, signature: bytes, pos: int, byte: int
) -> None:
    mutated = bytearray(signature)
    mutated[pos % len(mutated)] = byte
    try:
        signer = verify(bytes(mutated), DATA, NS)
    except SignatureInvalid:
        return
    assert signer == keys.signing_public_openssh()
