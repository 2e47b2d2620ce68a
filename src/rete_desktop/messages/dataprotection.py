"""Messages of the data-protection duties: retention, erasure, access, processing register."""

MESSAGES: dict[str, dict[str, str]] = {
    "retention.bad_years": {
        "it": "Periodo di conservazione non valido: {value} (da 0 a {max} {max:anno|anni}, o "
        "nessuno).",
        "en": "Invalid retention period: {value} (0 to {max} {max:year|years}, or none).",
    },
    "retention.policy": {
        "en": "Case review, years after which a case is due: closed (since closing) {closed}; "
        "monitored {monitoring}; open (without changes) {open}.",
    },
    "retention.never": {"it": "mai", "en": "never"},
    "retention.none_due": {
        "en": "No case is due for review.",
    },
    "retention.due_count": {
        "en": "{count} {count:case|cases} due for review: decide whether to keep or erase "
        "{count:it|them} "
        "('rete case erase').",
    },
    "erasure.done": {
        "en": "Case {case} erased for good ({detail}). The audit log keeps only the date and "
        "the id. Earlier backups still hold it until they are destroyed.",
    },
    "erasure.cleanup_failed": {
        "en": "The case is erased: it no longer appears anywhere in the app. The clean-up of "
        "the file failed ({reason}), so fragments of its content may stay in the file until "
        "it is completed. Free some disk space: the clean-up is repeated at the next unlock, "
        "by 'rete vault check' or by opening the Data protection page again.",
    },
    "erasure.cleanup_finished": {
        "it": "Completata la pulizia del file rimasta in sospeso dopo una cancellazione.",
        "en": "Finished the clean-up of the file left pending after an erasure.",
    },
    "erasure.summary": {
        "en": "Case to erase: {reference} ({counts}). "
        "Repeat with --yes to confirm: this cannot be undone.",
    },
    "access.written": {
        "it": "Estratto per l'interessato scritto in {pdf} e {json}. Rileggilo prima di "
        "consegnarlo: le note possono citare altre persone.",
        "en": "Subject access export written to {pdf} and {json}. Review it before handing it "
        "over: notes may mention other people.",
    },
    "register.written": {
        "it": "Registro dei trattamenti scritto in {path}.",
        "en": "Record of processing activities written to {path}.",
    },
    # --- subject access PDF -------------------------------------------------------------
    "access.title": {
        "it": "Accesso ai dati personali (art. 15 GDPR)",
        "en": "Access to personal data (GDPR art. 15)",
    },
    "access.intro": {
        "en": "Data controller: {office}. Generated on {date}. It holds the data this office "
        "keeps about the person named below and the information GDPR art. 15 provides for. "
        "Other persons in the case are not named.",
    },
    "access.person": {"it": "La persona", "en": "The person"},
    "access.case": {"en": "The case"},
    "access.consent": {"it": "Consenso alla condivisione", "en": "Consent to share"},
    "access.notes": {"en": "Case notes"},
    "access.tasks": {"it": "Attività", "en": "Tasks"},
    "access.attachments": {"it": "Documenti allegati", "en": "Attached documents"},
    "access.log": {
        "en": "Who viewed or changed the case",
    },
    "access.others": {
        "en": "Other people in the case (role only): {roles}",
    },
    "access.retention": {
        "en": "Retention: the case is reviewed {years} {years:year|years} after closing or its "
        "last change.",
    },
    "access.retention_none": {
        "en": "Retention: the case is kept while it is being handled.",
    },
    # For a person who may not learn the case's status (alleged offender, child, relative):
    # the office's rule for every status, so the sentence is the same for an open or closed case.
    "access.retention_policy": {
        "en": "Retention, by the status of the case: {rules}.",
    },
    "access.retention_rule": {
        "it": "{status}, rivisto {years} {years:anno|anni} dopo la chiusura o l'ultima modifica",
        "en": "{status}, reviewed {years} {years:year|years} after closing or its last change",
    },
    "access.retention_rule_none": {
        "it": "{status}, conservato finché è in carico",
        "en": "{status}, kept while it is being handled",
    },
    "access.amends": {"it": "rettifica della nota {id}", "en": "amends note {id}"},
    "access.empty": {"it": "nessuna", "en": "none"},
    "access.field.name": {"it": "Nome", "en": "Name"},
    "access.field.role": {"it": "Ruolo", "en": "Role"},
    "access.field.birth_year": {"it": "Anno di nascita", "en": "Birth year"},
    "access.field.phone": {"it": "Telefono", "en": "Phone"},
    "access.field.address": {"it": "Indirizzo", "en": "Address"},
    "access.field.codice_fiscale": {"it": "Codice fiscale", "en": "Tax code"},
    "access.field.exposure": {"it": "Esposizione (minori)", "en": "Exposure (children)"},
    "access.field.reference": {"it": "Numero", "en": "Reference"},
    "access.field.title": {"it": "Titolo", "en": "Title"},
    "access.field.status": {"it": "Stato", "en": "Status"},
    "access.field.risk": {"it": "Rischio", "en": "Risk"},
    "access.field.opened_on": {"it": "Aperto il", "en": "Opened on"},
    "access.field.closed_on": {"it": "Chiuso il", "en": "Closed on"},
    "access.field.share_with": {"it": "Condivisibile con", "en": "May be shared with"},
    "access.field.include_notes": {"it": "Note incluse", "en": "Notes included"},
    "access.field.recorded_on": {"it": "Registrato il", "en": "Recorded on"},
    "access.field.legal_basis": {"it": "Base giuridica", "en": "Legal basis"},
    "access.yes": {"it": "sì", "en": "yes"},
    "access.no": {"it": "no", "en": "no"},
    # --- record of processing activities (art. 30) --------------------------------------
    "register.title": {
        "it": "Registro delle attività di trattamento (art. 30 GDPR)",
        "en": "Record of processing activities (GDPR art. 30)",
    },
    "register.generated": {
        "it": "Titolare: {office} ({kind}), identificativo di rete {office_id}. "
        "Aggiornato al {date}.",
        "en": "Controller: {office} ({kind}), network id {office_id}. As of {date}.",
    },
    "register.purpose.h": {"it": "Finalità", "en": "Purposes"},
    "register.purpose": {
        "en": "Reception, protection and support of women who suffer violence and of their "
        "children; risk assessment; carrying out the protocols of the territorial "
        "anti-violence network and legal duties (Law 69/2019 \"Codice rosso\"); agreed "
        "referrals to other services of the network.",
    },
    "register.basis.h": {"it": "Basi giuridiche", "en": "Legal bases"},
    "register.basis": {
        "it": "Art. 6(1)(c) ed (e) e art. 9(2)(g) e (h) GDPR (obblighi di legge, interesse "
        "pubblico rilevante, assistenza sociale e sanitaria); consenso dell'interessata "
        "(art. 9(2)(a)) per ogni condivisione non imposta dalla legge; art. 10 per i dati "
        "su reati, nei limiti previsti dalla legge.",
        "en": "GDPR art. 6(1)(c) and (e) and art. 9(2)(g) and (h) (legal duties, substantial "
        "public interest, social and health care); the data subject's consent (art. "
        "9(2)(a)) for every sharing the law does not require; art. 10 for data on "
        "offences, as far as the law allows.",
    },
    "register.subjects.h": {"it": "Categorie di interessati", "en": "Data subjects"},
    "register.subjects": {
        "it": "Donne che si rivolgono al servizio; figli minori; presunti autori della violenza; "
        "familiari e testimoni; operatori degli uffici della rete.",
        "en": "Women who turn to the service; their children; alleged perpetrators; relatives and "
        "witnesses; staff of the network's offices.",
    },
    "register.data.h": {"it": "Categorie di dati", "en": "Categories of data"},
    "register.data": {
        "it": "Dati anagrafici e di contatto, codice fiscale, anno di nascita; note dei "
        "colloqui; dati relativi alla salute e alla vita sessuale (art. 9); dati su reati e "
        "misure (art. 10); valutazione del rischio; consenso alla condivisione.",
        "en": "Identity and contact data, tax code, birth year; interview notes; data about "
        "health and sex life (art. 9); data about offences and protective measures "
        "(art. 10); risk assessment; consent to share.",
    },
    "register.recipients.h": {"it": "Destinatari", "en": "Recipients"},
    "register.recipients": {
        "it": "Uffici della rete (Carabinieri e Polizia, centri antiviolenza, servizi sociali, "
        "consultori, ospedali, Procura) solo con il consenso registrato o per obbligo di "
        "legge, con pacchetti firmati e cifrati per il solo destinatario; statistiche "
        "solo aggregate (conteggi inferiori a 3 soppressi).",
        "en": "Offices of the network (Carabinieri and police, anti-violence centres, social "
        "services, family clinics, hospitals, prosecutor) only with recorded consent or "
        "a legal duty, in packets signed and encrypted for that recipient alone; "
        "statistics only as aggregates (counts under 3 suppressed).",
    },
    "register.transfers.h": {"it": "Trasferimenti extra UE", "en": "Transfers outside the EU"},
    "register.transfers": {
        "it": "Nessuno. L'applicazione funziona senza rete e senza servizi cloud.",
        "en": "None. The application works offline and uses no cloud service.",
    },
    "register.retention.h": {"it": "Termini di conservazione", "en": "Retention"},
    "register.security.h": {
        "it": "Misure di sicurezza (art. 32)",
        "en": "Security measures (art. 32)",
    },
    "register.security": {
        "en": "SQLCipher 4 encrypted database (AES-256) with a random key protected by a "
        "passphrase (Argon2id) and a recovery key; no plaintext temporary files; "
        "hash-chained audit log; signed (Ed25519) and encrypted (age) referrals; "
        "encrypted backups; erasure with secure_delete (content overwritten); integrity check "
        "('rete vault check').",
    },
    "register.counts.h": {"it": "Consistenza", "en": "Volume"},
    "register.counts": {
        "en": "Cases: {open}, {monitoring} monitored, {closed}; {persons} recorded; {due} due for "
        "retention review; {erased}.",
    },
    "register.counts.open": {
        "it": "{count} {count:aperto|aperti}", "en": "{count} {count:open|open}"},
    "register.counts.closed": {
        "it": "{count} {count:chiuso|chiusi}", "en": "{count} {count:closed|closed}"},
    "register.counts.persons": {
        "it": "{count} {count:persona registrata|persone registrate}",
        "en": "{count} {count:person|persons}"},
    "register.counts.cases": {"en": "{count} {count:case|cases}"},
    "register.counts.erased": {
        "en": "{count} {count:case|cases} erased"},
    "register.signature": {
        "it": "Data e firma del titolare o del responsabile della protezione dei dati:",
        "en": "Date and signature of the controller or the data protection officer:",
    },
    "register.contacts.h": {
        "it": "Titolare e responsabile della protezione dei dati (art. 30(1)(a))",
        "en": "Controller and data protection officer (art. 30(1)(a))",
    },
    "register.contacts": {
        "it": "Titolare del trattamento: {controller}. Recapiti: {controller_contact}. "
        "Responsabile della protezione dei dati (RPD): {dpo}. Recapiti: {dpo_contact}.",
        "en": "Controller: {controller}. Contact details: {controller_contact}. "
        "Data protection officer (DPO): {dpo}. Contact details: {dpo_contact}.",
    },
    "register.not_given": {"it": "non indicato", "en": "not given"},
    # Said once under the contacts, when any of them is missing.
    "register.contacts_where": {
        "it": "Da inserire una volta per l'ufficio: rete privacy-contacts set, oppure Registro "
        "di audit e privacy → Titolare e RPD.",
        "en": "Enter them once for the office: rete privacy-contacts set, or Audit and data "
        "protection → Controller and DPO.",
    },
    "privacy.contacts_saved": {
        "it": "Recapiti del titolare e del RPD salvati: compaiono nel registro dei trattamenti.",
        "en": "Controller and DPO contact details saved: they appear in the record of "
        "processing.",
    },
    "help.privacy_contacts": {
        "it": "recapiti del titolare e del responsabile della protezione dei dati (art. 30)",
        "en": "contact details of the controller and the data protection officer (art. 30)",
    },
    "help.privacy_contacts.set": {
        "it": "inserisce o cambia i recapiti (i campi non indicati restano come sono)",
        "en": "enter or change the details (fields not given stay as they are)",
    },
    "help.privacy_contacts.show": {
        "it": "mostra i recapiti registrati",
        "en": "show the recorded details",
    },
    "field.controller": {"it": "titolare del trattamento", "en": "controller"},
    "field.controller_contact": {"it": "recapiti del titolare", "en": "controller's contact"},
    "field.dpo": {"it": "responsabile della protezione dei dati", "en": "data protection officer"},
    "field.dpo_contact": {"it": "recapiti del RPD", "en": "DPO's contact"},
}

