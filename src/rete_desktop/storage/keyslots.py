"""Keyslots: the vault's random database key, wrapped by a passphrase and a recovery key.

The SQLCipher database is keyed with a random 256-bit raw key. That key is stored only wrapped
(AES-256-GCM) under keys derived with Argon2id from the passphrase or from the recovery key, so
changing the passphrase rewraps 32 bytes instead of re-encrypting the database. Each slot's
AEAD covers its own parameters (as associated data) and the whole file carries an HMAC under a
key derived from the database key, so any edit of the file is detected after unlocking.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from rete_desktop.errors import AccessDenied, BadInput
from rete_desktop.i18n import Text, os_reason
from rete_desktop.storage.atomic import write_atomic

FORMAT = "rete-keyslots/1"
KEY_BYTES = 32
MAX_FILE_BYTES = 64 * 1024
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read from paper


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Defaults take about half a second on a 2-core office PC."""

    iterations: int = 3
    memory_kib: int = 128 * 1024
    lanes: int = 2

    def derive(self, secret: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret.encode("utf-8"))

    def as_json(self) -> dict[str, int]:
        return {"t": self.iterations, "m": self.memory_kib, "p": self.lanes}


# The cost of new vaults. Nothing in the app lowers it: the test suite, which creates hundreds
# of vaults, replaces this value in its own process (tests/fast_kdf.py), never through an
# environment variable that a shipped build would read.
DEFAULT_KDF = KdfParams()


def cost_for_new_slot(existing: KdfParams) -> KdfParams:
    """The cost of a slot written into an existing vault (a changed passphrase, a new operator,
    a reissued recovery key): the vault's own, but never below :data:`DEFAULT_KDF`. A vault made
    cheap (an older version read a test variable that lowered the cost) is strengthened slot by
    slot as its passphrases change, instead of passing the cheap cost on to every new slot."""
    return KdfParams(max(existing.iterations, DEFAULT_KDF.iterations),
                     max(existing.memory_kib, DEFAULT_KDF.memory_kib),
                     max(existing.lanes, DEFAULT_KDF.lanes))


def new_recovery_key() -> str:
    """A 160-bit recovery key in eight groups of four, e.g. ``K7QM-...``."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_key(text: str) -> str:
    """Accept lower case, spaces and missing dashes, as people type from paper."""
    chars = "".join(c for c in text.upper() if c.isalnum())
    chars = chars.replace("0", "O").replace("1", "I")
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


@dataclass(frozen=True)
class Slot:
    kind: str  # "passphrase" | "recovery"
    label: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def header(self) -> bytes:
        return json.dumps(
            [FORMAT, self.kind, self.label, self.kdf.as_json(), _b64(self.salt)],
            separators=(",", ":"),
            sort_keys=True,
        ).encode()

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "kdf": self.kdf.as_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }


def make_slot(kind: str, label: str, secret: str, db_key: bytes, kdf: KdfParams) -> Slot:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    draft = Slot(kind, label, kdf, salt, nonce, b"")
    wrapped = AESGCM(kdf.derive(secret, salt)).encrypt(nonce, db_key, draft.header())
    return Slot(kind, label, kdf, salt, nonce, wrapped)


def try_unwrap(slot: Slot, secret: str) -> bytes | None:
    try:
        return AESGCM(slot.kdf.derive(secret, slot.salt)).decrypt(
            slot.nonce, slot.wrapped, slot.header()
        )
    except InvalidTag:
        return None


@dataclass(frozen=True)
class KeyslotFile:
    vault_id: str
    slots: tuple[Slot, ...]

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "slots": [s.as_json() for s in self.slots],
        }

    def serialise(self, db_key: bytes) -> bytes:
        body = self.body()
        body["mac"] = _file_mac(db_key, body)
        body["checksum"] = _checksum(self)
        return json.dumps(body, indent=1, sort_keys=True).encode()

    def unlock(self, secret: str, kind: str) -> bytes:
        """The database key if ``secret`` opens a slot of ``kind``; else :class:`AccessDenied`."""
        return self.open_slot(secret, kind)[0]

    def open_slot(self, secret: str, kind: str) -> tuple[bytes, Slot]:
        """The database key and the slot that ``secret`` opens (its label names the operator)."""
        for slot in self.slots:
            if slot.kind == kind:
                key = try_unwrap(slot, secret)
                if key is not None:
                    return key, slot
        raise AccessDenied(
            "vault.wrong_passphrase" if kind == "passphrase" else "vault.wrong_recovery_key"
        )

    def labels(self, kind: str) -> list[str]:
        return [s.label for s in self.slots if s.kind == kind]

    def with_slot(self, slot: Slot) -> KeyslotFile:
        """This file with ``slot`` added, or replacing the slot of the same kind and label."""
        others = tuple(s for s in self.slots if (s.kind, s.label) != (slot.kind, slot.label))
        return KeyslotFile(self.vault_id, (*others, slot))

    def without(self, kind: str, label: str) -> KeyslotFile:
        return KeyslotFile(
            self.vault_id, tuple(s for s in self.slots if (s.kind, s.label) != (kind, label))
        )


def _file_mac(db_key: bytes, body: dict[str, Any]) -> str:
    mac_key = hashlib.sha256(b"rete-keyslots-mac\x00" + db_key).digest()
    canonical = json.dumps(body, separators=(",", ":"), sort_keys=True).encode()
    return hmac.new(mac_key, canonical, hashlib.sha256).hexdigest()


def _checksum(file: KeyslotFile) -> str:
    """An unkeyed SHA-256 of the slots: a bit flipped by a disk or a copy is then reported as a
    damaged key file before any passphrase is tried, not as a wrong passphrase. (The MAC,
    keyed with the database key, is what detects deliberate edits.)"""
    canonical = json.dumps(file.body(), separators=(",", ":"), sort_keys=True).encode()
    return hashlib.sha256(canonical).hexdigest()


def read_keyslots(path: Path) -> tuple[KeyslotFile, str]:
    """Parse the keyslot file; returns it and its stored MAC (checked after unlock)."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise BadInput("vault.keyslots_corrupt", reason=os_reason(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise BadInput("vault.keyslots_corrupt", reason=Text("keyslots.too_large"))
    return parse_keyslots(data)


