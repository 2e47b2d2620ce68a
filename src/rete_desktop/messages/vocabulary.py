"""Italian and English names of the closed vocabularies: the one table for input, screens
and documents.

The vault stores the English values of :mod:`rete_desktop.domain.vocabulary`. People type and
read Italian: :func:`resolve` accepts the stored value, either label, or an Italian alias
(``vittima``, ``servizi-sociali``, ``disabilita``); :func:`label` names a stored value in running
text and on the command line (``consultorio``), :func:`formal` as screens and documents name it
(``Consultorio familiare``, ``Polizia di Stato``). The CLI, the GUI (``ui/labels.py``) and the
PDFs all read this table; a test checks every enum value has exactly one entry per language.
Vocabularies are keyed by the name of their enum (``who-to-call`` situations, which are data,
by ``Situation``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple


class Term(NamedTuple):
    it: str
    en: str
    typed_it: str | None = None  # the short Italian word to type, when the label is longer
    aliases: tuple[str, ...] = ()  # more Italian words accepted on input
    formal_it: str | None = None  # the name on screens and documents, when fuller than ``it``
    formal_en: str | None = None


VOCABULARIES: dict[str, dict[str, Term]] = {
    "RiskLevel": {
        "low": Term("basso", "low"),
        "medium": Term("medio", "medium"),
        "high": Term("alto", "high"),
    },
    "CaseStatus": {
        "open": Term("aperto", "open"),
        "monitoring": Term("monitoraggio", "monitoring", formal_it="in monitoraggio"),
        "closed": Term("chiuso", "closed"),
    },
    "PersonRole": {
        "victim": Term("vittima", "victim"),
        "child": Term("minore", "child", aliases=("figlio", "figlia")),
        "offender": Term("presunto autore", "offender", "autore", ("maltrattante",),
                         formal_en="alleged offender"),
        "relative": Term("familiare", "relative", aliases=("parente",)),
        "witness": Term("testimone", "witness"),
        "other": Term("altro", "other", aliases=("altra",)),
    },
    "ChildExposure": {
        "witnessed": Term("violenza assistita", "witnessed", "assistita",
                          formal_en="witnessed violence"),
        "direct": Term("vittima diretta", "direct", "diretta", formal_it="violenza diretta",
                       formal_en="direct violence"),
    },
    "NoteCategory": {
        "interview": Term("colloquio", "interview"),
        "call": Term("telefonata", "call", aliases=("chiamata",), formal_en="phone call"),
        "visit": Term("visita", "visit", aliases=("visita-domiciliare",),
                      formal_it="visita domiciliare", formal_en="home visit"),
        "court": Term("udienza", "court", aliases=("tribunale",), formal_it="tribunale"),
        "safety_plan": Term("piano di sicurezza", "safety plan", "piano-sicurezza"),
        "measure": Term("misura di protezione", "protective measure", "misura"),
        "other": Term("altro", "other"),
    },
    "OfficeKind": {
        "carabinieri": Term("carabinieri", "carabinieri", formal_it="Carabinieri",
                            formal_en="Carabinieri"),
        "cav": Term("centro antiviolenza", "anti-violence centre", "cav",
                    formal_it="centro antiviolenza (CAV)",
                    formal_en="anti-violence centre (CAV)"),
        "social_services": Term("servizi sociali", "social services"),
        # Consultorio familiare, as L. 405/1975 names it (one spelling in every text).
        "consultorio": Term("consultorio", "family counselling centre",
                            formal_it="consultorio familiare"),
        "police": Term("polizia", "police", aliases=("questura",), formal_it="Polizia di Stato",
                       formal_en="State Police"),
        "hospital": Term("ospedale", "hospital", aliases=("pronto-soccorso",),
                         formal_it="ospedale / pronto soccorso",
                         formal_en="hospital / emergency room"),
        "school": Term("scuola", "school"),
        "prosecutor": Term("procura", "prosecutor's office",
                           formal_it="Procura della Repubblica",
                           formal_en="public prosecutor's office"),
        "municipality": Term("comune", "municipality"),
        "other": Term("altro", "other", formal_it="altro ente", formal_en="other body"),
    },
    "TaskStatus": {
        "open": Term("da fare", "open"),
        "done": Term("fatta", "done", aliases=("completata",)),
    },
    "Relation": {
        "partner": Term("partner", "partner", aliases=("compagno", "fidanzato", "convivente")),
        "ex_partner": Term("ex partner", "ex-partner", "ex-partner",
                           ("ex-compagno", "ex-fidanzato", "ex-convivente")),
        "spouse": Term("coniuge", "spouse", aliases=("marito", "moglie")),
        "ex_spouse": Term("ex coniuge", "ex-spouse", "ex-coniuge", ("ex-marito", "ex-moglie")),
        "father": Term("padre", "father"),
        "mother": Term("madre", "mother"),
        "son": Term("figlio", "son"),
        "daughter": Term("figlia", "daughter"),
        "parent": Term("genitore", "parent"),
        "relative": Term("altro familiare", "other relative", "familiare", ("parente",)),
        "acquaintance": Term("conoscente", "acquaintance", aliases=("collega", "amico")),
        "stranger": Term("sconosciuto", "stranger"),
        "other": Term("altro", "other"),
    },
    "ViolenceForm": {
        "physical": Term("fisica", "physical"),
        "psychological": Term("psicologica", "psychological"),
        "economic": Term("economica", "economic"),
        "sexual": Term("sessuale", "sexual"),
        "stalking": Term("stalking", "stalking", aliases=("atti-persecutori",)),
        "witnessed": Term("violenza assistita", "witnessed violence", "assistita"),
        "online": Term("online", "online", aliases=("digitale",)),
    },
    "MeasureKind": {
        "police_warning": Term("ammonimento del Questore", "police warning", "ammonimento"),
        "urgent_removal": Term("allontanamento d'urgenza dalla casa familiare",
                               "urgent removal from the home", "allontanamento"),
        "no_approach_order": Term("divieto di avvicinamento", "no-approach order", "divieto"),
        "electronic_tag": Term("braccialetto elettronico", "electronic tag", "braccialetto"),
        "criminal_complaint": Term("denuncia/querela", "criminal complaint", "denuncia",
                                   ("querela",)),
        "protection_order": Term("ordine di protezione (giudice civile)",
                                 "civil protection order", "ordine-protezione"),
        "arrest": Term("arresto", "arrest"),
        "other": Term("altro", "other"),
    },
    "AccessSource": {
        "spontaneous": Term("accesso spontaneo", "on her own", "spontaneo", ("spontanea",)),
        "helpline_1522": Term("numero 1522", "1522 helpline", "1522"),
        "police": Term("forze dell'ordine", "police", "forze-ordine", ("carabinieri",)),
        "social_services": Term("servizi sociali", "social services"),
        "health_service": Term("servizi sanitari / pronto soccorso", "health service",
                               "sanita", ("pronto-soccorso", "consultorio", "ospedale")),
        "network_member": Term("altro ufficio della rete", "another network member", "rete"),
        "other": Term("altro", "other"),
    },
    "ServiceKind": {
        "listening": Term("ascolto e accoglienza", "listening", "ascolto"),
        "legal": Term("consulenza legale", "legal advice", "legale"),
        "psychological": Term("sostegno psicologico", "psychological support", "psicologico"),
        "shelter": Term("ospitalità in casa rifugio", "shelter", "casa-rifugio",
                        ("ospitalita", "rifugio")),
        "work_support": Term("orientamento al lavoro", "work support", "lavoro"),
        "housing_support": Term("sostegno all'autonomia abitativa", "housing support",
                                "abitativo", ("casa",)),
        "other": Term("altro", "other"),
    },
    "SharingBasis": {
        "consent": Term("consenso della donna", "consent", "consenso"),
        "legal_obligation": Term("obbligo di legge", "legal obligation", "obbligo-di-legge",
                                 ("obbligo",)),
        "vital_interest": Term("interesse vitale", "vital interest", "interesse-vitale"),
    },
    "Situation": {
        "danger": Term("pericolo immediato", "immediate danger", "pericolo", ("urgenza",)),
        "night": Term("notte", "night"),
        "minors": Term("minori", "minors"),
        "no-home": Term("senza casa", "no home"),
        "foreign": Term("straniera", "foreign"),
        "disability": Term("disabilità", "disability"),
        "ammonimento": Term("ammonimento", "formal warning", aliases=("questore",)),
    },
}

def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# Every label is also a message, so the catalogue checks cover the table; the formal names as
# ``vocabulary.<Enum>.<value>.formal`` (what a document names lazily with ``i18n.Text``).
MESSAGES: dict[str, dict[str, str]] = {
    f"vocabulary.{name}.{value}": {"it": term.it, "en": term.en}
    for name, terms in VOCABULARIES.items()
    for value, term in terms.items()
}
MESSAGES.update({
    f"vocabulary.{name}.{value}.formal": {"it": _capital(term.formal_it or term.it),
                                          "en": _capital(term.formal_en or term.en)}
    for name, terms in VOCABULARIES.items()
    for value, term in terms.items()
})


def normalise(text: str) -> str:
    """Case, accents, spaces and underscores do not matter (``Servizi sociali``)."""
    folded = unicodedata.normalize("NFKD", text.strip().casefold())
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[\s_]+", "-", bare)


def typed(name: str, value: str, lang: str) -> str:
    """The word to type for ``value`` in ``lang`` (English: the stored value itself)."""
    term = VOCABULARIES.get(name, {}).get(value)
    if term is None or lang != "it":
        return value
    return term.typed_it or normalise(term.it)


@dataclass(frozen=True)
class TypedValues:
    """The words to type for ``values`` of vocabulary ``name``, as a refusal lists them: written
    out in the language the refusal is read in (an ``i18n.InLanguage``), not the one of the
    moment it was raised."""

    name: str
    values: tuple[str, ...]

    def in_language(self, lang: str) -> str:
        return ", ".join(typed(self.name, value, lang) for value in self.values)

    def __str__(self) -> str:
        return self.in_language("en")


@cache
def _inputs(name: str) -> dict[str, str]:
    accepted: dict[str, str] = {}
    for value, term in VOCABULARIES.get(name, {}).items():
        for word in (value, term.en, term.it, term.typed_it or "", *term.aliases):
            if word:
                accepted[normalise(word)] = value
    return accepted


def resolve(name: str, text: str, values: tuple[str, ...]) -> str | None:
    """The stored value among ``values`` that ``text`` names, in either language; else None."""
    if text in values:
        return text
    key = normalise(text)
    found = _inputs(name).get(key)
    if found in values:
        return found
    return next((v for v in values if normalise(v) == key), None)


def label(name: str, value: str, lang: str) -> str:
    """How ``value`` reads in ``lang``; unknown values are shown as stored."""
    term = VOCABULARIES.get(name, {}).get(value)
    return value if term is None else (term.it if lang == "it" else term.en)


def formal(name: str, value: str, lang: str, *, capital: bool = True) -> str:
    """How screens and documents name ``value`` (``Consultorio familiare``); with
    ``capital=False`` for use inside a sentence (``violenza diretta``)."""
    term = VOCABULARIES.get(name, {}).get(value)
    if term is None:
        return value
    text = (term.formal_it or term.it) if lang == "it" else (term.formal_en or term.en)
    return _capital(text) if capital else text  # proper names are stored capitalised
