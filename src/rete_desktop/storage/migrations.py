"""Numbered schema migrations. ``PRAGMA user_version`` is the vault's schema version.

Migration N is the SQL file ``schema/NNNN_name.sql``. Never edit a released migration: add a new
file with the next number. Tests open stored vaults of every earlier version
(tests/fixtures/vaults) and check they upgrade.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rete_desktop.errors import BadInput

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"


def _load_migrations() -> list[str]:
    """The scripts in order of their numbers. A number may be missing while the migration
    reserved for it is written on another branch of the same release (issue 14's session fixed
    0021-0025 up front, and they land in any order): until it lands it is an empty step. Every
    gap must be filled before a release, or vaults upgraded past it would never run it."""
    files = sorted(SCHEMA_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    by_number = {int(f.name[:4]): f for f in files}
    if len(by_number) != len(files) or 0 in by_number:
        raise RuntimeError(f"schema migrations must have distinct numbers from 1: "
                           f"{[f.name for f in files]}")
    return [by_number[n].read_text("utf-8") if n in by_number else ""
            for n in range(1, max(by_number, default=0) + 1)]


MIGRATIONS: list[str] = _load_migrations()
LATEST = len(MIGRATIONS)


def migrate(conn: Any) -> int:
    """Bring the schema up to :data:`LATEST`, one transaction per step; returns the old version.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each step's script carries
    its own BEGIN/COMMIT so a failing step leaves the previous version intact.
    """
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if found > LATEST:
        raise BadInput("vault.too_new", found=found, supported=LATEST)
    for version in range(found, LATEST):
        script = (
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[version]}\n"
            f"PRAGMA user_version = {version + 1};\nCOMMIT;"
        )
        try:
            conn.executescript(script)
        except Exception:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return found
