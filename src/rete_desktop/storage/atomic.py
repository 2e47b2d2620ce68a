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
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from rete_desktop.errors import StorageFailure
from rete_desktop.i18n import os_reason

# O_TMPFILE is refused with one of these where the file system cannot hold unnamed files.
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT}
_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000


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
        with os.fdopen(fd, "wb") as out:
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
