"""Auto-lock: an app-wide event filter notes user input; a timer fires after idle minutes.

The clock is injectable (KeePassXC ``Clock``/``MockClock`` habit) so tests can jump forward
instead of waiting, and the check interval shrinks with short timeouts.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


@functools.cache
def _activity() -> frozenset[QEvent.Type]:
    """The events that count as the user being there; built at the first event, not at
    import (the module loads before the unlock dialog, whose start must stay light; even
    importing ``QEvent`` builds its 179-member ``Type`` enum)."""
    from PySide6.QtCore import QEvent

    return frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut,
    })


class IdleWatcher(QObject):
    """Emits :attr:`idle` once when no input arrived for ``timeout_s`` seconds."""

    idle = Signal()

    def __init__(
        self, timeout_s: float, clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout = timeout_s
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.setInterval(int(min(5.0, max(timeout_s / 4, 0.05)) * 1000))

    def set_timeout(self, timeout_s: float) -> None:
        self._timeout = timeout_s
        self._timer.setInterval(int(min(5.0, max(timeout_s / 4, 0.05)) * 1000))

    def start(self) -> None:
        self._last = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def quiet_for(self) -> float:
        """Seconds since the last user input (background upkeep waits for a pause)."""
        return self._clock() - self._last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _activity():
            self._last = self._clock()
        return False

    def check(self) -> None:
        if self._timer.isActive() and self._clock() - self._last >= self._timeout:
            self._timer.stop()
            self.idle.emit()
