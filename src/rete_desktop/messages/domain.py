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
    # One reader for the fields of incoming documents (domain/document_fields.py): the
    # ``reason`` of a format's refusal, naming the field as the file spells it.
    "document.missing": {
        "it": "manca il campo «{field}»",
        "en": "the field “{field}” is missing",
    },
    "document.unknown": {
        "it": "il campo «{field}» non è previsto",
        "en": "the field “{field}” is not expected",
    },
    "document.not_text": {
        "it": "il campo «{field}» deve essere un testo non vuoto",
        "en": "the field “{field}” must be non-empty text",
    },
    "document.too_long": {
        "it": "il campo «{field}» è troppo lungo (al massimo {max} caratteri)",
        "en": "the field “{field}” is too long (at most {max} characters)",
    },
    "document.malformed": {
        "it": "il campo «{field}» non ha la forma prevista",
        "en": "the field “{field}” does not have the expected form",
    },
    "document.unknown_value": {
        "it": "il campo «{field}» ha un valore sconosciuto",
        "en": "the field “{field}” has an unknown value",
    },
    "document.invalid": {
        "it": "il campo «{field}» non è valido",
        "en": "the field “{field}” is not valid",
    },
    "document.duplicate": {
        "it": "il campo «{field}» contiene due volte lo stesso valore",
        "en": "the field “{field}” holds the same value twice",
    },
    "document.not_integer": {
        "it": "il campo «{field}» deve essere un numero intero da {low} a {high}",
        "en": "the field “{field}” must be a whole number from {low} to {high}",
    },
    "document.not_after": {
        "it": "il campo «{field}» deve venire dopo «{other}»",
        "en": "the field “{field}” must come after “{other}”",
    },
    "document.not_date": {
        "it": "il campo «{field}» deve essere una data AAAA-MM-GG",
        "en": "the field “{field}” must be a YYYY-MM-DD date",
    },
    "document.not_timestamp": {
        "it": "il campo «{field}» deve essere una data e ora ISO 8601 con il fuso orario",
        "en": "the field “{field}” must be an ISO 8601 date and time with its UTC offset",
    },
    "document.not_list": {
        "it": "il campo «{field}» deve essere un elenco da {low} a {high} elementi",
        "en": "the field “{field}” must be a list of {low} to {high} entries",
    },
    "document.not_object": {
        "it": "il campo «{field}» deve essere un oggetto JSON",
        "en": "the field “{field}” must be a JSON object",
    },
    "document.not_a_document": {
        "it": "il documento non è un oggetto JSON",
        "en": "the document is not a JSON object",
    },
    "document.too_many": {
        "it": "il campo «{field}» ha più di {max} voci",
        "en": "the field “{field}” has more than {max} entries",
    },
    "document.part_not_pdf": {
        "it": "la parte «{part}» non è un PDF",
        "en": "the part “{part}” is not a PDF",
    },
}
