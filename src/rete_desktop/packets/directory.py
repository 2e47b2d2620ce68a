"""The network directory: which offices belong to the network, with which keys.

The coordinator office keeps the member list (``directory_members``) and publishes it as a
signed file; every other office imports that file. Both sides read members through the same
functions, so the coordinator uses its own list without importing what it published.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from rete_desktop import events
from rete_desktop.crypto.keys import InvalidKey, PublicKeys, parse_signing_key
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, NotFound, SecurityRefused
from rete_desktop.packets.member_card import MemberCard, Receives, parse_receives
from rete_desktop.packets.signed_document import MAX_NAME, DocumentKind, Fields, open_signed, seal
from rete_desktop.storage.identity import Identity, load_identity
from rete_desktop.storage.vault import Vault, now_utc

DIRECTORY = DocumentKind(
    format="rete-directory/1", body="directory", namespace="rete-directory-v1",
    max_size=4 * 1024 * 1024, errors="directory",
)
ACTIVE = "active"
REVOKED = "revoked"
COORDINATOR = "coordinator"
MEMBER = "member"
MAX_MEMBERS = 1000
MAX_SECTION_ITEMS = 10_000
DEFAULT_VALID_DAYS = 90
MAX_VALID_DAYS = 730
# Optional arrays of the directory document, owned by the network handbook (issue 7). This
# module only carries them: the coordinator's registered providers fill them on publish; an
# import stores each one verbatim in ``directory_sections``; :func:`get_section` reads it back.
SECTION_NAMES = ("profiles", "protocols", "glossary", "prevention", "risk_instruments")
# meta key (member side): {office_id: [signing_key, encryption_key]} of every member ever listed
KNOWN_KEYS = "directory_known_keys"
# Keys under which each office was ever listed as revoked (meta, JSON): revocation is final for
# those keys, whatever a later directory says (issue 18).
REVOKED_KEYS = "directory_revoked_keys"
# How far one import may move the version: a coordinator publishes version + 1 each time, so a
# member that missed a few still catches up, but a signed 2**53 cannot end all future updates.
MAX_VERSION_STEP = 1000


@dataclass(frozen=True)
class Member:
    """One office of the network as the directory lists it (keys in canonical form)."""

    office_id: str
    name: str
    kind: OfficeKind
    signing_key: str
    encryption_key: str
    status: str  # "active" | "revoked"
    revoked_on: date | None
    receives: Receives | None = None  # only on members read from a directory file

    @property
    def active(self) -> bool:
        return self.status == ACTIVE

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.signing_key, self.encryption_key)


_MEMBER_COLS = "office_id, name, kind, signing_key, encryption_key, status, revoked_on"


def _member(row: Any) -> Member:
    return Member(
        office_id=row[0], name=row[1], kind=OfficeKind(row[2]), signing_key=row[3],
        encryption_key=row[4], status=row[5],
        revoked_on=date.fromisoformat(row[6]) if row[6] else None,
    )


def get_member(vault: Vault, office_id: str) -> Member | None:
    """The member with this office id (active or revoked), or None if the directory lacks it."""
    row = vault.query_one(
        f"SELECT {_MEMBER_COLS} FROM directory_members WHERE office_id = ?", (office_id,)
    )
    return None if row is None else _member(row)


def list_members(vault: Vault) -> list[Member]:
    """All members, active first, then by name."""
    rows = vault.query(
        f"SELECT {_MEMBER_COLS} FROM directory_members "
        "ORDER BY status = 'revoked', name COLLATE NOCASE, office_id"
    )
    return [_member(r) for r in rows]


def find_member_by_signing_key(vault: Vault, key: str) -> Member | None:
    """The member holding this `ssh-ed25519` key (compared in canonical form), or None."""
    try:
        canonical = parse_signing_key(key)
    except InvalidKey:
        return None
    row = vault.query_one(
        f"SELECT {_MEMBER_COLS} FROM directory_members WHERE signing_key = ?", (canonical,)
    )
    return None if row is None else _member(row)


def directory_expired(vault: Vault, now: datetime | None = None) -> bool:
    """True when this office relies on an imported directory whose ``expires`` has passed.

    The coordinator's own list never expires (it is the source); an office with no directory
    has no members at all, so this returns False and member look-ups return None.
    """
    row = vault.query_one("SELECT role, expires FROM directory_state WHERE id = 1")
    if row is None or row[0] == "coordinator" or row[1] is None:
        return False
    return (now or datetime.now(UTC)) >= datetime.fromisoformat(row[1])


# --- state -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryState:
    """This office's relation to the network directory."""

    role: str  # "coordinator" | "member"
    network_name: str
    coordinator_id: str
    coordinator: PublicKeys
    version: int
    issued: datetime | None
    expires: datetime | None


