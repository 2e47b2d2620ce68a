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
    "records.no_hits": {
        "it": "Nessun risultato.",
        "en": "No results.",
    },
}
