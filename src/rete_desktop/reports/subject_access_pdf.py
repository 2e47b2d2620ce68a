"""The data-subject access export (GDPR art. 15) as a readable PDF."""

from __future__ import annotations

from enum import StrEnum

from reportlab.platypus import Flowable, Spacer

from rete_desktop.i18n import current_language, translate
from rete_desktop.messages import vocabulary
from rete_desktop.reports.pdfdoc import build_pdf, field_table, para
from rete_desktop.storage.subject_access import SubjectAccess


def subject_access_pdf(access: SubjectAccess, lang: str | None = None) -> bytes:
    def t(message_id: str, **params: object) -> str:
        return translate(message_id, lang, **params)

    shown_lang = lang or current_language()

    def word(value: StrEnum | None) -> str:
        """A vocabulary value in the reader's language (the JSON keeps the stored one)."""
        if value is None:
            return "-"
        return vocabulary.label(type(value).__name__, value.value, shown_lang)

    def optional(value: object) -> str:
        return "-" if value in (None, "") else str(value)

    person, case, consent = access.person, access.case, access.case.consent
    story: list[Flowable] = [
        para(t("access.title"), "Title"),
        para(t("access.intro", office=access.controller.name, date=access.generated[:10])),
        para(t("access.person"), "Heading2"),
        field_table([
            (t("access.field.name"), person.name),
            (t("access.field.role"), word(person.role)),
            (t("access.field.birth_year"), optional(person.birth_year)),
            (t("access.field.phone"), optional(person.phone)),
            (t("access.field.address"), optional(person.address)),
            (t("access.field.codice_fiscale"), optional(person.codice_fiscale)),
            (t("access.field.exposure"), word(person.exposure)),
        ]),
        para(t("access.case"), "Heading2"),
        field_table([
            (t("access.field.reference"), case.reference),
            (t("access.field.title"), case.title),
            (t("access.field.status"), word(case.status)),
            (t("access.field.risk"), word(case.risk)),
            (t("access.field.opened_on"), case.opened_on.isoformat()),
            (t("access.field.closed_on"), optional(case.closed_on)),
        ]),
        para(t("access.others", roles=", ".join(
            vocabulary.label("PersonRole", role, shown_lang) for role in access.other_person_roles)
                or t("access.empty"))),
        para(t("access.consent"), "Heading2"),
        field_table([
            (t("access.field.share_with"),
             ", ".join(word(k) for k in consent.share_with) or t("access.empty")),
            (t("access.field.include_notes"),
             t("access.yes") if consent.include_notes else t("access.no")),
            (t("access.field.recorded_on"), optional(consent.recorded_on)),
            (t("access.field.legal_basis"), optional(consent.legal_basis)),
        ]),
        para(t("access.retention", years=access.retention_years)
             if access.retention_years is not None else t("access.retention_none")),
        para(t("access.notes"), "Heading2"),
    ]
    for note in access.notes:
        heading = f"{note.created:%Y-%m-%d %H:%M} · {word(note.category)} · {note.author or ''}"
        if note.amends:
            heading += " · " + t("access.amends", id=note.amends)
        story += [para(heading, "Heading6"), para(note.text), Spacer(1, 4)]
    if not access.notes:
        story.append(para(t("access.empty")))
    story.append(para(t("access.tasks"), "Heading2"))
    story += [
        para(f"{optional(task.due)} · {word(task.status)} · {task.title}")
        for task in access.tasks
    ] or [para(t("access.empty"))]
    story.append(para(t("access.attachments"), "Heading2"))
    story += [
        para(f"{item.added:%Y-%m-%d} · {item.name} · {item.media_type} · {item.size} B")
        for item in access.attachments
    ] or [para(t("access.empty"))]
    story.append(para(t("access.log"), "Heading2"))
    story += [
        para(f"{entry.at:%Y-%m-%d %H:%M} · {entry.actor} · {entry.action}", "Code")
        for entry in access.access_log
    ]
    return build_pdf(t("access.title"), story)
