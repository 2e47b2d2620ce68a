"""The data-subject access export (GDPR art. 15) as a readable PDF.

It shows exactly what :class:`SubjectAccess` holds: a section withheld for the person's role is
``None`` there and left out here, replaced by the statement of what is withheld and why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from reportlab.platypus import Flowable, Spacer

from rete_desktop.domain.dates import day, moment
from rete_desktop.i18n import translate
from rete_desktop.messages import vocabulary
from rete_desktop.reports.pdfdoc import build_pdf, field_table, para
from rete_desktop.storage.audit import action_words
from rete_desktop.storage.subject_access import SubjectAccess


def subject_access_pdf(access: SubjectAccess, lang: str | None = None) -> bytes:
    shown_lang = lang or access.language

    def t(message_id: str, **params: object) -> str:
        return translate(message_id, shown_lang, **params)

    def word(value: StrEnum | None) -> str:
        """A vocabulary value as documents name it, in the reader's language (the JSON keeps
        the stored one): «alleged offender», never «offender»."""
        if value is None:
            return "-"
        return vocabulary.formal(type(value).__name__, value.value, shown_lang, capital=False)

    def optional(value: object) -> str:
        if isinstance(value, date):
            return day(value)
        return "-" if value in (None, "") else str(value)

    def heading(message_id: str) -> Flowable:
        return para(t(message_id), "Heading2")

    person, info = access.person, access.information
    story: list[Flowable] = [
        para(t("access.title"), "Title"),
        para(t("access.intro", office=access.controller.name, date=day(access.generated[:10]))),
        heading("access.person"),
        field_table([
            (t("access.field.name"), person.name),
            (t("access.field.role"), word(person.role)),
            (t("access.field.birth_year"), optional(person.birth_year)),
            (t("access.field.phone"), optional(person.phone)),
            (t("access.field.address"), optional(person.address)),
            (t("access.field.codice_fiscale"), optional(person.codice_fiscale)),
            (t("access.field.exposure"), word(person.exposure)),
            (t("access.field.case_reference"), access.case_reference),
        ]),
    ]
    if "withheld" in info:
        story += [heading("access.h.withheld"), para(info["withheld"])]
    if "released" in info:
        story.append(para(info["released"]))
    if access.case is not None:
        case = access.case
        story += [heading("access.case"), field_table([
            (t("access.field.title"), case.title),
            (t("access.field.status"), word(case.status)),
            (t("access.field.risk"), word(case.risk)),
            (t("access.field.opened_on"), day(case.opened_on)),
            (t("access.field.closed_on"), optional(case.closed_on)),
        ])]
    if access.other_person_roles is not None:
        story.append(para(t("access.others", roles=", ".join(
            vocabulary.formal("PersonRole", role, shown_lang, capital=False)
            for role in access.other_person_roles) or t("access.empty"))))
    story += [heading("access.h.information"), para(t("access.h.categories"), "Heading4"),
              para("; ".join(access.categories) + ".")]
    for key, title in (("purposes", "access.h.purposes"), ("legal_bases", "access.h.legal_bases"),
                       ("source", "access.h.source")):
        if key in info:
            story += [para(t(title), "Heading4"), para(info[key])]
    if access.recipients is not None:
        story.append(para(t("access.h.recipients"), "Heading4"))
        story += [para(t("access.recipient", date=r.sent_on, protocol=r.protocol,
                         kind=t(f"access.recipient.{r.kind}"), offices=", ".join(r.offices)))
                  for r in access.recipients] or [para(t("access.no_recipients"))]
    story += [para(info["retention"]), para(t("access.h.rights"), "Heading4"),
              para(info["rights"])]
    if "rights_restricted" in info:
        story.append(para(info["rights_restricted"]))
    story.append(para(info["automated"]))
    story += _case_file(access, t, word, optional, shown_lang)
    return build_pdf(t("access.title"), story)


def _case_file(access: SubjectAccess, t: Callable[..., str],
               word: Callable[[StrEnum | None], str],
               optional: Callable[[object], str], lang: str) -> list[Flowable]:
    """Consent, notes, tasks, attachments and access log, each only if the scope holds it."""
    story: list[Flowable] = []
    if access.record is not None:
        story += [para(t("access.record"), "Heading2"),
                  field_table(list(access.record)) if access.record
                  else para(t("access.empty"))]
    if access.sharing is not None:
        story += [para(t("access.sharing"), "Heading2"),
                  field_table(list(access.sharing)) if access.sharing
                  else para(t("access.empty"))]
    if access.consent is not None:
        consent = access.consent
        story += [para(t("access.consent"), "Heading2"), field_table([
            (t("access.field.share_with"),
             ", ".join(word(k) for k in consent.share_with) or t("access.empty")),
            (t("access.field.include_notes"),
             t("access.yes") if consent.include_notes else t("access.no")),
            (t("access.field.recorded_on"), optional(consent.recorded_on)),
            (t("access.field.legal_basis"), optional(consent.legal_basis)),
        ])]
    if access.notes is not None:
        story.append(para(t("access.notes"), "Heading2"))
        for note in access.notes:
            line = f"{moment(note.created)} · {word(note.category)} · {note.author or ''}"
            if note.amends:
                line += " · " + t("access.amends", id=note.amends)
            story += [para(line, "Heading6"), para(note.text), Spacer(1, 4)]
        if not access.notes:
            story.append(para(t("access.empty")))
    if access.tasks is not None:
        story.append(para(t("access.tasks"), "Heading2"))
        story += [para(f"{optional(task.due)} · {word(task.status)} · {task.title}")
                  for task in access.tasks] or [para(t("access.empty"))]
    if access.attachments is not None:
        story.append(para(t("access.attachments"), "Heading2"))
        story += [para(f"{day(item.added)} · {item.name} · {item.media_type} · {item.size} B")
                  for item in access.attachments] or [para(t("access.no_attachments"))]
    if access.access_log is not None:
        story.append(para(t("access.log"), "Heading2"))
        story += [para(f"{moment(entry.at)} · {entry.actor} · {action_words(entry, lang)}")
                  for entry in access.access_log]
    return story
