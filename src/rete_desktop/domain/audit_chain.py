"""The hash chain that makes the audit log tamper-evident.

Each entry's hash covers its content and the previous entry's hash, so editing, deleting or
reordering any entry breaks every hash after it. The genesis ``prev_hash`` is 64 zeros.
"""

from __future__ import annotations

import hashlib
import json

GENESIS = "0" * 64


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | None,
    detail: str,
) -> str:
    payload = _ENCODER.encode([prev_hash, seq, at, actor, action, entity, entity_id, detail])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# What ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` uses, made once: with
# arguments dumps builds a new encoder at every call, and every save hashes an entry.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
