"""Files kept with a case (a scanned report, a medical certificate, a photo) in the vault.

The row (name, type, size, SHA-256, who and when) is in the encrypted database; the bytes are
a sealed file beside it, under a key that only the row holds (``attachment_files``, issue 14:
SQLCipher's pages made packets of big attachments slow). Vaults from before schema 0023 kept
the bytes in ``attachment_chunks``; they are read from there until the first writable unlock
moves them out (:func:`tidy_files`). Either way a file is read, written and hashed one chunk of
:data:`CHUNK_SIZE` at a time: adding or exporting a 25 MB file costs a few megabytes of memory,
never the whole file. Attachments are append-only like notes (database triggers; only the
erasure of the case removes them, and its files). The audit log records ids only: a file name
can hold a person's name, so it never reaches the log.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import mimetypes
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from rete_desktop import events
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Attachment
from rete_desktop.errors import BadInput, NotFound, SecurityRefused, StorageFailure
from rete_desktop.i18n import os_reason
from rete_desktop.storage import attachment_files
from rete_desktop.storage.atomic import atomic_writer
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.incoming import open_regular, read_chunks
from rete_desktop.storage.vault import Vault, new_id, now_utc

MAX_ATTACHMENT_SIZE = 25 * 1024 * 1024
CHUNK_SIZE = 256 * 1024  # the migration that made chunks (0012) cuts at this size too
MAX_NAME = 200
FILES_SCHEMA = 23  # the migration that gave attachments their files
FALLBACK_MEDIA_TYPE = "application/octet-stream"
_MEDIA_TYPE = re.compile(r"[a-z]+/[a-z0-9.+-]{1,100}")  # what a packet part may declare too
_COLS = "id, case_id, name, media_type, size, sha256, added, operator, source"


def clean_name(name: str) -> str:
    """The file's own name, without folders, control characters or leading dots (shown, and
    used when a copy is saved into a folder: never a path, a hidden file or ``..``)."""
    base = re.split(r"[\\/]", name)[-1]
    text = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip().lstrip(". ")
    return validation.required_text("name", text, MAX_NAME)


def media_type_for(name: str, declared: str | None = None) -> str:
    """The declared media type when well formed, else guessed from the name's extension."""
    for candidate in (declared, mimetypes.guess_type(name)[0]):
        if candidate and _MEDIA_TYPE.fullmatch(candidate.lower()):
            return candidate.lower()
    return FALLBACK_MEDIA_TYPE


def format_size(size: int, decimal_point: str = ".") -> str:
    """``850 B``, ``12 KB``, ``3.4 MB``: sizes as a person reads them (1 KB = 1024 B)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", decimal_point)


def check_size(size: int) -> None:
    if size > MAX_ATTACHMENT_SIZE:
        raise BadInput("attachment.too_large", max_mb=MAX_ATTACHMENT_SIZE // (1024 * 1024))


def add_attachment(
    vault: Vault, case_id: str, name: str, data: bytes, media_type: str | None = None
) -> str:
    """Keep ``data`` with the case as file ``name``; returns the new attachment id."""
    real_id = resolve_case_id(vault, case_id)
    attachment_id = new_id()
    with vault.transaction() as conn:
        insert_attachment(conn, vault, attachment_id, real_id, name, data, media_type,
                          operator=vault.operator)
    return attachment_id


def add_file(vault: Vault, case_id: str, path: Path, name: str | None = None) -> str:
    """Attach the file at ``path`` (refused before reading when over the limit), read and
    stored a chunk at a time; ``name`` is shown instead of the file's own name."""
    try:
        check_size(path.stat().st_size)
    except OSError as exc:
        raise BadInput("file.unreadable", path=str(path), reason=os_reason(exc)) from exc
    real_id = resolve_case_id(vault, case_id)
    attachment_id = new_id()
    with open_regular(path, MAX_ATTACHMENT_SIZE) as stream, vault.transaction() as conn:
        store_attachment(conn, vault, attachment_id, real_id, name or path.name,
                         read_chunks(stream, MAX_ATTACHMENT_SIZE, str(path), CHUNK_SIZE), None,
                         operator=vault.operator)
    return attachment_id


