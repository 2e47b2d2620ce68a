"""Copies and cuts down the Noto fonts the victim documents embed (see scripts/build-fonts).

Latin/Cyrillic (Noto Sans) is cut to the Latin, Greek and Cyrillic blocks; Arabic, Urdu and
Gurmukhi are copied whole (their shaping tables must stay intact); Chinese (Noto Sans CJK SC) is
cut to the characters the catalogues use and its CFF outlines converted to TrueType quadratics.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto")
CJK_SC_INDEX = 2  # "Noto Sans CJK SC" in Debian's NotoSansCJK-*.ttc
WHOLE = [f"{family}-{weight}.ttf" for family in
         ("NotoNaskhArabic", "NotoNastaliqUrdu", "NotoSansGurmukhi") for weight in
         ("Regular", "Bold")]
LATIN_RANGES = [(0x20, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x52F),
                (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x215F),
                (0x2190, 0x21FF), (0x2212, 0x2212), (0x25A0, 0x25FF)]


def _options() -> subset.Options:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.desubroutinize = True
    return options


def _cut(font: TTFont, codepoints: set[int]) -> None:
    subsetter = subset.Subsetter(_options())
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)


def _to_truetype(font: TTFont) -> None:
    """CFF cubic outlines → glyf quadratic outlines (reportlab embeds TrueType only)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        advance, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (advance, getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def chinese_text() -> set[int]:
    """Every character of the Chinese catalogues, plus ASCII and CJK punctuation."""
    found = {*range(0x20, 0x7F), *range(0x3000, 0x3020), *range(0xFF01, 0xFF5F), 0xB7, 0x2014,
             0x2013, 0x2026, 0x201C, 0x201D}
    for po in sorted((ROOT / "po").glob("*/zh.po")):
        for text in re.findall(r'^msgstr "(.*)"$', po.read_text("utf-8"), re.M):
            found |= {ord(c) for c in text}
    return found


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name in WHOLE:
        shutil.copyfile(NOTO / name, OUT / name)
    latin = {c for low, high in LATIN_RANGES for c in range(low, high + 1)}
    for weight in ("Regular", "Bold"):
        font = TTFont(NOTO / f"NotoSans-{weight}.ttf")
        _cut(font, latin)
        font.save(OUT / f"NotoSans-{weight}.ttf")
        cjk = TTCollection(CJK / f"NotoSansCJK-{weight}.ttc").fonts[CJK_SC_INDEX]
        _cut(cjk, chinese_text())
        _to_truetype(cjk)
        cjk.save(OUT / f"NotoSansSC-{weight}-subset.ttf")
    for path in sorted(OUT.glob("*.ttf")):
        print(f"{path.name}: {path.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
