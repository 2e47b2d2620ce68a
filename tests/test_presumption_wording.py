"""A man is an alleged offender until a court says otherwise: every Italian text the app shows
or prints says *presunto autore* (*presunti autori*), never a bare *autore* (issue 12: the
record of processing, the laboratorio documents and the statistics said "autore")."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_AUTHOR = re.compile(r"\b(\w+\s+)?(autore|autori)\b", re.IGNORECASE)
_ALLEGED = re.compile(r"presunt[oi]", re.IGNORECASE)


def _bare(text: str) -> list[str]:
    return [m.group(0) for m in _AUTHOR.finditer(text)
            if not (m.group(1) and _ALLEGED.fullmatch(m.group(1).strip()))]


def test_the_italian_catalogues_never_call_a_man_the_author_without_presunto() -> None:
    texts = [*re.findall(r'^msgstr(?:\[\d\])? "(.*)"$',
                         (ROOT / "po/rete-core/it.po").read_text("utf-8"), re.MULTILINE),
             *re.findall(r"<translation>(.*?)</translation>",
                         (ROOT / "resources/translations/rete_it.ts").read_text("utf-8"),
                         re.DOTALL)]
    assert len(texts) > 1000
    assert [t for t in texts if _bare(t)] == []


def test_the_check_sees_a_bare_author() -> None:
    assert _bare("Relazione dell'autore con la donna") == ["autore"]
    assert _bare("Relazione del presunto autore con la donna") == []
    assert _bare("presunti autori della violenza") == []
