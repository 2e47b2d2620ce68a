"""Pseudonymised case summaries for the laboratorio distrettuale.

A case item leaves the office with a random case code (never the reference), age bands (never
exact ages, names, birth years or dates: see :mod:`rete_desktop.lab.age_bands`), the risk level,
the children involved (none at all when the woman did not consent to share her children's
data) and what is asked of the network. The free-text request is scrubbed of every identifying
value of the case's persons and of anything that looks like a phone number, codice fiscale,
e-mail, date or street address; then the whole outgoing document is checked once more and
refused if any identifying value is still there. What the scrubbing cannot judge (a school, a
workplace, a street, a place of the case) is flagged for the operator to review before sending.

When two offices that exchanged a referral both propose the woman, their items carry the same
shared code, derived from the referral packet's random id that both vaults record: the chair
sees they are one case without anyone hashing her name or codice fiscale.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from rete_desktop.domain.records import Case, Person
from rete_desktop.domain.vocabulary import PersonRole
from rete_desktop.errors import SecurityRefused
from rete_desktop.lab import age_bands

ITEM_FORMAT = "rete-lab-item/2"  # /2: age bands, shared codes, children withheld
ITEM_FORMATS = ("rete-lab-item/1", ITEM_FORMAT)  # /1 (exact ages) still read and shown as bands
REDACTED = "[omesso]"
MAX_REQUEST = 2000
# Particles and prepositions that are parts of names but also everyday Italian words: they are
# removed only as part of a full name, never on their own.
_NAME_PARTICLES = frozenset((
    "d", "de", "di", "da", "del", "dei", "degli", "della", "delle", "dal", "dalla", "dall",
    "dell", "la", "le", "lo", "li", "el", "van", "von", "der", "den", "mc", "mac", "san", "st",
))
_MONTHS = (
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
    "dicembre|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic"
)
_ODD = "0-9lmnpqrstuv"  # digits of a codice fiscale, including the omocodia letters
_GENERIC_PATTERNS = (
    # codice fiscale (also with omocodia substitutions)
    re.compile(rf"(?<!\w)[a-z]{{6}}[{_ODD}]{{2}}[a-z][{_ODD}]{{2}}[a-z][{_ODD}]{{3}}[a-z](?!\w)"),
    # e-mail addresses
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # phone numbers, full dates, long numbers: six or more digits with separators
    re.compile(r"\+?\d(?:[\s\-./()]*\d){5,}"),
    # dates with a month name: "3 marzo 1985", "3 mar"
    re.compile(rf"(?<!\w)\d{{1,2}}\s*(?:{_MONTHS})\.?(?:\s*\d{{2,4}})?(?!\w)"),
    # short numeric dates: 3/4/85, 03-04
    re.compile(r"(?<!\w)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?!\w)"),
)
# Street addresses ("via Roma 12", "Piazza G. Garibaldi"), matched on the original text: the
# words after the keyword must be capitalised, so "è andata via di casa" is left alone.
_ADDRESS = re.compile(
    r"(?<!\w)(?i:via|viale|v\.le|piazza|piazzale|p\.zza|corso|c\.so|vicolo|largo|strada|"
    r"localit[aà]|loc\.|frazione|fraz\.|contrada|borgo)\s+[A-ZÀ-Ý][\w'’.]*"
    r"(?:\s+(?:[A-ZÀ-Ý][\w'’.]*|d[ie]|del|della|dei|degli|\d+\w?))*"
)
_SEPARATORS_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\s\-./()]+(?=\d)")
_CODE_ALPHABET = "0123456789BCDFGHJKLMNPQRSTVWXZ"  # no vowels: a code never spells a name
_RANDOM_CODES = ("case_code", "shared_codes")  # drawn from _CODE_ALPHABET


@dataclass(frozen=True)
class Identifiers:
    """The identifying values of one case's persons, folded for matching."""

    phrases: tuple[str, ...]  # full names, name parts, address parts, codici fiscali, title
    digits: tuple[str, ...]  # phone numbers (national significant number)
    years: tuple[str, ...]  # birth years


def fold(text: str) -> str:
    """Lower-case, accents removed: "Nicolò" and "NICOLO" match."""
    return _fold_with_map(text)[0]


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, its index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        ).casefold()
        for c in base:
            out.append("'" if c == "’" else c)
            index.append(i)
    return "".join(out), index


