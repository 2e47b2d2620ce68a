"""The yearly statistics report (in the user's language) with charts drawn by
reportlab.graphics.

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

from rete_desktop.domain.dates import day
from rete_desktop.i18n import translate
from rete_desktop.reports.paged import build_paged_pdf
from rete_desktop.reports.pdfdoc import field_table, para
from rete_desktop.stats.aggregates import SUPPRESSED_LABEL, Count, Stats
from rete_desktop.stats.charts import BAR_COLOUR, WIDTH, Chart, cell, chart_data

_BAR = colors.HexColor(BAR_COLOUR)


def _count(v: Count) -> int | str:
    """A count for a plural: the number, or "<3" (read as many) when hidden."""
    return SUPPRESSED_LABEL if v is None else v


def _labelled(title: str, height: float) -> Drawing:
    drawing = Drawing(WIDTH, height)
    drawing.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=10))
    return drawing


def bar_chart(data: Chart) -> Drawing:
    """Bars for the visible counts; a suppressed count has no bar and its label says "<3"."""
    values, horizontal, height = data.values, data.horizontal, data.height()
    drawing = _labelled(data.title, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (45 * mm, 8 * mm) if horizontal else (12 * mm, 12 * mm)
    chart.width = WIDTH - chart.x - 5 * mm
    chart.height = height - chart.y - 16
    chart.data = [[v or 0 for v in values]]
    chart.categoryAxis.categoryNames = data.category_names()
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([v or 0 for v in values] + [3]) * 1.15
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[cell(v) for v in values]]
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    if horizontal:
        chart.categoryAxis.reverseDirection = True
    drawing.add(chart)
    return drawing


def charts(stats: Stats, lang: str) -> list[Drawing]:
    """The report's charts (:func:`rete_desktop.stats.charts.chart_data`) as drawings."""
    return [bar_chart(chart) for chart in chart_data(stats, lang)]


def stats_pdf(stats: Stats, *, network: str, office: str, on: date, lang: str) -> bytes:
    """The report of the export version of ``stats`` (refuses exact counts) in ``lang``."""
    if not stats.suppressed:
        raise ValueError("only suppressed statistics may be printed")

    def t(message_id: str, **params: object) -> str:
        return translate(message_id, lang, **params)

    avg = stats.avg_days_to_first_contact
    avg_text = "-" if avg is None else t(
        "stats_pdf.average_of", cases=_count(stats.first_contact_cases),
        average=f"{avg:.1f}".replace(".", "," if lang == "it" else "."))
    summary = [
        (t("stats_pdf.office"), office),
        (t("stats_pdf.year"), str(stats.year)),
        (t("stats_pdf.date"), day(on)),
        (t("stats_pdf.new_cases"), cell(stats.new_cases)),
        (t("stats_pdf.children"), t("stats_pdf.children_in_cases", children=cell(
            stats.children), cases=_count(stats.cases_with_children))),
        (t("stats_pdf.average_days"), avg_text),
        (t("stats_pdf.deadlines_met"), cell(stats.deadlines_met)),
        (t("stats_pdf.deadlines_missed"), cell(stats.deadlines_missed)),
    ]
    title = t("stats_pdf.title", year=stats.year)
    story: list[Flowable] = [
        para(network, "Title"),
        para(title, "Heading2"),
        field_table(summary),
        Spacer(1, 3 * mm),
        para(t("stats_pdf.suppressed", hidden=SUPPRESSED_LABEL), "Italic"),
        Spacer(1, 5 * mm),
    ]
    for drawing in charts(stats, lang):
        story += [drawing, Spacer(1, 5 * mm)]
    return build_paged_pdf(title, f"{network} — {office} — {title}", story, lang)
