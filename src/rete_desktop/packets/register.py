"""The register (registro di protocollo): every packet sent or received, numbered per year.

Rows are written only inside the transaction that sends or files a packet, together with the
packet's SHA-256 (and, for the packets that need them, its bytes: see ``record``), so the
register can't disagree with what happened.

A packet is identified by its sender *and* its packet id, in every table and look-up: the id is
chosen by the sender, so another member can reuse it, and must not thereby shadow the first
sender's packet (issue 18).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from rete_desktop.errors import BadInput, NotFound, SecurityRefused
from rete_desktop.packets.manifest import Manifest
from rete_desktop.storage.vault import Vault, new_id, now_utc

SENT = "sent"
RECEIVED = "received"
ACKNOWLEDGED = "acknowledged"
# Kinds whose recipients are expected to send a signed receipt back, and how soon.
ACK_EXPECTED = ("referral",)
ACK_DUE_AFTER = timedelta(days=2)


@dataclass(frozen=True)
class RegisterEntry:
    id: str
    protocol: str
    direction: str
    packet_id: str
    kind: str
    created: datetime
    recorded: datetime
    counterparts: tuple[str, ...]
    case_id: str | None
    in_reply_to: str | None
    status: str
    acknowledged_by: tuple[str, ...] = ()
    overdue: bool = False
    sender_office_id: str = ""


def protocol_label(year: int, number: int) -> str:
    return f"{year}/{number:06d}"


def _allocate(conn: Any, year: int) -> tuple[int, str]:
    (number,) = conn.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM packet_register WHERE year = ?", (year,)
    ).fetchone()
    return int(number), protocol_label(year, int(number))


def next_protocol(conn: Any) -> str:
    """The protocol number the next register row will get (call inside the same transaction)."""
    return _allocate(conn, datetime.now(UTC).year)[1]


def record(
    conn: Any, *, direction: str, manifest: Manifest, counterparts: tuple[str, ...],
    case_id: str | None, evidence: bytes, sha256: str | None = None,
    status: str | None = None,
) -> RegisterEntry:
    """Add a register row and its evidence; call inside the transaction that sends/files it.

    The evidence row always holds the packet's SHA-256 (``sha256``, else that of
    ``evidence``); its bytes only when given: empty for a packet written straight to a file
    or a received referral (the register keeps the hash, not a second copy, issue 14).
    """
    recorded = now_utc()
    year = datetime.fromisoformat(recorded).year
    number, protocol = _allocate(conn, year)
    entry_id = new_id()
    conn.execute(
        "INSERT INTO packet_register (id, year, number, protocol, direction, sender_office_id,"
        " packet_id, kind, created, recorded, counterparts, case_id, in_reply_to, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, year, number, protocol, direction, manifest.sender_office_id,
         manifest.packet_id, manifest.kind,
         manifest.created.isoformat(), recorded, json.dumps(list(counterparts)), case_id,
         manifest.in_reply_to, status or direction),
    )
    conn.execute(
        "INSERT INTO packet_evidence (register_id, sha256, data) VALUES (?, ?, ?)",
        (entry_id, sha256 or hashlib.sha256(evidence).hexdigest(), evidence),
    )
    return RegisterEntry(
        entry_id, protocol, direction, manifest.packet_id, manifest.kind, manifest.created,
        datetime.fromisoformat(recorded), counterparts, case_id, manifest.in_reply_to,
        status or direction, sender_office_id=manifest.sender_office_id,
    )


def mark_seen(conn: Any, sender_office_id: str, packet_id: str) -> None:
    """Remember a received packet id; a second time is a replay (checked again under lock)."""
    if conn.execute(
        "SELECT 1 FROM packet_seen WHERE sender_office_id = ? AND packet_id = ?",
        (sender_office_id, packet_id),
    ).fetchone():
        raise SecurityRefused("packet.replay", packet_id=packet_id)
    conn.execute(
        "INSERT INTO packet_seen (sender_office_id, packet_id, seen) VALUES (?, ?, ?)",
        (sender_office_id, packet_id, now_utc()),
    )


def already_seen(vault: Vault, sender_office_id: str, packet_id: str) -> bool:
    return vault.query_one(
        "SELECT 1 FROM packet_seen WHERE sender_office_id = ? AND packet_id = ?",
        (sender_office_id, packet_id),
    ) is not None


def set_status(conn: Any, entry_id: str, status: str) -> None:
    conn.execute("UPDATE packet_register SET status = ? WHERE id = ?", (status, entry_id))


_COLS = (
    "r.id, r.protocol, r.direction, r.packet_id, r.kind, r.created, r.recorded, r.counterparts,"
    " r.case_id, r.in_reply_to, r.status,"
    " (SELECT json_group_array(from_office_id) FROM packet_receipts k"
    "  WHERE k.packet_id = r.packet_id AND r.direction = 'sent'), r.sender_office_id"
)


def _entry(row: Any, now: datetime) -> RegisterEntry:
    counterparts = tuple(json.loads(row[7]))
    acknowledged = tuple(sorted(json.loads(row[11] or "[]")))
    created = datetime.fromisoformat(row[5])
    overdue = (
        row[2] == SENT and row[4] in ACK_EXPECTED
        and set(acknowledged) < set(counterparts) and now - created > ACK_DUE_AFTER
    )
    status = row[10]
    if row[2] == SENT and row[4] in ACK_EXPECTED and set(counterparts) <= set(acknowledged):
        status = ACKNOWLEDGED
    return RegisterEntry(
        row[0], row[1], row[2], row[3], row[4], created, datetime.fromisoformat(row[6]),
        counterparts, row[8], row[9], status, acknowledged, overdue, row[12],
    )


def list_register(vault: Vault, *, now: datetime | None = None) -> list[RegisterEntry]:
    """The register, newest protocol number first, with receipts and overdue flags."""
    moment = now or datetime.now(UTC)
    rows = vault.query(f"SELECT {_COLS} FROM packet_register r ORDER BY year DESC, number DESC")
    return [_entry(r, moment) for r in rows]


def get_entry(vault: Vault, packet_id: str, direction: str,
              sender_office_id: str | None = None) -> RegisterEntry:
    """The row of a packet; a received id that two senders used needs ``sender_office_id``."""
    rows = vault.query(
        f"SELECT {_COLS} FROM packet_register r WHERE packet_id = ? AND direction = ?"
        " AND (? IS NULL OR sender_office_id = ?)",
        (packet_id, direction, sender_office_id, sender_office_id),
    )
    if not rows:
        raise NotFound("packet.not_in_register", packet_id=packet_id)
    if len(rows) > 1:
        raise BadInput("packet.ambiguous_id", packet_id=packet_id,
                       senders=", ".join(sorted(r[12] for r in rows)))
    return _entry(rows[0], datetime.now(UTC))


def find_received(vault: Vault, reference: str, kind: str, sender_office_id: str | None = None
                  ) -> RegisterEntry | None:
    """A received packet of ``kind`` by its protocol number or packet id (the one a user has
    on screen or in ``rete packet list``); None when no such packet was received."""
    rows = vault.query(
        f"SELECT {_COLS} FROM packet_register r WHERE direction = ? AND kind = ?"
        " AND (protocol = ? OR packet_id = ?) AND (? IS NULL OR sender_office_id = ?)",
        (RECEIVED, kind, reference, reference, sender_office_id, sender_office_id))
    if len(rows) > 1:
        raise BadInput("packet.ambiguous_id", packet_id=reference,
                       senders=", ".join(sorted(r[12] for r in rows)))
    return _entry(rows[0], datetime.now(UTC)) if rows else None


def evidence(vault: Vault, entry_id: str) -> bytes:
    """The original packet bytes kept for a register row (refused once redacted)."""
    row = vault.query_one(
        "SELECT e.data, e.redacted, r.packet_id FROM packet_evidence e"
        " JOIN packet_register r ON r.id = e.register_id WHERE e.register_id = ?", (entry_id,))
    if row is None:
        raise NotFound("packet.not_in_register", packet_id=entry_id)
    if row[1] is not None:
        raise NotFound("packet.evidence_redacted", packet_id=row[2], date=row[1][:10])
    return bytes(row[0])


def redact_evidence(conn: Any, entry_id: str) -> None:
    """Drop the stored bytes of a register row's packet, keeping its SHA-256 and the row.

    For an erasure (art. 17): a packet that carried the erased case among other content can
    neither be kept whole nor be re-written (its signature covers every byte), so the bytes go
    and ``redacted`` records when; the digest still identifies the original, which the other
    offices keep. A PEC provider's proof of a sent packet holds a copy of it too: emptied the
    same way (its kind, date and digest stay). Call inside the erasure's transaction.
    """
    conn.execute("UPDATE packet_evidence SET data = X'', redacted = ? WHERE register_id = ?",
                 (now_utc(), entry_id))
    conn.execute("UPDATE delivery_proofs SET data = X'' WHERE packet_id IN"
                 " (SELECT packet_id FROM packet_register WHERE id = ? AND direction = ?)",
                 (entry_id, SENT))
