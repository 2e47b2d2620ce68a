"""The leaflet's catalogues, fonts and line layout: every text translated and drawable, lines
of right-to-left languages in the right order."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
import uharfbuzz
from hypothesis import given, settings
from hypothesis import strategies as st

from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.messages.vocabulary import formal
from rete_desktop.reports import fonts
from rete_desktop.reports.typeset import Text, bidi_levels, visual_order
from rete_desktop.reports.victim_texts import OFFICE_KIND, SOURCE, Texts, languages
from rete_desktop.resources import resource_path

PO = Path(__file__).resolve().parents[1] / "po"
ENTRY = re.compile(r'msgctxt "(.*)"\nmsgid "(.*)"\nmsgstr "(.*)"')


def _entries(path: Path) -> list[tuple[str, str, str]]:
    return [tuple(part.replace('\\"', '"') for part in m)  # type: ignore[misc]
            for m in ENTRY.findall(path.read_text("utf-8"))]


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


EXPECTED = {(key, text) for key, text in SOURCE.items()} | {
    (OFFICE_KIND, formal("OfficeKind", kind.value, "en")) for kind in OfficeKind}
CATALOGUES = sorted((PO / "leaflet").glob("*.po"))


def test_template_lists_exactly_the_texts_the_code_uses() -> None:
    assert {(c, i) for c, i, _ in _entries(PO / "leaflet.pot")} == EXPECTED


def test_every_shipped_language_has_a_compiled_catalogue() -> None:
    assert {p.stem for p in CATALOGUES} | {"en"} == set(languages())
    for po in CATALOGUES:
        assert resource_path("locale", po.stem, "LC_MESSAGES", "leaflet.mo").is_file()


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.stem)
def test_catalogue_is_complete_and_keeps_numbers_and_references(po: Path) -> None:
    entries = _entries(po)
    assert {(c, i) for c, i, _ in entries} == EXPECTED
    t = Texts(po.stem)
    for context, msgid, msgstr in entries:
        assert msgstr.strip(), (context, msgid)
        assert _names(msgstr) == _names(msgid), (context, msgstr)
        for kept in re.findall(r"\d{3,}(?:/\d+)?|\d+-(?:bis|ter)|c\.p\.p\.|D\.P\.R\.|CAV", msgid):
            assert kept in msgstr, (context, kept, msgstr)
        if context != OFFICE_KIND:
            assert t(context, **dict.fromkeys(_names(msgid), "X")) == msgstr.replace(
                "{network}", "X").replace("{date}", "X")


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.stem)
def test_every_glyph_of_every_catalogue_is_in_the_shipped_fonts(po: Path) -> None:
    """No tofu: HarfBuzz finds a glyph (never .notdef) for every character of every text,
    in the font each piece is set in."""
    family = fonts.script(po.stem).family
    faces: dict[str, uharfbuzz.Font] = {}
    for bold in (False, True):
        for _, _, msgstr in _entries(po):
            assert not fonts.missing(msgstr, family, bold), msgstr
            for font, piece in fonts.font_runs(msgstr, family, bold):
                if font not in faces:
                    path = next(resource_path("fonts", f.bold_file if bold else f.regular_file)
                                for f in fonts.FAMILIES.values() if font in f.names())
                    faces[font] = uharfbuzz.Font(uharfbuzz.Face(path.read_bytes()))
                buffer = uharfbuzz.Buffer()
                buffer.add_str(piece)
                buffer.guess_segment_properties()
                uharfbuzz.shape(faces[font], buffer, {})
                assert all(g.codepoint for g in buffer.glyph_infos), (po.stem, piece)


def test_the_wallet_card_texts_never_name_violence() -> None:
    words = ("violen", "dhun", "عنف", "تشدد", "ਹਿੰਸਾ", "暴力", "насильств", "abus", "maltratt")
    for po in [PO / "leaflet.pot", *CATALOGUES]:
        for context, msgid, msgstr in _entries(po):
            if context.startswith("card."):
                for text in (msgid, msgstr):
                    assert not any(w in text.casefold() for w in words), (po.stem, text)


def test_fonts_are_shipped_with_their_licence() -> None:
    licence = resource_path("fonts", "OFL.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE" in licence.upper() and "Google" in licence
    for family in fonts.FAMILIES.values():
        for name in (family.regular_file, family.bold_file):
            assert resource_path("fonts", name).stat().st_size < 1_000_000, name


# --- line layout ----------------------------------------------------------------------------

def _line(text: str, lang: str, width: float = 10_000) -> list[tuple[str, int]]:
    flowable = Text(text, lang, 10)
    flowable.wrap(width, 1000)
    return [(run, level) for _, _, run, level in flowable._runs(flowable.lines[0])]


def test_arabic_line_reads_right_to_left_with_numbers_left_to_right() -> None:
    runs = _line("اتصلي بالرقم 112 أو 0375 200321 الآن", "ar")
    shown = [text for text, _ in runs]
    assert shown[0].strip() == "الآن"  # the last word is drawn leftmost
    assert "0375 200321" in shown and "112" in shown
    assert shown.index("0375 200321") < shown.index("112")


def test_legal_references_stay_whole_in_right_to_left_lines() -> None:
    shown = "".join(text for text, _ in _line("المادة 282-bis و282-ter c.p.p.", "ur"))
    assert "282-bis" in shown and "282-ter" in shown and "c.p.p." in shown


def test_italian_line_keeps_its_order() -> None:
    assert "".join(text for text, _ in _line("Chiama il 112, giorno e notte.", "it")) == \
        "Chiama il 112, giorno e notte."


def test_chinese_breaks_between_characters_but_not_before_punctuation() -> None:
    flowable = Text("反暴力和反跟踪骚扰热线：免费，24小时，匿名。", "zh", 10)
    flowable.wrap(60, 1000)
    assert len(flowable.lines) > 1
    for line in flowable.lines[1:]:
        assert line[0].chars[0].char not in "，。：、"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 5), max_size=30))
def test_visual_order_is_a_permutation_that_reverses_right_to_left_runs(levels) -> None:
    order = visual_order(levels)
    assert sorted(order) == list(range(len(levels)))
    if levels and all(level == 1 for level in levels):
        assert order == list(reversed(range(len(levels))))
    if all(level % 2 == 0 and level == (levels[0] if levels else 0) for level in levels):
        assert order == list(range(len(levels)))


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=80), lang=st.sampled_from(["ar", "ur", "pa", "zh", "it", "uk"]),
       width=st.floats(5, 400))
def test_any_text_lays_out_and_keeps_every_character(text: str, lang: str,
                                                     width: float) -> None:
    """Office names and hours come from users: whatever they hold (controls, unassigned code
    points, mixed scripts), every printable character is drawn exactly once."""
    flowable = Text(text, lang, 9)
    flowable.wrap(width, 10_000)
    drawn = "".join(run for line in flowable.lines for _, _, run, _ in flowable._runs(line))
    kept = [c for c in text if not c.isspace() and c.isprintable()]
    assert sorted(c for c in drawn if not c.isspace() and c.isprintable()) == sorted(kept)
    assert len(bidi_levels(text, True)) == len(text)
