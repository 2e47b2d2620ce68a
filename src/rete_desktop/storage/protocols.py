"""Stored protocols (versioned) and the tasks they create on cases."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rete_desktop import events
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.protocols import (
    MAX_FILE_BYTES,
    Protocol,
    parse_protocol,
    plan_tasks,
    protocol_from_json,
)
from rete_desktop.domain.records import Task
from rete_desktop.domain.vocabulary import OfficeKind, TaskStatus
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.i18n import os_reason
from rete_desktop.resources import resource_path
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.vault import Vault, new_id, now_utc


def sample_protocol_files() -> list[Path]:
    """The sample protocols shipped in resources/protocols."""
    return sorted(resource_path("protocols").glob("*.json"))


def import_protocol(vault: Vault, data: bytes) -> str:
    """Validate and store a protocol file; the same key and version twice is refused."""
    protocol = parse_protocol(data)
    return store_protocol(vault, protocol)


@dataclass(frozen=True)
class FolderImport:
    """What importing a folder of protocol files did: new versions stored, files already held."""

    stored: tuple[str, ...]  # "key@version"
    unchanged: int


def import_protocol_folder(vault: Vault, folder: Path) -> FolderImport:
    """Import every ``*.json`` protocol file of ``folder`` in one transaction: one malformed
    file, or another text under a version already held, refuses them all (nothing stored)."""
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json")
        parsed = [parse_protocol(_read_capped(p)) for p in files]
    except OSError as exc:
        raise BadInput("file.unreadable", path=str(folder), reason=os_reason(exc)) from None
    if not parsed:
        raise BadInput("protocol.folder_empty", path=str(folder))
    stored, unchanged = [], 0
    with vault.transaction():
        for protocol in parsed:
            row = vault.query_one("SELECT body FROM protocols WHERE key = ? AND version = ?",
                                  (protocol.key, protocol.version))
            if row is not None and json.loads(row[0]) == protocol.to_json():
                unchanged += 1
            elif row is not None:
                raise BadInput("protocol.version_exists", key=protocol.key,
                               version=protocol.version)
            else:
                if not store_if_newer(vault, protocol, from_network=False):
                    insert_protocol(vault, protocol)  # an older version: history, not current
                stored.append(f"{protocol.key}@{protocol.version}")
    return FolderImport(tuple(stored), unchanged)


def _read_capped(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(MAX_FILE_BYTES + 1)  # parse_protocol refuses what is over the cap


def import_protocol_path(vault: Vault, path: Path) -> Protocol:
    """Import one protocol file chosen in the app (size-capped read; same rules as
    :func:`import_protocol`); returns what was imported."""
    try:
        protocol = parse_protocol(_read_capped(path))
    except OSError as exc:
        raise BadInput("file.unreadable", path=str(path), reason=os_reason(exc)) from None
    store_protocol(vault, protocol)
    return protocol


def store_protocol(vault: Vault, protocol: Protocol) -> str:
    """Store a protocol version; the same file again returns the stored one, a different
    text under an existing key and version is refused (versions are never changed)."""
    row = vault.query_one(
        "SELECT id, body FROM protocols WHERE key = ? AND version = ?",
        (protocol.key, protocol.version),
    )
    if row is not None:
        if json.loads(row[1]) == protocol.to_json():
            return str(row[0])
        raise BadInput("protocol.version_exists", key=protocol.key, version=protocol.version)
    with vault.transaction():
        return insert_protocol(vault, protocol)


def store_if_newer(vault: Vault, protocol: Protocol, *, from_network: bool = True) -> bool:
    """Store ``protocol`` if newer than every version of its key held here; inside a transaction.

    What arrives from the network, and a shipped update of a protocol the office already had,
    is listed in ``protocol_updates`` so the office sees what changed; an older or equal
    version is ignored (returns False).
    """
    row = vault.query_one("SELECT max(version) FROM protocols WHERE key = ?", (protocol.key,))
    latest = None if row is None or row[0] is None else int(row[0])
    if latest is not None and protocol.version <= latest:
        return False
    insert_protocol(vault, protocol)
    if from_network or latest is not None:
        vault.conn.execute(
            "INSERT OR REPLACE INTO protocol_updates (key, from_version, to_version, received,"
            " seen) VALUES (?, ?, ?, ?, 0)",
            (protocol.key, latest, protocol.version, now_utc()),
        )
    return True


def insert_protocol(vault: Vault, protocol: Protocol) -> str:
    """Store one protocol version; call inside :meth:`Vault.transaction` (no duplicate check)."""
    protocol_id = new_id()
    vault.conn.execute(
        "INSERT INTO protocols (id, key, version, title, body, imported)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (protocol_id, protocol.key, protocol.version, protocol.title,
         json.dumps(protocol.to_json(), ensure_ascii=False), now_utc()),
    )
    vault.audit(AuditAction.PROTOCOL_IMPORT, "protocol", protocol_id,
                f"{protocol.key}@{protocol.version}")
    return protocol_id


def list_protocols(vault: Vault) -> list[tuple[str, Protocol]]:
    rows = vault.query("SELECT id, body FROM protocols ORDER BY key, version DESC")
    return [(r[0], protocol_from_json(json.loads(r[1]))) for r in rows]


def resolve_protocol_id(vault: Vault, id_or_key: str) -> str:
    """Accept a protocol id or its key (latest version)."""
    row = vault.query_one(
        "SELECT id FROM protocols WHERE id = ? OR key = ? ORDER BY version DESC LIMIT 1",
        (id_or_key, id_or_key),
    )
    if row is None:
        raise NotFound("protocol.not_found", id=id_or_key)
    return str(row[0])


def get_protocol(vault: Vault, protocol_id: str) -> Protocol:
    row = vault.query_one(
        "SELECT body FROM protocols WHERE id = ?", (resolve_protocol_id(vault, protocol_id),)
    )
    return protocol_from_json(json.loads(row[0]))


def apply_protocol(
    vault: Vault, case_id: str, protocol_id: str, trigger_date: date | None = None
) -> list[str]:
    """Create the protocol's tasks on a case with due dates counted from ``trigger_date``."""
    real_case = resolve_case_id(vault, case_id)
    real_protocol = resolve_protocol_id(vault, protocol_id)
    with vault.transaction():
        return insert_protocol_tasks(vault, real_case, real_protocol, trigger_date or date.today())


