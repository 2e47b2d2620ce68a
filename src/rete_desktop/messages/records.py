"""Messages of the record commands (cases, persons, notes, protocols, tasks, contacts)."""

MESSAGES: dict[str, dict[str, str]] = {
    "records.risk_set": {
        "it": "Caso {ref}: rischio {risk}.",
        "en": "Case {ref}: risk {risk}.",
    },
    "records.status_set": {
        "it": "Caso {ref}: stato {status}.",
        "en": "Case {ref}: status {status}.",
    },
    "records.task_done": {
        "it": "Attività {id} segnata come fatta.",
        "en": "Task {id} marked done.",
    },
    "records.overdue": {
        "it": "SCADUTA",
        "en": "overdue",
    },
    "records.no_contacts": {
        "it": "Nessun contatto.",
        "en": "No contacts.",
    },
    "records.no_offices": {
        "it": "Nessun ufficio.",
        "en": "No offices.",
    },
    "records.no_cases": {
        "it": "Nessun caso.",
        "en": "No cases.",
    },
    "records.no_protocols": {
        "it": "Nessun protocollo importato (rete protocol import FILE).",
        "en": "No protocols imported (rete protocol import FILE).",
    },
    "records.no_tasks": {
        "it": "Nessuna attività.",
        "en": "No tasks.",
    },
    "records.consent": {
        "it": "Consenso ({date}): condivisione con {offices}; note {notes}; dati dei minori "
        "{children}.",
        "en": "Consent ({date}): sharing with {offices}; notes {notes}; children's data "
        "{children}.",
    },
    "records.consent_none": {
        "it": "Consenso: non registrato, il caso non si può inviare ad altri uffici "
        "(rete case consent).",
        "en": "Consent: not recorded, the case cannot be sent to other offices "
        "(rete case consent).",
    },
    "records.consent_legal_basis": {
        "it": "Da rivedere: base giuridica scritta a mano in una versione precedente "
        "(«{basis}»); registrala con rete case basis e registra di nuovo il consenso.",
        "en": "To review: legal basis typed as free text in an earlier version (“{basis}”); "
        "record it with rete case basis and record the consent again.",
    },
    "records.no_hits": {
        "it": "Nessun risultato.",
        "en": "No results.",
    },
}
