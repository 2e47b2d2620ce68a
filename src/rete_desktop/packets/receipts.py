"""Signed receipts: the recipient of a packet acknowledges it with a `receipt` packet.

A receipt is an ordinary packet (kind ``receipt``, ``in_reply_to`` = the acknowledged packet
id) with one part, ``receipt.json``, which names the sender of the acknowledged packet (packet
ids are the sender's choice, so an id alone does not say whose packet it is). The sender
accepts it only for a packet it sent to that very office, once; the register then shows the
packet as acknowledged.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from rete_desktop import events
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.document_fields import DocumentFields
from rete_desktop.errors import SecurityRefused
from rete_desktop.packets import register
from rete_desktop.packets.manifest import load_json
from rete_desktop.packets.packet import (
    PacketSource,
    ReceivedPacket,
    SealedPacket,
    VerifiedPacket,
    receive_packet,
    seal_packet,
)
from rete_desktop.storage.vault import Vault, now_utc

KIND = "receipt"
PART = "receipt.json"
FORMAT = "rete-receipt/1"
MAX_RECEIPT_JSON = 4096


def make_receipt(vault: Vault, packet_id: str, sender: str | None = None) -> SealedPacket:
    """Acknowledge a received packet to its sender; marks the register row acknowledged.

    ``sender`` (the office id) is needed only when two senders used the same packet id.
    """
    entry = register.get_entry(vault, packet_id, register.RECEIVED, sender)
    body = {"format": FORMAT, "packet_id": packet_id, "sender": entry.sender_office_id,
            "protocol": entry.protocol, "received": entry.recorded.isoformat(),
            "status": "received"}
    sealed = seal_packet(
        vault, KIND, list(entry.counterparts),
        {PART: ("application/json", json.dumps(body, sort_keys=True).encode())},
        in_reply_to=packet_id, case_id=entry.case_id,
    )
    with vault.transaction():
        register.set_status(vault.conn, entry.id, register.ACKNOWLEDGED)
        vault.audit(AuditAction.PACKET_ACKNOWLEDGE, "packet", packet_id,
                    {"receipt": sealed.packet_id})
        vault.announce(events.PacketSent(sealed.packet_id, KIND))
    return sealed


def store_receipt(conn: Any, packet: VerifiedPacket, protocol: str) -> str | None:
    """The ``store`` callback of :func:`receive_packet` recording an acknowledgement."""
    acknowledged = packet.manifest.in_reply_to
    sender = packet.sender.office_id
    row = conn.execute(
        "SELECT case_id, counterparts, sender_office_id FROM packet_register WHERE packet_id = ?"
        " AND direction = 'sent'", (acknowledged,),
    ).fetchone()
    if acknowledged is None or row is None or sender not in json.loads(row[1]):
        raise SecurityRefused("packet.receipt_unexpected", packet_id=acknowledged or "-")
    fields = DocumentFields(load_json(packet.part(PART), max_size=MAX_RECEIPT_JSON, what=PART,
                                      max_string=200), "packet.not_rete", PART)
    for name, expected in (("format", FORMAT), ("packet_id", acknowledged), ("sender", row[2])):
        if fields.raw(name) != expected:  # a receipt for another packet, or from elsewhere
            raise fields.fail(name, "invalid")
    doc = fields.obj
    received = doc.get("received")
    try:
        when = datetime.fromisoformat(received).isoformat() if isinstance(received, str) else ""
    except ValueError:
        when = ""
    if conn.execute(
        "SELECT 1 FROM packet_receipts WHERE packet_id = ? AND from_office_id = ?",
        (acknowledged, sender),
    ).fetchone():
        raise SecurityRefused("packet.replay", packet_id=packet.manifest.packet_id)
    their_protocol = doc.get("protocol")
    conn.execute(
        "INSERT INTO packet_receipts (packet_id, from_office_id, receipt_packet_id,"
        " acknowledged, their_protocol, recorded) VALUES (?, ?, ?, ?, ?, ?)",
        (acknowledged, sender, packet.manifest.packet_id,
         when or packet.manifest.created.isoformat(),
         their_protocol if isinstance(their_protocol, str) else None, now_utc()),
    )
    return str(row[0]) if row[0] else None


def import_receipt(vault: Vault, source: PacketSource, *,
                   now: datetime | None = None) -> ReceivedPacket:
    """Verify a receipt packet (its bytes or its file: every import check) and record the
    acknowledgement."""
    return receive_packet(vault, source, (KIND,), store_receipt, now=now)
