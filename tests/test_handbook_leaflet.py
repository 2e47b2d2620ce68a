"""The victim leaflet: one page, Italian and English, 1522 and every office's phone, no case
data. Checked by extracting the PDF's text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from rete_desktop.domain.validation import display_phone, normalise_phone
from rete_desktop.handbook import profiles
from rete_desktop.reports.leaflet_pdf import leaflet_pdf
from rete_desktop.storage import cases, offices

OFFICES = [
    ("Comando Stazione Carabinieri di Casalmaggiore", "carabinieri", "0375 42012"),
    ("Consorzio Casalasco Servizi Sociali", "social_services", "0375 203811"),
    ("Consultorio familiare ASST Cremona", "consultorio", "0375 284111"),
    ("Pronto Soccorso Ospedale Oglio Po", "hospital", "0375 2811"),
]


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), " ".join(p.extract_text() for p in reader.pages)


@pytest.fixture
def network_vault(vault):
    profiles.edit_own_profile(vault, phones=["0375 200321"], hours="lun–ven 9–18",
                              emergency="Reperibilità 333 1234567")
    for name, kind, phone in OFFICES:
        offices.add_office(vault, name, kind, phones=[phone], on_call_hours="lun–ven 9–17")
    return vault


@pytest.mark.parametrize("lang,words", [("it", "Non sei sola"), ("en", "You are not alone")])
def test_leaflet_has_1522_and_every_offices_phone(network_vault, lang: str, words: str) -> None:
    pages, text = _text(leaflet_pdf(network_vault, lang))
    assert pages == 1
    assert words in text and "1522" in text and "112" in text
    for _, _, phone in [*OFFICES, ("", "", "0375 200321")]:
        assert display_phone(normalise_phone(phone)) in text


def test_leaflet_contains_no_case_data(network_vault) -> None:
    case = cases.create_case(network_vault, "Situazione Rossi Maria")
    cases.add_person(network_vault, case, "victim", "Maria Rossi", phone="333 9876543")
    _, text = _text(leaflet_pdf(network_vault, "it"))
    assert "Rossi" not in text and "987" not in text


def test_long_office_list_still_fits_one_page(network_vault) -> None:
    for i in range(30):
        offices.add_office(network_vault, f"Comune di Paese {i}", "municipality",
                           phones=[f"0375 {200000 + i}"], on_call_hours="lun 9-12")
    pages, text = _text(leaflet_pdf(network_vault, "it"))
    assert pages == 1 and "0375 200029" in text


def test_cli_writes_the_leaflet(rete, vault_dir, vault, tmp_path) -> None:
    vault.close()
    out = tmp_path / "volantino.pdf"
    r = rete("leaflet", "--out", out, "--lang", "en", "--vault", vault_dir)
    assert r.code == 0, r.err
    assert "1522" in _text(out.read_bytes())[1]
