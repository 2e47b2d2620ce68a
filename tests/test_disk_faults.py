"""A full disk, a read-only disk and a vanished vault give a clear error and lose nothing.

The vault (or the export target) sits on a small tmpfs mounted for the test (we run as root
here; elsewhere these tests skip with the reason). A second method that needs no mount limits
the file size of a child process (RLIMIT_FSIZE), so SQLite's own "disk full" path is exercised
through ``Vault.transaction()``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rete_desktop.errors import StorageFailure
from rete_desktop.storage import audit, cases, notes
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, CliRunner, SmallDisk, make_vault

BIG = "Colloquio lungo. " * 3_000  # ~50 kB per note


def _note_texts(vault_dir: Path, case_id: str) -> list[str]:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.integrity_problems() == []
        return [n.text for n in notes.list_notes(vault, case_id)]


def _vault_with_case(directory: Path) -> str:
    with make_vault(directory) as vault:
        return cases.create_case(vault, "disco pieno")


def test_full_disk_refuses_the_note_clearly_and_keeps_the_saved_ones(
    small_disk: SmallDisk, rete: CliRunner
) -> None:
    vault_dir = small_disk.path / "vault"
    case_id = _vault_with_case(vault_dir)
    small_disk.fill(leave_kib=200)
    saved, result = [], None
    for i in range(40):
        result = rete("--vault", str(vault_dir), "note", "add", "--case", case_id,
                      "--text", f"{i} {BIG}")
        if result.code != 0:
            break
        saved.append(f"{i} {BIG}".strip())
    assert result is not None and result.code == 1, "the disk never filled up"
    assert "Could not write to disk" in result.err and "No change was saved" in result.err
    assert "Traceback" not in result.err
    small_disk.free()
    assert _note_texts(vault_dir, case_id) == saved  # every confirmed note, no partial one
    assert rete("--vault", str(vault_dir), "vault", "check").code == 0
    assert rete("--vault", str(vault_dir), "note", "add", "--case", case_id,
                "--text", "dopo").code == 0


def test_full_disk_in_italian_says_so_in_italian(small_disk: SmallDisk, rete: CliRunner) -> None:
    vault_dir = small_disk.path / "vault"
    case_id = _vault_with_case(vault_dir)
    small_disk.fill()
    r = rete("--vault", str(vault_dir), "note", "add", "--case", case_id, "--text", BIG,
             env={"RETE_LANG": "it"})
    assert r.code == 1 and "Impossibile scrivere su disco" in r.err


def test_backup_to_a_full_disk_leaves_no_partial_file(
    small_disk: SmallDisk, vault: Vault, rete: CliRunner
) -> None:
    for i in range(30):
        notes.add_note(vault, cases.create_case(vault, f"caso {i}"), BIG)
    vault.close()
    small_disk.fill(leave_kib=100)
    before = small_disk.listing()
    target = small_disk.path / "backup.rete"
    r = rete("--vault", str(vault.directory), "backup", str(target))
    assert r.code == 1 and "Could not write to disk" in r.err
    assert small_disk.listing() == before  # neither the backup nor its .part file


def test_keyslot_rewrite_on_a_full_disk_keeps_the_old_passphrase(
    small_disk: SmallDisk,
) -> None:
    vault_dir = small_disk.path / "vault"
    with make_vault(vault_dir) as vault:
        keyslots = (vault_dir / "keyslots.json").read_bytes()
        small_disk.fill()
        with pytest.raises(Exception) as failure:
            vault.change_passphrase("a brand new passphrase")
        assert failure.value.__class__.__name__ == "StorageFailure"
    assert (vault_dir / "keyslots.json").read_bytes() == keyslots
    assert not [p for p in vault_dir.iterdir() if p.name.endswith(".part")]
    small_disk.free()
    Vault.open(vault_dir, PASSPHRASE).close()


def test_export_to_a_full_disk_writes_nothing(
    small_disk: SmallDisk, vault: Vault, rete: CliRunner
) -> None:
    case_id = cases.create_case(vault, "accesso")
    person = cases.add_person(vault, case_id, "victim", "Rosanna Bellini")
    for _ in range(20):
        notes.add_note(vault, case_id, BIG)
    vault.close()
    small_disk.fill(leave_kib=8)
    out = small_disk.path / "export"
    r = rete("--vault", str(vault.directory), "person", "export", person, "--out", str(out))
    assert r.code == 1 and "Could not write to disk" in r.err
    assert not out.exists() or not list(out.iterdir())


def test_read_only_disk_gives_a_clear_error_and_changes_nothing(
    small_disk: SmallDisk, rete: CliRunner
) -> None:
    vault_dir = small_disk.path / "vault"
    case_id = _vault_with_case(vault_dir)
    assert rete("--vault", str(vault_dir), "note", "add", "--case", case_id,
                "--text", "prima").code == 0
    small_disk.remount("ro")
    r = rete("--vault", str(vault_dir), "note", "add", "--case", case_id, "--text", "dopo")
    assert r.code == 1 and "Could not write to disk" in r.err and "read-only" in r.err
    small_disk.remount("rw")
    assert _note_texts(vault_dir, case_id) == ["prima"]


def test_vanished_vault_path_is_reported_as_not_found(tmp_path: Path, rete: CliRunner) -> None:
    vault_dir = tmp_path / "usb-stick" / "vault"
    case_id = _vault_with_case(vault_dir)
    vault_dir.rename(tmp_path / "elsewhere")
    r = rete("--vault", str(vault_dir), "note", "add", "--case", case_id, "--text", "x")
    assert r.code == 6 and "No vault at" in r.err
    assert not vault_dir.exists()  # nothing recreated at the old path


def test_backup_into_a_vanished_directory_fails_cleanly(
    vault: Vault, tmp_path: Path, rete: CliRunner
) -> None:
    vault.close()
    r = rete("--vault", str(vault.directory), "backup", str(tmp_path / "gone" / "b.rete"))
    assert r.code == 1 and "Could not write to disk" in r.err
    assert not (tmp_path / "gone").exists()


_FSIZE_CHILD = """
import resource, signal, sys
from pathlib import Path
from rete_desktop.errors import StorageFailure
from rete_desktop.storage import notes
from rete_desktop.storage.vault import Vault
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of dying
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
limit = (Path(sys.argv[1]) / "vault.db-wal").stat().st_size + 64 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    for i in range(100):
        notes.add_note(vault, sys.argv[3], str(i) + " " + "x" * 60_000)
        print("saved", i, flush=True)
