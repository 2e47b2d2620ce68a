"""This office's identity: its id, its own office record and its secret keys (only in the DB)."""

from __future__ import annotations

from dataclasses import dataclass

from rete_desktop.crypto.keys import OfficeKeys, PublicKeys
from rete_desktop.domain import validation
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.storage.vault import Vault, new_id, now_utc


@dataclass(frozen=True)
class Identity:
    office_id: str
    name: str
    kind: OfficeKind
    keys: OfficeKeys

    @property
    def public(self) -> PublicKeys:
        return self.keys.public()


def create_identity(vault: Vault, office_name: str, office_kind: str) -> str:
    """Generate the office's keys and its own office record; returns the office id."""
    name = validation.required_text("office_name", office_name)
    kind = validation.choice("office_kind", OfficeKind, office_kind)
    office_id = new_id()
    keys = OfficeKeys.generate()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO identity (id, office_id, secret_keys, created) VALUES (1, ?, ?, ?)",
            (office_id, keys.to_secret_bytes(), now_utc()),
        )
        conn.execute(
            "INSERT INTO offices (id, name, kind, is_self, created) VALUES (?, ?, ?, 1, ?)",
            (office_id, name, kind.value, now_utc()),
        )
        vault.audit("vault.create", "office", office_id, kind.value)
    return office_id


def load_identity(vault: Vault) -> Identity:
    row = vault.query_one(
        "SELECT i.office_id, o.name, o.kind, i.secret_keys FROM identity i "
        "JOIN offices o ON o.id = i.office_id WHERE i.id = 1"
    )
    return Identity(row[0], row[1], OfficeKind(row[2]), OfficeKeys.from_secret_bytes(row[3]))
