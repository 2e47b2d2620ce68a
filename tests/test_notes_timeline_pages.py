"""The timeline read page by page from SQL shows what the whole list of notes says: every
original once, newest first (ties in the one-second creation time broken by the order written),
each with all its amendments, amendments of amendments too, oldest first; whatever the page size.

``notes.list_notes`` (every note, oldest first) is what the documents use; ``timeline_page``
is what the screen scrolls through. A Hypothesis property builds cases of originals and
amendments with clashing times and checks the pages, joined, against the threads computed from
``list_notes``; and no query of a page reads the notes of the whole vault.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.domain.vocabulary import NoteCategory
from rete_desktop.storage import cases, notes
from rete_desktop.storage.notes import Thread
from rete_desktop.storage.vault import Vault, new_id

_cases = itertools.count()


def threads(case_notes: list[notes.Note]) -> list[Thread]:
    """The oracle: originals newest first with their amendments, from the full list."""
    by_id = {n.id: n for n in case_notes}
    amendments: dict[str, list[notes.Note]] = {}
    for note in case_notes:
        if note.amends is not None and note.amends in by_id:
            amendments.setdefault(notes.original_of(by_id, note.id), []).append(note)
    return [Thread(n, tuple(amendments.get(n.id, ()))) for n in reversed(case_notes)
            if n.amends is None or n.amends not in by_id]


def all_pages(vault: Vault, case_id: str, size: int) -> list[Thread]:
    shown: list[Thread] = []
    page, after = notes.timeline_page(vault, case_id, limit=size)
    shown += page
    while after is not None:
        page, after = notes.timeline_page(vault, case_id, after=after, limit=size)
        assert page or after is None
        shown += page
    return shown


@dataclass(frozen=True)
class Written:
    second: int  # creation time, seconds after the first note: equal seconds clash
    amends: int | None  # index of an earlier note of the case, or -1: a note of another case


written = st.lists(
    st.tuples(st.integers(0, 3), st.one_of(st.none(), st.integers(-1, 40))), max_size=25,
).map(lambda specs: [Written(second, None if amends is None or amends >= i else amends)
                     for i, (second, amends) in enumerate(specs)])


def _write(vault: Vault, specs: list[Written]) -> str:
    case_id = cases.create_case(vault, f"Fascicolo {next(_cases)}")
    elsewhere = cases.create_case(vault, "Altro fascicolo")
    stranger = new_id()
    ids: list[str] = []
    with vault.transaction() as conn:
        notes.insert_note(conn, stranger, elsewhere, "2026-01-01T00:00:00+00:00",
                          NoteCategory.OTHER, "nota di un altro fascicolo", None, None)
        for i, spec in enumerate(specs):
            target = None if spec.amends is None else stranger if spec.amends < 0 \
                else ids[spec.amends]
            ids.append(new_id())
            notes.insert_note(conn, ids[-1], case_id, f"2026-03-01T10:00:0{spec.second}+00:00",
                              NoteCategory.INTERVIEW, f"nota {i}", "tester", target)
    return case_id


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=written, size=st.integers(1, 6))
def test_pages_joined_are_the_timeline_of_the_whole_list(
    vault: Vault, specs: list[Written], size: int
) -> None:
    case_id = _write(vault, specs)

    expected = threads(notes.list_notes(vault, case_id))

    assert all_pages(vault, case_id, size) == expected
    assert sum(1 + len(t.amendments) for t in expected) == len(specs)  # nothing lost


def test_a_page_reads_only_its_own_notes(vault: Vault) -> None:
    """No statement of a page scans the notes table: the cost of a page does not grow with the
    case or the vault (the plans, as SQLite chooses them, searched by index only)."""
    case_id = cases.create_case(vault, "Fascicolo lungo")
    for i in range(30):
        note = notes.add_note(vault, case_id, f"nota {i}")
        if i % 4 == 0:
            notes.amend_note(vault, note, f"nota {i}, rettificata")
    for analysed in (False, True):  # statistics of a small vault tempt the planner to scan
        if analysed:
            vault.conn.execute("ANALYZE")
        _check_plans(vault, case_id)


def _check_plans(vault: Vault, case_id: str) -> None:
    statements: list[str] = []
    vault.conn.set_trace_callback(statements.append)
    try:
        page, after = notes.timeline_page(vault, case_id, limit=5)
        notes.timeline_page(vault, case_id, after=after, limit=5)
    finally:
        vault.conn.set_trace_callback(None)
    assert len(page) == 5 and after is not None
    plans = [" / ".join(row[3] for row in vault.conn.execute("EXPLAIN QUERY PLAN " + sql))
             for sql in statements if "notes" in sql]
    assert len(plans) == 4
    for plan in plans:
        assert "SCAN n " not in plan + " " and "SCAN notes" not in plan, plan
    for plan in plans[1::2]:  # the amendments: found from the page's notes, not the case's
        assert "notes_by_amends" in plan and "notes_by_case" not in plan, plan
