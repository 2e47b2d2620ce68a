"""Referral packets: a case leaves as `case.json` + `summary.pdf` (+ attachments), limited by the
consent record; a received referral becomes a linked case ("received referral") with its persons,
notes, tasks and attachments.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from rete_desktop import events
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.document_fields import DocumentFields
from rete_desktop.domain.records import Attachment, Case, Note, Person, Task
from rete_desktop.domain.vocabulary import (
    ChildExposure,
    NoteCategory,
    OfficeKind,
    PersonRole,
    RiskLevel,
    SharingBasis,
    TaskStatus,
)
from rete_desktop.errors import BadInput, NotFound, SecurityRefused
from rete_desktop.i18n import NETWORK_LANGUAGE, Text, translate
from rete_desktop.packets import referral_record, register
from rete_desktop.packets.directory import Member, get_member
from rete_desktop.packets.manifest import load_json
from rete_desktop.packets.packet import (
    PacketSource,
    PartData,
    ReceivedPacket,
    SealedPacket,
    Store,
    Streamed,
    VerifiedPacket,
    receive_packet,
    seal_packet,
    seal_packet_to,
)
from rete_desktop.reports.referral_pdf import (
    CallBack,
    ChildLine,
    ReferralSummary,
    SharingLine,
    TaskLine,
    WomanLine,
    referral_pdf,
)
from rete_desktop.storage import (
    attachment_files,
    cases,
    notes,
    offices,
    operators,
    protocols,
    sharing,
)
from rete_desktop.storage import attachments as case_files
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault, new_id, now_utc

KIND = "referral"
FORMAT = "rete-referral/1"
CASE_PART = "case.json"
SUMMARY_PART = "summary.pdf"
SOURCE = "referral"
SUMMARY_SOURCE = "referral_summary"  # the signed summary.pdf, kept with the received case

MAX_CASE_JSON = 8 * 1024 * 1024
MAX_PERSONS = 200
MAX_NOTES = 5000
MAX_TASKS = 1000
MAX_ACCOUNT = 4000  # the operator's account of what happened: a short text, not the notes
MAX_ATTACHMENTS = 30  # the packet's part cap (32) less case.json and summary.pdf
ATTACHMENT_PART = "attachment-"  # + attachment id + the file's extension


@dataclass(frozen=True)
class NoteChoice:
    """Which notes (or attachments) leave: ``all``, ``none`` or the listed ids
    (``--notes all|none|ID,...``, ``--attachments all|none|ID,...``)."""

    mode: str  # "all" | "none" | "ids"
    ids: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str | None) -> NoteChoice:
        value = (text or "none").strip()
        if value in ("all", "none"):
            return cls(value)
        ids = tuple(i.strip() for i in value.split(",") if i.strip())
        return cls("ids", ids) if ids else cls("none")


# --- export --------------------------------------------------------------------------------


def _consented_members(
    vault: Vault, case: Case, recipients: Sequence[str]
) -> list[tuple[Member, sharing.Basis]]:
    """Each recipient with the basis that allows sending it the case (refused without one)."""
    decisions = sharing.list_decisions(vault, case.id)
    members = []
    for office_id in dict.fromkeys(recipients):
        member = get_member(vault, office_id)
        if member is None:
            raise NotFound("packet.recipient_unknown", office=office_id)
        basis = sharing.basis_for(case, decisions, member.kind.value)
        if basis is None:
            raise SecurityRefused("packet.consent_missing", office=member.name,
                                  kind=Text(f"vocabulary.OfficeKind.{member.kind.value}.formal"))
        members.append((member, basis))
    return members


def _chosen_notes(vault: Vault, case: Case, choice: NoteChoice) -> list[Note]:
    """The notes that leave, oldest first. A note never leaves without its corrections: picking
    a note (or one of its amendments) sends the original with every amendment of it, so the
    recipient cannot act on an outdated text."""
    if choice.mode == "none":
        return []
    if not case.consent.include_notes:
        raise SecurityRefused("packet.notes_not_consented")
    case_notes = notes.list_notes(vault, case.id)
    if choice.mode == "all":
        return case_notes
    by_id = {n.id: n for n in case_notes}
    for note_id in choice.ids:
        if note_id not in by_id:
            raise BadInput("packet.note_not_in_case", id=note_id)
    roots = {notes.original_of(by_id, note_id) for note_id in choice.ids}
    return [n for n in case_notes if notes.original_of(by_id, n.id) in roots]


def _chosen_attachments(vault: Vault, case: Case, choice: NoteChoice) -> list[Attachment]:
    """Attachments are the case's documents: they leave under the same consent as notes."""
    if choice.mode == "none":
        return []
    if not case.consent.include_notes:
        raise SecurityRefused("packet.attachments_not_consented")
    files = case_files.list_attachments(vault, case.id)
    if choice.mode == "ids":
        known = {a.id for a in files}
        for attachment_id in choice.ids:
            if attachment_id not in known:
                raise BadInput("packet.attachment_not_in_case", id=attachment_id)
        files = [a for a in files if a.id in choice.ids]
    if len(files) > MAX_ATTACHMENTS:
        raise BadInput("packet.too_many_parts", max=MAX_ATTACHMENTS)
    return files


