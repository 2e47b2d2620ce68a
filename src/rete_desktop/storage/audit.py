"""Reading and verifying the hash-chained audit log."""

from __future__ import annotations

from datetime import datetime

from rete_desktop.domain.audit_chain import GENESIS, entry_hash
from rete_desktop.domain.records import AuditEntry
from rete_desktop.errors import BadInput, SecurityRefused
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
