"""PDFs in memory: the recovery sheet (reportlab) and page images for previews and printing.

Nothing touches the disk here: PDFs are bytes, pages are rendered with pypdfium2 straight into
QImages (PySide6-Essentials has no QtPdf), and printing paints those images on the printer.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QRect, Qt
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


def page_count(data: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(data: bytes, dpi: float = 100.0, max_pages: int | None = None) -> list[QImage]:
    """The pages of a PDF (the first ``max_pages``) as images (copies: pdfium's buffers are
    released at once)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    images = []
    try:
        for index in range(min(len(document), max_pages or len(document))):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            height, width = bitmap.height, bitmap.width
            image = QImage(bitmap.buffer, width, height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                           else QImage.Format.Format_RGBA8888)
            images.append(image.copy())
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


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
