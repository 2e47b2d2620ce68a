"""Validation and normalisation of the values users type (phones, e-mails, tax codes, text)."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

import phonenumbers
from codicefiscale import codicefiscale

from rete_desktop.errors import BadInput
from rete_desktop.messages import vocabulary

E = TypeVar("E", bound=StrEnum)

MAX_SHORT_TEXT = 200
MAX_NOTE_TEXT = 100_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def required_text(field: str, value: str | None, max_len: int = MAX_SHORT_TEXT) -> str:
    """Stripped text; empty or too long is a :class:`BadInput`."""
    text = (value or "").strip()
    if not text:
        raise BadInput("value.required", field=field)
    return limited_text(field, text, max_len)


def optional_text(field: str, value: str | None, max_len: int = MAX_SHORT_TEXT) -> str | None:
    text = (value or "").strip()
    return limited_text(field, text, max_len) if text else None


def limited_text(field: str, text: str, max_len: int) -> str:
    if len(text) > max_len:
        raise BadInput("value.too_long", field=field, max=max_len)
    return text


def choice(field: str, enum: type[E], value: str | E) -> E:
    """The enum member named by ``value`` in either language (``alto``, ``high``), or a
    :class:`BadInput` listing the allowed values in the language it is read in."""
    if isinstance(value, enum):
        return value
    with contextlib.suppress(ValueError):  # the stored value itself: no look-up needed
        return enum(value)
    values = tuple(member.value for member in enum)
    found = vocabulary.resolve(enum.__name__, str(value), values)
    if found is not None:
        return enum(found)
    raise BadInput("value.invalid_choice", field=field, value=value,
                   allowed=vocabulary.TypedValues(enum.__name__, values))


def normalise_phone(value: str | None) -> str | None:
    """E.164 form of an Italian (default region) or international number; None when empty."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, "IT")
    except phonenumbers.NumberParseException:
        raise BadInput("value.invalid_phone", value=text) from None
    if not phonenumbers.is_valid_number(number):
        raise BadInput("value.invalid_phone", value=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """The way Italians write a number: national format for Italy, international otherwise."""
    number = phonenumbers.parse(e164, "IT")
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 39
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def normalise_email(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > MAX_SHORT_TEXT or not _EMAIL.match(text):
        raise BadInput("value.invalid_email", value=text)
    return text.lower()


def normalise_codice_fiscale(value: str | None) -> str | None:
    """Upper-case codice fiscale after checking its check character; None when empty."""
    text = (value or "").strip().upper()
    if not text:
        return None
    if not codicefiscale.is_valid(text):
        raise BadInput("value.invalid_codice_fiscale", value=text)
    return text


def birth_year(value: int | str | None, today: date | None = None) -> int | None:
    if value is None or value == "":
        return None
    today = today or date.today()
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise BadInput("value.invalid_year", value=value) from None
    if not 1900 <= year <= today.year:
        raise BadInput("value.invalid_year", value=value)
    return year


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput("value.invalid_date", value=value) from None
