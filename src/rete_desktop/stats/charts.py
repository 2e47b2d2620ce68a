"""What the statistics charts show: their titles, bars and counts, in one language.

The printed report (``reports/stats_pdf.py``, reportlab) and the statistics page (``ui/
chart_image.py``, Qt) draw the same :func:`chart_data`, so their charts never disagree; the
page also reads each chart out to screen readers with :meth:`Chart.text`. No drawing library is
imported here: the page draws without loading reportlab (see docs/performance.md, "GUI at 100k
cases").
"""

from __future__ import annotations

from dataclasses import dataclass

from rete_desktop.stats.aggregates import (
    SUPPRESSED_LABEL,
    Count,
    Stats,
    key_label,
    section_label,
)

MM = 72 / 25.4  # points in a millimetre
WIDTH = 170 * MM  # a chart's width in points: the report's text width
BAR_COLOUR = "#7b2d6b"


def cell(value: Count) -> str:
    """A count as printed: the number, or "<3" where it is suppressed."""
    return SUPPRESSED_LABEL if value is None else str(value)


@dataclass(frozen=True)
class Chart:
    """One chart's title and bars (``horizontal``: one bar a row, labels on the left)."""

    title: str
    labels: list[str]
    values: list[Count]
    horizontal: bool

    def text(self) -> str:
        """The bars in words: ``01: 12; 02: <3; …`` (a suppressed count reads "<3")."""
        return "; ".join(f"{label}: {cell(value)}" for label, value in zip(
            self.labels, self.values, strict=True))

    def height(self) -> float:
        """The chart's height in points: a vertical chart is 60 mm, a horizontal one grows
        with its rows."""
        return max(35 * MM, (len(self.labels) + 2) * 7 * MM) if self.horizontal else 60 * MM

    def category_names(self) -> list[str]:
        """The bars' labels as drawn: a suppressed bar, drawn empty, says so."""
        return [f"{label} ({SUPPRESSED_LABEL})" if value is None else label
                for label, value in zip(self.labels, self.values, strict=True)]


def chart_data(stats: Stats, lang: str) -> list[Chart]:
    """The charts of a year: cases per month, by risk, by referral source, children; titles
    and labels in ``lang`` (the report's and the screen's language)."""

    def chart(section: str, counts: dict[str, Count], *, short: bool = False) -> Chart:
        names = [key_label(section, key, lang) for key in counts]
        names = [n[:3] if short else n[:1].upper() + n[1:] for n in names]
        return Chart(section_label(section, lang), names, list(counts.values()),
                     horizontal=not short)

    return [chart("by_month", stats.by_month, short=True), chart("by_risk", stats.by_risk),
            chart("by_source", stats.by_source),
            chart("children_by_exposure", stats.children_by_exposure)]
