"""Messages of referral packets, the register and receipts (one id per import verdict)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- import verdicts, in the order the checks run ---------------------------------------
    "packet.too_large": {
        "it": "Il file supera la dimensione massima di un pacchetto ({max} byte): rifiutato.",
        "en": "The file exceeds the maximum packet size ({max} bytes): refused.",
    },
    "packet.not_age": {
        "it": "Il file non è un pacchetto cifrato age: non è un pacchetto Rete.",
        "en": "The file is not an age-encrypted file: it is not a Rete packet.",
    },
    "packet.not_for_us": {
        "it": "Il pacchetto non è indirizzato a questo ufficio, oppure è stato danneggiato "
        "durante il trasferimento: chiedi al mittente di rinviarlo.",
        "en": "The packet is not addressed to this office, or it was damaged on the way: "
        "ask the sender to send it again.",
    },
    "packet.own_packet": {
        "it": "Questo è un pacchetto inviato da questo ufficio ({packet_id}): si importa "
        "nell'ufficio destinatario, non qui. Nulla è stato registrato.",
        "en": "This is a packet this office sent ({packet_id}): it is imported by the "
        "receiving office, not here. Nothing was filed.",
    },
    "packet.not_in_recipients": {
        "it": "Il pacchetto firmato da {sender} non elenca questo ufficio tra i destinatari: "
        "non può essere aperto qui.",
        "en": "The packet signed by {sender} does not list this office among its recipients: "
        "it cannot be opened here.",
    },
    "packet.corrupted": {
        "it": "Il pacchetto è danneggiato o incompleto (troncato o modificato durante il "
        "trasferimento). Chiedi al mittente di rinviarlo.",
        "en": "The packet is corrupted or truncated (cut short or altered in transit). "
        "Ask the sender to send it again.",
    },
    "packet.age_header_too_large": {
        "it": "L'intestazione di cifratura del pacchetto è più grande di quella di qualsiasi "
        "pacchetto Rete (troppi destinatari o campi troppo lunghi): rifiutato senza aprirlo.",
        "en": "The packet's encryption header is larger than any Rete packet's (too many "
        "recipients or fields too long): refused without opening it.",
    },
    "packet.not_rete": {
        "it": "Il contenuto non è un pacchetto Rete valido: {reason}.",
        "en": "The content is not a valid Rete packet: {reason}.",
    },
    "packet.damaged_archive": {
        "it": "L'archivio dentro il pacchetto è danneggiato ({reason}). Chiedi al mittente di "
        "rinviarlo.",
        "en": "The archive inside the packet is damaged ({reason}). Ask the sender to send it "
        "again.",
    },
    "packet.unsafe_archive": {
        "it": "Archivio non sicuro, rifiutato (percorsi, collegamenti, duplicati o dimensioni "
        "eccessive): {reason}.",
        "en": "Unsafe archive refused (paths, links, duplicates or excessive size): {reason}.",
    },
    "packet.unsigned": {
        "it": "Il pacchetto non è firmato: rifiutato.",
        "en": "The packet is not signed: refused.",
    },
    "packet.bad_signature": {
        "it": "La firma del pacchetto non è valida ({reason}): potrebbe essere stato alterato.",
        "en": "The packet's signature is not valid ({reason}): it may have been altered.",
    },
    "packet.directory_expired": {
        "it": "L'elenco della rete è scaduto: importa l'elenco aggiornato dal coordinatore "
        "prima di scambiare pacchetti.",
        "en": "The network directory has expired: import the current directory from the "
        "coordinator before exchanging packets.",
    },
    "packet.sender_unknown": {
        "it": "Il mittente ({office}) non fa parte della rete: pacchetto rifiutato.",
        "en": "The sender ({office}) is not a member of the network: packet refused.",
    },
    "packet.sender_revoked": {
        "it": "Il mittente {office} è stato revocato dalla rete il {date}: pacchetto rifiutato.",
        "en": "The sender {office} was revoked from the network on {date}: packet refused.",
    },
    "packet.key_mismatch": {
        "it": "ATTENZIONE: il pacchetto dichiara di venire da {office} ma è firmato con una "
        "chiave diversa da quella dell'elenco della rete (possibile sostituzione). Rifiutato: "
        "verifica per telefono il numero di sicurezza.",
        "en": "WARNING: the packet claims to come from {office} but is signed with a key that "
        "differs from the network directory's (possible substitution). Refused: check the "
        "safety number by phone.",
    },
    "packet.sender_revoked_before": {
        "it": "Il mittente {office} è stato revocato dalla rete il {date}. Il pacchetto porta "
        "la data {created}, precedente alla revoca, ma chi possiede una chiave revocata può "
        "retrodatarlo: rifiutato. Se la segnalazione è autentica, chiedi al coordinatore della "
        "rete come riceverla.",
        "en": "The sender {office} was revoked from the network on {date}. The packet is dated "
        "{created}, before the revocation, but whoever holds a revoked key can backdate it: "
        "refused. If the referral is genuine, ask the network's coordinator how to receive it.",
    },
    "packet.id_taken": {
        "it": "Un altro mittente ha già inviato un elemento del laboratorio con lo stesso "
        "identificativo ({packet_id}): rifiutato. Chiedi al mittente di rinviarlo.",
        "en": "Another sender already sent a laboratorio item with the same id ({packet_id}): "
        "refused. Ask the sender to send it again.",
    },
    "packet.part_mismatch": {
        "it": "La parte '{part}' non corrisponde al manifesto firmato (hash, dimensione o "
        "presenza): pacchetto rifiutato.",
        "en": "Part '{part}' does not match the signed manifest (hash, size or presence): "
        "packet refused.",
    },
    "packet.replay": {
        "it": "Questo pacchetto ({packet_id}) è già stato importato: rifiutato come duplicato.",
        "en": "This packet ({packet_id}) was already imported: refused as a duplicate.",
    },
    "packet.from_future": {
        "it": "Il pacchetto risulta creato nel futuro ({created}): controlla l'orologio del "
        "mittente. Rifiutato.",
        "en": "The packet claims to be created in the future ({created}): check the sender's "
        "clock. Refused.",
    },
    "packet.too_old": {
        "it": "Il pacchetto è troppo vecchio (creato il {created}, oltre {days} "
        "{days:giorno|giorni}): "
        "chiedi al mittente di rinviarlo.",
        "en": "The packet is too old (created {created}, more than {days} {days:day|days} ago): "
        "ask the "
        "sender to send it again.",
    },
    "packet.wrong_kind": {
        "it": "Il pacchetto è di tipo '{kind}', qui si attende: {expected}.",
        "en": "The packet is of kind '{kind}'; expected here: {expected}.",
    },
    "packet.part_missing": {
        "it": "Nel pacchetto manca la parte '{part}'.",
        "en": "The packet lacks the part '{part}'.",
    },
    "packet.bad_referral": {
        "it": "Il contenuto della segnalazione non è valido: {reason}.",
        "en": "The referral's content is not valid: {reason}.",
    },
    # --- building ---------------------------------------------------------------------------
    "packet.bad_kind": {
        "it": "Tipo di pacchetto sconosciuto: {kind}.",
        "en": "Unknown packet kind: {kind}.",
    },
    "packet.too_many_parts": {
        "it": "Troppe parti nel pacchetto (massimo {max}).",
        "en": "Too many parts in the packet (at most {max}).",
    },
    "packet.bad_part_name": {
        "it": "Nome o tipo di parte non valido: {part}.",
        "en": "Invalid part name or media type: {part}.",
    },
    "packet.part_too_large": {
        "it": "La parte '{part}' supera la dimensione massima ({max} byte).",
        "en": "Part '{part}' exceeds the maximum size ({max} bytes).",
    },
    "packet.no_recipients": {
        "it": "Indica almeno un destinatario.",
        "en": "Give at least one recipient.",
    },
    "packet.recipient_self": {
        "it": "Un pacchetto non può essere indirizzato al proprio ufficio.",
        "en": "A packet cannot be addressed to this office itself.",
    },
    "packet.recipient_unknown": {
        "it": "Destinatario {office} non presente nell'elenco della rete.",
        "en": "Recipient {office} is not in the network directory.",
    },
    "packet.recipient_revoked": {
        "it": "Il destinatario {office} è stato revocato dalla rete: invio non consentito.",
        "en": "Recipient {office} was revoked from the network: sending is not allowed.",
    },
    "packet.consent_missing": {
        "it": "Il consenso della donna non permette di condividere il caso con {office} "
        "(tipo di ufficio: {kind}). Nulla è stato esportato.",
        "en": "The woman's consent does not allow sharing the case with {office} (office "
        "kind: {kind}). Nothing was exported.",
    },
    "packet.notes_not_consented": {
        "it": "Il consenso non include le note del caso: usa --notes none.",
        "en": "The consent does not include the case notes: use --notes none.",
    },
    "packet.note_not_in_case": {
        "it": "La nota {id} non appartiene a questo caso.",
        "en": "Note {id} does not belong to this case.",
    },
    # --- register and receipts --------------------------------------------------------------
    "packet.not_in_register": {
        "it": "Nessun pacchetto {packet_id} nel registro di protocollo.",
        "en": "No packet {packet_id} in the register.",
    },
    "packet.evidence_redacted": {
        "it": "La copia del pacchetto {packet_id} non c'è più: è stata tolta il {date} "
              "con la cancellazione di un caso che conteneva (nel registro restano protocollo, "
              "data, corrispondente e impronta SHA-256).",
        "en": "The copy of packet {packet_id} is no longer kept: it was removed on {date} by the "
              "erasure of a case it contained (the register keeps its protocol number, date, "
              "counterpart and SHA-256 digest).",
    },
    "packet.recipients_mismatch": {
        "it": "La cifratura del pacchetto non corrisponde ai destinatari firmati dal mittente "
        "({stanzas} chiavi invece di {recipients} destinatari più il mittente): è stato "
        "ricifrato da altri. Rifiutato; chiedi il pacchetto al mittente.",
        "en": "The packet's encryption does not match the recipients its sender signed "
        "({stanzas} keys instead of {recipients} recipients plus the sender): someone else "
        "re-encrypted it. Refused; ask the sender for the packet.",
    },
    "packet.ambiguous_id": {
        "it": "Due mittenti hanno usato lo stesso identificativo di pacchetto ({packet_id}): "
        "indica di quale mittente ({senders}).",
        "en": "Two senders used the same packet id ({packet_id}): say which sender's packet "
        "({senders}).",
    },
    "packet.receipt_unexpected": {
        "it": "La ricevuta si riferisce a un pacchetto ({packet_id}) che questo ufficio non ha "
        "inviato a quel mittente: rifiutata.",
        "en": "The receipt refers to a packet ({packet_id}) this office did not send to that "
        "sender: refused.",
    },
    "packet.exported": {
        "it": "Pacchetto scritto in {file} (protocollo {protocol}).",
        "en": "Packet written to {file} (protocol {protocol}).",
    },
    "packet.imported": {
        "it": "Segnalazione da {sender} registrata al protocollo {protocol}.",
        "en": "Referral from {sender} filed under protocol {protocol}.",
    },
    "packet.receipt_written": {
        "it": "Ricevuta firmata scritta in {file}.",
        "en": "Signed receipt written to {file}.",
    },
    "packet.receipt_imported": {
        "it": "Ricevuta di {sender} registrata per la segnalazione protocollo {referral}.",
        "en": "Receipt from {sender} recorded for the referral with protocol {referral}.",
    },
    "packet.register_empty": {
        "it": "Il registro di protocollo è vuoto.",
        "en": "The register is empty.",
    },
    "packet.column.protocol": {"it": "Protocollo", "en": "Protocol"},
    "packet.column.date": {"it": "Data", "en": "Date"},
    "packet.column.direction": {"it": "Direzione", "en": "Direction"},
    "packet.column.kind": {"it": "Tipo", "en": "Kind"},
    "packet.column.counterpart": {"it": "Mittente / destinatari", "en": "From / to"},
    "packet.column.status": {"it": "Stato", "en": "Status"},
    "packet.column.packet": {"it": "Pacchetto", "en": "Packet"},
    "packet.direction.sent": {"it": "in uscita", "en": "outgoing"},
    "packet.direction.received": {"it": "in entrata", "en": "incoming"},
    "packet.kind.referral": {"it": "segnalazione", "en": "referral"},
    "packet.kind.receipt": {"it": "ricevuta", "en": "receipt"},
    "packet.kind.agenda-item": {"it": "caso per il laboratorio", "en": "laboratorio case"},
    "packet.kind.agenda": {"it": "ordine del giorno", "en": "agenda"},
    "packet.kind.minutes": {"it": "verbale", "en": "minutes"},
    "packet.kind.action-update": {"it": "azione svolta", "en": "action done"},
    "packet.status.sent": {"it": "inviato", "en": "sent"},
    "packet.status.received": {"it": "registrato", "en": "filed"},
    # feminine kinds (the masculine ones use the two above)
    "packet.status.sent.receipt": {"it": "inviata", "en": "sent"},
    "packet.status.received.receipt": {"it": "registrata", "en": "filed"},
    "packet.status.sent.action-update": {"it": "inviata", "en": "sent"},
    "packet.status.received.action-update": {"it": "registrata", "en": "filed"},
    "packet.status.receipts": {
        "it": "inviata, ricevute {acked}/{total}",
        "en": "sent, receipts {acked}/{total}",
    },
    "packet.status.receipts_overdue": {
        "it": "inviata, ricevute {acked}/{total} — RICEVUTA IN RITARDO (oltre {days} "
        "{days:giorno|giorni})",
        "en": "sent, receipts {acked}/{total} — RECEIPT OVERDUE (over {days} {days:day|days})",
    },
    "packet.status.acknowledged_by_all": {
        "it": "confermata, ricevute {acked}/{total}",
        "en": "acknowledged, receipts {acked}/{total}",
    },
    "packet.status.receipt_to_send": {
        "it": "ricevuta non ancora inviata (rete packet receipt)",
        "en": "no receipt sent yet (rete packet receipt)",
    },
    "packet.status.receipt_sent": {"it": "ricevuta inviata", "en": "receipt sent"},
    "packet.received_referral": {
        "it": "Segnalazione ricevuta",
        "en": "Received referral",
    },
    "packet.other_offices_tasks": {
        "it": "Scadenze del protocollo di altri uffici (solo per informazione, non sono "
        "compiti di questo ufficio):",
        "en": "Other offices' protocol deadlines (for information only, not tasks of this "
        "office):",
    },
    "packet.task_done_by_sender": {
        "it": "già svolto secondo il mittente",
        "en": "already done according to the sender",
    },
    "packet.safe_contact": {
        "it": "Contatto concordato con lei: {contact}",
        "en": "Contact she agreed to: {contact}",
    },
    "packet.summary_name": {
        "it": "Sintesi della segnalazione prot. {protocol}.pdf",
        "en": "Referral summary prot. {protocol}.pdf",
    },
    "packet.summary_not_found": {
        "it": "Nessuna sintesi firmata per {reference}: indica il numero di protocollo di una "
        "segnalazione ricevuta (rete packet list) o il suo caso.",
        "en": "No signed summary for {reference}: give the protocol number of a received "
        "referral (rete packet list) or its case.",
    },
    "packet.summary_written": {
        "it": "Sintesi firmata scritta in {file}. ATTENZIONE: il file NON è cifrato; "
        "cancellalo quando non serve più.",
        "en": "Signed summary written to {file}. WARNING: the file is NOT encrypted; delete it "
        "when it is no longer needed.",
    },
}


def _pdf(key: str, it: str, en: str) -> tuple[str, dict[str, str]]:
    return f"referral_pdf.{key}", {"it": it, "en": en}


MESSAGES.update(dict([
    _pdf("title", "Segnalazione di caso", "Case referral"),
    _pdf("protocol", "Prot. n. {number}", "Prot. no. {number}"),
    _pdf("from", "Mittente", "Sender"),
    _pdf("to", "Destinatari", "Recipients"),
    _pdf("case", "Caso (rif. mittente)", "Case (sender's ref.)"),
    _pdf("risk", "Livello di rischio", "Risk level"),
    _pdf("consent", "Consenso della donna a condividere con", "The woman's consent to share with"),
    _pdf("recorded_on", "raccolto il {date}", "recorded on {date}"),
    _pdf("children", "Minori coinvolti", "Children involved"),
    _pdf("child", "nato/a nel {year} ({exposure})", "born {year} ({exposure})"),
    _pdf("children_withheld", "non condivisi (consenso)", "not shared (consent)"),
    _pdf("exposure.none", "coinvolgimento non indicato", "involvement not stated"),
    _pdf("reason", "Motivo della segnalazione", "Reason for the referral"),
    _pdf("action", "Azione richiesta", "Requested action"),
    _pdf("contact", "Contatto per richiamata", "Call-back contact"),
    _pdf("notes", "Note allegate", "Notes attached"),
    _pdf("attachments", "Documenti allegati", "Documents attached"),
    _pdf("tasks", "Scadenze del protocollo", "Protocol deadlines"),
    _pdf("none", "nessuno", "none"),
    _pdf("section.woman", "La donna", "The woman"),
    _pdf("woman.name", "Nome e cognome", "Name"),
    _pdf("woman.born", "Anno di nascita", "Year of birth"),
    _pdf("woman.contact", "Contatto concordato con lei", "Contact she agreed to"),
    _pdf("woman.no_contact",
         "non indicato: concordare con l'ufficio mittente come contattarla in sicurezza",
         "not given: agree with the sending office how to reach her safely"),
    _pdf("woman.not_stated", "non indicata nel caso", "not recorded in the case"),
    _pdf("section.facts", "Cosa è accaduto", "What happened"),
    _pdf("account", "Racconto dell'operatore", "The operator's account"),
    _pdf("not_written", "non scritto", "not written"),
    _pdf("violence_forms", "Forme di violenza", "Forms of violence"),
    _pdf("not_recorded", "non registrate", "not recorded"),
    _pdf("section.risk", "Rischio", "Risk"),
    _pdf("not_assessed", "nessuna valutazione registrata", "no assessment recorded"),
    _pdf("section.children", "Minori", "Children"),
    _pdf("section.measures", "Misure e servizi", "Measures and services"),
    _pdf("section.request", "Cosa si chiede", "What is asked"),
    _pdf("task.due", "Entro il", "Due"),
    _pdf("task.what", "Attività", "Step"),
    _pdf("task.office", "Ufficio", "Office"),
    _pdf("task.state", "Stato", "State"),
    _pdf("task.open", "da fare", "to do"),
    _pdf("task.done", "svolta", "done"),
    _pdf("task.overdue", "SCADUTA", "OVERDUE"),
    _pdf("task.any_office", "qualsiasi ufficio", "any office"),
    _pdf("callback.operator", "Operatore/operatrice", "Operator"),
    _pdf("callback.phone", "Telefono diretto", "Direct phone"),
    _pdf("callback.no_phone", "non indicato: chiamare l'ufficio", "not given: call the office"),
    _pdf("callback.office", "Ufficio", "Office"),
    _pdf("signature", "Firma", "Signature"),
    _pdf("signature.date", "Data: {date}", "Date: {date}"),
    _pdf("signature.place", "Luogo: ______________________", "Place: ______________________"),
    _pdf("signature.operator", "L'operatore/operatrice che segnala",
         "The referring operator"),
    _pdf("signature.sign", "(firma)", "(signature)"),
    _pdf("footer",
         "Documento riservato: contiene dati personali particolari. Trasmesso cifrato e firmato "
         "tramite Rete Desktop; non inoltrare per posta elettronica in chiaro.",
         "Confidential: contains special categories of personal data. Sent encrypted and signed "
         "through Rete Desktop; do not forward by plain e-mail."),
]))
