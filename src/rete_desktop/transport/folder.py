"""Shared folder / USB stick: one sub-folder per office, packets written atomically.

Sending writes ``<outbox>/<recipient folder>/rete-<year>-<number>-<random>.age`` (a temp file
beside it, fsynced, then renamed: a reader never sees half a packet; the name carries only the
protocol number and randomness, so two senders never collide). Receiving reads every ``*.age``
in the inbox, files it (:mod:`rete_desktop.transport.inbox`) and only then moves it to ``done/``
or ``refused/`` inside the inbox.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import BinaryIO

from rete_desktop.errors import BadInput, StorageFailure
from rete_desktop.i18n import os_reason
from rete_desktop.storage.atomic import fsync_dir, write_atomic
from rete_desktop.storage.vault import Vault
from rete_desktop.transport.inbox import REFUSED, FetchReport, Progress, file_packet
from rete_desktop.transport.settings import FOLDER, FolderSettings

DONE = "done"
REFUSED_DIR = "refused"


def packet_file_name(protocol: str) -> str:
    """``rete-2026-000012-<8 hex>.age``: the protocol number only, nothing about the case."""
    return f"rete-{protocol.replace('/', '-')}-{secrets.token_hex(4)}.age"


def send(settings: FolderSettings, folder: str, data: bytes, protocol: str) -> str:
    """Write a packet into the recipient's folder (created if missing); returns its path."""
    target = Path(settings.outbox) / folder
    try:
        target.mkdir(exist_ok=True)
    except OSError as exc:
        raise StorageFailure("transport.folder_unwritable", folder=str(target),
                             reason=os_reason(exc)) from exc
    path = target / packet_file_name(protocol)
    write_atomic(path, data, mode=0o644)
    return str(path)


def _open(path: Path) -> BinaryIO | None:
    """A regular file open for reading, streamed from there (issue 14: a packet is never read
    whole); None if it went away, is not a regular file (links and devices are never
    followed). One over the cap is refused by the import as soon as it reads past it."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    handle = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        handle.close()
        return None
    return handle


def _move(path: Path, into: Path) -> None:
    into.mkdir(exist_ok=True)
    target = into / path.name
    if target.exists():
        target = into / f"{path.stem}-{secrets.token_hex(3)}{path.suffix}"
    os.replace(path, target)
    fsync_dir(into)


def fetch(vault: Vault, settings: FolderSettings, report: FetchReport | None = None,
          progress: Progress | None = None) -> FetchReport:
    """Import every packet waiting in the inbox folder; moved to done/ or refused/ after."""
    report = report or FetchReport()
    inbox = Path(settings.inbox)
    if not inbox.is_dir():
        raise BadInput("transport.folder_missing", folder=str(inbox))
    waiting = sorted(inbox.glob("*.age"))
    for handled, path in enumerate(waiting, start=1):
        if progress:
            progress(handled, len(waiting))
        handle = _open(path)
        if handle is None:
            continue
        with handle:
            arrival = file_packet(vault, handle, FOLDER)
        try:
            _move(path, inbox / (REFUSED_DIR if arrival.outcome == REFUSED else DONE))
        except OSError as exc:
            raise StorageFailure("transport.folder_unwritable", folder=str(inbox),
                                 reason=os_reason(exc)) from exc
        report.add(arrival)
    return report
