"""Erasure of a case (GDPR art. 17): the data leaves the database file, not just the views.

Every table that holds a case's data is named once, in :data:`CASE_DATA`, with what erasure
does to it: delete the rows, or keep a row that must stay (the register's protocol number, date
and counterpart) and cut its link to the case. ``tests/test_erasure_shapes.py`` checks the list
against the schema: a new table with a ``case_id`` column, or a reference to a case's persons,
notes, tasks or laboratorio items, fails the test until it is added here.

Notes and attachments are append-only at the database level; the triggers let a delete through
only while the ``erasing`` flag is in ``meta``, which this module sets and clears inside one
transaction. Layers above storage add what only they can find (the laboratorio's agenda and
minutes received as packets, whose copies only the laboratorio can read): the action that
erases passes them as ``scrubbers``, run in the same transaction (``lab/erasure.py``); storage
imports none of them. ``secure_delete`` (vault pragma) and the full-text index's
``secure-delete`` option overwrite the content as it is deleted; the clean-up after the commit
copies the WAL into the main file, which replaces the old pages there. If that clean-up fails,
the case is still erased and the report says what is left to do. The audit log keeps one entry
with the case id and counts only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from rete_desktop import events
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import StorageFailure
from rete_desktop.storage import attachment_files
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.vault import Vault

ERASING_FLAG = "erasing"
# Set in the erasure's transaction, cleared once the WAL is folded into the main file: an
# interrupted clean-up is finished by ``rete vault check`` or the Data protection page.
CLEANUP_PENDING = "cleanup_pending"
_ITEMS = "SELECT id FROM lab_items WHERE case_id = :case OR case_code = :code"


@dataclass(frozen=True)
class CaseData:
    """One table holding a case's data: ``sql`` deletes the rows or unlinks them (``:case`` is
    the case id, ``:code`` its laboratorio code); ``refers_to`` names what its rows point at;
    ``counted`` is False for storage details the erasure report does not name (file chunks)."""

    table: str
    sql: str
    refers_to: tuple[str, ...] = ("cases",)
    counted: bool = True


# Children before parents.
CASE_DATA: tuple[CaseData, ...] = (
    # The packet as sent or received goes, and so does the copy inside a PEC provider's proof
    # of delivery (its facts stay: kind, date, provider, digest); the register line stays,
    # without the case. Proofs are only about packets this office sent: a received packet
    # under one of our packet ids (another sender chose it) must not empty our own proof.
    CaseData("delivery_proofs", "UPDATE delivery_proofs SET data = X'' WHERE packet_id IN"
             " (SELECT packet_id FROM packet_register WHERE case_id = :case"
             " AND direction = 'sent')", ("packet_register",)),
    CaseData("packet_evidence", "DELETE FROM packet_evidence WHERE register_id IN"
             " (SELECT id FROM packet_register WHERE case_id = :case)", ("packet_register",)),
    CaseData("packet_register",
             "UPDATE packet_register SET case_id = NULL WHERE case_id = :case"),
    # Laboratorio: the item (the summary and the operator's free text) and the decisions on it
    # go; an action stays with its owner and title but loses the case code, item and task.
    CaseData("lab_decisions", f"DELETE FROM lab_decisions WHERE item_id IN ({_ITEMS})",
             ("lab_items",)),
    CaseData("lab_actions", "UPDATE lab_actions SET case_code = NULL, item_id = NULL,"
             " task_id = NULL WHERE case_code = :code OR item_id IN (" + _ITEMS + ")"
             " OR task_id IN (SELECT id FROM tasks WHERE case_id = :case)",
             ("lab_items", "tasks")),
    CaseData("lab_item_links", f"DELETE FROM lab_item_links WHERE item_a IN ({_ITEMS})"
             f" OR item_b IN ({_ITEMS})", ("lab_items",)),
    CaseData("lab_items", f"DELETE FROM lab_items WHERE id IN ({_ITEMS})"),
    CaseData("lab_case_codes", "DELETE FROM lab_case_codes WHERE case_id = :case"),
    # The case's statistical figures (schema 0022) go first: its year's counters lose them, and
    # the deletes below find no figures left to refresh.
    CaseData("case_stats", "DELETE FROM case_stats WHERE case_id = :case AND opened_on ="
             " (SELECT opened_on FROM cases WHERE id = :case)", counted=False),
    # The case record (issue 11): assessments and sharing decisions are append-only like notes.
    CaseData("risk_assessments", "DELETE FROM risk_assessments WHERE case_id = :case"),
    CaseData("person_relations", "DELETE FROM person_relations WHERE case_id = :case",
             ("cases", "persons")),
    CaseData("violence_forms", "DELETE FROM violence_forms WHERE case_id = :case"),
    CaseData("case_measures", "DELETE FROM case_measures WHERE case_id = :case"),
    CaseData("stay_years", "DELETE FROM stay_years WHERE case_id = :case", counted=False),
    CaseData("case_services", "DELETE FROM case_services WHERE case_id = :case"),
    CaseData("sharing_decisions", "DELETE FROM sharing_decisions WHERE case_id = :case"),
    CaseData("tasks", "DELETE FROM tasks WHERE case_id = :case"),
    CaseData("drafts", "DELETE FROM drafts WHERE case_id = :case"),
    CaseData("attachment_chunks", "DELETE FROM attachment_chunks WHERE attachment_id IN"
             " (SELECT id FROM attachments WHERE case_id = :case)", ("attachments",), False),
    CaseData("attachments", "DELETE FROM attachments WHERE case_id = :case"),
    # Amendments point at notes of the same case: one statement deletes them all.
    CaseData("notes", "DELETE FROM notes WHERE case_id = :case", ("cases", "notes")),
    CaseData("persons", "DELETE FROM persons WHERE case_id = :case"),
)


@dataclass(frozen=True)
class Erasing:
    """What a scrubber needs to know of the case being erased: its id, its laboratorio code
    and the ids of its laboratorio items (as this office and the chair know them)."""

    case_id: str
    code: str | None
    item_ids: frozenset[str]


# A layer above storage scrubbing what only it can read: called inside the erasure's
# transaction before the case's rows go; returns how many rows it changed.
Scrubber = Callable[[Any, Erasing], int]


@dataclass(frozen=True)
class ErasureReport:
    """What was erased, and why the clean-up after the commit failed if it did."""

    case_id: str
    counts: dict[str, int]
    cleanup_error: str | None = None

    def detail(self) -> str:
        """The content-free audit detail, e.g. ``notes=3;persons=2;tasks=0``."""
        return ";".join(f"{table}={n}" for table, n in sorted(self.counts.items()))


def held(vault: Vault, case_id: str) -> dict[str, int]:
    """What an erasure of the case would remove, counted by table, before it is confirmed."""
    real_id = resolve_case_id(vault, case_id)
    return {table: int(vault.query_one(f"SELECT count(*) FROM {table} WHERE case_id = ?",
                                       (real_id,))[0])
            for table in ("persons", "notes", "attachments", "tasks")}


def erase_case(
    vault: Vault, case_id: str, scrubbers: Mapping[str, Scrubber] | None = None
) -> ErasureReport:
    """Delete every row of a case; cannot be undone (backups aside).

    ``scrubbers`` (name -> scrubber, its count reported under the name) is how the action that
    erases (``lab.erasure.erase_case``, which the shells call) adds the layers above storage.

    A failure before the commit changes nothing (the error propagates). After the commit the
    case is gone whatever happens: a failed clean-up is reported in ``cleanup_error``.
    """
    real_id = resolve_case_id(vault, case_id)
    code_row = vault.query_one("SELECT code FROM lab_case_codes WHERE case_id = ?", (real_id,))
    params = {"case": real_id, "code": code_row[0] if code_row else None}
    counts: dict[str, int] = {}
    with vault.transaction() as conn:
        vault.set_meta(ERASING_FLAG, real_id)
        vault.set_meta(CLEANUP_PENDING, "1")
        erasing = Erasing(real_id, params["code"], frozenset(
            r[0] for r in conn.execute(_ITEMS, params).fetchall()))
        files = attachment_files.case_files(conn, real_id)  # shredded once the keys are gone
        for name, scrub in (scrubbers or {}).items():
            counts[name] = scrub(conn, erasing)
        counts["lab_meetings"] = _scrub_meetings(conn, params["code"], erasing.item_ids)
        for data in CASE_DATA:
            removed = conn.execute(data.sql, params).rowcount
            if data.counted:
                counts[data.table] = removed
        conn.execute("DELETE FROM cases WHERE id = ?", (real_id,))  # its trigger clears search
        conn.execute("DELETE FROM meta WHERE key = ?", (ERASING_FLAG,))
        vault.audit(AuditAction.CASE_ERASE, "case", real_id,
                    ErasureReport(real_id, counts).detail())
        vault.announce(events.CaseErased(real_id))
    try:
        fold_wal(vault)
        attachment_files.shred(vault.directory, files)
    except StorageFailure as exc:
        return ErasureReport(real_id, counts, str(exc.params.get("reason", exc)))
    except OSError as exc:
        return ErasureReport(real_id, counts, str(exc))
    return ErasureReport(real_id, counts)


def fold_wal(vault: Vault) -> None:
    """Copy the WAL into the main file and empty it, then clear the pending mark.

    Until this runs, the main file still holds the erased pages' old versions (the overwritten
    ones are in the WAL). No VACUUM: ``secure_delete`` has already overwritten the freed pages,
    so rebuilding the whole file (seconds at 100k cases) would add nothing.

    One fold is enough: the commit that clears the mark writes only the ``meta`` page (the
    ``erasing`` flag went in the erasure's own transaction, overwritten), and it does not wait
    for the disk (see :func:`_clear_mark`). Each fsync costs 10-40 ms on an office's disk; an
    erasure was four commits and folds (eight fsyncs) and is now one of each.
    """
    try:
        busy, _, _ = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise StorageFailure("vault.write_failed", reason="database busy")
        if vault.get_meta(CLEANUP_PENDING) is not None:
            _clear_mark(vault)
    except sqlcipher3.OperationalError as exc:
        raise StorageFailure("vault.write_failed", reason=str(exc)) from exc


def _clear_mark(vault: Vault) -> None:
    """Clear the pending mark in a commit that does not wait for the disk.

    Losing this commit to a power cut is harmless: the mark comes back, and the next unlock
    (or ``rete vault check``) folds the WAL again, which finds nothing left to fold. A commit
    without fsync stays atomic in WAL mode (its frames are checksummed); the connection's own
    setting is restored at once, so every other commit keeps ``synchronous = FULL``.
    """
    conn = vault.conn
    level = conn.execute("PRAGMA synchronous").fetchone()[0]
    conn.execute("PRAGMA synchronous = OFF")
    try:
        with vault.transaction() as writing:
            writing.execute("DELETE FROM meta WHERE key = ?", (CLEANUP_PENDING,))
    finally:
        conn.execute(f"PRAGMA synchronous = {int(level)}")


def finish_pending(vault: Vault) -> bool:
    """Redo the clean-up an earlier erasure could not finish; True if there was one."""
    if vault.get_meta(CLEANUP_PENDING) is None:
        return False
    fold_wal(vault)
    return True


def _scrub_meetings(conn: Any, code: str | None, item_ids: frozenset[str]) -> int:
    """Take the case's item out of the agenda and minutes kept for laboratorio meetings, and
    out of the urgencies the chair recorded (``details``); returns how many meetings changed."""
    changed: set[str] = set()
    if code is not None:
        rows = conn.execute("SELECT id, agenda, minutes FROM lab_meetings"
                            " WHERE instr(agenda, ?) OR instr(coalesce(minutes, ''), ?)",
                            (code, code)).fetchall()
        for meeting_id, agenda, minutes in rows:
            conn.execute("UPDATE lab_meetings SET agenda = ?, minutes = ? WHERE id = ?",
                         (_without_item(agenda, code, item_ids),
                          minutes and _without_item(minutes, code, item_ids), meeting_id))
            changed.add(meeting_id)
    if item_ids:
        for meeting_id, text in conn.execute(
                "SELECT id, details FROM lab_meetings WHERE details != '{}'").fetchall():
            details = json.loads(text)
            if _not_urgent(details, item_ids):
                conn.execute("UPDATE lab_meetings SET details = ? WHERE id = ?",
                             (json.dumps(details, ensure_ascii=False, sort_keys=True),
                              meeting_id))
                changed.add(meeting_id)
    return len(changed)


def _not_urgent(details: dict[str, Any], item_ids: Iterable[str]) -> bool:
    """Drop ``item_ids`` from the meeting's urgencies (in place); True if any was there."""
    urgent, drop = details.get("urgent") or [], set(item_ids)
    kept = [i for i in urgent if i not in drop]
    if len(kept) == len(urgent):
        return False
    details["urgent"] = kept
    return True


def _without_item(text: str, code: str, item_ids: frozenset[str]) -> str:
    """The meeting document without the items of ``code`` and the decisions on them, nor
    among its urgencies; actions on them stay (their owner still has to do them) without the
    link to the item."""
    doc = json.loads(text)
    gone = {i.get("item_id") for i in doc.get("items", [])
            if i.get("summary", {}).get("case_code") == code}
    doc["items"] = [i for i in doc.get("items", []) if i.get("item_id") not in gone]
    if "decisions" in doc:
        doc["decisions"] = [d for d in doc["decisions"] if d.get("item_id") not in gone]
    for action in doc.get("actions", []):
        if action.get("item_id") in gone or action.get("case_code") == code:
            action.update(item_id=None, case_code=None)
    if isinstance(doc.get("details"), dict):
        _not_urgent(doc["details"], gone | item_ids)
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)
