"""Failed unlocks: counted outside the encrypted database, slowed down, shown at the next unlock.

On a shared office PC someone may try passphrases while the office is away. Each wrong
passphrase or recovery key adds one to a small file in the vault folder (``unlock-failures``:
a count and the time of the first failure, nothing about what was typed). From the third
failure on, every attempt waits first (1, 2, 4 … up to 30 s), on top of the Argon2 cost.
The next successful unlock reads the count, reports it ("N failed attempts since …") and
removes the file.

Writing the file is best effort: on a full or read-only disk the attempt is still refused,
just not counted.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rete_desktop.errors import StorageFailure
from rete_desktop.i18n import Text
from rete_desktop.storage.atomic import write_atomic

FILE_NAME = "unlock-failures"
FREE_ATTEMPTS = 2  # mistyping twice costs nothing extra
MAX_DELAY = 30.0
sleep = time.sleep  # the one place the wait happens (tests record it instead of waiting)


@dataclass(frozen=True)
class Failures:
    count: int
    since: datetime  # time of the first failure, in UTC

    def notice(self) -> Text:
        """"N failed attempts since …", for whoever unlocks next (the CLI and the window)."""
        return Text("vault.failed_attempts" if self.count > 1 else "vault.failed_attempt",
                    {"count": self.count,
                     "since": self.since.astimezone().strftime("%d/%m/%Y %H:%M")})


def recorded(directory: Path) -> Failures | None:
    """The failures counted since the last successful unlock; None if none (or unreadable)."""
    try:
        doc = json.loads((directory / FILE_NAME).read_bytes()[:1024])
        count, since = int(doc["count"]), datetime.fromisoformat(doc["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Failures(count, since) if count > 0 and since.tzinfo is not None else None


def delay_for(failures: Failures | None) -> float:
    """Seconds to wait before the next attempt: 0 for the first few, then doubling."""
    if failures is None or failures.count < FREE_ATTEMPTS + 1:
        return 0.0
    return min(2.0 ** (failures.count - FREE_ATTEMPTS - 1), MAX_DELAY)


def wait_before_attempt(directory: Path) -> None:
    delay = delay_for(recorded(directory))
    if delay:
        sleep(delay)


def record_failure(directory: Path, now: datetime) -> None:
    before = recorded(directory)
    failures = Failures((before.count if before else 0) + 1, before.since if before else now)
    doc = {"count": failures.count, "since": failures.since.isoformat(timespec="seconds")}
    with contextlib.suppress(StorageFailure):  # best effort: see the module docstring
        write_atomic(directory / FILE_NAME, json.dumps(doc).encode())


def clear(directory: Path) -> None:
    """After a successful unlock (its failures reported): the count starts again from zero."""
    with contextlib.suppress(OSError):
        (directory / FILE_NAME).unlink(missing_ok=True)
