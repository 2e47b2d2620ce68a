"""The victim information leaflet: one printable A4 page in the language of the woman reading it.

It lists the network's offices (hours, phones, how to reach them out of hours), 1522 and 112.
It is built only from the directory and the profiles, never from case data, and refused when it
would mislead (:mod:`rete_desktop.handbook.leaflet_rules`). A long office list is set in three
columns and in smaller type, so it still prints on one sheet.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from rete_desktop.handbook.leaflet_rules import check_printable
from rete_desktop.handbook.network import NetworkOffice, network_offices
from rete_desktop.packets.directory import get_state
from rete_desktop.reports.victim_layout import Layout
from rete_desktop.storage.vault import Vault

MARGIN = 14 * mm
WIDTH = A4[0] - 2 * MARGIN
SCALES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.42)  # tried in turn until the leaflet fits one page


def network_name(vault: Vault, layout: Layout) -> str:
    state = get_state(vault)
    return state.network_name if state else layout.t("network_default")


def _story(layout: Layout, network: str, offices: list[NetworkOffice],
           today: date) -> list[Flowable]:
    t, gap = layout.t, 5 * mm * layout.scale
    return [
        layout.p(t("title"), "title", space_after=4),
        layout.p(t("subtitle", network=network), "subtitle"),
        Spacer(1, gap),
        layout.helplines(),
        Spacer(1, gap),
        layout.p(t("offices"), "heading", space_after=4),
        layout.offices_grid(offices),
        Spacer(1, gap),
        layout.p(t("know"), "heading", space_after=4),
        *(layout.p(f"•  {t(f'fact{i}')}", "text", space_after=2) for i in range(1, 5)),
        Spacer(1, gap),
        layout.p(t("footer", date=today.strftime("%d/%m/%Y")), "small"),
    ]


def leaflet_pdf(vault: Vault, lang: str = "it", today: date | None = None) -> bytes:
    """The leaflet as PDF bytes (built in memory; write with ``write_atomic``).

    Refused (:class:`BadInput`) when an office would mislead; laid out at full size, then
    smaller in steps until it fits one page.
    """
    offices = network_offices(vault)
    check_printable(offices)
    data = b""
    for scale in SCALES:
        layout = Layout(lang, WIDTH, scale)
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer, pagesize=A4, title=layout.t("title"), lang=lang, leftMargin=MARGIN,
            rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN, invariant=True,
        )
        doc.build(_story(layout, network_name(vault, layout), offices, today or date.today()))
        data = buffer.getvalue()
        if doc.page == 1:
            break
    return data
