"""Help texts of the ``rete`` command (subcommands and options) in the UI language.

Ids follow the command path: ``help.case.new`` describes ``rete case new``,
``help.case.erase.yes`` its ``--yes`` option. Shared texts have a short id of their own.
Registered in the core's catalogue by ``cli/__init__.py`` (Italian in ``po/rete-core/it.po``).
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Global options and the program
    "help.rete": {
        "en": "Rete Desktop: the office's case records and secure exchange with the anti-violence "
        "network",
    },
    "help.option.vault": {"it": "cartella della cassaforte", "en": "vault directory"},
    "help.rete.epilog": {
        "it": "Senza comando si apre l'app. Per aprire nell'app un'altra cassaforte (per esempio "
        "una copia ripristinata o l'ufficio di prova): rete --vault CARTELLA (dal sorgente: "
        "./scripts/run --vault CARTELLA), oppure la variabile d'ambiente RETE_VAULT=CARTELLA. "
        "Se la cartella è vuota, l'app guida nella creazione di un nuovo ufficio.",
        "en": "With no command the app opens. To open another vault in the app (for example a "
        "restored copy or a test office): rete --vault DIRECTORY (from the source: "
        "./scripts/run --vault DIRECTORY), or the environment variable RETE_VAULT=DIRECTORY. "
        "If the directory is empty, the app walks you through creating a new office.",
    },
    "help.option.json": {"it": "stampa un unico documento JSON", "en": "print one JSON document"},
    # Vault set-up and maintenance (vault_commands.py, operator_commands.py)
    "help.init": {"it": "crea la cassaforte dell'ufficio", "en": "create an office vault"},
    "help.demo": {
        "it": "crea una cassaforte con dati fittizi",
        "en": "create a vault with synthetic data",
    },
    "help.unlock_check": {
        "it": "esce con 0 se la passphrase apre la cassaforte",
        "en": "exit 0 if the passphrase opens the vault",
    },
    "help.recover": {
        "it": "sblocca con la chiave di recupero e imposta una nuova passphrase",
        "en": "unlock with the recovery key and set a new passphrase",
    },
    "help.passwd": {"it": "cambia la passphrase", "en": "change the passphrase"},
    "help.operator": {
        "it": "operatori con una propria passphrase",
        "en": "operators with their own passphrase",
    },
    "help.operator.add": {
        "it": "dà a un operatore una propria passphrase",
        "en": "give an operator their own passphrase",
    },
    "help.operator.set": {
        "it": "indica nome e ruolo di chi usa questa passphrase (firma note e segnalazioni)",
        "en": "set the name and role of whoever uses this passphrase (signs notes and referrals)",
    },
    "help.operator.name": {
        "it": "nome e cognome, es. Mario Rossi",
        "en": "name and surname, e.g. Mario Rossi",
    },
    "help.operator.role": {
        "it": "ruolo o grado, es. App. Sc. oppure Ass. soc.",
        "en": "role or rank, e.g. App. Sc. or Ass. soc.",
    },
    "help.operator.phone": {
        "it": "il tuo numero diretto, stampato sulle segnalazioni per essere richiamato/a",
        "en": "your direct number, printed on referrals for the call-back",
    },
    "help.init.operator_name": {
        "it": "nome di chi custodisce la passphrase dell'ufficio (firma note e segnalazioni)",
        "en": "name of whoever holds the office passphrase (signs notes and referrals)",
    },
    "help.operator.remove": {
        "it": "revoca la passphrase di un operatore",
        "en": "revoke an operator's passphrase",
    },
    "help.vault": {"it": "manutenzione della cassaforte", "en": "vault maintenance"},
    "help.vault.check": {
        "it": "controllo di integrità, dello schema e della catena del registro di audit",
        "en": "integrity, schema and audit chain check",
    },
    "help.backup": {
        "it": "copia di sicurezza cifrata in un unico file",
        "en": "encrypted single-file backup",
    },
    "help.backup.force": {"it": "sostituisce un file esistente", "en": "replace an existing file"},
    "help.restore": {
        "it": "ripristina una copia di sicurezza in una nuova cassaforte",
        "en": "restore a backup into a new vault",
    },
    "help.audit": {"it": "il registro di audit", "en": "the audit log"},
    "help.audit.verify": {
        "it": "verifica la catena di hash del registro di audit",
        "en": "check the audit log's hash chain",
    },
    "help.audit.verify.expect": {
        "it": "impronta annotata in precedenza (NUMERO:ESADECIMALE) che deve esserci ancora",
        "en": "a fingerprint written down earlier (NUMBER:HEX) that must still be there",
    },
    "help.audit.list": {
        "it": "voci del registro di audit, dalla più recente",
        "en": "audit entries, newest first",
    },
    # Daily work (case_, person_, note_, protocol_, task_, contact_, office_, search_commands.py)
    "help.contact": {
        "it": "persone da contattare negli altri uffici",
        "en": "people to reach in other offices",
    },
    "help.contact.add": {"it": "aggiunge un contatto", "en": "add a contact"},
    "help.contact.role": {
        "it": "testo libero, es. assistente sociale",
        "en": "free text, e.g. assistente sociale",
    },
    "help.contact.list": {"it": "tutti i contatti", "en": "all contacts"},
    "help.contact.show": {"it": "un contatto", "en": "one contact"},
    "help.office": {
        "it": "uffici della rete conosciuti qui",
        "en": "network member offices known locally",
    },
    "help.office.add": {"it": "aggiunge un ufficio", "en": "add an office"},
    "help.office.phone": {"it": "ripetere per più numeri", "en": "repeat for more numbers"},
    "help.office.email": {"it": "ripetere per più indirizzi", "en": "repeat for more addresses"},
    "help.office.list": {"it": "tutti gli uffici", "en": "all offices"},
    "help.case": {"it": "casi", "en": "cases"},
    "help.case.new": {"it": "apre un caso; stampa il suo id", "en": "open a case; prints its id"},
    "help.case.list": {"it": "casi, dal più recente", "en": "cases, newest first"},
    "help.case.show": {
        "it": "un caso con persone, note e compiti",
        "en": "a case with persons, notes and tasks",
    },
    "help.case.risk": {
        "it": "cambia il livello di rischio di un caso",
        "en": "change the risk level of a case",
    },
    "help.case.status": {"it": "cambia lo stato di un caso", "en": "change the status of a case"},
    "help.case.close": {"it": "chiude un caso", "en": "close a case"},
    "help.case.apply_protocol": {
        "it": "crea i compiti di un protocollo per un caso",
        "en": "create a protocol's tasks for a case",
    },
    "help.case.trigger_date": {"it": "predefinita: oggi", "en": "default: today"},
    "help.person": {"it": "persone di un caso", "en": "persons in a case"},
    "help.person.add": {
        "it": "aggiunge una persona a un caso; stampa il suo id",
        "en": "add a person to a case; prints its id",
    },
    "help.person.exposure": {"it": "per i minori: {values}", "en": "for children: {values}"},
    "help.note": {
        "it": "note dei casi (solo aggiunte, nessuna modifica)",
        "en": "case notes (append-only)",
    },
    "help.note.add": {
        "it": "aggiunge una nota a un caso; stampa il suo id",
        "en": "append a note to a case; prints its id",
    },
    "help.note.amend": {
        "it": "corregge una nota (l'originale resta)",
        "en": "correct a note (the original stays)",
    },
    "help.text_file": {
        "it": "un file di testo UTF-8, o - per leggere dallo standard input",
        "en": "a UTF-8 text file, or - for stdin",
    },
    "help.protocol": {"it": "protocolli della rete", "en": "network protocols"},
    "help.protocol.import": {"it": "importa un file di protocollo o una cartella di file",
                             "en": "import a protocol file or a folder of them"},
    "help.protocol.list": {"it": "protocolli importati", "en": "imported protocols"},
    "help.task": {"it": "compiti dei protocolli", "en": "protocol tasks"},
    "help.task.list": {
        "it": "compiti con scadenze e responsabili",
        "en": "tasks with due dates and owners",
    },
    "help.task.overdue": {"it": "solo quelli scaduti", "en": "only the overdue ones"},
    "help.task.done": {"it": "segna un compito come svolto", "en": "mark a task done"},
    "help.search": {"it": "ricerca nel testo", "en": "full-text search"},
    # Data protection (dataprotection_commands.py)
    "help.person.export": {
        "it": "accesso dell'interessato ai propri dati: PDF + JSON",
        "en": "data-subject access: PDF + JSON",
    },
    "help.person.export.out": {
        "it": "cartella per il PDF e il JSON",
        "en": "directory for the PDF and the JSON",
    },
    "help.case.erase": {
        "it": "cancellazione irreversibile di un caso",
        "en": "irreversible erasure of a case",
    },
    "help.case.erase.yes": {
        "it": "conferma: non si può annullare",
        "en": "confirm: this cannot be undone",
    },
    "help.retention": {"it": "conservazione dei casi", "en": "retention of cases"},
    "help.retention.review": {
        "it": "casi da rivedere per la conservazione",
        "en": "cases due for retention review",
    },
    "help.retention.policy": {
        "it": "mostra o imposta i periodi di revisione",
        "en": "show or set the review periods",
    },
    "help.processing_register": {
        "it": "registro delle attività di trattamento (art. 30 GDPR) in PDF",
        "en": "record of processing activities (GDPR art. 30) as PDF",
    },
    # Network directory (directory_commands.py)
    "help.directory": {"it": "l'elenco firmato della rete", "en": "the signed network directory"},
    "help.directory.create": {
        "it": "diventa il coordinatore della rete",
        "en": "become the network's coordinator",
    },
    "help.directory.name": {"it": "nome della rete", "en": "network name"},
    "help.directory.add_card": {
        "it": "coordinatore: aggiunge la scheda di un membro",
        "en": "coordinator: add a member card",
    },
    "help.directory.add_card.yes": {
        "it": "impronta già confermata",
        "en": "fingerprint already confirmed",
    },
    "help.directory.revoke": {
        "it": "coordinatore: revoca un membro",
        "en": "coordinator: revoke a member",
    },
    "help.directory.revoke.yes": {
        "it": "l'ufficio da revocare è stato controllato",
        "en": "the office to revoke is checked",
    },
    "help.directory.publish": {
        "it": "coordinatore: scrive il file firmato",
        "en": "coordinator: write the signed file",
    },
    "help.directory.import": {"it": "importa un elenco firmato", "en": "import a signed directory"},
    "help.directory.import.yes": {
        "it": "numero di sicurezza del coordinatore confermato",
        "en": "coordinator safety number confirmed",
    },
    "help.directory.accept_key_change": {
        "it": "accetta nuove chiavi per questo ufficio (dopo averle verificate con l'ufficio)",
        "en": "accept new keys for this office (after checking with it)",
    },
    "help.directory.list": {"it": "membri", "en": "members"},
    # Handbook (handbook_commands.py)
    "help.profile": {"it": "profili dei membri", "en": "member profiles"},
    "help.profile.edit": {
        "it": "modifica il profilo di questo ufficio",
        "en": "change this office's profile",
    },
    "help.profile.replaces_list": {
        "it": "ripetere; sostituisce l'elenco",
        "en": "repeat; replaces the list",
    },
    "help.profile.capabilities": {
        "it": "elenco separato da virgole tra: {values}",
        "en": "comma list of: {values}",
    },
    "help.profile.show": {
        "it": "un profilo (predefinito: quello di questo ufficio)",
        "en": "a profile (default: this office's)",
    },
    "help.profile.list": {"it": "tutti i profili conosciuti", "en": "every known profile"},
    "help.profile.export": {
        "it": "il file firmato del profilo di questo ufficio",
        "en": "this office's signed profile file",
    },
    "help.profile.import": {
        "it": "accetta il file del profilo di un ufficio",
        "en": "accept an office's profile file",
    },
    "help.glossary": {
        "it": "il linguaggio comune della rete",
        "en": "the network's common language",
    },
    "help.glossary.list": {"it": "tutti i termini", "en": "every term"},
    "help.glossary.search": {
        "it": "termini che corrispondono a una parola",
        "en": "terms matching a word",
    },
    "help.glossary.add": {
        "it": "coordinatore: aggiunge un termine",
        "en": "coordinator: add a term",
    },
    "help.glossary.edit": {
        "it": "coordinatore: modifica un termine",
        "en": "coordinator: change a term",
    },
    "help.who_to_call": {
        "it": "uffici che possono intervenire, e come",
        "en": "offices that can act, and how",
    },
    "help.leaflet": {
        "it": "il volantino informativo per la vittima (PDF)",
        "en": "the victim information leaflet (PDF)",
    },
    "help.leaflet.card": {
        "it": "invece del volantino, 8 tessere tascabili discrete (formato carta di credito) su "
        "un foglio A4",
        "en": "instead of the leaflet, 8 discreet wallet cards (credit-card size) on an A4 sheet",
    },
    "help.document_lang": {
        "it": "lingua del documento (default: quella dell'interfaccia): {values}",
        "en": "language of the document (default: the interface's): {values}",
    },
    "help.info_sheet": {
        "it": "il foglio dei diritti della persona offesa, art. 90-bis c.p.p. (PDF)",
        "en": "the sheet of the victim's rights, art. 90-bis c.p.p. (PDF)",
    },
    "help.prevention": {"it": "azioni di prevenzione", "en": "prevention actions"},
    "help.prevention.add": {
        "it": "registra un'azione di prevenzione",
        "en": "record a prevention action",
    },
    "help.prevention.kind": {"it": "uno tra: {values}", "en": "one of: {values}"},
    "help.prevention.list": {"it": "azioni in programma", "en": "upcoming actions"},
    "help.prevention.all": {"it": "anche quelle passate", "en": "past ones too"},
    "help.protocol.diff": {
        "it": "cosa è cambiato tra due versioni",
        "en": "what changed between two versions",
    },
    "help.protocol.updates": {
        "it": "nuove versioni non ancora viste",
        "en": "new versions not looked at yet",
    },
    # Office identity (identity_commands.py)
    "help.identity": {
        "it": "chiavi e scheda di membro di questo ufficio",
        "en": "this office's keys and member card",
    },
    "help.identity.show": {
        "it": "id dell'ufficio, chiavi pubbliche, numero di sicurezza",
        "en": "office id, public keys, safety number",
    },
    "help.identity.export_card": {
        "it": "scheda di membro autofirmata",
        "en": "self-signed member card",
    },
    "help.identity.export_secret_keys": {
        "it": "copia di deposito delle chiavi (non cifrata)",
        "en": "key escrow (unencrypted)",
    },
    "help.identity.export_secret_keys.yes": {
        "it": "conferma la scrittura delle chiavi segrete su disco",
        "en": "confirm writing secret keys to disk",
    },
    # Laboratorio (lab_commands.py)
    "help.lab": {
        "it": "laboratorio distrettuale: discussione dei casi in rete",
        "en": "laboratorio distrettuale: case conferences",
    },
    "help.lab.item": {
        "it": "la sintesi pseudonimizzata di un caso: mostrarla o inviarla a chi presiede",
        "en": "a case's pseudonymised summary: show it, or send it to the chair",
    },
    "help.lab.item.request": {
        "it": "cosa si chiede alla rete",
        "en": "what is asked of the network",
    },
    "help.lab.item.request_file": {
        "it": "la richiesta da un file ('-' per lo standard input)",
        "en": "the request from a file ('-' for stdin)",
    },
    "help.lab.item.show": {
        "it": "la stampa esattamente come uscirebbe",
        "en": "print it exactly as it would leave",
    },
    "help.lab.item.out": {
        "it": "file del pacchetto (obbligatorio con --to, salvo per chi presiede)",
        "en": "packet file (required with --to, unless you are the chair)",
    },
    "help.lab.import": {
        "it": "archivia un pacchetto del laboratorio",
        "en": "file a laboratorio packet",
    },
    "help.lab.items": {
        "it": "chi presiede: casi in attesa di un ordine del giorno",
        "en": "chair: items waiting for an agenda",
    },
    "help.lab.details": {
        "it": "presidenza: ora, luogo, chi presiede e verbalizza, rappresentanti, urgenze, "
        "azioni di prevenzione della riunione",
        "en": "chair: the meeting's time, place, chair and minute-taker, representatives, "
        "urgencies, prevention actions",
    },
    "help.lab.details.time": {"it": "ora di inizio, es. 15:30", "en": "start time, e.g. 15:30"},
    "help.lab.details.place": {"it": "luogo della riunione", "en": "where the meeting is held"},
    "help.lab.details.chair_person": {"it": "chi presiede (nome e ruolo)",
                                      "en": "who chairs (name and role)"},
    "help.lab.details.secretary": {"it": "chi verbalizza (nome e ruolo)",
                                   "en": "who takes the minutes (name and role)"},
    "help.lab.details.representative": {
        "it": "chi rappresenta un ufficio: UFFICIO=nomi (ripetibile; nomi vuoti per togliere)",
        "en": "who represents an office: OFFICE_ID=names (repeatable; empty names remove)",
    },
    "help.lab.details.urgent": {
        "it": "un caso proposto da trattare tra le urgenze (ripetibile)",
        "en": "a proposed case to discuss among the urgencies (repeatable)",
    },
    "help.lab.details.prevention": {
        "it": "un'azione di prevenzione all'ordine del giorno (ripetibile; sostituisce l'elenco)",
        "en": "a prevention action on the agenda (repeatable; replaces the list)",
    },
    "help.lab.agenda": {
        "it": "chi presiede: ordine del giorno dai casi ricevuti",
        "en": "chair: agenda from the items received",
    },
    "help.lab.present": {"it": "chi presiede: uffici presenti", "en": "chair: offices present"},
    "help.lab.present.office": {
        "it": "un ufficio presente (ripetere); chi presiede conta come presente",
        "en": "an office present (repeat); the chair counts as present",
    },
    "help.lab.present.chair_absent": {
        "it": "registra come assente l'ufficio che presiede",
        "en": "record the chair office itself as absent",
    },
    "help.lab.decision": {
        "it": "chi presiede: registra una decisione",
        "en": "chair: record a decision",
    },
    "help.lab.decision.add": {
        "it": "registra una decisione della riunione",
        "en": "record a decision of the meeting",
    },
    "help.lab.decision.item": {
        "it": "il caso in ordine del giorno a cui si riferisce (nessuno: generale)",
        "en": "the agenda item it is about (none: general)",
    },
    "help.lab.action": {
        "it": "azioni concordate nelle riunioni",
        "en": "actions agreed at meetings",
    },
    "help.lab.action.add": {
        "it": "chi presiede: registra un'azione",
        "en": "chair: record an action",
    },
    "help.lab.action.list": {
        "it": "azioni concordate, con chi le svolge e la scadenza",
        "en": "agreed actions, with owner and due date",
    },
    "help.lab.action.mine": {
        "it": "solo le azioni di questo ufficio",
        "en": "only this office's actions",
    },
    "help.lab.action.open": {"it": "solo le azioni non svolte", "en": "only actions not done"},
    "help.lab.minutes": {"it": "chi presiede: invia il verbale", "en": "chair: send the minutes"},
    "help.lab.action_done": {"it": "comunica un'azione svolta", "en": "report an action done"},
    "help.lab.action_done.out": {
        "it": "pacchetto di aggiornamento per chi presiede",
        "en": "update packet for the chair",
    },
    "help.lab.meetings": {"it": "riunioni del laboratorio", "en": "laboratorio meetings"},
    "help.lab.show": {
        "it": "ordine del giorno o verbale di una riunione",
        "en": "a meeting's agenda or minutes",
    },
    # Packets and consent (packet_commands.py)
    "help.packet": {"it": "pacchetti firmati e cifrati", "en": "signed, encrypted packets"},
    "help.packet.export": {
        "en": "write a referral packet for a case",
    },
    "help.packet.export.out": {
        "it": "file, o una cartella per un nome di file casuale",
        "en": "file, or a folder for a random file name",
    },
    "help.packet.export.notes": {
        "it": "all (tutte) | none (nessuna) | ID_NOTA,ID_NOTA,...",
        "en": "all | none | NOTE_ID,NOTE_ID,...",
    },
    "help.packet.export.reason": {
        "it": "perché il caso viene inviato (predefinito: il titolo del caso)",
        "en": "why the case is referred (default: the case title)",
    },
    "help.packet.export.account": {
        "it": "breve racconto di cosa è accaduto, scritto per chi riceve (sulla sintesi)",
        "en": "a short account of what happened, written for the receiver (on the summary)",
    },
    "help.packet.export.safe_contact": {
        "it": "come la donna ha accettato di essere contattata, es. 'cellulare 9-12, non "
        "lasciare messaggi'",
        "en": "how the woman agreed to be contacted, e.g. 'mobile 9-12, leave no messages'",
    },
    "help.packet.export.action": {
        "it": "cosa si chiede di fare a chi lo riceve",
        "en": "what the recipient is asked to do",
    },
    "help.packet.import": {
        "en": "verify and file a packet: referral, receipt or laboratorio",
    },
    "help.packet.list": {
        "it": "il registro dei pacchetti inviati e ricevuti",
        "en": "the register of sent and received packets",
    },
    "help.packet.receipt": {"it": "scrive una ricevuta firmata", "en": "write a signed receipt"},
    "help.packet.summary": {
        "it": "scrive la sintesi firmata (PDF) di una segnalazione ricevuta, NON cifrata: solo "
        "se serve su carta o in un altro archivio",
        "en": "write the signed summary (PDF) of a received referral, NOT encrypted: only when "
        "it is needed on paper or in another archive",
    },
    "help.packet.summary.ref": {
        "it": "numero di protocollo (es. 2026/000012), identificativo del pacchetto o caso",
        "en": "protocol number (e.g. 2026/000012), packet id or case",
    },
    "help.packet.summary.out": {"it": "il file PDF da scrivere", "en": "the PDF file to write"},
    "help.packet.receipt.from": {
        "it": "l'ufficio mittente del pacchetto (solo se due mittenti hanno usato lo stesso "
        "identificativo)",
        "en": "the office that sent the packet (only if two senders used the same packet id)",
    },
    "help.packet.import_receipt": {
        "it": "registra una ricevuta firmata",
        "en": "record a signed receipt",
    },
    "help.case.consent": {
        "it": "registra cosa la donna ha acconsentito di condividere, e con chi",
        "en": "record what the woman agreed may be shared, and with whom",
    },
    "help.case.consent.share_with": {
        "it": "tipi di ufficio che possono ricevere il caso (vuoto: nessuno)",
        "en": "office kinds that may receive the case (empty: nobody)",
    },
    "help.case.consent.no_children": {
        "it": "i dati dei minori restano qui",
        "en": "children's data stays here",
    },
    "help.case.consent.legal_basis": {
        "it": "non più usato: la base giuridica si registra con rete case basis",
        "en": "no longer used: record the legal basis with rete case basis",
    },
    # Statistics (stats_commands.py)
    "help.stats": {
        "it": "statistiche annuali (numeri piccoli nascosti)",
        "en": "yearly statistics (small counts hidden)",
    },
    "help.stats.internal": {
        "it": "numeri esatti solo su questo terminale (non con --json)",
        "en": "exact counts on this terminal only (not with --json)",
    },
    "help.stats.year": {
        "it": "anno dei casi aperti da contare (predefinito: l'anno in corso)",
        "en": "year of the cases opened to count (default: the current year)",
    },
    "help.stats.csv": {
        "it": "scrive un CSV (intestazioni ed etichette nella lingua dell'interfaccia, più le "
        "colonne section_key e item_key con i codici stabili; numeri piccoli nascosti)",
        "en": "write a CSV (headers and labels in the UI language, plus the columns "
        "section_key and item_key with stable codes; small counts hidden)",
    },
    "help.stats.pdf": {
        "it": "scrive il rapporto PDF (numeri piccoli nascosti)",
        "en": "write the PDF report (small counts hidden)",
    },
}
