"""Bugs found by end-to-end QA through the ``rete`` CLI, each pinned by the promise it broke."""

from __future__ import annotations

from pathlib import Path

import pytest

from rete_desktop.errors import BadInput
from rete_desktop.storage import cases, protocols
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, CliRunner

CODICE_ROSSO = Path(__file__).parents[1] / "resources" / "protocols" / "codice-rosso.json"


@pytest.fixture
def office(rete: CliRunner, tmp_path: Path) -> Path:
    vault_dir = tmp_path / "office"
    r = rete("--vault", vault_dir, "init", "--office-name", "Stazione", "--office-kind",
             "carabinieri")
    assert r.code == 0, r.err
    return vault_dir


def _case_with_protocol(rete: CliRunner, office: Path) -> tuple[str, str]:
    case_id = rete("--vault", office, "case", "new", "--title", "Caso").out.strip()
    protocol_id = rete("--vault", office, "protocol", "import", CODICE_ROSSO).out.strip()
    return case_id, protocol_id


def test_init_with_unknown_office_kind_leaves_nothing_so_a_retry_works(
    rete: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "new-office"
    r = rete("--vault", target, "init", "--office-name", "X", "--office-kind", "carabineri")
    assert r.code == 4 and "carabinieri" in r.err
    assert not (target / "vault.db").exists() and not (target / "keyslots.json").exists()
    r = rete("--vault", target, "init", "--office-name", "X", "--office-kind", "carabinieri")
    assert r.code == 0, r.err


def test_task_list_prints_the_due_date(rete: CliRunner, office: Path) -> None:
    case_id, protocol_id = _case_with_protocol(rete, office)
    rete("--vault", office, "case", "apply-protocol", case_id, protocol_id,
         "--trigger-date", "2026-01-10")
    r = rete("--vault", office, "task", "list")
    assert r.code == 0
    assert "2026-01-13" in r.out and "<10" not in r.out


def test_applying_a_protocol_twice_while_its_tasks_are_open_is_refused(
    rete: CliRunner, office: Path
) -> None:
    case_id, protocol_id = _case_with_protocol(rete, office)
    assert rete("--vault", office, "case", "apply-protocol", case_id, protocol_id).code == 0
    before = rete("--vault", office, "--json", "task", "list").out
    r = rete("--vault", office, "case", "apply-protocol", case_id, protocol_id)
    assert r.code == 4 and "already" in r.err
    assert rete("--vault", office, "--json", "task", "list").out == before


def test_a_protocol_can_be_applied_again_once_its_tasks_are_done(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    protocol_id = protocols.import_protocol(vault, CODICE_ROSSO.read_bytes())
    first = protocols.apply_protocol(vault, case_id, protocol_id)
    for task_id in first:
        protocols.set_task_done(vault, task_id)
    assert len(protocols.apply_protocol(vault, case_id, protocol_id)) == len(first)


def test_case_list_refuses_an_unknown_status(rete: CliRunner, office: Path) -> None:
    rete("--vault", office, "case", "new", "--title", "Caso")
    r = rete("--vault", office, "case", "list", "--status", "chiuso")
    assert r.code == 4 and "closed" in r.err


def test_persons_added_in_the_same_second_keep_their_order(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    roles = ["victim", "child", "child", "offender", "witness", "relative", "other", "child"]
    added = [cases.add_person(vault, case_id, role, f"P{i}") for i, role in enumerate(roles)]
    assert [p.id for p in cases.list_persons(vault, case_id)] == added


def test_case_show_gives_ids_exposure_and_done_tasks(rete: CliRunner, office: Path) -> None:
    case_id, protocol_id = _case_with_protocol(rete, office)
    child = rete("--vault", office, "person", "add", "--case", case_id, "--role", "child",
                 "--name", "Bimbo", "--exposure", "witnessed").out.strip()
    note = rete("--vault", office, "note", "add", "--case", case_id, "--text", "nota").out.strip()
    task = rete("--vault", office, "case", "apply-protocol", case_id, protocol_id).out.split()[0]
    rete("--vault", office, "task", "done", task)
    out = rete("--vault", office, "case", "show", case_id).out
    assert child in out and "witnessed" in out and note in out
    assert "☑" in out


def test_backup_errors_in_italian_carry_no_english_reason(
    rete: CliRunner, office: Path, tmp_path: Path
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
