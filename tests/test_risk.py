"""Risk assessment through the CLI: instruments, levels, judgement, history, high-risk protocol."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rete_desktop.domain import risk as rules
from rete_desktop.errors import BadInput
from rete_desktop.storage import shipped
from tests.conftest import CliRunner


@pytest.fixture
def case_id(rete: CliRunner, station: Path) -> str:
    return rete("--vault", station, "case", "new", "--title", "Rossi", "--risk", "low").out.strip()


def items(rete: CliRunner, station: Path) -> list[str]:
    r = rete("--vault", station, "--json", "risk", "instruments")
    assert r.code == 0, r.err
    (instrument,) = json.loads(r.out)
    assert instrument["id"] == "rete-rischio-ipv" and instrument["version"] >= 1
    return [i["id"] for i in instrument["items"]]


def answers(all_items: list[str], **yes: str) -> list[str]:
    args = []
    for item in all_items:
        args += ["--answer", f"{item}={yes.get(item, 'no')}"]
    return args


def assess(rete: CliRunner, station: Path, case_id: str, *extra: str) -> dict[str, object]:
    r = rete("--vault", station, "--json", "risk", "assess", "--case", case_id, *extra)
    assert r.code == 0, r.err
    return dict(json.loads(r.out))


def test_shipped_instrument_covers_the_documented_risk_factors(rete: CliRunner,
                                                               station: Path) -> None:
    found = set(items(rete, station))
    assert {"escalation", "strangulation", "threats_to_kill", "weapons", "separation",
            "pregnancy", "children", "stalking", "jealousy_control", "substance_use",
            "order_violation", "fear"} <= found
    doc = (Path(__file__).parents[1] / "docs" / "risk-instrument.md").read_text()
    for item in found:  # every item has its sources in the docs
        assert f"`{item}`" in doc


def test_answers_give_the_expected_level(rete: CliRunner, station: Path, case_id: str) -> None:
    every = items(rete, station)
    low = assess(rete, station, case_id, *answers(every, substance_use="yes"))
    assert (low["score"], low["computed_level"], low["level"]) == (1, "low", "low")
    medium = assess(rete, station, case_id, *answers(every, fear="yes", separation="yes"))
    assert medium["computed_level"] == "medium" and medium["protocol_applied"] is False
    # strangulation alone is high whatever the score (Glass et al. 2008)
    high = assess(rete, station, case_id, *answers(every, strangulation="sì"))
    assert high["score"] == 3 and high["computed_level"] == "high"
    shown = json.loads(rete("--vault", station, "--json", "case", "show", case_id).out)
    assert shown["risk"] == "high"


def test_unknown_never_lowers_and_missing_answers_are_refused(
    rete: CliRunner, station: Path, case_id: str
) -> None:
    every = items(rete, station)
    r = rete("--vault", station, "risk", "assess", "--case", case_id,
             *answers(every[:-1]))
    assert r.code == 4 and every[-1] in r.err
    r = rete("--vault", station, "risk", "assess", "--case", case_id,
             *answers(every, fear="maybe"))
    assert r.code == 4 and "fear" in r.err
    unknown = assess(rete, station, case_id, *answers(every, fear="unknown"))
    assert unknown["score"] == 0
    assert rete("--vault", station, "--json", "risk", "history", "--case",
                case_id).out.count('"id"') == 1


def test_second_assessment_keeps_the_first_in_the_history(
    rete: CliRunner, station: Path, case_id: str
) -> None:
    every = items(rete, station)
    first = assess(rete, station, case_id, "--date", "2026-01-10",
                   *answers(every, fear="yes"))
    second = assess(rete, station, case_id, "--date", "2026-02-10", *answers(every))
    history = json.loads(rete("--vault", station, "--json", "risk", "history", "--case",
                              case_id).out)
    assert [h["id"] for h in history] == [second["id"], first["id"]]
    assert history[1]["answers"]["fear"] == "yes" and history[1]["level"] == "medium"
    # an assessment dated earlier, entered late, is history: the latest one is the case's risk
    assess(rete, station, case_id, "--date", "2025-12-01", *answers(every, strangulation="yes"))
    shown = json.loads(rete("--vault", station, "--json", "case", "show", case_id).out)
    assert shown["risk"] == "low"


def test_lowering_needs_a_reason_raising_does_not(
    rete: CliRunner, station: Path, case_id: str
) -> None:
    every = items(rete, station)
    r = rete("--vault", station, "risk", "assess", "--case", case_id, "--level", "medium",
             *answers(every, strangulation="yes"))
    assert r.code == 4 and "reason" in r.err
    assert "No risk assessment" in rete("--vault", station, "risk", "history", "--case",
                                        case_id).err
    raised = assess(rete, station, case_id, "--level", "alto", *answers(every))
    assert (raised["computed_level"], raised["level"]) == ("low", "high")
    lowered = assess(rete, station, case_id, "--level", "medium", "--reason",
                     "he is in prison until 2030", *answers(every, strangulation="yes"))
    assert (lowered["computed_level"], lowered["level"]) == ("high", "medium")
    line = rete("--vault", station, "risk", "history", "--case", case_id).out.splitlines()[0]
    assert "professional judgement" in line and "prison" in line


def test_a_high_result_applies_the_high_risk_protocol_once(
    rete: CliRunner, station: Path, case_id: str
) -> None:
    every = items(rete, station)
    r = rete("--vault", station, "--json", "risk", "assess", "--case", case_id,
             *answers(every, threats_to_kill="yes", weapons="yes"))
    first = json.loads(r.out)
    assert first["level"] == "high" and first["protocol_applied"] is True
    assert "high-risk protocol was applied" in r.err
    tasks = json.loads(rete("--vault", station, "--json", "task", "list", "--case",
                            case_id).out)
    assert len(tasks) == len(first["protocol_tasks"]) > 0
    again = assess(rete, station, case_id, *answers(every, strangulation="yes"))
    assert again["protocol_applied"] is False
    assert len(json.loads(rete("--vault", station, "--json", "task", "list", "--case",
                               case_id).out)) == len(tasks)
    audit = rete("--vault", station, "--json", "audit", "list", "--case", case_id).out
    assert audit.count("protocol.apply") == 1 and audit.count("risk.assess") == 2


def test_a_fresh_vault_has_the_protocol_pack(rete: CliRunner, station: Path,
                                             case_id: str) -> None:
    listed = json.loads(rete("--vault", station, "--json", "protocol", "list").out)
    keys = {p["key"] for p in listed}
    assert {"codice-rosso", "minori-violenza-assistita", "alto-rischio-ospitalita"} <= keys
    r = rete("--vault", station, "case", "apply-protocol", case_id, "codice-rosso")
    assert r.code == 0, r.err


def test_tasks_of_other_offices_are_awaited_not_overdue(
    rete: CliRunner, station: Path, case_id: str
) -> None:
    assert rete("--vault", station, "case", "apply-protocol", case_id, "codice-rosso",
                "--trigger-date", "2020-01-01").code == 0
    tasks = json.loads(rete("--vault", station, "--json", "task", "list").out)
    hearing = next(t for t in tasks if t["owner_kind"] == "prosecutor")
    own = next(t for t in tasks if t["owner_kind"] == "carabinieri" and t["due"])
    assert hearing["awaiting"] and not hearing["overdue"]
    assert own["overdue"] and not own["awaiting"]
    overdue = rete("--vault", station, "task", "list", "--overdue").out
    assert hearing["id"] not in overdue and own["id"] in overdue


def test_shipped_protocols_state_the_law() -> None:
    from rete_desktop.domain.protocols import parse_protocol
    from rete_desktop.storage.protocols import sample_protocol_files

    texts = {p.stem: json.dumps(parse_protocol(p.read_bytes()).to_json(), ensure_ascii=False)
             for p in sample_protocol_files()}
    assert "90-bis" in texts["codice-rosso"] and "90-ter" in texts["codice-rosso"]
    minors = texts["minori-violenza-assistita"]
    assert "572 c.4" in minors and "art. 331 c.p.p." in minors and "L. 184/1983" in minors
    assert "Valutare se" not in minors


def test_an_instrument_version_published_twice_with_another_text_is_refused(
    rete: CliRunner, station: Path, tmp_path: Path
) -> None:
    (path,) = shipped.instrument_files()
    same = rete("--vault", station, "risk", "import", path)
    assert same.code == 0
    doc = json.loads(path.read_text())
    doc["areas"][0]["items"][0]["weight"] = 9
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(doc))
    r = rete("--vault", station, "risk", "import", changed)
    assert r.code == 4 and "new version" in r.err
    doc["version"] += 1
    changed.write_text(json.dumps(doc))
    assert rete("--vault", station, "risk", "import", changed).code == 0
    versions = [i["version"] for i in json.loads(rete("--vault", station, "--json", "risk",
                                                      "instruments").out)]
    assert versions == [doc["version"], doc["version"] - 1]


@given(st.binary(max_size=2000))
def test_instrument_parser_refuses_junk_cleanly(data: bytes) -> None:
    try:
        rules.parse_instrument(data)
    except BadInput as exc:
        assert exc.message_id == "risk.instrument_invalid"


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(["format", "key", "version", "areas",
                                                       "items", "id", "weight", "question",
                                                       "it", "scoring", "thresholds"]),
                                      inner, max_size=5), max_leaves=30))
def test_instrument_parser_refuses_malformed_documents(doc: object) -> None:
    try:
        rules.instrument_from_json(doc)
    except BadInput as exc:
        assert exc.message_id == "risk.instrument_invalid"


def test_a_folder_of_protocols_is_imported_at_once_or_not_at_all(
    rete: CliRunner, station: Path, tmp_path: Path
) -> None:
    from rete_desktop.storage.protocols import sample_protocol_files

    folder = tmp_path / "pack"
    folder.mkdir()
    for path in sample_protocol_files():  # the shipped pack: already here, nothing changes
        (folder / path.name).write_bytes(path.read_bytes())
    doc = json.loads((folder / "codice-rosso.json").read_text())
    doc["version"] += 1
    doc["steps"][0]["due_days"] = 1
    (folder / "codice-rosso-v3.json").write_text(json.dumps(doc))
    r = rete("--vault", station, "--json", "protocol", "import", folder)
    assert r.code == 0, r.err
    assert json.loads(r.out) == {"stored": [f"codice-rosso@{doc['version']}"], "unchanged": 3}
    (folder / "rotto.json").write_text("{")
    doc["version"] += 1
    (folder / "codice-rosso-v4.json").write_text(json.dumps(doc))
    r = rete("--vault", station, "protocol", "import", folder)
    assert r.code == 4
    versions = [p["version"] for p in json.loads(rete("--vault", station, "--json", "protocol",
                                                      "list").out) if p["key"] == "codice-rosso"]
    assert max(versions) == doc["version"] - 1  # the broken file refused the whole folder
