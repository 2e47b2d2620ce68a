"""A member's side of a laboratorio meeting: the agenda and minutes received from the chair
(checked field by field, filed in the packet import's transaction; its own actions become tasks
on its cases), and the "done" update it sends back."""

from __future__ import annotations

from datetime import date
from typing import Any

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.document_fields import DocumentFields
from rete_desktop.errors import BadInput, SecurityRefused
from rete_desktop.events import LabChanged
from rete_desktop.lab.details import from_json as details_from_json
from rete_desktop.lab.items import case_for_code
from rete_desktop.lab.items import validate_item as _validate_item
from rete_desktop.lab.meeting import (
    AGENDA_FORMAT,
    MAX_TEXT,
    MINUTES_FORMAT,
    UPDATE_FORMAT,
    Action,
    dump,
    get_action,
    get_meeting,
    insert_action,
    insert_attendees,
)
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault, new_id, now_utc


def reader(doc: Any, what: str) -> DocumentFields:
    """The fields of a laboratorio document (``what``: agenda, minutes, action-update); a
    refusal says which document and names the field."""
    return DocumentFields(doc, "lab.bad_document", what=what)


def _offices(fields: DocumentFields, key: str) -> list[dict[str, str]]:
    return [{k: o.text(k, 300) for k in ("office_id", "name", "kind")}
            for o in fields.objects(key, 200)]


def _validate_common(doc: Any, fmt: str, what: str, sender_office_id: str) -> DocumentFields:
    fields = reader(doc, what)
    if fields.raw("format") != fmt:
        raise fields.fail("format", "unknown_value")
    chair = fields.raw("chair")
    if not isinstance(chair, dict) or chair.get("office_id") != sender_office_id:
        raise SecurityRefused("lab.not_from_chair")
    fields.text("meeting_id", 64)
    fields.text("network", 300)
    fields.day("date")
    details_from_json(fields.raw("details"), what)
    for entry in fields.objects("items", 500):
        entry.text("item_id", 64)
        entry.text("sender_office_id", 64)
        _validate_item(entry.raw("summary"))
    return fields


def _store_member_meeting(
    conn: Any, vault: Vault, doc: dict[str, Any], offices: list[dict[str, str]], status: str
) -> None:
    row = conn.execute(
        "SELECT role, chair_office_id FROM lab_meetings WHERE id = ?", (doc["meeting_id"],)
    ).fetchone()
    if row is not None and (row[0] != "member" or row[1] != doc["chair"]["office_id"]):
        raise SecurityRefused("lab.not_from_chair")
    if row is None:
        conn.execute(
            "INSERT INTO lab_meetings (id, meeting_date, role, chair_office_id, network_name,"
            " status, agenda, created) VALUES (?, ?, 'member', ?, ?, 'agenda', ?, ?)",
            (doc["meeting_id"], doc["date"], doc["chair"]["office_id"], doc["network"],
             dump(doc), now_utc()),
        )
    column = "agenda" if status == "agenda" else "minutes"
    conn.execute(
        f"UPDATE lab_meetings SET status = ?, {column} = ?, meeting_date = ? WHERE id = ?",
        (status, dump(doc), doc["date"], doc["meeting_id"]),
    )
    conn.execute("DELETE FROM lab_attendees WHERE meeting_id = ?", (doc["meeting_id"],))
    insert_attendees(conn, doc["meeting_id"], offices)


# The receive_* functions run inside the packet import's transaction (``conn``), so the
# packet is filed completely or not at all.


def receive_agenda(conn: Any, vault: Vault, doc: Any, sender_office_id: str) -> str:
    """File an agenda sent by the chair; returns the meeting id."""
    fields = _validate_common(doc, AGENDA_FORMAT, "agenda", sender_office_id)
    agenda = fields.obj
    _store_member_meeting(conn, vault, agenda, _offices(fields, "offices"), "agenda")
    vault.audit(AuditAction.LAB_AGENDA_RECEIVED, "lab_meeting", agenda["meeting_id"],
                {"items": len(agenda["items"])})
    vault.announce(LabChanged())
    return str(agenda["meeting_id"])


