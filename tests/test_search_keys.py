"""The full-text index is deleted from by rowid (migration 0009): editing a contact or erasing a
case touches only its own index rows, whatever the size of the vault, and search results stay
the same. Checked on fresh vaults and on vaults stored by earlier versions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rete_desktop.storage import cases, erasure, notes, offices, search
from rete_desktop.storage.vault import Vault

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "vaults"


def _index_matches_keys(vault: Vault) -> None:
    """search_keys describes every index row under the same rowid, and nothing else."""
    index = vault.query("SELECT rowid, kind, ref_id, case_id FROM search_index ORDER BY rowid")
    keys = vault.query("SELECT id, kind, ref_id, case_id FROM search_keys ORDER BY id")
    assert [tuple(r) for r in index] == [tuple(r) for r in keys]


def test_editing_a_contact_replaces_its_index_row_and_finds_the_new_name(vault: Vault) -> None:
    office = offices.add_office(vault, "Consultorio di Viadana", "consultorio")
    contact = offices.add_contact(vault, "Anselmo Brugnoli", office_id=office, role="psicologo")
    before = vault.query_one("SELECT count(*) FROM search_index")[0]

    offices.update_contact(vault, contact, name="Anselmo Brugnolini Ferri")

    assert [h.title for h in search.search(vault, "Ferri")] == ["Anselmo Brugnolini Ferri"]
    assert [h.id for h in search.search(vault, "psicologo")] == [contact]
    assert vault.query_one("SELECT count(*) FROM search_index")[0] == before
    _index_matches_keys(vault)


def test_the_index_deletes_of_contacts_and_cases_go_by_rowid_not_by_a_scan(vault: Vault) -> None:
    """What makes them constant in vault size: SQLite's plan looks the rows up in search_keys
    (a b-tree index) and deletes from the full-text index by rowid."""
    plan = " ".join(r[3] for r in vault.query(
        "EXPLAIN QUERY PLAN DELETE FROM search_index WHERE rowid IN"
        " (SELECT id FROM search_keys WHERE case_id = 'x')"))
    assert "INDEX 0:=" in plan and "USING COVERING INDEX search_keys_by_case" in plan
    plan = " ".join(r[3] for r in vault.query(
        "EXPLAIN QUERY PLAN SELECT id FROM search_keys WHERE ref_id = 'x' AND kind = 'contact'"))
    assert "search_keys_by_ref" in plan
    triggers = " ".join(r[0] for r in vault.query(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%DELETE FROM"
        " search_index%'"))
    assert "WHERE case_id" not in triggers.replace("search_keys WHERE case_id", "")
    assert "WHERE kind" not in triggers


def test_search_finds_the_same_records_before_and_after_an_erasure_of_another_case(
    vault: Vault
) -> None:
    kept = cases.create_case(vault, "Fascicolo Sabbioneta")
    her = cases.add_person(vault, kept, "victim", "Lucrezia Fontanesi", address="Via Roma 3")
    notes.add_note(vault, kept, "Colloquio sul rientro a scuola")
    gone = cases.create_case(vault, "Fascicolo Gussola")
    cases.add_person(vault, gone, "victim", "Lucrezia Fontanella")
    assert len(search.search(vault, "Lucrezia")) == 2

    erasure.erase_case(vault, gone)

    assert [(h.kind, h.id) for h in search.search(vault, "Lucrezia")] == [("person", her)]
    assert [h.case_id for h in search.search(vault, "rientro scuola")] == [kept]
    assert search.search(vault, "Gussola") == []
    _index_matches_keys(vault)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*")), ids=lambda p: p.name)
def test_a_vault_of_an_earlier_version_gets_keys_for_its_old_index_rows(
    fixture: Path, tmp_path: Path
) -> None:
    expected = json.loads((fixture / "expected.json").read_text())
    work = tmp_path / fixture.name
    shutil.copytree(fixture, work)
    with Vault.open(work, expected["passphrase"]) as vault:
        _index_matches_keys(vault)
        words = notes.get_note(vault, expected["note_id"]).text.split()[:2]
        assert any(h.case_id == expected["case_id"] for h in search.search(vault, " ".join(words)))
        erasure.erase_case(vault, expected["case_id"])
        assert vault.query_one("SELECT count(*) FROM search_index WHERE case_id = ?",
                               (expected["case_id"],))[0] == 0
        _index_matches_keys(vault)
