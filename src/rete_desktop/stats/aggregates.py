"""Yearly aggregates of an office's cases, for the Region/ISTAT survey and for the network.

:func:`compute` gives exact counts (for the office's own eyes); :func:`for_export` gives the
version that may leave the office: every count of 1 or 2 is suppressed, and when a group of
counts that adds up to a known total would have a single suppressed cell, the next smallest
cell of that group is suppressed too, so the hidden value can't be recovered by subtraction.
Averages over fewer than :data:`THRESHOLD` cases are suppressed as well.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rete_desktop import messages
from rete_desktop.domain.vocabulary import AccessSource, Relation, ServiceKind, ViolenceForm
from rete_desktop.i18n import current_language, translate
from rete_desktop.messages import vocabulary
from rete_desktop.storage.vault import Readable

THRESHOLD = 3
SUPPRESSED_LABEL = "<3"
MONTHS = tuple(f"{m:02d}" for m in range(1, 13))
RISKS = ("low", "medium", "high")
EXPOSURES = ("witnessed", "direct", "unknown")
UNKNOWN_SOURCE = "unknown"

Count = int | None  # None: suppressed


@dataclass(frozen=True)
class Stats:
    """Aggregates for one year; counts are ``None`` where suppressed."""

    year: int
    suppressed: bool
    new_cases: Count
    by_month: dict[str, Count]
    by_risk: dict[str, Count]
    by_source: dict[str, Count]
    children: Count
    cases_with_children: Count
    children_by_exposure: dict[str, Count]
    first_contact_cases: Count
    avg_days_to_first_contact: float | None
    deadlines_met: Count
    deadlines_missed: Count
    by_access: dict[str, Count] = field(default_factory=dict)
    by_relation: dict[str, Count] = field(default_factory=dict)
    by_form: dict[str, Count] = field(default_factory=dict)
    by_service: dict[str, Count] = field(default_factory=dict)
    shelter_women: Count = 0
    shelter_children: Count = 0
    shelter_days: Count = 0
    groups: tuple[str, ...] = field(
        default=("by_month", "by_risk", "by_source", "children_by_exposure", "by_access",
                 "by_relation", "by_form", "by_service"), repr=False
    )


def _year_bounds(year: int) -> tuple[str, str]:
    return f"{year:04d}-01-01", f"{year + 1:04d}-01-01"


def compute(vault: Readable, year: int, today: date | None = None) -> Stats:
    """Exact aggregates of the cases opened in ``year`` (deadlines: tasks due in ``year``).

    Every query starts from the year's cases (the ``cases_for_stats`` index on the opening
    date, schema 0014) and reaches their persons, notes and services by case, through indexes
    that hold what the figures need (schema 0020: no table row is read per case): the cost
    follows the year's own cases, not what the vault holds for other years.
    """
    today = today or date.today()
    start, end = _year_bounds(year)
    in_year = "c.opened_on >= ? AND c.opened_on < ?"
    by_month: dict[str, Count] = dict.fromkeys(MONTHS, 0)
    by_risk: dict[str, Count] = dict.fromkeys(RISKS, 0)
    sources: dict[str | None, int] = {}
    access: list[tuple[str | None, int]] = []
    for month, risk, source, access_source, n in vault.query(  # one pass, index only
        "SELECT substr(c.opened_on, 6, 2), c.risk, c.source, c.access_source, count(*)"
        f" FROM cases c WHERE {in_year} GROUP BY 1, 2, 3, 4", (start, end),
    ):
        by_month[month] = (by_month[month] or 0) + n
        by_risk[risk] = (by_risk.get(risk) or 0) + n
        sources[source] = sources.get(source, 0) + n
        access.append((access_source, n))
    by_source: dict[str, Count] = {(source or UNKNOWN_SOURCE): n for source, n in
                                   sorted(sources.items(), key=lambda i: (i[0] is not None,
                                                                         i[0] or ""))}
    exposure: dict[str, int] = dict.fromkeys(EXPOSURES, 0)
    with_children: set[str] = set()
    for case_id, exp in vault.query(
        "SELECT c.id, p.exposure FROM cases c CROSS JOIN persons p ON p.case_id = c.id"
        f" WHERE {in_year} AND p.role = 'child'", (start, end),
    ):
        exposure[exp or "unknown"] += 1
        with_children.add(case_id)
    measured, avg_days = _first_contact(vault, in_year, start, end)
    met, missed = vault.query_one(
        "SELECT coalesce(sum(status = 'done' AND done_on <= due), 0),"
        " coalesce(sum((status = 'done' AND done_on > due) OR (status = 'open' AND due < ?)), 0)"
        " FROM tasks WHERE status IN ('done', 'open') AND due >= ? AND due < ?",
        (today.isoformat(), start, end),
    )
    return Stats(
        year=year, suppressed=False, new_cases=sum(v or 0 for v in by_month.values()),
        by_month=by_month, by_risk=by_risk, by_source=by_source, children=sum(exposure.values()),
        cases_with_children=len(with_children), children_by_exposure=dict(exposure),
        first_contact_cases=measured,
        avg_days_to_first_contact=round(avg_days, 1) if avg_days is not None else None,
        deadlines_met=met, deadlines_missed=missed,
        **_istat(vault, access, in_year, start, end),
    )


# A first contact is a conversation with the woman: an interview, a call or a visit note, or
# the start of a service (the referral's own note, written on import, is not one).
_CONTACT_NOTES = ("interview", "call", "visit")


def _first_contact(vault: Readable, in_year: str, start: str, end: str) -> tuple[int, Any]:
    """Cases with a first contact, and the average days from opening (or the referral's
    arrival) to it, from the real dates recorded. Each of the year's cases looks up its own
    earliest contact note (by case and date: it stops at the first) and earliest service."""
    marks = ",".join("?" * len(_CONTACT_NOTES))
    row = vault.query_one(
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
    return int(row[0]), row[1]


def _counted(rows: list[tuple[str | None, int]], keys: tuple[str, ...]) -> dict[str, Count]:
    """Counts per key, every known key present (a zero is information too)."""
    found: dict[str, Count] = dict.fromkeys(keys, 0)
    for key, n in rows:
        found[key or UNKNOWN_SOURCE] = (found.get(key or UNKNOWN_SOURCE) or 0) + n
    return found


def _counts(vault: Readable, sql: str, params: tuple[Any, ...], keys: tuple[str, ...]
            ) -> dict[str, Count]:
    return _counted(vault.query(sql, params), keys)


def _istat(vault: Readable, access: list[tuple[str | None, int]], in_year: str, start: str,
           end: str) -> dict[str, Any]:
    """The L. 53/2022 variables (docs/istat.md): source of access (counted with the year's
    other case fields), the offender's relation to the woman, forms of violence and services
    (cases opened in the year); the shelter survey's women and children hosted and days of
    stay (stays overlapping the year, days in the year)."""
    by_access = _counted(access, (*(a.value for a in AccessSource), UNKNOWN_SOURCE))
    by_relation = _counts(
        vault, "SELECT (SELECT r.relation FROM person_relations r"
        " JOIN persons o ON o.id = r.person_id AND o.role = 'offender'"
        " JOIN persons w ON w.id = r.to_person_id AND w.role = 'victim'"
        " WHERE r.case_id = c.id ORDER BY r.created, r.rowid LIMIT 1), count(*)"
        f" FROM cases c WHERE {in_year} GROUP BY 1", (start, end),
        (*(r.value for r in Relation if r is not Relation.PARENT), UNKNOWN_SOURCE))
    by_form = _counts(
        vault, "SELECT f.form, count(DISTINCT c.id) FROM cases c CROSS JOIN violence_forms f"
        f" ON f.case_id = c.id WHERE {in_year} GROUP BY 1", (start, end),
        tuple(f.value for f in ViolenceForm))
    by_service = _counts(
        vault, "SELECT s.kind, count(DISTINCT c.id) FROM cases c CROSS JOIN case_services s"
        f" ON s.case_id = c.id WHERE {in_year} GROUP BY 1", (start, end),
        tuple(k.value for k in ServiceKind))
    women, children, days = vault.query_one(
        "SELECT count(DISTINCT case_id), coalesce(sum(children), 0), coalesce(sum(max(0,"
        " julianday(min(coalesce(end_on, :today), :end)) - julianday(max(start_on, :start)))),"
        " 0) FROM case_services WHERE kind = 'shelter' AND start_on IS NOT NULL"
        " AND start_on < :end AND (end_on IS NULL OR end_on >= :start)",
        {"start": start, "end": end, "today": date.today().isoformat()},
    )
    return {"by_access": by_access, "by_relation": by_relation, "by_form": by_form,
            "by_service": by_service, "shelter_women": women, "shelter_children": children,
            "shelter_days": int(days)}


def suppress_count(n: Count) -> Count:
    return None if n is None or 0 < n < THRESHOLD else n


def suppress_group(counts: dict[str, Count]) -> dict[str, Count]:
    """Primary suppression of small counts, plus one secondary cell if only one is hidden."""
    out = {k: suppress_count(v) for k, v in counts.items()}
    hidden = [k for k, v in out.items() if v is None]
    if len(hidden) == 1:
        visible = sorted((v, k) for k, v in out.items() if v)
        if visible:
            out[visible[0][1]] = None
    return out


def for_export(stats: Stats) -> Stats:
    """The version of ``stats`` that may leave the office."""
    met_missed = suppress_group({"met": stats.deadlines_met, "missed": stats.deadlines_missed})
    measured = suppress_count(stats.first_contact_cases)
    return Stats(
        year=stats.year, suppressed=True, new_cases=suppress_count(stats.new_cases),
        by_month=suppress_group(stats.by_month), by_risk=suppress_group(stats.by_risk),
        by_source=suppress_group(stats.by_source), children=suppress_count(stats.children),
        cases_with_children=suppress_count(stats.cases_with_children),
        children_by_exposure=suppress_group(stats.children_by_exposure),
        first_contact_cases=measured,
        avg_days_to_first_contact=stats.avg_days_to_first_contact if measured else None,
        deadlines_met=met_missed["met"], deadlines_missed=met_missed["missed"],
        by_access=suppress_group(stats.by_access), by_relation=suppress_group(stats.by_relation),
        # forms and services overlap (one case, several forms): no total to subtract from
        by_form={k: suppress_count(v) for k, v in stats.by_form.items()},
        by_service={k: suppress_count(v) for k, v in stats.by_service.items()},
        shelter_women=suppress_count(stats.shelter_women),
        shelter_children=suppress_count(stats.shelter_children),
        shelter_days=stats.shelter_days if suppress_count(stats.shelter_women) else None,
    )


def to_json(stats: Stats) -> dict[str, Any]:
    """JSON-ready dict; suppressed counts are ``null`` (and listed under ``suppressed_label``)."""
    return {
        "year": stats.year,
        "suppressed": stats.suppressed,
        "suppression_threshold": THRESHOLD,
        "new_cases": stats.new_cases,
        "by_month": stats.by_month,
        "by_risk": stats.by_risk,
        "by_source": stats.by_source,
        "children": {
            "total": stats.children,
            "cases_with_children": stats.cases_with_children,
            "by_exposure": stats.children_by_exposure,
        },
        "first_contact": {
            "cases": stats.first_contact_cases,
            "average_days": stats.avg_days_to_first_contact,
        },
        "deadlines": {"met": stats.deadlines_met, "missed": stats.deadlines_missed},
        "by_access": stats.by_access,
        "by_relation": stats.by_relation,
        "by_form": stats.by_form,
        "by_service": stats.by_service,
        "shelter": {"women": stats.shelter_women, "children": stats.shelter_children,
                    "days": stats.shelter_days},
    }


def rows(stats: Stats) -> list[tuple[str, str, str]]:
    """(section, key, value) rows; suppressed counts read ``<3``."""
    def cell(v: Count | float) -> str:
        return SUPPRESSED_LABEL if v is None else str(v)

    out = [("total", "new_cases", cell(stats.new_cases))]
    for section in stats.groups:
        out += [(section, k, cell(v)) for k, v in getattr(stats, section).items()]
    out += [
        ("children", "total", cell(stats.children)),
        ("children", "cases_with_children", cell(stats.cases_with_children)),
        ("first_contact", "cases", cell(stats.first_contact_cases)),
        ("first_contact", "average_days",
         "-" if stats.avg_days_to_first_contact is None else str(stats.avg_days_to_first_contact)),
        ("deadlines", "met", cell(stats.deadlines_met)),
        ("deadlines", "missed", cell(stats.deadlines_missed)),
        ("shelter", "women", cell(stats.shelter_women)),
        ("shelter", "children", cell(stats.shelter_children)),
        ("shelter", "days", cell(stats.shelter_days)),
    ]
    return out


# Sections whose keys are vocabulary values (sources are office kinds or ``stats.source.*``).
_SECTION_VOCABULARY = {"by_risk": "RiskLevel", "children_by_exposure": "ChildExposure",
                       "by_source": "OfficeKind", "by_access": "AccessSource",
                       "by_relation": "Relation", "by_form": "ViolenceForm",
                       "by_service": "ServiceKind"}


def section_label(section: str, lang: str | None = None) -> str:
    return translate(f"stats.section.{section}", lang)


def key_label(section: str, key: str, lang: str | None = None) -> str:
    """A row's key in words (``high`` -> ``alto``, ``01`` -> ``gennaio``); a free-text
    referral source is shown as recorded."""
    lang = lang or current_language()
    if section == "by_month":
        return translate(f"stats.month.{key}", lang)
    if key == UNKNOWN_SOURCE:
        return translate("stats.unknown", lang)
    if section in _SECTION_VOCABULARY:
        if f"stats.source.{key}" in messages.CATALOG:
            return translate(f"stats.source.{key}", lang)
        return vocabulary.label(_SECTION_VOCABULARY[section], key, lang)
    return translate(f"stats.key.{section}.{key}", lang)


CSV_KEY_COLUMNS = ("section_key", "item_key")


def _no_formula(text: str) -> str:
    """Text a spreadsheet would run as a formula, quoted with a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(stats: Stats, lang: str | None = None) -> str:
    """CSV of the aggregates: year, section, item and value with headers and labels in ``lang``
    (default: the UI language), then the stable codes ``section_key`` and ``item_key`` for
    scripts; see docs/laboratorio.md."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([translate(f"stats.csv.{c}", lang) for c in ("year", "section", "item",
                                                                 "value")]
                    + list(CSV_KEY_COLUMNS))
    for section, key, value in rows(stats):
        writer.writerow([stats.year, section_label(section, lang),
                         _no_formula(key_label(section, key, lang)), value, section,
                         _no_formula(key)])
    return buffer.getvalue()
