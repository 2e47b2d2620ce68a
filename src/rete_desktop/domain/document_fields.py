"""One reader for the fields of documents that come from outside the office.

Every incoming format (a packet's manifest, an office card, the network directory, a member
profile, a laboratorio document, a protocol file) reads its fields through
:class:`DocumentFields`. A field that is missing, of the wrong type, too long or malformed is
refused with the format's own error (``packet.not_rete``, ``directory.malformed``,
``lab.bad_document``, ``protocol.invalid``…), whose ``reason`` names the field as the file spells
it, in the reader's language ("il campo «members[2].name» è troppo lungo (al massimo 200
caratteri)"). Each limit is stated at the call, so what a format accepts reads off its parser;
the reader itself has no per-format defaults.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Self, TypeVar

from rete_desktop.domain import validation
from rete_desktop.errors import BadInput
from rete_desktop.i18n import Text

E = TypeVar("E", bound=StrEnum)


class DocumentFields:
    """Typed, bounded access to the members of one untrusted JSON object.

    ``error`` is the message id the format refuses with (it takes a ``{reason}``); ``params``
    are its other parameters; ``where`` is the object's path in the document (``members[3]``).
    """

    def __init__(self, obj: Any, error: str, where: str = "", **params: Any) -> None:
        self.error = error
        self.where = where
        self.params = params
        if not isinstance(obj, dict):
            raise self._refusal(where, "not_object" if where else "not_a_document")
        self.obj: dict[str, Any] = obj

    # --- refusals ------------------------------------------------------------------------

    def path(self, name: str) -> str:
        """The field's name as the file spells it, under this object's path."""
        return f"{self.where}.{name}" if self.where else name

    def fail(self, name: str, problem: str, **details: Any) -> BadInput:
        """The format's refusal naming field ``name``; ``problem`` is a ``document.*`` text."""
        return self._refusal(self.path(name), problem, **details)

    def _refusal(self, field: str, problem: str, **details: Any) -> BadInput:
        # The field is named inside the reason only: a top-level ``field`` would make a form
        # put the refusal under its own field of that name.
        reason = Text(f"document.{problem}", {"field": field, **details})
        return BadInput(self.error, **{**self.params, "reason": reason})

    # --- shape -----------------------------------------------------------------------------

    def exact(self, required: Collection[str], optional: Collection[str] = ()) -> None:
        """Exactly the ``required`` fields, and only ``optional`` ones besides."""
        keys = set(self.obj)
        if missing := sorted(set(required) - keys):
            raise self.fail(missing[0], "missing")
        if unknown := sorted(keys - set(required) - set(optional)):
            raise self.fail(unknown[0][:40], "unknown")

    def has(self, name: str) -> bool:
        """Whether the field is present and not null."""
        return self.obj.get(name) is not None

    def raw(self, name: str) -> Any:
        """The value as it is, for a caller that checks it itself."""
        return self.obj.get(name)

    # --- values ----------------------------------------------------------------------------

    def text(self, name: str, max_len: int, *, pattern: re.Pattern[str] | None = None) -> str:
        """Non-blank text of at most ``max_len`` characters (matching ``pattern``, if given)."""
        value = self.obj.get(name)
        if name not in self.obj:
            raise self.fail(name, "missing")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, "not_text")
        if len(value) > max_len:
            raise self.fail(name, "too_long", max=max_len)
        if pattern is not None and not pattern.fullmatch(value):
            raise self.fail(name, "malformed")
        return value

    def optional_text(self, name: str, max_len: int) -> str | None:
        """Text of at most ``max_len`` characters, possibly empty; None when absent or null."""
        return None if self.obj.get(name) is None else self.any_text(name, max_len)

    def any_text(self, name: str, max_len: int) -> str:
        """Text that may be empty (a request with nothing asked), at most ``max_len``."""
        value = self.obj.get(name)
        if not isinstance(value, str):
            raise self.fail(name, "missing" if name not in self.obj else "not_text")
        if len(value) > max_len:
            raise self.fail(name, "too_long", max=max_len)
        return value

    def choice(self, name: str, allowed: Collection[str]) -> str:
        """One of the ``allowed`` codes."""
        value = self.obj.get(name)
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(name, "missing" if name not in self.obj else "unknown_value")
        return value

    def code(self, name: str, enum: type[E]) -> E:
        """A value of the vocabulary ``enum``: its code, or its Italian word as
        :func:`validation.choice` reads what people type."""
        try:
            return validation.choice(name, enum, self.text(name, 64))
        except BadInput as exc:
            if exc.message_id == self.error:
                raise
            raise self.fail(name, "unknown_value") from None

    def optional_code(self, name: str, enum: type[E]) -> E | None:
        """:meth:`code`, or None when the field is absent, null or blank."""
        return self.code(name, enum) if (self.optional_text(name, 64) or "").strip() else None

    def integer(self, name: str, low: int, high: int) -> int:
        """A whole number from ``low`` to ``high`` (true and false are not numbers)."""
        value = self.obj.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(name, "not_integer", low=low, high=high)
        return value

    def day(self, name: str) -> date:
        """A ``YYYY-MM-DD`` date."""
        value = self.obj.get(name)
        if isinstance(value, str) and len(value) == 10:
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(name, "not_date")

    def optional_day(self, name: str) -> date | None:
        return None if self.obj.get(name) is None else self.day(name)

    def timestamp(self, name: str) -> datetime:
        """An ISO 8601 date-time with its UTC offset, returned in UTC."""
        value = self.obj.get(name)
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) and \
                len(value) <= 40 else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            raise self.fail(name, "not_timestamp")
        return moment.astimezone(UTC)

    # --- nested ----------------------------------------------------------------------------

    def entries(self, name: str, max_items: int, *, min_items: int = 0) -> list[Any]:
        """A list of ``min_items`` to ``max_items`` entries (checked by the caller)."""
        value = self.obj.get(name)
        if not isinstance(value, list) or not min_items <= len(value) <= max_items:
            raise self.fail(name, "not_list", low=min_items, high=max_items)
        return value

    def texts(self, name: str, max_items: int, max_len: int) -> list[str]:
        """A list of at most ``max_items`` texts of at most ``max_len`` characters each."""
        values = self.entries(name, max_items)
        for i, value in enumerate(values):
            if not isinstance(value, str):
                raise self.fail(f"{name}[{i}]", "not_text")
            if len(value) > max_len:
                raise self.fail(f"{name}[{i}]", "too_long", max=max_len)
        return values

    def text_map(self, name: str, max_items: int, key_len: int, max_len: int) -> dict[str, str]:
        """An object of at most ``max_items`` texts (at most ``max_len`` characters) under keys
        of at most ``key_len`` characters, e.g. office id → names."""
        inner = self.nested(name)
        if len(inner.obj) > max_items:
            raise self.fail(name, "too_many", max=max_items)
        for key in inner.obj:
            if len(key) > key_len:
                raise inner.fail(key[:40], "malformed")
            inner.any_text(key, max_len)
        return dict(inner.obj)

    def nested(self, name: str) -> Self:
        """The nested object ``name``, read the same way."""
        if name not in self.obj:
            raise self.fail(name, "missing")
        return type(self)(self.obj[name], self.error, self.path(name), **self.params)

    def objects(self, name: str, max_items: int, *, min_items: int = 0) -> list[Self]:
        """Each entry of the list ``name``, an object read the same way."""
        return [type(self)(entry, self.error, f"{self.path(name)}[{i}]", **self.params)
                for i, entry in enumerate(self.entries(name, max_items, min_items=min_items))]
