"""What a person's access export (GDPR art. 15) contains, by the person's role in the case.

A case file is the woman's account. Handing it to whoever asks can put her in danger: the
alleged offender would learn where she sleeps, what she told the centre and who was told.
The law limits his right (art. 15(4) GDPR: the rights of others; art. 2-undecies of the Codice
privacy, d.lgs. 196/2003: a concrete harm to others or to investigations), so by default he
receives only his own identifying data and a statement that the rest is withheld. Children,
relatives and witnesses receive their own data and the art. 15(1) information (purposes,
recipients, source), not the woman's notes. The woman receives everything.

The office can release more sections case by case; the export then needs a written reason,
which goes into the audit log (so it must not name anyone: see :func:`check_reason`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from rete_desktop.domain.vocabulary import PersonRole
from rete_desktop.errors import BadInput

MAX_REASON = 300
# A run of digits as in a phone number (with spaces, dots or dashes between the groups).
_PHONE_LIKE = re.compile(r"\d[\d .\-/]{5,}\d")
_EMAIL_LIKE = re.compile(r"[^\s@]+@[^\s@]+\.\w+")
# A codice fiscale, omocodia included (digits replaced by L M N P Q R S T U V).
_CF_DIGIT = "[0-9LMNPQRSTUV]"
_CODICE_FISCALE_LIKE = re.compile(
    rf"(?<![A-Z0-9])[A-Z]{{6}}{_CF_DIGIT}{{2}}[ABCDEHLMPRST]{_CF_DIGIT}{{2}}[A-Z]"
    rf"{_CF_DIGIT}{{3}}[A-Z](?![A-Z0-9])", re.IGNORECASE)
# A street address: a kind of street, a name of one to four words, each capitalised (or a
# particle: "via dei Mille"), then a house number ("via Roma 12", "P.zza Garibaldi, 3/b",
# "corso Vittorio Emanuele II n. 7", "12 Baker Street"). The capitals keep "inviata via PEC il
# giorno 3" or "via mail 2 volte" acceptable; an address typed all in lower case is missed.
_STREET = (r"via|viale|v\.le|piazza|piazzale|p\.za|p\.zza|corso|c\.so|largo|vicolo|strada|"
           r"contrada|c\.da|localit[aà]|loc\.|borgo|frazione|fraz\.|lungo\w+|salita|traversa")
_PARTICLE = (r"(?:d[aei]|de[il]|dell[aoe]|dello|degli|dal|dall[aoe]|san|sant[aoe])\b"
             r"|dell'|d'|sant'|s\.")
_NAME_WORD = rf"(?:(?-i:[A-ZÀ-Ý0-9])[\w'’.]*|{_PARTICLE})"
_ADDRESS_LIKE = re.compile(
    rf"\b(?:{_STREET})\s+(?:{_NAME_WORD}\s*){{1,4}},?\s*(?:n\.?\s*|civico\s+)?\d+"
    r"|\b\d+[a-z]?\s+(?:(?-i:[A-Z])\w*\s+){1,3}(?:street|road|avenue|lane)\b",
    re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


class Section(StrEnum):
    """A part of the export that a role may or may not receive."""

    CASE = "case"  # title, status, risk, dates (the reference is always given)
    OTHERS = "others"  # the roles of the other persons in the case
    CONSENT = "consent"
    PURPOSES = "purposes"  # purposes and legal bases (art. 15(1)(a))
    RECIPIENTS = "recipients"  # offices the case was actually sent to (art. 15(1)(c))
    SOURCE = "source"  # where the data came from (art. 15(1)(g))
    NOTES = "notes"
    TASKS = "tasks"
    ATTACHMENTS = "attachments"
    ACCESS_LOG = "access-log"


ALL_SECTIONS = tuple(Section)
_THIRD_PARTY = (Section.PURPOSES, Section.RECIPIENTS, Section.SOURCE)


class Scope(StrEnum):
    """``full``: the woman's own file; ``third_party``: a child, relative or witness, whose
    export leaves out her account; ``restricted``: art. 2-undecies, identifying data only."""

    FULL = "full"
    THIRD_PARTY = "third_party"
    RESTRICTED = "restricted"


def default_scope(role: PersonRole) -> Scope:
    if role is PersonRole.VICTIM:
        return Scope.FULL
    if role is PersonRole.OFFENDER:
        return Scope.RESTRICTED
    return Scope.THIRD_PARTY


_SECTIONS_OF = {
    Scope.FULL: ALL_SECTIONS,
    Scope.THIRD_PARTY: _THIRD_PARTY,
    Scope.RESTRICTED: (),
}


@dataclass(frozen=True)
class ExportScope:
    """The sections an export holds: the scope's own plus those the office released."""

    scope: Scope
    released: tuple[Section, ...] = ()
    reason: str = ""

    @property
    def sections(self) -> frozenset[Section]:
        return frozenset((*_SECTIONS_OF[self.scope], *self.released))

    @property
    def withheld(self) -> tuple[Section, ...]:
        return tuple(s for s in ALL_SECTIONS if s not in self.sections)

    def holds(self, section: Section) -> bool:
        return section in self.sections


def decide(
    role: PersonRole, *, restricted: bool = False, release: Iterable[str] = (), reason: str = "",
    names: Iterable[str] = (),
) -> ExportScope:
    """The scope for a person of ``role``; ``restricted`` applies art. 2-undecies to any role
    (e.g. a child's request made by the alleged offender as parent). Releasing sections needs
    a reason that names nobody in ``names`` (the persons of the case)."""
    scope = Scope.RESTRICTED if restricted else default_scope(role)
    try:
        chosen = tuple(dict.fromkeys(Section(s.strip()) for s in release if s.strip()))
    except ValueError as exc:
        raise BadInput("access.bad_section", sections=", ".join(ALL_SECTIONS)) from exc
    released = tuple(s for s in chosen if s not in _SECTIONS_OF[scope])
    clean = " ".join(reason.split())
    if released:
        check_reason(clean, names)
    return ExportScope(scope, released, clean if released else "")


def check_reason(reason: str, names: Iterable[str]) -> None:
    """A release reason is required, short and free of names, phone numbers, e-mail addresses,
    codici fiscali and street addresses: the audit log keeps it for good (even after the case
    is erased), so it must not identify anyone."""
    if not reason:
        raise BadInput("access.reason_required")
    if len(reason) > MAX_REASON:
        raise BadInput("access.reason_too_long", max=MAX_REASON)
    words = {w.casefold() for w in _WORD.findall(reason)}
    for name in names:
        if any(len(part) > 2 and part.casefold() in words for part in _WORD.findall(name)):
            raise BadInput("access.reason_names_someone")
    if _PHONE_LIKE.search(reason):
        raise BadInput("access.reason_names_someone")
    for pattern in (_EMAIL_LIKE, _CODICE_FISCALE_LIKE, _ADDRESS_LIKE):
        if pattern.search(reason):
            raise BadInput("access.reason_identifies")
