"""An office's key pair and the public identifiers people compare over the phone.

Each office holds an Ed25519 key (signatures, in OpenSSH form so `ssh-keygen -Y verify` can
check them) and an X25519 age identity (packets are age files). Both secrets live only inside
the encrypted vault, serialized by :meth:`OfficeKeys.to_secret_bytes`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SSH_ED25519 = "ssh-ed25519"
AGE_RECIPIENT_PREFIX = "age1"
AGE_IDENTITY_PREFIX = "AGE-SECRET-KEY-1"

# Secret layout, version 1: magic (2) | version (1) | Ed25519 seed (32) | age identity (ASCII).
_SECRET_MAGIC = b"RK"
_SECRET_VERSION = 1
_SEED_LEN = 32

# Longest accepted key text: real keys are 80 (ssh) and 62 (age) characters. Caps decode work.
_MAX_KEY_TEXT = 512

FINGERPRINT_DOMAIN = b"rete-public-keys/1\n"
SAFETY_NUMBER_ITERATIONS = 5200


# Encodings of the eight small-order Ed25519 points (sign bit cleared), as in libsodium's
# blocklist. A signature "by" such a key can verify for any message, so it proves nothing.
_SMALL_ORDER_POINTS = frozenset(
    bytes.fromhex(h)
    for h in (
        "00" * 32,
        "01" + "00" * 31,
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "ec" + "ff" * 30 + "7f",
        "ed" + "ff" * 30 + "7f",
        "ee" + "ff" * 30 + "7f",
    )
)


def ed25519_is_weak(raw: bytes) -> bool:
    """True for small-order public keys, which OpenSSL's Ed25519 does not refuse by itself."""
    return len(raw) == 32 and raw[:31] + bytes([raw[31] & 0x7F]) in _SMALL_ORDER_POINTS


class InvalidKey(ValueError):
    """A key string or secret blob that is malformed, of the wrong type, or not canonical."""


