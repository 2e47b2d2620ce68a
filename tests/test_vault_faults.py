"""The vault under faults: damaged, foreign or missing files are refused as such, never reused.

Real faults on real vaults: emptied, truncated and swapped database files, a key file without
its database. Disk-level faults (full, read-only) are in ``tests/test_disk_faults.py``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from rete_desktop.errors import AccessDenied, BadInput, StorageFailure
from rete_desktop.storage import (
    attachments,
    audit,
    backup,
    cases,
    keyslots,
    notes,
    unlock_guard,
)
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, CliRunner, hang_fails, make_vault
from tests.sqlcipher_pages import damage_page

RESTORE_ADVICE = "rete restore FILE"


def _vault_with_cases(directory: Path, count: int = 30) -> None:
    with make_vault(directory) as vault:
        for i in range(count):
            cases.create_case(vault, f"caso {i}")


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.name != "vault.lock"}


@pytest.mark.parametrize("keep", [0, 0.5, 0.9], ids=["emptied", "half", "last-pages-lost"])
def test_an_emptied_or_truncated_database_is_refused_as_damaged_and_left_alone(
    vault_dir: Path, rete: CliRunner, keep: float
) -> None:
    _vault_with_cases(vault_dir)
    db = vault_dir / "vault.db"
    data = db.read_bytes()
    db.write_bytes(data[: int(len(data) * keep) // 4096 * 4096])
    before = _files(vault_dir)
    for command in (["case", "list"], ["vault", "check"], ["audit", "verify"],
                    ["case", "new", "--title", "nuovo"]):
        r = rete("--vault", vault_dir, *command)
        assert r.code == 4, (command, r.err)
        assert "damaged" in r.err and RESTORE_ADVICE in r.err, r.err
        assert "Traceback" not in r.err
    r = rete("--vault", vault_dir, "init", "--office-name", "Nuovo", "--office-kind", "cav")
    assert r.code == 4 and "already exists" in r.err
    assert _files(vault_dir) == before  # not re-initialised, not "repaired"


def test_an_emptied_database_is_refused_in_italian_too(vault_dir: Path, rete: CliRunner) -> None:
    _vault_with_cases(vault_dir, 1)
    (vault_dir / "vault.db").write_bytes(b"")
    r = rete("--vault", vault_dir, "case", "list", env={"RETE_LANG": "it"})
    assert r.code == 4 and "danneggiato" in r.err and "il file è vuoto" in r.err


def test_a_key_file_without_its_database_is_refused_and_not_overwritten(
    vault_dir: Path, rete: CliRunner
) -> None:
    _vault_with_cases(vault_dir, 1)
    (vault_dir / "vault.db").unlink()
    key_file = (vault_dir / "keyslots.json").read_bytes()
    r = rete("--vault", vault_dir, "case", "list")
    assert r.code == 4 and "database is missing" in r.err and RESTORE_ADVICE in r.err
    r = rete("--vault", vault_dir, "init", "--office-name", "Nuovo", "--office-kind", "cav")
    assert r.code == 4 and "already exists" in r.err
    assert (vault_dir / "keyslots.json").read_bytes() == key_file
    assert not (vault_dir / "vault.db").exists()


def test_a_database_from_another_vault_is_refused(tmp_path: Path, rete: CliRunner) -> None:
    _vault_with_cases(tmp_path / "ours", 2)
    _vault_with_cases(tmp_path / "theirs", 5)
    shutil.copy(tmp_path / "theirs" / "vault.db", tmp_path / "ours" / "vault.db")
    before = _files(tmp_path / "ours")
    r = rete("--vault", tmp_path / "ours", "case", "list")
    assert r.code == 4 and "damaged or is not a Rete database" in r.err
    assert _files(tmp_path / "ours") == before


def test_a_key_file_that_opens_the_database_but_names_another_vault_is_refused(
    vault_dir: Path,
) -> None:
    """The database records the vault id: a key file re-sealed under another id (the same
    key in two vaults, e.g. a copy set up again) no longer passes as its partner."""
    with make_vault(vault_dir) as vault:
        key = vault.raw_key
    slot_file, _ = keyslots.read_keyslots(vault_dir / "keyslots.json")
    keyslots.write_keyslots(
        vault_dir / "keyslots.json", keyslots.KeyslotFile("0123456789abcdef", slot_file.slots), key
    )
    with pytest.raises(BadInput) as refused:
        Vault.open(vault_dir, PASSPHRASE)
    assert refused.value.message_id == "vault.database_foreign"


def test_the_database_records_the_key_files_vault_id(vault_dir: Path) -> None:
    with make_vault(vault_dir) as vault:
        slot_file, _ = keyslots.read_keyslots(vault_dir / "keyslots.json")
        assert vault.get_meta("vault_id") == slot_file.vault_id





@pytest.mark.parametrize("where", ["notes-root", "last"])
def test_a_damaged_page_found_after_opening_is_reported_as_damage_with_its_place(
    vault_dir: Path, rete: CliRunner, where: str
) -> None:
    with make_vault(vault_dir) as vault:
        case_ids = [cases.create_case(vault, f"caso {i}") for i in range(20)]
        for case_id in case_ids:
            notes.add_note(vault, case_id, "Colloquio. " * 400)
        notes_root = vault.query_one("SELECT rootpage FROM sqlite_master WHERE name = 'notes'")[0]
    db = vault_dir / "vault.db"
    page = notes_root if where == "notes-root" else db.stat().st_size // 4096
    damage_page(db, page)
    r = rete("--vault", vault_dir, "vault", "check")
    assert r.code == 4, r.err
    assert f"page {page}" in r.err and "damaged" in r.err and RESTORE_ADVICE in r.err, r.err
    if where == "notes-root":
        assert "table notes" in r.err
    r = rete("--vault", vault_dir, "vault", "check", env={"RETE_LANG": "it"})
    assert r.code == 4 and "danneggiato" in r.err and "rete restore FILE" in r.err
    for command in (["search", "Colloquio"], *(["case", "show", c] for c in case_ids)):
        r = rete("--vault", vault_dir, *command)
        assert "internal error" not in r.err, (command, r.err)
        assert r.code == 0 or (r.code == 4 and RESTORE_ADVICE in r.err), (command, r.err)


@pytest.mark.parametrize("fault", ["deleted", "replaced", "moved"])
def test_notes_are_not_confirmed_once_the_open_database_file_is_gone(
    vault: Vault, tmp_path: Path, fault: str
) -> None:
    case_id = cases.create_case(vault, "caso")
    notes.add_note(vault, case_id, "prima")
    db = vault.directory / "vault.db"
    if fault == "deleted":
        db.unlink()
    elif fault == "replaced":  # a sync tool puts its own copy in place
        copy = tmp_path / "copy.db"
        shutil.copy(db, copy)
        copy.replace(db)
    else:
        db.rename(tmp_path / "moved.db")
    for _ in range(2):  # and it stays refused
        with pytest.raises(StorageFailure) as refused:
            notes.add_note(vault, case_id, "dopo")
        assert refused.value.message_id == "vault.file_replaced"
        assert "was NOT saved" in str(refused.value)


def _rehashed_backup_with_damaged_page(
    vault_dir: Path, target: Path, rete: CliRunner, page: int | None
) -> None:
    """A backup made from a vault with a bad sector: its checksum matches its damaged bytes.
    Page 2 is read on opening; the last page only by the integrity check."""
    assert rete("--vault", vault_dir, "backup", target).code == 0
    data = target.read_bytes()
    offset = data.index(b"\n", len(backup.MAGIC)) + 1
    header = json.loads(data[len(backup.MAGIC):offset])
    db = bytearray(data[offset:])
    page = page or len(db) // 4096
    db[(page - 1) * 4096 + 1000:(page - 1) * 4096 + 1016] = bytes(range(16))
    header["db_sha256"] = hashlib.sha256(db).hexdigest()
    target.write_bytes(backup.MAGIC + json.dumps(header).encode() + b"\n" + bytes(db))


@pytest.mark.parametrize(("into", "page"), [
    ("new-folder", 2), ("empty-folder", 2), ("new-folder", None), ("empty-folder", None)])
def test_restoring_a_damaged_backup_leaves_nothing_behind(
    tmp_path: Path, rete: CliRunner, into: str, page: int | None
) -> None:
    _vault_with_cases(tmp_path / "office")
    damaged = tmp_path / "damaged.rete"
    _rehashed_backup_with_damaged_page(tmp_path / "office", damaged, rete, page)
    target = tmp_path / "restored" / "vault"
    if into == "empty-folder":
        target.mkdir(parents=True)
    r = rete("--vault", target, "restore", damaged)
    assert not target.exists() or list(target.iterdir()) == []
    assert list(target.parent.iterdir()) == ([target] if into == "empty-folder" else [])
    assert r.code == 4 and "damaged" in r.err and "nothing was restored" in r.err, r.err
    r = rete("--vault", target, "restore", damaged, env={"RETE_LANG": "it"})
    assert r.code == 4 and "non è stato ripristinato nulla" in r.err


def test_a_good_backup_restores_whole_into_place(tmp_path: Path, rete: CliRunner) -> None:
    _vault_with_cases(tmp_path / "office", 3)
    assert rete("--vault", tmp_path / "office", "backup", tmp_path / "ok.rete").code == 0
    target = tmp_path / "restored"
    assert rete("--vault", target, "restore", tmp_path / "ok.rete").code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office", "ok.rete", "restored"]
    assert rete("--vault", target, "vault", "check").code == 0
    assert rete("--vault", target, "case", "list").out.count("caso ") == 3


_DIE_AT_FSYNC = """
import os, signal, sys
from rete_desktop.cli.main import run_cli
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # the crash: data written, not named
run_cli(sys.argv[1:])
"""


@pytest.mark.parametrize("what", ["attachment", "person"])
def test_a_crash_mid_export_leaves_no_readable_partial_file(
    vault: Vault, tmp_path: Path, what: str
) -> None:
    case_id = cases.create_case(vault, "caso")
    person = cases.add_person(vault, case_id, "victim", "Rosanna Bellinzona")
    attachment = attachments.add_attachment(
        vault, case_id, "referto Bellinzona.pdf", b"%PDF-1.4 Rosanna Bellinzona " * 2000)
    vault.close()
    out = tmp_path / "usb"
    out.mkdir()
    args = (["attachment", "export", attachment, "--out", str(out / "copia.pdf")]
            if what == "attachment" else ["person", "export", person, "--out", str(out)])
    done = subprocess.run([sys.executable, "-c", _DIE_AT_FSYNC, "--vault", str(vault.directory),
                           *args], capture_output=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    left = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert not [name for name, data in left.items() if b"Bellinzona" in data], list(left)


def test_an_atomic_write_replaces_a_file_whole_with_its_mode_and_leaves_nothing_else(
    tmp_path: Path,
) -> None:
    target = tmp_path / "tessera.json"
    write_atomic(target, b"prima", mode=0o644)
    write_atomic(target, b"seconda", mode=0o644)
    assert target.read_bytes() == b"seconda"
    assert target.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["tessera.json"]


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits imposed before unlock attempts, recorded instead of slept."""
    recorded: list[float] = []
    monkeypatch.setattr(unlock_guard, "sleep", recorded.append)
    return recorded


