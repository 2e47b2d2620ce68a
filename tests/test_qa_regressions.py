"""Bugs found by end-to-end QA through the ``rete`` CLI, each pinned by the promise it broke."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from rete_desktop.cli.main import build_parser
from rete_desktop.errors import BadInput
from rete_desktop.messages import vocabulary
from rete_desktop.storage import cases, protocols
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, CliRunner
from tests.packet_fixtures import Office, build_network

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
    r = rete("--vault", office, "case", "list", "--status", "finished")
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


IT = {"RETE_LANG": "it"}


def test_italian_values_are_accepted_and_stored_as_the_english_ones(
    rete: CliRunner, office: Path
) -> None:
    v = ("--vault", office)
    case_id = rete(*v, "case", "new", "--title", "Caso", "--risk", "alto", env=IT).out.strip()
    assert rete(*v, "person", "add", "--case", case_id, "--role", "vittima", "--name", "Anna",
                env=IT).code == 0
    assert rete(*v, "person", "add", "--case", case_id, "--role", "figlio", "--name", "Luca",
                "--exposure", "assistita", env=IT).code == 0
    assert rete(*v, "note", "add", "--case", case_id, "--text", "x", "--category", "telefonata",
                env=IT).code == 0
    assert rete(*v, "office", "add", "--name", "Comune", "--kind", "servizi-sociali",
                env=IT).code == 0
    data = json.loads(rete(*v, "--json", "case", "show", case_id).out)
    assert data["risk"] == "high"
    assert [(p["role"], p["exposure"]) for p in data["persons"]] == [
        ("victim", None), ("child", "witnessed")]
    assert data["notes"][0]["category"] == "call"
    offices = json.loads(rete(*v, "--json", "office", "list").out)
    assert offices[0]["kind"] == "social_services"
    assert rete(*v, "case", "list", "--status", "aperto", env=IT).out.count(case_id) == 1


def test_plain_output_reads_italian_and_json_keeps_the_stored_values(
    rete: CliRunner, office: Path
) -> None:
    v = ("--vault", office)
    case_id = rete(*v, "case", "new", "--title", "Caso", "--risk", "high").out.strip()
    rete(*v, "person", "add", "--case", case_id, "--role", "victim", "--name", "Anna")
    shown = rete(*v, "case", "show", case_id, env=IT).out
    assert "[vittima]" in shown and "aperto" in shown and "alto" in shown
    assert "victim" not in shown and "high" not in shown
    data = json.loads(rete(*v, "--json", "case", "show", case_id, env=IT).out)
    assert (data["risk"], data["status"], data["persons"][0]["role"]) == (
        "high", "open", "victim")


def test_an_unknown_value_lists_the_allowed_ones_in_the_users_language(
    rete: CliRunner, office: Path
) -> None:
    r = rete("--vault", office, "case", "new", "--title", "x", "--risk", "enorme", env=IT)
    assert r.code == 4 and "basso, medio, alto" in r.err
    r = rete("--vault", office, "case", "new", "--title", "x", "--risk", "huge")
    assert r.code == 4 and "low, medium, high" in r.err


def test_every_label_and_alias_names_one_value_only() -> None:
    for name, terms in vocabulary.VOCABULARIES.items():
        seen: dict[str, str] = {}
        for value, term in terms.items():
            for word in {value, term.en, term.it, term.typed_it or value, *term.aliases}:
                key = vocabulary.normalise(word)
                assert seen.setdefault(key, value) == value, (name, word)


def test_help_lists_the_values_of_closed_vocabularies(
    rete: CliRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        rete("case", "new", "--help", env=IT)
    assert "basso | medio | alto" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        rete("person", "add", "--help")
    out = capsys.readouterr().out
    assert "victim | child | offender" in out and "witnessed | direct" in out


def test_every_subcommand_has_a_one_line_description() -> None:
    def missing(parser: argparse.ArgumentParser, path: str) -> list[str]:
        found = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                described = {a.dest for a in action._choices_actions if a.help}
                for name, child in action.choices.items():
                    if name not in described:
                        found.append(f"{path} {name}")
                    found += missing(child, f"{path} {name}")
        return found

    # ``rete lab`` is described by its own module's owner (lab_commands.py)
    assert [m for m in missing(build_parser(), "rete") if not m.startswith("rete lab ")] == []


def test_the_risk_and_status_of_a_case_can_be_changed(rete: CliRunner, office: Path) -> None:
    v = ("--vault", office)
    case_id = rete(*v, "case", "new", "--title", "Caso").out.strip()
    r = rete(*v, "case", "risk", case_id, "alto", env=IT)
    assert r.code == 0 and r.out == "" and "alto" in r.err
    r = rete(*v, "case", "status", case_id, "monitoring")
    assert r.code == 0 and r.out == "" and "monitoring" in r.err
    data = json.loads(rete(*v, "--json", "case", "show", case_id).out)
    assert (data["risk"], data["status"]) == ("high", "monitoring")
    assert rete(*v, "case", "risk", case_id, "extreme").code == 4
    assert rete(*v, "case", "risk", "nonexistent", "low").code == 6


def test_backup_onto_an_existing_file_needs_force(
    rete: CliRunner, office: Path, tmp_path: Path
) -> None:
    target = tmp_path / "backup.rete"
    target.write_bytes(b"precious")
    r = rete("--vault", office, "backup", target)
    assert r.code == 4 and "--force" in r.err and target.read_bytes() == b"precious"
    assert rete("--vault", office, "backup", target, "--force").code == 0
    assert target.read_bytes() != b"precious"


def test_who_to_call_takes_italian_situations(rete: CliRunner, office: Path) -> None:
    r = rete("--vault", office, "--json", "who-to-call", "--situation", "notte,Disabilità",
             env=IT)
    assert r.code == 0, r.err
    assert json.loads(r.out)["situations"] == ["night", "disability"]
    r = rete("--vault", office, "who-to-call", "--situation", "luna", env=IT)
    assert r.code == 4 and "notte, minori, senza-casa, straniera, disabilita" in r.err


@pytest.mark.parametrize(("args", "italian", "english"), [
    (("case", "new"), "mancano gli argomenti obbligatori: --title",
     "the following arguments are required: --title"),
    (("case", "list", "--bogus"), "argomenti non riconosciuti: --bogus",
     "unrecognized arguments: --bogus"),
    (("leaflet", "--out", "x.pdf", "--lang", "de"), "argomento --lang: scelta non valida: 'de'",
     "argument --lang: invalid choice: 'de'"),
    (("stats", "--year", "abc"), "argomento --year: valore non valido (int): 'abc'",
     "argument --year: invalid int value: 'abc'"),
])
def test_usage_errors_are_in_the_users_language_and_exit_2(
    rete: CliRunner, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], italian: str,
    english: str,
) -> None:
    for env, expected in ((IT, italian), ({"RETE_LANG": "en"}, english)):
        with pytest.raises(SystemExit) as usage:
            rete(*args, env=env)
        assert usage.value.code == 2
        err = capsys.readouterr().err
        assert expected in err, err
    assert "uso: rete" not in err and "error:" in err


def test_silent_successes_say_so_on_stderr_and_keep_stdout_for_scripts(
    rete: CliRunner, office: Path
) -> None:
    v = ("--vault", office)
    r = rete(*v, "task", "list", env=IT)
    assert r.code == 0 and r.out == "" and "Nessuna attività" in r.err
    assert rete(*v, "--json", "task", "list").out.strip() == "[]"
    case_id, protocol_id = _case_with_protocol(rete, office)
    task_id = rete(*v, "case", "apply-protocol", case_id, protocol_id).out.split()[0]
    r = rete(*v, "task", "done", task_id)
    assert r.code == 0 and r.out == "" and task_id in r.err and "done" in r.err


def test_task_list_names_the_owner_and_says_overdue_in_words(
    rete: CliRunner, office: Path
) -> None:
    v = ("--vault", office)
    case_id, protocol_id = _case_with_protocol(rete, office)
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
    rete: CliRunner, office: Path
) -> None:
    v = ("--vault", office)
    case_id = rete(*v, "case", "new", "--title", "Caso").out.strip()
    rete(*v, "note", "add", "--case", case_id, "--text", "prima riga\nseconda riga\nterza")
    lines = rete(*v, "case", "show", case_id).out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.endswith("prima riga"))
    assert lines[first + 1] == "      seconda riga" and lines[first + 2] == "      terza"


def test_init_takes_an_italian_office_kind(rete: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "comune"
    r = rete("--vault", target, "init", "--office-name", "Servizi Sociali Casalaschi",
             "--office-kind", "servizi-sociali", env=IT)
    assert r.code == 0, r.err
    assert json.loads(rete("--vault", target, "--json", "identity", "show").out)["kind"] == \
        "social_services"
    assert "(servizi sociali)" in rete("--vault", target, "identity", "show", env=IT).out


# --- second QA round ---------------------------------------------------------------------


def test_case_consent_says_what_was_recorded(rete: CliRunner, office: Path) -> None:
    case_id = rete("--vault", office, "case", "new", "--title", "Caso").out.strip()
    r = rete("--vault", office, "case", "consent", case_id, "--share-with",
             "cav,servizi-sociali", "--no-children", env=IT)
    assert r.code == 0 and r.out == ""
    assert "2026/0001" in r.err or "/0001" in r.err
    assert "centro antiviolenza" in r.err and "servizi sociali" in r.err
    assert "social_services" not in r.err
    r = rete("--vault", office, "case", "consent", case_id, "--share-with", "", env=IT)
    assert r.code == 0 and "nessun" in r.err.lower()


def test_consent_refusal_names_the_office_kind_in_the_users_language(
    rete: CliRunner, tmp_path: Path
) -> None:
    net = build_network(tmp_path / "net")
    cc, social = net["carabinieri"], net["social"]
    v = ("--vault", cc.path)
    case_id = rete(*v, "case", "new", "--title", "Caso").out.strip()
    rete(*v, "case", "consent", case_id, "--share-with", "cav")
    r = rete(*v, "packet", "export", "--case", case_id, "--to", social.office_id, "--out",
             tmp_path / "p.age", env=IT)
    assert r.code == 5 and "Servizi sociali" in r.err and "social_services" not in r.err


def _lab_meeting_with_action(rete: CliRunner, tmp_path: Path) -> tuple[dict[str, Office], str]:
    net = build_network(tmp_path / "net")
    cav, cc = net["cav"], net["carabinieri"]
    vc, vchair = ("--vault", cc.path), ("--vault", cav.path)
    case_id = rete(*vc, "case", "new", "--title", "Caso", "--risk", "alto").out.strip()
    rete(*vc, "case", "basis", case_id, "--share-with", "laboratorio", "--basis", "consent",
         "--collected", "orale", "--reason", "discussione in rete")
    item = tmp_path / "item.age"
    assert rete(*vc, "lab", "item", "--case", case_id, "--to", cav.office_id, "--out",
                item).code == 0
    assert rete(*vchair, "packet", "import", item).code == 0
    return net, case_id


def test_lab_lists_read_italian(rete: CliRunner, tmp_path: Path) -> None:
    net, _ = _lab_meeting_with_action(rete, tmp_path)
    cav, cc = net["cav"], net["carabinieri"]
    vchair = ("--vault", cav.path)
    r = rete(*vchair, "lab", "items", env=IT)
    assert r.code == 0 and "alto" in r.out and "high" not in r.out
    assert "Stazione Carabinieri Casalmaggiore" in r.out
    meeting_id = rete(*vchair, "lab", "agenda", "--date", "2030-01-10", "--to", cc.office_id,
                      "--out", tmp_path / "a.age").out.strip()
    rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--owner", cc.office_id,
         "--title", "Verificare")
    r = rete(*vchair, "lab", "action", "list", env=IT)
    assert r.code == 0 and "da fare" in r.out and "open" not in r.out
    assert "Stazione Carabinieri Casalmaggiore" in r.out
    r = rete(*vchair, "lab", "meetings", env=IT)
    assert r.code == 0 and "presiede" in r.out and "chair" not in r.out
    assert "ordine del giorno" in r.out and "agenda" not in r.out.replace("ordine", "")


def test_subject_access_pdf_reads_italian(rete: CliRunner, office: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    case_id = rete("--vault", office, "case", "new", "--title", "Caso", "--risk", "alto").out
    person = rete("--vault", office, "person", "add", "--case", case_id.strip(), "--role",
                  "vittima", "--name", "Anna").out.strip()
    rete("--vault", office, "note", "add", "--case", case_id.strip(), "--text", "prima",
         "--category", "colloquio")
    rete("--vault", office, "case", "consent", case_id.strip(), "--share-with",
         "servizi-sociali")
    out = tmp_path / "dsar"
    r = rete("--vault", office, "person", "export", person, "--out", out, env=IT)
    assert r.code == 0, r.err
    pdf = next(out.glob("*.pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "vittima" in text and "alto" in text and "aperto" in text
    assert "colloquio" in text and "servizi sociali" in text
    for english in ("victim", "high", "interview", "social_services"):
        assert english not in text


def test_validation_errors_name_the_field_in_the_users_language(
    rete: CliRunner, office: Path
) -> None:
    r = rete("--vault", office, "case", "new", "--title", "", env=IT)
    assert r.code == 4 and "«titolo»" in r.err
    case_id = rete("--vault", office, "case", "new", "--title", "Caso").out.strip()
    r = rete("--vault", office, "person", "add", "--case", case_id, "--role", "minore",
             "--name", "B", "--exposure", "nessuna", env=IT)
    assert r.code == 4 and "«esposizione»" in r.err and "exposure" not in r.err
    r = rete("--vault", office, "case", "new", "--title", "")
    assert r.code == 4 and "“title”" in r.err


def test_exposure_on_an_adult_says_it_is_only_for_children(
    rete: CliRunner, office: Path
) -> None:
    case_id = rete("--vault", office, "case", "new", "--title", "Caso").out.strip()
    r = rete("--vault", office, "person", "add", "--case", case_id, "--role", "vittima",
             "--name", "A", "--exposure", "assistita", env=IT)
    assert r.code == 4 and "Valori ammessi: -" not in r.err and "minori" in r.err


def test_retention_policy_reads_as_a_sentence(rete: CliRunner, office: Path) -> None:
    r = rete("--vault", office, "retention", "policy", "--monitoring-years", "3", env=IT)
    assert r.code == 0
    text = r.out
    assert "dopo mai" not in text and "mai anni" not in text
    assert "5" in text and "3" in text
    r = rete("--vault", office, "retention", "policy")
    assert "after never" not in r.out and "never years" not in r.out


# --- third QA round ----------------------------------------------------------------------


def _lab_meeting(rete: CliRunner, tmp_path: Path) -> tuple[dict[str, Office], str, str]:
    """A chaired meeting with the carabinieri's item on the agenda: (offices, meeting, item)."""
    net, _ = _lab_meeting_with_action(rete, tmp_path)
    vchair = ("--vault", net["cav"].path)
    meeting_id = rete(*vchair, "lab", "agenda", "--date", "2030-01-10", "--to",
                      net["carabinieri"].office_id, "--out", tmp_path / "a.age").out.strip()
    shown = json.loads(rete(*vchair, "--json", "lab", "show", meeting_id).out)
    return net, meeting_id, shown["items"][0]["item_id"]


