"""A document handed to the woman of a case: the leaflet, the wallet card or the art. 90-bis
c.p.p. sheet, in her language.

The hand-over is what the law and the Codice Rosso protocol ask to be able to show ("informed
of her rights at the first contact, in a language she understands"), so it is recorded in the
case, not only printed from the handbook: an append-only note in the network's Italian saying
which document, in which language and on which day (notes already travel with the case record,
its access export and its erasure), one audit entry with the codes, and — for the rights sheet —
the case's open "informazioni-90bis" step ticked in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rete_desktop import events, i18n
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.vocabulary import NoteCategory
from rete_desktop.errors import BadInput
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.notes import insert_note
from rete_desktop.storage.vault import Vault, new_id, now_utc

DOCUMENTS = ("leaflet", "card", "info-sheet")
RIGHTS_SHEET = "info-sheet"
RIGHTS_STEP = "informazioni-90bis"  # the Codice Rosso step the sheet's hand-over closes
LEAFLET_DOMAIN = "leaflet"


@dataclass(frozen=True)
class Handout:
    note_id: str
    step_done: str | None  # the task id of the step ticked, if any


def language_word(lang: str, ui_lang: str) -> str:
    """The name of a leaflet language in the operator's language ("arabo", "Arabic")."""
    return i18n.translate(f"handout.lang.{lang}", ui_lang)


def open_rights_step(vault: Vault, case_id: str) -> str | None:
    """The case's open "informazioni-90bis" task (Codice Rosso applied, sheet not yet given)."""
    row = vault.query_one(
        "SELECT id FROM tasks WHERE case_id = ? AND step_key = ? AND status = 'open' "
        "ORDER BY created LIMIT 1", (resolve_case_id(vault, case_id), RIGHTS_STEP))
    return str(row[0]) if row else None


def record_handout(vault: Vault, case_id: str, document: str, lang: str,
                   given_on: date | None = None, *, tick_step: bool = True) -> Handout:
    """Record that ``document`` in ``lang`` was handed to her on ``given_on`` (today).

    Refused (nothing written) for an unknown document or a language the documents do not
    ship, or a date in the future. With ``tick_step`` the rights sheet also closes the case's
    open "informazioni-90bis" step.
    """
    if document not in DOCUMENTS:
        raise BadInput("handout.bad_document", value=document, choices=", ".join(DOCUMENTS))
    if lang not in i18n.languages(LEAFLET_DOMAIN):
        raise BadInput("handout.bad_language", value=lang,
                       choices=", ".join(i18n.languages(LEAFLET_DOMAIN)))
    day = given_on or date.today()
    if day > date.today():
        raise BadInput("handout.future", date=day.strftime("%d/%m/%Y"))
    net = i18n.NETWORK_LANGUAGE
    text = i18n.translate("handout.note", net, document=i18n.translate(
        f"handout.document.{document}", net), language=language_word(lang, net),
        date=day.strftime("%d/%m/%Y"))
    note_id = new_id()
    with vault.transaction() as conn:
        real_id = resolve_case_id(vault, case_id)
        step = open_rights_step(vault, real_id) if tick_step and document == RIGHTS_SHEET \
            else None
        insert_note(conn, note_id, real_id, now_utc(), NoteCategory.OTHER, text, vault.operator,
                    None)
        # her language stays in the case (erased with it), out of the longer-lived log
        vault.audit(AuditAction.CASE_HANDOUT, "case", real_id,
                    {"note": note_id, "document": document})
        if step is not None:
            conn.execute("UPDATE tasks SET status = 'done', done_on = ? WHERE id = ?",
                         (day.isoformat(), step))
            vault.audit(AuditAction.TASK_DONE, "task", step)
            vault.announce(events.CaseChanged(real_id, "tasks"))
        vault.announce(events.NoteAdded(real_id, note_id))
    return Handout(note_id, step)
