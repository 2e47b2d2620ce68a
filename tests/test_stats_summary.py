"""The statistics read counters, shelter stays and deadlines by year kept on write (schema
0022); they must always say what a count from the raw tables says. After any sequence of the
writes an office makes (cases opened, closed and erased, persons, relations, forms, services
and stays, notes and amendments, risk and source of access, protocol tasks done and reopened),
each case's summary row equals its figures computed from the raw tables, the counters equal the
sum of the rows, each ended stay has its rows by year, each task done its counter, and the
statistics of every year equal those counted case by case (``tests/stats_reference.py``, the
computation the app used before)."""

from __future__ import annotations

import contextlib
import itertools
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from rete_desktop.demo import DemoSize, fill_demo
from rete_desktop.domain.vocabulary import (
    AccessSource,
    ChildExposure,
    NoteCategory,
    PersonRole,
    Relation,
    RiskLevel,
    ServiceKind,
    ViolenceForm,
)
from rete_desktop.errors import BadInput
from rete_desktop.stats import aggregates
from rete_desktop.storage import case_record, cases, erasure, migrations, notes, protocols
from rete_desktop.storage.notes import insert_note
from rete_desktop.storage.vault import Vault, new_id, now_utc
from tests.conftest import PASSPHRASE, make_vault
from tests.sqlcipher_pages import database_plaintext, open_with_sqlite3mc
from tests.stats_reference import compute_from_raw

TODAY = date.today()
YEARS = (TODAY.year - 2, TODAY.year - 1, TODAY.year)
days = st.dates(date(TODAY.year - 2, 1, 1), TODAY)


def summary_problems(vault: Any) -> list[str]:
    """What differs between the summary and the raw tables (empty: nothing)."""
    problems = []
    for query, what in (
        ("SELECT * FROM case_stats EXCEPT SELECT * FROM case_figures", "stale case row"),
        ("SELECT * FROM case_figures EXCEPT SELECT * FROM case_stats", "missing case row"),
        ("SELECT CAST(substr(opened_on, 1, 4) AS INTEGER), facet, code, sum(n)"
         " FROM case_stats_keys GROUP BY 1, 2, 3 EXCEPT SELECT * FROM stats_counts",
         "counter off"),
        ("SELECT * FROM stats_counts EXCEPT SELECT CAST(substr(opened_on, 1, 4) AS INTEGER),"
         " facet, code, sum(n) FROM case_stats_keys GROUP BY 1, 2, 3", "counter left over"),
        ("SELECT year, outcome, count(*) FROM task_outcomes GROUP BY 1, 2"
         " EXCEPT SELECT * FROM task_counts", "deadline counter off"),
        ("SELECT * FROM task_counts EXCEPT SELECT year, outcome, count(*) FROM task_outcomes"
         " GROUP BY 1, 2", "deadline counter left over"),
        ("SELECT * FROM stay_years EXCEPT SELECT * FROM stay_years_of", "stale stay"),
        ("SELECT * FROM stay_years_of EXCEPT SELECT * FROM stay_years", "missing stay"),
    ):
        problems += [f"{what}: {row}" for row in vault.query(query)]
    for year in (*YEARS, TODAY.year - 10):
        summary, raw = aggregates.compute(vault, year), compute_from_raw(vault, year)
        problems += [f"{year} {name}: {getattr(summary, name)} != {getattr(raw, name)}"
                     for name in summary.__dataclass_fields__
                     if getattr(summary, name) != getattr(raw, name)]
    return problems


