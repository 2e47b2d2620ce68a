"""Dates as Italian offices write them (dd/mm/yyyy) in every document and sentence a person
reads; ISO dates stay for JSON, the database and file names."""

from __future__ import annotations

from datetime import date, datetime


def day(value: date | str | None) -> str:
    """dd/mm/yyyy, the way Italian offices write dates, for a date or an ISO date; other text
    as it is, "" for None."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return value.strftime("%d/%m/%Y") if value else ""


def moment(value: datetime) -> str:
    """dd/mm/yyyy hh:mm."""
    return value.strftime("%d/%m/%Y %H:%M")
