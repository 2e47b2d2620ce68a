"""Member cards: an office's public data, signed by its own key, handed to the coordinator.

The self-signature proves the card was made by the holder of the signing key it lists (and was
not altered on the way); it does not prove *who* that is. That is why the coordinator compares
the fingerprint or safety number with the office over the phone before adding the card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rete_desktop.crypto.keys import PublicKeys
from rete_desktop.domain import validation
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, SecurityRefused
from rete_desktop.packets.signed_document import MAX_NAME, DocumentKind, Fields, open_signed, seal
from rete_desktop.storage.identity import Identity

CARD = DocumentKind(
    format="rete-card/1", body="card", namespace="rete-card-v1", max_size=16 * 1024,
    errors="card",
)


FOLDER_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class Receives:
    """How an office receives packets: its (PEC) mail address and/or its folder name on the
    network's shared folder or USB stick. Optional on cards and in the directory (issue 13)."""

    mail: str | None = None
    folder: str | None = None

    def to_json(self) -> dict[str, str]:
        return {k: v for k, v in (("mail", self.mail), ("folder", self.folder)) if v}


def folder_name(value: str) -> str:
    """A folder name other offices write into: letters, digits, ``-_.``; no path tricks."""
    if not isinstance(value, str) or not FOLDER_NAME.fullmatch(value):
        raise BadInput("transport.bad_folder_name", name=str(value)[:70])
    return value


def parse_receives(value: Any) -> Receives:
    """The ``receives`` object of a card or directory entry (BadInput if malformed)."""
    if not isinstance(value, dict) or not value or set(value) - {"mail", "folder"}:
        raise BadInput("transport.bad_receives")
    mail, folder = value.get("mail"), value.get("folder")
    if mail is not None and (not isinstance(mail, str) or not mail):
        raise BadInput("transport.bad_receives")
    return Receives(validation.normalise_email(mail) if mail else None,
                    folder_name(folder) if folder is not None else None)


@dataclass(frozen=True)
class MemberCard:
    office_id: str
    name: str
    kind: OfficeKind
    signing_key: str
    encryption_key: str
    created: datetime
    receives: Receives | None = None

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.signing_key, self.encryption_key)


def export_card(
    identity: Identity, now: datetime | None = None, receives: Receives | None = None
) -> bytes:
    """This office's card file, self-signed under the ``rete-card-v1`` namespace; ``receives``
    (optional, so older cards stay valid) says how the office gets packets."""
    public = identity.public
    payload: dict[str, Any] = {
        "format": CARD.format,
        "office_id": identity.office_id,
        "name": identity.name,
        "kind": identity.kind.value,
        "signing_key": public.signing_key,
        "encryption_key": public.encryption_key,
        "created": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
    }
    if receives is not None and receives.to_json():
        payload["receives"] = receives.to_json()
    return seal(CARD, payload, identity.keys.signing_key)


def read_card(data: bytes) -> MemberCard:
    """Parse and verify a card file: BadInput if malformed, SecurityRefused if not self-signed."""
    signer, payload = open_signed(CARD, data)
    fields = Fields(payload, CARD.malformed)
    fields.exact(
        {"format", "office_id", "name", "kind", "signing_key", "encryption_key", "created"},
        frozenset({"receives"}),
    )
    card = MemberCard(
        office_id=fields.office_id(),
        name=fields.text("name", MAX_NAME).strip(),
        kind=fields.kind(),
        signing_key=fields.signing_key(),
        encryption_key=fields.encryption_key(),
        created=fields.timestamp("created"),
        receives=parse_receives(payload["receives"]) if "receives" in payload else None,
    )
    if signer != card.signing_key:
        raise SecurityRefused("card.bad_signature", reason="signed by a key the card does not list")
    return card
