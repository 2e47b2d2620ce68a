"""Attachment contents as sealed files beside the database: ``<vault>/attachments/<random>``.

Issue 14: inside SQLCipher every 4 KiB page of a 20 MB scan is encrypted, MACed and written
twice (WAL, then checkpoint), which kept exporting and importing packets under half the speed
of the ``age`` tool. Here a file is sealed once with a key of its own
(``crypto/sealed_file.py``), written beside the vault, and its row in the database keeps the
random file name, the key, the size and the SHA-256. What someone with the disk sees of an
attachment is a random name and the size (within 16 bytes per 256 KiB); no name, type, case or
date (docs/data-protection.md).

- Writing: sealed into an unnamed temporary file in the same folder (``atomic_writer``),
  fsynced, named, then the row is inserted; a transaction that rolls back removes the file.
- A crash between naming the file and committing the row leaves a file no row names: it is
  unreadable (its key was never stored) and :func:`sweep` shreds it at the next unlock, as it
  shreds the files of a case whose erasure was interrupted.
- Erasure: the row and its key leave the database first (``secure_delete``, WAL folded), then
  :func:`shred` overwrites the file with zeros and deletes it. On an SSD or a copy-on-write
  file system the old blocks may survive the overwrite; without the key they are noise.
- Vaults from before 0023 kept the bytes in ``attachment_chunks``: ``attachments.tidy_files``
  seals each one into a file at the first writable unlock and deletes its chunks
  (overwritten: ``secure_delete``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from rete_desktop.crypto import sealed_file
from rete_desktop.errors import SecurityRefused, StorageFailure
from rete_desktop.i18n import os_reason
from rete_desktop.storage.atomic import (
    Writeback,
    atomic_writer,
    fsync_dir,
    link_into_place,
    make_private_dir,
    unnamed_file,
)
from rete_desktop.storage.overlap import Behind

FOLDER = "attachments"
_NAME_BYTES = 16
_ZEROS = bytes(1 << 20)


@dataclass(frozen=True)
class Sealed:
    """What the database keeps of a file written by :func:`write`."""

    file: str
    key: bytes
    size: int
    sha256: str | None  # None when the caller passed no hashing (it knows the hash)


def folder(directory: Path) -> Path:
    return directory / FOLDER


def new_name() -> str:
    """Random, so a name tells nothing of the case, the order or the time it was added."""
    return secrets.token_hex(_NAME_BYTES)


def write(directory: Path, pieces: Iterable[bytes | memoryview], *, hashed: bool = True
          ) -> Sealed:
    """Seal the pieces into a new file of the vault in ``directory``; it gets its name only
    once complete and fsynced (an error or a crash before leaves no named file)."""
    make_private_dir(folder(directory))
    name, key = new_name(), sealed_file.new_key()
    digest = hashlib.sha256() if hashed else None
    size = 0

    def counted() -> Iterator[bytes | memoryview]:
        nonlocal size
        for piece in pieces:
            size += len(piece)
            if digest is not None:
                digest.update(piece)
            yield piece

    with atomic_writer(folder(directory) / name) as out:
        for sealed in sealed_file.seal(key, counted()):
            out.write(sealed)
    return Sealed(name, key, size, digest.hexdigest() if digest else None)


class Spool:
    """A part of a received packet sealed into a nameless file of the vault as it is decrypted
    (issue 14: a 25 MB attachment is neither held in memory nor written twice). Hashed on the
    way, so the part is checked against its signed manifest without reading it again. It gets
    a name only when the import files it (:meth:`adopt`, inside the import's transaction);
    refused, or on a crash, the nameless file is gone with its descriptor. Where the file
    system has no nameless files a hidden ``.part`` file stands in, removed on refusal and
    shredded by the next :func:`sweep` after a crash."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        base = folder(directory)
        make_private_dir(base)
        self.name, self.key = new_name(), sealed_file.new_key()
        self._tmp: Path | None = None
        try:
            fd = unnamed_file(base, 0o600)
            if fd is None:
                self._tmp = base / f".{self.name}.part"
                fd = os.open(self._tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise StorageFailure("vault.write_failed", reason=os_reason(exc)) from exc
        self._fd: int | None = fd
        self._writeback = Writeback(fd)  # the fsync of finish() waits for the tail only
        self._sealer = sealed_file.Sealer(self.key)
        self._digest = hashlib.sha256()
        self.size = 0
        self.sha256 = ""  # once finished
        # Hashing, sealing and writing release the GIL: a worker does them while pyrage
        # decrypts the next piece (storage/overlap.py).
        self._behind: Behind[bytes | memoryview] | None = Behind(self._take, depth=2)

    def write(self, piece: bytes | memoryview) -> None:
        """Take the next piece (not to be changed afterwards: the worker reads it later)."""
        if self._behind is None:
            raise ValueError("the spool is closed")
        self.size += len(piece)
        self._behind.put(piece)

    def _take(self, piece: bytes | memoryview) -> None:
        self._digest.update(piece)
        self._write(*self._sealer.update(piece))

    def finish(self) -> None:
        """The last piece written and the file fsynced (the part is whole)."""
        if self._behind is None:
            raise ValueError("the spool is closed")
        behind, self._behind = self._behind, None
        behind.close()
        self._write(self._sealer.finish())
        self.sha256 = self._digest.hexdigest()
        self._os(os.fsync)

    def _write(self, *pieces: bytes) -> None:
        """The pieces written in order, with one system call when the kernel takes them all
        (the worker needs the GIL back after each call, and pyrage seldom lets go of it)."""
        total = sum(len(p) for p in pieces)
        done = self._os(partial(_write_all, pieces)) if pieces else 0
        for piece in pieces:  # what a short write left, piece by piece
            if done >= len(piece):
                done -= len(piece)
                continue
            while done < len(piece):
                done += self._os(partial(_write_from, piece, done))
            done = 0
        self._writeback.wrote(total)

    def _os(self, call: Any) -> Any:
        if self._fd is None:
            raise ValueError("the spool is closed")
        try:
            return call(self._fd)
        except OSError as exc:
            raise StorageFailure("vault.write_failed", reason=os_reason(exc)) from exc

    def adopt(self) -> Sealed:
        """Name the finished file in the vault's folder; the caller inserts its row in the
        same transaction (and shreds the file if that rolls back)."""
        path = folder(self.directory) / self.name
        try:
            if self._tmp is None:
                self._os(lambda fd: link_into_place(fd, path))
            else:
                os.replace(self._tmp, path)
                self._tmp = None
            fsync_dir(folder(self.directory))
        except OSError as exc:
            raise StorageFailure("vault.write_failed", reason=os_reason(exc)) from exc
        self.close()
        return Sealed(self.name, self.key, self.size, self.sha256)

    def plaintext(self) -> bytes:
        """The part read back into memory (a big part a kind other than a referral asks
        for as bytes)."""
        offset = 0

        def read(size: int) -> bytes:
            nonlocal offset
            data: bytes = self._os(lambda fd: os.pread(fd, size, offset))
            offset += len(data)
            return data

        return b"".join(sealed_file.unseal(self.key, read))

    def close(self) -> None:
        """Let go of the file: a nameless one is freed, a stand-in removed. Twice is fine."""
        behind, self._behind = self._behind, None
        if behind is not None:
            behind.abandon()
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.unlink()
            self._tmp = None


def _write_from(data: bytes, start: int, fd: int) -> int:
    return os.write(fd, memoryview(data)[start:])


def _write_all(pieces: tuple[bytes, ...], fd: int) -> int:
    return os.writev(fd, pieces)


def read(directory: Path, file: str, key: bytes, size: int, attachment_id: str
         ) -> Iterator[bytes]:
    """The plaintext of a sealed file, one authenticated piece at a time.

    Refused as ``attachment.damaged`` when the file is missing, has another length than its
    size implies, or any piece does not open with its key (altered, truncated, swapped with
    another file); the consumer discards what it got (an atomic file, a transaction)."""
    path = folder(directory) / file
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        raise SecurityRefused("attachment.file_missing", id=attachment_id) from None
    except OSError as exc:
        raise StorageFailure("vault.write_failed", reason=os_reason(exc)) from exc
    with stream:
        if os.fstat(stream.fileno()).st_size != sealed_file.sealed_size(size):
            raise SecurityRefused("attachment.damaged", id=attachment_id)
        got = 0
        try:
            for piece in sealed_file.unseal(key, stream.read):
                got += len(piece)
                yield piece
        except sealed_file.SealedFileDamaged:
            raise SecurityRefused("attachment.damaged", id=attachment_id) from None
        if got != size:
            raise SecurityRefused("attachment.damaged", id=attachment_id)


def shred(directory: Path, files: Iterable[str]) -> None:
    """Overwrite each file with zeros, fsync, delete it (best effort on SSDs: see above)."""
    base = folder(directory)
    removed = False
    for file in files:
        path = base / file
        with contextlib.suppress(FileNotFoundError):
            _overwrite(path)
            path.unlink()
            removed = True
    if removed:
        fsync_dir(base)


def _overwrite(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
    try:
        left = os.fstat(fd).st_size
        while left > 0:
            left -= os.write(fd, _ZEROS[:min(left, len(_ZEROS))])
        os.fsync(fd)
    finally:
        os.close(fd)


def known_files(conn: Any) -> set[str]:
    return {row[0] for row in conn.execute(
        "SELECT file FROM attachments WHERE file IS NOT NULL").fetchall()}


def case_files(conn: Any, case_id: str) -> list[str]:
    """The files of a case's attachments (taken before its rows are erased)."""
    return [row[0] for row in conn.execute(
        "SELECT file FROM attachments WHERE case_id = ? AND file IS NOT NULL",
        (case_id,)).fetchall()]


def sweep(vault: Any) -> int:
    """Shred the files no row names: left by a crash before a commit, by an interrupted
    erasure, or half-written where the file system has no unnamed files. Returns how many."""
    base = folder(vault.directory)
    if not base.is_dir():
        return 0
    known = known_files(vault.conn)
    stray = [p.name for p in base.iterdir() if p.name not in known and p.is_file()
             and not p.is_symlink()]
    shred(vault.directory, stray)
    return len(stray)


def problems(vault: Any) -> list[str]:
    """Attachments whose file is missing or has the wrong length (``rete vault check``)."""
    found = []
    for attachment_id, file, size in vault.query(
            "SELECT id, file, size FROM attachments WHERE file IS NOT NULL ORDER BY rowid"):
        try:
            length = (folder(vault.directory) / file).stat().st_size
        except FileNotFoundError:
            found.append(f"attachment {attachment_id}: file missing")
            continue
        if length != sealed_file.sealed_size(size):
            found.append(f"attachment {attachment_id}: file damaged")
    return found
