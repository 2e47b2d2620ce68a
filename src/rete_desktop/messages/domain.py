"""Messages about validating records (cases, persons, contacts, notes, protocols)."""

MESSAGES: dict[str, dict[str, str]] = {
    "value.required": {
        "it": "Il campo «{field}» è obbligatorio.",
        "en": "The field “{field}” is required.",
    },
    "value.too_long": {
        "it": "Il campo «{field}» è troppo lungo (massimo {max} caratteri).",
        "en": "The field “{field}” is too long (at most {max} characters).",
    },
    "value.invalid_choice": {
        "it": "Valore non valido per «{field}»: {value}. Valori ammessi: {allowed}.",
        "en": "Invalid value for “{field}”: {value}. Allowed: {allowed}.",
    },
    "value.invalid_phone": {
        "it": "Numero di telefono non valido: {value}.",
        "en": "Invalid phone number: {value}.",
    },
    "value.invalid_email": {
        "it": "Indirizzo e-mail non valido: {value}.",
        "en": "Invalid e-mail address: {value}.",
    },
    "value.invalid_codice_fiscale": {
        "it": "Codice fiscale non valido: {value}.",
        "en": "Invalid codice fiscale (tax code): {value}.",
    },
    "value.invalid_year": {
        "it": "Anno non valido: {value}.",
        "en": "Invalid year: {value}.",
    },
    "value.invalid_date": {
        "it": "Data non valida: {value} (formato AAAA-MM-GG).",
        "en": "Invalid date: {value} (format YYYY-MM-DD).",
    },
    "case.not_found": {
        "it": "Caso {id} non trovato.",
        "en": "Case {id} not found.",
    },
    "case.closed": {
        "it": "Il caso {id} è chiuso: riaprilo prima di modificarlo.",
        "en": "Case {id} is closed: reopen it before changing it.",
    },
    "contact.not_found": {
        "it": "Contatto {id} non trovato.",
        "en": "Contact {id} not found.",
    },
    "office.not_found": {
        "it": "Ufficio {id} non trovato.",
        "en": "Office {id} not found.",
    },
    "person.not_found": {
        "it": "Persona {id} non trovata.",
        "en": "Person {id} not found.",
    },
    "note.not_found": {
        "it": "Nota {id} non trovata.",
        "en": "Note {id} not found.",
    },
    "note.empty": {
        "it": "La nota è vuota.",
        "en": "The note is empty.",
    },
    "note.unchanged": {
        "it": "La rettifica è identica alla nota originale: scrivi il testo corretto.",
        "en": "The amendment is identical to the original note: write the corrected text.",
    },
    "note.append_only": {
        "it": "Le note non si modificano né si cancellano: aggiungi una rettifica.",
        "en": "Notes are never edited or deleted: add an amendment instead.",
    },
    "task.not_found": {
        "it": "Attività {id} non trovata.",
        "en": "Task {id} not found.",
    },
    "protocol.not_found": {
        "it": "Protocollo {id} non trovato.",
        "en": "Protocol {id} not found.",
    },
    "protocol.invalid": {
        "it": "File di protocollo non valido: {reason}.",
        "en": "Invalid protocol file: {reason}.",
    },
    "protocol.version_exists": {
        "it": "Il protocollo «{key}» versione {version} è già presente.",
        "en": "Protocol “{key}” version {version} is already present.",
    },
    "protocol.already_applied": {
        "it": "Il protocollo «{key}» è già applicato a questo caso e ha attività aperte: "
        "completale prima di applicarlo di nuovo.",
        "en": "Protocol “{key}” is already applied to this case and has open tasks: "
        "finish them before applying it again.",
    },
    "file.unreadable": {
        "it": "Impossibile leggere il file {path}: {reason}.",
        "en": "Cannot read the file {path}: {reason}.",
    },
    "file.too_large": {
        "it": "Il file {path} è troppo grande (massimo {max} byte).",
        "en": "The file {path} is too large (at most {max} bytes).",
    },
}
