"""Search as you type: the searches run on their own thread and connection, only the newest
text's results are shown, a search typed past is cancelled, and locking ends it all."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import os

from rete_desktop.storage import cases, notes, search  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui.pages import SearchPage  # noqa: E402


def _page(qtbot, vault: Vault) -> SearchPage:
    page = SearchPage(vault)
    qtbot.addWidget(page)
    page.show()
    return page


def _shown(page: SearchPage) -> list[str]:
    return [page.results.topLevelItem(g).child(i).text(0) + page.results.topLevelItem(g)
            .child(i).text(2) for g in range(page.results.topLevelItemCount())
            for i in range(page.results.topLevelItem(g).childCount())]


def test_typing_letter_by_letter_shows_the_last_words_results(qtbot, vault) -> None:
    sofia = cases.create_case(vault, "Sofia Garzoni — Viadana")
    cases.create_case(vault, "Sara Rossi — Casalmaggiore")
    notes.add_note(vault, sofia, "Sofia era presente al colloquio.")
    page = _page(qtbot, vault)
    for text in ("s", "so", "sof", "sofi", "sofia g"):
        page.field.setText(text)
        page.run()  # as the typing timer does, without waiting in between
    qtbot.waitUntil(lambda: page.shows_results_of("sofia g"))
    shown = _shown(page)
    assert len(shown) == 1 and "Sofia Garzoni" in shown[0]  # the case; the note lacks "g…"
    page.field.setText("s")
    page.run()
    qtbot.waitUntil(lambda: page.shows_results_of("s"))
    assert any("Sara" in t for t in _shown(page))  # one letter finds every s… word


def test_a_search_typed_past_is_cancelled(vault) -> None:
    cases.create_case(vault, "Maria Rossi — Viadana")
    searcher = search.Searcher(vault)
    assert [h.kind for h in searcher.search("mar").hits] == ["case"]
    # The user types on while this search runs: the GUI thread's cancel stops it at once.
    searcher._reader._conn.set_progress_handler(lambda: searcher.cancel() or 0, 1)
    assert searcher.search("mar") is None
    searcher._reader._conn.set_progress_handler(None, 1)
    assert searcher.search("maria").hits
    searcher.close()


def test_locking_ends_the_search_thread_and_its_connection(qtbot, vault) -> None:
    cases.create_case(vault, "Maria Rossi — Viadana")
    page = _page(qtbot, vault)
    page.field.setText("maria")
    page.run()
    qtbot.waitUntil(lambda: page.shows_results_of("maria"))
    worker = page._worker
    assert worker is not None and worker._thread.is_alive()
    vault.close()
    assert page._worker is None and not worker._thread.is_alive()
    assert worker._searcher.search("maria") is None  # its connection is closed


def test_search_results_say_which_case_a_person_or_note_belongs_to(qtbot, vault, case_id):
    cases.add_person(vault, case_id, "child", "Sofia Garzoni", birth_year="2016")
    notes.add_note(vault, case_id, "Sofia era presente.")
    page = SearchPage(vault)
    qtbot.addWidget(page)
    page.field.setText("sofia")
    page.run()
    qtbot.waitUntil(lambda: page.shows_results_of("sofia"))
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    for group in range(page.results.topLevelItemCount()):
        item = page.results.topLevelItem(group)
        assert {item.child(i).text(1) for i in range(item.childCount())} == {reference}


def test_many_results_are_laid_out_by_the_first_rows_and_a_longer_title_is_whole_in_its_tooltip(
        qtbot, vault) -> None:
    """The columns fit the first results (measuring all 200 rows' text at every keystroke was
    a third of the GUI thread's work); a longer title further down shows elided, whole in its
    tooltip."""
    from PySide6.QtGui import QFontMetrics

    from rete_desktop.ui.pages import RESULTS_MEASURED

    long_title = "Rossi" + " molto lungo" * 12
    cases.create_case(vault, long_title)  # the oldest: listed last, newest first
    for n in range(RESULTS_MEASURED + 10):
        cases.create_case(vault, f"Rossi {n}")
    page = _page(qtbot, vault)
    page.field.setText("rossi")
    page.run()
    qtbot.waitUntil(lambda: page.shows_results_of("rossi"))
    cases_group = page.results.topLevelItem(0)
    last = cases_group.child(cases_group.childCount() - 1)
    assert last.text(0).endswith(long_title) and last.toolTip(0) == last.text(0)
    width = QFontMetrics(page.results.font()).horizontalAdvance(last.text(0))
    assert page.results.columnWidth(0) < width
