"""Reading, verifying and describing the hash-chained audit log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from rete_desktop import messages
from rete_desktop.domain.audit_actions import CODE, AuditAction, action_of, parse_detail
from rete_desktop.domain.audit_chain import GENESIS, entry_hash
from rete_desktop.domain.records import AuditEntry
from rete_desktop.domain.vocabulary import CaseStatus, OfficeKind, PersonRole, RiskLevel
from rete_desktop.errors import BadInput, SecurityRefused
from rete_desktop.i18n import translate
from rete_desktop.messages.vocabulary import label
from rete_desktop.storage.vault import AUDIT_HEAD, Vault

_COLS = "seq, at, actor, action, entity, entity_id, detail, prev_hash, hash"


def verify_chain(vault: Vault) -> int:
    """Recompute every hash and compare the end with the recorded head (truncation); returns
    the number of entries or raises on the first break."""
    prev, expected_seq, count = GENESIS, 1, 0
    for row in vault.conn.execute(f"SELECT {_COLS} FROM audit ORDER BY seq"):
        seq, at, actor, action, entity, entity_id, detail, prev_hash, digest = row
        if seq != expected_seq:
            raise SecurityRefused("audit.tampered", seq=expected_seq, reason="entry missing")
        if prev_hash != prev:
            raise SecurityRefused("audit.tampered", seq=seq, reason="chain broken")
        if entry_hash(prev, seq, at, actor, action, entity, entity_id, detail) != digest:
            raise SecurityRefused("audit.tampered", seq=seq, reason="content changed")
        prev, expected_seq, count = digest, seq + 1, count + 1
    head = vault.get_meta(AUDIT_HEAD)
    if count and head != f"{count}:{prev}":
        raise SecurityRefused("audit.tampered", seq=count + 1, reason="entries missing at the end")
    return count


def head(vault: Vault) -> tuple[int, str]:
    """Position and hash of the last entry: written on paper or sent to the coordinator, it
    lets :func:`check_head` later prove the vault was not swapped for an older copy."""
    row = vault.query_one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def fingerprint(vault: Vault) -> str:
    """:func:`head` as people copy it: ``SEQ:`` and 16 hex digits (enough for check_head)."""
    seq, digest = head(vault)
    return f"{seq}:{digest[:16]}"


def check_head(vault: Vault, expected: str) -> None:
    """``expected`` is ``SEQ:HASH`` (a prefix of 8+ hex digits is enough) from an earlier
    :func:`head`; the entry must still be in the log with that hash."""
    seq_text, _, prefix = expected.strip().lower().partition(":")
    hex_digits = set("0123456789abcdef")
    if not seq_text.isdigit() or len(prefix) < 8 or not set(prefix) <= hex_digits:
        raise BadInput("audit.bad_head", value=expected)
    row = vault.query_one("SELECT hash FROM audit WHERE seq = ?", (int(seq_text),))
    if row is None or not str(row[0]).startswith(prefix):
        raise SecurityRefused("audit.head_mismatch", seq=int(seq_text))


def list_entries(vault: Vault, case_id: str | None = None, limit: int = 1000) -> list[AuditEntry]:
    if case_id is None:
        rows = vault.query(f"SELECT {_COLS} FROM audit ORDER BY seq DESC LIMIT ?", (limit,))
    else:
        rows = vault.query(
            f"SELECT {_COLS} FROM audit WHERE entity_id = ? OR detail LIKE ?"
            " ORDER BY seq DESC LIMIT ?",
            (case_id, f"%case={case_id}%", limit),
        )
    return [AuditEntry(r[0], datetime.fromisoformat(r[1]), *r[2:]) for r in rows]


@dataclass(frozen=True)
class CaseEntry:
    """An audit entry with the case it concerns (``reference`` None: no case, or erased)."""

    entry: AuditEntry
    case_id: str | None
    reference: str | None


def entries_with_cases(
    vault: Vault, case_id: str | None = None, limit: int = 1000
) -> list[CaseEntry]:
    """:func:`list_entries` (newest first) with each entry's case: named in the entry, or
    found from the note or task it touched (amendments and tasks name only their own id)."""
    entries = list_entries(vault, case_id, limit)
    case_of: dict[int, str] = {}
    lookups: dict[str, dict[str, list[int]]] = {"notes": {}, "tasks": {}}
    for entry in entries:
        named = parse_detail(entry.detail).get("case")
        if entry.entity == "case" and entry.entity_id:
            case_of[entry.seq] = entry.entity_id
        elif named:
            case_of[entry.seq] = named
        elif entry.entity in ("note", "task") and entry.entity_id:
            lookups[entry.entity + "s"].setdefault(entry.entity_id, []).append(entry.seq)
    for table, wanted in lookups.items():
        for row_id, owner in _select_in(vault, f"SELECT id, case_id FROM {table}", wanted):
            for seq in wanted[row_id]:
                case_of[seq] = owner
    references = dict(_select_in(vault, "SELECT id, reference FROM cases",
                                 set(case_of.values())))
    return [CaseEntry(e, case_of.get(e.seq), references.get(case_of.get(e.seq) or ""))
            for e in entries]


def _select_in(vault: Vault, select: str, ids: Iterable[str]) -> list[tuple[str, str]]:
    """``select … WHERE id IN (ids)``, in chunks SQLite accepts."""
    ordered = sorted(ids)
    rows: list[tuple[str, str]] = []
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        marks = ",".join("?" * len(chunk))
        rows.extend(vault.query(f"{select} WHERE id IN ({marks})", tuple(chunk)))
    return rows


_CONTACT_FIELDS = ("name", "role", "phone", "email", "codice_fiscale", "office_id")


def action_words(entry: AuditEntry, lang: str) -> str:
    """The entry's action in words («Opened the case»), for a reader who does not know the
    codes: the woman reading who viewed or changed her file in her access export."""
    return describe(CaseEntry(entry, None, None), lang)[0]


def describe(item: CaseEntry, lang: str) -> tuple[str, str]:
    """What an entry says, in ``lang``: the action in words and its detail codes in words
    («Changed a contact», «fields changed: phone, e-mail»). Both shells show these."""
    entry = item.entry
    code = entry.action
    try:
        action = translate(f"audit.action.{action_of(code).value}", lang)
    except ValueError:  # written by a newer version of the app: show the code
        action = code
    if code in (AuditAction.PACKET_SEND, AuditAction.PACKET_RECEIVE):
        # Named by the packet's kind: a receipt is not a referral, nor a laboratorio agenda.
        way = "sent" if code == AuditAction.PACKET_SEND else "received"
        kind = parse_detail(entry.detail).get("kind", "referral")
        if f"audit.packet.{way}.{kind}" in messages.CATALOG:  # else a newer office's kind
            action = translate(f"audit.packet.{way}.{kind}", lang)
    return action, "; ".join(w for w in _detail_words(item, lang) if w)


def _detail_words(item: CaseEntry, lang: str) -> list[str]:
    entry = item.entry
    code = entry.detail
    parts = {k: v for k, v in parse_detail(code).items() if k != CODE}
    words: list[str] = []

    def say(message_id: str, **params: object) -> None:
        words.append(translate(f"audit.detail.{message_id}", lang, **params))

    def term(name: str, value: str) -> str:
        return label(name, value, lang)

    action = entry.action
    if "case" in parts:
        if item.reference:
            say("case", reference=item.reference)
        else:
            say("case_erased")
    if action == AuditAction.CONTACT_UPDATE:
        changed = set(code.split(","))
        say("fields", fields=", ".join(translate(f"audit.field.{f}", lang)
                                       for f in _CONTACT_FIELDS if f in changed))
    elif action == AuditAction.VAULT_UNLOCK:  # "passphrase" or "recovery;failed_before=3"
        say("recovery_key" if code.split(";")[0] == "recovery" else "passphrase")
        failed = code.partition("failed_before=")[2]
        if failed.isdigit():
            say("failed_before", count=int(failed))
    elif action in (AuditAction.CASE_CREATE, AuditAction.CASE_RISK) and code in _values(RiskLevel):
        say("risk", risk=term("RiskLevel", code))
    elif action == AuditAction.CASE_CREATE and "referral" in parts:
        say("from_referral")
    elif action == AuditAction.CASE_STATUS and code in _values(CaseStatus):
        say("status", status=term("CaseStatus", code))
    elif action == AuditAction.CASE_CONSENT:
        kinds = [term("OfficeKind", k) for k in code.split(",") if k in _values(OfficeKind)]
        if kinds:
            say("shared_with", kinds=", ".join(kinds))
        else:
            say("shared_with_none")
    elif action in (AuditAction.VAULT_CREATE, AuditAction.OFFICE_ADD) \
            and code in _values(OfficeKind):
        words.append(term("OfficeKind", code))
    elif action == AuditAction.PERSON_ADD and parts.get("role") in _values(PersonRole):
        say("role", role=term("PersonRole", parts["role"]))
    elif action == AuditAction.NOTE_AMEND:
        say("amends")
    elif action == AuditAction.CASE_ERASE:
        removed = sum(int(n) for n in parts.values() if n.isdigit())
        say("removed", count=removed)
    elif action in (AuditAction.PROTOCOL_APPLY, AuditAction.PROTOCOL_IMPORT) and "@" in code:
        key, version = code.rsplit("@", 1)
        say("version", key=key, version=version)
    elif action in (AuditAction.LAB_DECISION, AuditAction.LAB_ACTION_DONE):
        pass  # the detail is an internal id: nothing to say in words
    elif not parts:
        words.append(code)
    return words


def _values(enum: type[StrEnum]) -> set[str]:
    return {member.value for member in enum}