def parse_keyslots(data: bytes) -> tuple[KeyslotFile, str]:
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("unknown format")
        slots = []
        for raw in doc["slots"]:
            kdf_doc = raw["kdf"]
            kdf = KdfParams(int(kdf_doc["t"]), int(kdf_doc["m"]), int(kdf_doc["p"]))
            if not (
                1 <= kdf.iterations <= 64
                and 8 * kdf.lanes <= kdf.memory_kib <= 4 << 20
                and 1 <= kdf.lanes <= 16
            ):
                raise ValueError("KDF parameters out of range")
            if raw["kind"] not in ("passphrase", "recovery") or not isinstance(raw["label"], str):
                raise ValueError("unknown slot kind")
            slot = Slot(
                raw["kind"],
                raw["label"],
                kdf,
                _unb64(raw["salt"]),
                _unb64(raw["nonce"]),
                _unb64(raw["wrapped"]),
            )
            if (len(slot.salt) != 16 or len(slot.nonce) != 12
                    or len(slot.wrapped) != KEY_BYTES + 16):
                raise ValueError("bad slot sizes")
            slots.append(slot)
        vault_id = doc["vault_id"]
        mac = doc["mac"]
        if not isinstance(vault_id, str) or not isinstance(mac, str) or not slots:
            raise ValueError("missing fields")
        if len(mac) != 64 or not all(c in "0123456789abcdef" for c in mac):
            raise ValueError("bad MAC")
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError,
            OverflowError) as exc:  # OverflowError: a KDF cost of Infinity
        raise BadInput("vault.keyslots_corrupt", reason=_reason(exc)) from None
    file = KeyslotFile(vault_id, tuple(slots))
    # Files written before the checksum existed have none; they get it at their next rewrite.
    if "checksum" in doc and doc["checksum"] != _checksum(file):
        raise BadInput("vault.keyslots_corrupt", reason=Text("keyslots.damaged"))
    return file, mac


def check_mac(file: KeyslotFile, stored_mac: str, db_key: bytes) -> None:
    if not hmac.compare_digest(_file_mac(db_key, file.body()), stored_mac):
        raise BadInput("vault.keyslots_corrupt", reason=Text("keyslots.integrity"))


def write_keyslots(path: Path, file: KeyslotFile, db_key: bytes) -> None:
    write_atomic(path, file.serialise(db_key))


def _reason(exc: Exception) -> Text:
    if isinstance(exc, UnicodeDecodeError | json.JSONDecodeError):
        return Text("keyslots.not_keyslots")
    return Text("keyslots.structure")
