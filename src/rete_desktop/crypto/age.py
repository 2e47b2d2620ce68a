"""age v1 encryption through pyrage (rage bindings), with one typed error per import verdict.

pyrage raises a single `DecryptError` for everything; we split it into "not an age file",
"not for this key" and "corrupted" so the importer can tell the user which one happened.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyrage

from rete_desktop.crypto.keys import parse_age_identity, parse_encryption_key

AGE_HEADER = b"age-encryption.org/v1\n"

# rage's Display text for DecryptError::NoMatchingKeys; pinned by tests/test_crypto_age.py.
_NO_MATCHING_KEYS = "No matching keys found"


class AgeError(ValueError):
    """Base class for decryption failures."""


class NotAgeFile(AgeError):
    """The data does not start with the binary age v1 header (armored files are refused too)."""


class NotForThisKey(AgeError):
    """No recipient stanza opens with this identity.

    age cannot tell a stanza for another key from a tampered stanza for ours: both fail to
    unwrap the file key, so both land here.
    """


class AgeCorrupted(AgeError):
    """The header or payload is truncated or altered (MAC or chunk authentication failed)."""


def encrypt(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """Encrypt to every `age1...` recipient (validated, duplicates dropped); binary age v1."""
    canonical = list(dict.fromkeys(parse_encryption_key(r) for r in recipients))
    if not canonical:
        raise ValueError("at least one recipient is required")
    keys = [pyrage.x25519.Recipient.from_str(r) for r in canonical]
    ciphertext: bytes = pyrage.encrypt(bytes(plaintext), keys)
    return ciphertext


def decrypt(ciphertext: bytes, identity: str) -> bytes:
    """Decrypt with an `AGE-SECRET-KEY-1...` identity; raises one AgeError subclass on failure."""
    key = parse_age_identity(identity)
    data = bytes(ciphertext)
    if not data.startswith(AGE_HEADER):
        raise NotAgeFile("not an age v1 file (missing 'age-encryption.org/v1' header)")
    try:
        plaintext: bytes = pyrage.decrypt(data, [key])
    except pyrage.DecryptError as exc:
        reason = str(exc)
        if reason == _NO_MATCHING_KEYS:
            raise NotForThisKey("the file is not addressed to this key") from exc
        raise AgeCorrupted(f"the age file is corrupted or truncated ({reason})") from exc
    return plaintext
