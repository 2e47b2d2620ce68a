"""The art. 90-bis c.p.p. information sheet, handed to the persona offesa at the first contact.

Art. 90-bis c.p.p. (D.Lgs. 212/2015, Directive 2012/29/EU) lists what the authority must tell
her "in una lingua a lei comprensibile": how to report and her role in the proceedings (a),
news of the case and of a request to close it (b, c, i), legal advice and legal aid (d) — for
ill-treatment, stalking, sexual violence and the other crimes of art. 76 co. 4-ter D.P.R.
115/2002 even above the income limits —, interpretation and translation (e; art. 143-bis),
protection measures (f), compensation and costs (l, m), health services, family homes,
anti-violence centres, shelters and victim services (p). Art. 90-ter adds that for crimes of
domestic and gender-based violence she is always told of the offender's release or escape;
art. 299 of the lifting or change of a precautionary measure. The sheet says these in plain
words in her language, names the letter and article of each, lists the network's offices with
their phones, and leaves lines for who handed it over and when (the Codice Rosso protocol
records the hand-over as a step).
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from rete_desktop.handbook.leaflet_rules import check_printable
from rete_desktop.handbook.network import network_offices
from rete_desktop.reports.victim_layout import Layout
from rete_desktop.storage.vault import Vault

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
RIGHTS = ("report", "case", "lawyer", "interpreter", "protection", "release", "support",
          "compensation", "more")
SCALE = 0.9


def _story(layout: Layout, vault: Vault, today: date) -> list[Flowable]:
    t, gap = layout.t, 4 * mm
    blank = "_" * 38
    return [
        layout.p(t("info.title"), "title", space_after=4),
        layout.p(t("info.law"), "subtitle", space_after=6),
        *(layout.p(f"•  {t(f'info.{right}')}", "body", space_after=4) for right in RIGHTS),
        Spacer(1, gap),
        layout.helplines(),
        Spacer(1, gap),
        layout.p(t("offices"), "heading", space_after=4),
        layout.offices_grid(network_offices(vault)),
        Spacer(1, 2 * gap),
        layout.p(f"{t('info.given')} {blank}", "text", space_after=10),
        layout.p(f"{t('info.date')} {blank}", "text", space_after=10),
        layout.p(t("info.footer", date=today.strftime("%d/%m/%Y")), "small"),
    ]


def info_sheet_pdf(vault: Vault, lang: str = "it", today: date | None = None) -> bytes:
    """The sheet as PDF bytes (A4, one or two pages); refused like the leaflet when an office
    would mislead."""
    check_printable(network_offices(vault))
    layout = Layout(lang, WIDTH, SCALE)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, title=layout.t("info.title"), lang=lang, leftMargin=MARGIN,
        rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN, invariant=True,
    )
    doc.build(_story(layout, vault, today or date.today()))
    return buffer.getvalue()
