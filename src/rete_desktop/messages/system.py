"""Why the operating system or SQLite refused: reasons shown inside other messages."""

MESSAGES: dict[str, dict[str, str]] = {
    "system.not_found": {
        "it": "il file o la cartella non esiste",
        "en": "the file or folder does not exist",
    },
    "system.permission": {
        "it": "permesso negato",
        "en": "permission denied",
    },
    "system.disk_full": {
        "it": "il disco è pieno",
        "en": "the disk is full",
    },
    "system.read_only": {
        "it": "il disco o la cartella è in sola lettura",
        "en": "the disk or folder is read-only",
    },
    "system.is_directory": {
        "it": "è una cartella, non un file",
        "en": "it is a folder, not a file",
    },
    "system.not_directory": {
        "it": "una parte del percorso non è una cartella",
        "en": "part of the path is not a folder",
    },
    "system.io_error": {
        "it": "errore di lettura/scrittura del disco",
        "en": "disk read/write error",
    },
    "system.busy": {
        "it": "il database è occupato da un'altra operazione",
        "en": "the database is busy with another operation",
    },
    "system.other": {
        "it": "errore di sistema ({code})",
        "en": "system error ({code})",
    },
    "system.not_utf8": {
        "it": "non è testo UTF-8",
        "en": "it is not UTF-8 text",
    },
    "system.not_regular_file": {
        "it": "non è un file normale (una pipe, un dispositivo o una cartella)",
        "en": "it is not a regular file (a pipe, a device or a folder)",
    },
    "keyslots.damaged": {
        "it": "il contenuto non corrisponde alla sua impronta: il file è stato danneggiato",
        "en": "its content does not match its checksum: the file was damaged",
    },
    "keyslots.too_large": {
        "it": "file troppo grande",
        "en": "file too large",
    },
    "keyslots.integrity": {
        "it": "controllo di integrità fallito",
        "en": "integrity check failed",
    },
    "keyslots.not_keyslots": {
        "it": "non è un file di chiavi Rete",
        "en": "not a Rete key file",
    },
    "keyslots.structure": {
        "it": "struttura non valida",
        "en": "invalid structure",
    },
}
