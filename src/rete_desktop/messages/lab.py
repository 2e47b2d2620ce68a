"""Messages of the laboratorio distrettuale and the statistics."""

MESSAGES: dict[str, dict[str, str]] = {
    "lab.identifying_data": {
        "it": "Invio rifiutato: la scheda contiene ancora dati identificativi ({what}). "
        "Togli nomi, telefoni, indirizzi, codici fiscali e date dalla richiesta.",
        "en": "Sending refused: the item still contains identifying data ({what}). "
        "Remove names, phones, addresses, tax codes and dates from the request.",
    },
    "lab.bad_representative": {
        "it": "Rappresentanti non validi: {value} (scrivi UFFICIO=Nome Cognome, ...).",
        "en": "Invalid representatives: {value} (write OFFICE_ID=Name Surname, ...).",
    },
    "lab.details_recorded": {
        "it": "Dettagli della riunione registrati.",
        "en": "Meeting details recorded.",
    },
    "lab.bad_time": {
        "it": "Ora non valida: {value} (scrivi ad esempio 15:30).",
        "en": "Invalid time: {value} (write e.g. 15:30).",
    },
    "lab.bad_document": {
        "it": "Documento del laboratorio non valido ({what}): {reason}.",
        "en": "Invalid laboratorio document ({what}): {reason}.",
    },
    "lab.meeting_not_found": {
        "it": "Nessuna riunione del laboratorio con id {id}.",
        "en": "No laboratorio meeting with id {id}.",
    },
    "lab.item_not_found": {
        "it": "Nessun caso in ordine del giorno con id {id} in questa riunione.",
        "en": "No agenda item with id {id} in this meeting.",
    },
    "lab.action_not_found": {
        "it": "Nessuna azione del laboratorio con id {id}.",
        "en": "No laboratorio action with id {id}.",
    },
    "lab.not_chair": {
        "it": "Questo ufficio non presiede la riunione {id}: solo chi la presiede può modificarla.",
        "en": "This office does not chair meeting {id}: only the chair can change it.",
    },
    "lab.not_my_action": {
        "it": "L'azione {id} è assegnata a un altro ufficio.",
        "en": "Action {id} is assigned to another office.",
    },
    "lab.not_from_chair": {
        "it": "Rifiutato: il documento non viene da chi presiede la riunione.",
        "en": "Refused: the document does not come from the meeting's chair.",
    },
    "lab.not_action_owner": {
        "it": "Rifiutato: l'aggiornamento non viene dall'ufficio a cui l'azione è assegnata.",
        "en": "Refused: the update does not come from the office the action is assigned to.",
    },
    "lab.wrong_kind": {
        "it": "Questo pacchetto ({kind}) non è un documento del laboratorio.",
        "en": "This packet ({kind}) is not a laboratorio document.",
    },
    "lab.redacted": {
        "it": "Dalla richiesta {count:è stato tolto|sono stati tolti} {count} "
        "{count:dato identificativo|dati identificativi}.",
        "en": "{count} identifying {count:value was|values were} removed from the request.",
    },
    "lab.names_removed": {
        "it": "Attenzione: {count:tolto|tolti} dal testo {count} "
        "{count:dato identificativo|dati identificativi} (nomi di persone dei "
        "casi di questo ufficio, telefoni, indirizzi, date): {values}. Nel verbale compare "
        "[omesso].",
        "en": "Warning: {count} identifying {count:value was|values were} removed from the text "
        "(names of "
        "persons in this office's cases, phones, addresses, dates): {values}. The minutes "
        "show [omesso].",
    },
    "lab.written": {
        "it": "Scritto {path}.",
        "en": "Wrote {path}.",
    },
    "lab.imported_item": {
        "it": "Ricevuto da {sender} il caso {about} per il laboratorio. È tra i casi in attesa "
        "(rete lab items) ed entrerà nel prossimo ordine del giorno (rete lab agenda).",
        "en": "Received from {sender}: case {about} for the laboratorio. It is among the "
        "waiting cases (rete lab items) and will go on the next agenda (rete lab agenda).",
    },
    "lab.imported_agenda": {
        "en": "Received from {sender}: the agenda of the meeting of {about} "
        "({count} {count:case|cases}). "
        "To read it: rete lab show {id}.",
    },
    "lab.imported_minutes": {
        "it": "Ricevuto da {sender} il verbale della riunione del {about}: azioni assegnate a "
        "questo ufficio: {count}. Per vederle: rete lab action list --mine --open; quando "
        "un'azione è fatta: rete lab action-done ID --out FILE.",
        "en": "Received from {sender}: the minutes of the meeting of {about}; actions "
        "assigned to this office: {count}. To see them: rete lab action list --mine --open; "
        "when one is done: rete lab action-done ID --out FILE.",
    },
    "lab.imported_minutes_none": {
        "it": "Ricevuto da {sender} il verbale della riunione del {about}: nessuna azione per "
        "questo ufficio. Per leggerlo: rete lab show {id}.",
        "en": "Received from {sender}: the minutes of the meeting of {about}; no actions for "
        "this office. To read them: rete lab show {id}.",
    },
    "lab.imported_update": {
        "it": "{sender} comunica di aver svolto l'azione «{about}» ({id}). Stato delle azioni "
        "della riunione: rete lab action list --meeting {meeting}.",
        "en": "{sender} reports the action “{about}” ({id}) done. The meeting's actions: "
        "rete lab action list --meeting {meeting}.",
    },
    "lab.imported_update_again": {
        "it": "{sender} ha inviato di nuovo l'aggiornamento sull'azione «{about}» ({id}): era "
        "già registrata come svolta il {date}. Nulla è cambiato.",
        "en": "{sender} sent the update on the action “{about}” ({id}) again: it was already "
        "recorded as done on {date}. Nothing changed.",
    },
    "lab.action_already_done": {
        "it": "L'azione {id} è già stata segnata come svolta il {date} e l'aggiornamento per "
        "chi presiede è stato creato allora: non se ne crea un secondo.",
        "en": "Action {id} was already reported done on {date} and the update for the chair "
        "was made then: a second one is not made.",
    },
    "lab.owner_revoked": {
        "it": "L'ufficio {name} ({id}) è stato revocato dall'elenco della rete il {date}: non "
        "può ricevere il verbale né essere incaricato di un'azione. Scegli un altro ufficio.",
        "en": "The office {name} ({id}) was revoked from the network directory on {date}: it "
        "cannot receive the minutes or own an action. Choose another office.",
    },
    "lab.present_recorded": {
        "it": "Presenze registrate per la riunione del {date}. Uffici presenti: {count} "
        "({names}); gli altri convocati risultano assenti.",
        "en": "Attendance recorded for the meeting of {date}. Offices present: {count} "
        "({names}); the other offices invited are marked absent.",
    },
    "lab.no_pending_items": {
        "it": "Nessun caso in attesa dell'ordine del giorno (arrivano con rete lab import).",
        "en": "No cases waiting for the agenda (they arrive with rete lab import).",
    },
    "stats.internal_only": {
        "it": "Conteggi esatti, solo per uso interno: non diffondere.",
        "en": "Exact counts, internal use only: do not share.",
    },
}


