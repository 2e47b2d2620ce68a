"""Sending a sealed packet by each recipient's way, and retrying what failed.

A packet is first sealed and registered (``packets``), then one delivery per recipient is
queued in one transaction, then each is tried: ``sent`` on success, ``failed`` with the reason
otherwise (kept for a retry). The packet bytes come from the register's evidence, so a retry
sends exactly what was registered.
"""

from __future__ import annotations

from collections.abc import Sequence

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import NotFound, ReteError
from rete_desktop.packets import register
from rete_desktop.packets.directory import get_route
from rete_desktop.storage.vault import Vault
from rete_desktop.transport import deliveries, folder, mail, settings
from rete_desktop.transport.deliveries import Delivery


def choose_way(vault: Vault, recipient: str) -> tuple[str, str]:
    """(way, address) for a recipient: its mail address when this office has an account,
    else its folder (the name on its card, or its office id) when this office has a folder."""
    route = get_route(vault, recipient)
    if route is not None and route.mail and settings.load_mail(vault) is not None:
        return settings.MAIL, route.mail
    if settings.load_folder(vault) is not None:
        return settings.FOLDER, (route.folder if route and route.folder else recipient)
    raise NotFound("transport.no_route", office=recipient)


def queue_packet(vault: Vault, packet_id: str, recipients: Sequence[str]) -> None:
    """Queue a registered packet for each recipient (refused whole if one has no way)."""
    ways = {r: choose_way(vault, r) for r in recipients}
    with vault.transaction() as conn:
        for recipient, (way, address) in ways.items():
            deliveries.queue(conn, packet_id, recipient, way, address)
        vault.audit(AuditAction.TRANSPORT_QUEUE, "packet", packet_id, f"to={','.join(recipients)}")


def attempt(vault: Vault, delivery: Delivery) -> Delivery:
    """Try one delivery now; the new state (sent, or failed with the reason) is committed."""
    entry = register.get_entry(vault, delivery.packet_id, register.SENT)
    try:  # the bytes may be gone: an erasure empties a sent agenda that carried its case
        data = register.evidence(vault, entry.id)
        if delivery.way == settings.MAIL:
            account = settings.load_mail(vault)
            if account is None:
                raise NotFound("transport.mail_not_configured")
            message_id = mail.send(account[0], account[1], delivery.address, data,
                                   entry.protocol)
        else:
            folder_settings = settings.load_folder(vault)
            if folder_settings is None:
                raise NotFound("transport.folder_not_configured")
            folder.send(folder_settings, delivery.address, data, entry.protocol)
            message_id = None
    except ReteError as exc:
        deliveries.set_state(vault, delivery.packet_id, delivery.recipient, deliveries.FAILED,
                             reason=deliveries.reason_json(exc), attempt=True)
    else:
        deliveries.set_state(vault, delivery.packet_id, delivery.recipient, deliveries.SENT,
                             message_id=message_id, attempt=True)
    return next(d for d in deliveries.list_deliveries(vault, delivery.packet_id)
                if d.recipient == delivery.recipient)


def send_packet(vault: Vault, packet_id: str, recipients: Sequence[str]) -> list[Delivery]:
    """Queue and try every recipient of a registered packet; returns the deliveries."""
    queue_packet(vault, packet_id, recipients)
    return [attempt(vault, d) for d in deliveries.list_deliveries(vault, packet_id)
            if d.recipient in recipients]


def retry(vault: Vault) -> list[Delivery]:
    """Try again every queued or failed delivery."""
    return [attempt(vault, d) for d in deliveries.pending(vault)]
