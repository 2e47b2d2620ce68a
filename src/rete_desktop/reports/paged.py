"""Multi-page network documents: a running header (network, document, date) and "Pagina N di M"
("Page N of M" in English).

Used by the laboratorio's agenda and minutes and by the statistics report. Built in memory.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from rete_desktop.i18n import NETWORK_LANGUAGE, translate

_MARGIN = 20 * mm


def _numbered_canvas(header: str, lang: str) -> type[Canvas]:
    """A canvas that holds its pages back so each can print the total page count."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.grey)
            self.drawString(_MARGIN, height - 12 * mm, header)
            self.setStrokeColor(colors.lightgrey)
            self.line(_MARGIN, height - 13.5 * mm, width - _MARGIN, height - 13.5 * mm)
            self.drawCentredString(width / 2, 10 * mm, translate(
                "pdf.page_of", lang, page=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


def build_paged_pdf(title: str, header: str, story: list[Flowable],
                    lang: str = NETWORK_LANGUAGE) -> bytes:
    """Lay out ``story`` on numbered A4 pages under ``header`` (page numbers in ``lang``);
    returns the PDF bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, title=title, leftMargin=_MARGIN, rightMargin=_MARGIN,
        topMargin=20 * mm, bottomMargin=18 * mm, invariant=True,
    )
    doc.build(story, canvasmaker=_numbered_canvas(header, lang))
    return buffer.getvalue()