def test_lab_show_reads_as_translated_minutes_and_json_stays_the_document(
    rete: CliRunner, tmp_path: Path
) -> None:
    net, meeting_id, item_id = _lab_meeting(rete, tmp_path)
    cc = net["carabinieri"]
    vchair = ("--vault", net["cav"].path)
    rete(*vchair, "lab", "decision", "add", "--meeting", meeting_id, "--item", item_id,
         "--text", "Attivare la casa rifugio.")
    rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--item", item_id,
         "--owner", cc.office_id, "--due", "2030-01-24", "--title", "Verificare il braccialetto")
    doc = json.loads(rete(*vchair, "--json", "lab", "show", meeting_id).out)
    assert doc["format"] == "rete-lab-minutes/1" and doc["decisions"][0]["item_id"] == item_id
    code = doc["items"][0]["summary"]["case_code"]

    italian = rete(*vchair, "lab", "show", meeting_id, env=IT)
    assert italian.code == 0, italian.err
    assert "{" not in italian.out and '"' not in italian.out
    for text in (f"1. Caso {code} — proposto da {cc.name}", "Ufficio proponente: Carabinieri",
                 "Livello di rischio: alto", "Minori coinvolti: 0", "Decisioni:",
                 "- Attivare la casa rifugio.", "- Verificare il braccialetto — ufficio "
                 f"incaricato: {cc.name} — entro il 2030-01-24 — da fare", "Presenti:"):
        assert text in italian.out, italian.out
    english = rete(*vchair, "lab", "show", meeting_id).out
    for text in (f"1. Case {code} — proposed by {cc.name}", "Risk level: high",
                 "Children involved: 0", "Decisions:", f"owner: {cc.name} — due 2030-01-24"
                 " — open"):
        assert text in english, english
    assert "Livello" not in english