def _doc(key: str, it: str, en: str) -> tuple[str, dict[str, str]]:
    return f"lab_pdf.{key}", {"it": it, "en": en}


# Labels of a pseudonymised item, as the documents and ``rete lab item --show`` print them.
MESSAGES.update(dict([
    _doc("case_code", "Codice caso", "Case code"),
    _doc("office", "Ufficio proponente", "Proposing office"),
    _doc("status", "Stato del caso", "Case status"),
    _doc("risk", "Livello di rischio", "Risk level"),
    _doc("persons", "Persone", "Persons"),
    _doc("children", "Minori coinvolti", "Children involved"),
    _doc("children_count", "{count} ({witnessed} violenza assistita, {direct} violenza diretta)",
         "{count} ({witnessed} witnessed violence, {direct} direct violence)"),
    _doc("request", "Richiesta alla rete", "Request to the network"),
    _doc("age", "{years} {years:anno|anni}", "{years} {years:year|years} old"),
    _doc("age_unknown", "età non nota", "age unknown"),
    _doc("exposure.none", "coinvolgimento non noto", "involvement unknown"),
]))

# Headings and labels of the agenda and minutes (and of an item as proposed).
MESSAGES.update(dict([
    _doc("header", "{network} — Laboratorio distrettuale antiviolenza — {document} del {date}",
         "{network} — District anti-violence laboratorio — {document} of {date}"),
    _doc("subtitle", "Laboratorio distrettuale antiviolenza — {document}",
         "District anti-violence laboratorio — {document}"),
    _doc("doc.agenda", "Ordine del giorno", "Agenda"),
    _doc("doc.minutes", "Verbale", "Minutes"),
    _doc("doc.item", "proposta di caso per l'ordine del giorno",
         "case proposed for the agenda"),
    _doc("doc.item_short", "Proposta", "Proposal"),
    _doc("date", "Data della riunione", "Date of the meeting"),
    _doc("time", "Ora", "Time"),
    _doc("place", "Luogo", "Place"),
    _doc("chair", "Presiede", "Chair"),
    _doc("secretary", "Verbalizzante", "Minutes taken by"),
    _doc("sent_by", "Inviata da", "Sent by"),
    _doc("pseudonymised",
         "Documento pseudonimizzato: i casi sono indicati solo con il codice caso. Non riportare "
         "nomi o altri dati identificativi.",
         "Pseudonymised document: cases are named by their case code only. Do not add names "
         "or other identifying data."),
    _doc("convened", "Uffici convocati", "Offices invited"),
    _doc("attendance", "Uffici e rappresentanti presenti", "Offices and representatives present"),
    _doc("col.office", "Ufficio", "Office"),
    _doc("col.kind", "Tipo", "Kind"),
    _doc("col.representatives", "Rappresentanti", "Representatives"),
    _doc("col.attendance", "Presenza", "Attendance"),
    _doc("present", "presente", "present"),
    _doc("absent", "assente", "absent"),
    _doc("section.urgent", "Urgenze", "Urgencies"),
    _doc("no_urgent", "Nessuna urgenza.", "No urgencies."),
    _doc("section.complex", "Casi complessi", "Complex cases"),
    _doc("no_items", "Nessun caso proposto.", "No case proposed."),
    _doc("item_title", "{position}. Caso {code}", "{position}. Case {code}"),
    _doc("section.prevention", "Azioni di prevenzione", "Prevention actions"),
    _doc("no_prevention", "Nessuna azione di prevenzione in programma.",
         "No prevention action scheduled."),
    _doc("decisions", "Decisioni", "Decisions"),
    _doc("actions", "Azioni", "Actions"),
    _doc("col.action", "Azione", "Action"),
    _doc("col.owner", "Ufficio incaricato", "Office in charge"),
    _doc("col.due", "Entro il", "Due"),
    _doc("date_line", "Data: {date}", "Date: {date}"),
    _doc("sign.chair", "Il/la presidente", "The chair"),
    _doc("sign.secretary", "Il/la verbalizzante", "Minutes taken by"),
]))

