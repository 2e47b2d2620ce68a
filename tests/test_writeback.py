"""Files written for the vault or an export start for the disk as they are written
(``storage/atomic.Writeback``), so that the fsync at their end waits for their tail only: the
kernel is asked for every byte once, in order, and the files stay whole whatever it answers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.crypto import sealed_file
from rete_desktop.storage import atomic, attachment_files

STEP = 1000


class Kernel:
    """Stands in for sync_file_range(2): records the ranges asked for (and what it answers)."""

    def __init__(self, answer: int = 0) -> None:
        self.ranges: list[tuple[int, int]] = []
        self.answer = answer

    def __call__(self, fd: int, offset: int, size: int, flags: int) -> int:
        assert flags == 2  # SYNC_FILE_RANGE_WRITE: start writing, do not wait
        assert os.fstat(fd).st_size >= offset + size  # only bytes already written
        self.ranges.append((offset, size))
        return self.answer


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> Kernel:
    recorder = Kernel()
    monkeypatch.setattr(atomic, "_START_WRITING", recorder)
    monkeypatch.setattr(atomic, "WRITEBACK_STEP", STEP)
    return recorder


def _asked_in_order(ranges: list[tuple[int, int]], size: int) -> None:
    reached = 0
    for offset, length in ranges:
        assert offset == reached and length >= STEP
        reached += length
    assert size - reached < STEP + 8192  # what is left for the final fsync (and the buffer)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.integers(0, 3 * STEP), max_size=30))
def test_an_export_is_asked_for_in_order_and_written_whole(
    kernel: Kernel, tmp_path: Path, pieces: list[int]
) -> None:
    kernel.ranges.clear()
    data = os.urandom(sum(pieces))
    target = tmp_path / "rete-export.age"
    with atomic.atomic_writer(target) as out:
        at = 0
        for size in pieces:
            out.write(data[at:at + size])
            at += size
    assert target.read_bytes() == data
    _asked_in_order(kernel.ranges, len(data))


def test_a_received_part_is_asked_for_in_order_and_sealed_whole(
    kernel: Kernel, tmp_path: Path
) -> None:
    part = os.urandom(3 * sealed_file.CHUNK + 12345)
    spool = attachment_files.Spool(tmp_path)
    try:
        for start in range(0, len(part), 70_000):
            spool.write(part[start:start + 70_000])
        spool.finish()
        assert spool.plaintext() == part
    finally:
        spool.close()
    _asked_in_order(kernel.ranges, sealed_file.sealed_size(len(part)))


def test_a_kernel_that_refuses_the_hint_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(atomic, "_START_WRITING", Kernel(answer=-1))
    monkeypatch.setattr(atomic, "WRITEBACK_STEP", STEP)
    data = os.urandom(10 * STEP)
    atomic.write_atomic(tmp_path / "copia.pdf", data)
    assert (tmp_path / "copia.pdf").read_bytes() == data


def test_only_linux_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Elsewhere there is no such call (and no ``CDLL(None)`` on Windows): files are written
    and fsynced as before."""
    for platform in ("win32", "darwin"):
        monkeypatch.setattr("sys.platform", platform)
        assert atomic._sync_file_range() is None