def insert_attachment(
    conn: Any, vault: Vault, attachment_id: str, case_id: str, name: str, data: bytes,
    media_type: str | None, *, operator: str | None, source: str | None = None,
    added: str | None = None, sha256: str | None = None,
) -> None:
    """Insert and audit one attachment inside the caller's transaction (referral import).

    ``sha256``: the bytes' hash when the caller has just checked it (a received part against
    its signed manifest), so 25 MB are not hashed twice.
    """
    check_size(len(data))
    view = memoryview(data)
    store_attachment(conn, vault, attachment_id, case_id, name,
                     (view[i : i + CHUNK_SIZE] for i in range(0, len(data), CHUNK_SIZE)),
                     media_type, operator=operator, source=source, added=added, sha256=sha256)


def store_attachment(
    conn: Any, vault: Vault, attachment_id: str, case_id: str, name: str,
    chunks: Iterable[bytes | memoryview], media_type: str | None, *, operator: str | None,
    source: str | None = None, added: str | None = None, sha256: str | None = None,
) -> None:
    """Seal the chunks into the attachment's file as they come, hashing them (unless their
    ``sha256`` is known), then insert the row that records file, key, size and hash; audits.
    Inside the caller's transaction: a refusal half-way, or a rollback later, leaves nothing
    (the file is removed with the transaction)."""
    clean = clean_name(name)

    def capped() -> Iterator[bytes | memoryview]:
        size = 0
        for chunk in chunks:
            size += len(chunk)
            check_size(size)
            yield chunk

    sealed = attachment_files.write(vault.directory, capped(), hashed=sha256 is None)
    _insert_row(conn, vault, attachment_id, case_id, clean, media_type, sealed,
                sha256 or sealed.sha256 or "", operator=operator, source=source, added=added)


def adopt_received(
    conn: Any, vault: Vault, attachment_id: str, case_id: str, name: str,
    spool: attachment_files.Spool, media_type: str | None, *, operator: str | None,
    source: str | None = None,
) -> None:
    """File a part received in a packet, already sealed into a nameless file of the vault as
    it was decrypted and checked against its signed hash (``spool``), as a new attachment:
    the file is named and its row inserted in the caller's transaction."""
    check_size(spool.size)
    clean = clean_name(name)
    sealed = spool.adopt()
    _insert_row(conn, vault, attachment_id, case_id, clean, media_type, sealed, spool.sha256,
                operator=operator, source=source, added=None)


def _insert_row(
    conn: Any, vault: Vault, attachment_id: str, case_id: str, clean: str,
    media_type: str | None, sealed: attachment_files.Sealed, sha256: str, *,
    operator: str | None, source: str | None, added: str | None,
) -> None:
    """The row of a written file (removed again if the transaction rolls back); audited."""
    vault.on_rollback(partial(attachment_files.shred, vault.directory, [sealed.file]))
    conn.execute(
        f"INSERT INTO attachments ({_COLS}, file, file_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (attachment_id, case_id, clean, media_type_for(clean, media_type), sealed.size,
         sha256, added or now_utc(), operator, source, sealed.file, sealed.key),
    )
    detail = {"case": case_id, **({"source": source} if source else {})}
    vault.audit(AuditAction.ATTACHMENT_ADD, "attachment", attachment_id, detail)
    vault.announce(events.CaseChanged(case_id, "attachment"))


def _attachment(row: Any) -> Attachment:
    return Attachment(id=row[0], case_id=row[1], name=row[2], media_type=row[3], size=row[4],
                      sha256=row[5], added=datetime.fromisoformat(row[6]), operator=row[7],
                      source=row[8])


def list_attachments(vault: Vault, case_id: str) -> list[Attachment]:
    """A case's attachments, oldest first, without their bytes."""
    real_id = resolve_case_id(vault, case_id)
    rows = vault.query(f"SELECT {_COLS} FROM attachments WHERE case_id = ? ORDER BY added, rowid",
                       (real_id,))
    return [_attachment(r) for r in rows]


def get_attachment(vault: Vault, attachment_id: str) -> Attachment:
    row = vault.query_one(f"SELECT {_COLS} FROM attachments WHERE id = ?", (attachment_id,))
    if row is None:
        raise NotFound("attachment.not_found", id=attachment_id)
    return _attachment(row)


