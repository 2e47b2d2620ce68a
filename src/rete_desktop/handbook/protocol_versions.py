"""Protocol versions received with the directory, and a readable diff between two versions.

A received version is stored only if it is newer than every version of the same protocol this
office holds: an old directory section can never bring back an older version. Stored versions
are never changed, so cases keep the version their tasks were created from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from rete_desktop.domain.protocols import Protocol, ProtocolStep, protocol_from_json
from rete_desktop.errors import NotFound
from rete_desktop.i18n import translate
from rete_desktop.storage.protocols import store_if_newer
from rete_desktop.storage.vault import Vault


@dataclass(frozen=True)
class Change:
    """One difference: ``kind`` is added, removed, moved, title, owner, deadline or description."""

    kind: str
    step_key: str | None
    old: str | None
    new: str | None


def _deadline(step: ProtocolStep) -> str | None:
    return None if step.due_days is None else str(step.due_days)


def diff_protocols(old: Protocol, new: Protocol) -> list[Change]:
    """Differences in the protocol's own texts and in its steps (matched by step key)."""
    changes = [
        Change(name, None, getattr(old, name), getattr(new, name))
        for name in ("title", "description", "trigger")
        if getattr(old, name) != getattr(new, name)
    ]
    before = {s.key: s for s in old.steps}
    after = {s.key: s for s in new.steps}
    changes += [Change("removed", k, s.title, None) for k, s in before.items() if k not in after]
    kept_old = [k for k in before if k in after]
    kept_new = [k for k in after if k in before]
    for key, step in after.items():
        if key not in before:
            changes.append(Change("added", key, None, step.title))
            continue
        was = before[key]
        if kept_old.index(key) != kept_new.index(key):
            changes.append(Change("moved", key, str(kept_old.index(key) + 1),
                                  str(kept_new.index(key) + 1)))
        for kind, a, b in (
            ("step_title", was.title, step.title),
            ("owner", was.owner.value if was.owner else None,
             step.owner.value if step.owner else None),
            ("deadline", _deadline(was), _deadline(step)),
            ("step_description", was.description, step.description),
        ):
            if a != b:
                changes.append(Change(kind, key, a, b))
    return changes


def describe(change: Change, new: Protocol, old: Protocol, lang: str | None = None) -> str:
    """One line a person can read, e.g. "Deadline of 'Audizione…': 3 → 2 days"."""
    steps = {s.key: s.title for s in (*old.steps, *new.steps)}
    none = translate("handbook.diff_none", lang)
    return translate(
        f"handbook.diff_{change.kind}", lang, step=steps.get(change.step_key or "", ""),
        old=change.old if change.old not in (None, "") else none,
        new=change.new if change.new not in (None, "") else none,
    )


# --- receiving and browsing versions -------------------------------------------------------


def receive_protocol(vault: Vault, doc: Any) -> bool:
    """Store a protocol received from the network if newer; call inside a transaction.

    Returns False (and stores nothing) for a version equal to or older than ours.
    """
    return store_if_newer(vault, protocol_from_json(doc))


def latest_protocols(vault: Vault) -> list[dict[str, Any]]:
    """The newest version of every protocol, as documents for the directory section."""
    rows = vault.query(
        "SELECT p.body FROM protocols p WHERE p.version ="
        " (SELECT max(q.version) FROM protocols q WHERE q.key = p.key) ORDER BY p.key"
    )
    return [json.loads(r[0]) for r in rows]


@dataclass(frozen=True)
class Update:
    key: str
    title: str
    from_version: int | None
    to_version: int
    received: str
    seen: bool


def list_updates(vault: Vault, unseen_only: bool = False) -> list[Update]:
    rows = vault.query(
        "SELECT u.key, p.title, u.from_version, u.to_version, u.received, u.seen"
        " FROM protocol_updates u JOIN protocols p ON p.key = u.key AND p.version = u.to_version"
        + (" WHERE u.seen = 0" if unseen_only else "") + " ORDER BY u.received DESC, u.key"
    )
    return [Update(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]


def get_version(vault: Vault, key: str, version: int | None = None) -> Protocol:
    """A protocol by key: the given version, or the newest."""
    row = vault.query_one(
        "SELECT body FROM protocols WHERE key = ?"
        + (" AND version = ?" if version is not None else "")
        + " ORDER BY version DESC LIMIT 1",
        (key, version) if version is not None else (key,),
    )
    if row is None:
        raise NotFound("protocol.not_found",
                       id=key if version is None else f"{key}@{version}")
    return protocol_from_json(json.loads(row[0]))


def previous_version(vault: Vault, key: str, version: int) -> int | None:
    row = vault.query_one(
        "SELECT max(version) FROM protocols WHERE key = ? AND version < ?", (key, version)
    )
    return None if row is None or row[0] is None else int(row[0])


def mark_seen(vault: Vault, key: str, version: int) -> None:
    with vault.transaction():
        vault.conn.execute(
            "UPDATE protocol_updates SET seen = 1 WHERE key = ? AND to_version <= ?",
            (key, version),
        )
