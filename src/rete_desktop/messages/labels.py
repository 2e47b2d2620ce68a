"""Words the CLI shows for internal names: form fields in validation errors, laboratorio
meeting roles and stages, and what a recorded consent allows."""

MESSAGES: dict[str, dict[str, str]] = {
    # Fields named by validation errors ("value.*" messages carry the internal field name).
    "field.title": {"it": "titolo", "en": "title"},
    "field.name": {"it": "nome", "en": "name"},
    "field.risk": {"it": "rischio", "en": "risk"},
    "field.role": {"it": "ruolo", "en": "role"},
    "field.exposure": {"it": "esposizione", "en": "exposure"},
    "field.category": {"it": "categoria", "en": "category"},
    "field.status": {"it": "stato", "en": "status"},
    "field.kind": {"it": "tipo di ufficio", "en": "office kind"},
    "field.office_kind": {"it": "tipo di ufficio", "en": "office kind"},
    "field.owner_kind": {"it": "ufficio incaricato", "en": "owner office kind"},
    "field.share_with": {"it": "condividere con", "en": "share with"},
    "field.situation": {"it": "situazione", "en": "situation"},
    "field.office_name": {"it": "nome dell'ufficio", "en": "office name"},
    "field.address": {"it": "indirizzo", "en": "address"},
    "field.phone": {"it": "telefono", "en": "phone"},
    "field.codice_fiscale": {"it": "codice fiscale", "en": "codice fiscale"},
    "field.legal_basis": {"it": "base giuridica", "en": "legal basis"},
    "field.reason": {"it": "motivo", "en": "reason"},
    "field.requested_action": {"it": "azione richiesta", "en": "requested action"},
    "field.description": {"it": "descrizione", "en": "description"},
    "field.network": {"it": "nome della rete", "en": "network name"},
    "field.operator": {"it": "operatore", "en": "operator"},
    "field.term": {"it": "termine", "en": "term"},
    "field.definition": {"it": "definizione", "en": "definition"},
    "field.text": {"it": "testo", "en": "text"},
    "field.place": {"it": "luogo", "en": "place"},
    "field.operator_name": {"it": "nome dell'operatore", "en": "operator's name"},
    "field.operator_role": {"it": "ruolo dell'operatore", "en": "operator's role"},
    "value.exposure_only_for_children": {
        "it": "L'esposizione alla violenza (--exposure {value}) si indica solo per i minori.",
        "en": "Exposure to violence (--exposure {value}) is recorded for children only.",
    },
    # Laboratorio lists.
    "lab.role.chair": {"it": "presiede", "en": "chair"},
    "lab.role.member": {"it": "partecipa", "en": "member"},
    "lab.stage.agenda": {"it": "ordine del giorno", "en": "agenda"},
    "lab.stage.minutes": {"it": "verbale", "en": "minutes"},
    # rete case consent
    "consent.legal_basis_deprecated": {
        "it": "--legal-basis non si usa più: questo comando registra solo il consenso della "
        "donna. Un'altra base giuridica si registra come decisione, con la norma o il motivo: "
        "rete case basis CASO --share-with TIPI --basis legal_obligation --norm "
        "\"art. 331 c.p.p.\" --reason TESTO (oppure --basis vital_interest, o --basis consent "
        "--collected scritto|orale). Nulla è stato cambiato.",
        "en": "--legal-basis is no longer used: this command records only the woman's consent. "
        "Any other legal basis is recorded as a decision, with its norm or reason: rete case "
        "basis CASE --share-with KINDS --basis legal_obligation --norm \"art. 331 c.p.p.\" "
        "--reason TEXT (or --basis vital_interest, or --basis consent --collected "
        "written|oral). Nothing was changed.",
    },
    "consent.recorded": {
        "it": "Consenso registrato per il caso {ref}: condivisione con {offices}; note {notes}; "
        "dati dei minori {children}.",
        "en": "Consent recorded for case {ref}: sharing with {offices}; notes {notes}; "
        "children's data {children}.",
    },
    "consent.nobody": {"it": "nessun ufficio", "en": "no office"},
    "consent.notes_in": {"it": "incluse", "en": "included"},
    "consent.notes_out": {"it": "escluse", "en": "left out"},
    "consent.children_in": {"it": "inclusi", "en": "included"},
    "consent.children_out": {"it": "esclusi", "en": "left out"},
}
