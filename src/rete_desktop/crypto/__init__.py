"""Keys, fingerprints, safety numbers, SSHSIG and age: Qt-free, no I/O, heavily tested."""

from rete_desktop.crypto.age import (
    AGE_HEADER,
    AgeCorrupted,
    AgeError,
    AgeHeaderOverCaps,
    NotAgeFile,
    NotForThisKey,
    decrypt,
    encrypt,
)
from rete_desktop.crypto.keys import (
    InvalidKey,
    OfficeKeys,
    PublicKeys,
    combined_safety_number,
    load_signing_key,
    parse_age_identity,
    parse_encryption_key,
    parse_signing_key,
)
from rete_desktop.crypto.sshsig import SignatureInvalid, sign, verify

__all__ = [
    "AGE_HEADER",
    "AgeCorrupted",
    "AgeError",
    "AgeHeaderOverCaps",
    "InvalidKey",
    "NotAgeFile",
    "NotForThisKey",
    "OfficeKeys",
    "PublicKeys",
    "SignatureInvalid",
    "combined_safety_number",
    "decrypt",
    "encrypt",
    "load_signing_key",
    "parse_age_identity",
    "parse_encryption_key",
    "parse_signing_key",
    "sign",
    "verify",
]
