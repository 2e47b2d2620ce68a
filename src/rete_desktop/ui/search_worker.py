"""The search page's searches, run on a thread of their own while the user types.

Only the newest text matters: asking again cancels the search still running (SQLite's
interrupt on the worker's own read connection) and a result overtaken by newer typing is never
shown. The GUI thread never waits for the database.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from rete_desktop.storage import search
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import labels

LIMIT = 200  # results the page lists


class SearchWorker(QObject):
    """``ask(text)`` from the GUI thread; ``found`` (a :class:`search.Found`) comes back on it
    for the newest text only, ``failed`` with the reason if the search broke."""

    found = Signal(object)
    failed = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self._searcher = search.Searcher(vault)
        self._wanted: str | None = None
        self._stopped = False
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._loop, name="rete-search", daemon=True)
        self._thread.start()

    def ask(self, text: str) -> None:
        with self._changed:
            self._wanted = text
            self._changed.notify()
        self._searcher.cancel()  # whatever runs now is stale

    def stop(self) -> None:
        """End the thread and close its connection (on lock). Safe to call twice."""
        with self._changed:
            self._stopped = True
            self._changed.notify()
        self._searcher.close()
        self._thread.join(timeout=5)

    def _next(self) -> str | None:
        with self._changed:
            while self._wanted is None and not self._stopped:
                self._changed.wait()
            text, self._wanted = self._wanted, None
            return None if self._stopped else text

    def _loop(self) -> None:
        while (text := self._next()) is not None:
            try:
                result = self._searcher.search(text, LIMIT)
            except Exception as exc:  # noqa: BLE001 - shown by the page, the thread goes on
                self.failed.emit(labels.error_text(exc))
                continue
            with self._changed:
                if result is None and self._wanted is None and not self._stopped:
                    self._wanted = text  # interrupted just as it started: run it again
                overtaken = self._wanted is not None or self._stopped
            if result is not None and not overtaken:
                self.found.emit(result)
