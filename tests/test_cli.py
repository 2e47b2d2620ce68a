"""The ``rete`` command as scripts and outside checks use it (shared/cli-contract.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rete_desktop.messages import vocabulary
from rete_desktop.storage import cases
from tests.conftest import PASSPHRASE, CliRunner
from tests.fast_kdf import rete_command


@pytest.fixture
def office(rete: CliRunner, tmp_path: Path) -> Path:
    vault_dir = tmp_path / "office"
    r = rete(
        "--vault", vault_dir, "--json", "init", "--office-name", "CAV Mia", "--office-kind", "cav"
    )
    assert r.code == 0, r.err
    assert len(json.loads(r.out)["recovery_key"]) == 39
    return vault_dir


def test_init_prints_recovery_key_once_and_unlock_check(rete: CliRunner, office: Path) -> None:
    assert rete("--vault", office, "unlock-check").code == 0
    r = rete("--vault", office, "unlock-check", env={"RETE_PASSPHRASE": "wrong wrong wrong"})
    assert r.code == 3
    assert "Wrong passphrase" in r.err and "Traceback" not in r.err


def test_messages_follow_rete_lang(rete: CliRunner, office: Path) -> None:
    r = rete(
        "--vault", office, "unlock-check", env={"RETE_PASSPHRASE": "sbagliata!!", "RETE_LANG": "it"}
    )
    assert r.code == 3 and "Passphrase errata" in r.err


def test_case_note_amend_show_json(rete: CliRunner, office: Path) -> None:
    v = ("--vault", str(office))
    case_id = json.loads(
        rete(*v, "case", "new", "--title", "Caso di prova", "--risk", "high", "--json").out
    )["id"]
    person = rete(
        *v,
        "person",
        "add",
        "--case",
        case_id,
        "--role",
        "child",
        "--name",
        "Sara",
        "--birth-year",
        "2017",
        "--exposure",
        "witnessed",
    )
    assert person.code == 0, person.err
    note_id = rete(*v, "note", "add", "--case", case_id, "--text", "prima nota").out.strip()
    amend = rete(*v, "note", "amend", note_id, "--text", "rettifica").out.strip()
    shown = json.loads(rete(*v, "case", "show", case_id, "--json").out)
    assert shown["risk"] == "high" and shown["reference"].endswith("/0001")
    assert shown["persons"][0]["exposure"] == "witnessed"
    (note,) = shown["notes"]
    assert note["id"] == note_id and note["text"] == "prima nota"
    assert note["amendments"][0]["id"] == amend and note["amendments"][0]["text"] == "rettifica"


def test_note_from_stdin(rete: CliRunner, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    v = ("--vault", str(office))
    case_id = rete(*v, "case", "new", "--title", "Caso").out.strip()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"dal terminale")))
    assert rete(*v, "note", "add", "--case", case_id, "--file", "-").code == 0
    assert "dal terminale" in rete(*v, "case", "show", case_id).out


def test_exit_codes(rete: CliRunner, office: Path, tmp_path: Path) -> None:
    v = ("--vault", str(office))
    assert rete(*v, "case", "show", "nonexistent").code == 6
    assert rete(*v, "case", "new", "--title", "x", "--risk", "extreme").code == 4
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "rete-protocol/1", "steps": "nope"}')
    r = rete(*v, "protocol", "import", str(bad))
    assert r.code == 4 and "Invalid protocol file" in r.err
    assert rete("--vault", str(tmp_path / "none"), "case", "list").code == 6
    with pytest.raises(SystemExit) as usage:
        rete(*v, "case", "frobnicate")
    assert usage.value.code == 2


def test_protocol_apply_and_overdue_tasks(rete: CliRunner, office: Path) -> None:
    from rete_desktop.storage.protocols import sample_protocol_files

    v = ("--vault", str(office))
    path = next(p for p in sample_protocol_files() if p.name == "codice-rosso.json")
    assert rete(*v, "protocol", "import", str(path)).code == 0
    case_id = rete(*v, "case", "new", "--title", "Caso").out.strip()
    r = rete(*v, "case", "apply-protocol", case_id, "codice-rosso", "--trigger-date", "2026-01-10")
    assert r.code == 0, r.err
    overdue = json.loads(rete(*v, "task", "list", "--overdue", "--json").out)
    assert overdue and all(t["overdue"] for t in overdue)


def test_vault_check_backup_restore(rete: CliRunner, office: Path, tmp_path: Path) -> None:
    v = ("--vault", str(office))
    rete(*v, "case", "new", "--title", "Caso")
    assert rete(*v, "vault", "check").code == 0
    assert rete(*v, "audit", "verify").code == 0
    target = tmp_path / "office.backup"
    assert rete(*v, "backup", str(target)).code == 0
    assert rete(*v, "restore", str(target)).code == 4  # never over an existing vault
    restored = tmp_path / "restored"
    assert rete("--vault", str(restored), "restore", str(target)).code == 0
    assert "Caso" in rete("--vault", str(restored), "case", "list").out


def test_passwd_and_recover(rete: CliRunner, tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    key = json.loads(
        rete(
            "--vault",
            vault_dir,
            "--json",
            "init",
            "--office-name",
            "X",
            "--office-kind",
            "carabinieri",
        ).out
    )["recovery_key"]
    r = rete("--vault", vault_dir, "passwd", env={"RETE_NEW_PASSPHRASE": "nuova passphrase"})
    assert r.code == 0
    assert rete("--vault", vault_dir, "unlock-check").code == 3
    r = rete(
        "--vault",
        vault_dir,
        "recover",
        env={"RETE_RECOVERY_KEY": key, "RETE_NEW_PASSPHRASE": PASSPHRASE},
    )
    assert r.code == 0, r.err
    assert rete("--vault", vault_dir, "unlock-check").code == 0


def test_demo_builds_a_searchable_office(rete: CliRunner, tmp_path: Path) -> None:
    vault_dir = tmp_path / "demo"
    assert rete("--vault", vault_dir, "demo", "--cases", "30").code == 0
    cases = json.loads(rete("--vault", vault_dir, "case", "list", "--json").out)
    assert len(cases) == 30 + 2  # its own, and the two referrals the network sent it
    hits = json.loads(rete("--vault", vault_dir, "search", "piano sicurezza", "--json").out)
    assert hits


def test_internal_errors_print_no_traceback(
    rete: CliRunner, office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    monkeypatch.setattr(cases, "list_cases", lambda *a, **k: 1 / 0)
    r = rete("--vault", office, "case", "list")
    assert r.code == 1 and "ZeroDivisionError" in r.err and "Traceback" not in r.err


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "rete_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0 and r.stdout.strip()


def test_no_subcommand_without_a_screen_explains_instead_of_crashing(tmp_path: Path) -> None:
    env = {k: v for k, v in __import__("os").environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["RETE_LANG"] = "it"
    r = subprocess.run([sys.executable, "-m", "rete_desktop", "--vault", str(tmp_path / "v")],
                       capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 2 and "Nessuno schermo" in r.stderr and "Traceback" not in r.stderr


def test_gui_is_chosen_only_without_a_subcommand() -> None:
    from rete_desktop.__main__ import wants_gui

    assert wants_gui([]) and wants_gui(["--demo-if-missing"])
    assert wants_gui(["--demo-if-missing", "--vault", "/x"]) and wants_gui(["--vault=/x"])
    assert not wants_gui(["--vault", "/x", "case", "list"]) and not wants_gui(["--help"])


def test_ctrl_d_at_the_passphrase_prompt_cancels_cleanly(
    rete: CliRunner, office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass

    from rete_desktop.cli import context

    monkeypatch.delenv("RETE_PASSPHRASE")
    monkeypatch.setattr(context.sys.stdin, "isatty", lambda: True, raising=False)

    def eof(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", eof)
    r = rete("--vault", office, "case", "list")
    assert r.code == 3 and "Cancelled" in r.err


def test_missing_vault_is_reported_before_asking_a_passphrase(
    rete: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RETE_PASSPHRASE")
    r = rete("--vault", tmp_path / "nowhere", "case", "list")
    assert r.code == 6 and "No vault" in r.err


def test_output_piped_into_head_is_not_an_error(tmp_path: Path) -> None:
    env = {**__import__("os").environ, "RETE_VAULT": str(tmp_path / "demo")}
    assert subprocess.run(rete_command("demo", "--cases", "1500"),
                          env=env, capture_output=True, timeout=120).returncode == 0
    r = subprocess.run(f"'{sys.executable}' -m rete_desktop case list | head -1", shell=True,
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.stdout.count("\n") == 1 and "internal error" not in r.stderr.lower()


def test_demo_office_can_send_a_referral_at_once(rete: CliRunner, tmp_path: Path) -> None:
    v = ("--vault", str(tmp_path / "demo"))
    assert rete(*v, "demo", "--cases", "5").code == 0
    members = json.loads(rete(*v, "directory", "list", "--json").out)["members"]
    station = next(m for m in members if m["kind"] == "carabinieri")
    assert sum(m["kind"] == "cav" for m in members) == 1  # the demo centre is the network's CAV
    case_id = json.loads(rete(*v, "case", "list", "--json").out)[0]["id"]
    rete(*v, "case", "consent", case_id, "--share-with", "carabinieri")
    r = rete(*v, "packet", "export", "--case", case_id, "--to", station["office_id"],
             "--out", str(tmp_path))
    assert r.code == 0, r.err
    assert list(tmp_path.glob("rete-*.age"))


def test_audit_fingerprint_detects_a_vault_replaced_by_an_older_copy(
    rete: CliRunner, office: Path, tmp_path: Path
) -> None:
    import shutil

    v = ("--vault", str(office))
    old_copy = tmp_path / "old-copy"
    shutil.copytree(office, old_copy)
    rete(*v, "case", "new", "--title", "Caso dopo la copia")
    head = json.loads(rete(*v, "audit", "verify", "--json").out)["head"]
    assert rete(*v, "audit", "verify", "--expect", head).code == 0
    shutil.rmtree(office)
    shutil.copytree(old_copy, office)  # the thief puts back the older vault
    r = rete(*v, "audit", "verify", "--expect", head)
    assert r.code == 5 and "older" in r.err
    assert rete(*v, "audit", "verify", "--expect", "zzz").code == 4


CODICE_ROSSO = Path(__file__).parents[1] / "resources" / "protocols" / "codice-rosso.json"


def _case_with_protocol(rete: CliRunner, station: Path) -> tuple[str, str]:
    case_id = rete("--vault", station, "case", "new", "--title", "Caso").out.strip()
    protocol_id = rete("--vault", station, "protocol", "import", CODICE_ROSSO).out.strip()
    return case_id, protocol_id


IT = {"RETE_LANG": "it"}


def test_task_list_prints_the_due_date(rete: CliRunner, station: Path) -> None:
    case_id, protocol_id = _case_with_protocol(rete, station)
    rete("--vault", station, "case", "apply-protocol", case_id, protocol_id,
         "--trigger-date", "2026-01-10")
    r = rete("--vault", station, "task", "list")
    assert r.code == 0
    assert "2026-01-13" in r.out and "<10" not in r.out


def test_applying_a_protocol_twice_while_its_tasks_are_open_is_refused(
    rete: CliRunner, station: Path
) -> None:
    case_id, protocol_id = _case_with_protocol(rete, station)
    assert rete("--vault", station, "case", "apply-protocol", case_id, protocol_id).code == 0
    before = rete("--vault", station, "--json", "task", "list").out
    r = rete("--vault", station, "case", "apply-protocol", case_id, protocol_id)
    assert r.code == 4 and "already" in r.err
    assert rete("--vault", station, "--json", "task", "list").out == before


def test_case_list_refuses_an_unknown_status(rete: CliRunner, station: Path) -> None:
    rete("--vault", station, "case", "new", "--title", "Caso")
    r = rete("--vault", station, "case", "list", "--status", "finished")
    assert r.code == 4 and "closed" in r.err


def test_case_show_gives_ids_exposure_and_done_tasks(rete: CliRunner, station: Path) -> None:
    case_id, protocol_id = _case_with_protocol(rete, station)
    child = rete("--vault", station, "person", "add", "--case", case_id, "--role", "child",
                 "--name", "Bimbo", "--exposure", "witnessed").out.strip()
    note = rete("--vault", station, "note", "add", "--case", case_id, "--text", "nota").out.strip()
    task = rete("--vault", station, "case", "apply-protocol", case_id, protocol_id).out.split()[0]
    rete("--vault", station, "task", "done", task)
    out = rete("--vault", station, "case", "show", case_id).out
    assert child in out and "witnessed" in out and note in out
    assert "☑" in out


def test_the_risk_and_status_of_a_case_can_be_changed(rete: CliRunner, station: Path) -> None:
    v = ("--vault", station)
    case_id = rete(*v, "case", "new", "--title", "Caso").out.strip()
    r = rete(*v, "case", "risk", case_id, "alto", env=IT)
    assert r.code == 0 and r.out == "" and "alto" in r.err
    r = rete(*v, "case", "status", case_id, "monitoring")
    assert r.code == 0 and r.out == "" and "monitoring" in r.err
    data = json.loads(rete(*v, "--json", "case", "show", case_id).out)
    assert (data["risk"], data["status"]) == ("high", "monitoring")
    assert rete(*v, "case", "risk", case_id, "extreme").code == 4
    assert rete(*v, "case", "risk", "nonexistent", "low").code == 6


def test_silent_successes_say_so_on_stderr_and_keep_stdout_for_scripts(
    rete: CliRunner, station: Path
) -> None:
    v = ("--vault", station)
    r = rete(*v, "task", "list", env=IT)
    assert r.code == 0 and r.out == "" and "Nessuna attività" in r.err
    assert rete(*v, "--json", "task", "list").out.strip() == "[]"
    case_id, protocol_id = _case_with_protocol(rete, station)
    task_id = rete(*v, "case", "apply-protocol", case_id, protocol_id).out.split()[0]
    r = rete(*v, "task", "done", task_id)
    assert r.code == 0 and r.out == "" and task_id in r.err and "done" in r.err


def test_task_list_names_the_owner_and_says_overdue_in_words(
    rete: CliRunner, station: Path
) -> None:
    v = ("--vault", station)
    case_id, protocol_id = _case_with_protocol(rete, station)
    rete(*v, "case", "apply-protocol", case_id, protocol_id, "--trigger-date", "2020-01-10")
    tasks = json.loads(rete(*v, "--json", "task", "list").out)
    kinds = {t["owner_kind"] for t in tasks if t["owner_kind"]}
    italian = rete(*v, "task", "list", env=IT).out
    english = rete(*v, "task", "list").out
    assert "SCADUTA" in italian and "overdue" in english and "!" not in english
    assert "da fare" in italian
    for kind in kinds:
        assert vocabulary.label("OfficeKind", kind, "it") in italian
        assert vocabulary.label("OfficeKind", kind, "en") in english


def test_case_show_indents_the_lines_of_a_multi_line_note(
    rete: CliRunner, station: Path
) -> None:
    v = ("--vault", station)
    case_id = rete(*v, "case", "new", "--title", "Caso").out.strip()
    rete(*v, "note", "add", "--case", case_id, "--text", "prima riga\nseconda riga\nterza")
    lines = rete(*v, "case", "show", case_id).out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.endswith("prima riga"))
    assert lines[first + 1] == "      seconda riga" and lines[first + 2] == "      terza"


def test_case_consent_says_what_was_recorded(rete: CliRunner, station: Path) -> None:
    case_id = rete("--vault", station, "case", "new", "--title", "Caso").out.strip()
    r = rete("--vault", station, "case", "consent", case_id, "--share-with",
             "cav,servizi-sociali", "--no-children", env=IT)
    assert r.code == 0 and r.out == ""
    assert "2026/0001" in r.err or "/0001" in r.err
    assert "centro antiviolenza" in r.err and "servizi sociali" in r.err
    assert "social_services" not in r.err
    r = rete("--vault", station, "case", "consent", case_id, "--share-with", "", env=IT)
    assert r.code == 0 and "nessun" in r.err.lower()


def test_validation_errors_name_the_field_in_the_users_language(
    rete: CliRunner, station: Path
) -> None:
    r = rete("--vault", station, "case", "new", "--title", "", env=IT)
    assert r.code == 4 and "«titolo»" in r.err
    case_id = rete("--vault", station, "case", "new", "--title", "Caso").out.strip()
    r = rete("--vault", station, "person", "add", "--case", case_id, "--role", "minore",
             "--name", "B", "--exposure", "nessuna", env=IT)
    assert r.code == 4 and "«esposizione»" in r.err and "exposure" not in r.err
    r = rete("--vault", station, "case", "new", "--title", "")
    assert r.code == 4 and "“title”" in r.err


def test_exposure_on_an_adult_says_it_is_only_for_children(
    rete: CliRunner, station: Path
) -> None:
    case_id = rete("--vault", station, "case", "new", "--title", "Caso").out.strip()
    r = rete("--vault", station, "person", "add", "--case", case_id, "--role", "vittima",
             "--name", "A", "--exposure", "assistita", env=IT)
    assert r.code == 4 and "Valori ammessi: -" not in r.err and "minori" in r.err


def test_case_show_has_a_consent_line_and_task_owners(rete: CliRunner, station: Path) -> None:
    v = ("--vault", station)
    case_id, protocol_id = _case_with_protocol(rete, station)
    r = rete(*v, "case", "show", case_id, env=IT)
    assert "Consenso: non registrato" in r.out.splitlines()[1]
    rete(*v, "case", "consent", case_id, "--share-with", "cav,servizi-sociali",
         "--no-children")
    rete(*v, "case", "apply-protocol", case_id, protocol_id, "--trigger-date", "2026-01-10")
    italian = rete(*v, "case", "show", case_id, env=IT).out.splitlines()
    consent = italian[1]
    assert "condivisione con centro antiviolenza, servizi sociali" in consent
    assert "note escluse" in consent and "dati dei minori esclusi" in consent
    tasks = json.loads(rete(*v, "--json", "case", "show", case_id).out)["tasks"]
    for task in tasks:
        line = next(line for line in italian if line.startswith(f"  {task['id']}"))
        if task["owner_kind"]:
            assert line.endswith(f"({vocabulary.label('OfficeKind', task['owner_kind'], 'it')})")
    english = rete(*v, "case", "show", case_id).out.splitlines()[1]
    assert "sharing with anti-violence centre, social services" in english
    assert "notes left out" in english and "children's data left out" in english
