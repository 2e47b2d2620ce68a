"""Encrypted single-file backups.

A backup is the keyslot file plus the SQLCipher database pages, both already encrypted, in one
file: ``RETE-BACKUP/1\\n``, a JSON header line (keyslots, database size and SHA-256), then the
database bytes. It opens with the passphrase or recovery key valid when it was made. Restore
checks the hash, writes into a fresh directory and only then unlocks and checks integrity, so a
damaged backup never produces a half-restored vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

from rete_desktop.errors import BadInput, StorageFailure
from rete_desktop.i18n import os_reason
from rete_desktop.storage import keyslots
from rete_desktop.storage.atomic import atomic_writer, make_private_dir
from rete_desktop.storage.vault import Vault
from rete_desktop.storage.vault_files import DB_NAME, KEYSLOTS_NAME, vault_exists

MAGIC = b"RETE-BACKUP/1\n"
MAX_HEADER = 64 * 1024
CHUNK = 1 << 20


def write_backup(vault: Vault, target: Path) -> None:
    """Write a consistent encrypted backup of the open vault to ``target`` atomically."""
    vault.checkpoint()
    db_path = vault.directory / DB_NAME
    slots = (vault.directory / KEYSLOTS_NAME).read_text("utf-8")
    digest = hashlib.sha256()
    with db_path.open("rb") as src:
        for chunk in iter(lambda: src.read(CHUNK), b""):
            digest.update(chunk)
    header = {"keyslots": slots, "db_size": db_path.stat().st_size, "db_sha256": digest.hexdigest()}
    with atomic_writer(target) as out, db_path.open("rb") as src:
        out.write(MAGIC + json.dumps(header).encode() + b"\n")
        shutil.copyfileobj(src, out, CHUNK)
    vault.log("vault.backup", "vault", None, str(header["db_size"]))


def read_header(source: Path) -> tuple[dict[str, Any], int]:
    """Parse and check a backup's header; returns it and the offset of the database bytes."""
    try:
        with source.open("rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise BadInput("vault.backup_not_rete")
            line = fh.readline(MAX_HEADER)
            offset = fh.tell()
            size = source.stat().st_size
    except OSError as exc:
        raise BadInput("file.unreadable", path=str(source), reason=os_reason(exc)) from exc
    try:
        header = json.loads(line)
        keyslots.parse_keyslots(header["keyslots"].encode("utf-8"))
        db_size, db_hash = int(header["db_size"]), str(header["db_sha256"])
    except (ValueError, KeyError, TypeError, AttributeError, BadInput):
        raise BadInput("vault.backup_damaged") from None
    if size - offset != db_size:
        raise BadInput("vault.backup_truncated")
    header["db_sha256"] = db_hash
    return header, offset


def restore_backup(source: Path, directory: Path, passphrase: str) -> Vault:
    """Restore into ``directory`` (which must not hold a vault) and return it unlocked."""
    if vault_exists(directory):
        raise BadInput("vault.exists", path=str(directory))
    header, offset = read_header(source)
    slot_file, mac = keyslots.parse_keyslots(header["keyslots"].encode("utf-8"))
    db_key = slot_file.unlock(passphrase, "passphrase")
    keyslots.check_mac(slot_file, mac, db_key)
    make_private_dir(directory)
    digest = hashlib.sha256()
    try:
        with atomic_writer(directory / DB_NAME) as out, source.open("rb") as src:
            src.seek(offset)
            for chunk in iter(lambda: src.read(CHUNK), b""):
                digest.update(chunk)
                out.write(chunk)
            if digest.hexdigest() != header["db_sha256"]:
                raise BadInput("vault.backup_altered")
        keyslots.write_keyslots(directory / KEYSLOTS_NAME, slot_file, db_key)
    except (BadInput, StorageFailure):
        with contextlib.suppress(OSError):
            (directory / DB_NAME).unlink()
        raise
    vault = Vault.open(directory, passphrase)
    vault.log("vault.restore", "vault", None, str(header["db_size"]))
    return vault
