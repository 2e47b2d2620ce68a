"""Messages of the vault, directory and identity commands (confirmations, table headers)."""

MESSAGES: dict[str, dict[str, str]] = {
    "commands.backup_exists": {
        "it": "Il file {path} esiste già: scegli un altro nome o ripeti con --force per "
        "sostituirlo.",
        "en": "The file {path} already exists: choose another name or repeat with --force to "
        "replace it.",
    },
    "commands.revoke_check": {
        "it": "Revoca dell'ufficio {name} ({kind}), {id}\nImpronta: {fingerprint}\n"
        "Dalla prossima versione dell'elenco nessuno accetterà i suoi pacchetti.",
        "en": "Revoking the office {name} ({kind}), {id}\nFingerprint: {fingerprint}\n"
        "From the next directory version nobody will accept its packets.",
    },
    "commands.directory_up_to_date": {
        "it": "L'elenco della rete è già aggiornato (versione {version}).",
        "en": "The network directory is already up to date (version {version}).",
    },
    "commands.this_office": {
        "it": "questo ufficio",
        "en": "this office",
    },
    "commands.column.office_id": {
        "it": "UFFICIO",
        "en": "OFFICE",
    },
    "commands.column.kind": {
        "it": "TIPO",
        "en": "KIND",
    },
    "commands.column.status": {
        "it": "STATO",
        "en": "STATUS",
    },
    "commands.column.fingerprint": {
        "it": "IMPRONTA",
        "en": "FINGERPRINT",
    },
    "commands.column.name": {
        "it": "NOME",
        "en": "NAME",
    },
    "commands.member.active": {
        "it": "attivo",
        "en": "active",
    },
    "commands.member.revoked": {
        "it": "revocato",
        "en": "revoked",
    },
}
