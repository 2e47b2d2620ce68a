"""The discreet wallet card: credit-card size (ISO/IEC 7810 ID-1, 85.6 × 54 mm), 8 on an A4 sheet.

A woman keeps it where the person hurting her may look, so nothing on it names violence or an
anti-violence centre (the centre's name usually says it): "Useful numbers", 1522, 112 and the
centre's phone as a "women's listening centre". Cut marks outside the cards guide the scissors.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from rete_desktop.domain.validation import display_phone
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.handbook.leaflet_rules import check_printable
from rete_desktop.handbook.network import NetworkOffice, network_offices
from rete_desktop.reports.fonts import script
from rete_desktop.reports.typeset import Text
from rete_desktop.reports.victim_layout import ACCENT, DANGER
from rete_desktop.reports.victim_texts import Texts
from rete_desktop.storage.vault import Vault

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
COLUMNS, ROWS = 2, 4
MARK = 5 * mm  # length of a cut mark
MARK_GAP = 2 * mm  # cut marks start this far from the card
PADDING = 3.5 * mm
NUMBER_WIDTH = 27 * mm


def card_positions() -> list[tuple[float, float]]:
    """Lower-left corners of the 8 cards, centred on the A4 page, touching (one cut between)."""
    left = (A4[0] - COLUMNS * CARD_WIDTH) / 2
    bottom = (A4[1] - ROWS * CARD_HEIGHT) / 2
    return [(left + c * CARD_WIDTH, bottom + r * CARD_HEIGHT)
            for r in reversed(range(ROWS)) for c in range(COLUMNS)]


def centre_phone(offices: list[NetworkOffice]) -> str:
    """The anti-violence centre's number: this office's if it is the centre, else the first."""
    centres = sorted((o for o in offices if o.office.kind is OfficeKind.CAV and o.phones),
                     key=lambda o: not o.office.is_self)
    return display_phone(centres[0].phones[0])


def _cut_marks(canvas: Canvas) -> None:
    left, bottom = card_positions()[-COLUMNS]
    right, top = left + COLUMNS * CARD_WIDTH, bottom + ROWS * CARD_HEIGHT
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.3)
    for i in range(COLUMNS + 1):
        x = left + i * CARD_WIDTH
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK)
        canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK)
    for j in range(ROWS + 1):
        y = bottom + j * CARD_HEIGHT
        canvas.line(left - MARK_GAP, y, left - MARK_GAP - MARK, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK, y)


class _Card:
    """One card's content in one language, laid out once and drawn 8 times."""

    def __init__(self, lang: str, phone: str) -> None:
        t = Texts(lang)
        self.rtl = script(lang).rtl
        inner = CARD_WIDTH - 2 * PADDING
        self.title = Text(t("card.title"), lang, 10, color=ACCENT, bold=True)
        self.title.wrap(inner, CARD_HEIGHT)
        self.rows = [self._row(lang, number, text, color, size)
                     for number, text, color, size in (
                         ("1522", t("card.helpline"), ACCENT, 20),
                         ("112", t("card.emergency"), DANGER, 20),
                         (phone, t("card.centre"), colors.black, 11))]

    def _row(self, lang: str, number: str, text: str, color: colors.Color,
             size: float) -> tuple[Text, Text]:
        big = Text(number, lang, size, color=color, bold=True)
        big.wrap(NUMBER_WIDTH, CARD_HEIGHT)
        small = Text(text, lang, 7.2, leading=8.6)
        small.wrap(CARD_WIDTH - 2 * PADDING - NUMBER_WIDTH, CARD_HEIGHT)
        return big, small

    def draw(self, canvas: Canvas, x: float, y: float) -> None:
        canvas.setStrokeColor(colors.lightgrey)
        canvas.setLineWidth(0.4)
        canvas.roundRect(x, y, CARD_WIDTH, CARD_HEIGHT, 3 * mm)
        top = y + CARD_HEIGHT - PADDING
        self.title.drawOn(canvas, x + PADDING, top - self.title.height)
        row_height = (CARD_HEIGHT - 2 * PADDING - self.title.height - 1 * mm) / len(self.rows)
        for i, (big, small) in enumerate(self.rows):
            row_top = top - self.title.height - 1 * mm - i * row_height
            middle = row_top - row_height / 2
            number_x = x + CARD_WIDTH - PADDING - NUMBER_WIDTH if self.rtl else x + PADDING
            text_x = x + PADDING if self.rtl else x + PADDING + NUMBER_WIDTH
            big.drawOn(canvas, number_x, middle - big.height / 2)
            small.drawOn(canvas, text_x, middle - small.height / 2)


def wallet_card_pdf(vault: Vault, lang: str = "it") -> bytes:
    """An A4 page of 8 wallet cards as PDF bytes; refused like the leaflet, and when the
    network has no anti-violence centre. The card carries no date: it must not look dated."""
    offices = network_offices(vault)
    check_printable(offices, need_centre=True)
    card = _Card(lang, centre_phone(offices))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, lang=lang)
    canvas.setTitle(Texts(lang)("card.title"))
    for x, y in card_positions():
        card.draw(canvas, x, y)
    _cut_marks(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
