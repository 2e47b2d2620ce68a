"""The documents handed to a woman, by their name: what the handbook page, the case's
hand-over dialog and ``rete leaflet``/``rete info-sheet`` build."""

from __future__ import annotations

from datetime import date

from rete_desktop.errors import BadInput
from rete_desktop.reports.info_sheet_pdf import info_sheet_pdf
from rete_desktop.reports.leaflet_pdf import leaflet_pdf
from rete_desktop.reports.wallet_card_pdf import wallet_card_pdf
from rete_desktop.storage.handouts import DOCUMENTS
from rete_desktop.storage.vault import Vault


def document_pdf(vault: Vault, document: str, lang: str, today: date | None = None) -> bytes:
    """``document`` ("leaflet", "card", "info-sheet") in ``lang`` as PDF bytes; refused
    (:class:`BadInput`) like each document when an office would mislead."""
    if document == "card":
        return wallet_card_pdf(vault, lang)
    if document == "info-sheet":
        return info_sheet_pdf(vault, lang, today)
    if document == "leaflet":
        return leaflet_pdf(vault, lang, today)
    raise BadInput("handout.bad_document", value=document, choices=", ".join(DOCUMENTS))