def test_lab_item_show_speaks_the_users_language_and_the_pdf_stays_italian(
    rete: CliRunner, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    net = build_network(tmp_path / "net")
    cc, cav = net["carabinieri"], net["cav"]
    v = ("--vault", cc.path)
    case_id = rete(*v, "case", "new", "--title", "Caso", "--risk", "alto").out.strip()
    rete(*v, "person", "add", "--case", case_id, "--role", "vittima", "--name", "A",
         "--birth-year", "1990")
    rete(*v, "case", "consent", case_id, "--share-with", "cav")
    english = rete(*v, "lab", "item", "--case", case_id, "--show")
    assert english.code == 0, english.err
    for text in ("Case code:", "Proposing office: Carabinieri", "Risk level: high",
                 "Persons: Victim:", "Request to the network: -"):
        assert text in english.out, english.out
    for italian in ("Codice caso", "Livello di rischio", "Vittima", "alto"):
        assert italian not in english.out
    assert "Livello di rischio: alto" in rete(*v, "lab", "item", "--case", case_id, "--show",
                                               env=IT).out
    shown = json.loads(rete(*v, "--json", "lab", "item", "--case", case_id, "--show").out)
    assert shown["risk"] == "high" and shown["persons"][0]["role"] == "victim"

    out = tmp_path / "item.age"
    assert rete(*v, "lab", "item", "--case", case_id, "--to", cav.office_id, "--out",
                out).code == 0
    with cav.open() as vault:
        from rete_desktop.packets.packet import receive_packet

        parts: dict[str, bytes] = {}

        def keep(conn: object, packet: object, protocol: str) -> None:
            parts["pdf"] = packet.part("item.pdf")  # type: ignore[attr-defined]

        receive_packet(vault, out.read_bytes(), ("agenda-item",), store=keep)
    import io

    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(parts["pdf"])).pages)
    assert "Livello di rischio" in text and "alto" in text and "Risk level" not in text


