"""Member cards: an office's public data, signed by its own key, handed to the coordinator.

The self-signature proves the card was made by the holder of the signing key it lists (and was
not altered on the way); it does not prove *who* that is. That is why the coordinator compares
the fingerprint or safety number with the office over the phone before adding the card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from rete_desktop.crypto.keys import PublicKeys
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import SecurityRefused
from rete_desktop.packets.signed_document import DocumentKind, Fields, open_signed, seal
from rete_desktop.storage.identity import Identity

CARD = DocumentKind(
    format="rete-card/1", body="card", namespace="rete-card-v1", max_size=16 * 1024,
    errors="card",
)


@dataclass(frozen=True)
class MemberCard:
    office_id: str
    name: str
    kind: OfficeKind
    signing_key: str
    encryption_key: str
    created: datetime

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.signing_key, self.encryption_key)


def export_card(identity: Identity, now: datetime | None = None) -> bytes:
    """This office's card file, self-signed under the ``rete-card-v1`` namespace."""
    public = identity.public
    payload = {
        "format": CARD.format,
        "office_id": identity.office_id,
        "name": identity.name,
        "kind": identity.kind.value,
        "signing_key": public.signing_key,
        "encryption_key": public.encryption_key,
        "created": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
    }
    return seal(CARD, payload, identity.keys.signing_key)


def read_card(data: bytes) -> MemberCard:
    """Parse and verify a card file: BadInput if malformed, SecurityRefused if not self-signed."""
    signer, payload = open_signed(CARD, data)
    fields = Fields(payload, CARD.errors)
    fields.exact(
        {"format", "office_id", "name", "kind", "signing_key", "encryption_key", "created"}
    )
    card = MemberCard(
        office_id=fields.office_id(),
        name=fields.text("name").strip(),
        kind=fields.kind(),
        signing_key=fields.signing_key(),
        encryption_key=fields.encryption_key(),
        created=fields.timestamp("created"),
    )
    if signer != card.signing_key:
        raise SecurityRefused("card.bad_signature", reason="signed by a key the card does not list")
    return card
