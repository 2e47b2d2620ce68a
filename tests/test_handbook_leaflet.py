"""The documents handed to a woman: the leaflet, the wallet card and the art. 90-bis sheet, in
every shipped language, checked by extracting the PDFs' text (pypdf).

Right-to-left and Gurmukhi pages come out of a PDF as shaped glyphs, some without a character of
their own (a Nastaliq ligature), so for those the numbers and Latin names are compared exactly
and the language's own words by their letters (tests/test_victim_texts.py checks every glyph
of every catalogue exists in the shipped fonts).
"""

from __future__ import annotations

import io
import unicodedata
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from rete_desktop.domain.validation import display_phone, normalise_phone
from rete_desktop.errors import BadInput
from rete_desktop.handbook import profiles
from rete_desktop.handbook.leaflet_rules import round_the_clock
from rete_desktop.reports.fonts import script
from rete_desktop.reports.info_sheet_pdf import info_sheet_pdf
from rete_desktop.reports.leaflet_pdf import leaflet_pdf
from rete_desktop.reports.victim_texts import Texts, languages
from rete_desktop.reports.wallet_card_pdf import (
    CARD_HEIGHT,
    CARD_WIDTH,
    card_positions,
    wallet_card_pdf,
)
from rete_desktop.storage import cases, offices
from tests.conftest import make_vault
from tests.leaflet_samples import CENTRE_PHONE, OFFICES, TODAY, build_network

LANGUAGES = languages()
PHONES = [display_phone(normalise_phone(p)) for p in [CENTRE_PHONE, *(o[2] for o in OFFICES)]]
# the word for violence in each language: never on the wallet card
VIOLENCE = {"it": "violen", "en": "violen", "fr": "violen", "es": "violen", "ro": "violen",
            "sq": "dhun", "ar": "عنف", "ur": "تشدد", "pa": "ਹਿੰਸਾ", "zh": "暴力",
            "uk": "насильств"}


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _letters(text: str) -> Counter[str]:
    """The letters of a text, whatever order and form they were drawn in (Arabic presentation
    forms folded back by NFKC; marks, spaces, punctuation and private glyphs left out)."""
    return Counter(c for c in unicodedata.normalize("NFKC", text)
                   if unicodedata.category(c).startswith("L") and not 0xE000 <= ord(c) <= 0xF8FF)


def _says(page: str, lang: str, text: str) -> bool:
    """``text`` is on the page: as written where the script is simple, by its letters where
    shaping rearranges them (Arabic, Urdu, Gurmukhi)."""
    if not script(lang).rtl and lang != "pa":
        return " ".join(text.split()) in " ".join(page.split()) or \
            "".join(text.split()) in "".join(page.split())
    if lang == "ur":  # Nastaliq glyphs copy out as private characters: count the words
        shaped = sum(1 for c in page if 0xE000 <= ord(c) <= 0xF8FF)
        return shaped >= len(text.replace(" ", "")) / 2
    return not _letters(text) - _letters(page)


@pytest.fixture
def network_vault(vault):
    return build_network(vault)


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    """One network for the tests that only read it (a vault per test would dominate the time)."""
    vault = build_network(make_vault(tmp_path_factory.mktemp("network") / "vault"))
    yield vault
    vault.close()


def test_every_language_is_offered_with_its_own_name() -> None:
    assert set(LANGUAGES) >= set(VIOLENCE)
    names = {lang: Texts(lang)("language") for lang in LANGUAGES}
    assert names["ar"] == "العربية" and names["uk"] == "Українська" and names["sq"] == "Shqip"
    assert len(set(names.values())) == len(names)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_leaflet_in_each_language(network, lang: str) -> None:
    pages = _pages(leaflet_pdf(network, lang, TODAY))
    assert len(pages) == 1
    page, t = pages[0], Texts(lang)
    assert "1522" in page and "112" in page and "01/12/2026" in page
    for phone in PHONES:
        assert phone in page
    assert "Questura di Cremona" in page
    for key in ("title", "emergency", "fact1"):
        assert _says(page, lang, t(key)), key
    if lang != "en":
        assert "without reporting" not in page


def test_arabic_lines_are_right_to_left(network) -> None:
    """The title is drawn at the right margin in Arabic, at the left in Italian."""
    def title_x(lang: str) -> float:
        reader = PdfReader(io.BytesIO(leaflet_pdf(network, lang, TODAY)))
        xs: list[float] = []
        reader.pages[0].extract_text(visitor_text=lambda text, cm, tm, font, size: xs.append(
            cm[4] + tm[4]) if text.strip() and size * cm[0] > 20 else None)
        return min(xs)
    assert title_x("ar") > 300 > title_x("it")


def test_leaflet_contains_no_case_data(network_vault) -> None:
    case = cases.create_case(network_vault, "Situazione Rossi Maria")
    cases.add_person(network_vault, case, "victim", "Maria Rossi", phone="333 9876543")
    text = _pages(leaflet_pdf(network_vault, "it"))[0]
    assert "Rossi" not in text and "987" not in text


