"""The search index tidied in small steps (``storage/search_upkeep.py``): fewer segments, the
same search results at every step, and an erasure in the middle of a merge still leaves none
of the case's words in the file."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
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
       text=typed_words, limit=st.integers(1, 60), seed=st.integers(0, 2**16))
def test_searching_finds_the_same_at_every_step_of_a_tidy(
    office: Vault, new_notes: int, budgets: list[int], text: str, limit: int, seed: int
) -> None:
    case_id = cases.list_cases(office)[0].id
    _note_by_note(office, case_id, random.Random(seed), new_notes)
    for pages in budgets:
        search_upkeep.tidy(office, pages)
    assert [(h.kind, h.id) for h in search.search(office, text, limit)] == reference(
        office, text, limit)


def test_an_erasure_in_the_middle_of_a_merge_leaves_none_of_its_words(tmp_path: Path) -> None:
    directory = tmp_path / "v"
    rng = random.Random(3)
    with make_vault(directory) as vault:
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
