"""Messages printed by the ``rete`` command itself."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.internal_error": {
        "it": "Errore interno inatteso ({kind}). Nessun dato è stato perso; "
        "riprova o imposta RETE_DEBUG=1 per i dettagli tecnici.",
        "en": "Unexpected internal error ({kind}). No data was lost; "
        "try again or set RETE_DEBUG=1 for technical details.",
    },
    "cli.confirm_needed": {
        "it": "Operazione non annullabile: ripeti con --yes per confermare.",
        "en": "This cannot be undone: repeat with --yes to confirm.",
    },
    "cli.passphrase_prompt": {
        "it": "Passphrase della cassaforte: ",
        "en": "Vault passphrase: ",
    },
    "cli.new_passphrase_prompt": {
        "it": "Nuova passphrase: ",
        "en": "New passphrase: ",
    },
    "cli.repeat_passphrase_prompt": {
        "it": "Ripeti la nuova passphrase: ",
        "en": "Repeat the new passphrase: ",
    },
    "cli.recovery_key_prompt": {
        "it": "Chiave di recupero: ",
        "en": "Recovery key: ",
    },
    "cli.case_closed": {
        "it": "Caso {ref} chiuso.",
        "en": "Case {ref} closed.",
    },
    "cli.unlock_ok": {
        "it": "La passphrase apre la cassaforte.",
        "en": "The passphrase opens the vault.",
    },
    "cli.no_display": {
        "it": "Nessuno schermo disponibile per aprire la finestra di Rete Desktop. "
        "Usa i comandi da terminale (rete --help) oppure avvia da una sessione grafica.",
        "en": "No screen available to open the Rete Desktop window. "
        "Use the terminal commands (rete --help) or start from a desktop session.",
    },
    "cli.cancelled": {
        "it": "Annullato: nessuna passphrase inserita, nulla è cambiato.",
        "en": "Cancelled: no passphrase entered, nothing changed.",
    },
}
