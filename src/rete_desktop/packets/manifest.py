"""`manifest.json`: what a packet claims (sender, recipients, parts) and its strict parser.

The manifest is the signed statement; the parser treats it as hostile input: bounded size,
depth and string length, no duplicate keys, no NaN, no unknown fields, every field typed.
Every field has a pattern or a closed set of values, so no free text of any length gets in.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rete_desktop.crypto.keys import InvalidKey, parse_signing_key
from rete_desktop.domain.document_fields import DocumentFields
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


def _part(fields: DocumentFields) -> PartInfo:
    fields.exact({"name", "media_type", "size", "sha256"})
    return PartInfo(
        fields.text("name", 100, pattern=PART_NAME),
        fields.text("media_type", 120, pattern=MEDIA_TYPE),
        fields.integer("size", 0, MAX_PART_SIZE), fields.text("sha256", 64, pattern=SHA256),
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
    fields = DocumentFields(load_json(data, max_size=MAX_MANIFEST_SIZE, what="manifest.json"),
                            "packet.not_rete")
    if fields.raw("format") != FORMAT:
        raise _not_rete(f"format is not {FORMAT!r}")
    fields.exact(_TOP_KEYS, _OPTIONAL_KEYS)
    kind = fields.choice("kind", KINDS)
    sender = fields.nested("sender")
    sender.exact({"office_id", "signing_key"})
    key_text = sender.text("signing_key", 200)
    try:
        signing_key = parse_signing_key(key_text)
    except InvalidKey:
        raise sender.fail("signing_key", "malformed") from None
    if signing_key != key_text:  # keys are compared as text, so only the canonical form
        raise sender.fail("signing_key", "malformed")
    sender_id = sender.text("office_id", 16, pattern=OFFICE_ID)
    recipients = fields.texts("recipients", MAX_RECIPIENTS, 16)
    if not recipients or not all(OFFICE_ID.fullmatch(r) for r in recipients):
        raise fields.fail("recipients", "malformed")
    if len(set(recipients)) != len(recipients):
        raise fields.fail("recipients", "duplicate")
    if sender_id in recipients:
        raise _not_rete("the sender is listed among the recipients")
    infos = tuple(_part(p) for p in fields.objects("parts", MAX_PARTS))
    if len({p.name for p in infos}) != len(infos):
        raise fields.fail("parts", "duplicate")
    # Optional means absent: a present in_reply_to (null included) must be a packet id.
    in_reply_to = fields.text("in_reply_to", 32, pattern=PACKET_ID) \
        if "in_reply_to" in fields.obj else None
    return Manifest(
        kind=kind, packet_id=fields.text("packet_id", 32, pattern=PACKET_ID),
        created=parse_created(fields.text("created", 20)),
        sender_office_id=sender_id, sender_signing_key=signing_key,
        recipients=tuple(recipients), parts=infos, in_reply_to=in_reply_to,
    )
