"""Messages of the laboratorio distrettuale and the statistics."""

MESSAGES: dict[str, dict[str, str]] = {
    "lab.identifying_data": {
        "it": "Invio rifiutato: la scheda contiene ancora dati identificativi ({what}). "
        "Togli nomi, telefoni, indirizzi, codici fiscali e date dalla richiesta.",
        "en": "Sending refused: the item still contains identifying data ({what}). "
        "Remove names, phones, addresses, tax codes and dates from the request.",
    },
    "lab.bad_document": {
        "it": "Documento del laboratorio non valido ({what}): campo «{field}».",
        "en": "Invalid laboratorio document ({what}): field “{field}”.",
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
        "it": "Dalla richiesta sono stati tolti {count} dati identificativi.",
        "en": "{count} identifying values were removed from the request.",
    },
    "lab.written": {
        "it": "Scritto {path}.",
        "en": "Wrote {path}.",
    },
    "stats.internal_only": {
        "it": "Conteggi esatti, solo per uso interno: non diffondere.",
        "en": "Exact counts, internal use only: do not share.",
    },
}