except StorageFailure as exc:
    print("refused", exc.message_id, exc.params["reason"], flush=True)
"""


def test_file_size_limit_surfaces_as_storage_failure_through_the_transaction(
    tmp_path: Path,
) -> None:
    vault_dir = tmp_path / "vault"
    case_id = _vault_with_case(vault_dir)
    done = subprocess.run(
        [sys.executable, "-c", _FSIZE_CHILD, str(vault_dir), PASSPHRASE, case_id],
        capture_output=True, text=True, timeout=60,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr
    assert lines[-1].startswith("refused vault.write_failed"), lines[-3:]
    saved = [line for line in lines if line.startswith("saved")]
    texts = _note_texts(vault_dir, case_id)
    assert len(texts) == len(saved) and all(t.startswith(f"{i} ") for i, t in enumerate(texts))


def test_restore_onto_a_full_disk_leaves_nothing_behind(
    small_disk: SmallDisk, vault: Vault, tmp_path: Path, rete: CliRunner
) -> None:
    for i in range(20):
        notes.add_note(vault, cases.create_case(vault, f"caso {i}"), BIG)
    vault.close()
    source = tmp_path / "office.rete"
    assert rete("--vault", str(vault.directory), "backup", str(source)).code == 0
    small_disk.fill(leave_kib=300)
    before = small_disk.listing()
    r = rete("--vault", str(small_disk.path / "restored"), "restore", str(source))
    assert r.code == 1 and "Could not write to disk" in r.err, r.err
    assert small_disk.listing() == before  # no vault, no hidden staging folder


def _office_on(small_disk: SmallDisk) -> tuple[Path, str]:
    vault_dir = small_disk.path / "vault"
    with make_vault(vault_dir) as vault:
        case_id = cases.create_case(vault, "sola lettura")
        notes.add_note(vault, case_id, "la nota da leggere")
    return vault_dir, case_id


@pytest.mark.parametrize("fault", ["read-only", "full"])
def test_a_full_or_read_only_disk_still_lets_the_office_read_and_back_up(
    small_disk: SmallDisk, tmp_path: Path, rete: CliRunner, fault: str
) -> None:
    vault_dir, case_id = _office_on(small_disk)
    if fault == "read-only":
        small_disk.remount("ro")
    else:
        small_disk.fill()
    v = ("--vault", str(vault_dir))
    for command in (["case", "list"], ["case", "show", case_id], ["search", "leggere"],
                    ["vault", "check"], ["audit", "verify"]):
        r = rete(*v, *command)
        assert r.code == 0, (command, r.err)
    shown = rete(*v, "case", "show", case_id)
    assert "la nota da leggere" in shown.out and "Vault opened read-only" in shown.err
    assert rete(*v, "backup", str(tmp_path / "elsewhere.rete")).code == 0
    r = rete(*v, "note", "add", "--case", case_id, "--text", "dopo")
    assert r.code == 1 and ("read-only" if fault == "read-only" else "disk is full") in r.err
    small_disk.remount("rw") if fault == "read-only" else small_disk.free()
    restored = tmp_path / "restored"
    assert rete("--vault", str(restored), "restore", str(tmp_path / "elsewhere.rete")).code == 0
    assert "la nota da leggere" in rete("--vault", str(restored), "case", "show", case_id).out


def test_the_unlock_is_audited_as_soon_as_the_disk_takes_writes_again(
    small_disk: SmallDisk,
) -> None:
    vault_dir, case_id = _office_on(small_disk)
    small_disk.fill()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.read_only_reason is not None
        assert vault.read_only_reason.message_id == "system.disk_full"
        cases.get_case(vault, case_id)  # reading works, its audit entry waits
        with pytest.raises(StorageFailure):
            notes.add_note(vault, case_id, "ancora pieno")
        small_disk.free()
        notes.add_note(vault, case_id, "spazio libero")
        assert vault.read_only_reason is None
        entries = audit.list_entries(vault, limit=4)
        assert audit.verify_chain(vault) > 0
    actions = [e.action for e in sorted(entries, key=lambda e: e.seq)]
    assert actions[-3:] == ["vault.unlock", "case.read", "note.add"]
    late = sorted(entries, key=lambda e: e.seq)[-3:-1]
    assert all("read_only_at=" in e.detail for e in late)


def test_a_read_only_disk_with_unfolded_commits_still_shows_them(
    small_disk: SmallDisk, rete: CliRunner
) -> None:
    """A writer killed after committing leaves its note in the WAL only; read-only opening
    must read the WAL too, not just the main file."""
    vault_dir, case_id = _office_on(small_disk)
    child = subprocess.run([sys.executable, "-c", _KILLED_AFTER_COMMIT, str(vault_dir),
                            PASSPHRASE, case_id], capture_output=True, timeout=60)
    assert child.returncode == -9, child.stderr
    assert (vault_dir / "vault.db-wal").stat().st_size > 0
    small_disk.remount("ro")
    r = rete("--vault", str(vault_dir), "case", "show", case_id)
    assert r.code == 0 and "scritta prima del guasto" in r.out, r.err


_KILLED_AFTER_COMMIT = """
import os, signal, sys
from pathlib import Path
from rete_desktop.storage import notes
from rete_desktop.storage.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
notes.add_note(vault, sys.argv[3], "scritta prima del guasto")
os.kill(os.getpid(), signal.SIGKILL)
"""
