"""This office's identity: its id, its own office record and its secret keys (only in the DB)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rete_desktop.crypto.keys import OfficeKeys, PublicKeys
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.storage.atomic import make_private_dir, write_atomic
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
        vault.audit(AuditAction.VAULT_CREATE, "office", office_id, kind.value)
    return office_id


def load_identity(vault: Vault) -> Identity:
    row = vault.query_one(
        "SELECT i.office_id, o.name, o.kind, i.secret_keys FROM identity i "
        "JOIN offices o ON o.id = i.office_id WHERE i.id = 1"
    )
    return Identity(row[0], row[1], OfficeKind(row[2]), OfficeKeys.from_secret_bytes(row[3]))


AGE_IDENTITY_FILE = "age-identity.txt"
SIGNING_KEY_FILE = "signing_key"
SECRET_KEY_FILES = (AGE_IDENTITY_FILE, SIGNING_KEY_FILE)


def export_secret_keys(vault: Vault, directory: Path) -> None:
    """Write the office's secret keys for the stock ``age`` and ``ssh-keygen`` tools into a
    private folder (interoperability checks, moving the office to a new PC); audited first."""
    keys = load_identity(vault).keys
    vault.log(AuditAction.IDENTITY_EXPORT_SECRET_KEYS, "office", None, "")
    make_private_dir(directory)
    age_text = f"# public key: {keys.encryption_recipient()}\n{keys.age_identity_string()}\n"
    write_atomic(directory / AGE_IDENTITY_FILE, age_text.encode("ascii"))
    write_atomic(directory / SIGNING_KEY_FILE, keys.signing_private_openssh())
