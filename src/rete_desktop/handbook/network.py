"""The network as this office knows it: active offices joined with their profiles."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from rete_desktop.domain.records import Office
from rete_desktop.domain.validation import display_phone
from rete_desktop.errors import BadInput, NotFound, SecurityRefused
from rete_desktop.handbook import profiles
from rete_desktop.handbook.profiles import Profile, SignedProfile
from rete_desktop.packets import directory
from rete_desktop.storage.offices import list_offices
from rete_desktop.storage.vault import Vault


@dataclass(frozen=True)
class NetworkOffice:
    """An office with its profile; phones and address fall back to the local office record."""

    office: Office
    profile: Profile | None

    @property
    def id(self) -> str:
        return self.office.id

    @property
    def name(self) -> str:
        return self.office.name

    @property
    def phones(self) -> tuple[str, ...]:
        return (self.profile.phones if self.profile and self.profile.phones
                else self.office.phones)

    @property
    def hours(self) -> str:
        return (self.profile.hours if self.profile else "") or self.office.on_call_hours or ""

    @property
    def address(self) -> str:
        return (self.profile.address if self.profile else "") or self.office.address or ""

    def field(self, name: str) -> str:
        """A profile field as text ("" when unknown); lists joined with commas."""
        if name == "phones":
            return ", ".join(display_phone(p) for p in self.phones)
        if name in ("hours", "address"):
            return str(getattr(self, name))
        value = getattr(self.profile, name, "") if self.profile else ""
        return ", ".join(value) if isinstance(value, tuple) else str(value or "")


def active_member_key(vault: Vault, office_id: str) -> str | None:
    """The signing key of an active directory member (None if unknown or revoked)."""
    member = directory.get_member(vault, office_id)
    return member.signing_key if member is not None and member.active else None


def _listed(vault: Vault, office_id: str) -> bool:
    """True unless the directory lists the office as revoked (local-only offices count)."""
    member = directory.get_member(vault, office_id)
    return member is None or member.active


def _same_office(local: Office, member: Office) -> bool:
    """A contact typed in by hand that is the same office as a directory member: same kind and
    the same name (case and spacing aside) or a phone number in common."""
    if local.kind is not member.kind:
        return False
    same_name = " ".join(local.name.casefold().split()) == " ".join(member.name.casefold().split())
    return same_name or bool(set(local.phones) & set(member.phones))


def _once(vault: Vault, offices: list[Office]) -> list[Office]:
    """Leave out local contacts that duplicate a directory member (or this office), so the
    leaflet and "who to call" list each office once; the member keeps the local phones when
    its own record has none."""
    members = [o for o in offices if o.is_self or directory.get_member(vault, o.id) is not None]
    kept: dict[str, Office] = {o.id: o for o in offices}
    for local in offices:
        if local in members:
            continue
        twin = next((m for m in members if _same_office(local, m)), None)
        if twin is not None:
            del kept[local.id]
            if not kept[twin.id].phones and local.phones:
                kept[twin.id] = dataclasses.replace(kept[twin.id], phones=local.phones)
    return [kept[o.id] for o in offices if o.id in kept]


def network_offices(vault: Vault) -> list[NetworkOffice]:
    """Every known office that is not revoked, this office included, each once, by name."""
    found = {p.office_id: p for p in profiles.list_profiles(vault)}
    own = profiles.get_profile(vault)
    found.setdefault(own.office_id, own)
    if own.revision == 0:  # never edited: nothing to show beyond the office record
        del found[own.office_id]
    listed = [o for o in list_offices(vault) if _listed(vault, o.id)]
    return [NetworkOffice(o, found.get(o.id)) for o in _once(vault, listed)]


def import_profile_file(vault: Vault, data: bytes) -> Profile:
    """Accept an office's signed profile file (normally at the coordinator, for publishing).

    Refused unless the active member the profile names signed it, and unless it is newer than
    the stored revision (an old file replayed cannot undo a change).
    """
    signed: SignedProfile = profiles.read_signed_profile(data)
    if directory.get_state(vault) is None:
        raise BadInput("handbook.no_directory")
    if signed.profile.office_id == profiles.get_profile(vault).office_id:
        raise BadInput("handbook.profile_is_own")
    with vault.transaction():
        if not profiles.accept_profile(vault, signed, lambda oid: active_member_key(vault, oid)):
            raise SecurityRefused("handbook.profile_not_newer", name=signed.profile.name,
                                  revision=signed.profile.revision)
    return signed.profile


def office_name(vault: Vault, office_id: str) -> str:
    for item in network_offices(vault):
        if item.id == office_id:
            return item.name
    raise NotFound("office.not_found", id=office_id)
