"""Messages of the transports (e-mail/PEC, shared folder, USB): set-up, sending, receiving."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- set-up -----------------------------------------------------------------------------
    "transport.bad_address": {
        "it": "L'indirizzo di posta «{address}» non è valido.",
        "en": "The mail address “{address}” is not valid.",
    },
    "transport.bad_host": {
        "it": "Il nome del server «{host}» non è valido (solo il nome, senza porta o prefissi).",
        "en": "The server name “{host}” is not valid (the name only, no port or prefix).",
    },
    "transport.bad_port": {
        "it": "La porta {port} non è valida (da 1 a 65535).",
        "en": "Port {port} is not valid (1 to 65535).",
    },
    "transport.bad_max_size": {
        "it": "La dimensione massima di un messaggio deve essere almeno {min} byte.",
        "en": "The maximum message size must be at least {min} bytes.",
    },
    "transport.ca_unreadable": {
        "it": "Il file {file} non contiene un certificato di autorità (PEM) leggibile.",
        "en": "The file {file} does not hold a readable certificate authority (PEM).",
    },
    "transport.password_missing": {
        "it": "Manca la password della casella: impostala in RETE_MAIL_PASSWORD.",
        "en": "The mailbox password is missing: set it in RETE_MAIL_PASSWORD.",
    },
    "transport.password_missing_gui": {
        "it": "Manca la password della casella.",
        "en": "The mailbox password is missing.",
    },
    "transport.folder_missing": {
        "it": "La cartella {folder} non esiste o non è raggiungibile.",
        "en": "The folder {folder} does not exist or cannot be reached.",
    },
    "transport.bad_folder_name": {
        "it": "Il nome di cartella «{name}» non è valido: solo lettere, cifre, - _ . "
        "(al massimo 64, senza punto iniziale).",
        "en": "The folder name “{name}” is not valid: letters, digits, - _ . only "
        "(at most 64, no leading dot).",
    },
    "transport.bad_receives": {
        "it": "Il campo «receives» (come l'ufficio riceve i pacchetti) non è valido.",
        "en": "The “receives” field (how the office receives packets) is not valid.",
    },
    "transport.mail_saved": {
        "en": "Mailbox {address} set up (password kept in the encrypted vault).",
    },
    "transport.folder_saved": {
        "it": "Cartella condivisa configurata: si riceve in {inbox}, si invia in {outbox}; "
        "nome di questo ufficio: {name}.",
        "en": "Shared folder set up: packets arrive in {inbox} and leave through {outbox}; "
        "this office's folder name: {name}.",
    },
    "transport.none": {
        "it": "Nessun canale di invio configurato (rete transport mail / folder).",
        "en": "No transport is set up (rete transport mail / folder).",
    },
    "transport.show.mail": {
        "it": "Posta{pec}: {address} · IMAP {imap} · SMTP {smtp} · {tls} · massimo {max} byte "
        "per messaggio",
        "en": "Mail{pec}: {address} · IMAP {imap} · SMTP {smtp} · {tls} · at most {max} bytes "
        "per message",
    },
    "transport.show.folder": {
        "it": "Cartella: si riceve in {inbox} · si invia in {outbox} · nome {name}",
        "en": "Folder: packets arrive in {inbox} · leave through {outbox} · name {name}",
    },
    # --- sending ----------------------------------------------------------------------------
    "transport.no_route": {
        "it": "Non si sa come inviare all'ufficio {office}: la sua scheda non indica PEC o "
        "cartella e questo ufficio non ha una cartella condivisa configurata.",
        "en": "There is no way to send to office {office}: its card names no PEC address or "
        "folder and this office has no shared folder set up.",
    },
    "transport.mail_not_configured": {
        "it": "La casella di posta di questo ufficio non è configurata.",
        "en": "This office's mailbox is not set up.",
    },
    "transport.folder_not_configured": {
        "it": "La cartella condivisa di questo ufficio non è configurata.",
        "en": "This office's shared folder is not set up.",
    },
    "transport.folder_unwritable": {
        "it": "Impossibile scrivere nella cartella {folder}: {reason}.",
        "en": "Cannot write to the folder {folder}: {reason}.",
    },
    "transport.sent": {
        "it": "Protocollo {protocol}: {state} per {office} ({way}).",
        "en": "Protocol {protocol}: {state} for {office} ({way}).",
    },
    "transport.send_failed": {
        "it": "Protocollo {protocol}: invio a {office} non riuscito — {reason}. Riprova con "
        "«rete packet retry».",
        "en": "Protocol {protocol}: sending to {office} failed — {reason}. Try again with "
        "“rete packet retry”.",
    },
    "transport.nothing_to_retry": {
        "it": "Nessun invio in attesa.",
        "en": "Nothing waiting to be sent.",
    },
    "transport.state.queued": {"it": "in coda", "en": "queued"},
    "transport.state.sent": {"it": "inviato", "en": "sent"},
    "transport.state.delivered": {"it": "consegnato", "en": "delivered"},
    "transport.state.failed": {"it": "invio non riuscito", "en": "sending failed"},
    "transport.state.not_delivered": {"it": "non consegnato", "en": "not delivered"},
    "transport.state.acknowledged": {"it": "ricevuta registrata", "en": "acknowledged"},
    "transport.outcome.imported": {"it": "importato", "en": "imported"},
    "transport.outcome.refused": {"it": "rifiutato", "en": "refused"},
    "transport.outcome.proof": {"it": "ricevuta PEC", "en": "PEC receipt"},
    "transport.way.mail": {"it": "posta", "en": "mail"},
    "transport.way.folder": {"it": "cartella", "en": "folder"},
    # --- the mail server --------------------------------------------------------------------
    "transport.login_failed": {
        "it": "Il server {host} ha rifiutato l'accesso dell'utente {user}: controlla nome "
        "utente e password della casella.",
        "en": "The server {host} refused the login of user {user}: check the mailbox user "
        "name and password.",
    },
    "transport.certificate_untrusted": {
        "it": "Il certificato del server {host} non è attendibile ({reason}): la connessione "
        "è stata interrotta e nulla è stato inviato. Verifica il server o l'autorità "
        "indicata (--ca-file).",
        "en": "The certificate of the server {host} is not trusted ({reason}): the connection "
        "was closed and nothing was sent. Check the server or the authority given "
        "(--ca-file).",
    },
    "transport.tls_failed": {
        "it": "Connessione cifrata con {host} non riuscita: {reason}.",
        "en": "The encrypted connection to {host} failed: {reason}.",
    },
    "transport.no_starttls": {
        "it": "Il server {host} non offre STARTTLS: non si invia nulla in chiaro.",
        "en": "The server {host} does not offer STARTTLS: nothing is sent in clear.",
    },
    "transport.no_keywords": {
        "it": "Il server {host} non permette di contrassegnare i messaggi (parole chiave IMAP): "
        "senza, Rete non può sapere con certezza cosa ha già importato. Usa un'altra casella "
        "o la cartella condivisa.",
        "en": "The server {host} does not allow marking messages (IMAP keywords): without them "
        "Rete cannot know for sure what it has already imported. Use another mailbox or the "
        "shared folder.",
    },
    "transport.unreachable": {
        "it": "Il server {host} non è raggiungibile: {reason}.",
        "en": "The server {host} cannot be reached: {reason}.",
    },
    "transport.server_refused": {
        "it": "Il server {host} ha rifiutato l'operazione: {reason}.",
        "en": "The server {host} refused the operation: {reason}.",
    },
    # --- receiving --------------------------------------------------------------------------
    "transport.fetched": {
        "it": "Ricevuti: {imported} importati, {receipts} ricevute, {proofs} ricevute PEC, "
        "{refused} rifiutati, {waiting} in attesa di altre parti.",
        "en": "Received: {imported} imported, {receipts} receipts, {proofs} PEC receipts, "
        "{refused} refused, {waiting} waiting for more parts.",
    },
    "transport.fetched_refused": {
        "it": "Rifiutato: {reason}",
        "en": "Refused: {reason}",
    },
    "transport.waiting_parts": {
        "it": "Messaggio in più parti incompleto: {have} di {total} parti arrivate; si "
        "importa quando arrivano tutte.",
        "en": "Incomplete multi-part message: {have} of {total} parts have arrived; it is "
        "imported when all are here.",
    },
    "transport.inbox_empty": {
        "it": "Nessun pacchetto arrivato dai canali configurati.",
        "en": "No packet has arrived through the configured transports.",
    },
    # --- PEC receipts -----------------------------------------------------------------------
    "transport.bad_daticert": {
        "it": "Il file daticert.xml della ricevuta PEC non è leggibile.",
        "en": "The PEC receipt's daticert.xml cannot be read.",
    },
    "transport.pec_no_daticert": {
        "it": "Ricevuta non attendibile: manca un daticert.xml leggibile.",
        "en": "Untrusted receipt: no readable daticert.xml.",
    },
    "transport.pec_not_pec_account": {
        "it": "Ricevuta non attendibile: la casella non è configurata come PEC (--pec).",
        "en": "Untrusted receipt: the mailbox is not set up as a PEC account (--pec).",
    },
    "transport.pec_unsigned": {
        "it": "Ricevuta non attendibile: non è firmata S/MIME dal gestore.",
        "en": "Untrusted receipt: it is not S/MIME-signed by the provider.",
    },
    "transport.pec_inconsistent": {
        "it": "Ricevuta non attendibile: intestazioni e daticert.xml non coincidono.",
        "en": "Untrusted receipt: its headers and daticert.xml disagree.",
    },
    "transport.pec_unknown_message": {
        "it": "Ricevuta non attendibile: si riferisce a un messaggio che questo ufficio non "
        "ha inviato.",
        "en": "Untrusted receipt: it refers to a message this office did not send.",
    },
    "transport.pec_not_delivered": {
        "it": "il gestore PEC segnala «{kind}» (errore: {error})",
        "en": "the PEC provider reports “{kind}” (error: {error})",
    },
    # --- help of ``rete transport``, ``packet send|retry|send-receipt``, ``rete inbox`` --------
    "help.transport": {
        "it": "come viaggiano i pacchetti (PEC/posta, cartella condivisa, chiavetta USB)",
        "en": "how packets travel (PEC/e-mail, shared folder, USB stick)",
    },
    "help.transport.mail": {
        "it": "configura la casella PEC o di posta (password da RETE_MAIL_PASSWORD)",
        "en": "set up the PEC or e-mail account (password from RETE_MAIL_PASSWORD)",
    },
    "help.transport.mail.address": {
        "it": "indirizzo della casella, pubblicato nella scheda dell'ufficio",
        "en": "the account's address, published on the office's member card",
    },
    "help.transport.mail.starttls": {
        "it": "porte in chiaro con STARTTLS obbligatorio (senza: TLS implicito)",
        "en": "plain ports upgraded with mandatory STARTTLS (without: implicit TLS)",
    },
    "help.transport.mail.ca_file": {
        "it": "autorità di certificazione in più (PEM) per un server privato",
        "en": "an extra certificate authority (PEM) for a private server",
    },
    "help.transport.mail.max_size": {
        "it": "dimensione massima di un messaggio; i pacchetti più grandi vanno in più parti",
        "en": "largest message the server takes; bigger packets go in several parts",
    },
    "help.transport.mail.pec": {
        "it": "è una casella PEC: le ricevute del gestore sono registrate come prova",
        "en": "it is a PEC account: the provider's receipts are kept as proof",
    },
    "help.transport.mail.no_check": {
        "it": "non provare l'accesso ai server prima di salvare",
        "en": "do not try logging in to the servers before saving",
    },
    "help.transport.folder": {
        "it": "configura la cartella condivisa o la chiavetta USB",
        "en": "set up the shared folder or USB stick",
    },
    "help.transport.folder.inbox": {
        "it": "cartella in cui arrivano i pacchetti per questo ufficio",
        "en": "folder where packets for this office arrive",
    },
    "help.transport.folder.outbox": {
        "it": "cartella che contiene una sottocartella per ogni ufficio destinatario",
        "en": "folder holding one sub-folder per receiving office",
    },
    "help.transport.folder.name": {
        "it": "nome della cartella di questo ufficio (predefinito: il suo identificativo)",
        "en": "this office's folder name (default: its office id)",
    },
    "help.transport.show": {
        "it": "mostra i canali configurati (senza password)",
        "en": "show the configured transports (no password)",
    },
    "help.packet.send": {
        "it": "esporta una segnalazione e la invia con il canale di ogni destinatario",
        "en": "export a referral and send it by each recipient's transport",
    },
    "help.packet.retry": {
        "it": "riprova gli invii in coda o non riusciti",
        "en": "try again the queued or failed deliveries",
    },
    "help.packet.send_receipt": {
        "it": "invia la ricevuta di un pacchetto ricevuto al mittente, con il suo canale",
        "en": "send the receipt of a received packet to its sender, by its transport",
    },
    "help.inbox": {
        "it": "pacchetti arrivati dai canali configurati",
        "en": "packets arrived through the configured transports",
    },
    "help.inbox.fetch": {
        "it": "scarica e importa tutto ciò che è arrivato (posta e cartella)",
        "en": "fetch and import everything that has arrived (mail and folder)",
    },
    "help.inbox.list": {
        "it": "elenco di ciò che è arrivato: importato, rifiutato (con il motivo), ricevute",
        "en": "what has arrived: imported, refused (with the reason), receipts",
    },
}
