"""The art. 90-bis c.p.p. information sheet, handed to the persona offesa at the first contact.

Art. 90-bis, paragraph 1, c.p.p. (D.Lgs. 212/2015, Directive 2012/29/EU; letters a-bis to
a-quinquies added and n-bis added by D.Lgs. 150/2022) lists what the authority must tell her "in
una lingua a lei comprensibile". The sheet says every letter in plain words in her language and
prints the letter before it, so the officer handing it over can point to the law: how to report,
her role and, as a civil party, notice of the judgment (a); the address for the court's papers
(a-bis to a-quinquies); news of the case, of a request to close it and whom to ask (b, c, i);
legal advice and legal aid (d) — for ill-treatment, stalking, sexual violence and the other
crimes of art. 76 co. 4-ter D.P.R. 115/2002 even above the income limits —; interpretation and
translation (e; art. 143-bis); protection measures (f); rights when she lives in another EU
country (g); how to complain when her rights are not respected (h); costs and compensation (l,
m); withdrawal of the complaint and restorative justice, always her free choice (n, n-bis);
her say on probation or a closing for a minor offence (o); health services, family homes,
anti-violence centres, shelters and victim services (p). Art. 90-ter adds that for crimes of
domestic and gender-based violence she is always told of the offender's release or escape;
art. 299 of the lifting or change of a precautionary measure. The network's offices follow with
their phones, and lines for who handed it over and when (the Codice Rosso protocol records the
hand-over as a step).
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table

from rete_desktop.handbook.leaflet_rules import check_printable
from rete_desktop.handbook.network import network_offices
from rete_desktop.reports.victim_layout import Layout
from rete_desktop.storage.vault import Vault

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
# each right and where the law says it: the letters of art. 90-bis, paragraph 1 (in the
# law's order), and art. 90-ter for release and escape
RIGHTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("report", ("a",)), ("domicile", ("a-bis", "a-ter", "a-quater", "a-quinquies")),
    ("case", ("b", "c", "i")), ("lawyer", ("d",)), ("interpreter", ("e",)),
    ("protection", ("f",)), ("release", ("art. 90-ter",)), ("eu", ("g",)), ("complain", ("h",)),
    ("compensation", ("l", "m")), ("settle", ("n", "n-bis")), ("probation", ("o",)),
    ("support", ("p",)), ("more", ("•",)))
LETTERS_WIDTH = 22 * mm
SCALES = (0.9, 0.8, 0.72)  # tried in turn until the sheet fits two pages (one sheet, both sides)
MAX_PAGES = 2


def _rights(layout: Layout) -> Table:
    """One row per right: the letters of the law in the first column, one a line, the words
    beside them (a table, so the letters stay whole and on the reading side in a right-to-left
    language)."""
    rows = [[[layout.p(letter, "letters") for letter in letters],
             layout.p(layout.t(f"info.{right}"), "body")] for right, letters in RIGHTS]
    return layout.table(rows, [LETTERS_WIDTH, layout.width - LETTERS_WIDTH], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *layout.padding(2.5),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ])


def _story(layout: Layout, vault: Vault, today: date) -> list[Flowable]:
    t, gap = layout.t, 4 * mm
    blank = "_" * 38
    return [  # 1522 and 112 at the top of the first page, whatever follows
        layout.p(t("info.title"), "title", space_after=4),
        KeepTogether(layout.helplines()),
        Spacer(1, gap),
        layout.p(t("info.law"), "subtitle", space_after=6),
        _rights(layout),
        Spacer(1, gap),
        layout.p(t("offices"), "heading", space_after=4),
        layout.offices_grid(network_offices(vault)),
        Spacer(1, 2 * gap),
        KeepTogether([
            layout.p(f"{t('info.given')} {blank}", "text", space_after=10),
            layout.p(f"{t('info.date')} {blank}", "text", space_after=10),
            layout.p(t("info.footer", date=today.strftime("%d/%m/%Y")), "small"),
        ]),
    ]


def info_sheet_pdf(vault: Vault, lang: str = "it", today: date | None = None) -> bytes:
    """The sheet as PDF bytes (A4, at most two pages: set smaller in steps until it fits);
    refused like the leaflet when an office would mislead."""
    check_printable(network_offices(vault))
    data = b""
    for scale in SCALES:
        layout = Layout(lang, WIDTH, scale)
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer, pagesize=A4, title=layout.t("info.title"), lang=lang, leftMargin=MARGIN,
            rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN, invariant=True,
        )
        doc.build(_story(layout, vault, today or date.today()))
        data = buffer.getvalue()
        if doc.page <= MAX_PAGES:
            break
    return data
