"""The chair's side of a laboratorio meeting: the agenda, who was present, decisions and
actions (free text scrubbed of names), the minutes sent, and the owners' "done" updates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import NotFound, SecurityRefused
from rete_desktop.events import LabChanged
from rete_desktop.lab.details import MeetingDetails, check_time
from rete_desktop.lab.items import items_of_meeting, pending_items
from rete_desktop.lab.meeting import (
    MAX_TEXT,
    UPDATE_FORMAT,
    Action,
    Recorded,
    agenda_doc,
    attendees,
    chaired,
    dump,
    get_action,
    get_details,
    insert_action,
    insert_attendees,
    network_name,
    office_ref,
)
from rete_desktop.lab.member import reader
from rete_desktop.lab.pseudonymise import name_words, names_only, scrub_text_listing
from rete_desktop.packets import directory
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault, new_id, now_utc


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
        insert_attendees(conn, meeting_id, offices)
        for item in items:
            conn.execute("UPDATE lab_items SET meeting_id = ? WHERE id = ?", (meeting_id, item.id))
        vault.audit(AuditAction.LAB_AGENDA, "lab_meeting", meeting_id, {"items": len(items)})
        vault.announce(LabChanged())
    doc = agenda_doc(vault, meeting_id)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE lab_meetings SET agenda = ? WHERE id = ?", (dump(doc), meeting_id)
        )
    return meeting_id


def set_present(
    vault: Vault, meeting_id: str, present: list[str], *, chair_absent: bool = False
) -> None:
    """Mark which invited offices were present (the others stay listed as absent).

    The chair writes the minutes, so it counts as present unless ``chair_absent``.
    """
    meeting = chaired(vault, meeting_id)
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
        vault.announce(LabChanged())


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
    chaired(vault, meeting_id)
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
        vault.announce(LabChanged())
    return Recorded(decision_id, removed)


def add_action(
    vault: Vault, meeting_id: str, title: str, owner_office_id: str, due: date | None,
    item_id: str | None = None,
) -> Recorded:
    """An action agreed at the meeting, owned by one office of the meeting (names and contact
    data are taken out of its title); an office revoked from the directory is refused (exit 5)."""
    chaired(vault, meeting_id)
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
        insert_action(conn, Action(
            action_id, meeting_id, item_id, code, clean, owner_office_id, due, "open", None, None,
        ))
        vault.audit(AuditAction.LAB_ACTION, "lab_action", action_id, {"owner": owner_office_id})
        vault.announce(LabChanged())
    return Recorded(action_id, removed)


def mark_minutes_sent(vault: Vault, meeting_id: str, doc: dict[str, Any]) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE lab_meetings SET status = 'minutes', minutes = ? WHERE id = ?",
            (dump(doc), meeting_id),
        )
        vault.audit(AuditAction.LAB_MINUTES, "lab_meeting", meeting_id,
                    {"actions": len(doc["actions"])})
        vault.announce(LabChanged())


def receive_action_update(
    conn: Any, vault: Vault, doc: Any, sender_office_id: str
) -> tuple[str, date | None]:
    """The chair files an owner's report that an action is done.

    Returns the action id and, when the action was already recorded done (a repeated update),
    the date it was recorded: then nothing changes.
    """
    fields = reader(doc, "action-update")
    if fields.raw("format") != UPDATE_FORMAT:
        raise fields.fail("format", "unknown_value")
    fields.choice("status", ("done",))
    action = get_action(vault, fields.text("action_id", 64))
    meeting = chaired(vault, action.meeting_id)
    if action.owner_office_id != sender_office_id or fields.raw("meeting_id") != meeting.id:
        raise SecurityRefused("lab.not_action_owner")
    done_on = fields.day("done_on")
    if action.status == "done":
        return action.id, action.done_on or done_on
    conn.execute(
        "UPDATE lab_actions SET status = 'done', done_on = ? WHERE id = ?",
        (done_on.isoformat() if done_on else None, action.id),
    )
    vault.audit(AuditAction.LAB_ACTION_UPDATE, "lab_action", action.id, sender_office_id)
    vault.announce(LabChanged())
    return action.id, None


# --- time, place, who chairs and takes the minutes, representatives ----------------------


def set_details(
    vault: Vault, meeting_id: str, *, time: str | None = None, place: str | None = None,
    chair_person: str | None = None, secretary: str | None = None,
    representatives: Mapping[str, str] | None = None, urgent: Sequence[str] | None = None,
    prevention: Sequence[str] | None = None,
) -> MeetingDetails:
    """Record the meeting's details (None keeps what was recorded; a representative's empty
    names remove them). Urgencies must be items of the meeting, representatives invited
    offices; prevention texts are scrubbed of identifying values like every chair's text."""
    chaired(vault, meeting_id)
    old = get_details(vault, meeting_id)

    def text(field: str, value: str | None, kept: str) -> str:
        return kept if value is None else validation.optional_text(field, value) or ""

    invited = {a["office_id"] for a in attendees(vault, meeting_id)}
    people = dict(old.representatives)
    for office_id, names in (representatives or {}).items():
        if office_id not in invited:
            raise NotFound("office.not_found", id=office_id)
        people[office_id] = text("representatives", names, "")
    known = {i.id for i in items_of_meeting(vault, meeting_id)}
    for item_id in urgent or ():
        if item_id not in known:
            raise NotFound("lab.item_not_found", id=item_id)
    details = MeetingDetails(
        time=old.time if time is None else check_time(time),
        place=text("place", place, old.place),
        chair_person=text("chair_person", chair_person, old.chair_person),
        secretary=text("secretary", secretary, old.secretary),
        representatives=tuple((k, v) for k, v in sorted(people.items()) if v),
        urgent=old.urgent if urgent is None else tuple(dict.fromkeys(urgent)),
        prevention=old.prevention if prevention is None else tuple(
            clean_text(vault, "prevention", p)[0] for p in prevention if p.strip()),
    )
    with vault.transaction() as conn:
        conn.execute("UPDATE lab_meetings SET details = ? WHERE id = ?",
                     (dump(details.to_json()), meeting_id))
        vault.audit(AuditAction.LAB_DETAILS, "lab_meeting", meeting_id, {
            "representatives": len(details.representatives), "urgent": len(details.urgent),
            "prevention": len(details.prevention)})
    vault.announce(LabChanged())
    return details
