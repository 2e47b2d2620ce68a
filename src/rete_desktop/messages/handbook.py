"""Messages of the network handbook: profiles, glossary, who to call, protocols, prevention."""

MESSAGES: dict[str, dict[str, str]] = {
    "profile.malformed": {
        "it": "Il file del profilo non è valido: {reason}.",
        "en": "The profile file is not valid: {reason}.",
    },
    "profile.wrong_format": {
        "it": "Non è un profilo di Rete (formato atteso: {expected}).",
        "en": "This is not a Rete profile (expected format: {expected}).",
    },
    "profile.too_large": {
        "it": "Il file del profilo supera {max} byte.",
        "en": "The profile file is larger than {max} bytes.",
    },
    "profile.bad_signature": {
        "it": "Profilo rifiutato: la firma non è valida ({reason}).",
        "en": "Profile refused: the signature is not valid ({reason}).",
    },
    "handbook.profile_not_found": {
        "it": "Nessun profilo per l'ufficio {id}.",
        "en": "No profile for office {id}.",
    },
    "handbook.profile_empty": {
        "it": "Il profilo di questo ufficio è vuoto: compilalo prima con «rete profile edit».",
        "en": "This office's profile is empty: fill it in first with 'rete profile edit'.",
    },
    "handbook.profile_unknown_office": {
        "it": "Profilo rifiutato: l'ufficio {id} non è un membro attivo della rete.",
        "en": "Profile refused: office {id} is not an active member of the network.",
    },
    "handbook.profile_wrong_signer": {
        "it": "Profilo rifiutato: dice di essere di «{name}» ({id}) ma non è firmato dalla sua "
        "chiave. Un ufficio può pubblicare solo il proprio profilo.",
        "en": "Profile refused: it claims to be from '{name}' ({id}) but is not signed with its "
        "key. An office can only publish its own profile.",
    },
    "handbook.profile_not_newer": {
        "it": "Profilo di «{name}» rifiutato: la revisione {revision} non è più recente di "
        "quella già registrata.",
        "en": "Profile of '{name}' refused: revision {revision} is not newer than the one "
        "already stored.",
    },
    "handbook.profile_is_own": {
        "it": "Questo è il profilo del tuo ufficio: si modifica con «rete profile edit».",
        "en": "This is your own office's profile: change it with 'rete profile edit'.",
    },
    "handbook.no_directory": {
        "it": "Questo ufficio non ha ancora una rubrica della rete: non può verificare chi ha "
        "firmato il profilo.",
        "en": "This office has no network directory yet: it cannot check who signed the profile.",
    },
    "handbook.profile_saved": {
        "it": "Profilo salvato e firmato (revisione {revision}). Invialo al coordinamento con "
        "«rete profile export FILE».",
        "en": "Profile saved and signed (revision {revision}). Send it to the coordinator with "
        "'rete profile export FILE'.",
    },
    "handbook.profile_exported": {
        "it": "Profilo firmato scritto in {path}.",
        "en": "Signed profile written to {path}.",
    },
    "handbook.profile_imported": {
        "it": "Profilo di «{name}» accettato (revisione {revision}); sarà nella prossima "
        "rubrica pubblicata.",
        "en": "Profile of '{name}' accepted (revision {revision}); it will be in the next "
        "published directory.",
    },
    "handbook.glossary_invalid": {
        "it": "Glossario non valido: {reason}.",
        "en": "Invalid glossary: {reason}.",
    },
    "handbook.glossary_from_network": {
        "it": "Il glossario arriva dal coordinamento della rete: solo il coordinamento può "
        "modificarlo.",
        "en": "The glossary comes from the network coordinator: only the coordinator can "
        "change it.",
    },
    "handbook.glossary_italian_first": {
        "it": "Il termine «{key}» non esiste in italiano: aggiungilo prima in italiano.",
        "en": "The term '{key}' does not exist in Italian: add it in Italian first.",
    },
    "handbook.term_not_found": {
        "it": "Nessun termine «{key}» nel glossario.",
        "en": "No term '{key}' in the glossary.",
    },
    "handbook.term_saved": {
        "it": "Termine «{key}» salvato.",
        "en": "Term '{key}' saved.",
    },
    "handbook.no_terms": {
        "it": "Nessun termine trovato.",
        "en": "No term found.",
    },
    "handbook.rules_invalid": {
        "it": "Regole «chi chiamare» non valide: {reason}.",
        "en": "Invalid 'who to call' rules: {reason}.",
    },
    "handbook.uncovered": {
        "it": "Nessun ufficio della rete copre: {situations}. Chiama il 1522 o, se c'è "
        "pericolo, il 112.",
        "en": "No office of the network covers: {situations}. Call 1522 or, in danger, 112.",
    },
    "handbook.section_invalid": {
        "it": "Rubrica rifiutata: la sezione «{section}» non è valida.",
        "en": "Directory refused: its '{section}' section is not valid.",
    },
    "handbook.prevention_bad_owner": {
        "it": "Gli uffici responsabili devono essere identificativi di ufficio (al massimo 20).",
        "en": "Owner offices must be office ids (at most 20).",
    },
    "handbook.leaflet_written": {
        "it": "Volantino scritto in {path}.",
        "en": "Leaflet written to {path}.",
    },
    "handbook.no_protocol_changes": {
        "it": "Nessuna differenza tra le due versioni.",
        "en": "No difference between the two versions.",
    },
    "handbook.protocol_single_version": {
        "it": "Del protocollo «{key}» esiste una sola versione.",
        "en": "Protocol '{key}' has only one version.",
    },
    "handbook.diff_none": {"it": "(nessuno)", "en": "(none)"},
    "handbook.diff_title": {
        "it": "Titolo: «{old}» → «{new}»",
        "en": "Title: '{old}' → '{new}'",
    },
    "handbook.diff_description": {
        "it": "Descrizione cambiata: «{new}»",
        "en": "Description changed: '{new}'",
    },
    "handbook.diff_trigger": {
        "it": "Le scadenze si contano da: «{old}» → «{new}»",
        "en": "Deadlines counted from: '{old}' → '{new}'",
    },
    "handbook.diff_added": {
        "it": "+ Nuovo passo: «{new}»",
        "en": "+ New step: '{new}'",
    },
    "handbook.diff_removed": {
        "it": "− Passo tolto: «{old}»",
        "en": "− Step removed: '{old}'",
    },
    "handbook.diff_moved": {
        "it": "↕ «{step}»: dalla posizione {old} alla {new}",
        "en": "↕ '{step}': from position {old} to {new}",
    },
    "handbook.diff_step_title": {
        "it": "~ Passo rinominato: «{old}» → «{new}»",
        "en": "~ Step renamed: '{old}' → '{new}'",
    },
    "handbook.diff_owner": {
        "it": "~ «{step}»: responsabile {old} → {new}",
        "en": "~ '{step}': owner {old} → {new}",
    },
    "handbook.diff_deadline": {
        "it": "~ «{step}»: scadenza {old} → {new} giorni",
        "en": "~ '{step}': deadline {old} → {new} days",
    },
    "handbook.diff_step_description": {
        "it": "~ «{step}»: istruzioni cambiate: «{new}»",
        "en": "~ '{step}': instructions changed: '{new}'",
    },
}
