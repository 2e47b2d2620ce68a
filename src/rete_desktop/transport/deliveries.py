"""The outgoing states of each sent packet, per recipient: queued -> sent -> delivered.

``failed`` keeps the reason (a message id and its parameters, translated when shown) and is
retried; ``not_delivered`` is a PEC *mancata consegna*. ``acknowledged`` is not stored here: it
is the signed Rete receipt the register already records (``packet_receipts``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import ReteError
from rete_desktop.i18n import Text, translate
from rete_desktop.storage.vault import Vault, now_utc

QUEUED = "queued"
SENT = "sent"
DELIVERED = "delivered"
FAILED = "failed"
NOT_DELIVERED = "not_delivered"
ACKNOWLEDGED = "acknowledged"  # shown, never stored: a Rete receipt came back


@dataclass(frozen=True)
class Delivery:
    packet_id: str
    recipient: str
    way: str
    address: str
    state: str
    reason: str | None  # JSON {"id": message id, "params": {...}}
    attempts: int
    message_id: str | None
    updated: str

    def reason_text(self, lang: str | None = None) -> str:
        return reason_text(self.reason, lang)

    def to_json(self, acknowledged_by: tuple[str, ...]) -> dict[str, Any]:
        """As the register shows it (``packet list --json``, ``packet send --json``)."""
        return {"recipient": self.recipient, "way": self.way, "address": self.address,
                "state": shown_state(self, acknowledged_by),
                "reason": self.reason_text() or None, "attempts": self.attempts,
                "updated": self.updated}


def reason_json(error: ReteError) -> str:
    """A refusal or failure kept as its message id, so it is shown in the reader's language."""
    return reason_json_id(error.message_id, **error.params)


def reason_json_id(message_id: str, **params: Any) -> str:
    return json.dumps({"id": message_id, "params": _params_json(params)}, sort_keys=True)


def _params_json(params: dict[str, Any]) -> dict[str, Any]:
    """Parameters as text; a nested message (a refusal's reason naming a field) keeps its id."""
    return {k: {"id": v.message_id, "params": _params_json(v.params)} if isinstance(v, Text)
            else str(v) for k, v in params.items()}


def _params_read(params: dict[str, Any]) -> dict[str, Any]:
    return {k: Text(v["id"], _params_read(v["params"])) if isinstance(v, dict) else v
            for k, v in params.items()}


def reason_text(reason: str | None, lang: str | None = None) -> str:
    if not reason:
        return ""
    doc = json.loads(reason)
    return translate(doc["id"], lang, **_params_read(doc["params"]))


_COLS = "packet_id, recipient, way, address, state, reason, attempts, message_id, updated"


def _delivery(row: Any) -> Delivery:
    return Delivery(row[0], row[1], row[2], row[3], row[4], row[5], int(row[6]), row[7], row[8])


def queue(conn: Any, packet_id: str, recipient: str, way: str, address: str) -> None:
    """Queue (or re-queue) one recipient of a sent packet; call inside a transaction."""
    conn.execute(
        "INSERT INTO packet_deliveries (packet_id, recipient, way, address, state, updated)"
        " VALUES (?, ?, ?, ?, 'queued', ?) ON CONFLICT (packet_id, recipient) DO UPDATE SET"
        " way = excluded.way, address = excluded.address, state = 'queued', reason = NULL,"
        " updated = excluded.updated",
        (packet_id, recipient, way, address, now_utc()),
    )


def set_state(
    vault: Vault, packet_id: str, recipient: str, state: str, *, reason: str | None = None,
    message_id: str | None = None, attempt: bool = False,
) -> None:
    """Move one delivery to ``state`` (audited, in its own transaction)."""
    with vault.transaction() as conn:
        update(vault, conn, packet_id, recipient, state, reason=reason, message_id=message_id,
               attempt=attempt)


def update(
    vault: Vault, conn: Any, packet_id: str, recipient: str, state: str, *,
    reason: str | None = None, message_id: str | None = None, attempt: bool = False,
) -> None:
    """:func:`set_state` inside the caller's transaction."""
    conn.execute(
        "UPDATE packet_deliveries SET state = ?, reason = ?,"
        " message_id = coalesce(?, message_id), attempts = attempts + ?, updated = ?"
        " WHERE packet_id = ? AND recipient = ?",
        (state, reason, message_id, int(attempt), now_utc(), packet_id, recipient),
    )
    vault.audit(AuditAction.TRANSPORT_DELIVERY, "packet", packet_id,
                {"to": recipient, "state": state})


def list_deliveries(vault: Vault, packet_id: str | None = None) -> list[Delivery]:
    """Deliveries of one packet (or all), by packet then recipient."""
    if packet_id is None:
        rows = vault.query(f"SELECT {_COLS} FROM packet_deliveries ORDER BY packet_id, recipient")
    else:
        rows = vault.query(f"SELECT {_COLS} FROM packet_deliveries WHERE packet_id = ?"
                           " ORDER BY recipient", (packet_id,))
    return [_delivery(r) for r in rows]


def pending(vault: Vault) -> list[Delivery]:
    """What still has to go out: queued (never tried, or interrupted) and failed deliveries."""
    rows = vault.query(f"SELECT {_COLS} FROM packet_deliveries WHERE state IN ('queued', 'failed')"
                       " ORDER BY updated")
    return [_delivery(r) for r in rows]


def by_message_id(vault: Vault, message_id: str) -> list[Delivery]:
    """Deliveries sent as this Message-ID (one of the fragments' ids when it was split)."""
    if not message_id.startswith("<") or not message_id.endswith(">"):
        return []
    rows = vault.query(f"SELECT {_COLS} FROM packet_deliveries WHERE instr(' ' || message_id"
                       " || ' ', ?) > 0", (f" {message_id} ",))
    return [_delivery(r) for r in rows]


def shown_state(delivery: Delivery, acknowledged_by: tuple[str, ...]) -> str:
    """The state the register shows: a returned Rete receipt beats any transport state."""
    return ACKNOWLEDGED if delivery.recipient in acknowledged_by else delivery.state
