"""The statistics of a year counted from the raw tables, as the app did before schema 0022 kept
counters: the reference the summary's figures are checked against (tests/test_stats_summary.py).
Tests only: the app reads the counters (``stats.aggregates.compute``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from rete_desktop.domain.vocabulary import AccessSource, Relation, ServiceKind, ViolenceForm
from rete_desktop.stats.aggregates import (
    EXPOSURES,
    MONTHS,
    RISKS,
    UNKNOWN_SOURCE,
    Count,
    Stats,
    _counted,
    _year_bounds,
)
from rete_desktop.storage.vault import Readable

_CONTACT_NOTES = ("interview", "call", "visit")


def compute_from_raw(vault: Readable, year: int, today: date | None = None) -> Stats:
    """Exact aggregates of the cases opened in ``year``, each figure looked up case by case in
    persons, notes, relations, forms and services."""
    today = today or date.today()
    start, end = _year_bounds(year)
    in_year = "c.opened_on >= ? AND c.opened_on < ?"
    by_month: dict[str, Count] = dict.fromkeys(MONTHS, 0)
    by_risk: dict[str, Count] = dict.fromkeys(RISKS, 0)
    sources: dict[str, int] = {}
    access: list[tuple[str | None, int]] = []
    for month, risk, source, access_source, n in vault.query(
        "SELECT substr(c.opened_on, 6, 2), c.risk, c.source, c.access_source, count(*)"
        f" FROM cases c WHERE {in_year} GROUP BY 1, 2, 3, 4", (start, end),
    ):
        by_month[month] = (by_month[month] or 0) + n
        by_risk[risk] = (by_risk.get(risk) or 0) + n
        sources[source or UNKNOWN_SOURCE] = sources.get(source or UNKNOWN_SOURCE, 0) + n
        access.append((access_source, n))
    exposure: dict[str, int] = dict.fromkeys(EXPOSURES, 0)
    with_children: set[str] = set()
    for case_id, exp in vault.query(
        "SELECT c.id, p.exposure FROM cases c JOIN persons p ON p.case_id = c.id"
        f" WHERE {in_year} AND p.role = 'child'", (start, end),
    ):
        exposure[exp or "unknown"] += 1
        with_children.add(case_id)
    marks = ",".join("?" * len(_CONTACT_NOTES))
    measured, avg_days = vault.query_one(
        "SELECT count(first), avg(max(0, julianday(first) - julianday(opened_on))) FROM ("
        " SELECT opened_on, CASE WHEN note IS NULL THEN service WHEN service IS NULL THEN note"
        "  ELSE min(note, service) END AS first FROM ("
        "  SELECT c.opened_on,"
        "   (SELECT substr(n.created, 1, 10) FROM notes n WHERE n.case_id = c.id"
        f"    AND n.category IN ({marks}) ORDER BY n.created LIMIT 1) AS note,"
        "   (SELECT min(s.start_on) FROM case_services s WHERE s.case_id = c.id) AS service"
        f"  FROM cases c WHERE {in_year}))",
        (*_CONTACT_NOTES, start, end),
    )
    met, missed = vault.query_one(
        "SELECT coalesce(sum(status = 'done' AND done_on <= due), 0),"
        " coalesce(sum((status = 'done' AND done_on > due) OR (status = 'open' AND due < ?)), 0)"
        " FROM tasks WHERE status IN ('done', 'open') AND due >= ? AND due < ?",
        (today.isoformat(), start, end),
    )
    return Stats(
        year=year, suppressed=False, new_cases=sum(v or 0 for v in by_month.values()),
        by_month=by_month, by_risk=by_risk, by_source=_counted(sorted(
            sources.items(), key=lambda i: (i[0] != UNKNOWN_SOURCE, i[0])), ()),
        children=sum(exposure.values()), cases_with_children=len(with_children),
        children_by_exposure=dict(exposure), first_contact_cases=int(measured),
        avg_days_to_first_contact=round(avg_days, 1) if avg_days is not None else None,
        deadlines_met=met, deadlines_missed=missed,
        **_istat(vault, access, in_year, start, end),
    )


def _counts(vault: Readable, sql: str, params: tuple[Any, ...], keys: tuple[str, ...]
            ) -> dict[str, Count]:
    return _counted(vault.query(sql, params), keys)


def _istat(vault: Readable, access: list[tuple[str | None, int]], in_year: str, start: str,
           end: str) -> dict[str, Any]:
    by_relation = _counts(
        vault, "SELECT (SELECT r.relation FROM person_relations r"
        " JOIN persons o ON o.id = r.person_id AND o.role = 'offender'"
        " JOIN persons w ON w.id = r.to_person_id AND w.role = 'victim'"
        " WHERE r.case_id = c.id ORDER BY r.created, r.rowid LIMIT 1), count(*)"
        f" FROM cases c WHERE {in_year} GROUP BY 1", (start, end),
        (*(r.value for r in Relation if r is not Relation.PARENT), UNKNOWN_SOURCE))
    by_form = _counts(
        vault, "SELECT f.form, count(DISTINCT c.id) FROM cases c JOIN violence_forms f"
        f" ON f.case_id = c.id WHERE {in_year} GROUP BY 1", (start, end),
        tuple(f.value for f in ViolenceForm))
    by_service = _counts(
        vault, "SELECT s.kind, count(DISTINCT c.id) FROM cases c JOIN case_services s"
        f" ON s.case_id = c.id WHERE {in_year} GROUP BY 1", (start, end),
        tuple(k.value for k in ServiceKind))
    return {"by_access": _counted(access, (*(a.value for a in AccessSource), UNKNOWN_SOURCE)),
            "by_relation": by_relation, "by_form": by_form, "by_service": by_service,
            **_shelter(vault, start, end)}


def _shelter(vault: Readable, start: str, end: str) -> dict[str, Any]:
    """Every shelter stay that started before the year's end and ended in it or later (or is
    still open), its days in the year."""
    women, children, days = vault.query_one(
        "SELECT count(DISTINCT case_id), coalesce(sum(children), 0), coalesce(sum(max(0,"
        " julianday(min(coalesce(end_on, :today), :end)) - julianday(max(start_on, :start)))),"
        " 0) FROM case_services WHERE kind = 'shelter' AND start_on IS NOT NULL"
        " AND start_on < :end AND (end_on IS NULL OR end_on >= :start)",
        {"start": start, "end": end, "today": date.today().isoformat()},
    )
    return {"shelter_women": women, "shelter_children": children, "shelter_days": int(days)}
