"""Meetings of the laboratorio: the records both sides keep, and the chair's documents.

The chair (:mod:`rete_desktop.lab.chair`) builds the agenda from the items received, records
decisions and actions (owner office, due date) during the meeting and sends the minutes to all
members. A member (:mod:`rete_desktop.lab.member`) files the agenda and the minutes it receives;
each action assigned to it on one of its own items becomes a task on the local case (so it is
listed by ``rete task list`` with its deadline), and reporting it done produces an action update
for the chair. This module holds what both sides read: meetings, attendees, actions and the
agenda and minutes as plain JSON dicts; sealing them into signed, encrypted packets is
:mod:`rete_desktop.lab.exchange`'s job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from rete_desktop.errors import BadInput, NotFound
from rete_desktop.lab.details import MeetingDetails
from rete_desktop.lab.details import from_json as details_from_json
from rete_desktop.lab.items import Item, items_of_meeting
from rete_desktop.packets import directory
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.offices import get_office
from rete_desktop.storage.vault import Vault, now_utc

AGENDA_FORMAT = "rete-lab-agenda/1"
MINUTES_FORMAT = "rete-lab-minutes/1"
UPDATE_FORMAT = "rete-lab-action-update/1"
MAX_TEXT = 2000


@dataclass(frozen=True)
class Action:
    id: str
    meeting_id: str
    item_id: str | None
    case_code: str | None
    title: str
    owner_office_id: str
    due: date | None
    status: str
    done_on: date | None
    task_id: str | None


@dataclass(frozen=True)
class Meeting:
    id: str
    meeting_date: date
    role: str  # "chair" | "member"
    chair_office_id: str
    network_name: str
    status: str  # "agenda" | "minutes"


@dataclass(frozen=True)
class Recorded:
    """A decision or action the chair recorded, and the identifying values taken out of it."""

    id: str
    removed: tuple[str, ...] = ()


def office_ref(vault: Vault, office_id: str) -> dict[str, str]:
    """Id, name and kind of an office, from the directory or the local office list."""
    member = directory.get_member(vault, office_id)
    if member is not None:
        return {"office_id": office_id, "name": member.name, "kind": member.kind.value}
    office = get_office(vault, office_id)
    return {"office_id": office_id, "name": office.name, "kind": office.kind.value}


def network_name(vault: Vault) -> str:
    state = directory.get_state(vault)
    return state.network_name if state else load_identity(vault).name


def insert_attendees(conn: Any, meeting_id: str, offices: list[dict[str, str]]) -> None:
    for o in offices:
        conn.execute(
            "INSERT OR REPLACE INTO lab_attendees (meeting_id, office_id, name, kind, present)"
            " VALUES (?, ?, ?, ?, 1)", (meeting_id, o["office_id"], o["name"], o["kind"]),
        )


def dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def get_meeting(vault: Vault, meeting_id: str) -> Meeting:
    row = vault.query_one(
        "SELECT id, meeting_date, role, chair_office_id, network_name, status FROM lab_meetings"
        " WHERE id = ?", (meeting_id,),
    )
    if row is None:
        raise NotFound("lab.meeting_not_found", id=meeting_id)
    return Meeting(row[0], date.fromisoformat(row[1]), row[2], row[3], row[4], row[5])


def list_meetings(vault: Vault) -> list[Meeting]:
    rows = vault.query("SELECT id FROM lab_meetings ORDER BY meeting_date DESC, created DESC")
    return [get_meeting(vault, r[0]) for r in rows]


def chaired(vault: Vault, meeting_id: str) -> Meeting:
    meeting = get_meeting(vault, meeting_id)
    if meeting.role != "chair":
        raise BadInput("lab.not_chair", id=meeting_id)
    return meeting


def attendees(vault: Vault, meeting_id: str, present_only: bool = False) -> list[dict[str, str]]:
    rows = vault.query(
        "SELECT office_id, name, kind, present FROM lab_attendees WHERE meeting_id = ?"
        + (" AND present = 1" if present_only else "") + " ORDER BY name, office_id",
        (meeting_id,),
    )
    return [{"office_id": r[0], "name": r[1], "kind": r[2]} for r in rows]


def get_details(vault: Vault, meeting_id: str) -> MeetingDetails:
    """Time, place, chair, verbalizzante, representatives, urgencies, prevention actions."""
    row = vault.query_one("SELECT details FROM lab_meetings WHERE id = ?", (meeting_id,))
    if row is None:
        raise NotFound("lab.meeting_not_found", id=meeting_id)
    return details_from_json(json.loads(row[0]), "details")


def _item_entry(position: int, item: Item) -> dict[str, Any]:
    return {"position": position, "item_id": item.id, "sender_office_id": item.sender_office_id,
            "summary": item.summary}


def agenda_doc(vault: Vault, meeting_id: str) -> dict[str, Any]:
    meeting = chaired(vault, meeting_id)
    return {
        "format": AGENDA_FORMAT,
        "meeting_id": meeting.id,
        "date": meeting.meeting_date.isoformat(),
        "network": meeting.network_name,
        "chair": office_ref(vault, meeting.chair_office_id),
        "details": get_details(vault, meeting_id).to_json(),
        "offices": attendees(vault, meeting_id),
        "items": [
            _item_entry(i, it) for i, it in enumerate(items_of_meeting(vault, meeting_id), 1)
        ],
    }


def insert_action(conn: Any, a: Action) -> None:
    conn.execute(
        "INSERT INTO lab_actions (id, meeting_id, item_id, case_code, title, owner_office_id,"
        " due, status, done_on, task_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.id, a.meeting_id, a.item_id, a.case_code, a.title, a.owner_office_id,
         a.due.isoformat() if a.due else None, a.status,
         a.done_on.isoformat() if a.done_on else None, a.task_id, now_utc()),
    )


_ACTION_COLS = "id, meeting_id, item_id, case_code, title, owner_office_id, due, status, done_on," \
    " task_id"


def _action(row: Any) -> Action:
    return Action(
        id=row[0], meeting_id=row[1], item_id=row[2], case_code=row[3], title=row[4],
        owner_office_id=row[5], due=date.fromisoformat(row[6]) if row[6] else None,
        status=row[7], done_on=date.fromisoformat(row[8]) if row[8] else None, task_id=row[9],
    )


def list_actions(
    vault: Vault, *, meeting_id: str | None = None, mine: bool = False, open_only: bool = False
) -> list[Action]:
    clauses, params = [], []
    if meeting_id:
        clauses.append("meeting_id = ?")
        params.append(meeting_id)
    if mine:
        clauses.append("owner_office_id = ?")
        params.append(load_identity(vault).office_id)
    if open_only:
        clauses.append("status = 'open'")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = vault.query(
        f"SELECT {_ACTION_COLS} FROM lab_actions {where} ORDER BY due IS NULL, due, created",
        tuple(params),
    )
    return [_action(r) for r in rows]


def get_action(vault: Vault, action_id: str) -> Action:
    row = vault.query_one(f"SELECT {_ACTION_COLS} FROM lab_actions WHERE id = ?", (action_id,))
    if row is None:
        raise NotFound("lab.action_not_found", id=action_id)
    return _action(row)


def _action_json(a: Action) -> dict[str, Any]:
    return {"action_id": a.id, "item_id": a.item_id, "case_code": a.case_code, "title": a.title,
            "owner_office_id": a.owner_office_id, "due": a.due.isoformat() if a.due else None,
            "status": a.status, "done_on": a.done_on.isoformat() if a.done_on else None}


def minutes_doc(vault: Vault, meeting_id: str) -> dict[str, Any]:
    """The minutes: who was there, each item with its decisions and actions, general ones."""
    doc = agenda_doc(vault, meeting_id)
    decisions = vault.query(
        "SELECT id, item_id, text FROM lab_decisions WHERE meeting_id = ? ORDER BY created, id",
        (meeting_id,),
    )
    actions = list_actions(vault, meeting_id=meeting_id)
    present = attendees(vault, meeting_id, present_only=True)
    present_ids = {o["office_id"] for o in present}
    del doc["offices"]
    doc.update({
        "format": MINUTES_FORMAT,
        "present": present,
        "absent": [o for o in attendees(vault, meeting_id) if o["office_id"] not in present_ids],
        "decisions": [{"decision_id": d[0], "item_id": d[1], "text": d[2]} for d in decisions],
        "actions": [_action_json(a) for a in actions],
    })
    return doc


def stored_document(vault: Vault, meeting_id: str) -> dict[str, Any]:
    """The chair's current minutes, or the latest document a member received."""
    meeting = get_meeting(vault, meeting_id)
    if meeting.role == "chair":
        return minutes_doc(vault, meeting_id)
    row = vault.query_one(
        "SELECT coalesce(minutes, agenda) FROM lab_meetings WHERE id = ?", (meeting_id,)
    )
    doc: dict[str, Any] = json.loads(row[0])
    return doc
