"""Keeping the full-text index in few segments, a little at a time, while the office is idle.

Why: erasing a case must take its words out of the file (``storage/erasure.py``). FTS5's
``secure-delete`` does that at the commit by looking up every deleted word, and the one- to
three-letter prefixes the index keeps of it (schema 0011), in **every segment** of the index,
then rewriting the page that holds it. The cost of an erasure is therefore the number of its
words times the number of segments. FTS5 merges segments on its own as rows are written
('automerge': four segments of a level become one of the next), which leaves up to three
segments on every level plus up to fifteen single-page ones from the last note saves: the
71k-case benchmark vault, built note by note as an office fills it, had 25 to 31 segments and
its erasures' index part cost 90-140 ms (``docs/performance.md``, Edits).

FTS5's ``'merge'`` command merges a bounded number of pages per call and resumes where it
stopped; with ``usermerge`` = 2 it merges any level that holds two segments, so repeated calls
leave at most one segment per level. :func:`tidy` is one such call in its own transaction, small
enough to run on the GUI thread when the user has stopped typing (``ui/index_upkeep.py``); it
says whether there was work, so the caller stops asking until the next writes. Merging changes
no search result (``tests/test_search_upkeep.py``) and keeps the guarantees of erasure: the
merged segments' old pages are freed and overwritten (``secure_delete``), and an erasure that
comes in the middle of a merge still finds its words in the merge's input and output.

No audit entry: the index is a derived copy of what the vault already holds; a merge adds,
removes or reveals nothing.
"""

from __future__ import annotations

from rete_desktop.storage.vault import Readable, Vault

# Pages merged per call: ~25 ms on the 2-core benchmark machine (100 pages measured 8-12 ms at
# load 4, 2,000 pages 0.3-0.8 s), short enough for a pause between two keystrokes.
TIDY_PAGES = 100
USERMERGE = 2  # merge a level as soon as it holds two segments (FTS5's default is four)


def tidy(vault: Vault, pages: int = TIDY_PAGES) -> bool:
    """Merge about ``pages`` pages of the search index; True if there was work to do (call
    again), False when every level holds at most one segment (nothing written)."""
    with vault.transaction() as conn:
        setting = conn.execute(
            "SELECT v FROM search_index_config WHERE k = 'usermerge'").fetchone()
        if setting is None or int(setting[0]) != USERMERGE:
            conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('usermerge', ?)",
                         (USERMERGE,))
        before = conn.total_changes
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('merge', ?)",
                     (pages,))
        # FTS5's own test of progress: the command itself counts as one change, every page
        # it writes as another (https://sqlite.org/fts5.html, the 'merge' command).
        return bool(conn.total_changes - before >= 2)


def segments(db: Readable) -> int:
    """How many segments the index has (one row per leaf page range in ``%_idx``; reads the
    whole b-tree of segment index entries: for reports and tests, not for each call)."""
    return int(db.query("SELECT count(DISTINCT segid) FROM search_index_idx")[0][0])