def get_state(vault: Vault) -> DirectoryState | None:
    row = vault.query_one(
        "SELECT role, network_name, coordinator_id, coordinator_signing_key,"
        " coordinator_encryption_key, version, issued, expires FROM directory_state WHERE id = 1"
    )
    if row is None:
        return None
    return DirectoryState(
        role=row[0], network_name=row[1], coordinator_id=row[2],
        coordinator=PublicKeys(row[3], row[4]), version=row[5],
        issued=datetime.fromisoformat(row[6]) if row[6] else None,
        expires=datetime.fromisoformat(row[7]) if row[7] else None,
    )


def require_coordinator(vault: Vault) -> DirectoryState:
    """The state, if this office is the coordinator; else BadInput (only it edits the list)."""
    state = get_state(vault)
    if state is None or state.role != COORDINATOR:
        raise BadInput("directory.not_coordinator")
    return state


def _put_member(conn: Any, member: Member) -> None:
    """Insert or replace a member row, and keep the local office list in step with it."""
    now = now_utc()
    revoked = member.revoked_on.isoformat() if member.revoked_on else None
    conn.execute(
        "INSERT INTO directory_members (office_id, name, kind, signing_key, encryption_key,"
        " status, revoked_on, added, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (office_id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
        " signing_key = excluded.signing_key, encryption_key = excluded.encryption_key,"
        " status = excluded.status, revoked_on = excluded.revoked_on, updated = excluded.updated",
        (member.office_id, member.name, member.kind.value, member.signing_key,
         member.encryption_key, member.status, revoked, now, now),
    )
    conn.execute(
        "INSERT INTO offices (id, name, kind, created) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind"
        " WHERE offices.is_self = 0",
        (member.office_id, member.name, member.kind.value, now),
    )


def put_route(conn: Any, office_id: str, receives: Receives | None) -> None:
    """Record how an office receives packets (its card's ``receives``); None forgets it."""
    conn.execute("DELETE FROM transport_routes WHERE office_id = ?", (office_id,))
    if receives is not None and receives.to_json():
        conn.execute(
            "INSERT INTO transport_routes (office_id, mail, folder, updated) VALUES (?, ?, ?, ?)",
            (office_id, receives.mail, receives.folder, now_utc()),
        )


def get_route(vault: Vault, office_id: str) -> Receives | None:
    """How ``office_id`` receives packets, as its card or the directory says (None: unknown)."""
    row = vault.query_one("SELECT mail, folder FROM transport_routes WHERE office_id = ?",
                          (office_id,))
    return None if row is None else Receives(row[0], row[1])


def _self_member(identity: Identity) -> Member:
    public = identity.public
    return Member(
        identity.office_id, identity.name, identity.kind, public.signing_key,
        public.encryption_key, ACTIVE, None,
    )


# --- coordinator side --------------------------------------------------------------------


