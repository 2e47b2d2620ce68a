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
    """The scripts in order of their numbers, 1..N without gaps: a vault upgraded past a missing
    number would never run the script that later takes it."""
    files = sorted(SCHEMA_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    numbers = [int(f.name[:4]) for f in files]
    if numbers != list(range(1, len(files) + 1)):
        raise RuntimeError(f"schema migrations must be numbered 1..N without gaps: {numbers}")
    return [f.read_text("utf-8") for f in files]


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
