"""Signed JSON documents (member cards, the directory): a strict reader and the envelope.

A signed document is one UTF-8 JSON object with exactly three members::

    {"format": "rete-card/1", "card": "<payload JSON text>", "signature": "<armored SSHSIG>"}

The payload is carried as a *string*, so the signed bytes are exactly the UTF-8 bytes of that
string: no canonical-JSON rules are needed to verify, and ``ssh-keygen -Y verify`` can check it
after extracting the string. Everything read here is untrusted: sizes, nesting, string lengths,
duplicate keys and non-finite numbers are refused with :class:`BadInput`; a signature that does
not verify is :class:`SecurityRefused`. No other exception escapes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rete_desktop.crypto import sshsig
from rete_desktop.crypto.keys import InvalidKey, parse_encryption_key, parse_signing_key
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, SecurityRefused

MAX_DEPTH = 32
MAX_STRING = 100_000
OFFICE_ID = re.compile(r"^[0-9a-f]{16}$")
MAX_NAME = 200


@dataclass(frozen=True)
class DocumentKind:
    """Which signed document: its format tag, payload member name, namespace and size cap."""

    format: str
    body: str
    namespace: str
    max_size: int
    errors: str  # message id prefix: "card" or "directory"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-finite number {name}")


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"duplicate key {key[:40]!r}")
        obj[key] = value
    return obj


def _walk(value: Any) -> Iterator[tuple[Any, int]]:
    """Every value with its nesting depth, iteratively (no recursion on hostile input)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        yield item, depth
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
            stack.extend((k, depth + 1) for k in item)
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)


def strict_json(data: bytes | str, errors: str) -> Any:
    """Parse JSON refusing duplicates, NaN/Infinity, deep nesting, huge or non-UTF-8 strings."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        value = json.loads(
            text, object_pairs_hook=_unique_object, parse_constant=_reject_constant
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadInput(f"{errors}.malformed", reason=str(exc)[:200]) from None
    for item, depth in _walk(value):
        if depth > MAX_DEPTH:
            raise BadInput(f"{errors}.malformed", reason="nested too deeply")
        if isinstance(item, str):
            if len(item) > MAX_STRING:
                raise BadInput(f"{errors}.malformed", reason="a text field is too long")
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise BadInput(f"{errors}.malformed", reason="invalid Unicode text") from None
    return value


def seal(kind: DocumentKind, payload: dict[str, Any], key: Ed25519PrivateKey) -> bytes:
    """The signed file for ``payload`` (the payload text is what the signature covers)."""
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1)
    signature = sshsig.sign(key, body.encode("utf-8"), kind.namespace).decode("ascii")
    envelope = {"format": kind.format, kind.body: body, "signature": signature}
    data = (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if len(data) > kind.max_size:
        raise BadInput(f"{kind.errors}.too_large", max=kind.max_size)
    return data


def open_signed(kind: DocumentKind, data: bytes) -> tuple[str, dict[str, Any]]:
    """Check size, envelope and signature; return the signer's key and the parsed payload.

    The caller must still compare the signer with the key it expects.
    """
    if len(data) > kind.max_size:
        raise BadInput(f"{kind.errors}.too_large", max=kind.max_size)
    envelope = strict_json(data, kind.errors)
    if not isinstance(envelope, dict) or envelope.get("format") != kind.format:
        raise BadInput(f"{kind.errors}.wrong_format", expected=kind.format)
    fields = Fields(envelope, kind.errors)
    fields.exact({"format", kind.body, "signature"})
    body = fields.text(kind.body, kind.max_size)
    signature = fields.text("signature", sshsig.MAX_ARMORED_SIZE)
    try:
        signer = sshsig.verify(
            signature.encode("ascii", "replace"), body.encode("utf-8"), kind.namespace
        )
    except sshsig.SignatureInvalid as exc:
        raise SecurityRefused(f"{kind.errors}.bad_signature", reason=str(exc)) from None
    payload = strict_json(body, kind.errors)
    if not isinstance(payload, dict) or payload.get("format") != kind.format:
        raise BadInput(f"{kind.errors}.wrong_format", expected=kind.format)
    return signer, payload


class Fields:
    """Typed, bounded access to the members of one untrusted JSON object."""

    def __init__(self, obj: Any, errors: str, where: str = "") -> None:
        if not isinstance(obj, dict):
            raise BadInput(f"{errors}.malformed", reason=f"{where or 'document'} is not an object")
        self.obj: dict[str, Any] = obj
        self.errors = errors
        self.where = where

    def fail(self, name: str, problem: str) -> BadInput:
        label = f"{self.where}.{name}" if self.where else name
        return BadInput(f"{self.errors}.malformed", reason=f"{label}: {problem}")

    def exact(self, required: set[str], optional: frozenset[str] = frozenset()) -> None:
        keys = set(self.obj)
        if missing := sorted(required - keys):
            raise self.fail(missing[0], "missing")
        if unknown := sorted(keys - required - optional):
            raise self.fail(unknown[0][:40], "not allowed")

    def text(self, name: str, max_len: int = MAX_NAME) -> str:
        value = self.obj.get(name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, "must be non-empty text")
        if len(value) > max_len:
            raise self.fail(name, "too long")
        return value

    def integer(self, name: str, low: int, high: int) -> int:
        value = self.obj.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(name, f"must be an integer from {low} to {high}")
        return value

    def office_id(self, name: str = "office_id") -> str:
        value = self.text(name, 16)
        if not OFFICE_ID.match(value):
            raise self.fail(name, "must be 16 lowercase hex digits")
        return value

    def kind(self, name: str = "kind") -> OfficeKind:
        value = self.text(name, 40)
        try:
            return OfficeKind(value)
        except ValueError:
            raise self.fail(name, "unknown office kind") from None

    def timestamp(self, name: str) -> datetime:
        value = self.text(name, 40)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "must be an ISO 8601 date-time") from None
        if moment.tzinfo is None:
            raise self.fail(name, "must carry a UTC offset")
        return moment.astimezone(UTC)

    def signing_key(self, name: str = "signing_key") -> str:
        value = self.text(name, 200)
        try:
            canonical = parse_signing_key(value)
        except InvalidKey as exc:
            raise self.fail(name, str(exc)) from None
        if canonical != value:
            raise self.fail(name, "not in canonical 'ssh-ed25519 <base64>' form")
        return canonical

    def encryption_key(self, name: str = "encryption_key") -> str:
        value = self.text(name, 200)
        try:
            canonical = parse_encryption_key(value)
        except InvalidKey as exc:
            raise self.fail(name, str(exc)) from None
        if canonical != value:
            raise self.fail(name, "not in canonical lowercase 'age1...' form")
        return canonical