def create_directory(vault: Vault, network_name: str) -> DirectoryState:
    """Make this office the coordinator of a new network, and its first member."""
    name = validation.required_text("network", network_name)
    if get_state(vault) is not None:
        raise BadInput("directory.already_exists")
    identity = load_identity(vault)
    public = identity.public
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO directory_state (id, role, network_name, coordinator_id,"
            " coordinator_signing_key, coordinator_encryption_key, version, pinned, updated)"
            " VALUES (1, ?, ?, ?, ?, ?, 0, ?, ?)",
            (COORDINATOR, name, identity.office_id, public.signing_key, public.encryption_key,
             now_utc(), now_utc()),
        )
        _put_member(conn, _self_member(identity))
        vault.audit(AuditAction.DIRECTORY_CREATE, "office", identity.office_id, COORDINATOR)
        vault.announce(events.DirectoryUpdated())
    state = get_state(vault)
    assert state is not None
    return state


@dataclass(frozen=True)
class CardAdded:
    member: Member
    previous: Member | None  # the entry it replaced (None for a new member)

    @property
    def key_changed(self) -> bool:
        return self.previous is not None and self.previous.public != self.member.public


def add_card(vault: Vault, card: MemberCard) -> CardAdded:
    """Coordinator: add (or update) the member a verified card describes.

    Call only after a person has compared the card's fingerprint with the office. A revoked
    office cannot come back under the same id; a key another member holds is refused.
    """
    state = require_coordinator(vault)
    if card.office_id == state.coordinator_id:
        raise BadInput("directory.card_is_self")
    previous = get_member(vault, card.office_id)
    if previous is not None and not previous.active:
        raise SecurityRefused("directory.card_revoked", name=previous.name, id=card.office_id)
    holder = find_member_by_signing_key(vault, card.signing_key)
    if holder is not None and holder.office_id != card.office_id:
        raise BadInput("directory.key_in_use", id=holder.office_id)
    member = Member(
        card.office_id, card.name, card.kind, card.signing_key, card.encryption_key, ACTIVE, None
    )
    with vault.transaction() as conn:
        _put_member(conn, member)
        put_route(conn, member.office_id, card.receives)
        action = (AuditAction.DIRECTORY_ADD_MEMBER if previous is None
                  else AuditAction.DIRECTORY_UPDATE_MEMBER)
        vault.audit(action, "office", member.office_id, member.public.fingerprint())
        vault.announce(events.DirectoryUpdated())
    return CardAdded(member, previous)


def revoke_member(vault: Vault, office_id: str, on: date | None = None) -> Member:
    """Coordinator: mark a member revoked from ``on`` (today by default) in the next version."""
    state = require_coordinator(vault)
    if office_id == state.coordinator_id:
        raise BadInput("directory.revoke_self")
    member = get_member(vault, office_id)
    if member is None:
        raise NotFound("directory.member_not_found", id=office_id)
    if not member.active:
        return member
    revoked = Member(
        member.office_id, member.name, member.kind, member.signing_key, member.encryption_key,
        REVOKED, on or datetime.now(UTC).date(),
    )
    with vault.transaction() as conn:
        _put_member(conn, revoked)
        vault.audit(AuditAction.DIRECTORY_REVOKE, "office", office_id, "")
        vault.announce(events.DirectoryUpdated())
    return revoked


# Another feature (the handbook) fills sections on publish and files them on import; it is
# passed explicitly by the caller (``handbook/sections.py`` wraps both), never registered on
# import, so what a directory carries does not depend on what was imported earlier.
SectionProvider = Callable[[Vault], list[Any]]
# Called inside the import transaction, after the members are stored; raising refuses the
# whole import (nothing is stored).
SectionConsumer = Callable[[Vault, dict[str, list[Any]]], None]


def get_section(vault: Vault, name: str) -> list[Any] | None:
    """A section of the last published (coordinator) or imported (member) directory."""
    row = vault.query_one("SELECT body FROM directory_sections WHERE name = ?", (name,))
    if row is None:
        return None
    value: list[Any] = json.loads(row[0])
    return value


