"""The one reader for files that come from outside (packets, cards, directories, protocols,
attachments): a size cap enforced while reading, never after, and refusals as typed,
translated errors ("Cannot read the file …: permission denied"), so no shell shows an
operating-system error as "Unexpected error"."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from rete_desktop.errors import BadInput
from rete_desktop.i18n import Text, os_reason


def read_limited(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of ``path``; a file larger than ``max_bytes`` is refused unread."""
    with open_regular(path, max_bytes) as stream:
        return read_stream(stream, max_bytes, str(path))


@contextlib.contextmanager
def open_regular(path: str | Path, max_bytes: int) -> Iterator[BinaryIO]:
    """``path`` open for reading, refused unread when larger than ``max_bytes``.

    Only a regular file is opened: a FIFO, a device or a folder given by mistake is refused at
    once instead of waiting forever for a writer (opened non-blocking, checked, then read).
    An OS error while the caller reads is the same clear refusal.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as stream:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise BadInput("file.unreadable", path=str(path),
                               reason=Text("system.not_regular_file"))
            if info.st_size > max_bytes:
                raise BadInput("file.too_large", path=str(path), max=max_bytes)
            os.set_blocking(fd, True)
            yield stream
    except OSError as exc:
        raise BadInput("file.unreadable", path=str(path), reason=os_reason(exc)) from exc


def read_chunks(stream: BinaryIO, max_bytes: int, name: str, size: int) -> Iterator[bytes]:
    """The stream's bytes ``size`` at a time, refused as soon as they pass ``max_bytes`` (a
    file that grows while it is read)."""
    total = 0
    while True:
        try:
            chunk = stream.read(size)
        except OSError as exc:
            raise BadInput("file.unreadable", path=name, reason=os_reason(exc)) from exc
        if not chunk:
            return
        total += len(chunk)
        if total > max_bytes:
            raise BadInput("file.too_large", path=name, max=max_bytes)
        yield chunk


def read_stream(stream: BinaryIO, max_bytes: int, name: str) -> bytes:
    """Like :func:`read_limited` for an open stream (standard input); ``name`` is shown."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:  # a closed or unreadable standard input
        raise BadInput("file.unreadable", path=name, reason=os_reason(exc)) from exc
    if len(data) > max_bytes:
        raise BadInput("file.too_large", path=name, max=max_bytes)
    return data
