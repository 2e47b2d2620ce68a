"""Reading and verifying the hash-chained audit log."""

from __future__ import annotations

from datetime import datetime

from rete_desktop.domain.audit_chain import GENESIS, entry_hash
from rete_desktop.domain.records import AuditEntry
from rete_desktop.errors import SecurityRefused
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
