"""An erasure cut short by a crash is finished at the next unlock, and one that runs to the end
leaves nothing behind, in the file or its WAL.

An erasure is one transaction (the case's rows deleted and overwritten, a pending mark set),
then the WAL folded into the main file, then the mark cleared without waiting for the disk
(``storage/erasure.py``). A writer process is killed between those steps, as a crash or a power
cut would stop it; the next unlock must finish the fold, so the hand decryption of every page
of the file and WAL (``tests/sqlcipher_pages.py``) finds none of the case.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rete_desktop.storage import audit, cases, erasure, notes
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, make_vault
from tests.sqlcipher_pages import database_plaintext, main_file_plaintext, wal_pages

VICTIM = "Ornella Zanichelli"
SECRET = "Colloquio riservatissimo sulla casa rifugio di Sabbioneta"

# Erases the case in a process that dies (no clean-up, no close) where the test says.
_KILLED_ERASER = """
import os, sys
from pathlib import Path
from rete_desktop.storage import erasure
from rete_desktop.storage.vault import Vault

directory, passphrase, case_id, step = sys.argv[1:]
die = lambda *_: os._exit(9)
if step == "before the fold":
    erasure.fold_wal = die
else:
    erasure._clear_mark = die
vault = Vault.open(Path(directory), passphrase)
erasure.erase_case(vault, case_id)
os._exit(0)  # never reached: the step above died
"""


def _case_to_erase(directory: Path) -> tuple[str, bytes]:
    """A vault whose main file holds the case (its WAL folded), closed; the case id and the
    database key (to read the pages by hand before any unlock)."""
    with make_vault(directory) as vault:
        keep = cases.create_case(vault, "Fascicolo che resta")
        notes.add_note(vault, keep, "nota che resta")
        gone = cases.create_case(vault, "Fascicolo da cancellare")
        cases.add_person(vault, gone, "victim", VICTIM)
        note = notes.add_note(vault, gone, SECRET, "interview")
        notes.amend_note(vault, note, SECRET + " (rettifica)")
        vault.checkpoint()
        return gone, vault.raw_key


def _meta_pages(vault: Vault) -> set[int]:
    return {int(r[0]) for r in vault.query(
        "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'meta'")}


@pytest.mark.parametrize("step", ["before the fold", "before the mark is cleared"])
def test_an_erasure_killed_midway_is_finished_at_the_next_unlock(
    tmp_path: Path, step: str
) -> None:
    directory = tmp_path / "vault"
    gone, key = _case_to_erase(directory)

    killed = subprocess.run([sys.executable, "-c", _KILLED_ERASER, str(directory), PASSPHRASE,
                             gone, step], capture_output=True, text=True, timeout=120)

    assert killed.returncode == 9, killed.stderr
    if step == "before the fold":  # the crash left the case's old pages in the main file
        assert wal_pages(directory) and SECRET.encode() in main_file_plaintext(directory, key)
    with Vault.open(directory, PASSPHRASE) as vault:  # the next unlock
        assert vault.get_meta(erasure.CLEANUP_PENDING) is None
        assert not cases.exists(vault, gone) and cases.count_cases(vault) == 1
        assert any(e.action == "case.erase" for e in audit.list_entries(vault, gone))
        assert set(wal_pages(directory)) <= _meta_pages(vault)
        pages = database_plaintext(directory, vault.raw_key)
        for text in (VICTIM, SECRET, "riservatissimo", "Fascicolo da cancellare"):
            assert text.encode() not in pages, text


def test_a_finished_erasure_leaves_only_the_marks_page_in_the_wal(tmp_path: Path) -> None:
    """The WAL is folded once, after the erasure's commit; the commit that clears the mark
    writes the ``meta`` table's pages only, none of the case's."""
    directory = tmp_path / "vault"
    gone, _key = _case_to_erase(directory)
    with Vault.open(directory, PASSPHRASE) as vault:
        erasure.erase_case(vault, gone)

        assert vault.get_meta(erasure.CLEANUP_PENDING) is None
        assert set(wal_pages(directory)) <= _meta_pages(vault)
        assert SECRET.encode() not in database_plaintext(directory, vault.raw_key)
        assert vault.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
