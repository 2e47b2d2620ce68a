"""The search index tidied while the user pauses: :func:`storage.search_upkeep.tidy` in small
steps on the GUI thread, which owns the vault's connection.

A step runs only after :data:`PAUSE_S` seconds without input and lasts a few tens of
milliseconds, so it never sits between two keystrokes of someone typing; while there is work,
steps follow each other with the event loop running in between. When the index has nothing
left to merge, the next look is a minute later (new notes make new segments). A step that
fails (disk full, vault read-only) stops the upkeep until the next unlock: it is an
optimisation, never worth a message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from rete_desktop.errors import ReteError
from rete_desktop.storage import search_upkeep
from rete_desktop.storage.vault import Vault

PAUSE_S = 2.0  # no input for this long: the user is reading or away, not typing
BUSY_MS = 250  # between two steps while there is work (and to look for a pause)
RESTING_MS = 60_000  # between two looks once the index is tidy


class IndexUpkeep(QObject):
    """Tidies ``vault``'s search index a step at a time when ``quiet_for()`` (seconds since
    the last input) says the user has paused."""

    def __init__(self, vault: Vault, quiet_for: Callable[[], float],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._quiet_for = quiet_for
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.step)

    def start(self) -> None:
        if self._vault.read_only_reason is None:
            self._timer.start(BUSY_MS)

    def stop(self) -> None:
        self._timer.stop()

    def step(self) -> None:
        """One tidy step if the user has paused; then the pace of the next look."""
        if self._quiet_for() < PAUSE_S:
            self._timer.setInterval(BUSY_MS)
            return
        try:
            if self._vault.conn.in_transaction:  # a dialog's event loop inside a save
                self._timer.setInterval(BUSY_MS)
                return
            more = search_upkeep.tidy(self._vault)
        except ReteError:  # locked, full or read-only disk: try again after the next unlock
            self._timer.stop()
            return
        self._timer.setInterval(BUSY_MS if more else RESTING_MS)
