"""Who answers for the data: the controller's and the DPO's (RPD) contact details.

The record of processing (art. 30(1)(a) GDPR) must name the controller (titolare del
trattamento: the Comune, the ASST, the Comando…) and the data protection officer with their
contact details. An office enters them once (``rete privacy-contacts set``, or Registro di audit
e privacy → Titolare e RPD); they are kept in the vault's ``meta`` and printed on the record.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass

from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.storage.vault import Vault

META_KEY = "privacy_contacts"
MAX_FIELD = 300


@dataclass(frozen=True)
class PrivacyContacts:
    controller: str = ""  # e.g. "Comune di Casalmaggiore, in persona del Sindaco"
    controller_contact: str = ""  # address, phone, PEC
    dpo: str = ""  # responsabile della protezione dei dati
    dpo_contact: str = ""  # e-mail, phone

    @property
    def complete(self) -> bool:
        return all(dataclasses.astuple(self))


FIELDS = tuple(f.name for f in dataclasses.fields(PrivacyContacts))


def get_contacts(vault: Vault) -> PrivacyContacts:
    stored = vault.get_json_meta(META_KEY, {})
    if not isinstance(stored, dict):
        return PrivacyContacts()
    return PrivacyContacts(**{k: str(stored.get(k) or "") for k in FIELDS})


def set_contacts(vault: Vault, **changes: str | None) -> PrivacyContacts:
    """Change the given fields (None = unchanged, "" = clear); audited without the values."""
    current = dataclasses.asdict(get_contacts(vault))
    changed = sorted(k for k, v in changes.items() if v is not None)
    for key in changed:
        current[key] = validation.optional_text(key, changes[key], MAX_FIELD) or ""
    updated = PrivacyContacts(**current)
    with vault.transaction():
        vault.set_meta(META_KEY, json.dumps(current, ensure_ascii=False, sort_keys=True))
        vault.audit(AuditAction.PRIVACY_CONTACTS, "office", None, ",".join(changed))
    return updated
