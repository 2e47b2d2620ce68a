"""Full-text search over cases, persons, notes, attachments (by file name), contacts and offices
(FTS5, accent-blind)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import sqlcipher3

from rete_desktop.events import VaultLocked
from rete_desktop.storage.cases import references
from rete_desktop.storage.vault import Reader, Vault

KINDS = ("case", "person", "note", "attachment", "contact", "office")
_WORD = re.compile(r"\w+", re.UNICODE)
# Newest matches first: ordering by rowid (not bm25 rank) lets FTS5 stop after LIMIT hits, so a
# common word in a million notes costs no more than a rare one; the one- to three-letter prefix
# indexes (schema 0011) make a word being typed cost no more than a whole one.
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


@dataclass(frozen=True)
class Found:
    """What one search found: the hits and the reference of each hit's case."""

    text: str
    hits: list[Hit]
    references: dict[str, str]


class Searcher:
    """Searches on a connection of its own, so a worker thread can run them while the GUI
    thread stays free, and the GUI thread can cancel a search the user has already typed past.

    The connection closes when the vault locks; a search cancelled or closed returns None.
    """

    def __init__(self, vault: Vault) -> None:
        self._reader: Reader | None = vault.open_reader()
        self._busy = threading.Lock()  # held while a search runs on the connection
        self._unsubscribe = vault.events.subscribe(lambda _event: self.close(), VaultLocked)

    def search(self, text: str, limit: int = 50) -> Found | None:
        query = fts_query(text)
        if not query:
            return Found(text, [], {})
        with self._busy:
            if self._reader is None:
                return None
            try:
                rows = self._reader.query(SEARCH_SQL, (query, limit))
                hits = [Hit(r[0], r[1], r[2], r[3], r[4]) for r in rows]
                found = references(self._reader, (h.case_id for h in hits if h.case_id))
            except sqlcipher3.OperationalError as exc:
                if "interrupt" in str(exc):
                    return None
                raise
        return Found(text, hits, found)

    def cancel(self) -> None:
        """Stop the search running now (from any thread); it returns None."""
        reader = self._reader
        if reader is not None:
            reader.interrupt()

    def close(self) -> None:
        """Close the connection (waits for a running search to stop). Safe to call twice."""
        self.cancel()
        with self._busy:
            reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()
            self._unsubscribe()
