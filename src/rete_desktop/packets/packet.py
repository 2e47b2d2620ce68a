"""Sealing and opening packets of every kind (referral, receipt, laboratorio packets).

Generic API used by referrals, receipts and the laboratorio:

- ``seal_packet(vault, kind, recipients, parts, in_reply_to=None, *, case_id=None)
  -> SealedPacket(file_name, data, packet_id)``: signs, encrypts to every recipient and to this
  office, and records the packet as *sent* in the register (with its bytes as evidence).
  ``parts`` maps a part name (``case.json``) to ``(media_type, bytes)``; it may also be a
  function of the protocol number the packet will get, for parts that print it.
- ``open_packet(vault, data, expected_kinds) -> VerifiedPacket(manifest, parts, sender, data)``:
  every import check, in the documented order; writes nothing.
- ``receive_packet(vault, data, expected_kinds, store=None) -> ReceivedPacket``: open, then in
  ONE transaction mark the id seen, call ``store(conn, packet, protocol)`` (which files the
  content and may return a case id), record the register row and the evidence.
- ``receive_any(vault, data, stores)``: the same for several kinds, ``stores`` mapping each
  kind to its ``store`` (``rete packet import`` files referrals, receipts and lab packets).

Pure functions (no vault) for tools, vectors and benchmarks: ``build_packet`` and ``unseal``.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from rete_desktop import events
from rete_desktop.crypto import age, sshsig
from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput, NotFound, SecurityRefused
from rete_desktop.packets import register
from rete_desktop.packets.archive import (
    MANIFEST,
    MAX_PACKET_SIZE,
    MAX_PART_SIZE,
    MAX_PARTS,
    PART_NAME,
    PARTS_DIR,
    SIGNATURE,
    build_tar,
    read_tar,
)
from rete_desktop.packets.directory import (
    Member,
    directory_expired,
    find_member_by_signing_key,
    get_member,
)
from rete_desktop.packets.manifest import (
    KINDS,
    MEDIA_TYPE,
    Manifest,
    PartInfo,
    parse_manifest,
)
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault

NAMESPACE = "rete-packet-v1"
MAX_CLOCK_SKEW = timedelta(minutes=10)
MAX_AGE = timedelta(days=30)

Parts = Mapping[str, tuple[str, bytes]]
PartsSource = Parts | Callable[[str], Parts]
Store = Callable[[Any, "VerifiedPacket", str], str | None]


class SealedPacket(NamedTuple):
    file_name: str
    data: bytes
    packet_id: str


@dataclass(frozen=True)
class Unsealed:
    """A decrypted packet whose manifest parsed and whose signature verified (key not yet
    checked against the directory, parts not yet hashed)."""

    manifest: Manifest
    members: dict[str, bytes]


@dataclass(frozen=True)
class VerifiedPacket:
    """A packet that passed every check: parts by name (without ``parts/``), the sender."""

    manifest: Manifest
    parts: dict[str, bytes]
    sender: Member
    data: bytes

    def part(self, name: str) -> bytes:
        if name not in self.parts:
            raise BadInput("packet.part_missing", part=name)
        return self.parts[name]


@dataclass(frozen=True)
class ReceivedPacket:
    packet: VerifiedPacket
    protocol: str
    case_id: str | None


def new_packet_id() -> str:
    return secrets.token_hex(16)


def new_file_name() -> str:
    """Random name: nothing about the case, the sender or the recipient leaks from it."""
    return f"rete-{secrets.token_hex(8)}.age"


# --- building ------------------------------------------------------------------------------


def _check_parts(parts: Parts) -> None:
    if len(parts) > MAX_PARTS:
        raise BadInput("packet.too_many_parts", max=MAX_PARTS)
    for name, (media_type, data) in parts.items():
        if not PART_NAME.fullmatch(name) or not MEDIA_TYPE.fullmatch(media_type):
            raise BadInput("packet.bad_part_name", part=name)
        if len(data) > MAX_PART_SIZE:
            raise BadInput("packet.part_too_large", part=name, max=MAX_PART_SIZE)


def build_packet(
    keys: OfficeKeys, sender_office_id: str, kind: str, recipient_keys: Mapping[str, str],
    parts: Parts, *, in_reply_to: str | None = None, created: datetime | None = None,
    packet_id: str | None = None,
) -> tuple[SealedPacket, Manifest]:
    """Sign and encrypt a packet (no vault): ``recipient_keys`` maps office id -> ``age1...``."""
    if kind not in KINDS:
        raise BadInput("packet.bad_kind", kind=kind)
    _check_parts(parts)
    manifest = Manifest(
        kind=kind, packet_id=packet_id or new_packet_id(),
        created=(created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0),
        sender_office_id=sender_office_id, sender_signing_key=keys.signing_public_openssh(),
        recipients=tuple(recipient_keys), in_reply_to=in_reply_to,
        parts=tuple(PartInfo.describe(n, t, d) for n, (t, d) in parts.items()),
    )
    manifest_bytes = manifest.to_bytes()
    signature = sshsig.sign(keys.signing_key, manifest_bytes, NAMESPACE)
    tar = build_tar(
        [(MANIFEST, manifest_bytes), (SIGNATURE, signature),
         *((PARTS_DIR + name, data) for name, (_, data) in parts.items())]
    )
    data = age.encrypt(tar, [*recipient_keys.values(), keys.encryption_recipient()])
    if len(data) > MAX_PACKET_SIZE:
        raise BadInput("packet.too_large", max=MAX_PACKET_SIZE)
    return SealedPacket(new_file_name(), data, manifest.packet_id), manifest


def _recipient_members(vault: Vault, self_id: str, recipients: Collection[str]) -> list[Member]:
    if not recipients:
        raise BadInput("packet.no_recipients")
    members = []
    for office_id in dict.fromkeys(recipients):
        if office_id == self_id:
            raise BadInput("packet.recipient_self")
        member = get_member(vault, office_id)
        if member is None:
            raise NotFound("packet.recipient_unknown", office=office_id)
        if not member.active:
            raise SecurityRefused("packet.recipient_revoked", office=office_id)
        members.append(member)
    return members


def seal_packet(
    vault: Vault, kind: str, recipients: Collection[str], parts: PartsSource,
    in_reply_to: str | None = None, *, case_id: str | None = None,
) -> SealedPacket:
    """Build a packet for directory members and record it as sent, in one transaction."""
    if directory_expired(vault):
        raise SecurityRefused("packet.directory_expired")
    identity = load_identity(vault)
    members = _recipient_members(vault, identity.office_id, recipients)
    with vault.transaction() as conn:
        part_map = parts(register.next_protocol(conn)) if callable(parts) else parts
        sealed, manifest = build_packet(
            identity.keys, identity.office_id, kind,
            {m.office_id: m.encryption_key for m in members}, part_map, in_reply_to=in_reply_to,
        )
        entry = register.record(
            conn, direction=register.SENT, manifest=manifest, counterparts=manifest.recipients,
            case_id=case_id, evidence=sealed.data,
        )
        vault.audit(AuditAction.PACKET_SEND, "packet", sealed.packet_id,
                    {"kind": kind, "protocol": entry.protocol, "to": ",".join(manifest.recipients)})
        vault.announce(events.PacketSent(sealed.packet_id, kind))
    return sealed


# --- opening -------------------------------------------------------------------------------


def unseal(data: bytes, age_identity: str) -> Unsealed:
    """Checks 1-5 without the vault: size, age header caps, decryption, archive, manifest,
    signature, and the X25519 stanza count against the signed recipients."""
    if len(data) > MAX_PACKET_SIZE:
        raise BadInput("packet.too_large", max=MAX_PACKET_SIZE)
    try:
        header = age.read_header(data)
        tar = age.decrypt(data, age_identity)
    except age.NotAgeFile as exc:
        raise BadInput("packet.not_age") from exc
    except age.NotForThisKey as exc:
        raise SecurityRefused("packet.not_for_us") from exc
    except age.AgeHeaderOverCaps as exc:
        raise BadInput("packet.age_header_too_large") from exc
    except age.AgeCorrupted as exc:
        raise BadInput("packet.corrupted") from exc
    members = read_tar(tar)
    if MANIFEST not in members:
        raise BadInput("packet.not_rete", reason="manifest.json is missing")
    manifest = parse_manifest(members[MANIFEST])
    if SIGNATURE not in members:
        raise SecurityRefused("packet.unsigned")
    try:
        signer = sshsig.verify(members[SIGNATURE], members[MANIFEST], NAMESPACE)
    except sshsig.SignatureInvalid as exc:
        raise SecurityRefused("packet.bad_signature", reason=str(exc)) from exc
    if signer != manifest.sender_signing_key:
        raise SecurityRefused("packet.bad_signature",
                              reason="signed by a key other than the sender's")
    # The writer encrypts to each signed recipient plus itself. X25519 stanzas do not say
    # whose they are, so the count is what binds the encryption to the signed manifest: a
    # co-recipient re-encrypting the packet cannot add or drop a reader (docs/packet-format.md).
    if header.x25519_count != len(manifest.recipients) + 1:
        raise SecurityRefused("packet.recipients_mismatch", stanzas=header.x25519_count,
                              recipients=len(manifest.recipients))
    return Unsealed(manifest, members)


def check_sender(vault: Vault, manifest: Manifest, now: datetime) -> Member:
    """The signer must be a current directory member whose key is the one it signed with."""
    if directory_expired(vault, now):
        raise SecurityRefused("packet.directory_expired")
    member = get_member(vault, manifest.sender_office_id)
    if member is None:
        holder = find_member_by_signing_key(vault, manifest.sender_signing_key)
        if holder is not None:
            raise SecurityRefused("packet.key_mismatch", office=manifest.sender_office_id)
        raise SecurityRefused("packet.sender_unknown", office=manifest.sender_office_id)
    if not member.active:
        # Refused even if `created` is before the revocation: the sender alone writes and
        # signs `created`, so a revoked key can backdate it (docs/packet-format.md).
        revoked_on = member.revoked_on.isoformat() if member.revoked_on else "-"
        before = member.revoked_on is not None and manifest.created.date() < member.revoked_on
        raise SecurityRefused(
            "packet.sender_revoked_before" if before else "packet.sender_revoked",
            office=member.name, date=revoked_on, created=manifest.created.date().isoformat(),
        )
    if member.signing_key != manifest.sender_signing_key:
        raise SecurityRefused("packet.key_mismatch", office=member.name)
    return member


def check_parts(manifest: Manifest, members: Mapping[str, bytes]) -> dict[str, bytes]:
    """Exactly the listed parts, each with the listed size and SHA-256."""
    found = {n[len(PARTS_DIR):]: d for n, d in members.items() if n.startswith(PARTS_DIR)}
    listed = {p.name: p for p in manifest.parts}
    for name in sorted(set(found) ^ set(listed)):
        raise SecurityRefused("packet.part_mismatch", part=name)
    for name, info in listed.items():
        if PartInfo.describe(name, info.media_type, found[name]) != info:
            raise SecurityRefused("packet.part_mismatch", part=name)
    return found


def check_time(manifest: Manifest, now: datetime) -> None:
    if manifest.created > now + MAX_CLOCK_SKEW:
        raise SecurityRefused("packet.from_future", created=manifest.created.isoformat())
    if manifest.created < now - MAX_AGE:
        raise SecurityRefused("packet.too_old", created=manifest.created.isoformat(),
                              days=MAX_AGE.days)


def open_packet(
    vault: Vault, data: bytes, expected_kinds: Collection[str], *, now: datetime | None = None,
) -> VerifiedPacket:
    """Run every import check in order and return the verified packet; writes nothing."""
    moment = now or datetime.now(UTC)
    identity = load_identity(vault)
    unsealed = unseal(data, identity.keys.age_identity_string())
    manifest = unsealed.manifest
    if (manifest.sender_office_id == identity.office_id
            and manifest.sender_signing_key == identity.keys.signing_public_openssh()):
        # Every packet is encrypted to its sender too, so our own outbox opens here.
        raise SecurityRefused("packet.own_packet", packet_id=manifest.packet_id)
    sender = check_sender(vault, manifest, moment)
    if identity.office_id not in manifest.recipients:
        raise SecurityRefused("packet.not_in_recipients", sender=sender.name)
    parts = check_parts(manifest, unsealed.members)
    if register.already_seen(vault, sender.office_id, manifest.packet_id):
        raise SecurityRefused("packet.replay", packet_id=manifest.packet_id)
    check_time(manifest, moment)
    if manifest.kind not in expected_kinds:
        raise BadInput("packet.wrong_kind", kind=manifest.kind,
                       expected=", ".join(sorted(expected_kinds)))
    return VerifiedPacket(manifest, parts, sender, bytes(data))


def receive_any(
    vault: Vault, data: bytes, stores: Mapping[str, Store], *, now: datetime | None = None,
) -> ReceivedPacket:
    """Like :func:`receive_packet` for any kind in ``stores``, filed by its kind's store."""
    def store(conn: Any, packet: VerifiedPacket, protocol: str) -> str | None:
        return stores[packet.manifest.kind](conn, packet, protocol)

    return receive_packet(vault, data, tuple(stores), store, now=now)


def receive_packet(
    vault: Vault, data: bytes, expected_kinds: Collection[str], store: Store | None = None,
    *, now: datetime | None = None,
) -> ReceivedPacket:
    """Open a packet and file it in one transaction: seen id, content, register, evidence."""
    packet = open_packet(vault, data, expected_kinds, now=now)
    manifest = packet.manifest
    with vault.transaction() as conn:
        register.mark_seen(conn, packet.sender.office_id, manifest.packet_id)
        case_id = store(conn, packet, register.next_protocol(conn)) if store else None
        entry = register.record(
            conn, direction=register.RECEIVED, manifest=manifest,
            counterparts=(packet.sender.office_id,), case_id=case_id, evidence=packet.data,
        )
        vault.audit(AuditAction.PACKET_RECEIVE, "packet", manifest.packet_id,
                    {"kind": manifest.kind, "protocol": entry.protocol,
                     "from": packet.sender.office_id})
        vault.announce(events.PacketReceived(manifest.packet_id, manifest.kind, case_id))
    return ReceivedPacket(packet, entry.protocol, case_id)
