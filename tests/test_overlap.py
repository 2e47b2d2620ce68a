"""storage/overlap.Behind: every item consumed in order on the worker; the worker's error
reaches the caller; abandoning never raises and stops the thread."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rete_desktop.storage.overlap import Behind


@settings(max_examples=50, deadline=None)
@given(items=st.lists(st.binary(max_size=50), max_size=60), depth=st.integers(1, 5))
def test_every_item_is_consumed_in_order(items: list[bytes], depth: int) -> None:
    seen: list[bytes] = []
    behind: Behind[bytes] = Behind(seen.append, depth=depth)
    for item in items:
        behind.put(item)
    behind.close()
    assert seen == items


def test_the_workers_error_reaches_the_caller_and_the_rest_is_dropped() -> None:
    seen: list[int] = []

    def consume(n: int) -> None:
        if n == 3:
            raise OSError("disk full")
        seen.append(n)

    behind: Behind[int] = Behind(consume, depth=1)
    with pytest.raises(OSError, match="disk full"):
        for n in range(100):
            behind.put(n)
        behind.close()
    behind.abandon()
    assert seen == [0, 1, 2]


def test_abandoning_stops_the_worker_without_raising() -> None:
    behind: Behind[int] = Behind(lambda n: 1 // n, depth=2)
    behind.put(0)  # the worker fails on it
    before = threading.active_count()
    behind.abandon()
    behind.abandon()
    assert threading.active_count() <= before