def insert_protocol_tasks(
    vault: Vault, case_id: str, protocol_id: str, trigger_date: date
) -> list[str]:
    """Apply a protocol inside an open transaction (refused while its tasks are still open)."""
    protocol = get_protocol(vault, protocol_id)
    conn = vault.conn
    # Applying twice by mistake doubles every deadline; a new episode may re-apply later.
    if conn.execute(
        "SELECT 1 FROM tasks WHERE case_id = ? AND protocol_id = ? AND status = ?",
        (case_id, protocol_id, TaskStatus.OPEN.value),
    ).fetchone():
        raise BadInput("protocol.already_applied", key=protocol.key)
    ids = []
    for task in plan_tasks(protocol, trigger_date):
        task_id = new_id()
        conn.execute(
            "INSERT INTO tasks (id, case_id, protocol_id, step_key, title, owner_kind, due,"
            " status, created) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)",
            (
                task_id,
                case_id,
                protocol_id,
                task.step_key,
                task.title,
                task.owner.value if task.owner else None,
                task.due.isoformat() if task.due else None,
                now_utc(),
            ),
        )
        ids.append(task_id)
    vault.audit(AuditAction.PROTOCOL_APPLY, "case", case_id, f"{protocol.key}@{protocol.version}")
    vault.announce(events.CaseChanged(case_id, "tasks"))
    return ids


def was_applied(vault: Vault, case_id: str, key: str) -> bool:
    """Whether any version of protocol ``key`` has ever created tasks on the case."""
    return vault.query_one(
        "SELECT 1 FROM tasks t JOIN protocols p ON p.id = t.protocol_id"
        " WHERE t.case_id = ? AND p.key = ? LIMIT 1", (case_id, key),
    ) is not None


_TASK_COLS = "id, case_id, title, owner_kind, due, status, protocol_id, step_key, done_on"


def _task(row: Any) -> Task:
    return Task(
        id=row[0],
        case_id=row[1],
        title=row[2],
        owner_kind=OfficeKind(row[3]) if row[3] else None,
        due=date.fromisoformat(row[4]) if row[4] else None,
        status=TaskStatus(row[5]),
        protocol_id=row[6],
        step_key=row[7],
        done_on=date.fromisoformat(row[8]) if row[8] else None,
    )


def list_tasks(
    vault: Vault,
    *,
    case_id: str | None = None,
    overdue_on: date | None = None,
    open_only: bool = False,
) -> list[Task]:
    """Tasks by due date; ``overdue_on`` keeps the open ones due before that day."""
    clauses, params = [], []
    if case_id is not None:
        clauses.append("case_id = ?")
        params.append(resolve_case_id(vault, case_id))
    if overdue_on is not None:  # this office's own late tasks: others' are awaited
        clauses.append("status = 'open' AND due IS NOT NULL AND due < ?"
                       " AND (owner_kind IS NULL OR owner_kind = (SELECT kind FROM offices"
                       " WHERE is_self = 1))")
        params.append(overdue_on.isoformat())
    if open_only:
        clauses.append("status = 'open'")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = vault.query(
        f"SELECT {_TASK_COLS} FROM tasks {where} ORDER BY due IS NULL, due, created, rowid",
        tuple(params),
    )
    return [_task(r) for r in rows]


def set_task_done(vault: Vault, task_id: str, done: bool = True) -> None:
    row = vault.query_one("SELECT case_id FROM tasks WHERE id = ?", (task_id,))
    if row is None:
        raise NotFound("task.not_found", id=task_id)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE tasks SET status = ?, done_on = ? WHERE id = ?",
            ("done" if done else "open", date.today().isoformat() if done else None, task_id),
        )
        vault.audit(AuditAction.TASK_DONE if done else AuditAction.TASK_REOPEN, "task", task_id)
        vault.announce(events.CaseChanged(str(row[0]), "tasks"))
