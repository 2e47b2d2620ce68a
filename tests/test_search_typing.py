"""Search as you type finds exactly what a reading of every record would find: every word typed
is the beginning of a word of the record (accents and case aside), newest first, up to the
limit; whether a word is answered by a prefix index, spelt out as the terms it begins (0021) or
left to FTS5's own prefix query (too many terms)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rete_desktop.domain.vocabulary import NoteCategory
from rete_desktop.storage import cases, notes, search
from rete_desktop.storage.vault import Vault, new_id
from tests.conftest import PASSPHRASE, make_vault
from tests.search_reference import CODES, VOCABULARY, WORDS, reference, typed_words


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One small vault: cases, persons with codici fiscali and notes of random words."""
    rng = random.Random(14)
    vault = make_vault(tmp_path_factory.mktemp("typing") / "vault")
    case_ids = [cases.create_case(vault, " ".join(rng.sample(WORDS, 2))) for _ in range(6)]
    for i, code in enumerate(CODES):
        cases.add_person(vault, case_ids[i % 6], "victim", " ".join(rng.sample(WORDS, 2)),
                         codice_fiscale=None, address=f"{code} {rng.choice(WORDS)}")
    with vault.transaction() as conn:
        for i in range(300):
            text = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 8)))
            notes.insert_note(conn, new_id(), case_ids[i % 6], f"2026-01-01T00:{i // 60:02d}:00",
                              NoteCategory.OTHER, text, "tester", None)
    yield vault
    vault.close()


@settings(max_examples=300, deadline=None)
@given(words=st.lists(typed_words, min_size=1, max_size=3),
       separator=st.sampled_from([" ", "  ", ", ", "'"]), limit=st.integers(1, 60))
def test_typed_prefixes_find_what_reading_every_record_finds(
    office: Vault, words: list[str], separator: str, limit: int
) -> None:
    text = separator.join(words)
    assert [(h.kind, h.id) for h in search.search(office, text, limit)] == reference(
        office, text, limit)


@pytest.mark.parametrize("text", ["r", "ro", "ros", "ross", "rossi", "mari ross", "rssm",
                                  "rssm00", "RSSM001x", "citta", "città soc", "zzzz", "mari zzz"])
def test_each_way_of_answering_a_word_finds_the_same_as_reading_every_record(
    office: Vault, text: str
) -> None:
    assert [(h.kind, h.id) for h in search.search(office, text, 200)] == reference(
        office, text, 200)


def test_a_longer_word_is_spelt_out_as_the_terms_it_begins(office: Vault) -> None:
    """"mari" is not a prefix query (FTS5 would merge every doclist it begins at once) but the
    whole terms, read lazily; short words keep the prefix indexes."""
    assert search.match_query(office, "Màri ro") == (
        '("maria" OR "mariangela" OR "marina" OR "mario" OR "marito") AND "ro"*')
    assert search.match_query(office, "rssm") == '"rssm"*'  # more terms than MAX_TERMS
    assert search.match_query(office, "città zzzz") is None  # no term begins "zzzz"
    assert search.search(office, "città zzzz") == []


def test_the_page_searcher_finds_the_same_as_a_search(office: Vault) -> None:
    searcher = search.Searcher(office)
    try:
        for text in ("mari", "mari ros", "rssm0", "xyzzy"):
            found = searcher.search(text, 200)
            assert found is not None
            assert found.hits == search.search(office, text, 200)
    finally:
        searcher.close()


def test_a_vault_of_schema_20_can_search_longer_words_once_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rete_desktop.storage import migrations

    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:20])
    monkeypatch.setattr(migrations, "LATEST", 20)
    with make_vault(tmp_path / "v") as vault:
        case_id = cases.create_case(vault, "Mariangela Ferri — Viadana")
        note = notes.add_note(vault, case_id, "Colloquio con la sorella di Mariangela")
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST", len(full))
    with Vault.open(tmp_path / "v", PASSPHRASE) as vault:
        assert [(h.kind, h.id) for h in search.search(vault, "mariang")] == [
            ("note", note), ("case", case_id)]
        assert search.match_query(vault, "mariang") == '("mariangela")'