def _member_json(member: Member, receives: Receives | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "office_id": member.office_id, "name": member.name, "kind": member.kind.value,
        "signing_key": member.signing_key, "encryption_key": member.encryption_key,
        "status": member.status,
        "revoked_on": member.revoked_on.isoformat() if member.revoked_on else None,
    }
    if receives is not None and member.active:
        doc["receives"] = receives.to_json()
    return doc


def _store_sections(conn: Any, sections: dict[str, list[Any]], version: int) -> None:
    conn.execute("DELETE FROM directory_sections")
    for name, items in sorted(sections.items()):
        conn.execute(
            "INSERT INTO directory_sections (name, body, version, updated) VALUES (?, ?, ?, ?)",
            (name, json.dumps(items, ensure_ascii=False, sort_keys=True), version, now_utc()),
        )


def publish_directory(
    vault: Vault, *, now: datetime | None = None, valid_days: int = DEFAULT_VALID_DAYS,
    extra: dict[str, list[Any]] | None = None,
    providers: Mapping[str, SectionProvider] | None = None,
) -> bytes:
    """Coordinator: the next signed directory file (version + 1), valid for ``valid_days``.

    Sections come from ``providers`` (section name → function of the vault), then ``extra``
    (which wins). The new version is committed before the bytes are returned, so a version
    number is never reused.
    """
    state = require_coordinator(vault)
    if not 1 <= valid_days <= MAX_VALID_DAYS:
        raise BadInput("directory.bad_validity", max=MAX_VALID_DAYS)
    unknown = set(providers or {}) - set(SECTION_NAMES)
    if unknown:
        raise ValueError(f"unknown directory sections {sorted(unknown)}; allowed: {SECTION_NAMES}")
    sections = {name: provider(vault) for name, provider in (providers or {}).items()}
    sections.update(extra or {})
    identity = load_identity(vault)
    issued = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    expires = issued + timedelta(days=valid_days)
    version = state.version + 1
    coordinator = _self_member(identity)
    payload: dict[str, Any] = {
        "format": DIRECTORY.format,
        "network": state.network_name,
        "version": version,
        "issued": issued.isoformat(),
        "expires": expires.isoformat(),
        "coordinator": {k: v for k, v in _member_json(coordinator).items()
                        if k not in ("status", "revoked_on")},
        "members": [_member_json(m, get_route(vault, m.office_id)) for m in list_members(vault)],
        **sections,
    }
    data = seal(DIRECTORY, payload, identity.keys.signing_key)
    read_directory(data)  # what we sign must pass our own strict reader
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE directory_state SET version = ?, issued = ?, expires = ?, updated = ?"
            " WHERE id = 1",
            (version, issued.isoformat(), expires.isoformat(), now_utc()),
        )
        _store_sections(conn, sections, version)
        vault.audit(AuditAction.DIRECTORY_PUBLISH, "office", identity.office_id, f"v{version}")
        vault.announce(events.DirectoryUpdated())
    return data


# --- the signed file -----------------------------------------------------------------------


@dataclass(frozen=True)
class Directory:
    """A verified directory document (signature checked against its own coordinator key)."""

    network: str
    version: int
    issued: datetime
    expires: datetime
    coordinator_id: str
    coordinator_name: str
    coordinator: PublicKeys
    members: tuple[Member, ...]
    sections: dict[str, list[Any]] = field(default_factory=dict)


def _read_member(fields: Fields) -> Member:
    fields.exact({"office_id", "name", "kind", "signing_key", "encryption_key", "status",
                  "revoked_on"}, frozenset({"receives"}))
    status = fields.choice("status", (ACTIVE, REVOKED))
    revoked_on = None
    if status == REVOKED:
        revoked_on = fields.day("revoked_on")
    elif fields.has("revoked_on"):  # an active member has no revocation date
        raise fields.fail("revoked_on", "invalid")
    receives = parse_receives(fields.raw("receives")) if "receives" in fields.obj else None
    return Member(
        fields.office_id(), fields.text("name", MAX_NAME).strip(), fields.kind(),
        fields.signing_key(), fields.encryption_key(), status, revoked_on, receives,
    )


