"""Full-text search over cases, persons, notes, attachments (by file name), contacts and offices
(FTS5, accent-blind)."""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

import sqlcipher3

from rete_desktop.events import VaultLocked
from rete_desktop.storage.cases import references
from rete_desktop.storage.vault import Readable, Reader, Vault

KINDS = ("case", "person", "note", "attachment", "contact", "office")
_WORD = re.compile(r"\w+", re.UNICODE)
# Newest matches first: ordering by rowid (not bm25 rank) lets FTS5 stop after LIMIT hits, so a
# common word in a million notes costs no more than a rare one; the one- to three-letter prefix
# indexes (schema 0011) make a word being typed cost no more than a whole one, and so does
# spelling a longer word out as the terms it begins (schema 0021, :func:`match_query`).
SEARCH_SQL = (
    "SELECT kind, ref_id, case_id, title, snippet(search_index, 4, '[', ']', '…', 12)"
    " FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?"
)
MAX_WORDS = 12
INDEXED_PREFIX = 3  # the longest prefix index of the search index (schema 0011)
# A longer word is spelt out as at most this many whole terms; a word that begins more terms
# (codici fiscali all starting "rssm"…) stays a prefix query, whose doclists are then rare ones.
MAX_TERMS = 64
# The index's terms beginning with :prefix, in order, at most :cap + 1 of them: each step is a
# seek to the first term after the previous one (char(1) sorts before any character a term can
# hold), so the cost is the number of terms, not the number of times they occur.
TERMS_SQL = (
    "WITH RECURSIVE found(term, n) AS ("
    " SELECT (SELECT term FROM search_terms WHERE term >= :prefix LIMIT 1), 1"
    " UNION ALL"
    " SELECT (SELECT term FROM search_terms WHERE term >= found.term || char(1) LIMIT 1), n + 1"
    " FROM found WHERE substr(found.term, 1, :length) = :prefix AND n <= :cap)"
    " SELECT term FROM found WHERE substr(term, 1, :length) = :prefix"
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
    return " ".join(f'"{w}"*' for w in words[:MAX_WORDS])


def folded(word: str) -> str | None:
    """``word`` as the index's tokenizer stores it (lower case, accents removed: unicode61
    remove_diacritics 2), or None when that is not certain: outside plain Latin letters and
    digits the word is left to FTS5's own prefix query."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word.lower())
                    if not unicodedata.combining(c))
    return plain if plain.isascii() and plain.isalnum() else None


def match_query(db: Readable, text: str) -> str | None:
    """The FTS5 query for what a user types: every word required, each matching the terms it
    begins (a user typing "mar ros" may mean Mario Rossi). Words of up to three letters are
    prefix queries (answered by the prefix indexes); a longer word is the OR of the whole terms
    it begins, looked up in ``search_terms``. Same rows as :func:`fts_query`, but read lazily,
    newest first, up to the LIMIT. None when a word begins no term: nothing can match."""
    parts = []
    for word in _WORD.findall(text)[:MAX_WORDS]:
        prefix = folded(word)
        if prefix is None or len(prefix) <= INDEXED_PREFIX:
            parts.append(f'"{word}"*')
            continue
        terms = [r[0] for r in db.query(
            TERMS_SQL, {"prefix": prefix, "length": len(prefix), "cap": MAX_TERMS})]
        if not terms:
            return None
        if len(terms) > MAX_TERMS:
            parts.append(f'"{word}"*')
        else:
            parts.append("(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in terms) + ")")
    return " AND ".join(parts)


def _hits(db: Readable, text: str, limit: int) -> list[Hit]:
    query = match_query(db, text)
    if not query:
        return []
    rows = db.query(SEARCH_SQL, (query, limit))
    return [Hit(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def search(vault: Vault, text: str, limit: int = 50) -> list[Hit]:
    """The newest ``limit`` records matching every word of ``text`` (as prefixes)."""
    return _hits(vault, text, limit)


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
        if not _WORD.search(text):
            return Found(text, [], {})
        with self._busy:
            if self._reader is None:
                return None
            try:
                hits = _hits(self._reader, text, limit)
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
