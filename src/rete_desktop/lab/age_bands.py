"""Age bands for laboratorio items: an exact age, with the town and the family's make-up,
identifies a family in a district of a few tens of thousands of people; a band does not.

Children: 0–2, 3–5, 6–10, 11–13, 14–17 (nursery, pre-school, primary, lower and upper
secondary school); adults: 18–24, 25–34, 35–44, 45–54, 55–64, 65+. A person recorded as an adult
but younger than 18 gets a child's band, so the band never hides a minor.
"""

from __future__ import annotations

from datetime import date

# (code, lowest age): ordered, each band runs to the next one's lowest age minus one.
BANDS: tuple[tuple[str, int], ...] = (
    ("0-2", 0), ("3-5", 3), ("6-10", 6), ("11-13", 11), ("14-17", 14),
    ("18-24", 18), ("25-34", 25), ("35-44", 35), ("45-54", 45), ("55-64", 55), ("65+", 65),
)
CODES = tuple(code for code, _ in BANDS)


def band_of_age(age: int) -> str:
    """The band holding ``age`` (in whole years, 0 or more)."""
    found = BANDS[0][0]
    for code, lowest in BANDS:
        if age >= lowest:
            found = code
    return found


def band(birth_year: int | None, today: date) -> str | None:
    """The band of someone born in ``birth_year`` (None when the year is not recorded)."""
    return None if birth_year is None else band_of_age(max(0, today.year - birth_year))


def order(code: str | None) -> int:
    """Position of a band for sorting (unknown last)."""
    return CODES.index(code) if code in CODES else len(CODES)


def band_of_entry(entry: dict[str, object]) -> str | None:
    """The band of a person in an item: ``age_band`` (format 2), or the exact ``age`` of an
    item stored before bands (format 1), shown as its band so no screen shows it again."""
    value = entry.get("age_band")
    if isinstance(value, str) and value in CODES:
        return value
    old = entry.get("age")
    if isinstance(old, int) and not isinstance(old, bool):
        return band_of_age(old)
    return None


def display(code: str) -> str:
    """"18–24" with an en dash, "65+" as it is."""
    return code.replace("-", "–")