def _words(value: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", fold(value)) if w]


def name_words(text: str) -> set[str]:
    """The folded words of ``text`` that can be (part of) a name: no particles, no initials."""
    return {w for w in _words(text) if len(w) >= 2 and w not in _NAME_PARTICLES}


def _name_phrases(name: str) -> set[str]:
    """The full name and its words. A particle is a name only when it ends the name: the
    surname of «Lauretta Delle» is «delle», removed wherever it is written (even «casa delle
    donne»: a word too many removed, rather than a surname left)."""
    words = _words(name)
    trailing = {words[-1]} if words and words[-1] in _NAME_PARTICLES and len(words[-1]) > 1 \
        else set()
    return {" ".join(words), *name_words(name), *trailing}


def names_only(names: Iterable[str]) -> Identifiers:
    """Identifiers holding only these names (full and in parts)."""
    phrases = set().union(*(_name_phrases(n) for n in names)) - {""}
    return Identifiers(tuple(sorted(phrases, key=len, reverse=True)), (), ())


def identifiers_of(persons: Iterable[Person], case: Case | None = None) -> Identifiers:
    phrases: set[str] = set()
    digits: set[str] = set()
    years: set[str] = set()
    for person in persons:
        phrases.update(_name_phrases(person.name))
        if person.codice_fiscale:
            phrases.add(fold(person.codice_fiscale))
        if person.address:
            phrases.add(" ".join(_words(person.address)))
            for part in person.address.split(","):
                words = [w for w in _words(part) if not w.isdigit()]
                if words and len(" ".join(words)) >= 4:
                    phrases.add(" ".join(words))
        if person.phone:
            digits.add(_national_digits(person.phone))
        if person.birth_year:
            years.add(str(person.birth_year))
    if case is not None:
        phrases.add(" ".join(_words(case.title)))
        digits.add(re.sub(r"\D", "", case.reference))
    phrases.discard("")
    return Identifiers(
        phrases=tuple(sorted(phrases, key=len, reverse=True)),
        digits=tuple(sorted(d for d in digits if len(d) >= 6)),
        years=tuple(sorted(years)),
    )


def _national_digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return digits[2:] if phone.startswith("+39") else digits


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A folded phrase as a whole-word pattern that tolerates any separators between words."""
    body = r"[^\w]+".join(re.escape(w) for w in phrase.split(" "))
    return re.compile(rf"(?<!\w){body}(?!\w)")


def scrub_text(text: str, ids: Identifiers) -> tuple[str, int]:
    """``text`` with every identifying value replaced by :data:`REDACTED`; and how many."""
    clean, removed = scrub_text_listing(text, ids)
    return clean, len(removed)


def scrub_text_listing(text: str, ids: Identifiers) -> tuple[str, list[str]]:
    """``text`` with every identifying value replaced by :data:`REDACTED`; and the values."""
    folded, index = _fold_with_map(text)
    spans: list[tuple[int, int]] = []
    patterns = [_phrase_pattern(p) for p in ids.phrases]
    patterns += [re.compile(rf"(?<!\d){y}(?!\d)") for y in ids.years]
    patterns += list(_GENERIC_PATTERNS)
    for pattern in patterns:
        for m in pattern.finditer(folded):
            if m.end() > m.start():
                spans.append((index[m.start()], index[m.end() - 1] + 1))
    spans += [m.span() for m in _ADDRESS.finditer(text)]
    # phone numbers of the case written with any separators
    for d in ids.digits:
        loose = r"[\s\-./()]*".join(d)
        for m in re.finditer(rf"(?<!\d){loose}(?!\d)", folded):
            spans.append((index[m.start()], index[m.end() - 1] + 1))
    merged = _merge(spans)
    out, last = [], 0
    for start, end in merged:
        out.append(text[last:start])
        out.append(REDACTED)
        last = end
    out.append(text[last:])
    return "".join(out), [text[start:end] for start, end in merged]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def leaks(text: str, ids: Identifiers) -> list[str]:
    """Kinds of identifying value still present in ``text`` (empty means it may leave)."""
    folded = fold(text)
    found = []
    if any(_phrase_pattern(p).search(folded) for p in ids.phrases):
        found.append("name/address/codice fiscale")
    joined = _SEPARATORS_BETWEEN_DIGITS.sub("", folded)
    if any(re.search(rf"(?<!\d){d}(?!\d)", joined) for d in ids.digits):
        found.append("phone/reference")
    if any(re.search(rf"(?<!\d){y}(?!\d)", folded) for y in ids.years):
        found.append("birth year")
    return found


def ensure_no_leak(text: str, ids: Identifiers) -> None:
    """The last check before anything leaves: refuse rather than send an identifying value."""
    found = leaks(text, ids)
    if found:
        raise SecurityRefused("lab.identifying_data", what=", ".join(found))


def case_summary(
    case: Case, persons: list[Person], *, case_code: str, office_kind: str, request: str,
    today: date, shared_codes: Iterable[str] = (), extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The pseudonymised item exactly as it leaves the office (checked for leaks).

    Children appear only with the consent to share their data (``--no-children`` keeps them
    out entirely); their names are scrubbed from the request either way.
    """
    ids = identifiers_of(persons, case)
    clean_request, _ = scrub_text(request.strip()[:MAX_REQUEST], ids)
    withheld = not case.consent.include_children
    kids = sorted(
        ((age_bands.band(p.birth_year, today), p.exposure.value if p.exposure else None)
         for p in persons if p.role is PersonRole.CHILD and not withheld),
        key=lambda c: (-age_bands.order(c[0]) if c[0] else 1, c[1] or ""),
    )
    children = [{"age_band": a, "exposure": e} for a, e in kids]
    adults = [
        {"role": p.role.value, "age_band": age_bands.band(p.birth_year, today)}
        for p in persons if p.role in (PersonRole.VICTIM, PersonRole.OFFENDER)
    ]
    summary: dict[str, Any] = {
        "format": ITEM_FORMAT,
        "case_code": case_code,
        "office_kind": office_kind,
        "risk": case.risk.value,
        "status": case.status.value,
        "persons": sorted(adults, key=lambda a: (a["role"] != "victim",
                                                 age_bands.order(a["age_band"]))),
        "children": {
            "count": len(children),
            "witnessed": sum(1 for _, e in kids if e == "witnessed"),
            "direct": sum(1 for _, e in kids if e == "direct"),
            "list": children,
        },
        "children_withheld": withheld,
        "shared_codes": sorted(set(shared_codes)),
        "request": clean_request,
        **(extra or {}),  # codes only (the basis, the structured record): checked below too
    }
    # The codes are ours and random: one that happens to read «1987» says nothing of a woman
    # born in 1987, and refusing it made a case impossible to bring to the laboratorio.
    checked = {k: v for k, v in summary.items() if k not in _RANDOM_CODES}
    ensure_no_leak(document_json(checked).decode("utf-8"), ids)
    return summary


# Words that point at a place someone can be found: streets, schools, workplaces, care places.
# Matched on the outgoing text; the flag shows the word and what follows, for a human to judge.
_PLACE_WORDS = (
    "via", "viale", "v.le", "piazza", "piazzale", "p.zza", "corso", "c.so", "vicolo", "largo",
    "strada", "località", "loc.", "frazione", "fraz.", "contrada", "borgo", "quartiere",
    "scuola", "scuole", "istituto", "liceo", "asilo", "nido", "materna", "elementare",
    "elementari", "media", "medie", "università", "classe", "maestra", "maestro", "preside",
    "ditta", "azienda", "fabbrica", "stabilimento", "ufficio", "negozio", "supermercato",
    "cooperativa", "lavora", "lavorava", "datore", "ospedale", "clinica", "ambulatorio",
    "reparto", "pronto soccorso", "rsa", "parrocchia", "oratorio", "palestra", "caserma",
    "comune di", "condominio", "palazzo", "residence", "hotel", "albergo", "bar", "ristorante",
    "pizzeria",
)
_PLACE_PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in sorted(_PLACE_WORDS, key=len,
                                                                 reverse=True))
    + r")(?!\w)"
)
_FLAG_CONTEXT = 40


