"""What the audit log can say happened: every action as an enum member, details as a dict.

The stored form is what it always was — the action's dotted code and a detail string of
``key=value`` pairs joined by ``;`` (a bare value for the few entries that only ever held one
code) — because that string is part of each entry's hash: entries written before this module
existed, and stored fixture vaults, must still verify. :func:`detail_text` writes that form from
a dict, :func:`parse_detail` reads it back. Details hold ids, counts and codes only, never names
or note text. Each action's words (it/en) are in ``messages/audit.py``; a test checks that every
member has them.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

CODE = "code"  # the detail key written bare (``high``, ``cav``, ``phone,email``…)

Detail = Mapping[str, object] | str


class AuditAction(StrEnum):
    CASE_CREATE = "case.create"
    CASE_READ = "case.read"
    CASE_STATUS = "case.status"
    CASE_RISK = "case.risk"
    CASE_CONSENT = "case.consent"
    CASE_ERASE = "case.erase"
    CASE_SOURCE = "case.source"
    CASE_VIOLENCE = "case.violence"
    CASE_MEASURE = "case.measure"
    CASE_SERVICE = "case.service"
    CASE_SERVICE_END = "case.service_end"
    CASE_SHARING = "case.sharing"
    CASE_HANDOUT = "case.handout"
    PERSON_RELATE = "person.relate"
    RISK_INSTRUMENT_IMPORT = "risk.instrument_import"
    RISK_ASSESS = "risk.assess"
    PERSON_ADD = "person.add"
    PERSON_EXPORT = "person.export"
    NOTE_ADD = "note.add"
    NOTE_AMEND = "note.amend"
    PROTOCOL_IMPORT = "protocol.import"
    PROTOCOL_APPLY = "protocol.apply"
    TASK_DONE = "task.done"
    TASK_REOPEN = "task.reopen"
    ATTACHMENT_ADD = "attachment.add"
    ATTACHMENT_READ = "attachment.read"
    ATTACHMENT_EXPORT = "attachment.export"
    ATTACHMENT_PRINT = "attachment.print"
    OFFICE_ADD = "office.add"
    CONTACT_ADD = "contact.add"
    CONTACT_UPDATE = "contact.update"
    PACKET_SEND = "packet.send"
    PACKET_RECEIVE = "packet.receive"
    PACKET_ACKNOWLEDGE = "packet.acknowledge"
    DIRECTORY_CREATE = "directory.create"
    DIRECTORY_ADD_MEMBER = "directory.add_member"
    DIRECTORY_UPDATE_MEMBER = "directory.update_member"
    DIRECTORY_REVOKE = "directory.revoke"
    DIRECTORY_PUBLISH = "directory.publish"
    DIRECTORY_IMPORT = "directory.import"
    PROFILE_EDIT = "profile.edit"
    PROFILE_RECEIVE = "profile.receive"
    GLOSSARY_SET = "glossary.set"
    GLOSSARY_RECEIVE = "glossary.receive"
    PREVENTION_ADD = "prevention.add"
    LAB_CASE_CODE = "lab.case_code"
    LAB_ITEM_PREPARED = "lab.item_prepared"
    LAB_ITEM_SENT = "lab.item_sent"
    LAB_ITEM_RECEIVED = "lab.item_received"
    LAB_AGENDA = "lab.agenda"
    LAB_AGENDA_RECEIVED = "lab.agenda_received"
    LAB_PRESENT = "lab.present"
    LAB_DETAILS = "lab.details"
    LAB_DECISION = "lab.decision"
    LAB_ACTION = "lab.action"
    LAB_ACTION_DONE = "lab.action_done"
    LAB_ACTION_UPDATE = "lab.action_update"
    LAB_MINUTES = "lab.minutes"
    LAB_MINUTES_RECEIVED = "lab.minutes_received"
    LAB_LINK = "lab.link"
    LAB_UNLINK = "lab.unlink"
    STATS_VIEW = "stats.view"
    STATS_EXPORT = "stats.export"
    REGISTER_PRINT = "register.print"
    PRIVACY_CONTACTS = "privacy.contacts"
    RETENTION_POLICY = "retention.policy"
    IDENTITY_EXPORT_SECRET_KEYS = "identity.export_secret_keys"  # noqa: S105 (an action)
    VAULT_CREATE = "vault.create"
    VAULT_UNLOCK = "vault.unlock"
    VAULT_PASSPHRASE_CHANGED = "vault.passphrase_changed"  # noqa: S105 (an action)
    VAULT_BACKUP = "vault.backup"
    VAULT_RESTORE = "vault.restore"
    OPERATOR_ADD = "operator.add"
    OPERATOR_REMOVE = "operator.remove"
    OPERATOR_NAMED = "operator.named"
    TRANSPORT_CONFIGURE = "transport.configure"
    TRANSPORT_QUEUE = "transport.queue"
    TRANSPORT_DELIVERY = "transport.delivery"
    TRANSPORT_PEC_RECEIPT = "transport.pec_receipt"
    TRANSPORT_REFUSED = "transport.refused"
    DEMO_FILL = "demo.fill"


def action_of(code: str) -> AuditAction:
    """The member for a stored or passed code; an unknown code is a programming error (add
    the action here and its words to ``messages/audit.py``)."""
    try:
        return AuditAction(code)
    except ValueError:
        raise ValueError(f"unknown audit action {code!r}: add it to AuditAction") from None


def detail_text(detail: Detail) -> str:
    """The stored (and hashed) form of a detail: ``{"case": "ab12", "role": "child"}`` →
    ``case=ab12;role=child``; the :data:`CODE` key is written bare. A string is kept as is."""
    if isinstance(detail, str):
        return detail
    return ";".join(str(value) if key == CODE else f"{key}={value}"
                    for key, value in detail.items())


def parse_detail(text: str) -> dict[str, str]:
    """:func:`detail_text` read back: ``key=value`` parts by key, anything else under
    :data:`CODE` (a JSON policy or a ``v3 key:…`` summary stays whole)."""
    parts = [part.partition("=") for part in text.split(";")] if text else []
    if parts and all(sep and key.isidentifier() for key, sep, _ in parts):
        return {key: value for key, _, value in parts}
    return {CODE: text} if text else {}