# What an erasure removed, by table (``erasure.ErasureReport.counts``), in the order a reader
# cares about: (table, Italian one, Italian many, English one, English many).
_ERASED = (
    ("persons", "1 persona", "{count} persone", "1 person", "{count} persons"),
    ("notes", "1 nota", "{count} note", "1 note", "{count} notes"),
    ("attachments", "1 allegato", "{count} allegati", "1 attachment", "{count} attachments"),
    ("tasks", "1 compito", "{count} compiti", "1 task", "{count} tasks"),
    ("drafts", "1 bozza", "{count} bozze", "1 draft", "{count} drafts"),
    ("lab_case_codes", "1 codice del laboratorio", "{count} codici del laboratorio",
     "1 laboratorio code", "{count} laboratorio codes"),
    ("lab_items", "1 scheda del laboratorio", "{count} schede del laboratorio",
     "1 laboratorio item", "{count} laboratorio items"),
    ("lab_decisions", "1 decisione del laboratorio", "{count} decisioni del laboratorio",
     "1 laboratorio decision", "{count} laboratorio decisions"),
    ("lab_actions", "1 azione del laboratorio scollegata (l'azione resta)",
     "{count} azioni del laboratorio scollegate (le azioni restano)",
     "1 laboratorio action unlinked (the action stays)",
     "{count} laboratorio actions unlinked (the actions stay)"),
    ("lab_meetings", "1 ordine del giorno o verbale ripulito",
     "{count} ordini del giorno o verbali ripuliti",
     "1 agenda or minutes cleaned", "{count} agendas or minutes cleaned"),
    ("packet_register", "1 riga del registro di protocollo scollegata (la riga resta)",
     "{count} righe del registro di protocollo scollegate (le righe restano)",
     "1 register line unlinked (the line stays)",
     "{count} register lines unlinked (the lines stay)"),
    # A sent packet's bytes, or only the digest of a received referral (migration 0013).
    ("packet_evidence", "1 copia o impronta di pacchetto conservata",
     "{count} copie o impronte di pacchetti conservate",
     "1 stored packet copy or digest", "{count} stored packet copies or digests"),
    ("packet_copies", "1 copia conservata di ordine del giorno o verbale svuotata (restano "
     "protocollo e impronta)", "{count} copie conservate di ordini del giorno o verbali svuotate "
     "(restano protocollo e impronta)", "1 stored agenda or minutes copy emptied (its protocol "
     "number and digest stay)", "{count} stored agenda or minutes copies emptied (their "
     "protocol numbers and digests stay)"),
    ("delivery_proofs", "1 ricevuta PEC svuotata (restano data e impronta)",
     "{count} ricevute PEC svuotate (restano data e impronta)",
     "1 PEC proof emptied (its date and digest stay)",
     "{count} PEC proofs emptied (their date and digest stay)"),
    ("risk_assessments", "1 valutazione del rischio", "{count} valutazioni del rischio",
     "1 risk assessment", "{count} risk assessments"),
    ("person_relations", "1 relazione tra persone", "{count} relazioni tra persone",
     "1 relation between persons", "{count} relations between persons"),
    ("violence_forms", "1 forma di violenza", "{count} forme di violenza",
     "1 form of violence", "{count} forms of violence"),
    ("case_measures", "1 misura o passo legale", "{count} misure e passi legali",
     "1 measure or legal step", "{count} measures and legal steps"),
    ("case_services", "1 servizio", "{count} servizi", "1 service", "{count} services"),
    ("sharing_decisions", "1 decisione di condivisione", "{count} decisioni di condivisione",
     "1 sharing decision", "{count} sharing decisions"),
)
for _table, _it_one, _it_many, _en_one, _en_many in _ERASED:
    MESSAGES[f"erasure.count.{_table}.one"] = {"it": _it_one, "en": _en_one}
    MESSAGES[f"erasure.count.{_table}.many"] = {"it": _it_many, "en": _en_many}
MESSAGES["erasure.count.nothing"] = {
    "it": "nessun altro dato collegato",
    "en": "nothing else linked to it",
}

