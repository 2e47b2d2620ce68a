"""The victim information leaflet: one printable A4 page, in Italian or English.

It lists the network's offices (hours, phones, how to reach them out of hours) and the 1522
national helpline. It is built only from the directory and the profiles: never from case data.
The whole page sits in a shrink-to-fit frame, so a long office list still prints on one sheet.
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
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from rete_desktop.domain.validation import display_phone
from rete_desktop.handbook.network import NetworkOffice, network_offices
from rete_desktop.i18n import translate
from rete_desktop.packets.directory import get_state
from rete_desktop.storage.vault import Vault

ACCENT = colors.HexColor("#5b2a86")
SOFT = colors.HexColor("#f1eaf7")
MARGIN = 14 * mm
WIDTH = A4[0] - 2 * MARGIN
HEIGHT = A4[1] - 2 * MARGIN

_BASE = ParagraphStyle("leaflet", fontName="Helvetica", fontSize=9.5, leading=12.5)
STYLES = {
    "title": ParagraphStyle("title", _BASE, fontName="Helvetica-Bold", fontSize=30, leading=34,
                            textColor=ACCENT),
    "subtitle": ParagraphStyle("subtitle", _BASE, fontSize=13, leading=17),
    "big": ParagraphStyle("big", _BASE, fontName="Helvetica-Bold", fontSize=40, leading=44,
                          alignment=TA_CENTER, textColor=colors.white),
    "box": ParagraphStyle("box", _BASE, fontSize=12, leading=15, textColor=colors.white),
    "heading": ParagraphStyle("heading", _BASE, fontName="Helvetica-Bold", fontSize=14,
                              leading=18, textColor=ACCENT, spaceBefore=4, spaceAfter=4),
    "name": ParagraphStyle("name", _BASE, fontName="Helvetica-Bold", fontSize=11, leading=13.5),
    "kind": ParagraphStyle("kind", _BASE, fontSize=8.5, leading=11, textColor=colors.grey),
    "phone": ParagraphStyle("phone", _BASE, fontName="Helvetica-Bold", fontSize=12.5,
                            leading=16, textColor=ACCENT),
    "text": _BASE,
    "small": ParagraphStyle("small", _BASE, fontSize=8, leading=10, textColor=colors.grey),
}


def _t(key: str, lang: str, **params: str) -> str:
    return translate(f"leaflet.{key}", lang, **params)


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), STYLES[style])


def _labelled(label: str, value: str) -> Paragraph:
    return Paragraph(f"<b>{escape(label)}</b> {escape(value)}", STYLES["text"])


def _office_card(office: NetworkOffice, lang: str) -> list[Flowable]:
    profile = office.profile
    card: list[Flowable] = [
        _p(office.name, "name"),
        _p(translate(f"referral_pdf.kind.{office.office.kind.value}", lang), "kind"),
    ]
    if office.phones:
        card.append(_p("  ·  ".join(display_phone(p) for p in office.phones), "phone"))
    if office.hours:
        card.append(_labelled(_t("hours", lang), office.hours))
    if profile and profile.emergency:
        card.append(_labelled(_t("out_of_hours", lang), profile.emergency))
    if profile and profile.languages:
        card.append(_labelled(_t("languages", lang), profile.languages))
    if office.address:
        card.append(_p(office.address, "kind"))
    return card


def _helplines(lang: str) -> Table:
    rows = [
        [_p("1522", "big"), _p(_t("helpline", lang), "box")],
        [_p("112", "big"), _p(_t("emergency", lang), "box")],
    ]
    table = Table(rows, colWidths=[45 * mm, WIDTH - 45 * mm])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#b3261e")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("LINEBELOW", (0, 0), (-1, 0), 2, colors.white),
    ]))
    return table


def _offices_grid(offices: list[NetworkOffice], lang: str) -> Flowable:
    if not offices:
        return _p(_t("no_offices", lang), "text")
    cards = [_office_card(o, lang) for o in offices]
    if len(cards) % 2:
        cards.append([])
    rows = [cards[i : i + 2] for i in range(0, len(cards), 2)]
    table = Table(rows, colWidths=[WIDTH / 2] * 2)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.lightgrey),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.lightgrey),
        ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, SOFT]),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def leaflet_pdf(vault: Vault, lang: str = "it", today: date | None = None) -> bytes:
    """The leaflet as PDF bytes (build in memory; write with ``write_atomic``)."""
    state = get_state(vault)
    network = state.network_name if state else _t("network_default", lang)
    story: list[Flowable] = [
        _p(_t("title", lang), "title"),
        _p(_t("subtitle", lang, network=network), "subtitle"),
        Spacer(1, 5 * mm),
        _helplines(lang),
        Spacer(1, 4 * mm),
        _p(_t("offices", lang), "heading"),
        _offices_grid(network_offices(vault), lang),
        Spacer(1, 4 * mm),
        _p(_t("know", lang), "heading"),
        *(_p(f"•  {_t(f'fact{i}', lang)}", "text") for i in range(1, 5)),
        Spacer(1, 5 * mm),
        _p(_t("footer", lang, date=(today or date.today()).strftime("%d/%m/%Y")), "small"),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, title=_t("title", lang), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN, invariant=True,
    )
    doc.build([KeepInFrame(WIDTH, HEIGHT - 2 * mm, story, mode="shrink")])
    return buffer.getvalue()
