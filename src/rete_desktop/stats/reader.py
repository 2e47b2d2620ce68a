"""The statistics screen's read connection, kept from one count to the next.

The screen counts off the GUI thread on a connection of its own. A fresh connection for
every count read the schema again (with schema 0022's triggers, a few milliseconds) and
started with an empty page cache: once a year's figures became counters, opening the
connection was most of the work. One connection serves the counts (a SQLite connection must
not run statements from two threads at once: a count that finds it busy opens one of its
own) and closes when the vault locks.
"""

from __future__ import annotations

import threading
from datetime import date

from rete_desktop.events import VaultLocked
from rete_desktop.stats import aggregates
from rete_desktop.storage.vault import Reader, Vault


class YearCounter:
    """Exact statistics of a year on a reader opened at the first count (any thread)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._reader: Reader | None = None
        self._busy = threading.Lock()  # held while a count runs on the connection
        vault.events.subscribe(lambda _event: self.close(), VaultLocked)

    def compute(self, year: int, today: date | None = None) -> aggregates.Stats:
        """The figures of ``year``; raises if the vault is locked. A count asked for while
        another runs (the user chose another year) gets a connection of its own rather than
        wait for the older one."""
        if not self._busy.acquire(blocking=False):
            reader = self._vault.open_reader()
            try:
                return aggregates.compute(reader, year, today)
            finally:
                reader.close()
        try:
            if self._reader is None:
                self._reader = self._vault.open_reader()
            return aggregates.compute(self._reader, year, today)
        finally:
            self._busy.release()

    def close(self) -> None:
        """Close the connection (after a count running now). The next count opens another."""
        with self._busy:
            reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()
