"""The vault is a standard SQLCipher 4 database, checked with implementations other than ours.

A second library (SQLite3 Multiple Ciphers via ``apsw``, in SQLCipher-compatible mode) opens it
with the raw key and reads a case; the plain ``sqlite3`` module sees only noise; and the file
and its WAL, read as bytes, never hold a note or a name.
"""

from __future__ import annotations

import sqlite3

import apsw
import pytest

from rete_desktop.storage import cases, notes
from rete_desktop.storage.vault import Vault
from tests.sqlcipher_pages import database_plaintext, open_with_sqlite3mc

NOTE = "Riferisce minacce ripetute dopo la separazione, teme per la figlia"
NAME = "Loredana Bertolazzi"


@pytest.fixture
def filled(vault: Vault) -> tuple[Vault, str]:
    case_id = cases.create_case(vault, "Stalking dopo separazione", risk="high")
    cases.add_person(vault, case_id, "victim", NAME)
    notes.add_note(vault, case_id, NOTE, "interview")
    return vault, case_id


def test_second_implementation_reads_the_vault_with_the_raw_key(
    filled: tuple[Vault, str]
) -> None:
    vault, case_id = filled
    vault.checkpoint()
    conn = open_with_sqlite3mc(str(vault.directory / "vault.db"), vault.raw_key)
    try:
        title, status = conn.execute(
            "SELECT title, status FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        (text,) = conn.execute("SELECT text FROM notes WHERE case_id = ?", (case_id,)).fetchone()
        (check,) = conn.execute("PRAGMA integrity_check").fetchone()
    finally:
        conn.close()
    assert (title, status, text, check) == ("Stalking dopo separazione", "open", NOTE, "ok")


def test_second_implementation_refuses_a_wrong_key(filled: tuple[Vault, str]) -> None:
    vault, _ = filled
    vault.checkpoint()
    wrong = bytes(b ^ 1 for b in vault.raw_key)
    conn = open_with_sqlite3mc(str(vault.directory / "vault.db"), wrong)
    with pytest.raises(apsw.NotADBError):
        conn.execute("SELECT count(*) FROM cases").fetchone()
    conn.close()


def test_plain_sqlite3_cannot_open_the_vault(filled: tuple[Vault, str]) -> None:
    vault, _ = filled
    vault.checkpoint()
    conn = sqlite3.connect(vault.directory / "vault.db")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    assert not (vault.directory / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_database_and_wal_bytes_hold_no_note_or_name(filled: tuple[Vault, str]) -> None:
    vault, _ = filled
    files = [p for p in vault.directory.iterdir() if p.name.startswith("vault.db")]
    assert any(p.name == "vault.db-wal" and p.stat().st_size > 0 for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in (NOTE, NAME, "Bertolazzi", "separazione"):
            assert secret.encode() not in data, (path.name, secret)
            assert secret.encode("utf-16-le") not in data, (path.name, secret)
    # ...while the same text is in the decrypted pages: the search above could have found it.
    assert NAME.encode() in database_plaintext(vault.directory, vault.raw_key)
