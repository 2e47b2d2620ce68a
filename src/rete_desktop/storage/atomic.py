"""Atomic, private file writes: 0600, fsync, then one step that puts the whole file in place.

A crash leaves either the old file or the new one, never half of each — and never a readable
partial copy of an export beside it: the content is written into an unnamed file
(``O_TMPFILE``) that the kernel frees if the program dies, and only linked under a name once
complete. File systems without ``O_TMPFILE`` (FAT on some kernels, network shares) fall back
to a hidden ``.NAME.<hex>.part`` beside the target, removed on any error but not after a
crash (docs/reliability.md).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import io
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from rete_desktop.errors import StorageFailure
from rete_desktop.i18n import os_reason

# O_TMPFILE is refused with one of these where the file system cannot hold unnamed files.
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT}
_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000
_SYNC_FILE_RANGE_WRITE = 2
WRITEBACK_STEP = 2 * 1024 * 1024


def _sync_file_range() -> Any:
    """Linux's sync_file_range(2); None elsewhere (Windows has no ``CDLL(None)`` at all, and
    this runs at import) and where the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        call = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    call.restype = ctypes.c_int
    return call


_START_WRITING = _sync_file_range()


class Writeback:
    """Asks the kernel to start writing a file's bytes to the disk every
    :data:`WRITEBACK_STEP` bytes, as they are written, so that the fsync that makes the file
    durable at its end waits for the last few MiB only (issue 14: an fsync of 20 MB written
    at once took 12-20 ms here, on the export's and the import's critical path). Only a hint
    (``sync_file_range(SYNC_FILE_RANGE_WRITE)``, which does not wait): durability still comes
    from the fsync; where the call is missing or refused, nothing happens."""

    def __init__(self, fd: int) -> None:
        self._fd, self._written, self._started = fd, 0, 0

    def wrote(self, size: int) -> None:
        """``size`` more bytes were written after the previous ones."""
        self._written += size
        if _START_WRITING is not None and self._written - self._started >= WRITEBACK_STEP:
            _START_WRITING(self._fd, self._started, self._written - self._started,
                           _SYNC_FILE_RANGE_WRITE)
            self._started = self._written


class _WrittenBack(io.FileIO):
    """A file whose bytes start for the disk as they are written (:class:`Writeback`)."""

    def __init__(self, fd: int) -> None:
        super().__init__(fd, "wb")
        self._writeback = Writeback(fd)

    def write(self, data: Any) -> int:
        written = super().write(data)
        if written:
            self._writeback.wrote(written)
        return written


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """A file to write that replaces ``path`` only when the block ends without error.

    Any OS error (disk full, read-only, vanished directory) becomes :class:`StorageFailure`
    and leaves ``path`` as it was.
    """
    tmp: Path | None = None
    try:
        fd = unnamed_file(path.parent, mode)
        if fd is None:
            tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with io.BufferedWriter(_WrittenBack(fd)) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
            if tmp is None:
                link_into_place(out.fileno(), path)
        if tmp is not None:
            os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        _remove(tmp)
        raise StorageFailure("vault.write_failed", reason=os_reason(exc)) from exc
    except BaseException:
        _remove(tmp)
        raise


def unnamed_file(directory: Path, mode: int) -> int | None:
    """An open (read and write), nameless file in ``directory``; None where the file system
    has none."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag:
        return None
    try:
        return os.open(directory, flag | os.O_RDWR, mode)
    except OSError as exc:
        if exc.errno in _NO_TMPFILE and directory.is_dir():
            return None
        raise


def link_into_place(fd: int, path: Path) -> None:
    """Give the finished unnamed file its name: directly when ``path`` is new; else under a
    hidden name renamed over the old file at once (the file there is already complete)."""
    try:
        _name_unnamed(fd, path)
        return
    except FileExistsError:
        pass
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    _name_unnamed(fd, tmp)
    try:
        os.replace(tmp, path)
    except OSError:
        _remove(tmp)
        raise


def _name_unnamed(fd: int, path: Path) -> None:
    """linkat() the O_TMPFILE ``fd`` to ``path``: through /proc (the classic way), else with
    AT_EMPTY_PATH (some kernels and sandboxes refuse the first with EXDEV), else by copying
    the finished content into a new file (the data is whole by then)."""
    try:
        os.link(f"/proc/self/fd/{fd}", path, follow_symlinks=True)
        return
    except FileExistsError:
        raise
    except OSError:
        pass
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.linkat(fd, b"", _AT_FDCWD, os.fsencode(path), _AT_EMPTY_PATH) == 0:
        return
    if ctypes.get_errno() == errno.EEXIST:
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, os.fstat(fd).st_mode & 0o777)
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, 1 << 20):
            os.write(out, chunk)
        os.fsync(out)
    except BaseException:
        _remove(path)
        raise
    finally:
        os.close(out)


def _remove(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically (see :func:`atomic_writer`)."""
    with atomic_writer(path, mode) as out:
        out.write(data)


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(directory: Path) -> None:
    """Create ``directory`` (and parents) readable by the owner only."""
    old = os.umask(0o077)
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StorageFailure("vault.write_failed", reason=os_reason(exc)) from exc
    finally:
        os.umask(old)
