"""The Qt bridge of the core's events: one per vault, ids only, silent after the lock."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Signal  # noqa: E402

from rete_desktop.storage import cases, erasure, notes  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui.events import bridge  # noqa: E402


def test_the_bridge_turns_committed_changes_into_signals(qapp, vault: Vault) -> None:
    signals = bridge(vault)
    assert bridge(vault) is signals  # one bridge per vault, whoever asks
    heard: list[tuple[str, ...]] = []
    signals.case_created.connect(lambda c: heard.append(("created", c)))
    signals.note_added.connect(lambda c, _n: heard.append(("note", c)))
    signals.cases_changed.connect(lambda: heard.append(("list",)))
    signals.case_erased.connect(lambda c: heard.append(("erased", c)))
    case_id = cases.create_case(vault, "Caso")
    notes.add_note(vault, case_id, "Colloquio.")
    erasure.erase_case(vault, case_id)
    assert heard == [("created", case_id), ("list",), ("note", case_id),  # notes: not listed
                     ("erased", case_id), ("list",)]


def test_after_the_lock_the_bridge_says_nothing_more(qapp, vault: Vault) -> None:
    signals = bridge(vault)
    locked: list[bool] = []
    signals.locked.connect(lambda: locked.append(True))
    vault.close()
    assert locked == [True]
    assert vault.events._subscribers == []


def test_the_qt_binding_can_emit_signals_all_day(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit(): after a few thousand
    signals the app aborted. Emitting must leave the interpreter's own objects alone."""

    class Emitter(QObject):
        ping = Signal(str)

    emitter = Emitter()
    emitter.ping.connect(lambda _text: None)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.ping.emit("x")
    assert sys.getrefcount(True) > before - 50  # the bug: before - 100 (others hold a few)