def receive_minutes(conn: Any, vault: Vault, doc: Any, sender_office_id: str) -> list[str]:
    """File minutes from the chair; actions for this office on its own cases become tasks.

    Returns the ids of the actions assigned to this office.
    """
    fields = _validate_common(doc, MINUTES_FORMAT, "minutes", sender_office_id)
    minutes = fields.obj
    present, absent = _offices(fields, "present"), _offices(fields, "absent")
    actions = [_read_action(a, minutes["meeting_id"]) for a in fields.objects("actions", 1000)]
    for decision in fields.objects("decisions", 1000):
        decision.text("text", MAX_TEXT)
    me = load_identity(vault)
    mine = []
    _store_member_meeting(conn, vault, minutes, present + absent, "minutes")
    for o in absent:
        conn.execute(
            "UPDATE lab_attendees SET present = 0 WHERE meeting_id = ? AND office_id = ?",
            (minutes["meeting_id"], o["office_id"]),
        )
    for action in actions:
        if conn.execute("SELECT 1 FROM lab_actions WHERE id = ?", (action.id,)).fetchone():
            continue
        task_id = None
        if action.owner_office_id == me.office_id:
            mine.append(action.id)
            task_id = _task_for(conn, vault, action, minutes, me.office_id, me.kind.value)
        insert_action(conn, _with_task(action, task_id))
    vault.audit(AuditAction.LAB_MINUTES_RECEIVED, "lab_meeting", minutes["meeting_id"],
                {"actions": len(actions), "mine": len(mine)})
    vault.announce(LabChanged())
    return mine


def _read_action(a: DocumentFields, meeting_id: str) -> Action:
    return Action(
        id=a.text("action_id", 64), meeting_id=meeting_id,
        item_id=a.optional_text("item_id", 64), case_code=a.optional_text("case_code", 64),
        title=a.text("title", MAX_TEXT), owner_office_id=a.text("owner_office_id", 64),
        due=a.optional_day("due"), status="open", done_on=None, task_id=None,
    )


def _with_task(a: Action, task_id: str | None) -> Action:
    return Action(a.id, a.meeting_id, a.item_id, a.case_code, a.title, a.owner_office_id, a.due,
                  a.status, a.done_on, task_id)


def _task_for(
    conn: Any, vault: Vault, action: Action, minutes: dict[str, Any], me: str, kind: str
) -> str | None:
    """A task on the local case the action is about, only when we sent that case's item to
    this chair: case codes are in every agenda, so another member must not reach our cases."""
    case_id = case_for_code(vault, action.case_code) if action.case_code else None
    if case_id is None or conn.execute(
        "SELECT 1 FROM lab_items WHERE case_code = ? AND sender_office_id = ?"
        " AND chair_office_id = ?", (action.case_code, me, minutes["chair"]["office_id"]),
    ).fetchone() is None:
        return None
    meeting_date = minutes["date"]
    task_id = new_id()
    conn.execute(
        "INSERT INTO tasks (id, case_id, protocol_id, step_key, title, owner_kind, due, status,"
        " created) VALUES (?, ?, NULL, ?, ?, ?, ?, 'open', ?)",
        (task_id, case_id, f"lab-action:{action.id}",
         f"Laboratorio {meeting_date}: {action.title}", kind,
         action.due.isoformat() if action.due else None, now_utc()),
    )
    return task_id


def complete_action(vault: Vault, action_id: str, today: date | None = None) -> dict[str, Any]:
    """Mark one of this office's actions done (and its task); returns the update for the chair."""
    action = get_action(vault, action_id)
    me = load_identity(vault)
    if action.owner_office_id != me.office_id:
        raise BadInput("lab.not_my_action", id=action_id)
    if action.status == "done":  # a second update would make the chair record it twice
        raise BadInput("lab.action_already_done", id=action_id,
                       date=action.done_on.isoformat() if action.done_on else "-")
    meeting = get_meeting(vault, action.meeting_id)
    done_on = (today or date.today()).isoformat()
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE lab_actions SET status = 'done', done_on = ? WHERE id = ?", (done_on, action_id)
        )
        if action.task_id:
            conn.execute(
                "UPDATE tasks SET status = 'done', done_on = ? WHERE id = ?",
                (done_on, action.task_id),
            )
        vault.audit(AuditAction.LAB_ACTION_DONE, "lab_action", action_id, meeting.id)
        vault.announce(LabChanged())
    return {"format": UPDATE_FORMAT, "meeting_id": meeting.id, "action_id": action_id,
            "status": "done", "done_on": done_on}
