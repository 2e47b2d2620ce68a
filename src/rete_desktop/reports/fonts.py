"""The fonts the documents handed to a woman embed, and which one draws each character.

The leaflet, the wallet card and the art. 90-bis sheet are printed in scripts Helvetica cannot
show (Arabic, Urdu, Gurmukhi, Chinese, Cyrillic): the free Noto fonts in ``resources/fonts``
(OFL, see ``OFL.txt``; rebuilt by ``scripts/build-fonts``) are registered with reportlab on first
use. A language has a main family; a character that family lacks (a Latin office name in an
Urdu leaflet) falls back to Noto Sans, and punctuation and digits stay with the word around them
so that one word is drawn, and shaped, in one font.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rete_desktop.resources import resource_path


@dataclass(frozen=True)
class Family:
    """A registered font family: reportlab names of its regular and bold faces."""

    key: str
    regular_file: str
    bold_file: str
    shaped: bool = True  # HarfBuzz needed (joining, reordering); Latin and Chinese draw as is

    def name(self, bold: bool) -> str:
        return f"Rete-{self.key}-{'Bold' if bold else 'Regular'}"

    def names(self) -> tuple[str, str]:
        return self.name(False), self.name(True)


LATIN = Family("latin", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", shaped=False)
FAMILIES = {
    "latin": LATIN,
    "arabic": Family("arabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "urdu": Family("urdu", "NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"),
    "gurmukhi": Family("gurmukhi", "NotoSansGurmukhi-Regular.ttf",
                       "NotoSansGurmukhi-Bold.ttf"),
    "chinese": Family("chinese", "NotoSansSC-Regular-subset.ttf", "NotoSansSC-Bold-subset.ttf",
                      shaped=False),
}


@dataclass(frozen=True)
class Script:
    """How a language is set: its font family, direction, and whether lines break between any
    two characters (Chinese has no spaces between words)."""

    family: Family
    rtl: bool = False
    break_anywhere: bool = False
    line_height: float = 1.0  # Nastaliq climbs and falls far from the baseline
    size: float = 1.0  # Nastaliq reads smaller than Naskh or Latin at the same point size


SCRIPTS = {
    "ar": Script(FAMILIES["arabic"], rtl=True, line_height=1.3),
    "ur": Script(FAMILIES["urdu"], rtl=True, line_height=1.9, size=1.15),
    "pa": Script(FAMILIES["gurmukhi"], line_height=1.15),
    "zh": Script(FAMILIES["chinese"], break_anywhere=True, line_height=1.15),
}


def script(lang: str) -> Script:
    """How ``lang`` is set (Latin or Cyrillic in Noto Sans, left to right, unless listed)."""
    return SCRIPTS.get(lang, Script(LATIN))


@cache
def _register(family: Family, bold: bool) -> frozenset[int]:
    """Register one face with reportlab (once); returns the characters it has."""
    name = family.name(bold)
    font = TTFont(name, str(resource_path("fonts", family.bold_file if bold
                                          else family.regular_file)))
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def font_name(family: Family, bold: bool = False) -> str:
    """The reportlab name of a face, registering it on first use."""
    _register(family, bold)
    return family.name(bold)


def shaped(font: str) -> bool:
    """Whether text in this registered face must be shaped by HarfBuzz. Latin is drawn as is:
    its "fi"/"fl" ligatures would copy out of the PDF as private characters."""
    return any(f.shaped for f in FAMILIES.values() if font in f.names())


def covers(family: Family, char: str, bold: bool = False) -> bool:
    return ord(char) in _register(family, bold)


def _neutral(char: str) -> bool:
    """Punctuation, digits, symbols and spaces: they take the font of the word they sit in."""
    return unicodedata.category(char)[0] in "NPSZ" or char in "\u200c\u200d"



def _latin(char: str) -> bool:
    """Latin letters and digits go to Noto Sans even when a Chinese or Arabic font has them too:
    one look for names and phone numbers, which copy out of the PDF in one piece."""
    return ("0" <= char <= "9") or unicodedata.name(char, "").startswith("LATIN")


def font_runs(text: str, family: Family, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into (font name, piece): each character in ``family`` if it has it, else in
    Noto Sans; neutral characters follow the letter before them (or after, at the start)."""
    chosen: list[Family | None] = []
    for char in text:
        if _latin(char):
            chosen.append(LATIN)
        elif _neutral(char):
            chosen.append(None)
        else:
            chosen.append(family if covers(family, char, bold) else LATIN)
    for i, char in enumerate(text):  # neutrals: previous letter's font, else the next one's
        if chosen[i] is None:
            before = next((f for f in reversed(chosen[:i]) if f is not None), None)
            after = next((f for f in chosen[i + 1:] if f is not None), None)
            options = [f for f in (before, after, family, LATIN) if f is not None]
            chosen[i] = next((f for f in options if covers(f, char, bold)), LATIN)
    runs: list[tuple[str, str]] = []
    for char, fam in zip(text, chosen, strict=True):
        name = font_name(fam or LATIN, bold)
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def missing(text: str, family: Family, bold: bool = False) -> set[str]:
    """Characters of ``text`` that neither ``family`` nor Noto Sans can draw (tofu)."""
    return {c for c in text if not c.isspace() and c not in "\u200c\u200d"
            and not covers(family, c, bold) and not covers(LATIN, c, bold)}