def test_long_office_list_still_fits_one_page(network_vault) -> None:
    for i in range(30):
        offices.add_office(network_vault, f"Comune di Paese {i}", "municipality",
                           phones=[f"0375 {200000 + i}"], on_call_hours="lun 9-12")
    pages = _pages(leaflet_pdf(network_vault, "ur"))
    assert len(pages) == 1 and "0375 200029" in pages[0]


# --- refusals -------------------------------------------------------------------------------

def test_centre_without_phone_is_refused(vault) -> None:
    profiles.edit_own_profile(vault, phones=[CENTRE_PHONE])
    offices.add_office(vault, "Centro antiviolenza Filo Rosa", "cav")
    for build in (leaflet_pdf, wallet_card_pdf, info_sheet_pdf):
        for lang in LANGUAGES:  # whatever language she reads: refused before any page
            with pytest.raises(BadInput) as refused:
                build(vault, lang)
            assert "Filo Rosa" in refused.value.message("it")
            assert "numero di telefono" in refused.value.message("it")
            assert "phone number" in refused.value.message("en")


def test_emergency_room_with_office_hours_is_refused(network_vault) -> None:
    offices.add_office(network_vault, "Pronto Soccorso Casalmaggiore", "hospital",
                       phones=["0375 281100"], on_call_hours="lun–ven 9–17")
    for build in (leaflet_pdf, wallet_card_pdf, info_sheet_pdf):
        for lang in LANGUAGES:
            with pytest.raises(BadInput):
                build(network_vault, lang)
    with pytest.raises(BadInput) as refused:
        leaflet_pdf(network_vault, "en")
    message = refused.value.message("en")
    assert "Pronto Soccorso Casalmaggiore" in message and "lun–ven 9–17" in message
    assert "h24" in message and "«lun–ven 9–17»" in refused.value.message("it")


def test_emergency_service_with_office_hours_needs_an_out_of_hours_line(
        carabinieri_vault) -> None:
    profiles.edit_own_profile(carabinieri_vault, phones=["0375 42012"], hours="lun–sab 8–20")
    with pytest.raises(BadInput):  # office hours and nothing for the night
        leaflet_pdf(carabinieri_vault, "it")
    profiles.edit_own_profile(carabinieri_vault, emergency="112, pattuglia h24")
    assert "pattuglia" in _pages(leaflet_pdf(carabinieri_vault, "it"))[0]


@pytest.mark.parametrize("hours,open_always", [
    ("h24", True), ("H 24", True), ("24 ore su 24", True), ("24/7", True),
    ("sempre aperto", True), ("00-24", True), ("giorno e notte", True),
    ("lun–ven 9–17", False), ("8-20", False), ("lun 9-12, 14-24 solo festivi", False),
])
def test_round_the_clock_hours(hours: str, open_always: bool) -> None:
    assert round_the_clock(hours) is open_always


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=60).filter(str.strip),
       hours=st.text(max_size=40), lang=st.sampled_from(LANGUAGES))
def test_any_office_text_prints_or_is_refused_but_1522_and_112_stay(vault, name, hours,
                                                                   lang) -> None:
    """Whatever an office typed (any script, control characters), the leaflet either prints
    with 1522 and 112 or is refused with a message, never an internal error."""
    profiles.edit_own_profile(vault, phones=[CENTRE_PHONE])
    office_id = offices.add_office(vault, name, "hospital", phones=["0375 2811"],
                                   on_call_hours=hours or None)
    try:
        page = _pages(leaflet_pdf(vault, lang))[0]
    except BadInput as refused:
        assert refused.message("it") and not round_the_clock(hours)
    else:
        assert "1522" in page and "112" in page
    finally:
        with vault.transaction() as conn:
            conn.execute("DELETE FROM offices WHERE id = ?", (office_id,))


# --- wallet card ----------------------------------------------------------------------------

def test_eight_credit_card_sized_cards_fit_the_page_without_overlap() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    positions = card_positions()
    assert len(positions) == 8 and len(set(positions)) == 8
    assert round(CARD_WIDTH / mm, 1) == 85.6 and round(CARD_HEIGHT / mm, 1) == 54.0
    for x, y in positions:
        assert 10 * mm <= x and x + CARD_WIDTH <= A4[0] - 10 * mm
        assert 10 * mm <= y and y + CARD_HEIGHT <= A4[1] - 10 * mm
    for i, (x1, y1) in enumerate(positions):
        for x2, y2 in positions[i + 1:]:
            assert abs(x1 - x2) >= CARD_WIDTH - 0.01 or abs(y1 - y2) >= CARD_HEIGHT - 0.01


