"""The yearly statistics report (Italian) with charts drawn by reportlab.graphics.

It prints only the export version of the aggregates (:func:`rete_desktop.stats.aggregates.
for_export`): suppressed counts read "<3" and their bars are left out. The same chart drawings
are shown in the app (rendered to SVG), so the report and the screen never disagree.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rete_desktop.reports.lab_pdf import italian_date
from rete_desktop.reports.paged import build_paged_pdf
from rete_desktop.reports.pdfdoc import field_table, para
from rete_desktop.stats.aggregates import (
    SUPPRESSED_LABEL,
    Count,
    Stats,
    key_label,
    section_label,
)

_BAR = colors.HexColor("#7b2d6b")
WIDTH = 170 * mm


def _cell(v: Count) -> str:
    return SUPPRESSED_LABEL if v is None else str(v)


def _labelled(title: str, height: float) -> Drawing:
    drawing = Drawing(WIDTH, height)
    drawing.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=10))
    return drawing


def bar_chart(title: str, labels: list[str], values: list[Count], *,
              horizontal: bool = False) -> Drawing:
    """Bars for the visible counts; a suppressed count has no bar and its label says "<3"."""
    height = 60 * mm if not horizontal else max(35 * mm, (len(labels) + 2) * 7 * mm)
    drawing = _labelled(title, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (45 * mm, 8 * mm) if horizontal else (12 * mm, 12 * mm)
    chart.width = WIDTH - chart.x - 5 * mm
    chart.height = height - chart.y - 16
    chart.data = [[v or 0 for v in values]]
    chart.categoryAxis.categoryNames = [
        f"{label} ({SUPPRESSED_LABEL})" if v is None else label for label, v in zip(
            labels, values, strict=True)
    ]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([v or 0 for v in values] + [3]) * 1.15
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[_cell(v) for v in values]]
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    if horizontal:
        chart.categoryAxis.reverseDirection = True
    drawing.add(chart)
    return drawing


def charts(stats: Stats, lang: str = "it") -> list[Drawing]:
    """The report's charts: cases per month, by risk, by referral source, children; titles and
    labels in ``lang`` (the report is Italian; the app draws them in its own language)."""

    def chart(section: str, counts: dict[str, Count], *, short: bool = False) -> Drawing:
        names = [key_label(section, key, lang) for key in counts]
        names = [n[:3] if short else n[:1].upper() + n[1:] for n in names]
        return bar_chart(section_label(section, lang), names, list(counts.values()),
                         horizontal=not short)

    return [chart("by_month", stats.by_month, short=True), chart("by_risk", stats.by_risk),
            chart("by_source", stats.by_source),
            chart("children_by_exposure", stats.children_by_exposure)]


def stats_pdf(stats: Stats, *, network: str, office: str, on: date) -> bytes:
    """The report of the export version of ``stats`` (refuses exact counts)."""
    if not stats.suppressed:
        raise ValueError("only suppressed statistics may be printed")
    avg = stats.avg_days_to_first_contact
    avg_text = "-" if avg is None else (
        f"{avg:.1f}".replace(".", ",") + f" (su {_cell(stats.first_contact_cases)} casi)"
    )
    summary = [
        ("Ufficio", office),
        ("Anno", str(stats.year)),
        ("Data del rapporto", italian_date(on.isoformat())),
        ("Nuovi casi", _cell(stats.new_cases)),
        ("Minori coinvolti", f"{_cell(stats.children)} in {_cell(stats.cases_with_children)} "
                             "casi"),
        ("Giorni medi dalla segnalazione al primo contatto", avg_text),
        ("Scadenze dei protocolli rispettate", _cell(stats.deadlines_met)),
        ("Scadenze dei protocolli mancate", _cell(stats.deadlines_missed)),
    ]
    story: list[Flowable] = [
        para(network, "Title"),
        para(f"Statistiche {stats.year}", "Heading2"),
        field_table(summary),
        Spacer(1, 3 * mm),
        para(f"I conteggi inferiori a 3 sono oscurati ({SUPPRESSED_LABEL}); quando un solo "
             "valore di un gruppo sarebbe oscurato, se ne oscura anche un altro, così che non "
             "si possa ricavare per differenza.", "Italic"),
        Spacer(1, 5 * mm),
    ]
    for drawing in charts(stats):
        story += [drawing, Spacer(1, 5 * mm)]
    header = f"{network} — {office} — Statistiche {stats.year}"
    return build_paged_pdf(f"Statistiche {stats.year}", header, story)
