"""The small reportlab toolkit the office's documents share: styles, paragraphs, tables.

Documents are built into ``io.BytesIO`` and returned as bytes; callers write them with
:func:`rete_desktop.storage.atomic.write_atomic`, so no plaintext touches a temp file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

STYLES: StyleSheet1 = getSampleStyleSheet()
# Row labels of field tables: bold and readable on paper (Heading6 is 7 pt).
STYLES.add(ParagraphStyle("Label", parent=STYLES["BodyText"], fontName="Helvetica-Bold",
                          fontSize=8.5, leading=11))
# Section headings of one-document letters (the referral summary): compact, bold, dark red.
STYLES.add(ParagraphStyle("Section", parent=STYLES["Heading4"], fontSize=11, leading=14,
                          spaceBefore=2, spaceAfter=2, textColor=colors.darkred))


def para(text: str, style: str = "BodyText") -> Paragraph:
    """A paragraph of user data: escaped, so ``<`` or ``&`` in a note never breaks the PDF."""
    return Paragraph(escape(text).replace("\n", "<br/>"), STYLES[style])


def field_table(rows: Sequence[tuple[str, str]]) -> Table:
    """Label/value rows, labels in bold."""
    table = Table(
        [[para(label, "Label"), para(value)] for label, value in rows],
        colWidths=[50 * mm, 120 * mm],
    )
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
    ]))
    return table


def build_pdf(title: str, story: list[Flowable]) -> bytes:
    """Lay out ``story`` on A4 pages with ``title`` in the PDF metadata; returns the bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, title=title, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=18 * mm, bottomMargin=18 * mm, invariant=True,
    )
    doc.build(story)
    return buffer.getvalue()
