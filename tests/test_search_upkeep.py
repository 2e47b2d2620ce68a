"""The search index tidied in small steps (``storage/search_upkeep.py``): fewer segments, one
once a second big one appears, the same search results at every step, and an erasure in the
middle of a merge still leaves none of the case's words in the file. The index's structure
record is read as FTS5 writes it, whatever the sequence of writes, deletes and merges."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.storage import cases, erasure, notes, search, search_upkeep
from rete_desktop.storage.vault import Vault
from tests.conftest import make_vault
from tests.search_reference import VOCABULARY, reference, typed_words
from tests.sqlcipher_pages import database_plaintext, open_with_sqlite3mc

SECRET_WORDS = ("Zanichelliana", "Sabbionetese", "riservatissimo")


def _note_by_note(vault: Vault, case_id: str, rng: random.Random, count: int) -> None:
    """Notes saved one at a time, as the GUI saves them: each commit makes a new segment."""
    for _ in range(count):
        notes.add_note(vault, case_id, " ".join(rng.choice(VOCABULARY) for _ in range(6)))


def _tidy_to_the_end(vault: Vault, pages: int = search_upkeep.TIDY_PAGES) -> int:
    steps = 0
    while search_upkeep.tidy(vault, pages):
        steps += 1
        assert steps < 10_000
    return steps


def test_tidying_merges_the_segments_that_note_by_note_saves_leave(tmp_path: Path) -> None:
    with make_vault(tmp_path / "v") as vault:
        case_id = cases.create_case(vault, "Fascicolo di prova")
        _note_by_note(vault, case_id, random.Random(1), 120)
        before = search_upkeep.segments(vault)
        found = search.search(vault, "mari ro", 200)

        assert _tidy_to_the_end(vault, pages=1) > 1  # bounded steps: several were needed
        assert search_upkeep.segments(vault) < before
        assert search.search(vault, "mari ro", 200) == found
        assert search_upkeep.tidy(vault) is False  # nothing left: the caller may rest


def test_a_second_big_segment_gets_every_segment_merged_into_one(tmp_path: Path) -> None:
    with make_vault(tmp_path / "v") as vault, mock.patch.object(search_upkeep, "MID_PAGES", 2):
        case_id = cases.create_case(vault, "Fascicolo di prova")
        _note_by_note(vault, case_id, random.Random(5), 120)
        assert search_upkeep.merge_all_due(search_upkeep.structure(vault))
        found = search.search(vault, "mari ro", 200)

        assert _tidy_to_the_end(vault, pages=1) > 1
        assert search_upkeep.segments(vault) == 1
        assert search.search(vault, "mari ro", 200) == found


def test_a_tidy_step_with_nothing_to_merge_writes_nothing(tmp_path: Path) -> None:
    with make_vault(tmp_path / "v") as vault:
        _tidy_to_the_end(vault)
        vault.checkpoint()
        changes = vault.conn.total_changes

        assert search_upkeep.tidy(vault) is False
        assert vault.conn.total_changes - changes <= 1  # the command itself, no page
        assert not (tmp_path / "v" / "vault.db-wal").stat().st_size


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = make_vault(tmp_path_factory.mktemp("upkeep") / "vault")
    case_id = cases.create_case(vault, "Mariangela Rossi — Viadana")
    _note_by_note(vault, case_id, random.Random(2), 40)
    yield vault
    vault.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(new_notes=st.integers(0, 3), budgets=st.lists(st.integers(1, 30), max_size=4),
       mid_pages=st.sampled_from([1, 2, search_upkeep.MID_PAGES]),
       text=typed_words, limit=st.integers(1, 60), seed=st.integers(0, 2**16))
def test_searching_finds_the_same_at_every_step_of_a_tidy(
    office: Vault, new_notes: int, budgets: list[int], mid_pages: int, text: str, limit: int,
    seed: int
) -> None:
    case_id = cases.list_cases(office)[0].id
    _note_by_note(office, case_id, random.Random(seed), new_notes)
    with mock.patch.object(search_upkeep, "MID_PAGES", mid_pages):  # both kinds of merge
        for pages in budgets:
            search_upkeep.tidy(office, pages)
    assert [(h.kind, h.id) for h in search.search(office, text, limit)] == reference(
        office, text, limit)


@pytest.mark.parametrize("mid_pages", [search_upkeep.MID_PAGES, 2], ids=["levels", "all"])
def test_an_erasure_in_the_middle_of_a_merge_leaves_none_of_its_words(
    tmp_path: Path, mid_pages: int
) -> None:
    directory = tmp_path / "v"
    rng = random.Random(3)
    with make_vault(directory) as vault, mock.patch.object(search_upkeep, "MID_PAGES",
                                                           mid_pages):
        keep = cases.create_case(vault, "Fascicolo che resta")
        gone = cases.create_case(vault, "Fascicolo da cancellare")
        for word in SECRET_WORDS:
            notes.add_note(vault, gone, f"Colloquio {word} casa {rng.choice(VOCABULARY)}")
        _note_by_note(vault, keep, rng, 80)
        assert search_upkeep.tidy(vault, 1) and search_upkeep.tidy(vault, 1)  # unfinished
        assert search.search(vault, SECRET_WORDS[0])

        erasure.erase_case(vault, gone)

        assert search.search(vault, SECRET_WORDS[0]) == []
        key = vault.raw_key
        reader = open_with_sqlite3mc(directory / "vault.db", key)
        try:
            reader.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search_index,"
                           " row)")
            vocabulary = {r[0] for r in reader.execute("SELECT term FROM temp.vocab")}
        finally:
            reader.close()
        pages = database_plaintext(directory, key)
        for word in SECRET_WORDS:
            assert word.lower() not in vocabulary
            assert word.lower().encode() not in pages and word.encode() not in pages
        assert "casa" in vocabulary  # the other case's words stay
        _tidy_to_the_end(vault)  # and the merge finishes without them
        assert search.search(vault, SECRET_WORDS[1]) == []
        assert search.search(vault, "fascicolo resta")


def test_the_app_tidies_the_index_only_while_the_user_pauses(qapp: object, tmp_path: Path
                                                              ) -> None:
    from rete_desktop.ui import index_upkeep

    with make_vault(tmp_path / "v") as vault:
        case_id = cases.create_case(vault, "Fascicolo di prova")
        _note_by_note(vault, case_id, random.Random(4), 60)
        before = search_upkeep.segments(vault)
        quiet = [0.5]  # seconds since the last key press
        upkeep = index_upkeep.IndexUpkeep(vault, lambda: quiet[0])
        upkeep.step()
        assert search_upkeep.segments(vault) == before  # typing: nothing done

        quiet[0] = index_upkeep.PAUSE_S
        for _ in range(1000):
            upkeep.step()
            if upkeep._timer.interval() == index_upkeep.RESTING_MS:
                break
        assert search_upkeep.segments(vault) < before
        assert search_upkeep.tidy(vault) is False  # it rested because nothing was left


def test_the_upkeep_runs_while_unlocked_and_stops_at_the_lock(controller: object,
                                                              unlocked: object) -> None:
    from rete_desktop.ui.app import AppController

    assert isinstance(controller, AppController)
    upkeep = controller.upkeep
    assert upkeep is not None and upkeep._timer.isActive()
    controller.lock()
    assert controller.upkeep is None and not upkeep._timer.isActive()


_WRITES = st.lists(st.one_of(
    st.tuples(st.just("insert"), st.integers(1, 40)),
    st.tuples(st.just("delete"), st.integers(1, 10)),
    st.tuples(st.just("merge"), st.integers(-20, 20)),
    st.tuples(st.just("optimize"), st.just(0)),
), max_size=25)


@settings(max_examples=80, deadline=None)
@given(writes=_WRITES, secure=st.booleans(), seed=st.integers(0, 2**16))
def test_the_structure_record_is_read_as_fts5_wrote_it(
    writes: list[tuple[str, int]], secure: bool, seed: int
) -> None:
    """Segments and their leaf pages as the index's own tables hold them: one ``%_idx`` entry
    set per segment, one ``%_data`` row per leaf (rowid: segment id << 37 | page)."""
    rng = random.Random(seed)
    db = sqlcipher3.connect(":memory:", isolation_level=None)
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, prefix = '1 2')")
    db.execute("INSERT INTO t (t, rank) VALUES ('pgsz', 64)")  # many pages from little text
    db.execute(f"INSERT INTO t (t, rank) VALUES ('secure-delete', {int(secure)})")
    for op, n in writes:
        if op == "insert":
            for _ in range(n):  # each statement its own transaction: a segment each
                db.execute("INSERT INTO t (body) VALUES (?)",
                           (" ".join(rng.choice(VOCABULARY) for _ in range(8)),))
        elif op == "delete":
            rowids = [r[0] for r in db.execute("SELECT rowid FROM t ORDER BY rowid")]
            for rowid in rng.sample(rowids, min(n, len(rowids))):  # seeded: replayable
                db.execute("DELETE FROM t WHERE rowid = ?", (rowid,))
        elif op == "merge" and n:
            db.execute("INSERT INTO t (t, rank) VALUES ('merge', ?)", (n,))
        elif op == "optimize":
            db.execute("INSERT INTO t (t) VALUES ('optimize')")
    record = db.execute("SELECT block FROM t_data WHERE id = 10").fetchone()[0]
    leaves: dict[int, int] = {}
    for (rowid,) in db.execute("SELECT id FROM t_data WHERE id >= 1 << 37"):
        if not rowid >> 31 & 0x3F:  # not a doclist index page
            leaves[rowid >> 37] = leaves.get(rowid >> 37, 0) + 1
    ids = {r[0] for r in db.execute("SELECT DISTINCT segid FROM t_idx")}

    levels = search_upkeep.parse_structure(record)

    pages = sorted(p for level in levels for p in level.pages)
    assert len(pages) == len(ids) == len(leaves)
    assert all(level.merging <= len(level.pages) for level in levels)
    if any(level.merging for level in levels):
        # A merge under way has trimmed its inputs' first pages from the record; FTS5 may
        # drop their rows later (seen with secure-delete on), so the record counts fewer.
        assert sum(pages) <= sum(leaves.values())
    else:
        assert pages == sorted(leaves.values())


@pytest.mark.parametrize("record", [b"", b"\x00\x00\x00\x01", b"\x00\x00\x00\x01\x01\x05\x00",
                                    b"\x00\x00\x00\x01\x00\x00\x00\x07"])
def test_a_structure_record_that_does_not_add_up_is_refused(record: bytes) -> None:
    with pytest.raises(search_upkeep.UnknownStructure):
        search_upkeep.parse_structure(record)


def test_every_segment_is_merged_only_when_a_second_big_one_appears() -> None:
    level = search_upkeep.Level
    big, mid = 5000, search_upkeep.MID_PAGES
    assert not search_upkeep.merge_all_due(())
    assert not search_upkeep.merge_all_due((level(0, (1, 1, 2)), level(0, (big,))))
    assert search_upkeep.merge_all_due((level(0, (1, mid)), level(0, (big,))))
    assert search_upkeep.merge_all_due((level(0, (big, big)),))
    assert not search_upkeep.merge_all_due((level(2, (mid, big)), level(0, (1,))))  # under way
