"""Filing what a transport brought in, exactly once.

Every packet that arrives (by mail or in the inbox folder) goes through :func:`file_packet`:
the same checks as ``rete packet import``, filed by its kind (referral, receipt, laboratorio).
Its outcome is written to ``inbox_log`` keyed by the SHA-256 of the bytes — for an import in
the very transaction that files it, for a refusal in its own — and only after that commit does
the transport mark the message or file as done at its source. A crash in between leaves the
message waiting; the next fetch finds its row here and only marks it done: nothing is lost and
nothing is imported twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput, ReteError, SecurityRefused
from rete_desktop.lab import exchange
from rete_desktop.packets import receipts, referral
from rete_desktop.packets.archive import MAX_PACKET_SIZE
from rete_desktop.packets.packet import ReceivedPacket, Store, VerifiedPacket, receive_any
from rete_desktop.storage.vault import Vault, now_utc
from rete_desktop.transport.deliveries import reason_json, reason_text

Progress = Callable[[int, int], None]  # (handled, total): for a progress line
IMPORTED = "imported"
REFUSED = "refused"
PROOF = "proof"
_BLOCK = 1024 * 1024  # a packet file is hashed this much at a time


def all_stores(vault: Vault) -> tuple[dict[str, Store], exchange.LabFiler]:
    """The ``store`` of every packet kind an office files (and the laboratorio filer, whose
    state says what a laboratorio packet did)."""
    lab = exchange.LabFiler(vault)
    return {
        referral.KIND: referral.referral_store(vault), receipts.KIND: receipts.store_receipt,
        **dict.fromkeys(exchange.LAB_KINDS, lab),
    }, lab


@dataclass(frozen=True)
class Arrival:
    """What happened to one arrived packet (``again``: it had been handled by an earlier run)."""

    outcome: str  # imported | refused | proof
    kind: str | None
    packet_id: str | None
    sender: str | None
    protocol: str | None
    reason: str | None
    again: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "kind": self.kind, "packet_id": self.packet_id,
                "sender": self.sender, "protocol": self.protocol,
                "reason": reason_text(self.reason) or None}


@dataclass
class FetchReport:
    """One fetch: what was imported, refused, filed as receipt or proof, and what waits."""

    imported: list[Arrival] = field(default_factory=list)
    refused: list[Arrival] = field(default_factory=list)
    receipts: list[Arrival] = field(default_factory=list)
    proofs: list[Arrival] = field(default_factory=list)
    waiting_parts: list[dict[str, Any]] = field(default_factory=list)

    def add(self, arrival: Arrival) -> None:
        if arrival.again and arrival.outcome != REFUSED:
            return
        if arrival.outcome == REFUSED:
            self.refused.append(arrival)
        elif arrival.outcome == PROOF:
            self.proofs.append(arrival)
        elif arrival.kind == receipts.KIND:
            self.receipts.append(arrival)
        else:
            self.imported.append(arrival)

    def to_json(self) -> dict[str, Any]:
        return {"imported": [a.to_json() for a in self.imported],
                "refused": [a.to_json() for a in self.refused],
                "receipts": [a.to_json() for a in self.receipts],
                "proofs": [a.to_json() for a in self.proofs],
                "waiting_parts": self.waiting_parts}


_COLS = "outcome, kind, packet_id, sender, protocol, reason"


def logged(vault: Vault, sha256: str) -> Arrival | None:
    """What an earlier fetch did with these exact bytes, if anything."""
    row = vault.query_one(f"SELECT {_COLS} FROM inbox_log WHERE sha256 = ?", (sha256,))
    return None if row is None else Arrival(row[0], row[1], row[2], row[3], row[4], row[5], True)


def _log(conn: Any, sha256: str, way: str, arrival: Arrival, size: int) -> None:
    conn.execute(
        f"INSERT INTO inbox_log (sha256, way, {_COLS}, size, recorded)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha256, way, arrival.outcome, arrival.kind, arrival.packet_id, arrival.sender,
         arrival.protocol, arrival.reason, size, now_utc()),
    )


def record_refusal(vault: Vault, sha256: str, size: int, way: str, error: ReteError) -> Arrival:
    """Commit a refusal (reason kept, bytes not: they stay at the source, in ``refused/``)."""
    arrival = Arrival(REFUSED, None, None, None, None, reason_json(error))
    with vault.transaction() as conn:
        _log(conn, sha256, way, arrival, size)
        vault.audit(AuditAction.TRANSPORT_REFUSED, "transport", way,
                    f"sha256={sha256};{error.message_id}")
    return arrival


def record_proof(conn: Any, data: bytes, way: str, packet_id: str, kind: str,
                 reason: str | None) -> None:
    """Log a PEC receipt as handled, inside the transaction that files it as proof
    (``reason``: why it is not trusted, if it is not)."""
    _log(conn, hashlib.sha256(data).hexdigest(), way,
         Arrival(PROOF, kind, packet_id or None, None, None, reason), len(data))


def file_packet(vault: Vault, source: bytes | BinaryIO, way: str) -> Arrival:
    """Import ``source`` like ``rete packet import`` and log the outcome (see the module doc).

    ``source``: a message's bytes, or a packet file open at its start, which is hashed and
    then decrypted as a stream (a 60 MB packet is never held whole).
    A refusal (bad input or security) is committed as such and returned; anything else (the
    disk, a bug) propagates, leaving the packet waiting at its source for the next fetch.
    """
    sha256, size = _digest(source)
    earlier = logged(vault, sha256)
    if earlier is not None:
        return earlier
    stores, _ = all_stores(vault)

    def logging(store: Store) -> Store:
        def run(conn: Any, packet: VerifiedPacket, protocol: str) -> str | None:
            case_id = store(conn, packet, protocol)
            _log(conn, sha256, way, _arrival(packet, protocol), size)
            return case_id
        return run

    try:
        received: ReceivedPacket = receive_any(
            vault, source, {kind: logging(store) for kind, store in stores.items()})
    except (BadInput, SecurityRefused) as exc:
        return record_refusal(vault, sha256, size, way, exc)
    return _arrival(received.packet, received.protocol)


def _digest(source: bytes | BinaryIO) -> tuple[str, int]:
    """SHA-256 and size of the bytes, or of the open file (rewound after): read a block at a
    time and no further than just past the cap, as the import refuses it there anyway."""
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest(), len(source)
    digest, size = hashlib.sha256(), 0
    while size <= MAX_PACKET_SIZE and (block := source.read(_BLOCK)):
        digest.update(block)
        size += len(block)
    source.seek(0)
    return digest.hexdigest(), size


def _arrival(packet: VerifiedPacket, protocol: str) -> Arrival:
    return Arrival(IMPORTED, packet.manifest.kind, packet.manifest.packet_id,
                   packet.sender.office_id, protocol, None)


def list_log(vault: Vault) -> list[dict[str, Any]]:
    """The inbox log, newest first (reasons in the reader's language)."""
    rows = vault.query(f"SELECT recorded, way, {_COLS}, size FROM inbox_log"
                       " ORDER BY recorded DESC")
    return [{"recorded": r[0], "way": r[1], "outcome": r[2], "kind": r[3], "packet_id": r[4],
             "sender": r[5], "protocol": r[6], "reason": reason_text(r[7]) or None,
             "size": r[8]} for r in rows]

