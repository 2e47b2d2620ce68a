"""Sealing and opening packets of every kind (referral, receipt, laboratorio packets).

Generic API used by referrals, receipts and the laboratorio:

- ``seal_packet(vault, kind, recipients, parts, in_reply_to=None, *, case_id=None)
  -> SealedPacket(file_name, data, packet_id)``: signs, encrypts to every recipient and to this
  office, and records the packet as *sent* in the register with its SHA-256 and its bytes
  (what a transport sends, and retries). ``parts`` maps a part name (``case.json``) to
  ``(media_type, bytes | Streamed)``; it may also be a function of the protocol number the
  packet will get, for parts that print it.
- ``seal_packet_to(vault, kind, recipients, parts, path, *, case_id=None) -> packet id``: the
  same written straight to a file, streamed; the register keeps the SHA-256 only.
- ``open_packet(vault, source, expected_kinds) -> VerifiedPacket``: every import check, in the
  documented order; writes nothing. ``source`` is the packet's bytes, its file or that file
  open, which is decrypted and read as a stream (issue 14).
- ``receive_packet(vault, data, expected_kinds, store=None) -> ReceivedPacket``: open, then in
  ONE transaction mark the id seen, call ``store(conn, packet, protocol)`` (which files the
  content and may return a case id), record the register row and the evidence.
- ``receive_any(vault, data, stores)``: the same for several kinds, ``stores`` mapping each
  kind to its ``store`` (``rete packet import`` files referrals, receipts and lab packets).

Pure functions (no vault) for tools, vectors and benchmarks: ``build_packet``,
``write_packet`` and ``unseal``.

Memory: a part given as :class:`Streamed` passes into the packet a chunk at a time, and a
packet read from a file is decrypted and un-tarred 256 KiB at a time, so the one copy of a big
part in memory is the received part itself (docs/performance.md).
"""

from __future__ import annotations

import hashlib
import io
import secrets
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from rete_desktop import events
from rete_desktop.crypto import age, age_header, sshsig
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
    PartSink,
    SinkFor,
    TarReader,
    tar_pieces,
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
from rete_desktop.storage import attachment_files
from rete_desktop.storage.atomic import atomic_writer
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.incoming import open_regular, read_stream
from rete_desktop.storage.overlap import Behind
from rete_desktop.storage.vault import Vault

NAMESPACE = "rete-packet-v1"
MAX_CLOCK_SKEW = timedelta(minutes=10)
MAX_AGE = timedelta(days=30)

# Kinds whose bytes the register does not keep when received: a referral is filed as a case
# with its attachments, which are the office's copy (docs/packet-format.md, "The register").
NOT_KEPT_RECEIVED = frozenset({"referral"})
# A received part at least this big is sealed into a nameless file of the vault as it is
# decrypted, not held in memory (issue 14); a referral files it as an attachment as it is.
SPOOL_FROM = 256 * 1024


@dataclass(frozen=True)
class Streamed:
    """A part known by its size and SHA-256 before its bytes are read (an attachment in the
    vault): the manifest is signed first, then ``pieces()`` hands the bytes over a chunk at a
    time. They must be exactly those bytes: the tar writer refuses a wrong length, the
    attachment reader a wrong hash, and either refusal leaves no packet."""

    size: int
    sha256: str
    pieces: Callable[[], Iterable[bytes]]


PartData = bytes | Streamed
Parts = Mapping[str, tuple[str, PartData]]
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
    members: dict[str, bytes | PartSink]
    sha256: str  # of the packet file as received
    data: bytes  # the packet file when the source was bytes; b"" when it was read from a file

    def member(self, name: str) -> bytes:
        """A member's bytes (KeyError when absent; a spooled part read back)."""
        found = self.members[name]
        return found if isinstance(found, bytes) else found.plaintext()


