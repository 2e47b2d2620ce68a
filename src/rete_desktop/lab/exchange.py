"""The laboratorio's documents as signed, encrypted packets (kinds agenda-item, agenda,
minutes, action-update), built and opened with :mod:`rete_desktop.packets.packet`.

Each packet carries one JSON part (the document) and, except action updates, its PDF.
Importing files the content in the same transaction that records the packet in the register,
so a refused or failing import leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rete_desktop.errors import SecurityRefused
from rete_desktop.lab import chair, items, meeting, member
from rete_desktop.lab.pseudonymise import document_json
from rete_desktop.packets.manifest import load_json
from rete_desktop.packets.packet import (
    PacketSource,
    ReceivedPacket,
    SealedPacket,
    VerifiedPacket,
    receive_packet,
    seal_packet,
)
from rete_desktop.reports import lab_pdf
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault

LAB_KINDS = ("agenda-item", "agenda", "minutes", "action-update")
JSON_PART = {"agenda-item": "item.json", "agenda": "agenda.json", "minutes": "minutes.json",
             "action-update": "action-update.json"}
MAX_DOC = 2 * 1024 * 1024
MAX_STRING = 4000
JSON = "application/json"
PDF = "application/pdf"


@dataclass(frozen=True)
class LabImport:
    """What an imported laboratorio packet did."""

    kind: str
    packet_id: str
    sender: str
    ref_id: str  # item, meeting or action id
    my_actions: tuple[str, ...] = ()
    sender_name: str = ""
    about: str = ""  # the item's case code, the meeting date, or the action's title
    meeting_id: str = ""
    items: int = 0  # agenda items
    already_done: date | None = None  # a repeated action update: when it was recorded done

    def message(self) -> tuple[str, dict[str, Any]]:
        """A message id and its parameters: what arrived and what to do next."""
        params: dict[str, Any] = {"sender": self.sender_name, "about": self.about,
                                  "id": self.ref_id, "meeting": self.meeting_id}
        if self.kind == "agenda-item":
            return "lab.imported_item", params
        if self.kind == "agenda":
            return "lab.imported_agenda", {**params, "count": self.items}
        if self.kind == "minutes":
            if not self.my_actions:
                return "lab.imported_minutes_none", params
            return "lab.imported_minutes", {**params, "count": len(self.my_actions)}
        if self.already_done is not None:
            return "lab.imported_update_again", {**params,
                                                 "date": self.already_done.isoformat()}
        return "lab.imported_update", params


def send_item(
    vault: Vault, case_id: str, chair_office_id: str, request: str = "", *,
    reviewed: bool = False,
) -> SealedPacket:
    """Seal a case's pseudonymised summary (JSON + PDF) for the chair; records it as sent.

    Refused without a basis (:func:`sharing.lab_basis`) and, when the request names a street,
    school, workplace or known place, unless the operator ``reviewed`` it.
    """
    real_id = resolve_case_id(vault, case_id)
    chair = meeting.office_ref(vault, chair_office_id)
    draft = items.prepare_item(vault, real_id, request)
    items.require_review(draft, reviewed)
    summary = draft.summary
    me = load_identity(vault)
    pdf = lab_pdf.item_pdf(summary, meeting.network_name(vault), me.name, chair["name"],
                           date.today())
    sealed = seal_packet(
        vault, "agenda-item", [chair_office_id],
        {"item.json": (JSON, document_json(summary)), "item.pdf": (PDF, pdf)}, case_id=real_id,
    )
    with vault.transaction() as conn:
        items.record_item(conn, vault, summary, item_id=sealed.packet_id,
                          sender_office_id=me.office_id, chair_office_id=chair_office_id,
                          case_id=real_id, received=False)
    return sealed


def send_agenda(vault: Vault, meeting_id: str, recipients: list[str]) -> tuple[SealedPacket, bytes]:
    """Seal the agenda of a meeting this office chairs; returns the packet and the PDF."""
    doc = meeting.agenda_doc(vault, meeting_id)
    pdf = lab_pdf.agenda_pdf(doc)
    sealed = seal_packet(vault, "agenda", recipients,
                         {"agenda.json": (JSON, document_json(doc)), "agenda.pdf": (PDF, pdf)})
    return sealed, pdf


def send_minutes(
    vault: Vault, meeting_id: str, recipients: list[str]
) -> tuple[SealedPacket, bytes]:
    """Seal the minutes (decisions, actions, offices present) and mark them sent."""
    doc = meeting.minutes_doc(vault, meeting_id)
    pdf = lab_pdf.minutes_pdf(doc)
    sealed = seal_packet(vault, "minutes", recipients,
                         {"minutes.json": (JSON, document_json(doc)), "minutes.pdf": (PDF, pdf)})
    chair.mark_minutes_sent(vault, meeting_id, doc)
    return sealed, pdf


def send_action_done(vault: Vault, action_id: str) -> SealedPacket | None:
    """Mark one of this office's actions done and seal the update for the chair.

    Returns None when this office is the chair itself (nothing needs to travel).
    """
    update = member.complete_action(vault, action_id)
    chair = meeting.get_meeting(vault, update["meeting_id"]).chair_office_id
    if chair == load_identity(vault).office_id:
        return None
    return seal_packet(vault, "action-update", [chair],
                       {"action-update.json": (JSON, document_json(update))})


@dataclass
class LabFiler:
    """The ``store`` callback of :func:`receive_packet`: files the document by kind."""

    vault: Vault
    ref: str = ""
    mine: tuple[str, ...] = ()
    about: str = ""
    meeting_id: str = ""
    items: int = 0
    already_done: date | None = None

    def __call__(self, conn: Any, packet: VerifiedPacket, protocol: str) -> str | None:
        vault, kind = self.vault, packet.manifest.kind
        doc = load_json(packet.part(JSON_PART[kind]), max_size=MAX_DOC, max_string=MAX_STRING,
                        what=JSON_PART[kind])
        sender = packet.sender.office_id
        if kind == "agenda-item":
            summary = items.validate_item(doc)
            # The item is known by its packet id across offices; another sender's packet
            # under the same id must be refused, not crash on the table's key.
            if conn.execute("SELECT 1 FROM lab_items WHERE id = ?",
                            (packet.manifest.packet_id,)).fetchone():
                raise SecurityRefused("packet.id_taken", packet_id=packet.manifest.packet_id)
            items.record_item(conn, vault, summary, item_id=packet.manifest.packet_id,
                              sender_office_id=sender,
                              chair_office_id=load_identity(vault).office_id, case_id=None,
                              received=True)
            self.ref, self.about = packet.manifest.packet_id, str(summary["case_code"])
        elif kind == "agenda":
            self.ref = self.meeting_id = member.receive_agenda(conn, vault, doc, sender)
            self.about, self.items = doc["date"], len(doc["items"])
        elif kind == "minutes":
            self.mine = tuple(member.receive_minutes(conn, vault, doc, sender))
            self.ref = self.meeting_id = doc["meeting_id"]
            self.about = doc["date"]
        else:
            self.ref, self.already_done = chair.receive_action_update(conn, vault, doc, sender)
            action = meeting.get_action(vault, self.ref)
            self.about, self.meeting_id = action.title, action.meeting_id
        return None


def lab_import(received: ReceivedPacket, filer: LabFiler) -> LabImport:
    """What a laboratorio packet filed by ``filer`` did."""
    manifest = received.packet.manifest
    return LabImport(manifest.kind, manifest.packet_id, received.packet.sender.office_id,
                     filer.ref, filer.mine, received.packet.sender.name, filer.about,
                     filer.meeting_id, filer.items, filer.already_done)


def import_lab_packet(vault: Vault, source: PacketSource) -> LabImport:
    """Verify, decrypt and file a laboratorio packet, its bytes or its file (exit 4/5 verdicts
    from the packet layer)."""
    filer = LabFiler(vault)
    return lab_import(receive_packet(vault, source, LAB_KINDS, store=filer), filer)