def test_wrong_passphrases_are_counted_slowed_down_and_reported_at_the_next_unlock(
    vault_dir: Path, rete: CliRunner, waits: list[float]
) -> None:
    _vault_with_cases(vault_dir, 1)
    for _ in range(6):
        r = rete("--vault", vault_dir, "case", "list", env={"RETE_PASSPHRASE": "indovina"})
        assert r.code == 3 and "Wrong passphrase" in r.err
    assert waits == [1.0, 2.0, 4.0]  # the first three attempts cost nothing extra
    record = (vault_dir / unlock_guard.FILE_NAME).read_text()
    assert "indovina" not in record and "tester" not in record
    r = rete("--vault", vault_dir, "case", "list", env={"RETE_LANG": "it"})
    assert r.code == 0 and "6 tentativi falliti di aprire la cassaforte dal" in r.err
    assert not (vault_dir / unlock_guard.FILE_NAME).exists()
    r = rete("--vault", vault_dir, "case", "list")
    assert r.code == 0 and "failed attempt" not in r.err  # reported once, then reset
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        details = [e.detail for e in audit.list_entries(vault, limit=10)
                   if e.action == "vault.unlock"]
    assert any(d.endswith(";failed_before=6") for d in details)


def test_one_wrong_recovery_key_is_reported_in_english(
    vault_dir: Path, rete: CliRunner, waits: list[float]
) -> None:
    _vault_with_cases(vault_dir, 1)
    with pytest.raises(AccessDenied):
        Vault.open_with_recovery(vault_dir, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    r = rete("--vault", vault_dir, "case", "list")
    assert "Warning: one failed attempt to open the vault on" in r.err and waits == []


def test_a_damaged_key_file_is_reported_as_damaged_not_as_a_wrong_passphrase(
    vault_dir: Path, rete: CliRunner
) -> None:
    _vault_with_cases(vault_dir, 1)
    key_file = vault_dir / "keyslots.json"
    doc = json.loads(key_file.read_text())
    wrapped = doc["slots"][0]["wrapped"]
    doc["slots"][0]["wrapped"] = ("B" if wrapped[0] == "A" else "A") + wrapped[1:]  # a bit rot
    key_file.write_text(json.dumps(doc))
    r = rete("--vault", vault_dir, "case", "list")
    assert r.code == 4 and "key file is damaged" in r.err and "Wrong passphrase" not in r.err
    assert not (vault_dir / unlock_guard.FILE_NAME).exists()  # not counted as a guess


def test_a_fifo_given_as_input_is_refused_at_once(vault_dir: Path, tmp_path: Path,
                                                  rete: CliRunner) -> None:
    _vault_with_cases(vault_dir, 1)
    case_id = rete("--vault", vault_dir, "case", "list", "--json")
    case_id = json.loads(case_id.out)[0]["id"]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for command in (["note", "add", "--case", case_id, "--file", str(fifo)],
                    ["attachment", "add", "--case", case_id, str(fifo)],
                    ["protocol", "import", str(fifo)], ["packet", "import", str(fifo)]):
        with hang_fails(seconds=20):
            r = rete("--vault", vault_dir, *command)
        assert r.code == 4 and "not a regular file" in r.err, (command, r.err)


def test_undecodable_bytes_and_huge_numbers_in_arguments_are_clear_refusals(
    vault_dir: Path, rete: CliRunner
) -> None:
    _vault_with_cases(vault_dir, 1)
    raw = os.fsdecode(b"caso \xff\xfe")  # how Python hands over non-UTF-8 bytes of argv
    r = rete("--vault", vault_dir, "case", "new", "--title", raw)
    assert r.code == 4 and "not valid UTF-8" in r.err
    for command in (["audit", "list", "--limit", "9" * 30], ["stats", "--year", "9" * 30],
                    ["audit", "list", "--limit=-" + "9" * 30]):
        r = rete("--vault", vault_dir, *command)
        assert r.code in (0, 2, 4) and "internal error" not in r.err, (command, r.err)
    assert rete("--vault", vault_dir, "case", "list").out.count("caso") == 1


def test_escape_codes_and_line_breaks_in_titles_are_neutralised_on_output(
    vault_dir: Path, rete: CliRunner
) -> None:
    _vault_with_cases(vault_dir, 0)
    title = "Caso\x1b]0;pwned\x07\x1b[2J\nRIGA FALSA\u202e"
    assert rete("--vault", vault_dir, "case", "new", "--title", title).code == 0
    for command in (["case", "list"], ["search", "Caso"]):
        out = rete("--vault", vault_dir, *command).out
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert not any(line.startswith("RIGA FALSA") for line in out.splitlines()), out
        assert "\\x1b]0;pwned" in out
    shown = json.loads(rete("--vault", vault_dir, "case", "list", "--json").out)
    assert shown[0]["title"] == title.strip()  # the record itself is unchanged


def test_attachment_names_stay_off_stderr(vault_dir: Path, tmp_path: Path,
                                          rete: CliRunner) -> None:
    _vault_with_cases(vault_dir, 1)
    case_id = json.loads(rete("--vault", vault_dir, "case", "list", "--json").out)[0]["id"]
    scan = tmp_path / "Referto Rosanna Bellinzona.pdf"
    scan.write_bytes(b"%PDF-1.4 referto")
    r = rete("--vault", vault_dir, "attachment", "add", "--case", case_id, str(scan))
    assert r.code == 0 and "Bellinzona" not in r.err
    attachment_id = json.loads(rete("--vault", vault_dir, "attachment", "list", "--case",
                                    case_id, "--json").out)[0]["id"]
    out = tmp_path / "out"
    out.mkdir()
    r = rete("--vault", vault_dir, "attachment", "export", attachment_id, "--out", str(out))
    assert r.code == 0 and "Bellinzona" not in r.err and attachment_id in r.err
