"""The statistics charts drawn for the screen: a bar chart of a :class:`~rete_desktop.stats.
charts.Chart` painted by Qt onto a QImage.

It runs in the statistics page's worker thread (QPainter on a QImage may run off the GUI
thread; on a QPixmap it may not), so the GUI thread only shows the picture. It is drawn with
QPainter rather than through the report's reportlab drawing, because that path held the
interpreter lock for 0.1 s a count and 0.35 s more to import reportlab, and the GUI thread
waits for that lock at every event it handles in Python: steps of 15-90 ms while the page
filled (docs/performance.md). Same data, layout and colour as the report's chart
(``reports/stats_pdf.bar_chart``); the screen's own font.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from rete_desktop.stats.charts import BAR_COLOUR, MM, WIDTH, Chart, cell

TITLE_PX = 12.0
LABEL_PX = 9.0


def value_ticks(top: float) -> list[int]:
    """Round steps from 0 up to ``top`` (1, 2 or 5 times a power of ten), at most six."""
    raw = max(top, 1.0) / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1, int(step))
    return list(range(0, int(top) + 1, step))


def chart_image(chart: Chart, scale: float = 1.0) -> QImage:
    """``chart`` drawn at ``scale`` device pixels per point (the screen's pixel ratio)."""
    width, height = WIDTH, chart.height()
    image = QImage(round(width * scale), round(height * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        _paint(painter, chart, width, height)
    finally:
        painter.end()
    return image


def _font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    return font


def _paint(painter: QPainter, chart: Chart, width: float, height: float) -> None:
    ink = QColor(Qt.GlobalColor.black)
    painter.setPen(ink)
    painter.setFont(_font(TITLE_PX, bold=True))
    painter.drawText(QRectF(0, 0, width, TITLE_PX * 1.5),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, chart.title)
    label_font = _font(LABEL_PX)
    painter.setFont(label_font)
    metrics = QFontMetricsF(label_font)
    counts = [value or 0 for value in chart.values]
    top = max([*counts, 3]) * 1.15
    names = chart.category_names()
    texts = [cell(value) for value in chart.values]
    # the plot area, in points from the top left, as the report places it
    left = 45 * MM if chart.horizontal else 12 * MM
    bottom = height - (8 * MM if chart.horizontal else 12 * MM)
    plot_top, right = TITLE_PX * 1.5 + 4, width - 5 * MM
    bar = QColor(BAR_COLOUR)
    n = max(1, len(counts))
    axis = QPen(ink)
    axis.setWidthF(0.8)
    if chart.horizontal:  # one row a category, first at the top; values along the bottom
        row = (bottom - plot_top) / n
        for i, (name, count, text) in enumerate(zip(names, counts, texts, strict=True)):
            y = plot_top + i * row
            length = (right - left) * count / top
            painter.fillRect(QRectF(left, y + row * 0.2, length, row * 0.6), bar)
            painter.drawText(QRectF(0, y, left - 4, row), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(
                                 name, Qt.TextElideMode.ElideRight, left - 4))
            painter.drawText(QRectF(left + length + 3, y, right, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        for tick in value_ticks(top):
            x = left + (right - left) * tick / top
            painter.drawText(QRectF(x - 20, bottom + 2, 40, LABEL_PX * 1.5),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(tick))
    else:  # one column a category, values up the left side
        column = (right - left) / n
        for i, (name, count, text) in enumerate(zip(names, counts, texts, strict=True)):
            x = left + i * column
            length = (bottom - plot_top - LABEL_PX * 1.5) * count / top
            painter.fillRect(QRectF(x + column * 0.2, bottom - length, column * 0.6, length), bar)
            painter.drawText(QRectF(x, bottom + 2, column, LABEL_PX * 1.5),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
            painter.drawText(QRectF(x, bottom - length - LABEL_PX * 1.5, column, LABEL_PX * 1.5),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
        for tick in value_ticks(top):
            y = bottom - (bottom - plot_top - LABEL_PX * 1.5) * tick / top
            painter.drawText(QRectF(0, y - LABEL_PX, left - 4, LABEL_PX * 2),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(tick))
    painter.setPen(axis)
    painter.drawLine(QRectF(left, plot_top, 0, bottom - plot_top).bottomLeft(),
                     QRectF(left, plot_top, 0, bottom - plot_top).topLeft())
    painter.drawLine(QRectF(left, bottom, right - left, 0).bottomLeft(),
                     QRectF(left, bottom, right - left, 0).bottomRight())
