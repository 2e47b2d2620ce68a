"""The one reader for files that come from outside (packets, cards, directories, protocols,
attachments): a size cap enforced while reading, never after, and refusals as typed,
translated errors ("Cannot read the file …: permission denied"), so no shell shows an
operating-system error as "Unexpected error"."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from rete_desktop.errors import BadInput
from rete_desktop.i18n import Text, os_reason


def read_limited(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of ``path``; a file larger than ``max_bytes`` is refused unread.

    Only a regular file is read: a FIFO, a device or a folder given by mistake is refused at
    once instead of waiting forever for a writer (opened non-blocking, checked, then read).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as stream:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise BadInput("file.unreadable", path=str(path),
                               reason=Text("system.not_regular_file"))
            os.set_blocking(fd, True)
            return read_stream(stream, max_bytes, str(path))
    except OSError as exc:
        raise BadInput("file.unreadable", path=str(path), reason=os_reason(exc)) from exc


def read_stream(stream: BinaryIO, max_bytes: int, name: str) -> bytes:
    """Like :func:`read_limited` for an open stream (standard input); ``name`` is shown."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:  # a closed or unreadable standard input
        raise BadInput("file.unreadable", path=name, reason=os_reason(exc)) from exc
    if len(data) > max_bytes:
        raise BadInput("file.too_large", path=name, max=max_bytes)
    return data
