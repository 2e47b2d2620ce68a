"""Member profiles: what each office does and cannot do, its hours, how to reach it.

Each office edits only its own profile, and every revision is signed with the office's own
Ed25519 key (the same signed-document envelope as member cards, namespace ``rete-profile-v1``).
The coordinator accepts a profile file only if the signer is the directory member the profile
names, and republishes the signed files unchanged in the directory's ``profiles`` section, so
every receiving office checks each one against the member keys again: neither another office
nor the coordinator can publish a profile in an office's name.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, NotFound, SecurityRefused
from rete_desktop.events import HandbookChanged
from rete_desktop.packets.signed_document import MAX_NAME, DocumentKind, Fields, open_signed, seal
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.offices import get_office
from rete_desktop.storage.vault import Vault, now_utc

PROFILE = DocumentKind(
    format="rete-profile/1", body="profile", namespace="rete-profile-v1", max_size=64 * 1024,
    errors="profile",
)
MAX_LONG = 2000
MAX_SHORT = 300
MAX_ITEMS = 10
MAX_REVISION = 2**31
# Tags who-to-call rules can ask for; an office claims them in its own profile.
CAPABILITIES = ("h24", "shelter", "mediators", "accessible", "minors", "pis")  # pis: pronto
# intervento sociale, the social emergency service that houses people at night and on holidays
TEXT_FIELDS = {
    "functions": MAX_LONG, "limits": MAX_LONG, "hours": MAX_SHORT, "on_call": MAX_SHORT,
    "emergency": MAX_SHORT, "reference_person": MAX_SHORT, "address": MAX_SHORT,
    "languages": MAX_SHORT,
}
LIST_FIELDS = ("phones", "emails", "capabilities")


@dataclass(frozen=True)
class Profile:
    office_id: str
    name: str
    kind: OfficeKind
    revision: int
    updated: str
    functions: str = ""  # what the office does
    limits: str = ""  # what it cannot do
    hours: str = ""  # opening hours
    on_call: str = ""  # on-call hours
    emergency: str = ""  # how to reach it in an emergency and out of hours
    reference_person: str = ""
    address: str = ""
    languages: str = ""
    phones: tuple[str, ...] = ()  # E.164
    emails: tuple[str, ...] = ()
    capabilities: tuple[str, ...] = ()

    def payload(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["kind"] = self.kind.value
        return {"format": PROFILE.format, **{k: list(v) if isinstance(v, tuple) else v
                                             for k, v in data.items()}}


@dataclass(frozen=True)
class SignedProfile:
    profile: Profile
    envelope: dict[str, Any]  # {"format", "profile", "signature"} exactly as signed
    signer: str


# --- validation ------------------------------------------------------------------------------


def _clean_list(name: str, values: list[str]) -> tuple[str, ...]:
    if len(values) > MAX_ITEMS:
        raise BadInput("value.too_long", field=name, max=MAX_ITEMS)
    if name == "phones":
        cleaned = [validation.normalise_phone(v) for v in values]
    elif name == "emails":
        cleaned = [validation.normalise_email(v) for v in values]
    else:
        cleaned = [v.strip().lower() for v in values]
        for tag in cleaned:
            if tag and tag not in CAPABILITIES:
                raise BadInput("value.invalid_choice", field=name, value=tag,
                               allowed=", ".join(CAPABILITIES))
    return tuple(dict.fromkeys(v for v in cleaned if v))


def _clean_text(name: str, value: str) -> str:
    return validation.optional_text(name, value, TEXT_FIELDS[name]) or ""


def _read_payload(payload: dict[str, Any]) -> Profile:
    """A profile from an untrusted, signature-checked payload (every field validated)."""
    fields = Fields(payload, PROFILE.malformed)
    names = {f.name for f in dataclasses.fields(Profile)}
    fields.exact({"format", "office_id", "name", "kind", "revision", "updated"},
                 frozenset(names))
    values: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        raw = fields.any_text(name, TEXT_FIELDS[name]) if name in payload else ""
        values[name] = _clean_text(name, raw)
    for name in LIST_FIELDS:
        raw_list = fields.texts(name, MAX_ITEMS, MAX_SHORT) if name in payload else []
        try:
            values[name] = _clean_list(name, raw_list)
        except BadInput:
            raise fields.fail(name, "invalid") from None
    fields.timestamp("updated")
    return Profile(
        office_id=fields.office_id(), name=fields.text("name", MAX_NAME).strip(),
        kind=fields.kind(),
        revision=fields.integer("revision", 1, MAX_REVISION), updated=payload["updated"],
        **values,
    )


def read_signed_profile(data: bytes) -> SignedProfile:
    """Parse and verify a profile file; the caller compares ``signer`` with the member's key."""
    signer, payload = open_signed(PROFILE, data)
    envelope = json.loads(data)
    return SignedProfile(_read_payload(payload), envelope, signer)


# --- storage -----------------------------------------------------------------------------------


def _signed_from_row(row: Any) -> SignedProfile:
    envelope = {"format": PROFILE.format, "profile": row[0], "signature": row[1]}
    return SignedProfile(_read_payload(json.loads(row[0])), envelope, row[2])


def get_signed_profile(vault: Vault, office_id: str) -> SignedProfile | None:
    row = vault.query_one(
        "SELECT body, signature, signing_key FROM office_profiles WHERE office_id = ?",
        (office_id,),
    )
    return None if row is None else _signed_from_row(row)


