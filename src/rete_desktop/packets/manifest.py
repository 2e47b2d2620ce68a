"""`manifest.json`: what a packet claims (sender, recipients, parts) and its strict parser.

The manifest is the signed statement; the parser treats it as hostile input: bounded size,
depth and string length, no duplicate keys, no NaN, no unknown fields, every field typed.
Every field has a pattern or a closed set of values, so no free text of any length gets in.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rete_desktop.crypto.keys import InvalidKey, parse_signing_key
from rete_desktop.errors import BadInput
from rete_desktop.packets.archive import MAX_MANIFEST_SIZE, MAX_PART_SIZE, MAX_PARTS, PART_NAME
from rete_desktop.packets.signed_document import strict_json

FORMAT = "rete-packet/1"
KINDS = ("referral", "receipt", "agenda-item", "agenda", "minutes", "action-update")
CREATED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

MAX_RECIPIENTS = 64

PACKET_ID = re.compile(r"[0-9a-f]{32}")
OFFICE_ID = re.compile(r"[0-9a-f]{16}")
CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
MEDIA_TYPE = re.compile(r"[a-z]+/[a-z0-9.+-]{1,100}")
SHA256 = re.compile(r"[0-9a-f]{64}")
_TOP_KEYS = {"format", "kind", "packet_id", "created", "sender", "recipients", "parts"}
_OPTIONAL_KEYS = {"in_reply_to"}


def _not_rete(reason: str) -> BadInput:
    return BadInput("packet.not_rete", reason=reason)


@dataclass(frozen=True)
class PartInfo:
    """One entry of ``parts``: the file under ``parts/`` and what it must hash to."""

    name: str
    media_type: str
    size: int
    sha256: str

    @classmethod
    def describe(cls, name: str, media_type: str, data: bytes) -> PartInfo:
        return cls(name, media_type, len(data), hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class Manifest:
    kind: str
    packet_id: str
    created: datetime
    sender_office_id: str
    sender_signing_key: str
    recipients: tuple[str, ...]
    parts: tuple[PartInfo, ...]
    in_reply_to: str | None = None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "kind": self.kind,
            "packet_id": self.packet_id,
            "created": self.created.astimezone(UTC).strftime(CREATED_FORMAT),
            "sender": {"office_id": self.sender_office_id, "signing_key": self.sender_signing_key},
            "recipients": list(self.recipients),
            "parts": [
                {"name": p.name, "media_type": p.media_type, "size": p.size, "sha256": p.sha256}
                for p in self.parts
            ],
        }
        if self.in_reply_to is not None:
            doc["in_reply_to"] = self.in_reply_to
        return doc

    def to_bytes(self) -> bytes:
        """Canonical bytes (sorted keys, no spaces, UTF-8): what the signature covers."""
        return canonical_json(self.to_json())


def canonical_json(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def load_json(data: bytes, *, max_size: int, what: str, max_string: int | None = None) -> Any:
    """Parse untrusted JSON with the directory's strict reader (no duplicate keys, no NaN, depth
    and string caps, valid Unicode) within ``max_size``, and optionally a tighter string cap;
    raises ``BadInput("packet.not_rete")``.
    """
    if len(data) > max_size:
        raise _not_rete(f"{what} is larger than {max_size} bytes")
    try:
        value = strict_json(data, "packet")
    except BadInput as exc:
        raise _not_rete(f"{what} is not valid JSON ({exc.params.get('reason', '')})") from None
    stack = [value] if max_string is not None else []
    while stack:
        item = stack.pop()
        if isinstance(item, str) and max_string is not None and len(item) > max_string:
            raise _not_rete(f"{what} has a text longer than {max_string} characters")
        if isinstance(item, dict):
            stack += [*item, *item.values()]
        elif isinstance(item, list):
            stack += item
    return value


def _text(doc: Mapping[str, Any], key: str, pattern: re.Pattern[str] | None = None) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or (pattern is not None and not pattern.fullmatch(value)):
        raise _not_rete(f"field {key!r} is missing or malformed")
    return value


def _part(doc: Any) -> PartInfo:
    if not isinstance(doc, dict) or set(doc) != {"name", "media_type", "size", "sha256"}:
        raise _not_rete("a part entry must have exactly name, media_type, size, sha256")
    size = doc["size"]
    if isinstance(size, bool) or not isinstance(size, int) or not 0 <= size <= MAX_PART_SIZE:
        raise _not_rete("a part size is not a valid number of bytes")
    return PartInfo(
        _text(doc, "name", PART_NAME), _text(doc, "media_type", MEDIA_TYPE), size,
        _text(doc, "sha256", SHA256),
    )


def parse_created(value: str) -> datetime:
    if not CREATED.fullmatch(value):  # strptime alone would take "2026-3-2T9:30:00Z"
        raise _not_rete("field 'created' is not UTC ISO 8601 (YYYY-MM-DDTHH:MM:SSZ)")
    try:
        return datetime.strptime(value, CREATED_FORMAT).replace(tzinfo=UTC)
    except ValueError as exc:
        raise _not_rete("field 'created' is not UTC ISO 8601 (YYYY-MM-DDTHH:MM:SSZ)") from exc


def parse_manifest(data: bytes) -> Manifest:
    """Check ``manifest.json`` against the rete-packet/1 schema; BadInput on any deviation."""
    doc = load_json(data, max_size=MAX_MANIFEST_SIZE, what="manifest.json")
    if not isinstance(doc, dict):
        raise _not_rete("manifest.json is not a JSON object")
    if doc.get("format") != FORMAT:
        raise _not_rete(f"format is not {FORMAT!r}")
    keys = set(doc)
    if not keys >= _TOP_KEYS or keys - _TOP_KEYS - _OPTIONAL_KEYS:
        raise _not_rete("manifest.json has missing or unknown fields")
    kind = _text(doc, "kind")
    if kind not in KINDS:
        raise _not_rete(f"unknown packet kind {kind[:40]!r}")
    sender = doc["sender"]
    if not isinstance(sender, dict) or set(sender) != {"office_id", "signing_key"}:
        raise _not_rete("sender must have exactly office_id and signing_key")
    key_text = _text(sender, "signing_key")
    try:
        signing_key = parse_signing_key(key_text)
    except InvalidKey as exc:
        raise _not_rete("sender signing_key is not an ssh-ed25519 key") from exc
    if signing_key != key_text:  # keys are compared as text, so only the canonical form
        raise _not_rete("sender signing_key is not canonical (a comment or extra blanks)")
    sender_id = _text(sender, "office_id", OFFICE_ID)
    recipients = doc["recipients"]
    if (
        not isinstance(recipients, list) or not 1 <= len(recipients) <= MAX_RECIPIENTS
        or not all(isinstance(r, str) and OFFICE_ID.fullmatch(r) for r in recipients)
        or len(set(recipients)) != len(recipients)
    ):
        raise _not_rete("recipients must be a non-empty list of distinct office ids")
    if sender_id in recipients:
        raise _not_rete("the sender is listed among the recipients")
    parts = doc["parts"]
    if not isinstance(parts, list) or len(parts) > MAX_PARTS:
        raise _not_rete(f"parts must be a list of at most {MAX_PARTS} entries")
    infos = tuple(_part(p) for p in parts)
    if len({p.name for p in infos}) != len(infos):
        raise _not_rete("two parts have the same name")
    # Optional means absent: a present in_reply_to (null included) must be a packet id.
    in_reply_to = _text(doc, "in_reply_to", PACKET_ID) if "in_reply_to" in doc else None
    return Manifest(
        kind=kind, packet_id=_text(doc, "packet_id", PACKET_ID),
        created=parse_created(_text(doc, "created")),
        sender_office_id=sender_id, sender_signing_key=signing_key,
        recipients=tuple(recipients), parts=infos, in_reply_to=in_reply_to,
    )