def attachment_part_name(attachment: Attachment) -> str:
    """``attachment-<id>.pdf``: the part name carries no file name (the name is in case.json)."""
    extension = re.sub(r"[^A-Za-z0-9]", "", attachment.name.rpartition(".")[2])[:10] \
        if "." in attachment.name else ""
    return ATTACHMENT_PART + attachment.id + (f".{extension.lower()}" if extension else "")


def _attachment_json(a: Attachment) -> dict[str, Any]:
    return {"part": attachment_part_name(a), "name": a.name, "media_type": a.media_type,
            "size": a.size, "sha256": a.sha256, "added": a.added.isoformat(),
            "operator": a.operator}


def _person_json(p: Person) -> dict[str, Any]:
    return {"role": p.role.value, "name": p.name, "birth_year": p.birth_year,
            "exposure": p.exposure.value if p.exposure else None, "phone": p.phone,
            "address": p.address, "codice_fiscale": p.codice_fiscale}


def _callback(vault: Vault, office_id: str) -> CallBack:
    """Who to call back: the operator sending it (name, role and direct line, never the
    computer's login), then the office, its phones and hours, from its profile when it has
    them."""
    from rete_desktop.handbook.profiles import get_profile  # the handbook builds on packets

    office = offices.get_office(vault, office_id)
    profile = get_profile(vault)
    own = operators.named(vault).get(vault.slot_label)
    phones = profile.phones or office.phones
    bits = [office.name, *(validation.display_phone(p) for p in phones),
            *(profile.emails or office.emails), profile.on_call or office.on_call_hours]
    return CallBack(vault.operator, validation.display_phone(own.phone) if own and own.phone
                    else "", " · ".join(b for b in bits if b))


def _contact_line(callback: CallBack) -> str:
    """The call-back as one line of case.json (``contact``)."""
    return " · ".join(b for b in (callback.operator, callback.phone, callback.office) if b)


def referral_document(
    vault: Vault, case: Case, persons: list[Person], chosen: list[Note], tasks: list[Task],
    protocol: str, reason: str, requested_action: str, contact: str,
    record: Mapping[str, Any],
    files: Sequence[Attachment] = (),
    bases: Sequence[tuple[Member, sharing.Basis]] = (),
    account: str = "", safe_contact: str = "",
) -> dict[str, Any]:
    """``case.json``; ``record`` is the case record as exported when the draft was prepared,
    the one its preview showed (not read again at sealing)."""
    return {
        "format": FORMAT,
        "sender_protocol": protocol,
        "case": {"reference": case.reference, "title": case.title, "risk": case.risk.value,
                 "opened_on": case.opened_on.isoformat(), "status": case.status.value},
        "reason": reason,
        "account": account,
        "safe_contact": safe_contact,
        "requested_action": requested_action,
        "contact": contact,
        "consent": cases.consent_to_json(case.consent),
        "persons": [_person_json(p) for p in persons],
        "notes": [{"id": n.id, "created": n.created.isoformat(), "category": n.category.value,
                   "text": n.text, "author": n.author, "amends": n.amends} for n in chosen],
        "tasks": [{"title": t.title, "owner_kind": t.owner_kind.value if t.owner_kind else None,
                   "due": t.due.isoformat() if t.due else None, "status": t.status.value}
                  for t in tasks],
        "attachments": [_attachment_json(a) for a in files],
        "sharing": [{"office_id": m.office_id, "kind": m.kind.value, **b.to_json()}
                    for m, b in bases],
        "record": dict(record),
    }


