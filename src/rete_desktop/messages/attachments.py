"""Messages of case attachments (files kept in the vault) and of ``rete attachment``."""

MESSAGES: dict[str, dict[str, str]] = {
    "attachment.too_large": {
        "it": "Il file è troppo grande per essere allegato (massimo {max_mb} MB).",
        "en": "The file is too large to attach (at most {max_mb} MB).",
    },
    "attachment.not_found": {
        "it": "Allegato {id} non trovato.",
        "en": "Attachment {id} not found.",
    },
    "attachment.damaged": {
        "en": "Attachment {id} is damaged: its content was altered or cut short. Run “rete "
        "vault check” and restore a backup if needed.",
    },
    "attachment.file_missing": {
        "en": "The file of attachment {id} is missing from the vault's folder. Run “rete vault "
        "check” and restore a backup if needed.",
    },
    "attachment.added": {
        "it": "Allegato {id} aggiunto al caso {ref} ({size}).",
        "en": "Attachment {id} added to case {ref} ({size}).",
    },
    "attachment.exported": {
        "it": "Copia in chiaro dell'allegato {id} scritta nella cartella {folder}: custodiscila "
        "con cura e cancellala quando non serve più.",
        "en": "Plaintext copy of attachment {id} written to the folder {folder}: keep it safe "
        "and delete it when no longer needed.",
    },
    "attachment.none": {
        "it": "Nessun allegato.",
        "en": "No attachments.",
    },
    "attachment.column.id": {"it": "id", "en": "id"},
    "attachment.column.added": {"it": "aggiunto", "en": "added"},
    "attachment.column.size": {"it": "dimensione", "en": "size"},
    "attachment.column.operator": {"it": "operatore", "en": "operator"},
    "attachment.column.name": {"it": "nome", "en": "name"},
    "packet.attachments_not_consented": {
        "it": "La donna non ha acconsentito a condividere note e documenti del caso: gli "
        "allegati non possono partire.",
        "en": "The woman did not consent to sharing the case's notes and documents: "
        "attachments cannot be sent.",
    },
    "packet.attachment_not_in_case": {
        "it": "L'allegato {id} non appartiene a questo caso.",
        "en": "Attachment {id} does not belong to this case.",
    },
    # --- help of ``rete attachment`` and of ``packet export --attachments`` ----------------
    "help.attachment": {
        "it": "file conservati con un caso, dentro la cassaforte",
        "en": "files kept with a case, inside the vault",
    },
    "help.attachment.add": {
        "it": "conserva un file con un caso; stampa il suo id",
        "en": "keep a file with a case; prints its id",
    },
    "help.attachment.add.name": {
        "it": "nome mostrato nel caso (predefinito: il nome del file)",
        "en": "name shown in the case (default: the file's name)",
    },
    "help.attachment.list": {
        "it": "gli allegati di un caso",
        "en": "a case's attachments",
    },
    "help.attachment.export": {
        "it": "scrive una copia in chiaro di un allegato nel file che scegli",
        "en": "write a plaintext copy of an attachment to a file you choose",
    },
    "help.attachment.export.out": {
        "it": "file, o una cartella (la copia prende il nome dell'allegato)",
        "en": "file, or a folder (the copy keeps the attachment's name)",
    },
    "help.packet.export.attachments": {
        "it": "allegati del caso da inviare (serve il consenso alle note): all (tutti) | none "
        "(nessuno) | ID_ALLEGATO,...",
        "en": "the case's attachments to send (needs consent to share notes): all | none | "
        "ATTACHMENT_ID,...",
    },
}
