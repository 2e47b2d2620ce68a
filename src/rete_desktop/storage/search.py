"""Full-text search over cases, persons, notes, attachments (by file name), contacts and offices
(FTS5, accent-blind)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rete_desktop.storage.vault import Vault

KINDS = ("case", "person", "note", "attachment", "contact", "office")
_WORD = re.compile(r"\w+", re.UNICODE)
# Newest matches first: ordering by rowid (not bm25 rank) lets FTS5 stop after LIMIT hits, so a
# common word in a million notes costs no more than a rare one.
SEARCH_SQL = (
    "SELECT kind, ref_id, case_id, title, snippet(search_index, 4, '[', ']', '…', 12)"
    " FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?"
)


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    case_id: str | None
    title: str
    snippet: str


def fts_query(text: str) -> str:
    """Turn what a user types into a safe FTS5 query: every word as a prefix, all required."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words[:12])


def search(vault: Vault, text: str, limit: int = 50) -> list[Hit]:
    """The newest ``limit`` records matching every word of ``text`` (as prefixes)."""
    query = fts_query(text)
    if not query:
        return []
    rows = vault.query(SEARCH_SQL, (query, limit))
    return [Hit(r[0], r[1], r[2], r[3], r[4]) for r in rows]
