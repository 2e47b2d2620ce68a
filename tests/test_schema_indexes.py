"""Indexes that keep costs independent of the vault's size (issue 14): deleting a row never
scans a whole table to find what points at it, and a case's statistical figures are read from
indexes only.

With ``foreign_keys = ON`` SQLite looks up every child table for each parent row deleted; a
foreign key whose column leads no index turns that into a full scan per row, so erasing a case
grew with the vault (its ten notes read all the vault's notes ten times)."""

from __future__ import annotations

from rete_desktop.storage import cases, notes
from rete_desktop.storage.vault import Vault


def _leading_columns(vault: Vault, table: str) -> set[str]:
    indexes = [row[1] for row in vault.query(f"PRAGMA index_list('{table}')")]
    leading = {vault.query(f"PRAGMA index_info('{name}')")[0][2] for name in indexes}
    primary = [row[1] for row in vault.query(f"PRAGMA table_info('{table}')") if row[5] == 1]
    return leading | set(primary[:1])


def test_every_foreign_key_column_leads_an_index(vault: Vault) -> None:
    tables = [row[0] for row in vault.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'")]
    unindexed = [f"{table}.{fk[3]} -> {fk[2]}" for table in tables
                 for fk in vault.query(f"PRAGMA foreign_key_list('{table}')")
                 if fk[3] not in _leading_columns(vault, table)]
    assert unindexed == []


def test_an_amendment_is_found_through_its_index(vault: Vault) -> None:
    """The look-up the foreign key makes when a note is deleted uses the partial index."""
    case_id = cases.create_case(vault, "caso")
    notes.amend_note(vault, notes.add_note(vault, case_id, "prima"), "seconda")
    plan = " ".join(str(row[3]) for row in vault.query(
        "EXPLAIN QUERY PLAN SELECT 1 FROM notes WHERE amends = ?", ("x",)))
    assert "notes_by_amends" in plan


def test_a_cases_figures_are_refreshed_from_indexes_only(vault: Vault) -> None:
    """When a write changes a case, its statistical figures (schema 0022) are computed again
    from the case's entries in the indexes by case (schema 0020, COVERING in SQLite's plans):
    no random read of the case's rows in the big tables, whatever the vault holds."""
    plan = [str(row[3]) for row in vault.query(
        "EXPLAIN QUERY PLAN SELECT * FROM case_figures WHERE case_id = ?", ("x",))]
    by_case = [step for step in plan if step.startswith("SEARCH") and "case_id=?" in step]
    assert len(by_case) >= 7
    assert [step for step in by_case if "COVERING" not in step] == []
    assert [step for step in plan if step.startswith("SCAN")
            and step != "SCAN CONSTANT ROW"] == []
