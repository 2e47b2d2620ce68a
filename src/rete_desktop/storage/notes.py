"""Append-only case notes and their amendments, plus note drafts autosaved inside the vault."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rete_desktop import events
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Note
from rete_desktop.domain.vocabulary import NoteCategory
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.vault import Readable, Vault, new_id, now_utc

_COLS = "id, case_id, created, category, text, author, amends"


def _clean_text(text: str) -> str:
    if not text or not text.strip():
        raise BadInput("note.empty")
    return validation.limited_text("text", text.strip(), validation.MAX_NOTE_TEXT)


# The case looked up (by id or reference) and the note inserted in one statement: the save
# the GUI makes all day is one round trip shorter (benchmarks/saves.py).
_ADD_NOTE = (f"INSERT INTO notes ({_COLS}) SELECT ?, id, ?, ?, ?, ?, NULL FROM cases"
             " WHERE id = ? OR reference = ? LIMIT 1 RETURNING case_id")


def add_note(vault: Vault, case_id: str, text: str, category: str = "other") -> str:
    """Append a note to a case (and drop the case's draft, now saved as a note)."""
    body = _clean_text(text)
    cat = validation.choice("category", NoteCategory, category)
    note_id, created = new_id(), now_utc()
    with vault.transaction() as conn:  # one lock for the look-up and the writes
        found = conn.execute(_ADD_NOTE, (note_id, created, cat.value, body, vault.operator,
                                         case_id, case_id)).fetchall()
        if not found:
            raise NotFound("case.not_found", id=case_id)
        real_id = found[0][0]
        conn.execute("DELETE FROM drafts WHERE case_id = ?", (real_id,))
        # The entry carries the note's own time: one clock reading a save, and the log says
        # when the note was written, not a second later.
        vault.audit(AuditAction.NOTE_ADD, "note", note_id, {"case": real_id}, at=created)
        vault.announce(events.NoteAdded(real_id, note_id))
    return note_id


def insert_note(
    conn: Any,
    note_id: str,
    case_id: str,
    created: str,
    category: NoteCategory,
    text: str,
    author: str | None,
    amends: str | None,
) -> None:
    conn.execute(
        f"INSERT INTO notes ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (note_id, case_id, created, category.value, text, author, amends),
    )


def amend_note(vault: Vault, note_id: str, text: str) -> str:
    """Add an amendment that corrects ``note_id``; the original stays as it was."""
    original = get_note(vault, note_id)
    body = _clean_text(text)
    if body == original.text.strip():  # an amendment that corrects nothing would stay forever
        raise BadInput("note.unchanged")
    amendment_id = new_id()
    with vault.transaction() as conn:
        insert_note(
            conn,
            amendment_id,
            original.case_id,
            now_utc(),
            original.category,
            body,
            vault.operator,
            original.id,
        )
        vault.audit(AuditAction.NOTE_AMEND, "note", amendment_id, {"amends": original.id})
        vault.announce(events.NoteAdded(original.case_id, amendment_id))
    return amendment_id


def _note(row: Any) -> Note:
    return Note(
        id=row[0],
        case_id=row[1],
        created=datetime.fromisoformat(row[2]),
        category=NoteCategory(row[3]),
        text=row[4],
        author=row[5],
        amends=row[6],
    )


def get_note(vault: Vault, note_id: str) -> Note:
    row = vault.query_one(f"SELECT {_COLS} FROM notes WHERE id = ?", (note_id,))
    if row is None:
        raise NotFound("note.not_found", id=note_id)
    return _note(row)


def list_notes(vault: Vault, case_id: str) -> list[Note]:
    """All notes of a case, oldest first; amendments are notes with ``amends`` set."""
    real_id = resolve_case_id(vault, case_id)
    rows = vault.query(
        f"SELECT {_COLS} FROM notes WHERE case_id = ? ORDER BY created, rowid", (real_id,)
    )
    return [_note(r) for r in rows]


@dataclass(frozen=True)
class Thread:
    """One entry of a case's timeline: a note as written and its amendments, oldest first."""

    note: Note
    amendments: tuple[Note, ...]


# Where a page of the timeline ends: the last original's (created, rowid); the next page starts
# after it. Creation times have one-second resolution, so the rowid breaks ties as in list_notes.
TimelineKey = tuple[str, int]

# An original is a note that amends nothing of its own case (an amendment of a note held in
# no case of this vault cannot be shown under it, so it stands alone, as in list_notes' order).
_ORIGINAL = ("(n.amends IS NULL OR NOT EXISTS (SELECT 1 FROM notes o"
             " WHERE o.id = n.amends AND o.case_id = n.case_id))")
_N_COLS = ", ".join(f"n.{c}" for c in _COLS.split(", "))


def timeline_page(vault: Readable, case_id: str, *, after: TimelineKey | None = None,
                  limit: int = 50) -> tuple[list[Thread], TimelineKey | None]:
    """The ``limit`` originals of a case that follow ``after`` (None: the newest), newest
    first, each with its amendments; and the key to ask for the next page (None: no more).

    What the timeline shows as it scrolls: keyset paging on the notes-by-case index, so the
    first screen of a case with 5,000 notes reads what a case with 50 does (``list_notes``
    reads them all, for documents that need every note). ``case_id`` is the case's id.
    """
    where = "AND (n.created, n.rowid) < (?, ?)" if after is not None else ""
    rows = vault.query(
        f"SELECT {_N_COLS}, n.rowid FROM notes n WHERE n.case_id = ? AND {_ORIGINAL} {where}"
        " ORDER BY n.created DESC, n.rowid DESC LIMIT ?",
        (case_id, *(after or ()), limit),
    )
    originals = [_note(r) for r in rows]
    amendments = _amendments(vault, case_id, [n.id for n in originals])
    page = [Thread(n, tuple(amendments.get(n.id, ()))) for n in originals]
    return page, ((rows[-1][2], int(rows[-1][-1])) if len(rows) == limit else None)


def _amendments(vault: Readable, case_id: str, roots: Sequence[str]) -> dict[str, list[Note]]:
    """The amendments of each of ``roots`` (amendments of amendments too), oldest first."""
    if not roots:
        return {}
    found: dict[str, list[Note]] = {}
    # The walk starts from the page's ids as given (json_each: one parameter however many) and
    # each step finds what amends the chain's rows by the amends index (CROSS JOIN fixes that
    # order; "+" keeps the case's index out of it: left to itself the planner walked every note
    # of the case for each row of the chain). Rows are then read by rowid, never looked up by
    # id: note ids are random, so each look-up by id lands on another page of the id index,
    # which a case's notes would fill the page cache with (20 MB over 5,000 notes at 71k
    # cases). UNION, not UNION ALL: the walk stops even if a chain ever looped.
    rows = vault.query(
        f"WITH RECURSIVE chain(root, id, rid) AS (SELECT value, value, NULL FROM json_each(?)"
        f" UNION SELECT chain.root, n.id, n.rowid FROM chain"
        f" CROSS JOIN notes n ON n.amends = chain.id WHERE +n.case_id = ?)"
        f" SELECT chain.root, {_N_COLS} FROM chain CROSS JOIN notes n ON n.rowid = chain.rid"
        f" WHERE chain.rid IS NOT NULL ORDER BY n.created, n.rowid",
        (json.dumps(list(roots)), case_id),
    )
    for row in rows:
        found.setdefault(row[0], []).append(_note(row[1:]))
    return found


def original_of(by_id: Mapping[str, Note], note_id: str) -> str:
    """The id of the first note of ``note_id``'s amendment chain (itself if not an amendment)."""
    seen = {note_id}
    note = by_id[note_id]
    while note.amends is not None and note.amends in by_id and note.amends not in seen:
        seen.add(note.amends)
        note = by_id[note.amends]
    return note.id


def latest_versions(case_notes: Sequence[Note]) -> list[tuple[Note, Note | None]]:
    """Each original note with its latest amendment (None if never corrected), oldest first:
    what a reader should see as the note's current text."""
    by_id = {n.id: n for n in case_notes}
    latest: dict[str, Note] = {}
    for note in case_notes:  # oldest first: a later amendment replaces an earlier one
        if note.amends is not None:
            latest[original_of(by_id, note.id)] = note
    return [(n, latest.get(n.id)) for n in case_notes if original_of(by_id, n.id) == n.id]


def save_draft(vault: Vault, case_id: str, text: str) -> None:
    """Autosave the note being typed, encrypted in the vault like everything else."""
    real_id = resolve_case_id(vault, case_id)
    with vault.transaction() as conn:
        if text.strip():
            conn.execute(
                "INSERT INTO drafts (case_id, text, updated) VALUES (?, ?, ?) ON CONFLICT"
                " (case_id) DO UPDATE SET text = excluded.text, updated = excluded.updated",
                (real_id, text, now_utc()),
            )
        else:
            conn.execute("DELETE FROM drafts WHERE case_id = ?", (real_id,))


def load_draft(vault: Vault, case_id: str) -> str:
    row = vault.query_one(
        "SELECT text FROM drafts WHERE case_id = ?", (resolve_case_id(vault, case_id),)
    )
    return "" if row is None else str(row[0])