@dataclass(frozen=True)
class VerifiedPacket:
    """A packet that passed every check: parts by name (without ``parts/``), the sender, and
    what the register keeps of it (``evidence``: the file's bytes, or b"" for the kinds whose
    bytes are not kept, see :data:`NOT_KEPT_RECEIVED`). A big part may be a sealed file of the
    vault (:data:`SPOOL_FROM`) rather than bytes: :meth:`received` gives it as it is."""

    manifest: Manifest
    parts: dict[str, bytes | PartSink]
    sender: Member
    sha256: str
    evidence: bytes

    def received(self, name: str) -> bytes | PartSink:
        if name not in self.parts:
            raise BadInput("packet.part_missing", part=name)
        return self.parts[name]

    def part(self, name: str) -> bytes:
        """The part's bytes (a spooled part read back into memory)."""
        found = self.received(name)
        return found if isinstance(found, bytes) else found.plaintext()

    def discard(self) -> None:
        """Let go of the parts spooled to files and not filed (a refusal, or kept as bytes)."""
        discard(self.parts)


def discard(parts: Mapping[str, bytes | PartSink]) -> None:
    for found in parts.values():
        if not isinstance(found, bytes):
            found.close()


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
        if _size(data) > MAX_PART_SIZE:
            raise BadInput("packet.part_too_large", part=name, max=MAX_PART_SIZE)


def _size(data: PartData) -> int:
    return data.size if isinstance(data, Streamed) else len(data)


def _part_info(name: str, media_type: str, data: PartData) -> PartInfo:
    if isinstance(data, Streamed):
        return PartInfo(name, media_type, data.size, data.sha256)
    return PartInfo.describe(name, media_type, data)


def _pieces(data: PartData) -> Iterable[bytes]:
    return data.pieces() if isinstance(data, Streamed) else (data,)


