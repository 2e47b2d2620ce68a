"""Statistics are counted off the GUI thread, and the year on screen is the year last chosen."""

from __future__ import annotations

import os
import threading
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from rete_desktop.stats import aggregates  # noqa: E402
from rete_desktop.storage import cases  # noqa: E402
from rete_desktop.ui.stats_page import StatsPage  # noqa: E402


def _new_cases(page: StatsPage) -> str:
    return next(page.table.item(r, 2).text() for r in range(page.table.rowCount())
                if page.table.item(r, 1).text() == "New cases")


def test_the_year_is_counted_in_a_worker_and_the_last_choice_wins(qtbot, vault, monkeypatch):
    this_year = date.today().year
    cases.create_case(vault, "Caso di quest'anno")
    counted_on: list[threading.Thread] = []
    compute = aggregates.compute

    def watched(reader, year, today=None):
        counted_on.append(threading.current_thread())
        return compute(reader, year, today)

    monkeypatch.setattr(aggregates, "compute", watched)
    page = StatsPage(vault)
    qtbot.addWidget(page)
    page.year.setValue(this_year - 3)  # chosen, then changed before its figures arrive
    page.year.setValue(this_year)
    qtbot.waitUntil(lambda: page.shows_year(this_year))
    assert _new_cases(page) == "1"
    assert counted_on and threading.main_thread() not in counted_on
    page.year.setValue(this_year - 3)
    qtbot.waitUntil(lambda: page.shows_year(this_year - 3))
    assert _new_cases(page) == "0"


def test_a_count_that_finishes_late_never_replaces_a_newer_one(qtbot, vault, monkeypatch):
    """The page counts, a case is added, the page counts again; the first count, slower, ends
    last: the screen keeps the newer figures (it used to show the stale ones)."""
    first_may_end = threading.Event()
    calls: list[int] = []
    compute = aggregates.compute

    def first_is_slow(reader, year, today=None):
        calls.append(year)
        stats = compute(reader, year, today)
        if len(calls) == 1:
            assert first_may_end.wait(30)
        return stats

    monkeypatch.setattr(aggregates, "compute", first_is_slow)
    page = StatsPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: len(calls) == 1)
    cases.create_case(vault, "Caso nuovo")
    page.refresh()
    qtbot.waitUntil(lambda: page.shows_year(date.today().year))
    assert _new_cases(page) == "1"
    first_may_end.set()
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()
    assert _new_cases(page) == "1"



def test_figures_that_arrive_after_the_lock_are_dropped(qtbot, vault):
    """The year is counted, then the vault locks before the figures reach the screen: they are
    neither shown nor audited (recording the view used to raise "vault locked" into whatever
    ran next)."""
    page = StatsPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    assert QThreadPool.globalInstance().waitForDone(30_000)  # counted; not yet delivered
    vault.close()
    QApplication.processEvents()
    assert not page.shows_year(date.today().year) and page.table.rowCount() == 0


def _charts(page: StatsPage) -> dict[str, str]:
    """The charts on screen: accessible name -> accessible description."""
    return {label.accessibleName(): label.accessibleDescription()
            for label in page.chart_labels()}


def test_the_charts_are_images_named_and_described_and_follow_the_year(qtbot, vault):
    """Each chart is a picture drawn off the GUI thread, shown with its title as its
    accessible name and its bars in words as its description; another year replaces both,
    on the same widgets."""
    from PySide6.QtGui import QColor

    this_year = date.today().year
    cases.create_case(vault, "Caso ad alto rischio", risk="high")
    page = StatsPage(vault)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.shows_year(this_year))
    shown = _charts(page)
    assert list(shown) == ["New cases by month", "New cases by risk", "New cases by source",
                           "Children by exposure"]
    assert "High: 1" in shown["New cases by risk"] and "Low: 0" in shown["New cases by risk"]
    labels = page.chart_labels()
    risk = labels[1].pixmap().toImage()
    assert not risk.isNull() and risk.width() >= 400
    bar = QColor("#7b2d6b")

    def is_bar(x: int, y: int) -> bool:
        pixel = risk.pixelColor(x, y)
        return pixel.alpha() == 255 and max(abs(pixel.red() - bar.red()), abs(
            pixel.green() - bar.green()), abs(pixel.blue() - bar.blue())) <= 4

    assert any(is_bar(x, y) for x in range(0, risk.width(), 2)
               for y in range(0, risk.height(), 2)), "the bar of the high-risk case is drawn"
    page.year.setValue(this_year - 3)
    qtbot.waitUntil(lambda: page.shows_year(this_year - 3))
    assert "High: 0" in _charts(page)["New cases by risk"]
    assert page.chart_labels() == labels  # the same widgets, not new ones each count


def test_charts_are_drawn_again_only_when_their_figures_change(qtbot, vault, monkeypatch):
    """A count whose figures are those already drawn reuses the pictures (the page counts
    again at every change of any case); a new case of the year draws them again."""
    from rete_desktop.ui import stats_page

    drawn: list[threading.Thread] = []
    real = stats_page.draw_charts

    def watched(*args, **kwargs):
        drawn.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(stats_page, "draw_charts", watched)
    this_year = date.today().year
    page = StatsPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.shows_year(this_year))
    page._shown = None
    page.refresh()
    qtbot.waitUntil(lambda: page.shows_year(this_year))
    assert len(drawn) == 1 and threading.main_thread() not in drawn
    cases.create_case(vault, "Nuovo caso")
    page._shown = None
    page.refresh()
    qtbot.waitUntil(lambda: page.shows_year(this_year))
    assert len(drawn) == 2
    assert "Medium: 1" in _charts(page)["New cases by risk"]
