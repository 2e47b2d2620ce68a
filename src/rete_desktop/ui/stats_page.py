"""The statistics screen: yearly aggregates with charts, CSV and PDF export.

Charts show the report's own chart data (``stats/charts.py``: titles, bars, suppressed marks),
so the app and the printed report never disagree, and no charting dependency is added (see
docs/laboratorio.md). The screen shows exact counts for the office's own eyes; both exports use
the suppressed version. The page computes on :meth:`StatsPage.refresh` (when first shown, then
when the core announces a change of the cases), in a worker thread with a read connection of its
own (kept between counts, closed on lock): counting a busy year never freezes the window. The
same worker draws the charts into images (``ui/chart_image.py``), so the GUI thread only shows
them: the page used to show reportlab's SVG in QSvgWidgets, which parsed and rendered it again at
every paint (4-9 ms a chart on the GUI thread), and making that SVG held the interpreter lock the
GUI thread needs. Images of figures that did not change are kept (:class:`ChartImages`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.vocabulary import OfficeKind, RiskLevel
from rete_desktop.errors import ReteError
from rete_desktop.stats import aggregates, exports
from rete_desktop.stats.charts import chart_data
from rete_desktop.stats.reader import YearCounter
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import hooks, labels
from rete_desktop.ui.chart_image import chart_image
from rete_desktop.ui.events import bridge, keep_fresh
from rete_desktop.ui.workers import run_in_thread

# Sections added with the ISTAT variables: named by the core, as in the CSV.
CORE_LABELLED = ("by_access", "by_relation", "by_form", "by_service", "shelter")
_OFFICE_KINDS = frozenset(kind.value for kind in OfficeKind)


class StatsPage(QWidget):
    """Aggregates of one year: table, charts, CSV and PDF export (both suppressed)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._counter = YearCounter(vault)  # its reader serves every count of this page
        self._images = ChartImages()  # the charts last drawn, reused while the figures stay
        self._chart_labels: list[QLabel] = []  # reused from one count to the next
        self._asked = 0  # the number of the last count asked for (years or changes)
        self._shown: int | None = None  # the year whose figures are on screen
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.year.setAccessibleName(self.tr("Year"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button.clicked.connect(self._export_pdf)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        self.saved = QLabel()
        top.addWidget(self.saved, 1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        self.note = QLabel(self.tr(
            "Exact counts, for internal use only. In the exports, values below 3 are hidden."))
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Item"),
                                              self.tr("Value")])
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Statistics of the year"))
        read_only(self.table)
        self._charts = QWidget()
        self._charts_layout = QVBoxLayout(self._charts)
        self._charts_layout.addStretch(1)  # the charts stay at the top, at their own size
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._charts)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(body, 1)
        events = bridge(vault)  # the figures are counted from the cases
        keep_fresh(self, self.refresh, events.cases_changed, events.case_changed,
                   load_on_show=True)

    def refresh(self) -> None:
        """Compute the chosen year off the GUI thread; only the newest count is shown (an older
        one, of another year or from before a change, may finish after it)."""
        self._asked += 1
        asked, year = self._asked, self.year.value()
        counter, images, lang = self._counter, self._images, labels.language()
        scale = self.devicePixelRatioF()  # the charts are drawn at the screen's own pixels
        run_in_thread(lambda: (asked, _year_figures(counter, year, lang, scale, images)),
                      self._show, self._failed)

    def shows_year(self, year: int) -> bool:
        """Whether the figures on screen are those of ``year`` (tests, screenshots)."""
        return self._shown == year

    def _failed(self, exc: Exception) -> None:
        self.saved.setText(labels.error_text(exc))

    def _show(self, result: tuple[int, tuple[int, aggregates.Stats, list[ChartImage]]]
              ) -> None:
        asked, (year, exact, charts) = result
        if asked != self._asked or not self._vault.is_open:
            return  # another count was asked for meanwhile, or the vault locked
        self._shown = year
        exports.viewed(self._vault, year)  # exact counts on screen: audited, as `rete stats`
        lang, names = labels.language(), self._names()
        fill_table(self.table, [[self._label(section, names, lang),
                                 self._key_label(section, key, names, lang), value]
                                for section, key, value in aggregates.rows(exact)])
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._show_charts(charts)

    def _show_charts(self, charts: list[ChartImage]) -> None:
        """Put the drawn charts on their labels (made once, then reused), each named and
        described for screen readers by its title and its bars in words."""
        while len(self._chart_labels) < len(charts):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._charts_layout.insertWidget(len(self._chart_labels), label)
            self._chart_labels.append(label)
        for label, chart in zip(self._chart_labels, charts, strict=False):
            label.setPixmap(QPixmap.fromImage(chart.image))
            label.setAccessibleName(chart.title)
            label.setAccessibleDescription(chart.description)
            label.show()
        for label in self._chart_labels[len(charts):]:
            label.hide()

    def chart_labels(self) -> list[QLabel]:
        """The charts on screen (tests, screenshots)."""
        return [label for label in self._chart_labels if not label.isHidden()]

    def _names(self) -> dict[str, str]:
        """The table's own section and row names in the UI language, made once a count (not
        once a row: a hundred rows asked for these 17 translations each)."""
        names = {
            "total": self.tr("Total"), "new_cases": self.tr("New cases"),
            "by_month": self.tr("New cases by month"), "by_risk": self.tr("By risk level"),
            "by_source": self.tr("By referral source"),
            "children_by_exposure": self.tr("Children by exposure"),
            "children": self.tr("Children involved"), "cases_with_children":
            self.tr("Cases with children"), "first_contact": self.tr("First contact"),
            "cases": self.tr("Cases"), "average_days": self.tr("Average days from report"),
            "deadlines": self.tr("Protocol deadlines"), "met": self.tr("Met"),
            "missed": self.tr("Missed"), "witnessed": self.tr("Witnessed"),
            "direct": self.tr("Direct"), "unknown": self.tr("Unknown"),
        }
        return names | {risk.value: labels.risk(risk) for risk in RiskLevel}

    @staticmethod
    def _label(code: str, names: dict[str, str], lang: str) -> str:
        """A section's or row's name in the UI language (months stay numbers)."""
        if code in CORE_LABELLED:  # the ISTAT sections
            return aggregates.section_label(code, lang)
        return names.get(code, code)

    def _key_label(self, section: str, key: str, names: dict[str, str], lang: str) -> str:
        """Referral sources are office kinds (or the woman herself), not raw codes."""
        if section == "by_source":
            if key in _OFFICE_KINDS:
                return labels.office_kind(OfficeKind(key))
            if key == "spontaneous":
                return self.tr("Came on her own")
        if section in CORE_LABELLED or section == "by_source":  # 1522, a network referral
            return aggregates.key_label(section, key, lang)
        return self._label(key, names, lang)

    def _export_csv(self) -> None:
        name = f"statistiche-{self.year.value()}.csv"
        hooks.choose_file(self, self.tr("Export CSV"), "CSV (*.csv)", self._write_csv,
                          save_as=name)

    def _write_csv(self, path: str) -> None:
        self._write(path, "csv")

    def _export_pdf(self) -> None:
        name = self.tr("statistics-{0}.pdf", "file name").format(self.year.value())
        hooks.choose_file(self, self.tr("Export PDF"), "PDF (*.pdf)", self._write_pdf,
                          save_as=name)

    def _write_pdf(self, path: str) -> None:
        self._write(path, "pdf")

    def _write(self, path: str, fmt: exports.Format) -> None:
        try:
            exports.export(self._vault, self.year.value(), fmt, Path(path))
        except (OSError, ReteError) as exc:
            hooks.inform(self, self.tr("Export failed"), labels.error_text(exc), error=True)
        else:
            self.saved.setText(self.tr("Saved, values below 3 hidden: {0}").format(path))


