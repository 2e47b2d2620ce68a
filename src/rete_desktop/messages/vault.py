"""Messages about opening, locking, backing up and checking the vault."""

MESSAGES: dict[str, dict[str, str]] = {
    "vault.wrong_passphrase": {
        "it": "Passphrase errata: la cassaforte non è stata aperta e nulla è cambiato.",
        "en": "Wrong passphrase: the vault was not opened and nothing changed.",
    },
    "vault.wrong_recovery_key": {
        "it": "Chiave di recupero errata: la cassaforte non è stata aperta.",
        "en": "Wrong recovery key: the vault was not opened.",
    },
    "vault.already_open": {
        "it": "La cassaforte è già aperta in un'altra finestra o da un altro programma. "
        "Chiudi l'altra sessione e riprova.",
        "en": "The vault is already open in another window or program. "
        "Close the other session and try again.",
    },
    "vault.not_found": {
        "it": "Nessuna cassaforte in {path}. Creane una con 'rete init' o 'rete demo'.",
        "en": "No vault at {path}. Create one with 'rete init' or 'rete demo'.",
    },
    "vault.exists": {
        "it": "Esiste già una cassaforte in {path}: non viene sovrascritta.",
        "en": "A vault already exists at {path}: it will not be overwritten.",
    },
    "vault.keyslots_corrupt": {
        "it": "Il file delle chiavi della cassaforte è danneggiato o non valido ({reason}). "
        "I dati non sono stati toccati: ripristina una copia di sicurezza.",
        "en": "The vault's key file is damaged or invalid ({reason}). "
        "The data was not touched: restore a backup.",
    },
    "vault.database_corrupt": {
        "it": "Il database della cassaforte è danneggiato o non è un database Rete ({reason}). "
        "Non è stato modificato. Ripristina l'ultima copia di sicurezza: sposta altrove questa "
        "cartella e usa 'rete restore FILE'.",
        "en": "The vault database is damaged or is not a Rete database ({reason}). "
        "It was not changed. Restore the latest backup: move this folder aside and use "
        "'rete restore FILE'.",
    },
    "vault.database_missing": {
        "it": "In {path} c'è il file delle chiavi ma manca il database della cassaforte: "
        "non viene creato un ufficio nuovo. Ripristina l'ultima copia di sicurezza: sposta "
        "altrove questa cartella e usa 'rete restore FILE'.",
        "en": "{path} holds the vault's key file but its database is missing: no new office "
        "is created. Restore the latest backup: move this folder aside and use "
        "'rete restore FILE'.",
    },
    "vault.database_foreign": {
        "it": "Il database in questa cartella appartiene a un'altra cassaforte (non corrisponde "
        "al file delle chiavi): non è stato aperto né modificato. Rimetti insieme i due file "
        "della stessa cassaforte o ripristina una copia di sicurezza.",
        "en": "The database in this folder belongs to another vault (it does not match the "
        "key file): it was neither opened nor changed. Put the two files of the same vault "
        "back together or restore a backup.",
    },
    "vault.file_replaced": {
        "it": "Il file della cassaforte in {path} è stato cancellato, spostato o sostituito "
        "mentre era aperto: questa modifica NON è stata salvata e non se ne salvano altre. "
        "Chiudi il programma, controlla la cartella e, se serve, ripristina una copia di "
        "sicurezza.",
        "en": "The vault file in {path} was deleted, moved or replaced while open: this change "
        "was NOT saved and no further change will be. Close the program, check the folder "
        "and, if needed, restore a backup.",
    },
    "vault.failed_attempt": {
        "it": "Attenzione: un tentativo fallito di aprire la cassaforte il {since}. "
        "Se non eri tu, avvisa il responsabile dell'ufficio.",
        "en": "Warning: one failed attempt to open the vault on {since}. If it was not you, "
        "tell the person in charge of the office.",
    },
    "vault.failed_attempts": {
        "it": "Attenzione: {count} tentativi falliti di aprire la cassaforte dal {since}. "
        "Se non eri tu, avvisa il responsabile dell'ufficio.",
        "en": "Warning: {count} failed attempts to open the vault since {since}. If it was "
        "not you, tell the person in charge of the office.",
    },
    "vault.opened_read_only": {
        "it": "Cassaforte aperta in sola lettura ({reason}): si può leggere, cercare, stampare "
        "e fare una copia di sicurezza su un altro disco; nessuna modifica può essere salvata.",
        "en": "Vault opened read-only ({reason}): you can read, search, print and back up to "
        "another disk; no change can be saved.",
    },
    "vault.reason_empty": {
        "it": "il file è vuoto",
        "en": "the file is empty",
    },
    "vault.reason_no_schema": {
        "it": "non contiene le tabelle di una cassaforte",
        "en": "it holds none of a vault's tables",
    },
    "vault.too_new": {
        "it": "Questa cassaforte è stata creata da una versione più recente di Rete Desktop "
        "(schema {found}, supportato fino a {supported}). Aggiorna il programma.",
        "en": "This vault was created by a newer Rete Desktop (schema {found}, this version "
        "supports up to {supported}). Please update the program.",
    },
    "vault.passphrase_too_short": {
        "it": "La passphrase deve avere almeno {min} caratteri.",
        "en": "The passphrase must have at least {min} characters.",
    },
    "vault.passphrase_mismatch": {
        "it": "Le due passphrase non coincidono.",
        "en": "The two passphrases do not match.",
    },
    "vault.passphrase_missing": {
        "it": "Serve una passphrase: impostare RETE_PASSPHRASE o usare un terminale interattivo.",
        "en": "A passphrase is needed: set RETE_PASSPHRASE or use an interactive terminal.",
    },
    "vault.write_failed": {
        "it": "Impossibile scrivere su disco ({reason}). Nessuna modifica è stata salvata.",
        "en": "Could not write to disk ({reason}). No change was saved.",
    },
    "vault.locked": {
        "it": "La cassaforte è bloccata.",
        "en": "The vault is locked.",
    },
    "vault.check_ok": {
        "it": "Controllo completato: database integro, schema {version}, registro di audit "
        "verificato ({entries} {entries:voce|voci}).",
        "en": "Check passed: database intact, schema {version}, audit log verified "
        "({entries} {entries:entry|entries}).",
    },
    "vault.backup_not_rete": {
        "it": "Il file non è una copia di sicurezza di Rete Desktop.",
        "en": "The file is not a Rete Desktop backup.",
    },
    "vault.backup_damaged": {
        "it": "La copia di sicurezza è danneggiata: l'intestazione non è leggibile.",
        "en": "The backup is damaged: its header cannot be read.",
    },
    "vault.backup_truncated": {
        "it": "La copia di sicurezza è incompleta o ha byte in più: copiala di nuovo.",
        "en": "The backup is incomplete or has extra bytes: copy it again.",
    },
    "vault.backup_altered": {
        "it": "Il contenuto della copia di sicurezza non corrisponde: il file è danneggiato.",
        "en": "The backup's content does not match its checksum: the file is damaged.",
    },
    "vault.backup_content_damaged": {
        "it": "La copia di sicurezza contiene un database danneggiato ({reason}): non è stato "
        "ripristinato nulla. Prova una copia di sicurezza precedente.",
        "en": "The backup holds a damaged database ({reason}): nothing was restored. Try an "
        "earlier backup.",
    },
    "vault.backup_written": {
        "it": "Copia di sicurezza cifrata scritta in {path}.",
        "en": "Encrypted backup written to {path}.",
    },
    "vault.restored": {
        "it": "Cassaforte ripristinata in {path}.",
        "en": "Vault restored to {path}.",
    },
    "vault.recovery_key_notice": {
        "it": "CHIAVE DI RECUPERO — scrivila su carta e conservala in un luogo sicuro. "
        "Non verrà mostrata di nuovo:",
        "en": "RECOVERY KEY — write it on paper and keep it somewhere safe. "
        "It will not be shown again:",
    },
    "vault.passphrase_changed": {
        "it": "Passphrase cambiata.",
        "en": "Passphrase changed.",
    },
    "vault.demo_passphrase": {
        "it": "Ufficio dimostrativo creato in {path}. Passphrase di prova: {passphrase}",
        "en": "Demo office created at {path}. Demo passphrase: {passphrase}",
    },
    "audit.tampered": {
        "it": "Il registro di audit è stato alterato: voce {seq} non corrisponde ({reason}).",
        "en": "The audit log has been tampered with: entry {seq} does not match ({reason}).",
    },
    "audit.ok": {
        "it": "Registro di audit integro: {entries} {entries:voce verificata|voci verificate}. "
        "Impronta dell'ultima voce: "
        "{head} — annotala: permette di accorgersi se la cassaforte viene sostituita da una "
        "copia più vecchia.",
        "en": "Audit log intact: {entries} {entries:entry|entries} verified. Fingerprint of the "
        "last entry: "
        "{head} — write it down: it shows if the vault is ever replaced by an older copy.",
    },
    "audit.expect_hint": {
        "it": "Per controllarla in seguito: rete audit verify --expect {head}",
        "en": "To check it later: rete audit verify --expect {head}",
    },
    "audit.bad_head": {
        "it": "Impronta non valida: {value} (formato NUMERO:ESADECIMALE, almeno 8 cifre).",
        "en": "Invalid fingerprint: {value} (format NUMBER:HEX, at least 8 digits).",
    },
    "audit.head_mismatch": {
        "it": "La voce {seq} del registro di audit non corrisponde all'impronta annotata: la "
        "cassaforte potrebbe essere stata sostituita con una copia più vecchia o alterata.",
        "en": "Audit entry {seq} does not match the fingerprint written down: the vault may "
        "have been replaced by an older or altered copy.",
    },
    "vault.operator_exists": {
        "it": "Esiste già un operatore «{name}».",
        "en": "An operator “{name}” already exists.",
    },
    "vault.operator_admin_only": {
        "it": "Solo chi ha la passphrase principale dell'ufficio (o la chiave di recupero) può "
        "aggiungere o rimuovere operatori.",
        "en": "Only the holder of the office's main passphrase (or recovery key) can add or "
        "remove operators.",
    },
    "vault.operator_not_found": {
        "it": "Nessun operatore «{name}».",
        "en": "No operator “{name}”.",
    },
    "vault.operator_added": {
        "it": "Operatore «{name}» aggiunto: da ora apre la cassaforte con la propria passphrase "
        "e il registro di audit riporta il suo nome.",
        "en": "Operator “{name}” added: they now open the vault with their own passphrase and "
        "the audit log shows their name.",
    },
    "vault.operator_removed": {
        "it": "Operatore «{name}» rimosso: la sua passphrase non apre più la cassaforte.",
        "en": "Operator “{name}” removed: their passphrase no longer opens the vault.",
    },
    "vault.passphrase_weak": {
        "it": "Passphrase troppo debole: {reason}. Usate almeno quattro parole non collegate "
        "tra loro, per esempio una frase che solo voi conoscete.",
        "en": "Passphrase too weak: {reason}. Use at least four unrelated words, for example "
        "a sentence only you know.",
    },
    "passphrase.reason.short": {
        "it": "è più corta di 8 caratteri",
        "en": "it is shorter than 8 characters",
    },
    "passphrase.reason.common": {
        "it": "è tra le password più usate, la prima cosa che si prova",
        "en": "it is among the most used passwords, the first thing anyone tries",
    },
    "passphrase.reason.word": {
        "it": "è una parola o un nome comune, facile da indovinare",
        "en": "it is a common word or name, easy to guess",
    },
    "passphrase.reason.office_name": {
        "it": "contiene il nome dell'ufficio o dell'operatore",
        "en": "it contains the office's or the operator's name",
    },
    "passphrase.reason.repeat": {
        "it": "ripete le stesse parole o gli stessi caratteri",
        "en": "it repeats the same words or characters",
    },
    "passphrase.reason.sequence": {
        "it": "è una sequenza (abcd, 1234)",
        "en": "it is a sequence (abcd, 1234)",
    },
    "passphrase.reason.keyboard": {
        "it": "segue una riga della tastiera (qwerty)",
        "en": "it follows a row of the keyboard (qwerty)",
    },
    "passphrase.reason.date": {
        "it": "è o contiene una data o un anno",
        "en": "it is or contains a date or a year",
    },
    "passphrase.reason.guessable": {
        "it": "è troppo corta o prevedibile",
        "en": "it is too short or predictable",
    },
    "vault.operator_unnamed": {
        "it": "Nessun nome di operatore indicato: note e segnalazioni riporteranno «Operatore "
        "dell'ufficio». Indicatelo con: rete operator set --name NOME --role RUOLO",
        "en": "No operator name given: notes and referrals will say “Operatore dell'ufficio”. "
        "Set it with: rete operator set --name NAME --role ROLE",
    },
    "vault.operator_named": {
        "it": "Da ora note, segnalazioni e registro di audit riportano «{label}».",
        "en": "Notes, referrals and the audit log now say “{label}”.",
    },
}