def get_profile(vault: Vault, office_id: str | None = None) -> Profile:
    """A stored profile; this office's own (possibly still blank) when ``office_id`` is None."""
    own = load_identity(vault)
    wanted = office_id or own.office_id
    signed = get_signed_profile(vault, wanted)
    if signed is not None:
        return signed.profile
    if wanted == own.office_id:
        return _blank_own_profile(vault)
    raise NotFound("handbook.profile_not_found", id=wanted)


def list_profiles(vault: Vault) -> list[Profile]:
    """Every stored profile, by office name."""
    rows = vault.query("SELECT body, signature, signing_key FROM office_profiles")
    return sorted((_signed_from_row(r).profile for r in rows), key=lambda p: p.name.casefold())


def _blank_own_profile(vault: Vault) -> Profile:
    identity = load_identity(vault)
    office = get_office(vault, identity.office_id)
    return Profile(
        office_id=identity.office_id, name=identity.name, kind=identity.kind, revision=0,
        updated=now_utc(), address=office.address or "", phones=office.phones,
        emails=office.emails, on_call=office.on_call_hours or "",
    )


def edit_own_profile(vault: Vault, **changes: str | list[str] | None) -> Profile:
    """Change fields of this office's profile (None = unchanged, "" = clear); sign and store.

    Keys: the text fields (functions, limits, hours, on_call, emergency, reference_person,
    address, languages) and the list fields (phones, emails, capabilities).
    """
    unknown = set(changes) - set(TEXT_FIELDS) - set(LIST_FIELDS)
    if unknown:
        raise BadInput("value.invalid_choice", field="profile", value=sorted(unknown)[0],
                       allowed=", ".join([*TEXT_FIELDS, *LIST_FIELDS]))
    current = get_profile(vault)
    identity = load_identity(vault)
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        if value is None:
            continue
        if name in LIST_FIELDS:
            cleaned[name] = _clean_list(name, [value] if isinstance(value, str) else value)
        else:
            cleaned[name] = _clean_text(name, value if isinstance(value, str) else "\n".join(value))
    profile = dataclasses.replace(
        current, **cleaned, name=identity.name, kind=identity.kind,
        revision=current.revision + 1, updated=now_utc(),
    )
    data = seal(PROFILE, profile.payload(), identity.keys.signing_key)
    signed = read_signed_profile(data)
    with vault.transaction():
        _put(vault, signed)
        vault.audit(AuditAction.PROFILE_EDIT, "office", profile.office_id, f"r{profile.revision}")
        vault.announce(HandbookChanged())
    return profile


def export_own_profile(vault: Vault) -> bytes:
    """This office's signed profile file, to send to the coordinator."""
    signed = get_signed_profile(vault, load_identity(vault).office_id)
    if signed is None:
        raise NotFound("handbook.profile_empty")
    return envelope_bytes(signed.envelope)


def envelope_bytes(envelope: dict[str, Any]) -> bytes:
    return (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _put(vault: Vault, signed: SignedProfile) -> None:
    """Store a verified profile; call inside a transaction."""
    vault.conn.execute(
        "INSERT INTO office_profiles (office_id, revision, body, signature, signing_key, stored)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (office_id) DO UPDATE SET"
        " revision = excluded.revision, body = excluded.body, signature = excluded.signature,"
        " signing_key = excluded.signing_key, stored = excluded.stored",
        (signed.profile.office_id, signed.profile.revision, signed.envelope["profile"],
         signed.envelope["signature"], signed.signer, now_utc()),
    )


# --- accepting profiles signed elsewhere ---------------------------------------------------------

MemberKey = Callable[[str], str | None]


def check_signer(signed: SignedProfile, member_key: MemberKey) -> None:
    """Refuse a profile unless the active directory member it names signed it."""
    expected = member_key(signed.profile.office_id)
    if expected is None:
        raise SecurityRefused("handbook.profile_unknown_office", id=signed.profile.office_id)
    if signed.signer != expected:
        raise SecurityRefused("handbook.profile_wrong_signer", name=signed.profile.name,
                              id=signed.profile.office_id)


def accept_profile(vault: Vault, signed: SignedProfile, member_key: MemberKey) -> bool:
    """Store a verified profile if newer than ours (else False); call inside a transaction.

    This office's own profile is never replaced from outside: it is edited here.
    """
    check_signer(signed, member_key)
    if signed.profile.office_id == load_identity(vault).office_id:
        return False
    row = vault.query_one(
        "SELECT revision FROM office_profiles WHERE office_id = ?", (signed.profile.office_id,)
    )
    if row is not None and int(row[0]) >= signed.profile.revision:
        return False
    _put(vault, signed)
    vault.audit(AuditAction.PROFILE_RECEIVE, "office", signed.profile.office_id,
                f"r{signed.profile.revision}")
    vault.announce(HandbookChanged())
    return True


def all_envelopes(vault: Vault, include: Callable[[str], bool]) -> list[dict[str, Any]]:
    """The stored signed profiles of the offices ``include`` keeps, for publishing."""
    rows = vault.query("SELECT office_id, body, signature FROM office_profiles ORDER BY office_id")
    return [
        {"format": PROFILE.format, "profile": r[1], "signature": r[2]}
        for r in rows if include(r[0])
    ]
