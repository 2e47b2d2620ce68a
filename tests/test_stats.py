"""Statistics: exact aggregates checked against an independent count on generated data, and
small counts suppressed in everything that can leave the office (JSON, CSV, PDF)."""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
from datetime import date, timedelta

import pytest
import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from rete_desktop.demo import DemoSize, fill_demo
from rete_desktop.domain.vocabulary import NoteCategory, PersonRole
from rete_desktop.stats.aggregates import (
    SUPPRESSED_LABEL,
    compute,
    for_export,
    suppress_group,
    to_json,
)
from rete_desktop.storage import case_record, cases, notes, protocols
from rete_desktop.storage.notes import insert_note
from rete_desktop.storage.vault import new_id, now_utc

TODAY = date.today()


def _add_contacts_and_deadlines(vault, seed: int = 5) -> None:
    """Later first contacts and protocol tasks met, missed or pending, at random."""
    rng = random.Random(seed)
    with vault.transaction() as conn:
        for (case_id, opened) in conn.execute("SELECT id, opened_on FROM cases").fetchall():
            opened = date.fromisoformat(opened)
            conn.execute("DELETE FROM tasks WHERE case_id = ?", (case_id,))
            if rng.random() < 0.3:  # some cases have no protocol tasks
                continue
            for _ in range(rng.randint(0, 3)):
                due = opened + timedelta(days=rng.randint(1, 20))
                status = rng.choice(["open", "done"])
                done_on = due + timedelta(days=rng.randint(-3, 3)) if status == "done" else None
                conn.execute(
                    "INSERT INTO tasks (id, case_id, title, due, status, done_on, created)"
                    " VALUES (?, ?, 'passo', ?, ?, ?, ?)",
                    (new_id(), case_id, due.isoformat(), status,
                     done_on.isoformat() if done_on else None, now_utc()),
                )
    # cases without notes do not count for the first contact average
    case_id = cases.create_case(vault, "senza note", opened_on=TODAY - timedelta(days=1))
    assert not notes.list_notes(vault, case_id)
    other = cases.create_case(vault, "contatto dopo 4 giorni", opened_on=TODAY - timedelta(days=5))
    with vault.transaction() as conn:
        insert_note(conn, new_id(), other, f"{TODAY - timedelta(days=1)}T10:00:00+00:00",
                    NoteCategory.CALL, "primo contatto", "t", None)


def independent_count(vault, year: int) -> dict:
    """The same aggregates counted in Python from the repositories, record by record."""
    in_year = [c for c in cases.list_cases(vault, limit=10**6) if c.opened_on.year == year]
    children = [p for c in in_year for p in cases.list_persons(vault, c.id)
                if p.role is PersonRole.CHILD]
    gaps = []
    for c in in_year:  # a first contact: a conversation note or the start of a service
        contacts = [n.created.date() for n in notes.list_notes(vault, c.id)
                    if n.category.value in ("interview", "call", "visit")]
        contacts += [s.start_on for s in case_record.list_services(vault, c.id) if s.start_on]
        if contacts:
            gaps.append(max(0, (min(contacts) - c.opened_on).days))
    records = {c.id: case_record.load(vault, c.id) for c in in_year}
    roles = {p.id: p.role.value for c in in_year for p in cases.list_persons(vault, c.id)}

    def relation(case_id: str) -> str:
        return next((r.relation.value for r in records[case_id].relations
                     if roles[r.person_id] == "offender" and roles[r.to_person_id] == "victim"),
                    "unknown")

    stays = [s for c in cases.list_cases(vault, limit=10**6)
             for s in case_record.list_services(vault, c.id)
             if s.kind.value == "shelter" and s.start_on and s.start_on.year <= year
             and (s.end_on is None or s.end_on.year >= year)]
    year_end = date(year + 1, 1, 1)
    tasks = [t for t in protocols.list_tasks(vault) if t.due and t.due.year == year]
    met = sum(1 for t in tasks if t.done_on and t.done_on <= t.due)
    missed = sum(1 for t in tasks if (t.done_on and t.done_on > t.due)
                 or (t.status.value == "open" and t.due < TODAY))
    months = Counter(f"{c.opened_on.month:02d}" for c in in_year)
    return {
        "new_cases": len(in_year),
        "by_month": {f"{m:02d}": months.get(f"{m:02d}", 0) for m in range(1, 13)},
        "by_risk": {r: sum(1 for c in in_year if c.risk.value == r)
                    for r in ("low", "medium", "high")},
        "by_source": dict(sorted(Counter(c.source or "unknown" for c in in_year).items())),
        "children": len(children),
        "cases_with_children": len({p.case_id for p in children}),
        "by_exposure": {e: sum(1 for p in children if (p.exposure.value if p.exposure
                                                        else "unknown") == e)
                        for e in ("witnessed", "direct", "unknown")},
        "first_contact_cases": len(gaps),
        "avg_days": round(sum(gaps) / len(gaps), 1) if gaps else None,
        "met": met, "missed": missed,
        "by_access": Counter(c.access_source.value if c.access_source else "unknown"
                             for c in in_year),
        "by_relation": Counter(relation(c.id) for c in in_year),
        "by_form": Counter(f.form.value for c in in_year for f in records[c.id].forms),
        "by_service": Counter(k for c in in_year
                              for k in {s.kind.value for s in records[c.id].services}),
        "shelter": (len({s.case_id for s in stays}), sum(s.children for s in stays),
                    sum(max(0, (min(s.end_on or TODAY, year_end)
                                - max(s.start_on, date(year, 1, 1))).days)  # type: ignore[type-var]
                        for s in stays)),
    }