def test_an_action_reported_done_twice_makes_one_update_and_the_chair_records_it_once(
    rete: CliRunner, tmp_path: Path
) -> None:
    net, meeting_id, _ = _lab_meeting(rete, tmp_path)
    cav, cc = net["cav"], net["carabinieri"]
    vc, vchair = ("--vault", cc.path), ("--vault", cav.path)
    action_id = rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--owner",
                     cc.office_id, "--title", "Verificare").out.strip()
    minutes = tmp_path / "minutes.age"
    rete(*vchair, "lab", "minutes", "--meeting", meeting_id, "--to", cc.office_id, "--out",
         minutes)
    assert rete(*vc, "lab", "import", minutes).code == 0
    first, second = tmp_path / "u1.age", tmp_path / "u2.age"
    assert rete(*vc, "lab", "action-done", action_id, "--out", first).code == 0
    r = rete(*vc, "lab", "action-done", action_id, "--out", second)
    assert r.code == 4 and "already reported done on" in r.err and action_id in r.err
    assert not second.exists()
    with cc.open() as vault:  # an update made twice anyway (by an older version)
        from rete_desktop.lab import exchange

        with vault.transaction() as conn:
            conn.execute("UPDATE lab_actions SET status = 'open' WHERE id = ?", (action_id,))
        second.write_bytes(exchange.send_action_done(vault, action_id).data)  # type: ignore[union-attr]
    assert rete(*vchair, "lab", "import", first).code == 0
    done = json.loads(rete(*vchair, "--json", "lab", "action", "list").out)[0]
    r = rete(*vchair, "lab", "import", second, env=IT)
    assert r.code == 0, r.err
    assert "già registrata come svolta" in r.err and "Nulla è cambiato" in r.err
    assert json.loads(rete(*vchair, "--json", "lab", "action", "list").out)[0] == done
    with cav.open() as vault:
        assert len(vault.query("SELECT 1 FROM audit WHERE action = 'lab.action_update'")) == 1


