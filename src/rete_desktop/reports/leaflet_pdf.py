"""The victim information leaflet: one printable A4 page, in Italian or English.

It lists the network's offices (hours, phones, how to reach them out of hours) and the 1522
national helpline. It is built only from the directory and the profiles: never from case data.
A long office list is set in three columns and in smaller type, so it still prints on one sheet.
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from rete_desktop.domain.validation import display_phone
from rete_desktop.handbook.network import NetworkOffice, network_offices
from rete_desktop.i18n import translate
from rete_desktop.messages.vocabulary import formal
from rete_desktop.packets.directory import get_state
from rete_desktop.storage.vault import Vault

ACCENT = colors.HexColor("#5b2a86")
SOFT = colors.HexColor("#f1eaf7")
MARGIN = 14 * mm
WIDTH = A4[0] - 2 * MARGIN
MAX_TWO_COLUMNS = 8  # more offices go in three columns, so the page shrinks less

SCALES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)  # tried in turn until the leaflet fits one page


def _styles(scale: float) -> dict[str, ParagraphStyle]:
    """The leaflet's styles with every font size and leading multiplied by ``scale``."""

    def style(name: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
        extra.setdefault("fontName", "Helvetica")
        return ParagraphStyle(name, fontSize=size * scale, leading=leading * scale, **extra)

    bold = {"fontName": "Helvetica-Bold"}
    return {
        "title": style("title", 30, 34, textColor=ACCENT, **bold),
        "subtitle": style("subtitle", 13, 17),
        "big": style("big", 40, 44, alignment=TA_CENTER, textColor=colors.white, **bold),
        "box": style("box", 12, 15, textColor=colors.white),
        "heading": style("heading", 14, 18, textColor=ACCENT, spaceBefore=4 * scale,
                         spaceAfter=4 * scale, **bold),
        "name": style("name", 11, 13.5, **bold),
        "kind": style("kind", 8.5, 11, textColor=colors.grey),
        "phone": style("phone", 12.5, 16, textColor=ACCENT, **bold),
        "text": style("text", 9.5, 12.5),
        "small": style("small", 8, 10, textColor=colors.grey),
    }


def _t(key: str, lang: str, **params: str) -> str:
    return translate(f"leaflet.{key}", lang, **params)


class _Layout:
    """The leaflet's flowables in one language at one scale."""

    def __init__(self, lang: str, scale: float) -> None:
        self.lang = lang
        self.scale = scale
        self.styles = _styles(scale)

    def p(self, text: str, style: str) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), self.styles[style])

    def labelled(self, label: str, value: str) -> Paragraph:
        return Paragraph(f"<b>{escape(label)}</b> {escape(value)}", self.styles["text"])

    def padding(self, points: float) -> list[tuple[str, tuple[int, int], tuple[int, int], float]]:
        return [(side, (0, 0), (-1, -1), points * self.scale)
                for side in ("TOPPADDING", "BOTTOMPADDING", "LEFTPADDING", "RIGHTPADDING")]

    def office_card(self, office: NetworkOffice) -> list[Flowable]:
        lang, profile = self.lang, office.profile
        card: list[Flowable] = [
            self.p(office.name, "name"),
            self.p(formal("OfficeKind", office.office.kind.value, lang), "kind"),
        ]
        if office.phones:
            card.append(self.p("  ·  ".join(display_phone(p) for p in office.phones), "phone"))
        if office.hours:
            card.append(self.labelled(_t("hours", lang), office.hours))
        if profile and profile.emergency:
            card.append(self.labelled(_t("out_of_hours", lang), profile.emergency))
        if profile and profile.languages:
            card.append(self.labelled(_t("languages", lang), profile.languages))
        if office.address:
            card.append(self.p(office.address, "kind"))
        return card

    def helplines(self) -> Table:
        rows = [
            [self.p("1522", "big"), self.p(_t("helpline", self.lang), "box")],
            [self.p("112", "big"), self.p(_t("emergency", self.lang), "box")],
        ]
        table = Table(rows, colWidths=[45 * mm, WIDTH - 45 * mm])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#b3261e")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 2, colors.white),
            *self.padding(8),
        ]))
        return table

    def offices_grid(self, offices: list[NetworkOffice]) -> Flowable:
        if not offices:
            return self.p(_t("no_offices", self.lang), "text")
        columns = 2 if len(offices) <= MAX_TWO_COLUMNS else 3
        cards = [self.office_card(o) for o in offices]
        cards += [[]] * (-len(cards) % columns)
        rows = [cards[i : i + columns] for i in range(0, len(cards), columns)]
        table = Table(rows, colWidths=[WIDTH / columns] * columns)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.5, colors.lightgrey),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.lightgrey),
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, SOFT]),
            *self.padding(7),
        ]))
        return table

    def story(self, network: str, offices: list[NetworkOffice], today: date) -> list[Flowable]:
        lang, gap = self.lang, 5 * mm * self.scale
        return [
            self.p(_t("title", lang), "title"),
            self.p(_t("subtitle", lang, network=network), "subtitle"),
            Spacer(1, gap),
            self.helplines(),
            Spacer(1, gap),
            self.p(_t("offices", lang), "heading"),
            self.offices_grid(offices),
            Spacer(1, gap),
            self.p(_t("know", lang), "heading"),
            *(self.p(f"•  {_t(f'fact{i}', lang)}", "text") for i in range(1, 5)),
            Spacer(1, gap),
            self.p(_t("footer", lang, date=today.strftime("%d/%m/%Y")), "small"),
        ]


def leaflet_pdf(vault: Vault, lang: str = "it", today: date | None = None) -> bytes:
    """The leaflet as PDF bytes (built in memory; write with ``write_atomic``).

    Laid out at full size, then smaller in steps until it fits one page.
    """
    state = get_state(vault)
    network = state.network_name if state else _t("network_default", lang)
    offices = network_offices(vault)
    data = b""
    for scale in SCALES:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer, pagesize=A4, title=_t("title", lang), leftMargin=MARGIN,
            rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN, invariant=True,
        )
        doc.build(_Layout(lang, scale).story(network, offices, today or date.today()))
        data = buffer.getvalue()
        if doc.page == 1:
            break
    return data
