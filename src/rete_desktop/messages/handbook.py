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
    "handbook.card_written": {
        "it": "Tessere tascabili scritte in {path}.",
        "en": "Wallet cards written to {path}.",
    },
    "handbook.info_sheet_written": {
        "it": "Foglio informativo (art. 90-bis c.p.p.) scritto in {path}.",
        "en": "Information sheet (art. 90-bis c.p.p.) written to {path}.",
    },
    "leaflet.centre_without_phone": {
        "it": "Il documento non può essere stampato: il centro antiviolenza «{name}» non ha un "
        "numero di telefono. Aggiungilo nel suo profilo (Rete) o nella scheda dell'ufficio.",
        "en": "The document cannot be printed: the anti-violence centre '{name}' has no phone "
        "number. Add one to its profile (Network) or to its office record.",
    },
    "leaflet.emergency_with_hours": {
        "it": "Il documento non può essere stampato: «{name}» è un servizio di emergenza ma i "
        "suoi orari dicono «{hours}», come se di notte fosse chiuso. Scrivi «h24» negli orari o "
        "aggiungi come raggiungerlo fuori orario nel suo profilo.",
        "en": "The document cannot be printed: '{name}' is an emergency service but its hours "
        "say '{hours}', as if it were closed at night. Write 'h24' in its hours or add how to "
        "reach it out of hours to its profile.",
    },
    "leaflet.no_centre": {
        "it": "La tessera non può essere stampata: nessun centro antiviolenza tra gli uffici "
        "della rete. Aggiungi il centro antiviolenza con il suo numero.",
        "en": "The card cannot be printed: no anti-violence centre among the network's offices. "
        "Add the anti-violence centre with its number.",
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

_LEAFLET = {
    "title": ("Non sei sola.", "You are not alone."),
    "subtitle": (
        "{network}: chi può aiutare te e i tuoi figli. Gratis, in modo riservato.",
        "{network}: who can help you and your children. Free and confidential.",
    ),
    "network_default": ("La rete antiviolenza del territorio", "The local anti-violence network"),
    "helpline": (
        "Numero antiviolenza e stalking: gratuito, 24 ore su 24, anonimo, anche in altre lingue. "
        "Ti ascolta e ti mette in contatto con il centro antiviolenza più vicino.",
        "Anti-violence and stalking helpline: free, 24 hours a day, anonymous, also in other "
        "languages. It listens and puts you in touch with the nearest anti-violence centre.",
    ),
    "emergency": (
        "Pericolo immediato? Chiama il 112, giorno e notte.",
        "In immediate danger? Call 112, day and night.",
    ),
    "offices": ("Gli uffici della rete", "The network's offices"),
    "no_offices": (
        "Chiedi al 1522 l'ufficio più vicino.",
        "Ask 1522 for the nearest office.",
    ),
    "hours": ("Orari:", "Hours:"),
    "out_of_hours": ("Fuori orario:", "Out of hours:"),
    "languages": ("Lingue:", "Languages:"),
    "know": ("Da sapere", "Good to know"),
    "fact1": (
        "Puoi chiedere aiuto anche senza denunciare.",
        "You can ask for help without reporting to the police.",
    ),
    "fact2": (
        "Il centro antiviolenza è gratuito e riservato: nulla si fa senza il tuo consenso.",
        "The anti-violence centre is free and confidential: nothing is done without your "
        "consent.",
    ),
    "fact3": (
        "I bambini che assistono alla violenza ne sono vittime anche loro: possono essere aiutati.",
        "Children who witness violence are victims too: they can be helped.",
    ),
    "fact4": (
        "Se devi lasciare casa in fretta, porta con te documenti, medicine e questo foglio.",
        "If you must leave home quickly, take your documents, medicines and this sheet.",
    ),
    "footer": (
        "Informazioni aggiornate al {date}. Questo foglio non contiene dati personali.",
        "Information as of {date}. This sheet contains no personal data.",
    ),
}
MESSAGES.update({f"leaflet.{k}": {"it": it, "en": en} for k, (it, en) in _LEAFLET.items()})

_FIELDS = {
    "functions": ("Cosa fa", "What it does"),
    "limits": ("Cosa non può fare", "What it cannot do"),
    "hours": ("Orari", "Opening hours"),
    "on_call": ("Reperibilità", "On call"),
    "emergency": ("Emergenze e fuori orario", "Emergencies and out of hours"),
    "reference_person": ("Persona di riferimento", "Reference person"),
    "address": ("Indirizzo", "Address"),
    "languages": ("Lingue", "Languages"),
    "phones": ("Telefoni", "Phones"),
    "emails": ("E-mail", "E-mail"),
    "capabilities": ("Disponibilità", "Capabilities"),
    "revision": ("Revisione", "Revision"),
}
MESSAGES.update({f"handbook.field.{k}": {"it": it, "en": en} for k, (it, en) in _FIELDS.items()})
MESSAGES.update({
    "handbook.no_protocol_updates": {
        "it": "Nessuna nuova versione di protocollo da guardare.",
        "en": "No new protocol versions to look at.",
    },
    "handbook.no_prevention": {
        "it": "Nessuna azione di prevenzione in programma (--all per quelle passate).",
        "en": "No prevention actions coming up (--all for past ones).",
    },
})
