"""argparse's own texts (usage errors, help headings) in the UI language; exit code stays 2.

The English texts are argparse's, so an English user sees exactly what argparse prints.
Registered in the core's catalogue by ``cli/__init__.py`` (Italian in ``po/rete-core/it.po``).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "usage.error": {
        "it": "{prog}: errore: {message}",
        "en": "{prog}: error: {message}",
    },
    "usage.prefix": {"it": "uso: ", "en": "usage: "},
    "usage.positionals": {"it": "argomenti", "en": "positional arguments"},
    "usage.options": {"it": "opzioni", "en": "options"},
    "usage.help": {"it": "mostra questo aiuto ed esce", "en": "show this help message and exit"},
    "usage.version": {
        "it": "mostra la versione ed esce", "en": "show program's version number and exit"},
    "usage.argument": {
        "it": "argomento {name}: {detail}",
        "en": "argument {name}: {detail}",
    },
    "usage.not_utf8": {
        "it": "Un argomento non è testo UTF-8 valido: {value}. Nulla è stato cambiato.",
        "en": "An argument is not valid UTF-8 text: {value}. Nothing was changed.",
    },
    "usage.number_too_large": {
        "it": "Un numero indicato è troppo grande. Nulla è stato cambiato.",
        "en": "A number given is too large. Nothing was changed.",
    },
    "usage.required": {
        "it": "mancano gli argomenti obbligatori: {names}",
        "en": "the following arguments are required: {names}",
    },
    "usage.unrecognized": {
        "it": "argomenti non riconosciuti: {args}",
        "en": "unrecognized arguments: {args}",
    },
    "usage.invalid_choice": {
        "it": "scelta non valida: {value} (scegli tra {choices})",
        "en": "invalid choice: {value} (choose from {choices})",
    },
    "usage.invalid_value": {
        "it": "valore non valido ({type}): {value}",
        "en": "invalid {type} value: {value}",
    },
    "usage.expected_one": {
        "it": "serve un valore",
        "en": "expected one argument",
    },
    "usage.not_allowed_with": {
        "it": "non si può usare insieme a {other}",
        "en": "not allowed with argument {other}",
    },
    "usage.one_required": {
        "it": "serve uno degli argomenti {names}",
        "en": "one of the arguments {names} is required",
    },
    "usage.ambiguous": {
        "it": "opzione ambigua: {option} può essere {matches}",
        "en": "ambiguous option: {option} could match {matches}",
    },
}