def test_stats_match_an_independent_count_on_generated_data(vault):
    fill_demo(vault, DemoSize(cases=150, notes_per_case=2))
    _add_contacts_and_deadlines(vault)
    for year in (TODAY.year, TODAY.year - 1):
        s = compute(vault, year)
        expected = independent_count(vault, year)
        assert s.new_cases == expected["new_cases"] > 0
        assert s.by_month == expected["by_month"]
        assert s.by_risk == expected["by_risk"]
        assert s.by_source == expected["by_source"]
        assert (s.children, s.cases_with_children) == (expected["children"],
                                                       expected["cases_with_children"])
        assert s.children_by_exposure == expected["by_exposure"]
        assert s.first_contact_cases == expected["first_contact_cases"]
        assert s.avg_days_to_first_contact == expected["avg_days"]
        assert (s.deadlines_met, s.deadlines_missed) == (expected["met"], expected["missed"])
        for section in ("by_access", "by_relation", "by_form", "by_service"):
            assert {k: v for k, v in getattr(s, section).items() if v} == expected[section]
        assert (s.shelter_women, s.shelter_children, s.shelter_days) == expected["shelter"]
    assert compute(vault, TODAY.year).avg_days_to_first_contact > 0
    assert compute(vault, TODAY.year).shelter_women > 0


def _groups(doc: dict) -> list[dict]:
    """Groups that add up to a known total (a single hidden cell could be recovered)."""
    return [doc["by_month"], doc["by_risk"], doc["by_source"], doc["children"]["by_exposure"],
            doc["deadlines"], doc["by_access"], doc["by_relation"]]


def _counts(doc: dict) -> list:
    values = [doc["new_cases"], doc["children"]["total"], doc["children"]["cases_with_children"],
              doc["first_contact"]["cases"], doc["shelter"]["women"], doc["shelter"]["children"],
              *doc["by_form"].values(), *doc["by_service"].values()]
    for group in _groups(doc):
        values += list(group.values())
    return values


def assert_safe_to_share(shared: dict, exact: dict) -> None:
    """No count of 1 or 2; a hidden cell is never the only hidden one of a group whose total
    could reveal it; every shown count equals the exact one."""
    assert not [v for v in _counts(shared) if v in (1, 2)]
    for shown, real in zip(_groups(shared), _groups(exact), strict=True):
        hidden = [k for k, v in shown.items() if v is None]
        assert all(0 < real[k] < 3 or real[k] >= 3 for k in hidden)
        if len(hidden) == 1:
            assert not [v for k, v in shown.items() if k not in hidden and v]
        assert all(shown[k] == real[k] for k in shown if shown[k] is not None)
    if shared["first_contact"]["cases"] is None:
        assert shared["first_contact"]["average_days"] is None


def _small_office(vault) -> None:
    """Few cases, so several counts are 1 or 2."""
    year = TODAY.year
    specs = [("high", "carabinieri", 1), ("low", "1522", 1), ("low", "spontaneous", 2),
             ("low", "spontaneous", 3), ("medium", "spontaneous", 3), ("medium", "spontaneous", 3),
             ("low", "spontaneous", 3)]
    for n, (risk, source, month) in enumerate(specs):
        case_id = cases.create_case(vault, "caso", risk=risk, opened_on=date(year, month, 10),
                                    source=source)
        cases.add_person(vault, case_id, "child", "Bimbo", exposure="witnessed")
        case_record.set_forms(vault, case_id, "psychological" if n else "physical,sexual")
        if n < 4:
            case_record.set_access_source(vault, case_id, "police" if n else "1522")
        if n == 0:  # one shelter stay: one woman, two children, a count that must not show
            case_record.add_service(vault, case_id, "shelter", start_on=date(year, month, 11),
                                    end_on=date(year, month, 20), children=2)