@dataclass(frozen=True)
class ReferralDraft:
    """A referral checked against the consent, not yet sealed: previewed, then exported.

    Besides the parts it keeps what ``case.json`` will carry in readable form (persons, notes
    with their amendments, the contact line, the attachments, the case record as it is
    exported and the basis each recipient receives it on, free texts included), so a preview
    can show exactly what travels and nothing more.
    """

    case: Case
    members: tuple[Member, ...]
    parts: Callable[[str], dict[str, tuple[str, PartData]]]  # protocol number -> packet parts
    summary: Callable[[str], ReferralSummary]  # protocol number -> what summary.pdf says
    persons: tuple[Person, ...] = ()
    notes: tuple[Note, ...] = ()
    contact: str = ""
    attachments: tuple[Attachment, ...] = ()
    extra_files: tuple[str, ...] = ()  # loose files added by name (rete packet export --file)
    record: Mapping[str, Any] = field(kw_only=True)  # case.json's "record"
    bases: tuple[tuple[Member, sharing.Basis], ...] = field(kw_only=True)  # its "sharing"

    def summary_pdf(self, protocol: str) -> bytes:
        pdf = self.parts(protocol)[SUMMARY_PART][1]
        if not isinstance(pdf, bytes):  # built in memory by prepare_referral, never streamed
            raise TypeError("the summary is built in memory")
        return pdf


def prepare_referral(
    vault: Vault, case_id: str, recipients: Sequence[str], *,
    notes_choice: NoteChoice | None = None, reason: str | None = None,
    requested_action: str | None = None,
    attachments: Mapping[str, tuple[str, bytes]] | None = None,
    attachments_choice: NoteChoice | None = None,
    account: str | None = None, safe_contact: str | None = None,
) -> ReferralDraft:
    """Gather what a referral of ``case_id`` would carry, refusing what the consent forbids.

    ``attachments_choice`` picks the case's own attachments (name and facts go in case.json);
    ``attachments`` adds loose files as parts named by the caller. Refused before anything is
    built when a recipient's office kind is not in the case's consent, or notes or any
    attachment are asked for without consent to share notes (the case's documents).
    ``account`` is the short account of what happened the operator writes for the receiver;
    ``safe_contact`` how the woman agreed to be contacted (both printed on the summary).
    """
    case = cases.get_case(vault, case_id, audit_read=False)
    bases = _consented_members(vault, case, recipients)
    members = [m for m, _ in bases]
    chosen = _chosen_notes(vault, case, notes_choice or NoteChoice("none"))
    files = _chosen_attachments(vault, case, attachments_choice or NoteChoice("none"))
    if attachments and not case.consent.include_notes:
        raise SecurityRefused("packet.attachments_not_consented")
    # The case's files pass into the packet a chunk at a time, read when it is sealed.
    file_parts: dict[str, tuple[str, PartData]] = {attachment_part_name(a): (
        a.media_type, Streamed(a.size, a.sha256, partial(case_files.attachment_chunks, vault,
                                                         a.id))) for a in files}
    for name in set(file_parts) & set(attachments or {}):
        raise BadInput("packet.bad_part_name", part=name)
    # Children's data leave when the consent includes them, or when every recipient receives
    # the case on another basis (e.g. the legal obligation to report a minor at risk).
    with_children = case.consent.include_children or all(
        b.basis is not SharingBasis.CONSENT for _, b in bases)
    persons = [p for p in cases.list_persons(vault, case.id)
               if with_children or p.role is not PersonRole.CHILD]
    tasks = protocols.list_tasks(vault, case_id=case.id)
    identity = load_identity(vault)
    callback = _callback(vault, identity.office_id)
    contact = _contact_line(callback)
    why = validation.optional_text("reason", reason, validation.MAX_NOTE_TEXT) or case.title
    action = validation.optional_text("requested_action", requested_action,
                                      validation.MAX_NOTE_TEXT) or ""
    told = validation.optional_text("account", account, MAX_ACCOUNT) or ""
    reach = validation.optional_text("safe_contact", safe_contact) or ""
    children = tuple(ChildLine(p.birth_year, p.exposure.value if p.exposure else None)
                     for p in persons if p.role is PersonRole.CHILD)
    women = tuple(WomanLine(p.name, p.birth_year, reach)
                  for p in persons if p.role is PersonRole.VICTIM)
    today = datetime.now(UTC).date()
    withheld = not with_children
    record = referral_record.export_record(vault, case, persons)
    record_lines = referral_record.summary_lines(record, persons)

    def document(protocol: str) -> dict[str, Any]:
        return referral_document(vault, case, persons, chosen, tasks, protocol, why, action,
                                 contact, record, files, bases, told, reach)

    def summary(protocol: str) -> ReferralSummary:
        return ReferralSummary(
            sender_name=identity.name, sender_kind=identity.kind.value, protocol=protocol,
            issued_on=today, recipients=tuple(m.name for m in members),
            case_reference=case.reference, case_title=case.title, risk=case.risk.value,
            consent_kinds=tuple(k.value for k in case.consent.share_with),
            consent_recorded_on=case.consent.recorded_on,
            consent_legal_basis=case.consent.legal_basis, children=children,
            children_withheld=withheld, reason=why, requested_action=action, callback=callback,
            notes_count=len(chosen), women=women, account=told,
            tasks=tuple(TaskLine(t.title, t.due, t.owner_kind.value if t.owner_kind else None,
                                 t.is_overdue(today), t.status is TaskStatus.DONE)
                        for t in tasks),
            attachment_names=tuple(a.name for a in files) + tuple(attachments or ()),
            sharing=tuple(SharingLine(m.name, b.basis.value, b.decision.norm if b.decision
                                      else None) for m, b in bases),
            record=record_lines,
        )

    def parts(protocol: str) -> dict[str, tuple[str, PartData]]:
        doc = document(protocol)
        return {
            CASE_PART: ("application/json", json.dumps(doc, ensure_ascii=False).encode()),
            SUMMARY_PART: ("application/pdf", referral_pdf(summary(protocol))),
            **(attachments or {}),
            **file_parts,
        }

    return ReferralDraft(case, tuple(members), parts, summary, persons=tuple(persons),
                         notes=tuple(chosen), contact=contact, attachments=tuple(files),
                         extra_files=tuple(attachments or ()), record=record,
                         bases=tuple(bases))


