"""A paragraph that any of the leaflet's languages can be set in: shaped, in the right order.

reportlab's own paragraph neither orders right-to-left lines (that needs ``rlbidi``, which is not
on PyPI) nor shapes a word drawn in two fonts. So the documents handed to a woman use
:class:`Text`:

1. each character gets its font (:func:`fonts.font_runs`: the language's Noto family, Latin
   office names in Noto Sans);
2. lines are broken in logical order at spaces (Chinese: between any two characters, never
   before closing punctuation), measuring each piece as HarfBuzz shapes it;
3. each line gets its Unicode bidi levels (python-bidi, paragraph direction from the language),
   is cut into runs of one level, font and colour, and the runs are reordered by rule L2;
4. every run is shaped by HarfBuzz through reportlab (``shapeStr``), so Arabic letters join,
   Nastaliq words slope and Gurmukhi vowel signs sit in place; digits and Latin names inside a
   right-to-left line keep their left-to-right order.

The text stays logical in the source and extractable (each glyph carries its character).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bidi import algorithm as uba
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Flowable

from rete_desktop.reports import fonts
from rete_desktop.reports.fonts import font_runs, script

Align = Literal["start", "center", "end"]
MIRROR = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))
NO_BREAK_BEFORE = set("，。、：；！？）」』】》,.:;!?)%")
NO_BREAK_AFTER = set("（「『【《(")


@dataclass(frozen=True)
class Span:
    """A piece of a paragraph in one weight and colour."""

    text: str
    bold: bool = False
    color: colors.Color | None = None


@dataclass(frozen=True)
class _Char:
    char: str
    font: str
    color: colors.Color


@dataclass
class _Word:
    chars: list[_Char]
    space_before: bool
    width: float = 0.0


def _shape(text: str, font: str, size: float) -> tuple[str, float]:
    """``text`` shaped by HarfBuzz (when the font is shapable) and its width in points."""
    shaped = shapeStr(text, font, size) if fonts.shaped(font) else text
    if isinstance(shaped, ShapedStr):
        return shaped, sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
    return text, stringWidth(text, font, size)


def _segments(chars: Sequence[_Char]) -> list[tuple[str, colors.Color, str]]:
    """Consecutive characters of one font and colour, joined: (font, colour, text)."""
    out: list[tuple[str, colors.Color, str]] = []
    for c in chars:
        if out and out[-1][0] == c.font and out[-1][1] == c.color:
            out[-1] = (c.font, c.color, out[-1][2] + c.char)
        else:
            out.append((c.font, c.color, c.char))
    return out


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
            or 0x3000 <= code <= 0x303F)


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """The resolved Unicode bidi embedding level of each character of one line (rules up to
    I2; an even level is left to right)."""
    # characters the algorithm drops (controls, zero-width non-joiner: rule X9) would shift
    # every level after them, and it rejects unassigned ones: both resolve as a neutral mark
    text = "".join("!" if uba.bidirectional(c) in (*uba.X9_REMOVED, "") else c for c in text)
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    return [c["level"] for c in storage["chars"]]


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indexes of items with ``levels`` in display order, left to right (rule L2: from the
    highest level down to the lowest odd one, reverse every run at that level or higher)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def _keep_ltr_words(text: str, bounds: list[tuple[int, int]], levels: list[int]) -> None:
    """In a right-to-left line, keep each word without Arabic letters left to right from its
    first to its last letter or digit ("282-bis", "0375 200321", "D.P.R. 115/2002"), with the
    spaces between such words: plain bidi would show "bis-282" and swap a phone number's
    groups. Punctuation around the word is left to the bidi rules."""
    kinds = [uba.bidirectional(c) for c in text]
    spans = []
    for start, end in bounds:
        piece = start
        while piece < end:  # pieces of the word between right-to-left letters ("و282-ter")
            stop = piece
            while stop < end and kinds[stop] not in ("R", "AL"):
                stop += 1
            inside = [i for i in range(piece, stop) if kinds[i] in ("L", "EN", "AN")]
            if inside:
                first, last = inside[0], inside[-1]
                if last + 1 < stop and text[last + 1] == "." and "." in text[first:last]:
                    last += 1  # the closing dot of "c.p.p." or "D.P.R."
                spans.append((first, last))
            piece = stop + 1
    for first, last in spans:
        levels[first:last + 1] = [2] * (last + 1 - first)
    for (_, last), (first, _) in zip(spans, spans[1:], strict=False):
        if text[last + 1:first].isspace():
            levels[last + 1:first] = [2] * (first - last - 1)


class Text(Flowable):  # type: ignore[misc]
    """A paragraph in ``lang``: wraps to the width it is given, right-aligned when the language
    is written right to left (``align`` is "start", "center" or "end" of the line)."""

    def __init__(self, spans: str | Sequence[Span], lang: str, size: float,
                 leading: float | None = None, color: colors.Color = colors.black,
                 align: Align = "start", bold: bool = False, space_after: float = 0) -> None:
        super().__init__()
        self.lang = lang
        self.script = script(lang)
        self.size = size
        self.leading = leading or size * 1.25
        self.align = align
        self.spaceAfter = space_after
        items = [Span(spans, bold)] if isinstance(spans, str) else list(spans)
        self.words = self._words(items, color)
        self.lines: list[list[_Word]] = []

    def _words(self, spans: Sequence[Span], color: colors.Color) -> list[_Word]:
        chars: list[_Char] = []
        for span in spans:
            text = "".join(" " if c in "\n\t" else c for c in span.text  # no controls or
                           if c.isprintable() or c in "\n\t\u200c\u200d")  # unassigned
            for font, piece in font_runs(text, self.script.family, span.bold):
                chars += [_Char(c, font, span.color or color) for c in piece]
        if any(c.font in self.script.family.names() for c in chars):
            self.size *= self.script.size
            self.leading *= self.script.line_height * self.script.size
        words: list[_Word] = []
        space = True
        for c in chars:
            if c.char in " \n\t":
                space = True
                continue
            glue = not space and words and not (
                self.script.break_anywhere and self._break_between(words[-1].chars[-1].char,
                                                                   c.char))
            if glue:
                words[-1].chars.append(c)
            else:
                words.append(_Word([c], space_before=space and bool(words)))
            space = False
        for word in words:
            word.width = sum(_shape(t, f, self.size)[1] for f, _, t in _segments(word.chars))
        return words

    @staticmethod
    def _break_between(before: str, after: str) -> bool:
        if after in NO_BREAK_BEFORE or before in NO_BREAK_AFTER:
            return False
        return _is_cjk(before) or _is_cjk(after)

    def _space(self) -> float:
        return float(stringWidth(" ", self.words[0].chars[0].font, self.size)) if self.words \
            else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        space = self._space()
        self.lines = []
        line: list[_Word] = []
        used = 0.0
        for word in self.words:
            extra = (space if word.space_before and line else 0) + word.width
            if line and used + extra > avail_width:
                self.lines.append(line)
                line, used = [word], word.width
            else:
                line.append(word)
                used += extra
        if line:
            self.lines.append(line)
        self.height = max(1, len(self.lines)) * self.leading
        return avail_width, self.height

    def _runs(self, line: list[_Word]) -> list[tuple[str, colors.Color, str, int]]:
        """The line as (font, colour, text, level) runs in display order, left to right."""
        chars: list[_Char] = []
        bounds: list[tuple[int, int]] = []
        for i, word in enumerate(line):
            if i and word.space_before:
                chars.append(_Char(" ", word.chars[0].font, word.chars[0].color))
            bounds.append((len(chars), len(chars) + len(word.chars)))
            chars += word.chars
        text = "".join(c.char for c in chars)
        levels = bidi_levels(text, self.script.rtl)
        if self.script.rtl:
            _keep_ltr_words(text, bounds, levels)
        runs: list[tuple[str, colors.Color, str, int]] = []
        for c, level in zip(chars, levels, strict=True):
            if runs and runs[-1][0] == c.font and runs[-1][1] == c.color \
                    and runs[-1][3] == level:
                runs[-1] = (c.font, c.color, runs[-1][2] + c.char, level)
            else:
                runs.append((c.font, c.color, c.char, level))
        return [runs[i] for i in visual_order([r[3] for r in runs])]

    def draw(self) -> None:
        canvas = self.canv
        for number, line in enumerate(self.lines):
            baseline = self.height - self.leading * number - self.leading * 0.78
            pieces: list[tuple[str, colors.Color, Any, float]] = []
            for font, color, text, level in self._runs(line):
                if level % 2 and not any(uba.bidirectional(c) in ("R", "AL") for c in text):
                    text = "".join(MIRROR.get(c, c) for c in reversed(text))  # neutrals only
                shaped, width = _shape(text, font, self.size)
                pieces.append((font, color, shaped, width))
            total = sum(p[3] for p in pieces)
            start = {"start": self.width - total if self.script.rtl else 0.0,
                     "center": (self.width - total) / 2,
                     "end": 0.0 if self.script.rtl else self.width - total}[self.align]
            x = start
            for font, color, shaped, width in pieces:
                canvas.setFont(font, self.size)
                canvas.setFillColor(color)
                canvas.drawString(x, baseline, shaped)
                x += width
