"""Encrypted single-file backups.

A backup is the keyslot file, the SQLCipher database pages and the attachments' sealed files,
all already encrypted, in one file: ``RETE-BACKUP/2\\n``, a JSON header line (keyslots,
database size and SHA-256, each attachment file's name, size and SHA-256), then the database
bytes, then each file's bytes in the header's order (``RETE-BACKUP/1``, written before
attachments had files, is the same without them and still restores). It opens with the
passphrase or recovery key valid when it was made. Restore checks every hash, writes into a
hidden sibling folder, unlocks and checks it there (every attachment row has its file) and
only then renames it into place, so a damaged backup never produces a half-restored vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput, StorageFailure
from rete_desktop.i18n import os_reason
from rete_desktop.storage import attachment_files, audit, keyslots
from rete_desktop.storage.atomic import atomic_writer, fsync_dir, make_private_dir
from rete_desktop.storage.vault import Vault
from rete_desktop.storage.vault_files import DB_NAME, KEYSLOTS_NAME, vault_exists

MAGIC = b"RETE-BACKUP/2\n"  # what is written; the first version is still read
MAGIC_V1 = b"RETE-BACKUP/1\n"
_FILE_NAME = re.compile(r"[0-9a-f]{32}")  # attachment_files.new_name(): never a path
MAX_HEADER = 64 * 1024
CHUNK = 1 << 20
BACKUP_REMINDER_DAYS = 7  # the app reminds the office when the last backup is older
STAGING_PREFIX = ".restoring-"  # restore's hidden sibling folder: .restoring-NAME.<hex>


def write_backup(vault: Vault, target: Path,
                 progress: Callable[[int, int], None] | None = None) -> None:
    """Write a consistent encrypted backup of the open vault to ``target`` atomically.

    ``progress(done, total)`` is called as the database bytes are copied (the GUI's bar).
    """
    with _consistent_database(vault, target) as db_path:
        slots = (vault.directory / KEYSLOTS_NAME).read_text("utf-8")
        files = [(db_path, *_size_and_hash(db_path))]
        folder = attachment_files.folder(vault.directory)
        files += [(folder / name, *_size_and_hash(folder / name)) for (name,) in vault.query(
            "SELECT file FROM attachments WHERE file IS NOT NULL ORDER BY rowid")]
        total = sum(size for _, size, _ in files)
        header = {"keyslots": slots, "db_size": files[0][1], "db_sha256": files[0][2],
                  "files": [[path.name, size, sha] for path, size, sha in files[1:]]}
        with atomic_writer(target) as out:
            out.write(MAGIC + json.dumps(header).encode() + b"\n")
            done = 0
            for path, size, _ in files:
                with path.open("rb") as src:
                    for chunk in _pieces(src, size):
                        out.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
    vault.log(AuditAction.VAULT_BACKUP, "vault", None, str(files[0][1]))


def _size_and_hash(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as src:
        for chunk in iter(lambda: src.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _pieces(src: Any, size: int) -> Iterator[bytes]:
    """``size`` bytes of ``src`` a chunk at a time; a file that shrank is refused."""
    left = size
    while left > 0:
        chunk = src.read(min(CHUNK, left))
        if not chunk:
            raise StorageFailure("vault.write_failed", reason="a file changed while read")
        left -= len(chunk)
        yield chunk


def last_backup(vault: Vault) -> datetime | None:
    """When this vault last wrote a backup (from the audit log), or None if never."""
    row = vault.query_one(
        "SELECT at FROM audit WHERE action = 'vault.backup' ORDER BY seq DESC LIMIT 1")
    return datetime.fromisoformat(row[0]) if row else None


def backup_overdue(vault: Vault, now: datetime | None = None,
                   days: int = BACKUP_REMINDER_DAYS) -> bool:
    """True when the last backup is older than ``days`` (or there is none yet)."""
    last = last_backup(vault)
    return last is None or (now or datetime.now(UTC)) - last > timedelta(days=days)


@contextlib.contextmanager
def _consistent_database(vault: Vault, target: Path) -> Iterator[Path]:
    """The vault's database file after a checkpoint; on a disk that refuses the checkpoint
    (full, read-only) an encrypted copy beside ``target``, removed afterwards."""
    folded = vault.read_only_reason is None
    if folded:
        try:
            vault.checkpoint()
        except StorageFailure:
            folded = False
    if folded:
        yield vault.directory / DB_NAME
        return
    copy = target.with_name(f".{target.name}.{secrets.token_hex(6)}.db")
    try:
        vault.copy_database(copy)
        yield copy
    finally:
        for leftover in (copy, copy.with_name(copy.name + "-journal")):
            leftover.unlink(missing_ok=True)


def read_header(source: Path) -> tuple[dict[str, Any], int]:
    """Parse and check a backup's header; returns it and the offset of the database bytes.
    ``header["files"]`` lists the attachment files that follow them: (name, size, SHA-256)."""
    try:
        with source.open("rb") as fh:
            magic = fh.read(len(MAGIC))
            if magic not in (MAGIC, MAGIC_V1):
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
        files = [(str(name), int(length), str(sha))
                 for name, length, sha in (header.get("files", []) if magic == MAGIC else [])]
    except (ValueError, KeyError, TypeError, AttributeError, BadInput):
        raise BadInput("vault.backup_damaged") from None
    if any(not _FILE_NAME.fullmatch(name) or length < 0 for name, length, _ in files) \
            or len({name for name, _, _ in files}) != len(files):
        raise BadInput("vault.backup_damaged")
    if db_size < 0 or size - offset != db_size + sum(length for _, length, _ in files):
        raise BadInput("vault.backup_truncated")
    header["db_sha256"], header["db_size"], header["files"] = db_hash, db_size, files
    return header, offset


def restore_backup(source: Path, directory: Path, passphrase: str) -> Vault:
    """Restore into ``directory`` (which must not hold a vault) and return it unlocked.

    All or nothing: the files are written into a hidden sibling folder and checked there
    (hash, SQLCipher page HMACs, SQLite integrity, schema, audit chain) before one rename puts
    them in place. A damaged backup, a full disk or a crash leaves no vault at ``directory``.
    """
    if vault_exists(directory):
        raise BadInput("vault.exists", path=str(directory))
    header, offset = read_header(source)
    slot_file, mac = keyslots.parse_keyslots(header["keyslots"].encode("utf-8"))
    db_key = slot_file.unlock(passphrase, "passphrase")
    keyslots.check_mac(slot_file, mac, db_key)
    make_private_dir(directory.parent)
    _remove_stale_staging(directory)
    staging = directory.with_name(f"{STAGING_PREFIX}{directory.name}.{secrets.token_hex(6)}")
    try:
        make_private_dir(staging)
        _copy_checked(source, offset, header["db_size"], header["db_sha256"],
                      staging / DB_NAME)
        offset += header["db_size"]
        if header["files"]:
            make_private_dir(attachment_files.folder(staging))
        for name, length, sha256 in header["files"]:
            _copy_checked(source, offset, length, sha256,
                          attachment_files.folder(staging) / name)
            offset += length
        keyslots.write_keyslots(staging / KEYSLOTS_NAME, slot_file, db_key)
        _check_restored(staging, passphrase)
        _move_into_place(staging, directory)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    vault = Vault.open(directory, passphrase)
    vault.log(AuditAction.VAULT_RESTORE, "vault", None, str(header["db_size"]))
    return vault


def _remove_stale_staging(directory: Path) -> None:
    """Folders left by a restore that crashed (encrypted files only; never a vault in use)."""
    for stale in directory.parent.glob(f"{STAGING_PREFIX}{directory.name}.*"):
        shutil.rmtree(stale, ignore_errors=True)


def _copy_checked(source: Path, offset: int, size: int, sha256: str, target: Path) -> None:
    digest = hashlib.sha256()
    with atomic_writer(target) as out, source.open("rb") as src:
        src.seek(offset)
        for chunk in _pieces(src, size):
            digest.update(chunk)
            out.write(chunk)
        if digest.hexdigest() != sha256:
            raise BadInput("vault.backup_altered")


def _check_restored(staging: Path, passphrase: str) -> None:
    """The restored database must be whole: a backup made from a damaged vault is refused."""
    try:
        with Vault.open(staging, passphrase) as vault:
            problems = vault.integrity_problems() or attachment_files.problems(vault)
            if problems:
                raise BadInput("vault.database_corrupt", reason="; ".join(problems[:3]))
            audit.verify_chain(vault)
    except BadInput as exc:
        if exc.message_id != "vault.database_corrupt":
            raise
        raise BadInput("vault.backup_content_damaged", reason=exc.params["reason"]) from exc


def _move_into_place(staging: Path, directory: Path) -> None:
    """One rename when ``directory`` is absent or empty; into a folder holding other files,
    the attachment files, then the database and the key file last (a crash in between leaves
    a folder that is refused as damaged, never a different vault)."""
    try:
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
        if directory.exists():
            files = attachment_files.folder(staging)
            if files.exists():  # a folder left without its vault holds nothing readable
                shutil.rmtree(attachment_files.folder(directory), ignore_errors=True)
                os.replace(files, attachment_files.folder(directory))
            for name in (DB_NAME, KEYSLOTS_NAME):
                os.replace(staging / name, directory / name)
            fsync_dir(directory)
        else:
            os.rename(staging, directory)
        fsync_dir(directory.parent)
    except OSError as exc:
        raise StorageFailure("vault.write_failed", reason=os_reason(exc)) from exc