@dataclass(frozen=True)
class ChartImage:
    """A chart drawn for the screen, and what a screen reader says of it."""

    image: QImage
    title: str
    description: str


def draw_charts(exact: aggregates.Stats, lang: str, scale: float) -> list[ChartImage]:
    """The year's charts drawn at ``scale`` device pixels per point. Safe off the GUI thread
    (QImage, not QPixmap)."""
    return [ChartImage(chart_image(chart, scale), chart.title, chart.text())
            for chart in chart_data(exact, lang)]


class ChartImages:
    """The charts last drawn and what they were drawn from: a count whose figures, language
    and scale are the same reuses them (a change of another year's cases, a visit after a note
    was added), so the worker draws only when a bar moves."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # counts of two refreshes may overlap in the pool
        self._last: tuple[aggregates.Stats, str, float, list[ChartImage]] | None = None

    def of(self, exact: aggregates.Stats, lang: str, scale: float) -> list[ChartImage]:
        with self._lock:
            last = self._last
        if last is not None and last[:3] == (exact, lang, scale):
            return last[3]
        drawn = draw_charts(exact, lang, scale)
        with self._lock:
            self._last = (exact, lang, scale, drawn)
        return drawn


def _year_figures(counter: YearCounter, year: int, lang: str, scale: float = 1.0,
                  images: ChartImages | None = None
                  ) -> tuple[int, aggregates.Stats, list[ChartImage]]:
    """The year's exact counts and its charts drawn: all of the slow part, run in a worker
    thread on the page's own read connection, so the GUI never waits for it."""
    exact = counter.compute(year)
    charts = (images or ChartImages()).of(exact, lang, scale)
    return year, exact, charts


def read_only(table: QTableWidget) -> None:
    """Rows are picked whole and never edited in place."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    """Replace a read-only table's contents."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
