"""Atomic, private file writes: temp file beside the target, 0600, fsync, rename.

A crash leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from rete_desktop.errors import StorageFailure


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; raise :class:`StorageFailure` on any OS error."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailure("vault.write_failed", reason=exc.strerror or str(exc)) from exc


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
        raise StorageFailure("vault.write_failed", reason=exc.strerror or str(exc)) from exc
    finally:
        os.umask(old)