def test_small_counts_are_suppressed_in_json_csv_and_pdf(rete, vault, vault_dir, tmp_path):
    _small_office(vault)
    exact = to_json(compute(vault, TODAY.year))
    vault.close()
    r = rete("stats", "--json", "--vault", vault_dir)
    assert r.code == 0, r.err
    shared = json.loads(r.out)
    assert shared["suppressed"] is True
    assert_safe_to_share(shared, exact)
    assert shared["by_risk"] == {"low": 4, "medium": None, "high": None}
    assert shared["shelter"] == {"women": None, "children": None, "days": None}
    assert shared["by_form"]["psychological"] == 6 and shared["by_form"]["sexual"] is None
    # 1522 alone would be recoverable from the total: the next smallest cell goes too
    access = shared["by_access"]
    assert (access["helpline_1522"], access["police"], access["unknown"]) == (None, None, 3)
    assert exact["shelter"] == {"women": 1, "children": 2, "days": 9}

    assert rete("stats", "--csv", tmp_path / "s.csv", "--vault", vault_dir).code == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text("utf-8"))))
    assert not [r for r in rows if r["Value"] in ("1", "2")]
    assert {r["item_key"]: r["Value"] for r in rows if r["section_key"] == "by_risk"} == {
        "low": "4", "medium": SUPPRESSED_LABEL, "high": SUPPRESSED_LABEL}

    assert rete("stats", "--pdf", tmp_path / "s.pdf", "--vault", vault_dir).code == 0
    text = "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "s.pdf")).pages)
    assert "Statistics" in text and SUPPRESSED_LABEL in text and "Page 1 of" in text

    internal = rete("stats", "--internal", "--vault", vault_dir)
    assert "  high: 1" in internal.out  # exact figures only on the office's own terminal
    assert rete("stats", "--internal", "--json", "--vault", vault_dir).code == 2


def test_the_statistics_report_is_printed_in_the_users_language(rete, vault, vault_dir,
                                                               tmp_path):
    _small_office(vault)
    vault.close()

    def report(lang: str) -> str:
        pdf = tmp_path / f"{lang}.pdf"
        assert rete("stats", "--pdf", pdf, "--vault", vault_dir, env={"RETE_LANG": lang}).code == 0
        # labels may wrap in their column: words are compared, not line breaks
        return " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())

    english, italian = report("en"), report("it")
    for words in ("Statistics", "Office", "Protocol deadlines met", "Counts below 3 are hidden",
                  "New cases by month", "Jan", "Page 1 of"):
        assert words in english
    for words in ("Statistiche", "Pagina", "Nuovi casi", "Ufficio", "oscurati", "gen"):
        assert words not in english
    for words in ("Statistiche", "Ufficio", "Scadenze dei protocolli rispettate", "oscurati",
                  "Nuovi casi per mese", "gen", "Pagina 1 di"):
        assert words in italian


def test_stats_plain_output_has_readable_labels(rete, tmp_path) -> None:
    vault_dir = tmp_path / "v"
    assert rete("init", "--office-name", "CAV", "--office-kind", "cav",
                "--vault", vault_dir).code == 0
    year = str(date.today().year)
    r = rete("stats", "--year", year, "--vault", vault_dir, env={"RETE_LANG": "it"})
    assert r.code == 0, r.err
    assert "Nuovi casi per mese" in r.out and "  gennaio: 0" in r.out
    assert "  alto: 0" in r.out and "  rispettate: 0" in r.out
    assert "by_month" not in r.out and "." not in r.out.splitlines()[1]
    english = rete("stats", "--year", year, "--vault", vault_dir).out
    assert "New cases by month" in english and "  January: 0" in english


@given(st.dictionaries(st.text(min_size=1, max_size=3), st.integers(0, 12), max_size=8))
def test_suppression_never_leaves_a_single_recoverable_cell(counts):
    out = suppress_group(counts)
    assert not [v for v in out.values() if v in (1, 2)]
    hidden = [k for k, v in out.items() if v is None]
    if len(hidden) == 1:
        assert not [v for k, v in out.items() if k not in hidden and v]
    assert all(out[k] == counts[k] for k in out if out[k] is not None)


def test_export_keeps_large_counts_exact(vault):
    fill_demo(vault, DemoSize(cases=120, notes_per_case=1))
    exact = compute(vault, TODAY.year)
    shared = for_export(exact)
    assert_safe_to_share(to_json(shared), to_json(exact))
    assert shared.new_cases == exact.new_cases