def read_directory(data: bytes) -> Directory:
    """Parse and verify a directory file on its own terms (no vault, no pinning, no expiry).

    BadInput for anything malformed; SecurityRefused if the signature does not verify or was
    made by a key other than the coordinator key the document names.
    """
    signer, payload = open_signed(DIRECTORY, data)
    fields = Fields(payload, DIRECTORY.malformed)
    fields.exact(
        {"format", "network", "version", "issued", "expires", "coordinator", "members"},
        frozenset(SECTION_NAMES),
    )
    coordinator = fields.nested("coordinator")
    coordinator.exact({"office_id", "name", "kind", "signing_key", "encryption_key"})
    coordinator_keys = PublicKeys(coordinator.signing_key(), coordinator.encryption_key())
    if signer != coordinator_keys.signing_key:
        raise SecurityRefused(
            "directory.bad_signature", reason="signed by a key other than the coordinator's"
        )
    members = tuple(_read_member(m) for m in fields.objects("members", MAX_MEMBERS,
                                                             min_items=1))
    if len({m.office_id for m in members}) != len(members) \
            or len({m.signing_key for m in members}) != len(members):
        raise fields.fail("members", "duplicate")
    coordinator_id = coordinator.office_id()
    if not any(m.office_id == coordinator_id and m.active and m.public == coordinator_keys
               for m in members):  # the coordinator is an active member, with these keys
        raise coordinator.fail("office_id", "invalid")
    sections = {name: fields.entries(name, MAX_SECTION_ITEMS)
                for name in SECTION_NAMES if name in fields.obj}
    issued, expires = fields.timestamp("issued"), fields.timestamp("expires")
    if expires <= issued:
        raise fields.fail("expires", "not_after", other="issued")
    return Directory(
        network=fields.text("network", MAX_NAME).strip(),
        version=fields.integer("version", 1, 2**53),
        issued=issued, expires=expires, coordinator_id=coordinator_id,
        coordinator_name=coordinator.text("name", MAX_NAME).strip(), coordinator=coordinator_keys,
        members=members, sections=sections,
    )


# --- member side ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Imported:
    directory: Directory
    first_import: bool
    key_changes: tuple[str, ...]  # office ids whose accepted keys changed
    self_status: str  # "listed" | "missing" | "revoked" | "key_mismatch"


def _self_status(directory: Directory, identity: Identity) -> str:
    mine = next((m for m in directory.members if m.office_id == identity.office_id), None)
    if mine is None:
        return "missing"
    if mine.public != identity.public:
        return "key_mismatch"
    return "listed" if mine.active else "revoked"


def _revoked_keys(vault: Vault) -> dict[str, list[list[str]]]:
    """Keys each office was revoked under: the remembered ones plus the current member table
    (vaults that imported a revocation before this memory existed)."""
    revoked: dict[str, list[list[str]]] = vault.get_json_meta(REVOKED_KEYS, {})
    for member in list_members(vault):
        keys = [member.signing_key, member.encryption_key]
        if not member.active and keys not in revoked.setdefault(member.office_id, []):
            revoked[member.office_id].append(keys)
    return revoked