# ``rete lab show``: an agenda or minutes as text.
MESSAGES.update({
    "lab.show.title": {
        "it": "{network} — laboratorio distrettuale, riunione del {date} ({stage})",
        "en": "{network} — district laboratorio, meeting of {date} ({stage})",
    },
    "lab.show.chair": {"it": "Presiede: {name}", "en": "Chair: {name}"},
    "lab.show.offices": {"it": "Uffici convocati: {names}", "en": "Offices invited: {names}"},
    "lab.show.present": {"it": "Presenti: {names}", "en": "Present: {names}"},
    "lab.show.absent": {"it": "Assenti: {names}", "en": "Absent: {names}"},
    "lab.show.items": {"it": "Casi in discussione:", "en": "Cases discussed:"},
    "lab.show.no_items": {"it": "nessun caso proposto", "en": "no case proposed"},
    "lab.show.item": {
        "it": "{position}. Caso {code} — proposto da {sender}",
        "en": "{position}. Case {code} — proposed by {sender}",
    },
    "lab.show.decisions": {"it": "Decisioni:", "en": "Decisions:"},
    "lab.show.actions": {"it": "Azioni:", "en": "Actions:"},
    "lab.show.action": {
        "it": "{indent}- {title} — ufficio incaricato: {owner} — {due} — {status}",
        "en": "{indent}- {title} — owner: {owner} — {due} — {status}",
    },
    "lab.show.due": {"it": "entro il {date}", "en": "due {date}"},
    "lab.show.no_due": {"it": "senza scadenza", "en": "no due date"},
    "lab.show.done_on": {"it": "fatta il {date}", "en": "done on {date}"},
    "lab.show.general": {
        "it": "Decisioni e azioni generali:",
        "en": "General decisions and actions:",
    },
})

