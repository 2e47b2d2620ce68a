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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rete_desktop.crypto import sshsig
from rete_desktop.crypto.keys import InvalidKey, parse_encryption_key, parse_signing_key
from rete_desktop.domain.document_fields import DocumentFields
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

    @property
    def malformed(self) -> str:
        """The refusal of a document whose fields are wrong (its ``reason`` names the field)."""
        return f"{self.errors}.malformed"


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
    fields = Fields(envelope, kind.malformed)
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


class Fields(DocumentFields):
    """The document-field reader (:mod:`rete_desktop.domain.document_fields`) with the
    office ids, kinds and keys every signed document carries."""

    def office_id(self, name: str = "office_id") -> str:
        return self.text(name, 16, pattern=OFFICE_ID)

    def kind(self, name: str = "kind") -> OfficeKind:
        return OfficeKind(self.choice(name, {kind.value for kind in OfficeKind}))

    def signing_key(self, name: str = "signing_key") -> str:
        return self._key(name, parse_signing_key)

    def encryption_key(self, name: str = "encryption_key") -> str:
        return self._key(name, parse_encryption_key)

    def _key(self, name: str, parse: Callable[[str], str]) -> str:
        """A public key in its one canonical text form (keys are compared as text)."""
        value = self.text(name, 200)
        try:
            canonical = parse(value)
        except InvalidKey:
            raise self.fail(name, "malformed") from None
        if canonical != value:
            raise self.fail(name, "malformed")
        return canonical
