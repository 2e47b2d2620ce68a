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
from collections.abc import Iterable
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

    The figures of the year's cases are counters kept up to date by the transactions that
    change a case (``stats_counts``, schema 0022): reading a year is reading its few dozen
    counters, whatever the number of its cases or of other years' cases. Deadlines and shelter
    stays are counted from their own indexes by date.
    """
    today = today or date.today()
    start, end = _year_bounds(year)
    counts = year_counts(vault, year)

    def facet(name: str, keys: tuple[str, ...] = ()) -> dict[str, Count]:
        return _counted(sorted(counts.get(name, {}).items()), keys)

    by_month = facet("month", MONTHS)
    sources = sorted(counts.get("source", {}).items(), key=lambda i: (i[0] != "", i[0]))
    exposure = facet("exposure", EXPOSURES)
    contact = counts.get("contact", {})
    dated = int(contact.get("dated", 0))
    met, missed = _deadlines(vault, year, today)
    return Stats(
        year=year, suppressed=False, new_cases=sum(v or 0 for v in by_month.values()),
        by_month=by_month, by_risk=facet("risk", RISKS), by_source=_counted(sources, ()),
        children=sum(v or 0 for v in exposure.values()),
        cases_with_children=int(counts.get("children", {}).get("cases", 0)),
        children_by_exposure=exposure, first_contact_cases=int(contact.get("cases", 0)),
        avg_days_to_first_contact=round(contact.get("days", 0) / dated, 1) if dated else None,
        deadlines_met=met, deadlines_missed=missed,
        by_access=facet("access", (*(a.value for a in AccessSource), UNKNOWN_SOURCE)),
        by_relation=facet("relation", (*(r.value for r in Relation if r is not Relation.PARENT),
                                       UNKNOWN_SOURCE)),
        by_form=facet("form", tuple(f.value for f in ViolenceForm)),
        by_service=facet("service", tuple(k.value for k in ServiceKind)),
        **_shelter(vault, year, start, end),
    )


def _deadlines(vault: Readable, year: int, today: date) -> tuple[int, int]:
    """Protocol tasks due in ``year``: done by their day (met), done late or still open past
    their day (missed). Tasks done are counters (schema 0022); open ones past their day are
    counted from the index by status and due date."""
    start, end = _year_bounds(year)
    outcomes = dict(vault.query("SELECT outcome, n FROM task_counts WHERE year = ?", (year,)))
    overdue = vault.query_one("SELECT count(*) FROM tasks WHERE status = 'open' AND due >= ?"
                              " AND due < min(?, ?)", (start, end, today.isoformat()))[0]
    return int(outcomes.get("met", 0)), int(outcomes.get("missed", 0)) + int(overdue)


def year_counts(vault: Readable, year: int) -> dict[str, dict[str, Any]]:
    """The year's counters by facet and code (an unknown value's code is ``''``); counters
    at zero are not kept."""
    found: dict[str, dict[str, Any]] = {}
    for facet, code, n in vault.query(
            "SELECT facet, code, n FROM stats_counts WHERE year = ?", (year,)):
        found.setdefault(facet, {})[code] = n
    return found


def _counted(rows: Iterable[tuple[str | None, Any]], keys: tuple[str, ...]) -> dict[str, Count]:
    """Counts per key, every known key present (a zero is information too); an empty or
    missing key is counted as unknown."""
    found: dict[str, Count] = dict.fromkeys(keys, 0)
    for key, n in rows:
        found[key or UNKNOWN_SOURCE] = (found.get(key or UNKNOWN_SOURCE) or 0) + int(n)
    return found


def _shelter(vault: Readable, year: int, start: str, end: str) -> dict[str, Any]:
    """The shelter survey's women and children hosted and days of stay: stays overlapping the
    year, days in the year. An ended stay has a row for each year it overlaps (schema 0022);
    a stay still open counts up to today."""
    women, children, days = vault.query_one(
        "SELECT count(DISTINCT case_id), coalesce(sum(children), 0), coalesce(sum(days), 0)"
        " FROM (SELECT case_id, children, days FROM stay_years WHERE year = :year"
        " UNION ALL SELECT case_id, children, max(0, julianday(min(:today, :end))"
        "  - julianday(max(start_on, :start))) FROM case_services WHERE kind = 'shelter'"
        "  AND end_on IS NULL AND start_on IS NOT NULL AND start_on < :end)",
        {"year": year, "start": start, "end": end, "today": date.today().isoformat()},
    )
    return {"shelter_women": women, "shelter_children": children, "shelter_days": int(days)}


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