# Issue 12: age bands, children withheld, the review before sending, the basis, shared codes.
MESSAGES.update(dict([
    _doc("age_band", "{band} anni", "aged {band}"),
    _doc("children_withheld", "dati non condivisi (consenso)", "not shared (consent)"),
    _doc("shared_codes", "Codice condiviso con altri uffici",
         "Code shared with other offices"),
]))
MESSAGES.update({
    "lab.review_needed": {
        "it": "Invio sospeso: la richiesta nomina luoghi o persone da cui la famiglia si può "
        "riconoscere: {flags}. Rileggila e togli ciò che non serve; per inviarla così come è, "
        "conferma di averla rivista (--confirm-reviewed).",
        "en": "Sending held back: the request names places or people that can identify the "
        "family: {flags}. Read it again and remove what is not needed; to send it as it is, "
        "confirm you reviewed it (--confirm-reviewed).",
    },
    "lab.flags": {
        "it": "Da rivedere prima dell'invio (possono far riconoscere la famiglia): {flags}",
        "en": "To review before sending (they can identify the family): {flags}",
    },
    "lab.same_case": {
        "it": "stesso caso di {codes} (codice condiviso tramite segnalazione o collegamento "
        "della presidenza)",
        "en": "same case as {codes} (code shared through a referral, or linked by the chair)",
    },
    "lab.linked": {
        "it": "Schede {a} e {b} collegate come stesso caso (rete lab unlink per toglierlo).",
        "en": "Items {a} and {b} linked as the same case (rete lab unlink to undo it).",
    },
    "lab.unlinked": {
        "it": "Collegamento tra le schede {a} e {b} tolto.",
        "en": "Link between items {a} and {b} removed.",
    },
    "lab.link_same_item": {
        "it": "Servono due schede diverse da collegare.",
        "en": "Two different items are needed for a link.",
    },
    "lab.link_same_office": {
        "it": "Le due schede vengono dallo stesso ufficio: si collegano solo schede di uffici "
        "diversi.",
        "en": "Both items come from the same office: only items of different offices are "
        "linked.",
    },
    "lab.link_item_not_found": {
        "it": "Nessuna scheda ricevuta con id {id} (vedi rete lab items).",
        "en": "No received item with id {id} (see rete lab items).",
    },
    "lab.already_linked": {
        "it": "Le schede {a} e {b} sono già collegate.",
        "en": "Items {a} and {b} are already linked.",
    },
    "lab.not_linked": {
        "it": "Le schede {a} e {b} non sono collegate.",
        "en": "Items {a} and {b} are not linked.",
    },
    "help.lab.link": {
        "it": "collega due schede di uffici diversi come stesso caso (per id, con un motivo; "
        "mai per nome o codice fiscale)",
        "en": "link two items of different offices as the same case (by id, with a reason; "
        "never by name or codice fiscale)",
    },
    "help.lab.link.reason": {
        "it": "perché sono lo stesso caso (resta nel registro di audit: niente nomi, telefoni, "
        "e-mail, codici fiscali o indirizzi)",
        "en": "why they are the same case (kept in the audit log: no names, phones, e-mails, "
        "codici fiscali or addresses)",
    },
    "help.lab.unlink": {
        "it": "toglie il collegamento tra due schede fatto con rete lab link",
        "en": "remove a link between two items made with rete lab link",
    },
    "help.lab.item.confirm_reviewed": {
        "it": "conferma di aver riletto i passaggi segnalati (luoghi, scuole, lavoro, nomi)",
        "en": "confirm you reviewed the flagged passages (places, schools, work, names)",
    },
})
