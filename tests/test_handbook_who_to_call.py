"""Who to call: the rules in resources/who-to-call.json checked on a table of situations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rete_desktop.domain.records import Office
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput
from rete_desktop.handbook.network import NetworkOffice
from rete_desktop.handbook.profiles import Profile
from rete_desktop.handbook.who_to_call import evaluate, parse_rules, shipped_rules
from rete_desktop.resources import resource_path
from tests.conftest import CliRunner


def _office(name: str, kind: str, *capabilities: str, emergency: str = "") -> NetworkOffice:
    office = Office(id=name, name=name, kind=OfficeKind(kind), phones=("+390375200321",))
    profile = Profile(office_id=name, name=name, kind=OfficeKind(kind), revision=1,
                      updated="2026-01-01T00:00:00+00:00", capabilities=capabilities,
                      emergency=emergency, languages="italiano, arabo")
    return NetworkOffice(office, profile)


NETWORK = [
    _office("carabinieri", "carabinieri", emergency="112 / 0375 42012 h24"),
    _office("cav", "cav", "shelter", "mediators"),
    _office("social", "social_services"),
    _office("consultorio", "consultorio", "accessible"),
    _office("hospital", "hospital"),
    _office("comune", "municipality"),
    _office("school", "school"),
]

# situations asked → offices expected, in the order shown: those covering more situations
# first, then by the best position of a matching rule, then by name
TABLE = [
    ("night", ["carabinieri", "hospital"]),
    ("minors", ["social", "carabinieri", "consultorio"]),
    ("no-home", ["comune", "social", "cav"]),
    ("foreign", ["cav", "social"]),
    ("disability", ["consultorio", "social", "hospital"]),
    ("night,minors", ["carabinieri", "social", "hospital", "consultorio"]),
    ("no-home,minors", ["social", "carabinieri", "comune", "cav", "consultorio"]),
    ("danger", ["carabinieri", "hospital"]),
    ("ammonimento", ["carabinieri", "cav"]),
    ("foreign,no-home", ["cav", "social", "comune"]),
]


@pytest.mark.parametrize("asked,expected", TABLE)
def test_situation_table(asked: str, expected: list[str]) -> None:
    answer = evaluate(shipped_rules(), NETWORK, tuple(asked.split(",")), "it")
    assert [m.office.id for m in answer.matches] == expected
    assert answer.uncovered == ()
    assert "1522" in [h.number for h in (*answer.first, *answer.then)]


def test_office_claiming_h24_is_listed_at_night() -> None:
    network = [*NETWORK[:1], _office("cav", "cav", "h24", emergency="333 1234567")]
    answer = evaluate(shipped_rules(), network, ("night",), "en")
    cav = next(m for m in answer.matches if m.office.id == "cav")
    assert dict(cav.reach)["emergency"] == "333 1234567"
    assert "out of hours" in cav.reasons[0][1]


def test_night_shows_how_to_reach_out_of_hours_first() -> None:
    answer = evaluate(shipped_rules(), NETWORK, ("night",), "it")
    reach = answer.matches[0].reach
    assert reach[0] == ("emergency", "112 / 0375 42012 h24")
    assert ("phones", "0375 200321") in reach


def test_foreign_shows_languages() -> None:
    answer = evaluate(shipped_rules(), NETWORK, ("foreign",), "it")
    assert dict(answer.matches[0].reach)["languages"] == "italiano, arabo"


def test_situation_nobody_covers_is_reported() -> None:
    answer = evaluate(shipped_rules(), [NETWORK[-1]], ("night", "minors"), "it")
    assert answer.matches == () and answer.uncovered == ("night", "minors")


def test_rules_file_errors_are_bad_input() -> None:
    doc = json.loads(resource_path("who-to-call.json").read_text("utf-8"))
    doc["situations"]["night"]["rules"][0]["kinds"] = ["wizards"]
    with pytest.raises(BadInput):
        parse_rules(doc)


def test_cli_lists_offices_and_refuses_unknown_situations(rete, vault_dir, vault) -> None:
    vault.close()
    rete("office", "add", "--name", "Servizi Sociali", "--kind", "social_services",
         "--phone", "0375 203811", "--vault", vault_dir)
    r = rete("who-to-call", "--situation", "minors", "--json", "--vault", vault_dir)
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert [o["name"] for o in data["offices"]] == ["Servizi Sociali"]
    assert data["offices"][0]["reach"]["phones"] == "0375 203811"
    assert rete("who-to-call", "--situation", "minors,aliens", "--vault", vault_dir).code == 4


@pytest.mark.parametrize("asked,first", [
    ("danger", ["112"]), ("night", ["112"]), ("minors", ["114"]), ("night,minors", ["112", "114"]),
    ("no-home", []), ("foreign", []),
])
def test_emergency_numbers_come_before_every_office(asked: str, first: list[str]) -> None:
    """112 is the first call in immediate danger and at night, 114 for children; the others
    follow the offices, and every number is shown exactly once."""
    answer = evaluate(shipped_rules(), NETWORK, tuple(asked.split(",")), "it")
    assert [h.number for h in answer.first] == first
    shown = [h.number for h in (*answer.first, *answer.then)]
    assert sorted(shown) == ["112", "114", "1522"]


def test_questura_first_for_the_ammonimento() -> None:
    network = [*NETWORK, _office("questura", "police")]
    answer = evaluate(shipped_rules(), network, ("ammonimento",), "en")
    assert [m.office.id for m in answer.matches] == ["questura", "carabinieri", "cav"]
    assert "Questore" in answer.matches[0].reasons[0][1]


def test_social_emergency_service_first_when_there_is_no_home_tonight() -> None:
    network = [*NETWORK, _office("pis", "other", "pis", emergency="800 123 456 notte e festivi")]
    answer = evaluate(shipped_rules(), network, ("no-home",), "it")
    assert answer.matches[0].office.id == "pis"
    assert dict(answer.matches[0].reach)["emergency"] == "800 123 456 notte e festivi"


def test_cli_prints_112_before_the_offices_at_night(rete, vault_dir, vault) -> None:
    from rete_desktop.storage import offices

    offices.add_office(vault, "Comando Stazione Carabinieri", "carabinieri",
                       phones=["0375 42012"])
    vault.close()
    r = rete("who-to-call", "--situation", "notte,minori", "--vault", vault_dir)
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].startswith("112") and lines[1].startswith("114")
    assert lines.index(next(x for x in lines if x.startswith("1522"))) > lines.index(
        next(x for x in lines if "Carabinieri" in x))


SHIPPED = resource_path("who-to-call.json").read_text("utf-8")
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None)
@given(helpline=st.dictionaries(st.sampled_from(["number", "name", "note", "first"]), _json),
       situation=_json)
def test_rules_file_with_any_content_is_read_or_refused_cleanly(helpline, situation) -> None:
    """An edited rules file either reads or is refused with BadInput, never a crash."""
    doc = json.loads(SHIPPED)
    doc["helplines"].append(helpline)
    doc["situations"]["other"] = situation
    try:
        rules = parse_rules(doc)
    except BadInput:
        return
    assert set(rules.situations) >= {"night", "danger", "other"}
    for h in rules.helplines:
        assert h.first <= set(rules.situations)


IT = {"RETE_LANG": "it"}


def test_who_to_call_takes_italian_situations(rete: CliRunner, station: Path) -> None:
    r = rete("--vault", station, "--json", "who-to-call", "--situation", "notte,Disabilità",
             env=IT)
    assert r.code == 0, r.err
    assert json.loads(r.out)["situations"] == ["night", "disability"]
    r = rete("--vault", station, "who-to-call", "--situation", "luna", env=IT)
    assert r.code == 4 and "notte, minori, senza-casa, straniera, disabilita" in r.err
