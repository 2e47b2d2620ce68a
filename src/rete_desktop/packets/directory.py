"""The network directory: which offices belong to the network, with which keys.

The coordinator office keeps the member list (``directory_members``) and publishes it as a
signed file; every other office imports that file. Both sides read members through the same
functions, so the coordinator uses its own list without importing what it published.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from rete_desktop.crypto.keys import PublicKeys
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.storage.vault import Vault

ACTIVE = "active"
REVOKED = "revoked"


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
    from rete_desktop.crypto.keys import InvalidKey, parse_signing_key

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
