"""OpenSSH SSHSIG signatures (PROTOCOL.sshsig), Ed25519 and SHA-512 only.

Hand-built on `cryptography` because the format is a few length-prefixed fields; the tests check
it both ways against `ssh-keygen -Y sign/verify`. Verification parses untrusted input: every
length is bounded and checked, and the only exception it raises on bad input is SignatureInvalid.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from rete_desktop.crypto.keys import SSH_ED25519, ed25519_is_weak, ed25519_openssh_public

MAGIC = b"SSHSIG"
VERSION = 1
HASH_ALGORITHM = "sha512"
BEGIN = "-----BEGIN SSH SIGNATURE-----"
END = "-----END SSH SIGNATURE-----"
WRAP = 70

# An Ed25519 SSHSIG with a short namespace is ~300 armored bytes; refuse anything far larger
# before decoding it.
MAX_ARMORED_SIZE = 4096
MAX_NAMESPACE = 256


class SignatureInvalid(ValueError):
    """The signature is malformed, for another namespace or algorithm, or does not verify."""


class _Reader:
    """Reads SSH wire fields from untrusted bytes; any overrun is a SignatureInvalid."""

    def __init__(self, data: bytes, what: str) -> None:
        self._data = data
        self._pos = 0
        self._what = what

    def take(self, n: int) -> bytes:
        if n > len(self._data) - self._pos:
            raise SignatureInvalid(f"{self._what} is truncated")
        chunk = self._data[self._pos : self._pos + n]
        self._pos += n
        return chunk

    def uint32(self) -> int:
        value: int = struct.unpack(">I", self.take(4))[0]
        return value

    def string(self) -> bytes:
        return self.take(self.uint32())

    def end(self) -> None:
        if self._pos != len(self._data):
            raise SignatureInvalid(f"{self._what} has trailing data")


def _ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _show(raw: bytes) -> str:
    """A short, safe rendering of an untrusted field for error messages."""
    return repr(raw[:40].decode("ascii", "replace"))


def _check_namespace(namespace: str) -> bytes:
    if not namespace or len(namespace) > MAX_NAMESPACE:
        raise ValueError("namespace must be a non-empty short string")
    return namespace.encode("utf-8")


def _signed_data(namespace: bytes, reserved: bytes, hash_alg: bytes, data: bytes) -> bytes:
    digest = hashlib.sha512(data).digest()
    return (
        MAGIC
        + _ssh_string(namespace)
        + _ssh_string(reserved)
        + _ssh_string(hash_alg)
        + _ssh_string(digest)
    )


def sign(private_key: Ed25519PrivateKey, data: bytes, namespace: str) -> bytes:
    """Sign `data` under `namespace`; returns the armored text `ssh-keygen -Y sign` would write."""
    ns = _check_namespace(namespace)
    hash_alg = HASH_ALGORITHM.encode()
    signature = private_key.sign(_signed_data(ns, b"", hash_alg, data))
    pub_blob = base64.b64decode(ed25519_openssh_public(private_key.public_key()).split()[1])
    blob = (
        MAGIC
        + struct.pack(">I", VERSION)
        + _ssh_string(pub_blob)
        + _ssh_string(ns)
        + _ssh_string(b"")
        + _ssh_string(hash_alg)
        + _ssh_string(_ssh_string(SSH_ED25519.encode()) + _ssh_string(signature))
    )
    body = base64.b64encode(blob).decode("ascii")
    lines = [BEGIN, *(body[i : i + WRAP] for i in range(0, len(body), WRAP)), END]
    return ("\n".join(lines) + "\n").encode("ascii")


def _dearmor(armored: bytes) -> bytes:
    if len(armored) > MAX_ARMORED_SIZE:
        raise SignatureInvalid("signature is too large")
    try:
        text = armored.decode("ascii")
    except UnicodeDecodeError as exc:
        raise SignatureInvalid("signature armor is not ASCII") from exc
    lines = text.strip().replace("\r\n", "\n").split("\n")
    if len(lines) < 3 or lines[0] != BEGIN or lines[-1] != END:
        raise SignatureInvalid("signature armor lacks the SSH SIGNATURE begin/end lines")
    try:
        return base64.b64decode("".join(line.strip() for line in lines[1:-1]), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureInvalid("signature armor is not valid base64") from exc


def _parse_public_key(blob: bytes) -> Ed25519PublicKey:
    reader = _Reader(blob, "signer public key")
    key_type = reader.string()
    if key_type != SSH_ED25519.encode():
        raise SignatureInvalid(f"wrong key type {_show(key_type)}, expected 'ssh-ed25519'")
    raw = reader.string()
    reader.end()
    if len(raw) != 32:
        raise SignatureInvalid("Ed25519 public key has the wrong length")
    if ed25519_is_weak(raw):
        raise SignatureInvalid("Ed25519 public key is a weak (small-order) point")
    return Ed25519PublicKey.from_public_bytes(raw)


def _parse_signature(blob: bytes) -> bytes:
    reader = _Reader(blob, "signature blob")
    sig_type = reader.string()
    if sig_type != SSH_ED25519.encode():
        raise SignatureInvalid(f"wrong signature type {_show(sig_type)}, expected 'ssh-ed25519'")
    sig = reader.string()
    reader.end()
    if len(sig) != 64:
        raise SignatureInvalid("Ed25519 signature has the wrong length")
    return sig


def verify(armored: bytes, data: bytes, namespace: str) -> str:
    """Check an armored SSHSIG over `data` in `namespace`; return the signer's `ssh-ed25519` key.

    The caller must still compare the returned key with the one it expects (e.g. the
    directory's): a valid signature only proves *some* key signed.
    """
    expected_ns = _check_namespace(namespace)
    reader = _Reader(_dearmor(armored), "signature")
    if reader.take(len(MAGIC)) != MAGIC:
        raise SignatureInvalid("not an SSHSIG signature (bad magic)")
    version = reader.uint32()
    if version != VERSION:
        raise SignatureInvalid(f"unsupported SSHSIG version {version}")
    public_key = _parse_public_key(reader.string())
    ns = reader.string()
    reserved = reader.string()
    hash_alg = reader.string()
    sig = _parse_signature(reader.string())
    reader.end()
    if ns != expected_ns:
        raise SignatureInvalid(f"wrong namespace {_show(ns)}, expected {namespace!r}")
    if hash_alg != HASH_ALGORITHM.encode():
        raise SignatureInvalid(f"unsupported hash algorithm {_show(hash_alg)}, expected 'sha512'")
    try:
        public_key.verify(sig, _signed_data(ns, reserved, hash_alg, data))
    except InvalidSignature as exc:
        raise SignatureInvalid("signature does not match the data and key") from exc
    return ed25519_openssh_public(public_key)