def test_csv_headers_and_labels_are_in_the_users_language_with_stable_key_columns(
    rete, vault, vault_dir, tmp_path
):
    _small_office(vault)
    vault.close()
    out = tmp_path / "s.csv"
    assert rete("stats", "--csv", out, "--vault", vault_dir, env={"RETE_LANG": "it"}).code == 0
    header, *lines = list(csv.reader(io.StringIO(out.read_text("utf-8"))))
    assert header == ["Anno", "Sezione", "Voce", "Valore", "section_key", "item_key"]
    by_risk = {r[2]: r[3] for r in lines if r[4] == "by_risk"}
    assert by_risk == {"basso": "4", "medio": SUPPRESSED_LABEL, "alto": SUPPRESSED_LABEL}
    assert {r[1] for r in lines if r[4] == "by_risk"} == {"Nuovi casi per rischio"}
    assert [r[2] for r in lines if r[4] == "by_month"][0] == "gennaio"
    assert rete("stats", "--csv", out, "--vault", vault_dir).code == 0
    header, *lines = list(csv.reader(io.StringIO(out.read_text("utf-8"))))
    assert header == ["Year", "Section", "Item", "Value", "section_key", "item_key"]
    assert ["New cases by risk", "high", "by_risk", "high"] in [r[1:3] + r[4:] for r in lines]


def test_every_stats_option_has_help_in_both_languages(monkeypatch):
    from rete_desktop.cli.main import build_parser, subcommands

    helps = {}
    for lang in ("it", "en"):
        monkeypatch.setenv("RETE_LANG", lang)
        stats = subcommands(build_parser()).choices["stats"]  # type: ignore[union-attr]
        helps[lang] = {a.option_strings[-1]: a.help for a in stats._actions if a.option_strings}
    for option in ("--year", "--csv", "--pdf", "--internal", "--json"):
        assert helps["it"][option] and helps["en"][option], option
        assert helps["it"][option] != helps["en"][option], option
    assert "section_key" in helps["en"]["--csv"]


def test_charts_speak_the_language_asked_for(vault):
    """The app and the report draw their charts in the UI language."""
    from reportlab.graphics import renderSVG

    from rete_desktop.reports.stats_pdf import charts

    _small_office(vault)
    stats = compute(vault, TODAY.year)
    english = " ".join(renderSVG.drawToString(d) for d in charts(stats, "en"))
    italian = " ".join(renderSVG.drawToString(d) for d in charts(stats, "it"))
    assert "New cases by month" in english and "Jan" in english and "High" in english
    assert "Nuovi casi per mese" not in english and ">gen<" not in english
    assert "Nuovi casi per mese" in italian and "Alto" in italian


@given(st.lists(st.tuples(st.text(st.characters(exclude_characters=";:"), min_size=1),
                          st.one_of(st.none(), st.integers(0, 10**6))), max_size=20))
def test_a_chart_in_words_names_every_bar_in_order_and_hides_what_the_bars_hide(bars):
    """The screen reader's description of a chart: each bar's label and count, in the
    chart's order; a suppressed count reads "<3" as on the bar."""
    from rete_desktop.reports.stats_pdf import Chart

    chart = Chart("Title", [label for label, _ in bars], [value for _, value in bars],
                  horizontal=True)
    said = chart.text().split("; ") if bars else []
    assert said == [f"{label}: {'<3' if value is None else value}" for label, value in bars]


def test_a_years_statistics_read_only_that_years_counters(vault) -> None:
    """Cost independent of the other years' data and of the year's own number of cases: the
    year's counters by their key, deadlines and stays by their indexes on dates, never a whole
    table nor the cases (SQLite's own query plans)."""
    from rete_desktop.stats import aggregates

    asked: list[tuple[str, object]] = []

    class Planned:
        def query(self, sql, params=()):
            asked.append((sql, params))
            return vault.query(sql, params)

        def query_one(self, sql, params=()):
            asked.append((sql, params))
            return vault.query_one(sql, params)

    aggregates.compute(Planned(), 2025)
    steps = [str(row[3]) for sql, params in asked
             for row in vault.query(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert "SEARCH stats_counts USING PRIMARY KEY (year=?)" in steps
    assert [step for step in steps if step.startswith("SCAN") and "subquery" not in step] == []
    assert not any(table in step for step in steps
                   for table in (" cases ", " persons ", " notes ", " case_stats "))


def test_the_screens_counts_share_one_connection_closed_on_lock(vault, monkeypatch) -> None:
    from rete_desktop.stats.reader import YearCounter

    opened = []
    open_reader = vault.open_reader

    def counted():
        opened.append(open_reader())
        return opened[-1]

    monkeypatch.setattr(vault, "open_reader", counted)
    cases.create_case(vault, "Caso")
    counter = YearCounter(vault)
    assert counter.compute(TODAY.year).new_cases == 1
    cases.create_case(vault, "Altro caso")
    assert counter.compute(TODAY.year).new_cases == 2  # the same connection sees the change
    assert len(opened) == 1
    vault.close()
    with pytest.raises(sqlcipher3.ProgrammingError):  # closed with the vault
        opened[0].query("SELECT 1")