def seal_referral(vault: Vault, draft: ReferralDraft) -> tuple[SealedPacket, str]:
    """Sign, encrypt and register a prepared referral; returns the packet and its protocol."""
    sealed = seal_packet(vault, KIND, [m.office_id for m in draft.members], draft.parts,
                         case_id=draft.case.id)
    return sealed, register.get_entry(vault, sealed.packet_id, register.SENT).protocol


def seal_referral_to(vault: Vault, draft: ReferralDraft, path: Path) -> tuple[str, str]:
    """:func:`seal_referral` written straight to the file ``path`` (streamed; the register
    keeps its SHA-256); returns the packet id and its protocol number."""
    packet_id = seal_packet_to(vault, KIND, [m.office_id for m in draft.members], draft.parts,
                               path, case_id=draft.case.id)
    return packet_id, register.get_entry(vault, packet_id, register.SENT).protocol


def export_referral(
    vault: Vault, case_id: str, recipients: Sequence[str], *,
    notes_choice: NoteChoice | None = None, reason: str | None = None,
    requested_action: str | None = None,
    attachments: Mapping[str, tuple[str, bytes]] | None = None,
    attachments_choice: NoteChoice | None = None,
    account: str | None = None, safe_contact: str | None = None,
) -> tuple[SealedPacket, str]:
    """Seal a referral of ``case_id`` for ``recipients``; returns the packet and its protocol."""
    draft = prepare_referral(vault, case_id, recipients, notes_choice=notes_choice,
                             reason=reason, requested_action=requested_action,
                             attachments=attachments, attachments_choice=attachments_choice,
                             account=account, safe_contact=safe_contact)
    return seal_referral(vault, draft)


# --- import --------------------------------------------------------------------------------


def _reader(doc: Any) -> DocumentFields:
    """case.json's fields, read like every document from outside: a refusal is
    ``packet.bad_referral`` naming the field (``persons[1].role``) in the reader's language."""
    return DocumentFields(doc, "packet.bad_referral")


def _entries(fields: DocumentFields, key: str, cap: int) -> list[DocumentFields]:
    """The objects of list ``key`` (absent: none)."""
    return fields.objects(key, cap) if key in fields.obj else []


def _optional(fields: DocumentFields, name: str,
              max_len: int = validation.MAX_SHORT_TEXT) -> str | None:
    """Text that may be absent, null or blank (then None), stripped."""
    return (fields.optional_text(name, max_len) or "").strip() or None


def _moment(fields: DocumentFields, name: str) -> str:
    """A note's creation time as the sender's app wrote it (ISO 8601, offset optional)."""
    value = fields.text(name, 40)
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        raise fields.fail(name, "not_timestamp") from None


@dataclass(frozen=True)
class _SentTask:
    """A protocol step as the sender listed it."""

    title: str
    owner: OfficeKind | None
    due: date | None
    done: bool


