"""A small network like the Casalasco's, for the victim documents' tests and screenshots.

``python -m tests.leaflet_samples`` renders the leaflet, the wallet card and the art. 90-bis
sheet in every language to ``docs/screenshots/`` (every page, PNG) for a person to look at.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from rete_desktop.handbook import profiles
from rete_desktop.storage import offices
from rete_desktop.storage.vault import Vault

TODAY = date(2026, 12, 1)
CENTRE_PHONE = "0375 200321"
# name, kind, phone, hours: emergency services say they never close
OFFICES = [
    ("Comando Stazione Carabinieri di Casalmaggiore", "carabinieri", "0375 42012", "h24"),
    ("Consorzio Casalasco Servizi Sociali", "social_services", "0375 203811", "lun–ven 9–13"),
    ("Consultorio familiare ASST Cremona", "consultorio", "0375 284111", "lun–ven 8.30–16"),
    ("Pronto Soccorso Ospedale Oglio Po", "hospital", "0375 2811", "sempre aperto, h24"),
    ("Questura di Cremona", "police", "0372 488111", "24 ore su 24"),
]


def build_network(vault: Vault) -> Vault:
    """This vault's office (a CAV) with its profile, and the other offices of the network."""
    profiles.edit_own_profile(vault, phones=[CENTRE_PHONE], hours="lun–ven 9–18",
                              emergency="Reperibilità 333 1234567",
                              languages="italiano, inglese, arabo, urdu")
    for name, kind, phone, hours in OFFICES:
        offices.add_office(vault, name, kind, phones=[phone], on_call_hours=hours)
    return vault


def render(out: Path) -> list[Path]:
    """Every page of every document in every language as PNG into ``out``
    (``info-sheet-ar.png``, ``info-sheet-ar-2.png``…)."""
    import pypdfium2 as pdfium

    from rete_desktop.reports.info_sheet_pdf import info_sheet_pdf
    from rete_desktop.reports.leaflet_pdf import leaflet_pdf
    from rete_desktop.reports.victim_texts import languages
    from rete_desktop.reports.wallet_card_pdf import wallet_card_pdf
    from tests import fast_kdf
    from tests.conftest import make_vault

    fast_kdf.install()
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        vault = build_network(make_vault(Path(tmp) / "vault", "Centro Antiviolenza Casalasco"))
        try:
            for lang in languages():
                for kind, pdf in (("leaflet", leaflet_pdf(vault, lang, TODAY)),
                                  ("card", wallet_card_pdf(vault, lang)),
                                  ("info-sheet", info_sheet_pdf(vault, lang, TODAY))):
                    for number, page in enumerate(pdfium.PdfDocument(pdf), start=1):
                        suffix = f"-{number}" if number > 1 else ""
                        path = out / f"{kind}-{lang}{suffix}.png"
                        image = page.render(scale=1.25).to_pil().convert("RGB")
                        image.quantize(64).save(path, optimize=True)  # small in the repository
                        written.append(path)
        finally:
            vault.close()
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
