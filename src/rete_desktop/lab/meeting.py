"""Meetings of the laboratorio: agenda, decisions, actions, minutes and action updates.

The chair builds the agenda from the items received, records decisions and actions (owner office,
due date) during the meeting and sends the minutes to all members. A member files the agenda and
the minutes it receives; each action assigned to it on one of its own items becomes a task on the
local case (so it is listed by ``rete task list`` with its deadline), and reporting it done
produces an action update for the chair. Documents are plain JSON dicts; sealing them into
signed, encrypted packets is :mod:`rete_desktop.lab.exchange`'s job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput, NotFound, SecurityRefused
from rete_desktop.lab.items import Item, case_for_code, items_of_meeting, pending_items
from rete_desktop.lab.items import validate_item as _validate_item
from rete_desktop.lab.pseudonymise import name_words, names_only, scrub_text_listing
from rete_desktop.packets import directory
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.offices import get_office
from rete_desktop.storage.vault import Vault, new_id, now_utc

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


# --- offices -----------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Recorded:
    """A decision or action the chair recorded, and the identifying values taken out of it."""

    id: str
    removed: tuple[str, ...] = ()


def _known_names(vault: Vault, text: str) -> list[str]:
    """Names of persons in this vault (own cases and received referrals) sharing a word with
    ``text``; the accent-blind full-text index finds them without reading every person."""
    words = name_words(text)
    if not words:
        return []
    match = "title : (" + " OR ".join(f'"{w}"' for w in sorted(words)) + ")"
    rows = vault.query(
        "SELECT DISTINCT p.name FROM search_index s JOIN persons p ON p.id = s.ref_id"
        " WHERE search_index MATCH ? AND s.kind = 'person'", (match,),
    )
    return [r[0] for r in rows]


def clean_text(vault: Vault, field: str, text: str) -> tuple[str, tuple[str, ...]]:
    """Chair's free text: required, capped, and scrubbed of the names of persons this office
    knows and of phones, e-mails, dates, addresses; returns it and what was removed."""
    value = validation.required_text(field, text, MAX_TEXT)
    clean, removed = scrub_text_listing(value, names_only(_known_names(vault, value)))
    return clean, tuple(removed)


# --- chair: agenda -----------------------------------------------------------------------


def create_agenda(
    vault: Vault, meeting_date: date, invited: list[str], item_ids: list[str] | None = None
) -> str:
    """Open a meeting with the items received so far (only ``item_ids`` when given: the others
    wait for the next agenda); ``invited`` are the member offices."""
    me = load_identity(vault)
    offices = [office_ref(vault, me.office_id)]
    offices += [office_ref(vault, o) for o in dict.fromkeys(invited) if o != me.office_id]
    items = [i for i in pending_items(vault) if item_ids is None or i.id in item_ids]
    meeting_id = new_id()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO lab_meetings (id, meeting_date, role, chair_office_id, network_name,"
            " status, agenda, created) VALUES (?, ?, 'chair', ?, ?, 'agenda', '{}', ?)",
            (meeting_id, meeting_date.isoformat(), me.office_id, network_name(vault), now_utc()),
        )
        _insert_attendees(conn, meeting_id, offices)
        for item in items:
            conn.execute("UPDATE lab_items SET meeting_id = ? WHERE id = ?", (meeting_id, item.id))
        vault.audit(AuditAction.LAB_AGENDA, "lab_meeting", meeting_id, {"items": len(items)})
    doc = agenda_doc(vault, meeting_id)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE lab_meetings SET agenda = ? WHERE id = ?", (_dump(doc), meeting_id)
        )
    return meeting_id


def _insert_attendees(conn: Any, meeting_id: str, offices: list[dict[str, str]]) -> None:
    for o in offices:
        conn.execute(
            "INSERT OR REPLACE INTO lab_attendees (meeting_id, office_id, name, kind, present)"
            " VALUES (?, ?, ?, ?, 1)", (meeting_id, o["office_id"], o["name"], o["kind"]),
        )


def _dump(doc: dict[str, Any]) -> str:
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


def _chaired(vault: Vault, meeting_id: str) -> Meeting:
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


def _item_entry(position: int, item: Item) -> dict[str, Any]:
    return {"position": position, "item_id": item.id, "sender_office_id": item.sender_office_id,
            "summary": item.summary}


def agenda_doc(vault: Vault, meeting_id: str) -> dict[str, Any]:
    meeting = _chaired(vault, meeting_id)
    return {
        "format": AGENDA_FORMAT,
        "meeting_id": meeting.id,
        "date": meeting.meeting_date.isoformat(),
        "network": meeting.network_name,
        "chair": office_ref(vault, meeting.chair_office_id),
        "offices": attendees(vault, meeting_id),
        "items": [
            _item_entry(i, it) for i, it in enumerate(items_of_meeting(vault, meeting_id), 1)
        ],
    }


# --- chair: during the meeting -----------------------------------------------------------


def set_present(
    vault: Vault, meeting_id: str, present: list[str], *, chair_absent: bool = False
) -> None:
    """Mark which invited offices were present (the others stay listed as absent).

    The chair writes the minutes, so it counts as present unless ``chair_absent``.
    """
    meeting = _chaired(vault, meeting_id)
    known = {a["office_id"] for a in attendees(vault, meeting_id)}
    unknown = [o for o in present if o not in known]
    if unknown:
        raise NotFound("office.not_found", id=unknown[0])
    there = set(present) - {meeting.chair_office_id}
    if not chair_absent:
        there.add(meeting.chair_office_id)
    with vault.transaction() as conn:
        for office_id in known:
            conn.execute(
                "UPDATE lab_attendees SET present = ? WHERE meeting_id = ? AND office_id = ?",
                (int(office_id in there), meeting_id, office_id),
            )
        vault.audit(AuditAction.LAB_PRESENT, "lab_meeting", meeting_id, {"present": len(there)})


def _check_item(vault: Vault, meeting_id: str, item_id: str | None) -> str | None:
    if item_id is None:
        return None
    row = vault.query_one(
        "SELECT case_code FROM lab_items WHERE id = ? AND meeting_id = ?", (item_id, meeting_id)
    )
    if row is None:
        raise NotFound("lab.item_not_found", id=item_id)
    return str(row[0])


def add_decision(
    vault: Vault, meeting_id: str, text: str, item_id: str | None = None
) -> Recorded:
    """A decision of the meeting; names and contact data are taken out of its text."""
    _chaired(vault, meeting_id)
    _check_item(vault, meeting_id, item_id)
    clean, removed = clean_text(vault, "text", text)
    decision_id = new_id()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO lab_decisions (id, meeting_id, item_id, text, created)"
            " VALUES (?, ?, ?, ?, ?)",
            (decision_id, meeting_id, item_id, clean, now_utc()),
        )
        vault.audit(AuditAction.LAB_DECISION, "lab_meeting", meeting_id, decision_id)
    return Recorded(decision_id, removed)


def add_action(
    vault: Vault, meeting_id: str, title: str, owner_office_id: str, due: date | None,
    item_id: str | None = None,
) -> Recorded:
    """An action agreed at the meeting, owned by one office of the meeting (names and contact
    data are taken out of its title); an office revoked from the directory is refused (exit 5)."""
    _chaired(vault, meeting_id)
    code = _check_item(vault, meeting_id, item_id)
    member = directory.get_member(vault, owner_office_id)
    if member is not None and not member.active:  # minutes can no longer reach it
        raise SecurityRefused("lab.owner_revoked", name=member.name, id=owner_office_id,
                              date=member.revoked_on.isoformat() if member.revoked_on else "-")
    if owner_office_id not in {a["office_id"] for a in attendees(vault, meeting_id)}:
        raise NotFound("office.not_found", id=owner_office_id)
    clean, removed = clean_text(vault, "title", title)
    action_id = new_id()
    with vault.transaction() as conn:
        _insert_action(conn, Action(
            action_id, meeting_id, item_id, code, clean, owner_office_id, due, "open", None, None,
        ))
        vault.audit(AuditAction.LAB_ACTION, "lab_action", action_id, {"owner": owner_office_id})
    return Recorded(action_id, removed)


def _insert_action(conn: Any, a: Action) -> None:
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


def mark_minutes_sent(vault: Vault, meeting_id: str, doc: dict[str, Any]) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE lab_meetings SET status = 'minutes', minutes = ? WHERE id = ?",
            (_dump(doc), meeting_id),
        )
        vault.audit(AuditAction.LAB_MINUTES, "lab_meeting", meeting_id,
                    {"actions": len(doc["actions"])})


# --- member: receiving agenda and minutes ------------------------------------------------


def _bad(what: str, field: str) -> BadInput:
    return BadInput("lab.bad_document", what=what, field=field)


def _text(doc: dict[str, Any], key: str, what: str, max_len: int = MAX_TEXT) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value or len(value) > max_len:
        raise _bad(what, key)
    return value


def _date(doc: dict[str, Any], key: str, what: str, optional: bool = False) -> date | None:
    value = doc.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _bad(what, key)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad(what, key) from None


def _offices(doc: dict[str, Any], key: str, what: str) -> list[dict[str, str]]:
    value = doc.get(key)
    if not isinstance(value, list) or len(value) > 200:
        raise _bad(what, key)
    offices = []
    for o in value:
        if not isinstance(o, dict):
            raise _bad(what, key)
        offices.append({k: _text(o, k, what, 300) for k in ("office_id", "name", "kind")})
    return offices


def _validate_common(doc: Any, fmt: str, what: str, sender_office_id: str) -> dict[str, Any]:
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise _bad(what, "format")
    chair = doc.get("chair")
    if not isinstance(chair, dict) or chair.get("office_id") != sender_office_id:
        raise SecurityRefused("lab.not_from_chair")
    _text(doc, "meeting_id", what, 64)
    _text(doc, "network", what, 300)
    _date(doc, "date", what)
    items = doc.get("items")
    if not isinstance(items, list) or len(items) > 500:
        raise _bad(what, "items")
    for entry in items:
        if not isinstance(entry, dict):
            raise _bad(what, "items")
        _text(entry, "item_id", what, 64)
        _text(entry, "sender_office_id", what, 64)
        _validate_item(entry.get("summary"))
    return doc


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
             _dump(doc), now_utc()),
        )
    column = "agenda" if status == "agenda" else "minutes"
    conn.execute(
        f"UPDATE lab_meetings SET status = ?, {column} = ?, meeting_date = ? WHERE id = ?",
        (status, _dump(doc), doc["date"], doc["meeting_id"]),
    )
    conn.execute("DELETE FROM lab_attendees WHERE meeting_id = ?", (doc["meeting_id"],))
    _insert_attendees(conn, doc["meeting_id"], offices)


# The receive_* functions run inside the packet import's transaction (``conn``), so the
# packet is filed completely or not at all.


def receive_agenda(conn: Any, vault: Vault, doc: Any, sender_office_id: str) -> str:
    """File an agenda sent by the chair; returns the meeting id."""
    agenda = _validate_common(doc, AGENDA_FORMAT, "agenda", sender_office_id)
    offices = _offices(agenda, "offices", "agenda")
    _store_member_meeting(conn, vault, agenda, offices, "agenda")
    vault.audit(AuditAction.LAB_AGENDA_RECEIVED, "lab_meeting", agenda["meeting_id"],
                {"items": len(agenda["items"])})
    return str(agenda["meeting_id"])


def receive_minutes(conn: Any, vault: Vault, doc: Any, sender_office_id: str) -> list[str]:
    """File minutes from the chair; actions for this office on its own cases become tasks.

    Returns the ids of the actions assigned to this office.
    """
    minutes = _validate_common(doc, MINUTES_FORMAT, "minutes", sender_office_id)
    present = _offices(minutes, "present", "minutes")
    absent = _offices(minutes, "absent", "minutes")
    actions = [_read_action(a, minutes["meeting_id"]) for a in _list(minutes, "actions")]
    for d in _list(minutes, "decisions"):
        _text(d, "text", "minutes")
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
        _insert_action(conn, _with_task(action, task_id))
    vault.audit(AuditAction.LAB_MINUTES_RECEIVED, "lab_meeting", minutes["meeting_id"],
                {"actions": len(actions), "mine": len(mine)})
    return mine


def _list(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = doc.get(key)
    if not isinstance(value, list) or len(value) > 1000 or not all(
        isinstance(v, dict) for v in value
    ):
        raise _bad("minutes", key)
    return value


def _read_action(a: dict[str, Any], meeting_id: str) -> Action:
    code = a.get("case_code")
    item_id = a.get("item_id")
    if not (code is None or isinstance(code, str)) or not (
        item_id is None or isinstance(item_id, str)
    ):
        raise _bad("minutes", "actions")
    return Action(
        id=_text(a, "action_id", "minutes", 64), meeting_id=meeting_id, item_id=item_id,
        case_code=code, title=_text(a, "title", "minutes"),
        owner_office_id=_text(a, "owner_office_id", "minutes", 64),
        due=_date(a, "due", "minutes", optional=True), status="open", done_on=None, task_id=None,
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


# --- action updates ----------------------------------------------------------------------


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
    return {"format": UPDATE_FORMAT, "meeting_id": meeting.id, "action_id": action_id,
            "status": "done", "done_on": done_on}


def receive_action_update(
    conn: Any, vault: Vault, doc: Any, sender_office_id: str
) -> tuple[str, date | None]:
    """The chair files an owner's report that an action is done.

    Returns the action id and, when the action was already recorded done (a repeated update),
    the date it was recorded: then nothing changes.
    """
    if not isinstance(doc, dict) or doc.get("format") != UPDATE_FORMAT or doc.get(
        "status"
    ) != "done":
        raise _bad("action-update", "format")
    action = get_action(vault, _text(doc, "action_id", "action-update", 64))
    meeting = _chaired(vault, action.meeting_id)
    if action.owner_office_id != sender_office_id or doc.get("meeting_id") != meeting.id:
        raise SecurityRefused("lab.not_action_owner")
    done_on = _date(doc, "done_on", "action-update")
    if action.status == "done":
        return action.id, action.done_on or done_on
    conn.execute(
        "UPDATE lab_actions SET status = 'done', done_on = ? WHERE id = ?",
        (done_on.isoformat() if done_on else None, action.id),
    )
    vault.audit(AuditAction.LAB_ACTION_UPDATE, "lab_action", action.id, sender_office_id)
    return action.id, None