def _split_tasks(
    doc: DocumentFields, my_kind: OfficeKind
) -> tuple[list[_SentTask], list[_SentTask]]:
    """The sender's protocol steps: those for this office's kind (or nobody in particular)
    become its tasks; the other offices' steps are only information for it."""
    mine: list[_SentTask] = []
    others: list[_SentTask] = []
    for item in _entries(doc, "tasks", MAX_TASKS):
        task = _SentTask(
            item.text("title", validation.MAX_SHORT_TEXT).strip(),
            item.optional_code("owner_kind", OfficeKind),
            item.optional_day("due"), item.raw("status") == "done",
        )
        (mine if task.owner in (None, my_kind) else others).append(task)
    return mine, others


def _other_offices_text(tasks: list[_SentTask]) -> str:
    """The other offices' steps as lines of the received case's first note."""
    if not tasks:
        return ""
    lines = [translate("packet.other_offices_tasks", NETWORK_LANGUAGE)]
    for t in tasks:
        owner = translate(f"vocabulary.OfficeKind.{t.owner.value}.formal", NETWORK_LANGUAGE) \
            if t.owner else "-"
        done = f" ({translate('packet.task_done_by_sender', NETWORK_LANGUAGE)})" if t.done else ""
        lines.append(f"- {t.due.isoformat() if t.due else '-'} · {owner} · {t.title}{done}")
    return "\n".join(lines)


def _file_referral(conn: Any, vault: Vault, packet: VerifiedPacket, protocol: str) -> str:
    doc = _reader(load_json(packet.part(CASE_PART), max_size=MAX_CASE_JSON, what=CASE_PART))
    if doc.raw("format") != FORMAT:
        raise doc.fail("format", "unknown_value")
    case_doc = doc.nested("case")
    title = case_doc.text("title", validation.MAX_SHORT_TEXT).strip()
    risk = case_doc.code("risk", RiskLevel)
    case_id = new_id()
    today = datetime.now(UTC).date()
    cases.insert_case(conn, vault, case_id, title, risk, today, SOURCE,
                      packet.manifest.packet_id)
    person_ids: list[str] = []
    for item in _entries(doc, "persons", MAX_PERSONS):
        role = item.code("role", PersonRole)
        person_ids.append(new_id())
        try:
            birth_year = validation.birth_year(item.raw("birth_year"))
        except BadInput:
            raise item.fail("birth_year", "invalid") from None
        cases.insert_person(conn, Person(
            id=person_ids[-1], case_id=case_id, role=role,
            name=item.text("name", validation.MAX_SHORT_TEXT).strip(), birth_year=birth_year,
            exposure=item.optional_code("exposure", ChildExposure)
            if role is PersonRole.CHILD else None,
            phone=_optional(item, "phone"), address=_optional(item, "address"),
            codice_fiscale=_optional(item, "codice_fiscale"),
        ))
    sender = packet.sender.name
    identity = load_identity(vault)
    referral_record.file_record(conn, case_id, doc, person_ids, sender)
    mine, others = _split_tasks(doc, identity.kind)
    safe_contact = _optional(doc, "safe_contact", validation.MAX_NOTE_TEXT)
    intro = "\n".join(filter(None, [
        f"{translate('packet.received_referral', NETWORK_LANGUAGE)} — {sender}",
        f"{_optional(doc, 'sender_protocol') or ''} → {protocol}",
        referral_record.basis_text(doc, identity.office_id),
        *(_optional(doc, key, validation.MAX_NOTE_TEXT) for key in ("reason", "account")),
        translate("packet.safe_contact", NETWORK_LANGUAGE, contact=safe_contact)
        if safe_contact else None,
        *(_optional(doc, key, validation.MAX_NOTE_TEXT)
          for key in ("requested_action", "contact")),
        _other_offices_text(others),
    ]))
    notes.insert_note(conn, new_id(), case_id, now_utc(), NoteCategory.OTHER,
                      validation.limited_text("text", intro, validation.MAX_NOTE_TEXT),
                      sender, None)
    new_ids: dict[str, str] = {}
    for item in _entries(doc, "notes", MAX_NOTES):
        note_id = new_id()
        text = item.text("text", validation.MAX_NOTE_TEXT)
        notes.insert_note(
            conn, note_id, case_id, _moment(item, "created"),
            item.optional_code("category", NoteCategory) or NoteCategory.OTHER,
            text, f"{_optional(item, 'author') or '-'} ({sender})",
            new_ids.get(_optional(item, "amends") or ""),
        )
        new_ids[_optional(item, "id") or note_id] = note_id
    _file_attachments(conn, vault, packet, doc, case_id)
    _file_summary(conn, vault, packet, case_id, protocol)
    for task in mine:
        conn.execute(
            "INSERT INTO tasks (id, case_id, title, owner_kind, due, status, created)"
            " VALUES (?, ?, ?, ?, ?, 'open', ?)",
            (new_id(), case_id, task.title, task.owner.value if task.owner else None,
             task.due.isoformat() if task.due else None, now_utc()),
        )
    vault.audit(AuditAction.CASE_CREATE, "case", case_id, {"referral": packet.manifest.packet_id})
    vault.announce(events.CaseCreated(case_id))
    return case_id


