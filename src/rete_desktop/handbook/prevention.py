"""Prevention actions the network plans (school talks, training days, campaigns).

Each action has owner offices and a date. The coordinator's actions travel in the directory's
``prevention`` section; a receiving office replaces its copy of the network's list with each
new directory and keeps its own local ones beside it. Upcoming actions appear in the calendar
next to the protocol tasks (:func:`upcoming`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.events import HandbookChanged
from rete_desktop.packets.signed_document import OFFICE_ID
from rete_desktop.storage.vault import Vault, new_id, now_utc

MAX_OWNERS = 20
MAX_DESCRIPTION = 2000


class PreventionKind(StrEnum):
    SCHOOL_TALK = "school_talk"
    TRAINING = "training"
    CAMPAIGN = "campaign"
    EVENT = "event"
    OTHER = "other"


@dataclass(frozen=True)
class PreventionAction:
    id: str
    title: str
    kind: PreventionKind
    starts_on: date
    place: str | None
    owners: tuple[str, ...]  # office ids
    description: str | None
    origin: str  # "local" | "network"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "kind": self.kind.value,
            "starts_on": self.starts_on.isoformat(), "place": self.place,
            "owners": list(self.owners), "description": self.description,
        }


def _validated(
    title: str, kind: str, starts_on: str | date, place: str | None, owners: list[str],
    description: str | None, action_id: str | None = None, origin: str = "local",
) -> PreventionAction:
    if len(owners) > MAX_OWNERS or not all(isinstance(o, str) and OFFICE_ID.match(o)
                                           for o in owners):
        raise BadInput("handbook.prevention_bad_owner")
    day = starts_on if isinstance(starts_on, date) else validation.parse_date(starts_on)
    return PreventionAction(
        id=action_id or new_id(),
        title=validation.required_text("title", title),
        kind=validation.choice("kind", PreventionKind, kind),
        starts_on=day,
        place=validation.optional_text("place", place),
        owners=tuple(dict.fromkeys(owners)),
        description=validation.optional_text("description", description, MAX_DESCRIPTION),
        origin=origin,
    )


def _insert(vault: Vault, action: PreventionAction) -> None:
    vault.conn.execute(
        "INSERT INTO prevention_actions (id, title, kind, starts_on, place, owners, description,"
        " origin, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (action.id, action.title, action.kind.value, action.starts_on.isoformat(), action.place,
         json.dumps(list(action.owners)), action.description, action.origin, now_utc()),
    )


def add_action(
    vault: Vault, title: str, kind: str, starts_on: str | date, *, owners: list[str],
    place: str | None = None, description: str | None = None,
) -> str:
    """Record a planned action; owners must be offices this vault knows."""
    action = _validated(title, kind, starts_on, place, owners, description)
    for owner in action.owners:
        if vault.query_one("SELECT 1 FROM offices WHERE id = ?", (owner,)) is None:
            raise NotFound("office.not_found", id=owner)
    with vault.transaction():
        _insert(vault, action)
        vault.audit(AuditAction.PREVENTION_ADD, "prevention", action.id, action.kind.value)
        vault.announce(HandbookChanged())
    return action.id


def _action(row: Any) -> PreventionAction:
    return PreventionAction(
        id=row[0], title=row[1], kind=PreventionKind(row[2]),
        starts_on=date.fromisoformat(row[3]), place=row[4], owners=tuple(json.loads(row[5])),
        description=row[6], origin=row[7],
    )


_COLS = "id, title, kind, starts_on, place, owners, description, origin"


def list_actions(
    vault: Vault, *, since: date | None = None, origin: str | None = None,
) -> list[PreventionAction]:
    """Actions by date; ``since`` keeps those on or after that day."""
    clauses, params = [], []
    if since is not None:
        clauses.append("starts_on >= ?")
        params.append(since.isoformat())
    if origin is not None:
        clauses.append("origin = ?")
        params.append(origin)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = vault.query(
        f"SELECT {_COLS} FROM prevention_actions{where} ORDER BY starts_on, title", tuple(params)
    )
    return [_action(r) for r in rows]


def upcoming(vault: Vault, today: date | None = None) -> list[PreventionAction]:
    """Actions from today on: what the calendar shows next to the open tasks."""
    return list_actions(vault, since=today or date.today())


def section_items(vault: Vault) -> list[dict[str, Any]]:
    """The actions the coordinator publishes (its own and those it received)."""
    return [a.to_json() for a in list_actions(vault)]


def replace_network_actions(vault: Vault, items: list[Any]) -> int:
    """Replace the network's actions with a received section; call inside a transaction."""
    actions = []
    for item in items:
        try:
            if not OFFICE_ID.match(item["id"]):
                raise ValueError("id")
            actions.append(_validated(
                item["title"], item["kind"], item["starts_on"], item.get("place"),
                list(item["owners"]), item.get("description"), action_id=item["id"],
                origin="network",
            ))
        except (KeyError, TypeError, AttributeError, ValueError, BadInput):
            raise BadInput("handbook.section_invalid", section="prevention") from None
    local = {r[0] for r in vault.query("SELECT id FROM prevention_actions WHERE origin = 'local'")}
    vault.conn.execute("DELETE FROM prevention_actions WHERE origin = 'network'")
    for action in actions:
        if action.id not in local:
            _insert(vault, action)
    return len(actions)
