"""The notes of a case as a list: newest first, each amendment with its original, amending from
the keyboard, and every note's whole text read out by a screen reader (Qt's accessibility
interface of the list, which AT-SPI exposes)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from rete_desktop.storage import cases, notes  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui.case_detail import CaseDetail  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.dialogs import AmendNoteDialog  # noqa: E402


@pytest.fixture
def detail(qtbot, vault: Vault) -> CaseDetail:
    case_id = cases.create_case(vault, "Maria Rossi — Casalmaggiore")
    first = notes.add_note(vault, case_id, "Primo colloquio: riferisce minacce.")
    notes.add_note(vault, case_id, "Accompagnata in consultorio.")
    notes.amend_note(vault, first, "Primo colloquio: riferisce minacce e percosse.")
    pane = CaseDetail(vault, SecureClipboard(), lambda _text: None)
    qtbot.addWidget(pane)
    pane.resize(700, 700)
    pane.show()
    pane.show_case(case_id)
    return pane


def _row_text(detail: CaseDetail, row: int) -> str:
    return detail.timeline.model().index(row, 0).data()


def test_originals_newest_first_each_with_its_amendment(detail) -> None:
    assert detail.timeline.model().rowCount() == 2  # the amendment is no row of its own
    assert "Accompagnata in consultorio." in _row_text(detail, 0)
    oldest = _row_text(detail, 1)
    assert oldest.index("riferisce minacce.") < oldest.index("minacce e percosse.")
    assert "Amendment of" in oldest
    assert not detail.no_notes.isVisible()


def test_a_screen_reader_reads_each_note_whole(detail) -> None:
    interface = QAccessible.queryAccessibleInterface(detail.timeline)
    assert interface.text(QAccessible.Text.Name) == "Notes"
    spoken = [interface.child(i).text(QAccessible.Text.Name)
              for i in range(interface.childCount())]
    assert any("riferisce minacce." in t and "minacce e percosse." in t for t in spoken)
    assert any("Accompagnata in consultorio." in t for t in spoken)


def test_a_note_is_amended_with_the_keyboard(detail, qtbot) -> None:
    assert not detail.amend_button.isEnabled()
    detail.timeline.setFocus()
    qtbot.keyClick(detail.timeline, Qt.Key.Key_End)
    assert detail.amend_button.isEnabled()
    qtbot.keyClick(detail.timeline, Qt.Key.Key_Return)
    dialog = detail.findChild(AmendNoteDialog)
    assert dialog is not None and dialog.note.text == "Primo colloquio: riferisce minacce."


def test_an_amendment_saved_elsewhere_shows_under_its_original(detail, vault) -> None:
    detail.timeline.setCurrentIndex(detail.timeline.model().index(0, 0))
    chosen = detail.timeline.current_note()
    notes.amend_note(vault, chosen.id, "Accompagnata in consultorio dalla sorella.")
    assert detail.timeline.model().rowCount() == 2
    assert "dalla sorella" in _row_text(detail, 0)
    assert detail.timeline.current_note() == chosen  # the choice survives the refresh


def test_a_case_without_notes_says_so(qtbot, vault) -> None:
    pane = CaseDetail(vault, SecureClipboard(), lambda _text: None)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_case(cases.create_case(vault, "Vuoto"))
    assert pane.no_notes.isVisible()
    notes.add_note(vault, pane.case.id, "Prima nota.")
    assert not pane.no_notes.isVisible()
    pane.clear()
    assert pane.timeline.model().rowCount() == 0
    QApplication.processEvents()