class _Counted:
    """Where the sealed bytes go: counted and refused past the packet cap here, hashed and
    written on a worker thread while pyrage encrypts the next piece (storage/overlap.py)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.size = out, 0
        self._digest = hashlib.sha256()
        self._behind: Behind[bytes] = Behind(self._take, depth=2)

    def write(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > MAX_PACKET_SIZE:
            raise BadInput("packet.too_large", max=MAX_PACKET_SIZE)
        self._behind.put(data)  # bytes of their own (age.encrypt_stream copies them)

    def _take(self, data: bytes) -> None:
        self._digest.update(data)
        self.out.write(data)

    def hexdigest(self) -> str:
        """Once every piece is written (raises the worker's error)."""
        self._behind.close()
        return self._digest.hexdigest()

    def abandon(self) -> None:
        self._behind.abandon()


def build_packet(
    keys: OfficeKeys, sender_office_id: str, kind: str, recipient_keys: Mapping[str, str],
    parts: Parts, *, in_reply_to: str | None = None, created: datetime | None = None,
    packet_id: str | None = None,
) -> tuple[SealedPacket, Manifest]:
    """Sign and encrypt a packet in memory (no vault): ``recipient_keys`` maps office id ->
    ``age1...``."""
    out = io.BytesIO()
    manifest, _ = write_packet(keys, sender_office_id, kind, recipient_keys, parts, out,
                               in_reply_to=in_reply_to, created=created, packet_id=packet_id)
    return SealedPacket(new_file_name(), out.getvalue(), manifest.packet_id), manifest


def write_packet(
    keys: OfficeKeys, sender_office_id: str, kind: str, recipient_keys: Mapping[str, str],
    parts: Parts, out: BinaryIO, *, in_reply_to: str | None = None,
    created: datetime | None = None, packet_id: str | None = None,
) -> tuple[Manifest, str]:
    """Sign, tar and encrypt a packet into ``out`` as a stream; returns the manifest and the
    SHA-256 of what was written. Refused (``out`` then holds a part, to be thrown away) when
    the packet passes the cap or a streamed part is not what it claimed."""
    if kind not in KINDS:
        raise BadInput("packet.bad_kind", kind=kind)
    _check_parts(parts)
    manifest = Manifest(
        kind=kind, packet_id=packet_id or new_packet_id(),
        created=(created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0),
        sender_office_id=sender_office_id, sender_signing_key=keys.signing_public_openssh(),
        recipients=tuple(recipient_keys), in_reply_to=in_reply_to,
        parts=tuple(_part_info(n, t, d) for n, (t, d) in parts.items()),
    )
    manifest_bytes = manifest.to_bytes()
    signature = sshsig.sign(keys.signing_key, manifest_bytes, NAMESPACE)
    pieces = tar_pieces(
        [(MANIFEST, len(manifest_bytes), (manifest_bytes,)),
         (SIGNATURE, len(signature), (signature,)),
         *((PARTS_DIR + name, _size(data), _pieces(data)) for name, (_, data) in parts.items())]
    )
    counted = _Counted(out)
    try:
        age.encrypt_stream(pieces, [*recipient_keys.values(), keys.encryption_recipient()],
                           counted.write)
        return manifest, counted.hexdigest()
    finally:
        counted.abandon()


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
    """Build a packet for directory members and record it as sent, in one transaction; the
    register keeps its bytes (a transport sends them, and retries)."""
    out = io.BytesIO()
    packet_id = _seal(vault, kind, recipients, parts, out, in_reply_to, case_id)
    return SealedPacket(new_file_name(), out.getvalue(), packet_id)


def seal_packet_to(
    vault: Vault, kind: str, recipients: Collection[str], parts: PartsSource, path: Path,
    *, case_id: str | None = None,
) -> str:
    """:func:`seal_packet` written straight to ``path`` as it is encrypted (a file the user
    carries or mails): the register keeps its SHA-256, not a second copy of its bytes. The
    file appears only once the packet is registered; a refusal leaves neither. Returns the
    packet id."""
    with atomic_writer(path) as out:
        return _seal(vault, kind, recipients, parts, out, None, case_id)


def _seal(
    vault: Vault, kind: str, recipients: Collection[str], parts: PartsSource, out: BinaryIO,
    in_reply_to: str | None, case_id: str | None,
) -> str:
    """Seal into ``out`` and register; the bytes are kept when sealed in memory."""
    if directory_expired(vault):
        raise SecurityRefused("packet.directory_expired")
    identity = load_identity(vault)
    members = _recipient_members(vault, identity.office_id, recipients)
    with vault.transaction() as conn, vault.streaming():
        part_map = parts(register.next_protocol(conn)) if callable(parts) else parts
        manifest, digest = write_packet(
            identity.keys, identity.office_id, kind,
            {m.office_id: m.encryption_key for m in members}, part_map, out,
            in_reply_to=in_reply_to,
        )
        evidence = out.getvalue() if isinstance(out, io.BytesIO) else b""
        entry = register.record(
            conn, direction=register.SENT, manifest=manifest, counterparts=manifest.recipients,
            case_id=case_id, evidence=evidence, sha256=digest,
        )
        vault.audit(AuditAction.PACKET_SEND, "packet", manifest.packet_id,
                    {"kind": kind, "protocol": entry.protocol, "to": ",".join(manifest.recipients)})
        vault.announce(events.PacketSent(manifest.packet_id, kind))
    return manifest.packet_id


# --- opening -------------------------------------------------------------------------------


PacketSource = bytes | Path | BinaryIO  # BinaryIO: a file the caller opened, at its start


def unseal(source: PacketSource, age_identity: str, sink_for: SinkFor | None = None
           ) -> Unsealed:
    """Checks 1-5 without the vault: size, age header caps, decryption, archive, manifest,
    signature, and the X25519 stanza count against the signed recipients.

    ``source`` is the packet's bytes, its file, or that file already open (the transport's
    inbox opens it without following links); each is decrypted and un-tarred as a stream,
    hashed on the way (the register's SHA-256). ``sink_for`` may send parts elsewhere than
    memory (see :class:`~rete_desktop.packets.archive.TarReader`); on a refusal every sink
    it gave is closed.
    """
    given: list[PartSink] = []

    def tracked(name: str, size: int) -> PartSink | None:
        sink = sink_for(name, size) if sink_for else None
        if sink is not None:
            given.append(sink)
        return sink

    try:
        if isinstance(source, bytes):
            if len(source) > MAX_PACKET_SIZE:
                raise BadInput("packet.too_large", max=MAX_PACKET_SIZE)
            header, members, digest = _decrypt(io.BytesIO(source), age_identity, tracked)
            return _check_unsealed(members, header, digest, bytes(source))
        if isinstance(source, Path):
            with open_regular(source, MAX_PACKET_SIZE) as stream:
                header, members, digest = _decrypt(stream, age_identity, tracked)
        else:
            header, members, digest = _decrypt(source, age_identity, tracked)
        return _check_unsealed(members, header, digest, b"")
    except BaseException:
        for sink in given:
            sink.close()
        raise


def _decrypt(stream: BinaryIO, age_identity: str, sink_for: SinkFor
             ) -> tuple[age_header.AgeHeader, dict[str, bytes | PartSink], str]:
    """(age header, tar members, SHA-256 of the file) of the packet ``stream`` reads."""
    first = stream.read(age_header.MAX_HEADER)
    source = _Hashed(_readinto(stream), first)
    tar = TarReader(sink_for)
    try:
        header = age.read_header(first)
        age.decrypt_stream(source, age_identity, tar.write)  # runs of age.RUN bytes
        digest = source.hexdigest()
    except age.NotAgeFile as exc:
        raise BadInput("packet.not_age") from exc
    except age.NotForThisKey as exc:
        raise SecurityRefused("packet.not_for_us") from exc
    except age.AgeHeaderOverCaps as exc:
        raise BadInput("packet.age_header_too_large") from exc
    except age.AgeCorrupted as exc:
        raise BadInput("packet.corrupted") from exc
    return header, tar.close(), digest


def _readinto(stream: BinaryIO) -> Callable[[memoryview], int]:
    """The stream's ``readinto`` (the kernel copies straight into pyrage's buffer), or the
    same made of ``read`` for a stream without one."""
    readinto: Callable[[memoryview], int | None] | None = getattr(stream, "readinto", None)
    if readinto is not None:
        return lambda buffer: readinto(buffer) or 0

    def copied(buffer: memoryview) -> int:
        data = stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    return copied


class _Hashed:
    """The packet file read as pyrage asks for it (runs of :data:`age.RUN` bytes), straight
    into its buffer, each run counted and hashed as it is read. The header's bytes, read
    first, come first.

    Hashed here, on pyrage's thread, not on a worker: pyrage holds the GIL but for our
    callbacks, and hashing a run lets go of it for as long as it takes, which is when the
    worker that seals a received part (``attachment_files.Spool``) gets it. A second worker
    for the hash left that one waiting for the GIL and, on two cores, for a core (measured:
    docs/performance.md, "I/O")."""

    def __init__(self, readinto: Callable[[memoryview], int], first: bytes) -> None:
        self._readinto = readinto
        self._digest = hashlib.sha256(first)
        self._total = len(first)
        self._first = memoryview(first)

    def __call__(self, buffer: memoryview) -> int:
        if self._first:
            size = min(len(buffer), len(self._first))
            buffer[:size], self._first = self._first[:size], self._first[size:]
            return size
        got = self._readinto(buffer)
        self._total += got
        if self._total > MAX_PACKET_SIZE:  # a file that grows while it is read
            raise BadInput("packet.too_large", max=MAX_PACKET_SIZE)
        self._digest.update(buffer[:got])
        return got

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def _check_unsealed(members: dict[str, bytes | PartSink], header: age_header.AgeHeader,
                    digest: str, data: bytes) -> Unsealed:
    manifest_bytes, signature = members.get(MANIFEST), members.get(SIGNATURE)
    if not isinstance(manifest_bytes, bytes):  # never spooled (only parts/ are)
        raise BadInput("packet.not_rete", reason="manifest.json is missing")
    manifest = parse_manifest(manifest_bytes)
    if not isinstance(signature, bytes):
        raise SecurityRefused("packet.unsigned")
    try:
        signer = sshsig.verify(signature, manifest_bytes, NAMESPACE)
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
    return Unsealed(manifest, members, digest, data)


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


def check_parts(manifest: Manifest, members: Mapping[str, bytes | PartSink]
                ) -> dict[str, bytes | PartSink]:
    """Exactly the listed parts, each with the listed size and SHA-256 (a spooled part's
    were computed as it was written)."""
    found = {n[len(PARTS_DIR):]: d for n, d in members.items() if n.startswith(PARTS_DIR)}
    listed = {p.name: p for p in manifest.parts}
    for name in sorted(set(found) ^ set(listed)):
        raise SecurityRefused("packet.part_mismatch", part=name)
    for name, info in listed.items():
        data = found[name]
        seen = PartInfo.describe(name, info.media_type, data) if isinstance(data, bytes) \
            else PartInfo(name, info.media_type, data.size, data.sha256)
        if seen != info:
            raise SecurityRefused("packet.part_mismatch", part=name)
    return found


def check_time(manifest: Manifest, now: datetime) -> None:
    if manifest.created > now + MAX_CLOCK_SKEW:
        raise SecurityRefused("packet.from_future", created=manifest.created.isoformat())
    if manifest.created < now - MAX_AGE:
        raise SecurityRefused("packet.too_old", created=manifest.created.isoformat(),
                              days=MAX_AGE.days)


def open_packet(
    vault: Vault, source: PacketSource, expected_kinds: Collection[str], *,
    now: datetime | None = None, spool: bool = False,
) -> VerifiedPacket:
    """Run every import check in order and return the verified packet; writes nothing in the
    vault. With ``spool`` big parts are sealed into nameless files of the vault as they are
    decrypted (the caller files them or calls :meth:`VerifiedPacket.discard`)."""
    moment = now or datetime.now(UTC)
    identity = load_identity(vault)
    unsealed = unseal(source, identity.keys.age_identity_string(),
                      partial(_spool_for, vault) if spool else None)
    try:
        return _verified(vault, source, expected_kinds, moment, identity, unsealed)
    except BaseException:
        discard(unsealed.members)
        raise


def _spool_for(vault: Vault, name: str, size: int) -> PartSink | None:
    """A part of at least :data:`SPOOL_FROM` bytes goes into a sealed file of the vault."""
    if not name.startswith(PARTS_DIR) or size < SPOOL_FROM:
        return None
    return attachment_files.Spool(vault.directory)


def _verified(vault: Vault, source: PacketSource, expected_kinds: Collection[str],
              moment: datetime, identity: Any, unsealed: Unsealed) -> VerifiedPacket:
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
    return VerifiedPacket(manifest, parts, sender, unsealed.sha256, _evidence(source, unsealed))


def _evidence(source: PacketSource, unsealed: Unsealed) -> bytes:
    """What the register keeps of a received packet: nothing of a referral (its hash only);
    the bytes of the other kinds, small signed documents (receipts, laboratorio packets).
    A file is read again for them, and must still be what was checked."""
    if unsealed.manifest.kind in NOT_KEPT_RECEIVED:
        return b""
    if isinstance(source, bytes):
        return unsealed.data
    if isinstance(source, Path):
        with open_regular(source, MAX_PACKET_SIZE) as stream:
            data = read_stream(stream, MAX_PACKET_SIZE, str(source))
    else:
        source.seek(0)
        data = read_stream(source, MAX_PACKET_SIZE, str(getattr(source, "name", "")))
    if hashlib.sha256(data).hexdigest() != unsealed.sha256:
        raise BadInput("packet.corrupted")  # the file changed while it was being read
    return data


def receive_any(
    vault: Vault, source: PacketSource, stores: Mapping[str, Store], *,
    now: datetime | None = None,
) -> ReceivedPacket:
    """Like :func:`receive_packet` for any kind in ``stores``, filed by its kind's store."""
    def store(conn: Any, packet: VerifiedPacket, protocol: str) -> str | None:
        return stores[packet.manifest.kind](conn, packet, protocol)

    return receive_packet(vault, source, tuple(stores), store, now=now)


def receive_packet(
    vault: Vault, source: PacketSource, expected_kinds: Collection[str],
    store: Store | None = None, *, now: datetime | None = None,
) -> ReceivedPacket:
    """Open a packet and file it in one transaction: seen id, content, register, evidence."""
    packet = open_packet(vault, source, expected_kinds, now=now, spool=True)
    try:
        return _file_received(vault, packet, store)
    finally:
        packet.discard()


def _file_received(vault: Vault, packet: VerifiedPacket, store: Store | None) -> ReceivedPacket:
    manifest = packet.manifest
    with vault.transaction() as conn:
        register.mark_seen(conn, packet.sender.office_id, manifest.packet_id)
        case_id = store(conn, packet, register.next_protocol(conn)) if store else None
        entry = register.record(
            conn, direction=register.RECEIVED, manifest=manifest,
            counterparts=(packet.sender.office_id,), case_id=case_id,
            evidence=packet.evidence, sha256=packet.sha256,
        )
        vault.audit(AuditAction.PACKET_RECEIVE, "packet", manifest.packet_id,
                    {"kind": manifest.kind, "protocol": entry.protocol,
                     "from": packet.sender.office_id})
        vault.announce(events.PacketReceived(manifest.packet_id, manifest.kind, case_id))
    return ReceivedPacket(packet, entry.protocol, case_id)
