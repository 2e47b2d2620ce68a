"""Fill the English plural forms of rete_en.ts from the source text: "%n case(s)" gives
"%n case" / "%n cases", "%n entry(ies)" gives "%n entry" / "%n entries". English is the source
language, so only the texts with ``%n`` need an English catalogue, and none needs a human."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

_SUFFIX = re.compile(r"(\w*?)(y)?\((s|es|ies)\)")


def forms(source: str) -> tuple[str, str]:
    """The singular and the plural of a source text with ``word(s)`` markers."""

    def one(match: re.Match[str]) -> str:
        return match.group(1) + (match.group(2) or "")

    def many(match: re.Match[str]) -> str:
        if match.group(3) == "ies":
            return match.group(1) + "ies"
        return match.group(1) + (match.group(2) or "") + match.group(3)

    return _SUFFIX.sub(one, source), _SUFFIX.sub(many, source)


def fill(path: Path) -> None:
    text = path.read_text(encoding="utf-8")

    def message(match: re.Match[str]) -> str:
        block = match.group(0)
        source = re.search(r"<source>(.*?)</source>", block, re.S)
        if source is None:
            return block
        one, many = (html.escape(f, quote=False) for f in forms(html.unescape(source.group(1))))
        translation = (f"<translation>\n            <numerusform>{one}</numerusform>\n"
                       f"            <numerusform>{many}</numerusform>\n        </translation>")
        return re.sub(r"<translation.*?(?:/>|</translation>)", translation, block, flags=re.S)

    path.write_text(re.sub(r"<message numerus=\"yes\">.*?</message>", message, text,
                           flags=re.S), encoding="utf-8")


if __name__ == "__main__":
    fill(Path(sys.argv[1]))