def _ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def ed25519_openssh_public(key: Ed25519PublicKey) -> str:
    """The canonical `ssh-ed25519 AAAA...` text of a public key (no comment)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    blob = _ssh_string(SSH_ED25519.encode()) + _ssh_string(raw)
    return f"{SSH_ED25519} {base64.b64encode(blob).decode('ascii')}"


def load_signing_key(text: str) -> Ed25519PublicKey:
    """Parse `ssh-ed25519 <base64> [comment]`; anything else raises InvalidKey with a reason.

    Parsed by hand (not `load_ssh_public_key`) so that only Ed25519 is accepted and the blob's
    inner type and length are both checked.
    """
    if not isinstance(text, str):
        raise InvalidKey("signing key must be text")
    if len(text) > _MAX_KEY_TEXT:
        raise InvalidKey("signing key text is too long")
    parts = text.strip().split(None, 2)
    if len(parts) < 2:
        raise InvalidKey("signing key must look like 'ssh-ed25519 AAAA...'")
    if parts[0] != SSH_ED25519:
        raise InvalidKey(f"signing key type is {parts[0][:32]!r}, expected 'ssh-ed25519'")
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidKey("signing key is not valid base64") from exc
    expected_head = _ssh_string(SSH_ED25519.encode()) + struct.pack(">I", 32)
    if len(blob) != len(expected_head) + 32 or not blob.startswith(expected_head):
        raise InvalidKey("signing key blob is not an Ed25519 public key")
    raw = blob[len(expected_head) :]
    if ed25519_is_weak(raw):
        raise InvalidKey("signing key is a weak (small-order) Ed25519 point")
    return Ed25519PublicKey.from_public_bytes(raw)


def parse_signing_key(text: str) -> str:
    """Validate an OpenSSH Ed25519 public key and return its canonical form (comment dropped)."""
    return ed25519_openssh_public(load_signing_key(text))


def parse_encryption_key(text: str) -> str:
    """Validate an age X25519 recipient (`age1...`) and return its canonical lowercase form."""
    if not isinstance(text, str):
        raise InvalidKey("encryption key must be text")
    if len(text) > _MAX_KEY_TEXT:
        raise InvalidKey("encryption key text is too long")
    candidate = text.strip()
    if not candidate.lower().startswith(AGE_RECIPIENT_PREFIX):
        raise InvalidKey("encryption key must be an age recipient starting with 'age1'")
    try:
        recipient = pyrage.x25519.Recipient.from_str(candidate)
    except pyrage.RecipientError as exc:
        raise InvalidKey(f"encryption key is not a valid age recipient: {exc}") from exc
    return str(recipient)


def parse_age_identity(text: str) -> pyrage.x25519.Identity:
    """Parse an `AGE-SECRET-KEY-1...` string; the error never echoes the secret."""
    if not isinstance(text, str) or len(text) > _MAX_KEY_TEXT:
        raise InvalidKey("age identity must be a short text")
    candidate = text.strip()
    if not candidate.startswith(AGE_IDENTITY_PREFIX):
        raise InvalidKey("age identity must start with 'AGE-SECRET-KEY-1'")
    try:
        return pyrage.x25519.Identity.from_str(candidate)
    except pyrage.IdentityError as exc:
        raise InvalidKey("age identity is not valid (bad Bech32 encoding)") from exc


def _group(text: str, size: int, sep: str) -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def _safety_digits(canonical: bytes, chunks: int) -> str:
    """Signal-style digits: iterated SHA-512, then 5 bytes -> 5 decimal digits per chunk."""
    digest = b"\x00\x01" + canonical
    for _ in range(SAFETY_NUMBER_ITERATIONS):
        digest = hashlib.sha512(digest + canonical).digest()
    return "".join(
        f"{int.from_bytes(digest[i * 5 : i * 5 + 5], 'big') % 100000:05d}" for i in range(chunks)
    )


@dataclass(frozen=True)
class PublicKeys:
    """An office's two public keys, always held in canonical form.

    Canonical strings make the fingerprint and the safety number well defined, and make a plain
    string comparison a valid key-substitution check.
    """

    signing_key: str
    encryption_key: str

    def __post_init__(self) -> None:
        if parse_signing_key(self.signing_key) != self.signing_key:
            raise InvalidKey("signing key is not in canonical form 'ssh-ed25519 <base64>'")
        if parse_encryption_key(self.encryption_key) != self.encryption_key:
            raise InvalidKey("encryption key is not in canonical lowercase 'age1...' form")

    @classmethod
    def parse(cls, signing_key: str, encryption_key: str) -> PublicKeys:
        """Build from user- or file-supplied text, normalizing both keys first."""
        return cls(parse_signing_key(signing_key), parse_encryption_key(encryption_key))

    def canonical_bytes(self) -> bytes:
        """The exact bytes the fingerprint and safety number are derived from."""
        return (
            FINGERPRINT_DOMAIN
            + self.signing_key.encode("ascii")
            + b"\n"
            + self.encryption_key.encode("ascii")
            + b"\n"
        )

    def fingerprint(self) -> str:
        """Short id for lists: first 8 bytes of SHA-256, upper hex, e.g. `7F3C-9A21-0B4D-E811`."""
        digest = hashlib.sha256(self.canonical_bytes()).digest()
        return _group(digest[:8].hex().upper(), 4, "-")

    def safety_number(self) -> str:
        """60 digits in 12 groups of 5, to confirm one office's keys (e.g. the coordinator's)."""
        return _group(_safety_digits(self.canonical_bytes(), 12), 5, " ")


def combined_safety_number(a: PublicKeys, b: PublicKeys) -> str:
    """60 digits two offices read to each other: 30 per office, sorted so both see the same."""
    halves = sorted(_safety_digits(k.canonical_bytes(), 6) for k in (a, b))
    return _group("".join(halves), 5, " ")


@dataclass(frozen=True, eq=False, repr=False)
class OfficeKeys:
    """This office's secret keys. `repr` shows only the fingerprint, never key material."""

    signing_key: Ed25519PrivateKey
    age_identity: pyrage.x25519.Identity

    @classmethod
    def generate(cls) -> OfficeKeys:
        return cls(Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())

    def to_secret_bytes(self) -> bytes:
        """Compact versioned blob for the encrypted vault (magic, version, seed, age identity)."""
        seed = self.signing_key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return (
            _SECRET_MAGIC
            + bytes([_SECRET_VERSION])
            + seed
            + self.age_identity_string().encode("ascii")
        )

    @classmethod
    def from_secret_bytes(cls, data: bytes) -> OfficeKeys:
        head = len(_SECRET_MAGIC) + 1
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidKey("secret keys must be bytes")
        data = bytes(data)
        if len(data) < head + _SEED_LEN or not data.startswith(_SECRET_MAGIC):
            raise InvalidKey("secret keys blob is not in Rete format")
        if data[len(_SECRET_MAGIC)] != _SECRET_VERSION:
            raise InvalidKey(f"unsupported secret keys version {data[len(_SECRET_MAGIC)]}")
        seed = data[head : head + _SEED_LEN]
        try:
            identity_text = data[head + _SEED_LEN :].decode("ascii")
        except UnicodeDecodeError as exc:
            raise InvalidKey("secret keys blob has a non-ASCII age identity") from exc
        if identity_text != identity_text.strip():
            raise InvalidKey("secret keys blob has a malformed age identity")
        identity = parse_age_identity(identity_text)
        return cls(Ed25519PrivateKey.from_private_bytes(seed), identity)

    def signing_public_openssh(self) -> str:
        return ed25519_openssh_public(self.signing_key.public_key())

    def encryption_recipient(self) -> str:
        return str(self.age_identity.to_public())

    def age_identity_string(self) -> str:
        """The `AGE-SECRET-KEY-1...` line, for key escrow and the stock `age -d -i`."""
        return str(self.age_identity)

    def signing_private_openssh(self) -> bytes:
        """Unencrypted OpenSSH PEM private key, for escrow and the stock `ssh-keygen -Y`."""
        return self.signing_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )

    def public(self) -> PublicKeys:
        return PublicKeys(self.signing_public_openssh(), self.encryption_recipient())

    def __repr__(self) -> str:
        return f"OfficeKeys(fingerprint={self.public().fingerprint()})"
