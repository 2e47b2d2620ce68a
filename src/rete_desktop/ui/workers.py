"""Run slow Qt-free work (key derivation, demo creation) off the GUI thread.

The result or the exception comes back on the GUI thread through a queued signal (Electrum's
``TaskThread`` habit), so the window stays responsive and repaints its busy state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_live: set[QObject] = set()  # keeps relays alive until their job reports


class _Relay(QObject):
    """Lives on the GUI thread; its slots receive the worker's queued signals."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._finish_done)
        self.failed.connect(self._finish_failed)

    @Slot(object)
    def _finish_done(self, result: Any) -> None:
        _live.discard(self)
        self._on_done(result)

    @Slot(object)
    def _finish_failed(self, exc: Exception) -> None:
        _live.discard(self)
        self._on_error(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def run_in_thread(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> None:
    """Call ``fn()`` in the pool, then ``on_done(result)`` or ``on_error(exc)`` in the GUI."""
    relay = _Relay(on_done, on_error)
    _live.add(relay)
    QThreadPool.globalInstance().start(_Job(fn, relay))
