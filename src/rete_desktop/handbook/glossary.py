"""The network's glossary ("linguaggio comune"): agreed terms with short definitions.

A vault starts from the starter set shipped in ``resources/glossary/<lang>.json``. The
coordinator edits it (rows with origin ``local``) and publishes the whole list with the
directory; an office that receives it keeps exactly the network's list (origin ``network``),
so removals travel too, and its own edits are refused from then on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.events import HandbookChanged
from rete_desktop.handbook.text import fold, slug
from rete_desktop.i18n import LANGUAGES, current_language
from rete_desktop.resources import resource_path
from rete_desktop.storage.vault import Vault, now_utc

FORMAT = "rete-glossary/1"
MAX_TERMS = 1000
MAX_TERM = 120
MAX_DEFINITION = 1200
SOURCE_META = "handbook.glossary_source"


@dataclass(frozen=True)
class GlossaryEntry:
    key: str
    term: str
    definition: str
    term_it: str
    lang: str


def parse_terms(doc: Any) -> dict[str, tuple[str, str]]:
    """``{key: (term, definition)}`` from a ``rete-glossary/1`` document, validated."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BadInput("handbook.glossary_invalid", reason=f"'format' must be '{FORMAT}'")
    terms = doc.get("terms")
    if not isinstance(terms, list) or len(terms) > MAX_TERMS:
        raise BadInput("handbook.glossary_invalid", reason=f"'terms': up to {MAX_TERMS} entries")
    found: dict[str, tuple[str, str]] = {}
    for item in terms:
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) for k in ("key", "term", "definition")
        ):
            raise BadInput("handbook.glossary_invalid",
                           reason="each term needs key, term, definition")
        key = slug(item["key"])
        if not key or key in found:
            raise BadInput("handbook.glossary_invalid",
                           reason=f"bad or repeated key {item['key']!r}")
        found[key] = (
            validation.required_text("term", item["term"], MAX_TERM),
            validation.required_text("definition", item["definition"], MAX_DEFINITION),
        )
    return found


def starter_terms(lang: str) -> dict[str, tuple[str, str]]:
    path = resource_path("glossary", f"{lang}.json")
    return parse_terms(json.loads(path.read_text("utf-8"))) if path.is_file() else {}


def _stored(vault: Vault) -> dict[str, dict[str, tuple[str, str]]]:
    """``{lang: {key: (term, definition)}}`` as stored in the vault."""
    out: dict[str, dict[str, tuple[str, str]]] = {lang: {} for lang in LANGUAGES}
    for key, lang, term, definition in vault.query(
        "SELECT key, lang, term, definition FROM glossary_terms"
    ):
        out.setdefault(lang, {})[key] = (term, definition)
    return out


def received_from_network(vault: Vault) -> bool:
    return vault.get_meta(SOURCE_META) == "network"


def _effective(vault: Vault) -> dict[str, dict[str, tuple[str, str]]]:
    """Per language, the glossary this office uses (starter + local edits, or the network's)."""
    stored = _stored(vault)
    if received_from_network(vault):
        return stored
    return {lang: {**starter_terms(lang), **stored.get(lang, {})} for lang in LANGUAGES}


def list_terms(vault: Vault, lang: str | None = None) -> list[GlossaryEntry]:
    """Every term in ``lang`` (Italian where no translation exists), alphabetically."""
    lang = lang or current_language()
    by_lang = _effective(vault)
    italian = by_lang.get("it", {})
    entries = []
    for key, (term_it, definition_it) in italian.items():
        term, definition = by_lang.get(lang, {}).get(key, (term_it, definition_it))
        entries.append(GlossaryEntry(key, term, definition, term_it, lang))
    return sorted(entries, key=lambda e: fold(e.term))


def search_terms(vault: Vault, text: str, lang: str | None = None) -> list[GlossaryEntry]:
    """Terms whose name (Italian or translated) or definition contains every word of ``text``.

    Accent- and case-insensitive; matches on the term come before matches in definitions.
    """
    words = fold(text).split()
    if not words:
        return []
    hits: list[tuple[int, GlossaryEntry]] = []
    for entry in list_terms(vault, lang):
        names = fold(f"{entry.term} {entry.term_it} {entry.key}")
        if all(w in names for w in words):
            hits.append((0, entry))
        elif all(w in names or w in fold(entry.definition) for w in words):
            hits.append((1, entry))
    return [entry for _, entry in sorted(hits, key=lambda h: h[0])]


def set_term(
    vault: Vault, term: str, definition: str, *, key: str | None = None, lang: str = "it",
) -> str:
    """Add or change a term (coordinator or stand-alone office); returns its key."""
    if received_from_network(vault):
        raise BadInput("handbook.glossary_from_network")
    if lang not in LANGUAGES:
        raise BadInput("value.invalid_choice", field="lang", value=lang,
                       allowed=", ".join(LANGUAGES))
    clean_term = validation.required_text("term", term, MAX_TERM)
    clean_definition = validation.required_text("definition", definition, MAX_DEFINITION)
    real_key = slug(key or clean_term)
    if not real_key:
        raise BadInput("value.required", field="key")
    effective = _effective(vault)
    if key is not None and real_key not in effective.get("it", {}):
        raise NotFound("handbook.term_not_found", key=key)
    if lang != "it" and real_key not in effective.get("it", {}):
        raise BadInput("handbook.glossary_italian_first", key=real_key)
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO glossary_terms (key, lang, term, definition, origin, updated)"
            " VALUES (?, ?, ?, ?, 'local', ?) ON CONFLICT (key, lang) DO UPDATE SET"
            " term = excluded.term, definition = excluded.definition, updated = excluded.updated",
            (real_key, lang, clean_term, clean_definition, now_utc()),
        )
        vault.audit(AuditAction.GLOSSARY_SET, "glossary", real_key, lang)
        vault.announce(HandbookChanged())
    return real_key


def export_glossary(vault: Vault) -> dict[str, Any]:
    """The glossary as published with the directory: one ``rete-glossary/1`` doc per language."""
    return {
        lang: {
            "format": FORMAT,
            "lang": lang,
            "terms": [
                {"key": key, "term": term, "definition": definition}
                for key, (term, definition) in sorted(terms.items())
            ],
        }
        for lang, terms in _effective(vault).items()
        if terms
    }


def parse_glossary_section(section: Any) -> dict[str, dict[str, tuple[str, str]]]:
    """Validate a received glossary section (see :func:`export_glossary`)."""
    if not isinstance(section, dict) or "it" not in section:
        raise BadInput("handbook.glossary_invalid", reason="an Italian glossary is required")
    parsed = {}
    for lang, doc in section.items():
        if lang not in LANGUAGES:
            continue
        parsed[lang] = parse_terms(doc)
    return parsed


def replace_with_network(vault: Vault, glossary: dict[str, dict[str, tuple[str, str]]]) -> None:
    """Make the network's glossary this office's; call inside a transaction."""
    conn = vault.conn
    conn.execute("DELETE FROM glossary_terms")
    at = now_utc()
    conn.executemany(
        "INSERT INTO glossary_terms (key, lang, term, definition, origin, updated)"
        " VALUES (?, ?, ?, ?, 'network', ?)",
        [
            (key, lang, term, definition, at)
            for lang, terms in glossary.items()
            for key, (term, definition) in terms.items()
        ],
    )
    vault.set_meta(SOURCE_META, "network")
    vault.audit(AuditAction.GLOSSARY_RECEIVE, "glossary", None, str(len(glossary.get("it", {}))))
    vault.announce(HandbookChanged())

