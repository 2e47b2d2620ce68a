"""Pieces the leaflet and the art. 90-bis sheet share: styles, the 1522/112 boxes, office cards.

Everything is set with :class:`typeset.Text` in the reader's language; in a right-to-left
language tables are mirrored (the big number on the right, the first office top right).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from rete_desktop.domain.validation import display_phone
from rete_desktop.handbook.network import NetworkOffice
from rete_desktop.reports.fonts import script
from rete_desktop.reports.typeset import Align, Span, Text
from rete_desktop.reports.victim_texts import Texts

ACCENT = colors.HexColor("#5b2a86")
SOFT = colors.HexColor("#f1eaf7")
DANGER = colors.HexColor("#b3261e")
MAX_TWO_COLUMNS = 8  # more offices go in three columns, so the page shrinks less

# name: (size, leading, bold, colour)
STYLES: dict[str, tuple[float, float, bool, colors.Color]] = {
    "title": (30, 36, True, ACCENT),
    "subtitle": (13, 17, False, colors.black),
    "big": (40, 44, True, colors.white),
    "box": (12, 15, False, colors.white),
    "heading": (14, 18, True, ACCENT),
    "name": (11, 13.5, True, colors.black),
    "kind": (8.5, 11, False, colors.grey),
    "phone": (12.5, 16, True, ACCENT),
    "text": (9.5, 12.5, False, colors.black),
    "body": (10.5, 14, False, colors.black),
    "letters": (10.5, 14, True, ACCENT),
    "small": (8, 10, False, colors.grey),
}


class Layout:
    """Flowables in one language at one scale (the leaflet shrinks until it fits a page)."""

    def __init__(self, lang: str, width: float, scale: float = 1.0) -> None:
        self.lang = lang
        self.t = Texts(lang)
        self.rtl = script(lang).rtl
        self.width = width
        self.scale = scale

    def p(self, text: str | Sequence[Span], style: str, align: Align = "start",
          space_after: float = 0) -> Text:
        size, leading, bold, color = STYLES[style]
        flowable = Text(text if not isinstance(text, str) else [Span(text, bold)], self.lang,
                        size * self.scale, leading * self.scale, color, align,
                        space_after=space_after * self.scale)
        flowable.keepWithNext = style in ("heading", "title")  # never alone at a page's foot
        return flowable

    def labelled(self, label: str, value: str) -> Text:
        return self.p([Span(label + " ", bold=True), Span(value)], "text")

    def padding(self, points: float) -> list[tuple[str, tuple[int, int], tuple[int, int], float]]:
        return [(side, (0, 0), (-1, -1), points * self.scale)
                for side in ("TOPPADDING", "BOTTOMPADDING", "LEFTPADDING", "RIGHTPADDING")]

    def table(self, rows: list[list[Any]], widths: list[float], style: list[Any]) -> Table:
        """A table whose columns run right to left in a right-to-left language."""
        if self.rtl:
            rows = [list(reversed(r)) for r in rows]
            widths = list(reversed(widths))
            last = len(widths) - 1
            style = [(name, *_mirror(start, end, last), *rest)
                     for name, start, end, *rest in style]
        table = Table(rows, colWidths=widths)
        table.setStyle(TableStyle(style))
        return table

    def office_card(self, office: NetworkOffice) -> list[Flowable]:
        profile, t = office.profile, self.t
        card: list[Flowable] = [self.p(office.name, "name"),
                                self.p(t.office_kind(office.office.kind), "kind")]
        if office.phones:
            card.append(self.p("  ·  ".join(display_phone(p) for p in office.phones), "phone"))
        if office.hours:
            card.append(self.labelled(t("hours"), office.hours))
        if profile and profile.emergency:
            card.append(self.labelled(t("out_of_hours"), profile.emergency))
        if profile and profile.languages:
            card.append(self.labelled(t("languages"), profile.languages))
        if office.address:
            card.append(self.p(office.address, "kind"))
        return card

    def helplines(self) -> Table:
        """1522 and 112, always: they are printed from here, never from the vault."""
        rows = [[self.p("1522", "big", "center"), self.p(self.t("helpline"), "box")],
                [self.p("112", "big", "center"), self.p(self.t("emergency"), "box")]]
        return self.table(rows, [45 * mm, self.width - 45 * mm], [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("BACKGROUND", (0, 1), (-1, 1), DANGER),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 2, colors.white),
            *self.padding(8),
        ])

    def offices_grid(self, offices: list[NetworkOffice]) -> Flowable:
        if not offices:
            return self.p(self.t("no_offices"), "text")
        columns = 2 if len(offices) <= MAX_TWO_COLUMNS else 3
        cards: list[list[Flowable]] = [self.office_card(o) for o in offices]
        cards += [[]] * (-len(cards) % columns)
        rows = [cards[i : i + columns] for i in range(0, len(cards), columns)]
        return self.table(rows, [self.width / columns] * columns, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.5, colors.lightgrey),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.lightgrey),
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, SOFT]),
            *self.padding(7),
        ])


def _mirror(start: tuple[int, int], end: tuple[int, int],
            last: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """A table-style cell range with its columns counted from the other side."""
    first_column, last_column = (last - (c if c >= 0 else last + 1 + c)
                                 for c in (start[0], end[0]))
    return (min(first_column, last_column), start[1]), (max(first_column, last_column), end[1])
