"""The translators' shared glossary (``po/glossary.csv``: term, it, en, note) is followed by both
catalogues: wherever an English text uses a glossary term, its Italian uses the glossary's
Italian term (in any inflection), in the widget texts (``.ts``) and the core's (``.po``)."""

from __future__ import annotations

import csv
import re

import pytest

from tests.translation_pairs import ROOT, po_pairs, ts_pairs

GLOSSARY = list(csv.DictReader((ROOT / "po" / "glossary.csv").open(encoding="utf-8")))


def _prose(english: str) -> str:
    """An English text without ``rete`` commands, options or placeholders ("rete vault check"
    names a command, not the vault)."""
    return re.sub(r"\brete(?: [a-z][\w-]*)+|--[\w-]+|\{[^}]*\}", " ", english)


def _english(term: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(term)}(?:s|es)?\b", re.IGNORECASE)


def _italian(term: str) -> re.Pattern[str]:
    """The term with any ending: «segnalazion\\w*» matches segnalazione and segnalazioni."""
    stems = [re.escape(w[:-1]) + r"\w*" if len(w) > 3 else re.escape(w) for w in term.split()]
    return re.compile(r"\b" + r"\s+".join(stems), re.IGNORECASE)


def test_the_glossary_is_well_formed() -> None:
    assert GLOSSARY and all(row["term"] and row["it"] and row["en"] for row in GLOSSARY)
    assert len({row["term"] for row in GLOSSARY}) == len(GLOSSARY)


@pytest.mark.parametrize("row", GLOSSARY, ids=lambda row: row["term"])
def test_both_catalogues_use_the_glossary_term(row: dict[str, str]) -> None:
    english, italian = _english(row["en"]), _italian(row["it"])
    used = [(source, text) for source, text in ts_pairs() + po_pairs()
            if english.search(_prose(source).replace("&", ""))]
    assert used, f"{row['term']}: no text uses it (an outdated glossary row?)"
    assert [(s, t) for s, t in used if not italian.search(t.replace("&", ""))] == []
