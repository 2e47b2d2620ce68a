"""Keeping the full-text index in one big segment, a little at a time, while the office is idle.

Why: erasing a case must take its words out of the file (``storage/erasure.py``). FTS5's
``secure-delete`` does that at the commit: for every deleted word, and for each one- to
three-letter prefix the index keeps of it (schema 0011), it looks the term up in **every
segment** of the index and walks that segment's list of rows for the term up to the erased
row. In a segment of some size that walk reads up to a page of entries for each common word and
prefix ("c", "co", "di"…), so an erasure costs about one such walk per word per segment. FTS5
merges segments on its own as rows are written ('automerge': four segments of a level become
one of the next), which leaves up to three segments on every level: the 71k-case benchmark
vault, built note by note as an office fills it, had 25 to 31, and its erasures' index part
cost 90-140 ms. With the index in one segment (plus the single-page ones that the last saves
made, which cost next to nothing) the same delete took 20-30 ms (``docs/performance.md``, Edits).

FTS5's ``'merge'`` command merges a bounded number of pages per call and resumes where the last
call stopped. :func:`tidy` is one such call in its own transaction, short enough for a pause of
the user (``ui/index_upkeep.py``): once a segment other than the biggest has reached
:data:`MID_PAGES` it merges every segment into one (a negative ``'merge'`` starts that, later
calls continue it); otherwise it merges any level holding two segments (``usermerge`` 2), which
folds the single-page segments of the last saves. The index's structure record says which: it
is read here (:func:`parse_structure`) and checked to add up; in a format this module does not
know, only the merges of two segments of a level are made, which need no reading of it. It
says whether there was work, so the caller rests until the next writes. Merging changes no
search result (``tests/test_search_upkeep.py``) and keeps the guarantees of erasure: the merged
segments' pages are freed and overwritten (``secure_delete``), and an erasure in the middle of
a merge finds its words in the merge's inputs and output alike.

No audit entry: the index is a derived copy of what the vault already holds; a merge adds,
removes or reveals nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from rete_desktop.storage.vault import Readable, Vault

# Pages merged per call, a step on the GUI thread. A step of a merge of the whole index took,
# on the loaded 2-core benchmark machine, a median 61 ms with 64 pages (load 5, 71k vault) and
# 98 ms at load 8; on the 20k vault at load 8, 16 / 32 / 64 / 128 pages took 42 / 72 / 120 /
# 154 ms. 32 pages keep a step near half of that, at twice the steps for the same merge.
TIDY_PAGES = 32
USERMERGE = 2  # merge a level as soon as it holds two segments (FTS5's default is four)
# A segment this big besides the biggest costs an erasure a few milliseconds: merge them all.
# About every 300-600 saved notes; the whole index is rewritten then (~70,000 pages at 71k
# cases, in steps, in the user's pauses).
MID_PAGES = 64
_STRUCTURE_V2 = b"\xff\x00\x00\x01"  # FTS5's marker of the structure record with tombstones


@dataclass(frozen=True)
class Level:
    """One level of the index: its segments' sizes in leaf pages, and how many of its
    segments an unfinished merge is reading."""

    merging: int
    pages: tuple[int, ...]


class UnknownStructure(ValueError):
    """The structure record is not in the format this module reads (a future FTS5)."""


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's varint (big-endian, seven bits a byte, the ninth byte whole): value, next."""
    value = 0
    for i in range(8):
        if at + i >= len(data):
            raise UnknownStructure("cut varint")
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    if at + 8 >= len(data):
        raise UnknownStructure("cut varint")
    return (value << 8) | data[at + 8], at + 9


def parse_structure(record: bytes) -> tuple[Level, ...]:
    """The levels of an FTS5 index from its structure record (``%_data`` row 10): a 4-byte
    cookie, the V2 marker if the index has tombstones, then varints: levels, segments, write
    counter, and per level the segments an unfinished merge reads, the segments, and per
    segment its id, first and last leaf (plus five more numbers in V2) (``fts5_index.c``).
    Refuses a record that does not add up to exactly its own length and segment count."""
    at = 4
    v2 = record[4:8] == _STRUCTURE_V2
    if v2:
        at = 8
    levels_count, at = _varint(record, at)
    segments_count, at = _varint(record, at)
    _writes, at = _varint(record, at)
    levels = []
    for _ in range(levels_count):
        merging, at = _varint(record, at)
        count, at = _varint(record, at)
        pages = []
        for _ in range(count):
            _segment, at = _varint(record, at)
            first, at = _varint(record, at)
            last, at = _varint(record, at)
            for _ in range(5 if v2 else 0):  # origins, tombstone pages and entries, entries
                _skipped, at = _varint(record, at)
            pages.append(last - first + 1)
        if merging > count:
            raise UnknownStructure("merge of more segments than the level has")
        levels.append(Level(merging, tuple(pages)))
    if at != len(record) or sum(len(level.pages) for level in levels) != segments_count:
        raise UnknownStructure("structure record does not add up")
    return tuple(levels)


def structure(db: Readable) -> tuple[Level, ...]:
    """The search index's levels as they are now."""
    rows = db.query("SELECT block FROM search_index_data WHERE id = 10")
    return parse_structure(bytes(rows[0][0])) if rows else ()


def segments(db: Readable) -> int:
    """How many segments the search index has."""
    return sum(len(level.pages) for level in structure(db))


def merge_all_due(levels: tuple[Level, ...]) -> bool:
    """True if every segment should now be merged into one: a segment besides the biggest has
    :data:`MID_PAGES` pages or more, and no merge is under way (it would be started over)."""
    if any(level.merging for level in levels):
        return False
    sizes = sorted(pages for level in levels for pages in level.pages)
    return len(sizes) > 1 and sizes[-2] >= MID_PAGES


def tidy(vault: Vault, pages: int = TIDY_PAGES) -> bool:
    """Merge about ``pages`` pages of the search index; True if there was work to do (call
    again), False when there is none (nothing was written)."""
    with vault.transaction() as conn:
        setting = conn.execute(
            "SELECT v FROM search_index_config WHERE k = 'usermerge'").fetchone()
        if setting is None or int(setting[0]) != USERMERGE:
            conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('usermerge', ?)",
                         (USERMERGE,))
        # A negative count first puts every segment on one level (FTS5 'optimize', in steps);
        # once that merge is under way a positive count continues it without starting over.
        try:
            start_all = merge_all_due(structure(vault))
        except UnknownStructure:
            start_all = False
        before = conn.total_changes
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('merge', ?)",
                     (-pages if start_all else pages,))
        # FTS5's own test of progress: the command itself counts as one change, every page
        # it writes as another (https://sqlite.org/fts5.html, the 'merge' command).
        return bool(conn.total_changes - before >= 2)