def import_directory(
    vault: Vault, data: bytes, *, pin_confirmed: bool = False,
    accept_key_change: frozenset[str] = frozenset(), now: datetime | None = None,
    receive_sections: SectionConsumer | None = None,
) -> Imported:
    """Verify a directory file against this vault's pin and state, then replace the members.

    Checks, each refused with its own message: signature, pinned coordinator (the first import
    pins it, only with ``pin_confirmed``), strictly higher version but at most
    :data:`MAX_VERSION_STEP` higher, not expired, no revoked member active again under the keys
    it was revoked with, and no member key changed unless its office id is in
    ``accept_key_change``. Nothing is stored on refusal.
    """
    directory = read_directory(data)
    state = get_state(vault)
    identity = load_identity(vault)
    if state is not None and state.role == COORDINATOR:
        if directory.coordinator == state.coordinator:
            raise BadInput("directory.own_directory")
        raise SecurityRefused("directory.other_coordinator",
                              pinned=state.coordinator.fingerprint(),
                              found=directory.coordinator.fingerprint())
    if state is None and not pin_confirmed:
        raise SecurityRefused("directory.pin_unconfirmed",
                              safety_number=directory.coordinator.safety_number())
    if state is not None:
        if directory.coordinator != state.coordinator:
            raise SecurityRefused("directory.other_coordinator",
                                  pinned=state.coordinator.fingerprint(),
                                  found=directory.coordinator.fingerprint())
        if directory.version <= state.version:
            raise SecurityRefused("directory.not_newer", version=directory.version,
                                  current=state.version)
        if directory.version > state.version + MAX_VERSION_STEP:
            raise SecurityRefused("directory.version_jump", version=directory.version,
                                  current=state.version, step=MAX_VERSION_STEP)
    if (now or datetime.now(UTC)) >= directory.expires:
        raise SecurityRefused("directory.expired", version=directory.version,
                              expires=directory.expires.isoformat())
    changed = []
    # Keys of every member ever imported, so leaving a member out of one version and listing
    # it again with other keys is still a key change, not a new member.
    history: dict[str, list[str]] = vault.get_json_meta(KNOWN_KEYS, {})
    revoked = _revoked_keys(vault)
    for member in directory.members:
        keys = [member.signing_key, member.encryption_key]
        if member.active and keys in revoked.get(member.office_id, []):
            raise SecurityRefused("directory.member_reactivated", name=member.name,
                                  id=member.office_id)
        if not member.active and keys not in revoked.setdefault(member.office_id, []):
            revoked[member.office_id].append(keys)
        current = get_member(vault, member.office_id)
        known = current.public if current else (
            PublicKeys(*history[member.office_id]) if member.office_id in history else None
        )
        if known is not None and known != member.public:
            if member.office_id not in accept_key_change:
                raise SecurityRefused(
                    "directory.member_key_changed", name=member.name, id=member.office_id,
                    old=known.fingerprint(), new=member.public.fingerprint(),
                )
            changed.append(member.office_id)
        history[member.office_id] = [member.signing_key, member.encryption_key]
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO directory_state (id, role, network_name, coordinator_id,"
            " coordinator_signing_key, coordinator_encryption_key, version, issued, expires,"
            " pinned, updated) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET network_name = excluded.network_name,"
            " version = excluded.version, issued = excluded.issued, expires = excluded.expires,"
            " updated = excluded.updated",
            (MEMBER, directory.network, directory.coordinator_id,
             directory.coordinator.signing_key, directory.coordinator.encryption_key,
             directory.version, directory.issued.isoformat(), directory.expires.isoformat(),
             now_utc(), now_utc()),
        )
        conn.execute("DELETE FROM directory_members")
        conn.execute("DELETE FROM transport_routes WHERE office_id != ?", (identity.office_id,))
        for member in directory.members:
            _put_member(conn, member)
            if member.office_id != identity.office_id:
                put_route(conn, member.office_id, member.receives)
        _store_sections(conn, directory.sections, directory.version)
        vault.set_meta(KNOWN_KEYS, json.dumps(history, sort_keys=True))
        vault.set_meta(REVOKED_KEYS, json.dumps(revoked, sort_keys=True))
        if receive_sections is not None:
            receive_sections(vault, directory.sections)
        vault.audit(AuditAction.DIRECTORY_IMPORT, "office", directory.coordinator_id,
                    f"v{directory.version}" + "".join(f" key:{o}" for o in changed))
        vault.announce(events.DirectoryUpdated())
    return Imported(directory, state is None, tuple(changed), _self_status(directory, identity))
