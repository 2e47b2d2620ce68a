"""A stage of a stream run on a worker thread, behind a short queue (issue 14).

pyrage holds the GIL while it encrypts or decrypts; SHA-256 (``hashlib``), AES-GCM
(``cryptography``) and file writes release it. Handing those to a worker lets them run on the
other core while pyrage works on the next piece, instead of after it. The queue is short
(``depth`` items), so memory stays bounded: a slow disk makes the producer wait.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
_END = object()


class Behind(Generic[T]):
    """``consume`` called on a worker thread with every item :meth:`put`, in order. An item
    must not change once put (the worker reads it later).

    The worker's first error stops it and is raised by the next :meth:`put` or by
    :meth:`close`; :meth:`abandon` stops it without raising (the caller failed first)."""

    def __init__(self, consume: Callable[[T], object], depth: int = 8) -> None:
        self._consume = consume
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="rete-stream", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _END:
                return
            if self._error is None:  # after an error the rest is dropped
                try:
                    self._consume(item)  # type: ignore[arg-type]
                except BaseException as exc:  # handed to the caller's thread
                    self._error = exc

    def put(self, item: T) -> None:
        self._raise()
        self._queue.put(item)

    def close(self) -> None:
        """Wait until every item is consumed; raises the worker's error if it had one."""
        self._stop()
        self._raise()

    def abandon(self) -> None:
        self._stop()

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(_END)
            self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error