class OfficeWrites(RuleBasedStateMachine):
    """An office's writes in random order, through the app's storage functions."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.vault = make_vault(directory)
        self.cases: list[str] = []
        self.persons: dict[str, list[tuple[str, PersonRole]]] = {}
        self.notes: list[str] = []
        self.relations: list[tuple[str, str, str]] = []

    def teardown(self) -> None:
        self.vault.close()

    @rule(opened=days, risk=st.sampled_from(RiskLevel),
          source=st.sampled_from([None, "carabinieri", "1522", "Sportello del comune"]))
    def open_case(self, opened: date, risk: RiskLevel, source: str | None) -> None:
        case_id = cases.create_case(self.vault, "Caso", risk=risk.value, opened_on=opened,
                                    source=source)
        self.cases.append(case_id)
        self.persons[case_id] = []

    @precondition(lambda self: self.cases)
    @rule(data=st.data(), role=st.sampled_from(PersonRole),
          exposure=st.sampled_from([None, *ChildExposure]))
    def add_person(self, data: st.DataObject, role: PersonRole,
                   exposure: ChildExposure | None) -> None:
        case_id = data.draw(st.sampled_from(self.cases))
        person = cases.add_person(self.vault, case_id, role.value, "Persona",
                                  exposure=exposure.value if exposure and
                                  role is PersonRole.CHILD else None)
        self.persons[case_id].append((person, role))

    @precondition(lambda self: any(len(p) > 1 for p in self.persons.values()))
    @rule(data=st.data(), relation=st.sampled_from(Relation))
    def relate_or_change_relation(self, data: st.DataObject, relation: Relation) -> None:
        case_id = data.draw(st.sampled_from([c for c in self.cases if len(self.persons[c]) > 1]))
        one, other = data.draw(st.permutations(self.persons[case_id]))[:2]
        case_record.relate(self.vault, case_id, one[0], other[0], relation.value)
        self.relations.append((case_id, one[0], other[0]))

    @precondition(lambda self: self.relations)
    @rule(data=st.data(), relation=st.sampled_from(Relation))
    def change_relation(self, data: st.DataObject, relation: Relation) -> None:
        case_record.relate(self.vault, *data.draw(st.sampled_from(self.relations)),
                           relation.value)

    @precondition(lambda self: self.cases)
    @rule(data=st.data(), forms=st.sets(st.sampled_from(ViolenceForm), min_size=1))
    def add_forms(self, data: st.DataObject, forms: set[ViolenceForm]) -> None:
        case_record.set_forms(self.vault, data.draw(st.sampled_from(self.cases)),
                              [f.value for f in forms])

    @precondition(lambda self: self.cases)
    @rule(data=st.data(), kind=st.sampled_from(ServiceKind), start=st.none() | days,
          length=st.none() | st.integers(0, 400), children=st.integers(0, 3))
    def add_service_or_end_a_stay(self, data: st.DataObject, kind: ServiceKind,
                                  start: date | None, length: int | None,
                                  children: int) -> None:
        end = None if length is None else (start or date(TODAY.year - 2, 1, 1)) + timedelta(
            days=length)
        with contextlib.suppress(BadInput):  # an end before the open stay's start: refused
            case_record.add_service(self.vault, data.draw(st.sampled_from(self.cases)),
                                    kind.value, start_on=start, end_on=end, children=children)

    @precondition(lambda self: self.cases)
    @rule(data=st.data(), category=st.sampled_from(NoteCategory), day=days)
    def add_note(self, data: st.DataObject, category: NoteCategory, day: date) -> None:
        """A note written on ``day`` (as an imported referral's notes keep their date)."""
        note_id = new_id()
        with self.vault.transaction() as conn:
            insert_note(conn, note_id, data.draw(st.sampled_from(self.cases)),
                        f"{day.isoformat()}T10:00:00+00:00", category, "nota", "t", None)
        self.notes.append(note_id)

    @precondition(lambda self: self.notes)
    @rule(data=st.data())
    def amend_note(self, data: st.DataObject) -> None:
        self.notes.append(notes.amend_note(self.vault, data.draw(st.sampled_from(self.notes)),
                                           f"corretta {len(self.notes)}"))

    @precondition(lambda self: self.cases)
    @rule(data=st.data(), due=st.none() | days, done=st.none() | st.integers(-5, 5))
    def add_task(self, data: st.DataObject, due: date | None, done: int | None) -> None:
        """A task as a referral or the laboratorio brings it: open, or done early or late."""
        done_on = None if due is None or done is None else due + timedelta(days=done)
        with self.vault.transaction() as conn:
            conn.execute(
                "INSERT INTO tasks (id, case_id, title, due, status, done_on, created)"
                " VALUES (?, ?, 'passo', ?, ?, ?, ?)",
                (new_id(), data.draw(st.sampled_from(self.cases)), due and due.isoformat(),
                 "open" if done_on is None else "done", done_on and done_on.isoformat(),
                 now_utc()))

    @precondition(lambda self: self.cases)
    @rule(data=st.data(), trigger=days)
    def apply_protocol(self, data: st.DataObject, trigger: date) -> None:
        with contextlib.suppress(BadInput):  # its tasks still open: refused
            protocols.apply_protocol(self.vault, data.draw(st.sampled_from(self.cases)),
                                     "codice-rosso", trigger)

    @rule(data=st.data(), done=st.booleans())
    def tick_or_reopen_a_task(self, data: st.DataObject, done: bool) -> None:
        tasks = [r[0] for r in self.vault.query("SELECT id FROM tasks ORDER BY id")]
        if tasks:
            protocols.set_task_done(self.vault, data.draw(st.sampled_from(tasks)), done)

    @precondition(lambda self: self.cases)
    @rule(data=st.data(), status=st.sampled_from(["closed", "open"]))
    def close_or_reopen(self, data: st.DataObject, status: str) -> None:
        cases.set_status(self.vault, data.draw(st.sampled_from(self.cases)), status)

    @precondition(lambda self: self.cases)
    @rule(data=st.data(), risk=st.sampled_from(RiskLevel),
          access=st.sampled_from(AccessSource))
    def change_risk_and_access(self, data: st.DataObject, risk: RiskLevel,
                               access: AccessSource) -> None:
        case_id = data.draw(st.sampled_from(self.cases))
        cases.set_risk(self.vault, case_id, risk.value)
        case_record.set_access_source(self.vault, case_id, access.value)

    @precondition(lambda self: self.cases)
    @rule(data=st.data())
    def erase(self, data: st.DataObject) -> None:
        case_id = data.draw(st.sampled_from(self.cases))
        erasure.erase_case(self.vault, case_id)
        self.cases.remove(case_id)
        self.relations = [r for r in self.relations if r[0] != case_id]
        gone = {p for p, _ in self.persons.pop(case_id)}
        self.notes = [n for n in self.notes if self.vault.query_one(
            "SELECT 1 FROM notes WHERE id = ?", (n,)) is not None]
        assert not gone & {r[0] for r in self.vault.query("SELECT id FROM persons")}

    @invariant()
    def summary_says_what_the_raw_tables_say(self) -> None:
        assert summary_problems(self.vault) == []


def test_statistics_from_the_summary_equal_a_count_from_the_raw_tables(tmp_path: Path) -> None:
    runs = itertools.count()

    class InTmp(OfficeWrites):
        def __init__(self) -> None:
            super().__init__(tmp_path / f"run{next(runs)}")

    run_state_machine_as_test(
        InTmp,
        settings=settings(max_examples=20, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow]))