@pytest.mark.parametrize("lang", LANGUAGES)
def test_wallet_card_carries_the_numbers_and_never_names_violence(network,
                                                                   lang: str) -> None:
    pages = _pages(wallet_card_pdf(network, lang))
    assert len(pages) == 1
    text = pages[0]
    assert text.count("1522") == 8 and text.count(display_phone(normalise_phone(
        CENTRE_PHONE))) == 8
    assert len([n for n in text.split() if n == "112" or n.startswith("112")]) >= 8
    assert VIOLENCE[lang] not in text.casefold() and "violen" not in text.casefold()
    assert "Centro Antiviolenza" not in text  # the centre's name would say it
    assert _says(text, lang, Texts(lang)("card.title"))


def test_card_needs_an_anti_violence_centre(carabinieri_vault) -> None:
    profiles.edit_own_profile(carabinieri_vault, phones=["0375 42012"], hours="h24")
    with pytest.raises(BadInput) as refused:
        wallet_card_pdf(carabinieri_vault, "it")
    assert "centro antiviolenza" in refused.value.message("it")


# --- the art. 90-bis c.p.p. sheet -----------------------------------------------------------

# the letters of art. 90-bis, paragraph 1, c.p.p. as in force (D.Lgs. 150/2022 added a-bis to
# a-quinquies and n-bis): the sheet must say every one of them
LAW_LETTERS = ("a", "a-bis", "a-ter", "a-quater", "a-quinquies", "b", "c", "d", "e", "f", "g",
               "h", "i", "l", "m", "n", "n-bis", "o", "p")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_info_sheet_states_the_rights_and_the_offices(network, lang: str) -> None:
    pages = _pages(info_sheet_pdf(network, lang, TODAY))
    assert len(pages) <= 2  # one sheet, printed on both sides
    assert "1522" in pages[0] and "112" in pages[0]  # never split from the first page
    text = " ".join(pages)
    for reference in ("90-bis", "90-ter", "4-ter", "115/2002", "143-bis", "282-bis", "384-bis",
                      "131-bis", "152", "1522", "112", *PHONES):
        assert reference in text, reference
    lines = {line.strip() for line in "\n".join(pages).splitlines()}
    assert not set(LAW_LETTERS) - lines, "every letter of art. 90-bis in the letters column"
    t = Texts(lang)
    for key in ("info.title", "info.lawyer", "info.domicile", "info.settle", "info.probation"):
        assert _says(text, lang, t(key)), key


def test_italian_info_sheet_in_the_law_s_words(network) -> None:
    text = " ".join(" ".join(_pages(info_sheet_pdf(network, "it", TODAY))).split())
    for words in ("anche oltre i limiti di reddito", "Interprete e traduzione degli atti",
                  "centri antiviolenza, case rifugio", "sono sempre comunicate la scarcerazione",
                  "se ti costituisci parte civile, di ricevere la notifica della sentenza",
                  "anche una PEC", "a quale autorità rivolgerti",
                  "altro Stato dell'Unione europea", "Se i tuoi diritti non vengono rispettati",
                  "remissione di querela", "giustizia riparativa",
                  "Sono sempre e solo una tua libera scelta", "messa alla prova",
                  "particolare tenuità del fatto", "Consegnato da"):
        assert words in text, words


def test_codice_rosso_records_that_the_sheet_was_handed_over(vault) -> None:
    """Applying Codice Rosso gives the Carabinieri a same-day step to hand the sheet over in
    her language; closing it is the audited record of the hand-over."""
    from datetime import date

    from rete_desktop.storage import audit, protocols

    case = cases.create_case(vault, "Situazione X")
    protocols.apply_protocol(vault, case, "codice-rosso", date(2026, 12, 1))
    step = next(t for t in protocols.list_tasks(vault, case_id=case)
                if t.step_key == "informazioni-90bis")
    assert step.due == date(2026, 12, 1) and "foglio informativo nella sua lingua" in step.title
    protocols.set_task_done(vault, step.id)
    assert any(e.action == "task.done" and e.entity_id == step.id
               for e in audit.list_entries(vault))


# --- command line ---------------------------------------------------------------------------

def test_cli_writes_leaflet_card_and_info_sheet(rete, vault_dir, network_vault, tmp_path) -> None:
    network_vault.close()
    for args, expect in ((("leaflet", "--lang", "ar"), "1522"),
                         (("leaflet", "--lang", "zh", "--card"), "1522"),
                         (("info-sheet", "--lang", "uk"), "90-bis")):
        out = tmp_path / f"{args[0]}.pdf"
        r = rete(*args, "--out", out, "--vault", vault_dir)
        assert r.code == 0, r.err
        assert expect in _pages(out.read_bytes())[0]


def test_cli_refusal_names_what_to_fix_and_writes_nothing(rete, vault_dir, vault,
                                                         tmp_path) -> None:
    profiles.edit_own_profile(vault, phones=[CENTRE_PHONE])
    offices.add_office(vault, "CAV Filo Rosa", "cav")
    vault.close()
    out = tmp_path / "card.pdf"
    r = rete("leaflet", "--card", "--out", out, "--vault", vault_dir, env={"RETE_LANG": "en"})
    assert r.code == 4 and "CAV Filo Rosa" in r.err and "phone number" in r.err
    assert not out.exists()