def attachment_data(
    vault: Vault, attachment_id: str, *, audit: AuditAction | None = AuditAction.ATTACHMENT_READ
) -> bytes:
    """The file's bytes, checked against the SHA-256 recorded when it was added.

    ``audit`` names the audit action (``attachment.read`` for a preview, ``attachment.export``
    when a copy leaves the vault); None when the caller audits the whole operation itself.
    """
    found = get_attachment(vault, attachment_id)
    buffer = io.BytesIO()  # not b"".join: that holds every chunk and the joined copy at once
    for chunk in attachment_chunks(vault, attachment_id):
        buffer.write(chunk)
    data = buffer.getvalue()  # hands its buffer over, no second copy
    if audit:
        vault.log(audit, "attachment", attachment_id, {"case": found.case_id})
    return data


def attachment_chunks(vault: Vault, attachment_id: str) -> Iterator[bytes]:
    """The file's bytes one chunk at a time, refused as damaged (``SecurityRefused``) at the
    first chunk that is not what was added. A consumer writes what it gets where a refusal can
    still undo it (an atomic file, the open transaction).

    A sealed file is checked piece by piece by its key (AES-GCM: altered, truncated, swapped
    or extended files do not open), the key being the attachment's own, so its bytes are the
    ones hashed when it was added; the SHA-256 is not computed again (20 MB: 13 ms of an
    export). Chunks in the database (a vault not yet tidied) are checked against the SHA-256
    after the last one."""
    row = vault.query_one("SELECT size, file, file_key FROM attachments WHERE id = ?",
                          (attachment_id,))
    if row is None:
        raise NotFound("attachment.not_found", id=attachment_id)
    size, file, key = row
    if file is not None:
        yield from attachment_files.read(vault.directory, file, bytes(key), size, attachment_id)
    else:
        yield from _chunks_in_database(vault, attachment_id)


def _chunks_in_database(vault: Vault, attachment_id: str) -> Iterator[bytes]:
    """The bytes of an attachment kept in ``attachment_chunks`` (before schema 0023)."""
    found = get_attachment(vault, attachment_id)
    digest, size = hashlib.sha256(), 0
    with vault.streaming():
        for (chunk,) in vault.conn.execute(
                "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
                (attachment_id,)):
            data = bytes(chunk)
            digest.update(data)
            size += len(data)
            yield data
    if size != found.size or digest.hexdigest() != found.sha256:
        raise SecurityRefused("attachment.damaged", id=attachment_id)


def tidy_files(vault: Vault) -> None:
    """At a writable unlock: shred files no row names (a crash before a commit, an erasure
    interrupted after its commit), then move attachments still in the database into files."""
    if vault.schema_version < FILES_SCHEMA:  # only in tests of older schemas
        return
    # A disk that refuses now must not keep the office out: the next unlock tries again.
    with contextlib.suppress(StorageFailure, OSError):
        _tidy(vault)


def _tidy(vault: Vault) -> None:
    attachment_files.sweep(vault)
    legacy = [row[0] for row in vault.query(
        "SELECT id FROM attachments WHERE file IS NULL ORDER BY rowid")]
    moved = 0
    for attachment_id in legacy:
        try:
            sealed = attachment_files.write(vault.directory,
                                            _chunks_in_database(vault, attachment_id),
                                            hashed=False)
        except SecurityRefused:
            continue  # damaged: left where it is, so reading it still says so
        with vault.transaction() as conn:
            vault.on_rollback(partial(attachment_files.shred, vault.directory, [sealed.file]))
            conn.execute("UPDATE attachments SET file = ?, file_key = ? WHERE id = ?",
                         (sealed.file, sealed.key, attachment_id))
            conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?",
                         (attachment_id,))
        moved += 1
    if moved:  # the chunks' pages, zeroed by secure_delete, replace the old ones in the file
        vault.checkpoint()


def export_copy(vault: Vault, attachment_id: str, path: Path) -> None:
    """Save a plain copy at ``path`` on the user's request (the one way plaintext leaves on
    purpose), streamed; a damaged file leaves nothing there. Audited as an export."""
    found = get_attachment(vault, attachment_id)
    with atomic_writer(path) as out:
        for chunk in attachment_chunks(vault, attachment_id):
            out.write(chunk)
    vault.log(AuditAction.ATTACHMENT_EXPORT, "attachment", attachment_id, {"case": found.case_id})
