"""The vault promises: encrypted at rest, opened only with the right secret, nothing lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import AccessDenied, BadInput, NotFound
from rete_desktop.storage import audit, backup, cases, keyslots, notes, unlock_guard
from rete_desktop.storage.vault import DB_NAME, KEYSLOTS_NAME, Vault
from tests.conftest import PASSPHRASE, CliRunner, make_vault


def _fill(vault: Vault) -> tuple[str, str]:
    case_id = cases.create_case(vault, "Maria Rossi — Casalmaggiore", risk="high")
    cases.add_person(vault, case_id, "victim", "Maria Rossi", birth_year=1985)
    note_id = notes.add_note(
        vault, case_id, "Colloquio riservato: segnalato braccialetto", "interview"
    )
    return case_id, note_id


def test_wrong_passphrase_changes_nothing(vault_dir: Path) -> None:
    vault = make_vault(vault_dir)
    _fill(vault)
    vault.close()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name != "vault.lock"}
    with pytest.raises(AccessDenied) as err:
        Vault.open(vault_dir, "not the passphrase")
    assert err.value.exit_code == 3
    assert "Wrong passphrase" in err.value.message("en")
    assert "Passphrase errata" in err.value.message("it")
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name != "vault.lock"}
    assert after.pop(unlock_guard.FILE_NAME).startswith(b'{"count": 1,')  # only the count
    assert before == after


def test_database_is_unreadable_without_key_and_has_no_plaintext(vault_dir: Path) -> None:
    vault = make_vault(vault_dir)
    _fill(vault)
    vault.checkpoint()
    vault.close()
    raw = (vault_dir / DB_NAME).read_bytes()
    assert b"SQLite format 3" not in raw[:16]
    for secret in (b"Maria Rossi", b"braccialetto", "Maria Rossi".encode("utf-16-le")):
        assert secret not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(vault_dir / DB_NAME).execute("SELECT * FROM sqlite_master").fetchall()


def test_recovery_key_unlocks_and_resets_passphrase(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, office_name="CAV", office_kind="cav")
    case_id, _ = _fill(vault)
    vault.close()
    typed_from_paper = recovery.lower().replace("-", " ")
    with Vault.open_with_recovery(vault_dir, typed_from_paper) as v:
        v.change_passphrase("a brand new passphrase")
    with pytest.raises(AccessDenied):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, "a brand new passphrase") as v:
        assert cases.get_case(v, case_id).title.startswith("Maria")
    with pytest.raises(AccessDenied):
        Vault.open_with_recovery(vault_dir, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_changing_passphrase_rewraps_key_without_reencrypting(vault_dir: Path) -> None:
    vault = make_vault(vault_dir)
    _fill(vault)
    vault.checkpoint()
    db_before = (vault_dir / DB_NAME).read_bytes()[:4096]
    vault.change_passphrase("another long passphrase")
    vault.close()
    assert (vault_dir / DB_NAME).read_bytes()[:4096] == db_before
    Vault.open(vault_dir, "another long passphrase").close()


def test_short_passphrase_is_refused(vault_dir: Path) -> None:
    with pytest.raises(BadInput):
        Vault.create(vault_dir, "short", office_name="CAV", office_kind="cav")
    assert not (vault_dir / DB_NAME).exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: b"",
        lambda data: data.replace(b'"passphrase"', b'"passphrasf"'),
        lambda data: b"\x00\xff" * 100,
    ],
    ids=["truncated", "empty", "edited", "garbage"],
)
def test_corrupt_keyslot_file_is_a_clear_error_and_db_untouched(vault_dir: Path, damage) -> None:
    vault = make_vault(vault_dir)
    _fill(vault)
    vault.close()
    slots = vault_dir / KEYSLOTS_NAME
    db_before = (vault_dir / DB_NAME).read_bytes()
    slots.write_bytes(damage(slots.read_bytes()))
    with pytest.raises((BadInput, AccessDenied)) as err:
        Vault.open(vault_dir, PASSPHRASE)
    assert err.value.exit_code in (3, 4)
    assert (vault_dir / DB_NAME).read_bytes() == db_before


def test_keyslot_file_tampering_detected_after_unlock(vault_dir: Path) -> None:
    make_vault(vault_dir).close()
    slots = vault_dir / KEYSLOTS_NAME
    doc = json.loads(slots.read_text())
    doc["vault_id"] = "someone-else"
    slots.write_text(json.dumps(doc))
    with pytest.raises(BadInput, match="key file"):
        Vault.open(vault_dir, PASSPHRASE)


def test_second_open_of_same_vault_is_refused(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(AccessDenied) as err:
        Vault.open(vault_dir, PASSPHRASE)
    assert "already open" in err.value.message("en")


def test_missing_vault_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        Vault.open(tmp_path / "nothing", PASSPHRASE)


def test_create_refuses_to_overwrite(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    with pytest.raises(BadInput):
        Vault.create(vault_dir, PASSPHRASE, office_name="X", office_kind="cav")


def test_locked_vault_refuses_access(vault: Vault) -> None:
    vault.close()
    with pytest.raises(AccessDenied):
        cases.count_cases(vault)


def test_files_are_private(vault: Vault, vault_dir: Path) -> None:
    assert vault_dir.stat().st_mode & 0o077 == 0
    for name in (DB_NAME, KEYSLOTS_NAME):
        assert (vault_dir / name).stat().st_mode & 0o077 == 0


def test_backup_and_restore_round_trip(vault: Vault, tmp_path: Path) -> None:
    case_id, note_id = _fill(vault)
    target = tmp_path / "office.rete-backup"
    backup.write_backup(vault, target)
    assert b"Maria Rossi" not in target.read_bytes()
    restored_dir = tmp_path / "restored"
    with backup.restore_backup(target, restored_dir, PASSPHRASE) as restored:
        assert notes.get_note(restored, note_id).text.startswith("Colloquio")
        assert restored.integrity_problems() == []
        assert audit.verify_chain(restored) > 0


def test_restore_never_overwrites_existing_vault(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "b.rete-backup"
    backup.write_backup(vault, target)
    vault.close()
    with pytest.raises(BadInput, match="already exists"):
        backup.restore_backup(target, vault_dir, PASSPHRASE)


def test_damaged_backup_restores_nothing(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    target = tmp_path / "b.rete-backup"
    backup.write_backup(vault, target)
    data = bytearray(target.read_bytes())
    data[-100] ^= 0x01
    target.write_bytes(bytes(data))
    restored_dir = tmp_path / "restored"
    with pytest.raises(BadInput):
        backup.restore_backup(target, restored_dir, PASSPHRASE)
    assert not (restored_dir / DB_NAME).exists()
    assert not (restored_dir / KEYSLOTS_NAME).exists()


def test_recovery_key_format_is_readable_from_paper() -> None:
    key = keyslots.new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert not set(key) & set("01OI")
    assert keyslots.normalise_recovery_key(key.lower().replace("-", "  ")) == key


def test_each_operator_has_a_passphrase_and_is_named_in_the_audit_log(vault_dir: Path) -> None:
    from rete_desktop.storage import audit as audit_log

    vault = make_vault(vault_dir)
    vault.add_operator("Maresciallo Neri", "passphrase di Neri")
    vault.add_operator("App. Sala", "passphrase di Sala")
    case_id = cases.create_case(vault, "Caso")
    vault.close()
    with Vault.open(vault_dir, "passphrase di Sala") as v:
        assert v.operator == "App. Sala"
        cases.get_case(v, case_id)
        v.change_passphrase("nuova passphrase di Sala")
        entries = audit_log.list_entries(v, case_id)
        assert entries[0].actor == "App. Sala" and entries[0].action == "case.read"
        assert sorted(op.label for op in v.operators()) == ["App. Sala", "Maresciallo Neri"]
    # changing one operator's passphrase leaves the others (and the office's) working
    Vault.open(vault_dir, "passphrase di Neri").close()
    Vault.open(vault_dir, PASSPHRASE).close()
    with pytest.raises(AccessDenied):
        Vault.open(vault_dir, "passphrase di Sala")
    with Vault.open(vault_dir, "passphrase di Neri") as v:
        with pytest.raises(AccessDenied):
            v.remove_operator("App. Sala")  # an operator cannot lock a colleague out
        with pytest.raises(AccessDenied):
            v.add_operator("Ospite", "passphrase ospite")
    with Vault.open(vault_dir, PASSPHRASE) as v:
        v.remove_operator("Maresciallo Neri")
        with pytest.raises(BadInput):
            v.add_operator("App. Sala", "ancora un'altra")
    with pytest.raises(AccessDenied):
        Vault.open(vault_dir, "passphrase di Neri")


def test_a_rolled_back_change_leaves_the_audit_chain_whole(vault: Vault) -> None:
    """The chain head is remembered between entries: one that rolled back must be forgotten,
    or the next entry would chain to a hash that is not in the log."""
    case_id = cases.create_case(vault, "Chain head")
    with pytest.raises(RuntimeError), vault.transaction():
        notes.insert_note(vault.conn, "aaaaaaaaaaaaaaaa", case_id, "2026-01-01T00:00:00+00:00",
                          notes.NoteCategory.OTHER, "rolled back", None, None)
        vault.audit(AuditAction.NOTE_ADD, "note", "aaaaaaaaaaaaaaaa", {"case": case_id})
        raise RuntimeError("the disk said no")
    notes.add_note(vault, case_id, "kept")
    entries = audit.verify_chain(vault)
    assert entries == vault.query_one("SELECT count(*) FROM audit")[0]
    assert vault.query_one("SELECT count(*) FROM notes WHERE case_id = ?", (case_id,))[0] == 1


IT = {"RETE_LANG": "it"}


def test_init_with_unknown_office_kind_leaves_nothing_so_a_retry_works(
    rete: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "new-office"
    r = rete("--vault", target, "init", "--office-name", "X", "--office-kind", "carabineri")
    assert r.code == 4 and "carabinieri" in r.err
    assert not (target / "vault.db").exists() and not (target / "keyslots.json").exists()
    r = rete("--vault", target, "init", "--office-name", "X", "--office-kind", "carabinieri")
    assert r.code == 0, r.err


def test_backup_errors_in_italian_carry_no_english_reason(
    rete: CliRunner, station: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.bak"
    junk.write_bytes(b"not a backup at all")
    r = rete("--vault", tmp_path / "restored", "restore", junk, env={"RETE_LANG": "it"})
    assert r.code == 4
    assert "not a Rete backup" not in r.err and "copia di sicurezza" in r.err


def test_vault_create_refuses_bad_kind_before_touching_the_disk(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        Vault.create(tmp_path / "v", PASSPHRASE, office_name="X", office_kind="nope")
    assert not (tmp_path / "v").exists()


def test_backup_onto_an_existing_file_needs_force(
    rete: CliRunner, station: Path, tmp_path: Path
) -> None:
    target = tmp_path / "backup.rete"
    target.write_bytes(b"precious")
    r = rete("--vault", station, "backup", target)
    assert r.code == 4 and "--force" in r.err and target.read_bytes() == b"precious"
    assert rete("--vault", station, "backup", target, "--force").code == 0
    assert target.read_bytes() != b"precious"


def test_init_takes_an_italian_office_kind(rete: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "comune"
    r = rete("--vault", target, "init", "--office-name", "Servizi Sociali Casalaschi",
             "--office-kind", "servizi-sociali", env=IT)
    assert r.code == 0, r.err
    assert json.loads(rete("--vault", target, "--json", "identity", "show").out)["kind"] ==\
        "social_services"
    assert "(servizi sociali)" in rete("--vault", target, "identity", "show", env=IT).out
