"""Messages of office identity, member cards and the network directory."""

MESSAGES: dict[str, dict[str, str]] = {
    "identity.show": {
        "it": "Ufficio: {name} ({kind})\nIdentificativo: {office_id}\n"
        "Chiave di firma: {signing_key}\nChiave di cifratura: {encryption_key}\n"
        "Impronta: {fingerprint}\nNumero di sicurezza: {safety_number}",
        "en": "Office: {name} ({kind})\nOffice id: {office_id}\n"
        "Signing key: {signing_key}\nEncryption key: {encryption_key}\n"
        "Fingerprint: {fingerprint}\nSafety number: {safety_number}",
    },
    "identity.card_written": {
        "it": "Scheda dell'ufficio scritta in {path}. Impronta: {fingerprint}.",
        "en": "Office card written to {path}. Fingerprint: {fingerprint}.",
    },
    "identity.secret_keys_written": {
        "it": "Chiavi segrete scritte in {path} (age-identity.txt, signing_key). "
        "Custodiscile come la passphrase: chi le ha può leggere e firmare a nome dell'ufficio.",
        "en": "Secret keys written to {path} (age-identity.txt, signing_key). "
        "Guard them like the passphrase: whoever holds them can read and sign as this office.",
    },
    "card.too_large": {
        "it": "Il file non è una scheda ufficio: è troppo grande (massimo {max} byte).",
        "en": "The file is not an office card: it is too large (maximum {max} bytes).",
    },
    "card.malformed": {
        "it": "La scheda ufficio è danneggiata o non valida ({reason}).",
        "en": "The office card is damaged or invalid ({reason}).",
    },
    "card.wrong_format": {
        "it": "Il file non è una scheda ufficio Rete (atteso il formato {expected}).",
        "en": "The file is not a Rete office card (expected format {expected}).",
    },
    "card.bad_signature": {
        "it": "La firma della scheda ufficio non è valida: la scheda è stata alterata o non è "
        "dell'ufficio che dichiara ({reason}).",
        "en": "The office card's signature is not valid: the card was altered or is not from "
        "the office it names ({reason}).",
    },
    "directory.too_large": {
        "it": "Il file non è un elenco della rete: è troppo grande (massimo {max} byte).",
        "en": "The file is not a network directory: it is too large (maximum {max} bytes).",
    },
    "directory.malformed": {
        "it": "L'elenco della rete è danneggiato, troncato o non valido ({reason}).",
        "en": "The network directory is damaged, truncated or invalid ({reason}).",
    },
    "directory.wrong_format": {
        "it": "Il file non è un elenco della rete Rete (atteso il formato {expected}).",
        "en": "The file is not a Rete network directory (expected format {expected}).",
    },
    "directory.bad_signature": {
        "it": "Elenco della rete rifiutato: la firma non è valida, il file è stato alterato "
        "({reason}).",
        "en": "Network directory refused: the signature is not valid, the file was altered "
        "({reason}).",
    },
    "directory.other_coordinator": {
        "it": "Elenco della rete rifiutato: è firmato da un altro coordinatore (impronta "
        "{found}), non da quello registrato ({pinned}).",
        "en": "Network directory refused: it is signed by another coordinator (fingerprint "
        "{found}), not the one on record ({pinned}).",
    },
    "directory.version_jump": {
        "it": "La rubrica dichiara la versione {version}, più di {step} versioni oltre quella "
        "attuale ({current}): rifiutata (una versione così alta bloccherebbe ogni "
        "aggiornamento futuro). Avvisa il coordinatore.",
        "en": "The directory claims version {version}, more than {step} versions past the "
        "current one ({current}): refused (so high a version would block every future "
        "update). Tell the coordinator.",
    },
    "directory.member_reactivated": {
        "it": "La rubrica riattiva {name} ({id}) con le stesse chiavi con cui era stato "
        "revocato: rifiutata. Una revoca è definitiva; un ufficio può rientrare solo con "
        "chiavi nuove, confermate da ogni membro.",
        "en": "The directory re-activates {name} ({id}) under the keys it was revoked with: "
        "refused. A revocation is final; an office can only come back with new keys, "
        "confirmed at each member.",
    },
    "directory.not_newer": {
        "it": "Elenco della rete rifiutato: la versione {version} non è più recente di quella "
        "già importata ({current}).",
        "en": "Network directory refused: version {version} is not newer than the one already "
        "imported ({current}).",
    },
    "directory.expired": {
        "it": "Elenco della rete rifiutato: la versione {version} è scaduta il {expires}. "
        "Chiedi al coordinatore un elenco aggiornato.",
        "en": "Network directory refused: version {version} expired on {expires}. "
        "Ask the coordinator for a current directory.",
    },
    "directory.pin_unconfirmed": {
        "it": "Primo elenco della rete: confronta al telefono con il coordinatore il numero di "
        "sicurezza {safety_number} e ripeti con --yes.",
        "en": "First network directory: compare the safety number {safety_number} with the "
        "coordinator over the phone, then repeat with --yes.",
    },
    "directory.pin_confirm_with_yes": {
        "it": "Se il numero di sicurezza qui sopra coincide con quello del coordinatore, "
        "ripeti con --yes.",
        "en": "If the safety number above matches the coordinator's, repeat with --yes.",
    },
    "directory.member_key_changed": {
        "it": "ATTENZIONE: IL NUMERO DI SICUREZZA DI «{name}» ({id}) È CAMBIATO. Impronta "
        "precedente {old}, nuova {new}. Può essere un cambio di computer o una sostituzione "
        "di chiave: verifica al telefono con l'ufficio, poi ripeti con --accept-key-change {id}.",
        "en": "WARNING: THE SAFETY NUMBER OF '{name}' ({id}) HAS CHANGED. Previous fingerprint "
        "{old}, new {new}. It may be a new computer or a key substitution: check with the "
        "office over the phone, then repeat with --accept-key-change {id}.",
    },
    "directory.key_change_accepted": {
        "it": "Nuove chiavi accettate per {name} ({id}): impronta {fingerprint}.",
        "en": "New keys accepted for {name} ({id}): fingerprint {fingerprint}.",
    },
    "directory.own_directory": {
        "it": "Questo ufficio è il coordinatore: il suo elenco è già aggiornato, non serve "
        "importarlo.",
        "en": "This office is the coordinator: its directory is already current, there is no "
        "need to import it.",
    },
    "directory.not_coordinator": {
        "it": "Solo l'ufficio coordinatore può modificare e pubblicare l'elenco della rete "
        "(vedi 'rete directory create').",
        "en": "Only the coordinator office can change and publish the network directory "
        "(see 'rete directory create').",
    },
    "directory.already_exists": {
        "it": "Questo ufficio ha già un elenco della rete.",
        "en": "This office already has a network directory.",
    },
    "directory.card_is_self": {
        "it": "È la scheda di questo ufficio, che è già membro come coordinatore.",
        "en": "This is this office's own card; it is already a member as the coordinator.",
    },
    "directory.card_revoked": {
        "it": "«{name}» ({id}) è stato revocato e non può essere riammesso con lo stesso "
        "identificativo: l'ufficio deve creare una nuova cassaforte.",
        "en": "'{name}' ({id}) was revoked and cannot be readmitted under the same id: the "
        "office must create a new vault.",
    },
    "directory.key_in_use": {
        "it": "La chiave di firma della scheda appartiene già a un altro membro ({id}).",
        "en": "The card's signing key already belongs to another member ({id}).",
    },
    "directory.revoke_self": {
        "it": "Il coordinatore non può revocare se stesso.",
        "en": "The coordinator cannot revoke itself.",
    },
    "directory.member_not_found": {
        "it": "Nessun membro della rete con identificativo {id}.",
        "en": "No network member with id {id}.",
    },
    "directory.bad_validity": {
        "it": "La validità deve essere da 1 a {max} giorni.",
        "en": "The validity must be from 1 to {max} days.",
    },
    "directory.card_check": {
        "it": "Scheda di «{name}» ({kind}, {id}).\nImpronta: {fingerprint}\n"
        "Numero di sicurezza: {safety_number}\n"
        "Confrontali al telefono con l'ufficio prima di aggiungerlo.",
        "en": "Card of '{name}' ({kind}, {id}).\nFingerprint: {fingerprint}\n"
        "Safety number: {safety_number}\n"
        "Compare them with the office over the phone before adding it.",
    },
    "directory.card_replaces_key": {
        "it": "ATTENZIONE: «{name}» ({id}) è già membro con chiavi diverse (impronta {old}). "
        "La scheda le sostituisce: il numero di sicurezza cambia per tutta la rete.",
        "en": "WARNING: '{name}' ({id}) is already a member with different keys (fingerprint "
        "{old}). This card replaces them: the safety number changes for the whole network.",
    },
    "directory.confirm_prompt": {
        "it": "Confermi? Scrivi 'si' per procedere: ",
        "en": "Confirm? Type 'yes' to proceed: ",
    },
    "directory.not_confirmed": {
        "it": "Non confermato: nulla è stato cambiato. Negli script usa --yes.",
        "en": "Not confirmed: nothing was changed. In scripts use --yes.",
    },
    "directory.member_added": {
        "it": "Membro aggiunto: {name} ({id}). Pubblica l'elenco per farlo sapere alla rete.",
        "en": "Member added: {name} ({id}). Publish the directory to tell the network.",
    },
    "directory.member_revoked": {
        "it": "Membro revocato dal {date}: {name} ({id}). Pubblica l'elenco per farlo sapere "
        "alla rete.",
        "en": "Member revoked as of {date}: {name} ({id}). Publish the directory to tell the "
        "network.",
    },
    "directory.created": {
        "it": "Questo ufficio è ora il coordinatore della rete «{network}».",
        "en": "This office is now the coordinator of the network '{network}'.",
    },
    "directory.published": {
        "it": "Elenco della rete versione {version} scritto in {path}, valido fino al "
        "{expires}.",
        "en": "Network directory version {version} written to {path}, valid until {expires}.",
    },
    "directory.coordinator_check": {
        "it": "Primo elenco della rete «{network}», firmato dal coordinatore «{name}».\n"
        "Numero di sicurezza del coordinatore: {safety_number}\n"
        "Confrontalo al telefono con il coordinatore: da ora saranno accettati solo elenchi "
        "firmati da questa chiave.",
        "en": "First directory of the network '{network}', signed by the coordinator '{name}'.\n"
        "Coordinator safety number: {safety_number}\n"
        "Compare it with the coordinator over the phone: from now on only directories signed "
        "by this key will be accepted.",
    },
    "directory.imported": {
        "it": "Elenco della rete «{network}» versione {version} importato: {count} membri, "
        "valido fino al {expires}.",
        "en": "Directory of the network '{network}' version {version} imported: {count} "
        "members, valid until {expires}.",
    },
    "directory.self_missing": {
        "it": "Attenzione: questo ufficio non compare nell'elenco; gli altri uffici non "
        "possono inviargli pacchetti. Manda la tua scheda al coordinatore.",
        "en": "Warning: this office is not in the directory; other offices cannot send it "
        "packets. Send your card to the coordinator.",
    },
    "directory.self_key_mismatch": {
        "it": "Attenzione: l'elenco riporta per questo ufficio chiavi diverse da quelle di "
        "questa cassaforte. Manda una scheda aggiornata al coordinatore.",
        "en": "Warning: the directory lists keys for this office that differ from this "
        "vault's. Send an updated card to the coordinator.",
    },
    "directory.self_revoked": {
        "it": "Attenzione: questo ufficio risulta revocato nell'elenco della rete.",
        "en": "Warning: this office is listed as revoked in the network directory.",
    },
    "directory.none": {
        "it": "Nessun elenco della rete: importane uno ('rete directory import') o creane uno "
        "come coordinatore ('rete directory create').",
        "en": "No network directory: import one ('rete directory import') or create one as "
        "the coordinator ('rete directory create').",
    },
}
