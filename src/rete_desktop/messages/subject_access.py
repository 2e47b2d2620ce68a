"""Messages of the data-subject access export (art. 15) by role: the art. 15(1) information,
what is withheld and why, the office's release of more sections, and their errors."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the art. 15(1) information -------------------------------------------------------
    "access.h.information": {
        "it": "Informazioni sul trattamento (art. 15, par. 1, GDPR)",
        "en": "About the processing (GDPR art. 15(1))",
    },
    "access.h.purposes": {"it": "Finalità", "en": "Purposes"},
    "access.h.legal_bases": {"it": "Basi giuridiche", "en": "Legal bases"},
    "access.h.categories": {"it": "Categorie di dati", "en": "Categories of data"},
    "access.h.recipients": {
        "it": "Uffici a cui i dati sono stati inviati",
        "en": "Offices the data were sent to",
    },
    "access.h.source": {"it": "Origine dei dati", "en": "Where the data came from"},
    "access.h.rights": {"it": "I suoi diritti", "en": "Your rights"},
    "access.h.withheld": {"it": "Dati non comunicati", "en": "Data not disclosed"},
    "access.field.case_reference": {"en": "Case no."},
    "access.info.source_office": {
        "en": "The data were collected by this office itself, in the interviews and the work "
        "on the case.",
    },
    "access.info.source_referral": {
        "it": "I dati sono stati ricevuti con la segnalazione di {offices} del {date} "
        "(protocollo {protocol}) e poi integrati da questo ufficio.",
        "en": "The data were received with the referral from {offices} of {date} (protocol "
        "{protocol}) and then completed by this office.",
    },
    "access.info.rights": {
        "it": "Può chiedere a questo ufficio, di persona o per iscritto, la rettifica dei dati "
        "inesatti (art. 16 GDPR), la cancellazione (art. 17), la limitazione del "
        "trattamento (art. 18) e può opporsi al trattamento (art. 21). Se ritiene che il "
        "trattamento violi la legge, può proporre reclamo al Garante per la protezione dei "
        "dati personali (art. 77 GDPR), Piazza Venezia 11, 00187 Roma, "
        "www.garanteprivacy.it.",
        "en": "You may ask this office, in person or in writing, to correct inaccurate data "
        "(GDPR art. 16), to erase them (art. 17), to restrict their processing (art. 18), "
        "and you may object to the processing (art. 21). If you think the processing breaks "
        "the law, you may lodge a complaint with the Italian data protection authority "
        "(Garante per la protezione dei dati personali, GDPR art. 77), Piazza Venezia 11, "
        "00187 Roma, www.garanteprivacy.it.",
    },
    "access.info.rights_restricted": {
        "it": "Poiché il diritto di accesso è limitato, può esercitare i suoi diritti anche "
        "tramite il Garante per la protezione dei dati personali, con le modalità dell'art. "
        "160 del Codice privacy (art. 2-undecies, comma 3).",
        "en": "Since the right of access is restricted, you may also exercise your rights "
        "through the Garante per la protezione dei dati personali, as art. 160 of the "
        "Italian privacy code provides (art. 2-undecies(3)).",
    },
    "access.info.automated": {
        "it": "Nessuna decisione che la riguarda è presa con mezzi automatizzati (art. 22 GDPR).",
        "en": "No decision about you is taken by automated means (GDPR art. 22).",
    },
    "access.info.released": {
        "it": "Su decisione motivata dell'ufficio sono comunicati anche: {sections}.",
        "en": "By a reasoned decision of the office, these are disclosed as well: {sections}.",
    },
    "access.withheld.restricted": {
        "en": "The other data of the case ({sections}) are not disclosed: the right of access "
        "is restricted under art. 2-undecies of the Italian privacy code (d.lgs. 196/2003) "
        "and art. 15(4) of Regulation (EU) 2016/679, because disclosing them could harm "
        "the rights and freedoms of other persons or investigations and court proceedings.",
    },
    "access.withheld.third_party": {
        "en": "Not included ({sections}): the case is mainly about another person, whose data "
        "cannot be disclosed without harming her rights (GDPR art. 15(4)). The office can "
        "decide case by case to disclose the parts that concern you.",
    },
    "access.withheld.full": {
        "it": "Non sono compresi: {sections}.",
        "en": "Not included: {sections}.",
    },
    "access.recipient": {
        "it": "{date} · protocollo {protocol} · {kind}: {offices}",
        "en": "{date} · protocol {protocol} · {kind}: {offices}",
    },
    "access.recipient.referral": {"it": "segnalazione", "en": "referral"},
    "access.recipient.agenda-item": {
        "en": "pseudonymised item for the district case conference (no names)",
    },
    "access.no_attachments": {"it": "nessun documento", "en": "none"},
    "access.no_recipients": {
        "it": "Nessuno: i dati non sono stati inviati ad altri uffici.",
        "en": "None: the data were not sent to any other office.",
    },
    "access.written_without_notes": {
        "it": "Estratto per l'interessato scritto in {pdf} e {json}.",
        "en": "Subject access export written to {pdf} and {json}.",
    },
    # --- sections and categories ------------------------------------------------------------
    "access.section.case": {"en": "case details"},
    "access.section.others": {"it": "altre persone coinvolte", "en": "other persons involved"},
    "access.section.consent": {"it": "consenso alla condivisione", "en": "consent to share"},
    "access.section.purposes": {"it": "finalità e basi giuridiche",
                                "en": "purposes and legal bases"},
    "access.section.recipients": {"it": "destinatari", "en": "recipients"},
    "access.section.source": {"it": "origine dei dati", "en": "source of the data"},
    "access.section.notes": {"it": "note", "en": "notes"},
    "access.section.tasks": {"it": "attività", "en": "tasks"},
    "access.section.attachments": {"it": "documenti allegati", "en": "attached documents"},
    "access.section.access-log": {"it": "registro degli accessi", "en": "access log"},
    "access.category.identity": {
        "en": "identity data (name, role in the case, birth year)",
    },
    "access.category.contact": {"it": "dati di contatto (telefono, indirizzo)",
                                "en": "contact data (phone, address)"},
    "access.category.tax_code": {"it": "codice fiscale", "en": "tax code"},
    "access.category.exposure": {
        "it": "coinvolgimento del minore nella violenza (assistita o diretta)",
        "en": "the child's involvement in the violence (witnessed or direct)",
    },
    "access.category.risk": {"it": "valutazione del rischio", "en": "risk assessment"},
    "access.category.notes": {
        "it": "note dei colloqui, che possono contenere dati sulla salute, sulla vita sessuale "
        "e su reati (artt. 9 e 10 GDPR)",
        "en": "interview notes, which may hold data about health, sex life and offences "
        "(GDPR art. 9 and 10)",
    },
    "access.category.consent": {"it": "consenso alla condivisione", "en": "consent to share"},
    "access.category.attachments": {"it": "documenti allegati", "en": "attached documents"},
    "access.scope_said.full": {
        "en": "Contents: the whole case file (the person is the victim).",
    },
    "access.scope_said.third_party": {
        "it": "Contenuto: i dati della persona e le informazioni dell'art. 15; non comprende "
        "{sections} (dati di un'altra persona).",
        "en": "Contents: the person's data and the art. 15 information; it leaves out "
        "{sections} (another person's data).",
    },
    "access.scope_said.restricted": {
        "it": "Contenuto limitato (art. 2-undecies Codice privacy): solo i dati identificativi "
        "della persona; non comprende {sections}.",
        "en": "Restricted contents (art. 2-undecies Italian privacy code): only the person's "
        "identifying data; it leaves out {sections}.",
    },
    # A child's request is made by a parent, who may be the alleged offender.
    "access.scope_said.child": {
        "it": "Per un minore la richiesta la presenta un genitore: se è il presunto autore, "
        "l'estratto va limitato (art. 2-undecies): rete person export --restricted, oppure la "
        "casella «Limita come per un presunto autore».",
        "en": "A child's request is made by a parent: if that parent is the alleged offender, "
        "the export must be restricted (art. 2-undecies): rete person export --restricted, or "
        "the «Restrict as for an alleged offender» box.",
    },
    "access.scope_said.released": {
        "it": "Comunicati anche, con il motivo registrato nel registro di audit: {sections}.",
        "en": "Also disclosed, with the reason recorded in the audit log: {sections}.",
    },
    # --- the office's release and its errors --------------------------------------------------
    "access.bad_section": {
        "it": "Sezione sconosciuta. Sezioni possibili: {sections}.",
        "en": "Unknown section. Possible sections: {sections}.",
    },
    "access.reason_required": {
        "it": "Per comunicare più di quanto previsto per il ruolo serve un motivo scritto "
        "(--reason): resta nel registro di audit.",
        "en": "Disclosing more than the role's default needs a written reason (--reason): it "
        "stays in the audit log.",
    },
    "access.reason_too_long": {
        "it": "Il motivo è troppo lungo (al massimo {max} caratteri).",
        "en": "The reason is too long (at most {max} characters).",
    },
    "access.reason_identifies": {
        "en": "The reason must not hold e-mail addresses, codici fiscali or street addresses "
        "(street and house number): it stays in the audit log even after the case is erased.",
    },
    "access.reason_names_someone": {
        "en": "The reason must not hold names or phone numbers: it stays in the audit log even "
        "after the case is erased.",
    },
    "help.person.export.restricted": {
        "it": "limita l'estratto come per un presunto autore (art. 2-undecies Codice privacy), "
        "ad es. se la richiesta per un minore viene da lui",
        "en": "restrict the export as for an alleged offender (art. 2-undecies Italian privacy "
        "code), e.g. when he makes the request for a child",
    },
    "help.person.export.release": {
        "it": "comunica anche queste sezioni (separate da virgole: {sections}); serve --reason",
        "en": "also disclose these sections (comma-separated: {sections}); needs --reason",
    },
    "help.person.export.reason": {
        "it": "perché l'ufficio comunica più del previsto (resta nel registro di audit: "
        "nessun nome)",
        "en": "why the office discloses more than the default (kept in the audit log: no "
        "names)",
    },
}
