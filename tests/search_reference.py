"""What a search must find, read the slow way: every record of the index read in full, and the
words a user may type (``test_search_typing.py``, ``test_search_upkeep.py``)."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import strategies as st

from rete_desktop.storage import search
from rete_desktop.storage.vault import Vault

WORDS = ["Maria", "Mario", "marito", "Marina", "Mariangela", "Rossi", "Rossini", "rosso",
         "Rossella", "ammonimento", "ammonito", "Casalmaggiore", "casa", "casale", "sicurezza",
         "sicuro", "piano", "pianoforte", "perché", "città", "Società", "Niccolò", "Viadana",
         "via", "l'avvocata", "2024", "20240101", "consultorio", "consorzio", "colloquio"]
# More words beginning "rssm" than search.MAX_TERMS: that word stays a prefix query.
CODES = [f"RSSM{n:03d}X" for n in range(search.MAX_TERMS + 6)]
VOCABULARY = WORDS + CODES


def fold(text: str) -> str:
    """What the index's tokenizer does to these texts: lower case, accents removed."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower())
                   if not unicodedata.combining(c))


def reference(vault: Vault, text: str, limit: int) -> list[tuple[str, str]]:
    """Every record of the index read in full: all typed words begin one of its words."""
    typed = re.findall(r"\w+", fold(text))[:search.MAX_WORDS]
    if not typed:
        return []
    found = []
    for kind, ref_id, title, body in vault.query(
            "SELECT kind, ref_id, title, body FROM search_index ORDER BY rowid DESC"):
        words = re.findall(r"\w+", fold(f"{title} {body}"))
        if all(any(w.startswith(t) for w in words) for t in typed):
            found.append((kind, ref_id))
    return found[:limit]


def typed_word(word: str, length: int, upper: bool, accents: bool) -> str:
    typed = word[:max(1, min(length, len(word)))]
    typed = typed.upper() if upper else typed
    return fold(typed) if not accents else typed


typed_words = st.one_of(
    st.builds(typed_word, st.sampled_from(VOCABULARY), st.integers(1, 12), st.booleans(),
              st.booleans()),
    st.text(alphabet="abcmorsiè", min_size=1, max_size=6),  # mostly words no record holds
)