def test_every_form_and_service_has_a_bit(vault: Vault) -> None:
    """A new code in the vocabulary needs a migration giving it a bit, or it would not count."""
    codes = {(facet, code) for facet, code in vault.query("SELECT facet, code FROM stats_codes")}
    assert {("form", f.value) for f in ViolenceForm} <= codes
    assert {("service", k.value) for k in ServiceKind} <= codes
    bits = [bit for (bit,) in vault.query("SELECT bit FROM stats_codes GROUP BY facet, bit"
                                          " HAVING count(*) = 1")]
    assert len(bits) == len(codes) and all(bit & (bit - 1) == 0 for bit in bits)


def test_an_upgraded_vault_gets_the_figures_of_its_cases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0022 builds the summary of the cases an office already has."""
    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:21])
    monkeypatch.setattr(migrations, "LATEST", 21)
    old = make_vault(tmp_path / "v")
    fill_demo(old, DemoSize(cases=60, notes_per_case=3))
    old.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST", len(full))
    with Vault.open(tmp_path / "v", PASSPHRASE) as vault:
        assert vault.schema_version == len(full)
        assert vault.query_one("SELECT count(*) FROM case_stats")[0] == 60
        assert summary_problems(vault) == []


def test_an_erased_cases_figures_leave_the_file(vault: Vault) -> None:
    """Erasure takes the case's summary row and its counters away: an independent reader finds
    no row of the case, and its referral source is in no page of the file."""
    kept = cases.create_case(vault, "Resta", opened_on=TODAY, source="carabinieri")
    erased = cases.create_case(vault, "Va", opened_on=TODAY, source="Sportello Zanichelli")
    child = cases.add_person(vault, erased, "child", "Bimba", exposure="direct")
    assert child
    case_record.set_forms(vault, erased, ["stalking"])
    assert aggregates.compute(vault, TODAY.year).by_source == {"carabinieri": 1,
                                                              "Sportello Zanichelli": 1}
    erasure.erase_case(vault, erased)
    vault.checkpoint()
    conn = open_with_sqlite3mc(vault.directory / "vault.db", vault.raw_key)
    try:
        rows = conn.execute("SELECT case_id FROM case_stats").fetchall()
        counters = conn.execute("SELECT facet, code, n FROM stats_counts").fetchall()
    finally:
        conn.close()
    assert rows == [(kept,)]
    assert ("source", "Sportello Zanichelli") not in {(f, c) for f, c, _ in counters}
    assert all(n != 0 for _, _, n in counters)
    assert b"Sportello Zanichelli" not in database_plaintext(vault.directory, vault.raw_key)
    stats = aggregates.compute(vault, TODAY.year)
    assert (stats.new_cases, stats.children, stats.by_form["stalking"]) == (1, 0, 0)
    assert summary_problems(vault) == []
