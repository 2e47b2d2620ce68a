"""Member offices known locally and the contacts who work there."""

from __future__ import annotations

import json
from typing import Any

from rete_desktop import events
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Contact, Office
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import NotFound
from rete_desktop.storage.vault import Vault, new_id, now_utc


def add_office(
    vault: Vault,
    name: str,
    kind: str,
    *,
    address: str | None = None,
    phones: list[str] | None = None,
    emails: list[str] | None = None,
    on_call_hours: str | None = None,
    office_id: str | None = None,
) -> str:
    clean_phones = [p for p in (validation.normalise_phone(x) for x in phones or []) if p]
    clean_emails = [e for e in (validation.normalise_email(x) for x in emails or []) if e]
    values = (
        office_id or new_id(),
        validation.required_text("name", name),
        validation.choice("kind", OfficeKind, kind).value,
        validation.optional_text("address", address),
        json.dumps(clean_phones),
        json.dumps(clean_emails),
        validation.optional_text("on_call_hours", on_call_hours),
        now_utc(),
    )
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO offices (id, name, kind, address, phones, emails, on_call_hours, created)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        vault.audit(AuditAction.OFFICE_ADD, "office", values[0], values[2])
        vault.announce(events.OfficesChanged())
    return values[0]


_OFFICE_COLS = "id, name, kind, address, phones, emails, on_call_hours, is_self"


def _office(row: Any) -> Office:
    return Office(
        id=row[0],
        name=row[1],
        kind=OfficeKind(row[2]),
        address=row[3],
        phones=tuple(json.loads(row[4])),
        emails=tuple(json.loads(row[5])),
        on_call_hours=row[6],
        is_self=bool(row[7]),
    )


def list_offices(vault: Vault) -> list[Office]:
    return [_office(r) for r in vault.query(f"SELECT {_OFFICE_COLS} FROM offices ORDER BY name")]


def own_kind(vault: Vault) -> OfficeKind | None:
    """This office's kind (None before the identity exists)."""
    row = vault.query_one("SELECT kind FROM offices WHERE is_self = 1")
    return None if row is None else OfficeKind(row[0])


def get_office(vault: Vault, office_id: str) -> Office:
    row = vault.query_one(f"SELECT {_OFFICE_COLS} FROM offices WHERE id = ?", (office_id,))
    if row is None:
        raise NotFound("office.not_found", id=office_id)
    return _office(row)


def add_contact(
    vault: Vault,
    name: str,
    *,
    office_id: str | None = None,
    role: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    codice_fiscale: str | None = None,
) -> str:
    if office_id is not None:
        get_office(vault, office_id)
    contact = Contact(
        id=new_id(),
        name=validation.required_text("name", name),
        office_id=office_id,
        role=validation.optional_text("role", role),
        phone=validation.normalise_phone(phone),
        email=validation.normalise_email(email),
        codice_fiscale=validation.normalise_codice_fiscale(codice_fiscale),
    )
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO contacts (id, name, office_id, role, phone, email, codice_fiscale,"
            " created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                contact.id,
                contact.name,
                contact.office_id,
                contact.role,
                contact.phone,
                contact.email,
                contact.codice_fiscale,
                now_utc(),
            ),
        )
        vault.audit(AuditAction.CONTACT_ADD, "contact", contact.id)
        vault.announce(events.OfficesChanged())
    return contact.id


def update_contact(vault: Vault, contact_id: str, **fields: str | None) -> None:
    """Change a contact's fields (validated like :func:`add_contact`)."""
    current = get_contact(vault, contact_id)
    merged = {**current.__dict__, **fields}
    values = (
        validation.required_text("name", merged["name"]),
        validation.optional_text("role", merged["role"]),
        validation.normalise_phone(merged["phone"]),
        validation.normalise_email(merged["email"]),
        validation.normalise_codice_fiscale(merged["codice_fiscale"]),
        contact_id,
    )
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE contacts SET name = ?, role = ?, phone = ?, email = ?, codice_fiscale = ?"
            " WHERE id = ?",
            values,
        )
        vault.audit(AuditAction.CONTACT_UPDATE, "contact", contact_id, ",".join(sorted(fields)))
        vault.announce(events.OfficesChanged())


_CONTACT_COLS = "id, name, office_id, role, phone, email, codice_fiscale"


def list_contacts(vault: Vault, office_id: str | None = None) -> list[Contact]:
    if office_id is None:
        rows = vault.query(f"SELECT {_CONTACT_COLS} FROM contacts ORDER BY name")
    else:
        rows = vault.query(
            f"SELECT {_CONTACT_COLS} FROM contacts WHERE office_id = ? ORDER BY name",
            (office_id,),
        )
    return [Contact(*r) for r in rows]


def get_contact(vault: Vault, contact_id: str) -> Contact:
    row = vault.query_one(f"SELECT {_CONTACT_COLS} FROM contacts WHERE id = ?", (contact_id,))
    if row is None:
        raise NotFound("contact.not_found", id=contact_id)
    return Contact(*row)
