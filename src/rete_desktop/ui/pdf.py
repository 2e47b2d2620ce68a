"""PDFs in memory: the recovery sheet (reportlab) and page images for previews and printing.

Nothing touches the disk here: PDFs are bytes, pages are rendered with pypdfium2 straight into
QImages (PySide6-Essentials has no QtPdf), and printing paints those images on the printer.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

# reportlab and pypdfium2 load when a PDF is first made or shown, not with the window.


def recovery_sheet(title: str, office: str, lines: list[str], key: str) -> bytes:
    """One A4 page with the recovery key in large monospace type and what to do with it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    width, height = A4
    y = height - 30 * mm
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(20 * mm, y, title)
    y -= 10 * mm
    pdf.setFont("Helvetica", 12)
    pdf.drawString(20 * mm, y, office)
    y -= 20 * mm
    pdf.setFont("Courier-Bold", 20)
    pdf.drawCentredString(width / 2, y, key)
    y -= 18 * mm
    pdf.setFont("Helvetica", 11)
    for line in lines:
        pdf.drawString(20 * mm, y, line)
        y -= 7 * mm
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def render_pages(data: bytes, dpi: float = 100.0, max_pages: int | None = None
                 ) -> Iterator[QImage]:
    """The pages of a PDF (the first ``max_pages``) as images, one at a time (copies:
    pdfium's buffers are released at once), so a caller that paints and drops each one holds
    a single page: printing a long scan at 200 dpi costs one page of memory, not all."""
    pages = PdfPages(data, dpi, keep=0)
    try:
        for index in range(min(len(pages), max_pages or len(pages))):
            yield pages.image(index)
    finally:
        pages.close()


class PdfPages:
    """An open PDF whose pages are rendered when asked for; the ``keep`` last rendered stay.

    A preview shows a long scan through these: the pages in view are drawn, the others are
    placeholders of the right size, so a 30-page, 20 MB scan costs its bytes and a few pages
    instead of thirty page images (issue 14). pdfium reads ``data`` while the document is open.
    """

    def __init__(self, data: bytes, dpi: float, keep: int = 4) -> None:
        import pypdfium2

        self._document: Any = pypdfium2.PdfDocument(data)
        self._scale = dpi / 72
        self._keep = keep
        self._kept: OrderedDict[int, QImage] = OrderedDict()

    def __len__(self) -> int:
        return 0 if self._document is None else len(self._document)

    def size(self, index: int) -> QSize:
        """The page's size in pixels once rendered, without rendering it."""
        width, height = self._document.get_page_size(index)
        return QSize(round(width * self._scale), round(height * self._scale))

    def image(self, index: int) -> QImage:
        """The page rendered (again if it was dropped); an empty image once closed."""
        if index in self._kept:
            self._kept.move_to_end(index)
            return self._kept[index]
        if self._document is None:
            return QImage()
        page = self._document[index]
        try:
            bitmap = page.render(scale=self._scale, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                           else QImage.Format.Format_RGBA8888).copy()
            bitmap.close()
        finally:
            page.close()
        if self._keep:
            self._kept[index] = image
            while len(self._kept) > self._keep:
                self._kept.popitem(last=False)
        return image

    def close(self) -> None:
        self._kept.clear()
        if self._document is not None:
            self._document.close()
            self._document = None


def print_pdf(data: bytes, printer: QPrinter) -> None:
    """Paint each page image to fill the printable area, keeping its proportions."""
    painter = QPainter(printer)
    try:
        for number, image in enumerate(render_pages(data, dpi=200)):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), size), image)
    finally:
        painter.end()