def test_an_action_for_a_revoked_office_says_it_is_revoked(
    rete: CliRunner, tmp_path: Path
) -> None:
    net = build_network(tmp_path / "net")
    cav, cc, social = net["cav"], net["carabinieri"], net["social"]
    vchair = ("--vault", cav.path)
    meeting_id = rete(*vchair, "lab", "agenda", "--date", "2030-01-10", "--to", cc.office_id,
                      "--out", tmp_path / "a.age").out.strip()
    assert rete(*vchair, "directory", "revoke", social.office_id, "--yes").code == 0
    for owner in (social.office_id, cc.office_id):  # not invited, or invited then revoked
        if owner == cc.office_id:
            assert rete(*vchair, "directory", "revoke", cc.office_id, "--yes").code == 0
        r = rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--owner", owner,
                 "--title", "Verificare")
        assert r.code == 5 and "revoked from the network directory" in r.err, r.err
        assert "not found" not in r.err
    r = rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--owner", "nobody",
             "--title", "Verificare")
    assert r.code == 6


def test_lab_present_and_an_empty_lab_items_say_so_on_stderr(
    rete: CliRunner, tmp_path: Path
) -> None:
    net, meeting_id, _ = _lab_meeting(rete, tmp_path)
    cav, cc = net["cav"], net["carabinieri"]
    vchair = ("--vault", cav.path)
    r = rete(*vchair, "lab", "present", "--meeting", meeting_id, "--office", cc.office_id,
             env=IT)
    assert r.code == 0 and r.out == ""
    assert "Presenze registrate per la riunione del 2030-01-10. Uffici presenti: 2" in r.err
    assert cc.name in r.err and cav.name in r.err
    r = rete(*vchair, "lab", "items", env=IT)  # the only item went on the agenda
    assert r.code == 0 and r.out == "" and "Nessun caso in attesa" in r.err
    assert rete(*vchair, "--json", "lab", "items").out.strip() == "[]"
    assert "No cases waiting" in rete(*vchair, "lab", "items").err


def test_case_show_has_a_consent_line_and_task_owners(rete: CliRunner, office: Path) -> None:
    v = ("--vault", office)
    case_id, protocol_id = _case_with_protocol(rete, office)
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
