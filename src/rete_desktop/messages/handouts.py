"""Messages of the documents handed to the woman of a case (``rete case handout``, the case's
"Give her a document" dialog): the note written in the case, the names of the documents'
languages in the operator's language, refusals."""

MESSAGES: dict[str, dict[str, str]] = {
    "handout.note": {
        "it": "Consegnato alla donna: {document} in {language}, il {date}.",
        "en": "Handed to the woman: {document} in {language}, on {date}.",
    },
    "handout.document.leaflet": {"it": "volantino informativo", "en": "information leaflet"},
    "handout.document.card": {"it": "tessera tascabile con i numeri utili",
                              "en": "wallet card with the useful numbers"},
    "handout.document.info-sheet": {
        "it": "foglio dei diritti della persona offesa (art. 90-bis c.p.p.)",
        "en": "sheet of the victim's rights (art. 90-bis c.p.p.)",
    },
    "handout.lang.it": {"it": "italiano", "en": "Italian"},
    "handout.lang.en": {"it": "inglese", "en": "English"},
    "handout.lang.fr": {"it": "francese", "en": "French"},
    "handout.lang.es": {"it": "spagnolo", "en": "Spanish"},
    "handout.lang.ro": {"it": "rumeno", "en": "Romanian"},
    "handout.lang.sq": {"it": "albanese", "en": "Albanian"},
    "handout.lang.ar": {"it": "arabo", "en": "Arabic"},
    "handout.lang.ur": {"it": "urdu", "en": "Urdu"},
    "handout.lang.pa": {"it": "punjabi", "en": "Punjabi"},
    "handout.lang.zh": {"it": "cinese", "en": "Chinese"},
    "handout.lang.uk": {"it": "ucraino", "en": "Ukrainian"},
    "handout.bad_document": {
        "it": "Documento sconosciuto «{value}»: scegli tra {choices}.",
        "en": "Unknown document '{value}': choose one of {choices}.",
    },
    "handout.bad_language": {
        "it": "Lingua «{value}» non disponibile per i documenti: scegli tra {choices}.",
        "en": "Language '{value}' is not available for the documents: choose one of {choices}.",
    },
    "handout.future": {
        "it": "La data di consegna {date} è nel futuro: indica il giorno in cui è stato "
              "consegnato.",
        "en": "The hand-over date {date} is in the future: give the day it was handed over.",
    },
    "handout.recorded": {
        "it": "Caso {ref}: registrata la consegna ({document}, {language}).",
        "en": "Case {ref}: hand-over recorded ({document}, {language}).",
    },
    "handout.step_done": {
        "it": "Passo del Codice Rosso segnato come fatto: {title}",
        "en": "Codice Rosso step marked done: {title}",
    },
    "help.case.handout": {
        "it": "registra che alla donna è stato consegnato un documento (volantino, tessera, "
              "foglio dei diritti art. 90-bis) e in quale lingua; il foglio dei diritti chiude "
              "il passo «informazioni-90bis» del Codice Rosso",
        "en": "record that a document (leaflet, card, art. 90-bis rights sheet) was handed to "
              "the woman and in which language; the rights sheet closes the Codice Rosso step "
              "'informazioni-90bis'",
    },
    "help.case.handout.document": {
        "it": "leaflet (volantino), card (tessere tascabili) o info-sheet (foglio dei diritti)",
        "en": "leaflet, card (wallet cards) or info-sheet (rights sheet)",
    },
    "help.case.handout.lang": {
        "it": "lingua del documento consegnato (codice: it, en, ar, ur…)",
        "en": "language of the document handed over (code: it, en, ar, ur…)",
    },
    "help.case.handout.keep_step": {
        "it": "non segnare come fatto il passo del Codice Rosso",
        "en": "do not mark the Codice Rosso step done",
    },
}