def _file_attachments(
    conn: Any, vault: Vault, packet: VerifiedPacket, doc: DocumentFields, case_id: str
) -> None:
    """Every part besides case.json and summary.pdf becomes an attachment of the new case,
    under the name case.json gives it (a loose file keeps its part name)."""
    described: dict[str, DocumentFields] = {}
    for item in _entries(doc, "attachments", MAX_ATTACHMENTS):
        part = item.text("part", 200)
        if part not in packet.parts:
            raise item.fail("part", "unknown_value")
        described[part] = item
    sender = packet.sender.name
    for info in packet.manifest.parts:
        if info.name in (CASE_PART, SUMMARY_PART):
            continue
        item = described.get(info.name, _reader({}))
        try:  # the sender chose the name: ``..`` or blanks fall back to the part name
            name = case_files.clean_name(_optional(item, "name", 1000) or info.name)
        except BadInput:
            name = info.name
        received = packet.received(info.name)
        operator = f"{_optional(item, 'operator') or '-'} ({sender})"
        if isinstance(received, bytes):
            case_files.insert_attachment(
                conn, vault, new_id(), case_id, name, received, info.media_type,
                operator=operator, source=SOURCE,
                sha256=info.sha256,  # checked against the signed manifest already
            )
        elif isinstance(received, attachment_files.Spool):  # sealed as it was decrypted
            case_files.adopt_received(conn, vault, new_id(), case_id, name, received,
                                      info.media_type, operator=operator, source=SOURCE)
        else:
            raise TypeError(f"a part kept as {type(received).__name__}")


def _file_summary(
    conn: Any, vault: Vault, packet: VerifiedPacket, case_id: str, protocol: str
) -> None:
    """Keep the sender's signed summary.pdf with the new case, as a document of its own (not
    the whole packet): the receiving operator reads, prints and files it from the app."""
    if SUMMARY_PART not in packet.parts:
        return  # the summary is the sender's courtesy: a referral is whole without it
    data = packet.part(SUMMARY_PART)
    if not data.startswith(b"%PDF-"):
        raise BadInput("packet.bad_referral", reason=Text("document.part_not_pdf",
                                                          {"part": SUMMARY_PART}))
    name = translate("packet.summary_name", protocol=protocol.replace("/", "-"))
    case_files.insert_attachment(conn, vault, new_id(), case_id, name, data, "application/pdf",
                                 operator=packet.sender.name, source=SUMMARY_SOURCE)


def received_summary(vault: Vault, reference: str, sender_office_id: str | None = None
                     ) -> Attachment:
    """The summary kept with a received referral, by its protocol number (``2026/000012``),
    its packet id (with ``sender_office_id`` if two senders used it) or the case it was filed
    as (id or reference)."""
    entry = register.find_received(vault, reference.strip(), KIND, sender_office_id)
    try:
        case_id = cases.resolve_case_id(vault, entry.case_id or "" if entry else reference)
    except NotFound:  # erased with its case, or never received here
        raise NotFound("packet.summary_not_found", reference=reference) from None
    found = [a for a in case_files.list_attachments(vault, case_id)
             if a.source == SUMMARY_SOURCE]
    if not found:
        raise NotFound("packet.summary_not_found", reference=reference)
    return found[-1]


def referral_store(vault: Vault) -> Store:
    """The ``store`` callback of :func:`receive_packet` filing a referral as a linked case."""
    def store(conn: Any, packet: VerifiedPacket, protocol: str) -> str:
        return _file_referral(conn, vault, packet, protocol)

    return store


def import_referral(vault: Vault, source: PacketSource, *,
                    now: datetime | None = None) -> ReceivedPacket:
    """Verify a referral packet (its bytes or its file) and file it as a new linked case, all
    in one transaction."""
    return receive_packet(vault, source, (KIND,), referral_store(vault), now=now)
