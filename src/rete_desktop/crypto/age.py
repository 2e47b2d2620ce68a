"""age v1 encryption through pyrage (rage bindings), with one typed error per import verdict.

pyrage raises a single `DecryptError` for everything; we split it into "not an age file",
"not for this key" and "corrupted" so the importer can tell the user which one happened.
Before pyrage sees a file, `age_header.read_header` parses and caps its header (a stranger's
file with thousands of stanzas must not keep rage busy while the vault is locked).
"""

from __future__ import annotations

from collections.abc import Sequence

import pyrage

from rete_desktop.crypto import age_header
from rete_desktop.crypto.age_header import AgeHeader
from rete_desktop.crypto.keys import parse_age_identity, parse_encryption_key

AGE_HEADER = age_header.VERSION_LINE

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


class AgeHeaderOverCaps(AgeError):
    """The header is larger than a Rete packet's can be (too many or too large stanzas)."""


def read_header(data: bytes) -> AgeHeader:
    """The checked, capped header of a binary age file; raises one AgeError subclass."""
    try:
        return age_header.read_header(data)
    except age_header.NotAgeHeader as exc:
        raise NotAgeFile(str(exc)) from exc
    except age_header.PassphraseFile as exc:
        raise NotForThisKey(str(exc)) from exc
    except age_header.HeaderOverCaps as exc:
        raise AgeHeaderOverCaps(str(exc)) from exc
    except age_header.MalformedHeader as exc:
        raise AgeCorrupted(f"the age file is corrupted or truncated ({exc})") from exc


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
    read_header(data)
    try:
        plaintext: bytes = pyrage.decrypt(data, [key])
    except pyrage.DecryptError as exc:
        reason = str(exc)
        if reason == _NO_MATCHING_KEYS:
            raise NotForThisKey("the file is not addressed to this key") from exc
        raise AgeCorrupted(f"the age file is corrupted or truncated ({reason})") from exc
    return plaintext
