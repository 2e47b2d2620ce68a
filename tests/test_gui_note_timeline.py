"""The notes of a case as a list: newest first, each amendment with its original, amending from
the keyboard, and every note's whole text read out by a screen reader (Qt's accessibility
interface of the list, which AT-SPI exposes)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from rete_desktop.domain.vocabulary import NoteCategory  # noqa: E402
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


@pytest.fixture
def long_case(qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> CaseDetail:
    """A case of 23 notes, every fifth amended, read five originals at a time."""
    from rete_desktop.ui import note_timeline

    monkeypatch.setattr(note_timeline, "PAGE", 5)
    case_id = cases.create_case(vault, "Fascicolo lungo — Viadana")
    with vault.transaction() as conn:  # an hour apart, as notes are written over months
        for i in range(23):
            note_id = f"{i:016x}"
            created = f"2025-01-01T{i:02d}:00:00+00:00"
            notes.insert_note(conn, note_id, case_id, created, NoteCategory.INTERVIEW,
                              f"Nota numero {i}.", "tester", None)
            if i % 5 == 0:
                notes.insert_note(conn, f"a{i:015x}", case_id, f"2025-02-01T{i:02d}:00:00+00:00",
                                  NoteCategory.INTERVIEW, f"Rettifica della nota {i}.", "tester",
                                  note_id)
    pane = CaseDetail(vault, SecureClipboard(), lambda _text: None)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.show()
    pane.show_case(case_id)
    return pane


def _scroll_to_the_end(detail: CaseDetail) -> None:
    view, model = detail.timeline, detail.timeline.notes
    while model.canFetchMore(QModelIndex()):
        view.scrollToBottom()
        QApplication.processEvents()


def test_a_long_case_opens_with_its_newest_page_and_reads_more_as_it_scrolls(
    long_case: CaseDetail,
) -> None:
    model = long_case.timeline.notes
    assert model.rowCount() == 5 and "Nota numero 22." in _row_text(long_case, 0)

    _scroll_to_the_end(long_case)

    assert model.rowCount() == 23  # the amendments are no rows of their own
    texts = [_row_text(long_case, row) for row in range(23)]
    assert [t.split("\n")[1] for t in texts] == [f"Nota numero {i}." for i in range(22, -1, -1)]
    for row, text in enumerate(texts):  # each amendment under its original, on any page
        number = 22 - row
        assert ("Rettifica della nota" in text) == (number % 5 == 0), text
        assert number % 5 or f"Rettifica della nota {number}." in text


def test_amending_a_note_far_down_keeps_the_rows_read_and_the_chosen_note(
    long_case: CaseDetail, vault: Vault
) -> None:
    _scroll_to_the_end(long_case)
    view = long_case.timeline
    view.setCurrentIndex(view.notes.index(21, 0))  # "Nota numero 1."
    chosen = view.current_note()

    notes.amend_note(vault, chosen.id, "Nota numero 1, corretta.")

    assert view.notes.rowCount() == 23 and view.current_note() == chosen
    assert "Nota numero 1, corretta." in _row_text(long_case, 21)


def test_a_new_note_of_another_case_starts_from_the_top(long_case: CaseDetail,
                                                        vault: Vault) -> None:
    _scroll_to_the_end(long_case)
    other = cases.create_case(vault, "Altro fascicolo")
    notes.add_note(vault, other, "Unica nota.")

    long_case.show_case(other)

    assert long_case.timeline.notes.rowCount() == 1
    assert not long_case.timeline.notes.canFetchMore(QModelIndex())
