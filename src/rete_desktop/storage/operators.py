"""Who is at the keyboard: each passphrase slot's operator name and role, kept in the vault.

Notes, attachments, referrals ("Contatto per richiamata") and the audit log name the operator
of the session, e.g. "App. Sc. Rossi" or "Ass. soc. Bianchi". The names live in the encrypted
database (``meta.operators``: slot label → name and role), never in the plaintext keyslot file,
whose labels for new operators are random ids. Nothing is taken from the operating system: a
vault made before names were asked (or a slot never named) shows a neutral label until the
office sets the name (``rete operator set``, Ufficio → Il mio nome e ruolo).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rete_desktop.domain import validation
from rete_desktop.errors import BadInput

if TYPE_CHECKING:
    from rete_desktop.storage.vault import Vault

META_KEY = "operators"
UNNAMED = "Operatore dell'ufficio (nome da indicare)"
MAX_NAME = 80
MAX_ROLE = 60


@dataclass(frozen=True)
class Operator:
    slot: str  # the keyslot label this name belongs to
    name: str
    role: str
    phone: str = ""  # direct line (E.164) for the call-back printed on referrals

    @property
    def label(self) -> str:
        """As written on notes and referrals: the role first, as Italian offices sign."""
        return f"{self.role} {self.name}" if self.role else self.name


def checked(slot: str, name: str, role: str = "", phone: str = "") -> Operator:
    """An operator from user input: a name is required, the role and phone are optional."""
    return Operator(
        slot,
        validation.required_text("operator_name", name, max_len=MAX_NAME),
        validation.optional_text("operator_role", role, max_len=MAX_ROLE) or "",
        validation.normalise_phone(phone) or "",
    )


def _stored(vault: Vault) -> dict[str, dict[str, Any]]:
    found = vault.get_json_meta(META_KEY, {})
    return found if isinstance(found, dict) else {}


def named(vault: Vault) -> dict[str, Operator]:
    """Every named slot, by slot label."""
    return {
        slot: Operator(slot, str(value.get("name", "")), str(value.get("role", "")),
                       str(value.get("phone", "")))
        for slot, value in _stored(vault).items()
        if isinstance(value, dict) and value.get("name")
    }


def label_for_slot(vault: Vault, slot: str, legacy_name: bool) -> str:
    """The session's signature: the stored name, else (``legacy_name``: slots made before names
    were stored, labelled with the operator's name) the label, else the neutral label."""
    found = named(vault).get(slot)
    if found is not None:
        return found.label
    return slot if legacy_name else UNNAMED


def store(vault: Vault, operator: Operator) -> None:
    """Record ``operator``'s name and role; call inside :meth:`Vault.transaction`."""
    others = {label: op for label, op in named(vault).items() if label != operator.slot}
    if any(op.name.casefold() == operator.name.casefold() for op in others.values()):
        raise BadInput("vault.operator_exists", name=operator.name)
    current = _stored(vault)
    current[operator.slot] = {"name": operator.name, "role": operator.role,
                              **({"phone": operator.phone} if operator.phone else {})}
    vault.set_meta(META_KEY, json.dumps(current, ensure_ascii=False, sort_keys=True))


def forget(vault: Vault, slot: str) -> None:
    """Drop a removed slot's name; call inside :meth:`Vault.transaction`."""
    current = _stored(vault)
    if current.pop(slot, None) is not None:
        vault.set_meta(META_KEY, json.dumps(current, ensure_ascii=False, sort_keys=True))
