"""Messages of the case record: risk assessment, relations, forms of violence, measures,
services, sharing decisions and their legal basis (Italian and English)."""

MESSAGES: dict[str, dict[str, str]] = {
    "risk.instrument_invalid": {
        "it": "Strumento di valutazione del rischio non valido: {reason}.",
        "en": "Invalid risk instrument: {reason}.",
    },
    "risk.version_exists": {
        "it": "Lo strumento {key} versione {version} è già presente con un testo diverso: "
        "pubblicare una nuova versione.",
        "en": "Instrument {key} version {version} is already here with a different text: "
        "publish a new version.",
    },
    "risk.instrument_not_found": {
        "it": "Strumento di valutazione {id} non trovato (rete risk instruments).",
        "en": "Risk instrument {id} not found (rete risk instruments).",
    },
    "risk.unknown_item": {
        "it": "La domanda «{item}» non fa parte dello strumento {instrument}.",
        "en": "Item '{item}' is not part of instrument {instrument}.",
    },
    "risk.missing_answers": {
        "it": "Mancano le risposte a: {items}. Rispondere a tutte (sì, no o non so).",
        "en": "Answers missing for: {items}. Answer every item (yes, no or unknown).",
    },
    "risk.bad_answer": {
        "it": "Risposta «{value}» non valida per «{item}»: usare sì, no o non so "
        "(ITEM=yes|no|unknown).",
        "en": "Answer '{value}' is not valid for '{item}': use yes, no or unknown "
        "(ITEM=yes|no|unknown).",
    },
    "risk.answer_twice": {
        "it": "La domanda «{item}» ha due risposte.",
        "en": "Item '{item}' is answered twice.",
    },
    "risk.lowering_needs_reason": {
        "it": "Il livello calcolato è {computed}: per indicarne uno più basso ({wanted}) "
        "scrivere la ragione del giudizio professionale.",
        "en": "The computed level is {computed}: a lower level ({wanted}) needs the written "
        "reason of the professional judgement.",
    },
    "risk.assessed": {
        "it": "Caso {ref}: rischio {level} (punteggio {score}, livello calcolato {computed}).",
        "en": "Case {ref}: risk {level} (score {score}, computed level {computed}).",
    },
    "risk.protocol_applied": {
        "it": "Rischio alto: applicato il protocollo di rischio elevato ({tasks} attività con "
        "scadenza).",
        "en": "High risk: the high-risk protocol was applied ({tasks} tasks with deadlines).",
    },
    "risk.protocol_missing": {
        "it": "Rischio alto, ma il protocollo {key} non è presente: applicarlo a mano dopo "
        "averlo importato.",
        "en": "High risk, but protocol {key} is not installed: apply it by hand after "
        "importing it.",
    },
    "risk.judged": {
        "it": "(giudizio professionale; calcolato: {computed})",
        "en": "(professional judgement; computed: {computed})",
    },
    "risk.no_assessments": {
        "it": "Nessuna valutazione del rischio per questo caso (rete risk assess).",
        "en": "No risk assessment for this case (rete risk assess).",
    },
    "risk.no_instruments": {
        "it": "Nessuno strumento di valutazione del rischio.",
        "en": "No risk instruments.",
    },
    "records.awaiting": {
        "it": "IN ATTESA di altro ufficio",
        "en": "awaiting another office",
    },
    "help.risk": {
        "it": "valutazione del rischio: strumenti, valutazioni datate, storico",
        "en": "risk assessment: instruments, dated assessments, history",
    },
    "help.risk.instruments": {
        "it": "strumenti di valutazione installati con le loro domande",
        "en": "installed risk instruments with their items",
    },
    "help.risk.import": {
        "it": "importa una versione di uno strumento di valutazione (file JSON)",
        "en": "import a version of a risk instrument (JSON file)",
    },
    "help.risk.assess": {
        "it": "registra una valutazione del rischio datata (rischio alto: applica il protocollo "
        "di rischio elevato)",
        "en": "record a dated risk assessment (high risk: applies the high-risk protocol)",
    },
    "help.risk.instrument": {
        "it": "chiave dello strumento (predefinito: quello della rete)",
        "en": "instrument key (default: the network's)",
    },
    "help.risk.answer": {
        "it": "una risposta per domanda, ripetibile: DOMANDA=sì|no|non so",
        "en": "one answer per item, repeatable: ITEM=yes|no|unknown",
    },
    "help.risk.level": {
        "it": "livello deciso dall'operatore ({values}); più basso del calcolato solo con "
        "--reason",
        "en": "level decided by the operator ({values}); lower than computed only with --reason",
    },
    "help.risk.reason": {
        "it": "ragione del giudizio professionale",
        "en": "reason of the professional judgement",
    },
    "help.risk.date": {
        "it": "data della valutazione (predefinito: oggi)",
        "en": "date of the assessment (default: today)",
    },
    "help.risk.history": {
        "it": "le valutazioni di un caso, dalla più recente",
        "en": "a case's assessments, newest first",
    },
    "record.relation_to_self": {
        "it": "Una persona non può essere in relazione con sé stessa.",
        "en": "A person cannot be related to themselves.",
    },
    "record.person_not_in_case": {
        "it": "La persona {id} non fa parte di questo caso.",
        "en": "Person {id} is not part of this case.",
    },
    "record.bad_children": {
        "it": "Il numero di figli ospitati deve essere un numero intero da 0 a {max}.",
        "en": "The number of children hosted must be a whole number from 0 to {max}.",
    },
    "record.dates_reversed": {
        "it": "La data di fine ({end}) è precedente a quella di inizio ({start}).",
        "en": "The end date ({end}) is before the start date ({start}).",
    },
    "record.relation_added": {
        "it": "Relazione registrata.",
        "en": "Relation recorded.",
    },
    "record.forms_set": {
        "it": "Caso {ref}: forme di violenza registrate ({forms}).",
        "en": "Case {ref}: forms of violence recorded ({forms}).",
    },
    "record.source_set": {
        "it": "Caso {ref}: canale di accesso {source}.",
        "en": "Case {ref}: source of access {source}.",
    },
    "sharing.norm_required": {
        "it": "Per un obbligo di legge indicare la norma (--norm, es. «art. 331 c.p.p.» o "
        "«art. 9 L. 184/1983»).",
        "en": "A legal obligation needs its norm (--norm, e.g. 'art. 331 c.p.p.' or "
        "'art. 9 L. 184/1983').",
    },
    "sharing.collected_required": {
        "it": "Per il consenso indicare come è stato raccolto (--collected, es. «scritto, "
        "firmato»).",
        "en": "Consent needs how it was collected (--collected, e.g. 'written, signed').",
    },
    "sharing.collected_only_for_consent": {
        "it": "«Come è stato raccolto» vale solo per il consenso: per un obbligo di legge o un "
        "interesse vitale la donna non ha dato il consenso.",
        "en": "'How it was collected' applies to consent only: under a legal obligation or a "
        "vital interest the woman did not consent.",
    },
    "sharing.recorded": {
        "it": "Caso {ref}: condivisione con {targets} per {basis}.",
        "en": "Case {ref}: sharing with {targets} on the basis of {basis}.",
    },
    "sharing.norm_missing": {
        "it": "norma non indicata: da completare con una nuova decisione",
        "en": "norm not given: complete it with a new decision",
    },
    "sharing.line": {
        "it": "{date} · {targets} · {basis}{detail} · {operator}: {reason}",
        "en": "{date} · {targets} · {basis}{detail} · {operator}: {reason}",
    },
    "sharing.laboratorio": {
        "it": "laboratorio distrettuale",
        "en": "district laboratorio",
    },
    "help.person.relate": {
        "it": "registra la relazione di una persona con un'altra del caso "
        "(PERSONA è RELAZIONE di --to)",
        "en": "record how a person is related to another of the case (PERSON is RELATION of --to)",
    },
    "help.case.violence": {
        "it": "registra le forme di violenza del caso, con le date se note",
        "en": "record the case's forms of violence, with dates when known",
    },
    "help.case.measure": {
        "it": "registra una misura di protezione o un passo legale datato",
        "en": "record a dated protective measure or legal step",
    },
    "help.case.source": {
        "it": "registra il canale di accesso della donna all'ufficio",
        "en": "record how the woman reached the office",
    },
    "help.case.service": {
        "it": "registra un servizio dato (casa rifugio con date di ingresso e uscita; solo --to "
        "chiude la permanenza aperta)",
        "en": "record a service given (shelter with entry and exit dates; --to alone ends the "
        "open stay)",
    },
    "help.case.basis": {
        "it": "registra una decisione di condivisione con la sua vera base giuridica",
        "en": "record a sharing decision on its true legal basis",
    },
    "help.case.children_hosted": {
        "it": "figli ospitati con la donna (casa rifugio)",
        "en": "children hosted with her (shelter)",
    },
    "help.case.norm": {
        "it": "la norma che obbliga (obbligo di legge), es. «art. 331 c.p.p.»",
        "en": "the norm that obliges (legal obligation), e.g. 'art. 331 c.p.p.'",
    },
    "help.case.collected": {
        "it": "come è stato raccolto il consenso (solo consenso)",
        "en": "how consent was collected (consent only)",
    },
    "field.risk_assessment": {"it": "valutazione del rischio", "en": "risk assessment"},
    "field.access_source": {"it": "canale di accesso", "en": "source of access"},
    "field.violence": {"it": "forme di violenza", "en": "forms of violence"},
    "field.relation": {"it": "relazione", "en": "relation"},
    "field.forms": {"it": "forme di violenza", "en": "forms of violence"},
    "field.measure": {"it": "misura", "en": "measure"},
    "field.service": {"it": "servizio", "en": "service"},
    "field.source": {"it": "canale di accesso", "en": "source of access"},
    "field.basis": {"it": "base giuridica", "en": "legal basis"},
    "field.norm": {"it": "norma", "en": "norm"},
    "field.collected": {"it": "modalità di raccolta del consenso",
                        "en": "how consent was collected"},
    "field.level": {"it": "livello", "en": "level"},
    "field.detail": {"it": "dettaglio", "en": "detail"},
    "packet.received_basis": {
        "it": "Inviato su base giuridica: {basis}.",
        "en": "Sent on the legal basis of: {basis}.",
    },
    "referral_pdf.basis": {
        "en": "Legal basis of the referral",
    },
    "referral_pdf.record": {
        "it": "Scheda del caso",
        "en": "Case record",
    },
    "referral_pdf.record_label.assessment": {"it": "Valutazione del rischio",
                                             "en": "Risk assessment"},
    "referral_pdf.record_label.access_source": {"it": "Canale di accesso",
                                                "en": "Source of access"},
    "referral_pdf.record_label.relation": {"it": "Relazione", "en": "Relation"},
    "referral_pdf.record_label.measure": {"it": "Misura / passo legale",
                                          "en": "Measure / legal step"},
    "referral_pdf.record_label.service": {"it": "Servizio", "en": "Service"},
    "referral_pdf.record.assessment": {
        "it": "{v0}: rischio {v1} (punteggio {v2}, {v3})",
        "en": "{v0}: risk {v1} (score {v2}, {v3})",
    },
    "referral_pdf.record.access_source": {"it": "{v0}", "en": "{v0}"},
    "referral_pdf.record.relation": {"it": "{v0} è {v1} di {v2}", "en": "{v0} is {v1} of {v2}"},
    "referral_pdf.record.dated": {"it": "{thing} ({period})", "en": "{thing} ({period})"},
    "referral_pdf.record.measure": {"it": "{v0}, {v1}", "en": "{v0}, {v1}"},
    "referral_pdf.period.both": {"it": "dal {since} al {until}", "en": "from {since} to {until}"},
    "referral_pdf.period.since": {"it": "dal {since}", "en": "since {since}"},
    "referral_pdf.period.until": {"it": "fino al {until}", "en": "until {until}"},
    "stats.section.by_access": {"it": "Nuovi casi per canale di accesso",
                                "en": "New cases by source of access"},
    "stats.section.by_relation": {"it": "Relazione del presunto autore con la donna",
                                  "en": "Alleged offender's relation to the woman"},
    "stats.section.by_form": {"it": "Casi per forma di violenza",
                              "en": "Cases by form of violence"},
    "stats.section.by_service": {"it": "Casi per servizio dato", "en": "Cases by service given"},
    "stats.section.shelter": {"it": "Casa rifugio", "en": "Shelter"},
    "stats.key.shelter.women": {"it": "donne ospitate", "en": "women hosted"},
    "stats.key.shelter.children": {"it": "figli ospitati", "en": "children hosted"},
    "stats.key.shelter.days": {"it": "giorni di permanenza nell'anno",
                               "en": "days of stay in the year"},
    "lab.no_basis": {
        "it": "Il caso non può andare al laboratorio: manca una base per condividerlo (il "
        "consenso della donna o una decisione di condivisione per il laboratorio, rete case "
        "basis ID --share-with laboratorio).",
        "en": "The case cannot go to the laboratorio: there is no basis to share it (the "
        "woman's consent or a sharing decision for the laboratorio, rete case basis ID "
        "--share-with laboratorio).",
    },
    "lab_pdf.basis": {"it": "Base per la condivisione", "en": "Basis for sharing"},
    "lab_pdf.assessment": {"it": "Valutazione del rischio", "en": "Risk assessment"},
    "lab_pdf.assessment_line": {
        "it": "{level}, punteggio {score} ({instrument}); risposte sì: {yes}",
        "en": "{level}, score {score} ({instrument}); answered yes: {yes}",
    },
    "lab_pdf.relation": {"it": "Relazione del presunto autore con la donna",
                         "en": "Alleged offender's relation to the woman"},
    "lab_pdf.violence": {"it": "Forme di violenza", "en": "Forms of violence"},
    "lab_pdf.measures": {"it": "Misure e passi legali", "en": "Measures and legal steps"},
    "lab_pdf.services": {"it": "Servizi dati", "en": "Services given"},
    "protocol.folder_empty": {
        "it": "La cartella {path} non contiene file di protocollo (.json).",
        "en": "Folder {path} holds no protocol files (.json).",
    },
    "protocol.folder_imported": {
        "it": "Protocolli importati: {stored} nuove versioni, {unchanged} già presenti.",
        "en": "Protocols imported: {stored} new versions, {unchanged} already here.",
    },
    "access.record": {"it": "Scheda del caso", "en": "Case record"},
    "access.sharing": {"it": "Decisioni di condivisione e base giuridica",
                       "en": "Sharing decisions and legal basis"},
    "access.assessment_line": {
        "it": "{date}: rischio {level} (punteggio {score}, calcolato {computed})",
        "en": "{date}: risk {level} (score {score}, computed {computed})",
    },
    "access.relation_line": {"it": "{person} è {relation} di {other}",
                             "en": "{person} is {relation} of {other}"},
    "records.consent_none_see_basis": {
        "it": "Consenso: non registrato. Le decisioni di condivisione qui sotto dicono a chi il "
        "caso può andare e su quale base giuridica.",
        "en": "Consent: not recorded. The sharing decisions below say where the case may go "
        "and on which legal basis.",
    },
}
