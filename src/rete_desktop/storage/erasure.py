"""Erasure of a case (GDPR art. 17): the data leaves the database file, not just the views.

Notes are append-only at the database level; the triggers let a delete through only while the
``erasing`` flag is in ``meta``, which this module sets and clears inside one transaction, so
no other code path can ever delete a note. After the commit the full-text index is merged,
the file is rebuilt (VACUUM, with ``secure_delete`` on for the freed pages) and the WAL is
truncated. The audit log keeps one entry with the case id and counts only: that an erasure
happened stays provable, what was erased does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlcipher3

from rete_desktop.errors import StorageFailure
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.vault import Vault

ERASING_FLAG = "erasing"
# Copies of a case's content kept by features beside a row that only points at the case: the
# row stays (the register keeps its protocol number, date and counterpart, none of them personal
# data), the copy goes. (table holding the copy, its key column, table of the pointing row).
_CONTENT_COPIES = (("packet_evidence", "register_id", "packet_register"),)
# Rows owned by a case, children first (notes may amend notes: one statement deletes them all).
_OWNED = ("tasks", "drafts", "notes", "persons")


@dataclass(frozen=True)
class ErasureReport:
    case_id: str
    counts: dict[str, int]

    def detail(self) -> str:
        """The content-free audit detail, e.g. ``notes=3;persons=2;tasks=0``."""
        return ";".join(f"{table}={n}" for table, n in sorted(self.counts.items()))


def erase_case(vault: Vault, case_id: str) -> ErasureReport:
    """Delete every row of a case and rebuild the file; cannot be undone (backups aside)."""
    real_id = resolve_case_id(vault, case_id)
    counts: dict[str, int] = {}
    with vault.transaction() as conn:
        vault.set_meta(ERASING_FLAG, real_id)
        for copies, key, holder in _CONTENT_COPIES:
            counts[copies] = conn.execute(
                f"DELETE FROM {copies} WHERE {key} IN (SELECT id FROM {holder} WHERE case_id = ?)",
                (real_id,),
            ).rowcount
        for table, column, target in _foreign_references(conn):
            counts[table] = counts.get(table, 0) + _detach(conn, table, column, target, real_id)
        for table in _OWNED:
            counts[table] = conn.execute(
                f"DELETE FROM {table} WHERE case_id = ?", (real_id,)
            ).rowcount
        conn.execute("DELETE FROM search_index WHERE case_id = ?", (real_id,))
        conn.execute("DELETE FROM cases WHERE id = ?", (real_id,))
        conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        conn.execute("DELETE FROM meta WHERE key = ?", (ERASING_FLAG,))
        report = ErasureReport(real_id, counts)
        vault.audit("case.erase", "case", real_id, report.detail())
    compact(vault)
    return report


def compact(vault: Vault) -> None:
    """Rebuild the database file so no free page keeps erased content, then empty the WAL."""
    try:
        vault.conn.execute("VACUUM")
        vault.checkpoint()
    except sqlcipher3.OperationalError as exc:
        raise StorageFailure("vault.write_failed", reason=str(exc)) from exc


def _foreign_references(conn: Any) -> list[tuple[str, str, str]]:
    """(table, column, target) for columns outside the core tables that point at case data.

    Features added later (packets, laboratorio) may keep rows that refer to a case or to its
    tasks (a laboratorio action assigned to this office's case); they are
    found from the schema so that an erasure never leaves a dangling or identifying reference.
    """
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    )]
    for table in tables:
        if table in (*_OWNED, "cases"):
            continue
        for fk in conn.execute(f"PRAGMA foreign_key_list('{table}')"):
            if fk[2] in ("cases", "persons", "notes", "tasks"):
                found.append((table, fk[3], fk[2]))
    return found


def _detach(conn: Any, table: str, column: str, target: str, case_id: str) -> int:
    """Clear a nullable reference to the case's rows, or delete the referring rows."""
    owned = {
        "cases": "SELECT ?",
        "persons": "SELECT id FROM persons WHERE case_id = ?",
        "notes": "SELECT id FROM notes WHERE case_id = ?",
        "tasks": "SELECT id FROM tasks WHERE case_id = ?",
    }[target]
    not_null = any(
        col[1] == column and col[3] for col in conn.execute(f"PRAGMA table_info('{table}')")
    )
    if not_null:
        sql = f"DELETE FROM {table} WHERE {column} IN ({owned})"
    else:
        sql = f"UPDATE {table} SET {column} = NULL WHERE {column} IN ({owned})"
    return int(conn.execute(sql, (case_id,)).rowcount)