def review_flags(text: str, known_names: Iterable[str] = ()) -> list[str]:
    """Passages of ``text`` an operator must look at before it leaves: a street, school,
    workplace or care place, or a person or place name known in the case or the vault.

    Each flag is the matched words with a little of what follows ("scuola media Marconi").
    """
    folded, index = _fold_with_map(text)
    spans = [m.span() for m in _PLACE_PATTERN.finditer(folded)]
    for phrase in sorted({p for n in known_names for p in _name_phrases(n)
                          if len(p) >= 4 and p not in _NAME_PARTICLES}, key=len, reverse=True):
        spans += [m.span() for m in _phrase_pattern(phrase).finditer(folded)]
    flags: list[str] = []
    covered = 0  # a match inside the previous flag's passage ("scuola media") adds nothing
    for start, end in _merge(spans):
        first, last = index[start], index[end - 1] + 1
        if first < covered:
            continue
        tail = re.split(r"[.;:,\n]", text[last:last + _FLAG_CONTEXT], maxsplit=1)[0]
        covered = last + len(tail)
        snippet = text[first:covered].strip()
        if snippet not in flags:
            flags.append(snippet)
    return flags


def document_json(summary: dict[str, Any]) -> bytes:
    """The canonical bytes of an item (what ``--show --json`` prints and the packet carries)."""
    return json.dumps(summary, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def shared_code(packet_id: str) -> str:
    """``RETE-XXXX-XXXX`` for the referral packet ``packet_id`` (random, recorded by sender and
    recipients alike): the same code in both offices' items, and nothing about the woman."""
    digest = hashlib.sha256(b"rete-lab-shared-code\x00" + packet_id.encode()).digest()
    return "RETE" + new_case_code(digest[:8])[3:]


def new_case_code(token: bytes) -> str:
    """``LAB-XXXX-XXXX`` from random bytes, in an alphabet without vowels."""
    n = int.from_bytes(token, "big")
    chars = []
    for _ in range(8):
        n, r = divmod(n, len(_CODE_ALPHABET))
        chars.append(_CODE_ALPHABET[r])
    return f"LAB-{''.join(chars[:4])}-{''.join(chars[4:])}"
