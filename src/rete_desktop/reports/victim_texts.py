"""The texts of the documents handed to a woman: leaflet, wallet card, art. 90-bis sheet.

They are read by women who may not read Italian, so they come in many languages: gettext
catalogues of the domain ``leaflet`` (``po/leaflet/<lang>.po``, compiled into
``resources/locale/<lang>/LC_MESSAGES/leaflet.mo`` by ``scripts/update-translations``). The
English text below is each entry's ``msgid`` and its key the ``msgctxt``; ``po/leaflet.pot`` lists
the same pairs (a test compares them). A language is offered when its catalogue is shipped.
Office kinds are looked up by their English formal name (``messages/vocabulary.py``).
"""

from __future__ import annotations

from typing import Any

from rete_desktop import i18n
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.messages.vocabulary import formal

DOMAIN = "leaflet"
OFFICE_KIND = "office-kind"

SOURCE: dict[str, str] = {
    "language": "English",
    "title": "You are not alone.",
    "subtitle": "{network}: who can help you and your children. Free and confidential.",
    "network_default": "The local anti-violence network",
    "helpline": (
        "Anti-violence and stalking helpline: free, 24 hours a day, anonymous, also in other "
        "languages. It listens and puts you in touch with the nearest anti-violence centre."
    ),
    "emergency": "In immediate danger? Call 112, day and night.",
    "offices": "The network's offices",
    "no_offices": "Ask 1522 for the nearest office.",
    "hours": "Hours:",
    "out_of_hours": "Out of hours:",
    "languages": "Languages:",
    "know": "Good to know",
    "fact1": "You can ask for help without reporting to the police.",
    "fact2": (
        "The anti-violence centre is free and confidential: nothing is done without your consent."
    ),
    "fact3": "Children who witness violence are victims too: they can be helped.",
    "fact4": "If you must leave home quickly, take your documents, medicines and this sheet.",
    "footer": "Information as of {date}. This sheet contains no personal data.",
    "card.title": "Useful numbers",
    "card.helpline": "Free, 24 hours a day, anonymous, many languages",
    "card.emergency": "Emergency: police, ambulance, fire brigade",
    "card.centre": "Women's listening centre",
    "info.title": "Your rights as the victim of a crime",
    "info.law": (
        "What the authorities must tell you from the first contact, in a language you understand "
        "(art. 90-bis of the Italian Code of Criminal Procedure, c.p.p.)."
    ),
    "info.report": (
        "Reporting: how to make a report (denuncia) or a complaint (querela), your role in the "
        "investigation and the trial, your right to know the charge and the date and place of "
        "the trial and, if you join the trial as a civil party (parte civile), to be notified "
        "of the judgment."
    ),
    "info.domicile": (
        "Your address for the court's papers: when you file a complaint (querela) you must give "
        "an address where the papers of the case can reach you, also a certified e-mail (PEC), "
        "or you can give it later; if it changes, tell the judicial authority at once. If you "
        "have a lawyer, the papers go to the lawyer; without a valid address they are left at "
        "the prosecutor's or the court's office."
    ),
    "info.case": (
        "News of the case: you can ask to be told how the case is progressing and what is "
        "entered in the register of crime reports, and to be warned if the prosecutor asks to "
        "close the case; you are told which authority to ask for information."
    ),
    "info.lawyer": (
        "A lawyer paid by the State: for ill-treatment in the family, stalking, sexual violence "
        "and the other crimes listed by law you are entitled to one whatever your income (art. "
        "76, paragraph 4-ter, Presidential Decree 115/2002)."
    ),
    "info.interpreter": (
        "An interpreter and the translation of documents, free of charge, if you do not speak "
        "Italian (art. 143-bis c.p.p.)."
    ),
    "info.protection": (
        "Protection: the judge can order the offender to leave the home or not to come near you "
        "(arts. 282-bis and 282-ter c.p.p.); in urgent cases the police, authorised by the "
        "prosecutor, can remove him at once (art. 384-bis c.p.p.)."
    ),
    "info.release": (
        "Release or escape: for ill-treatment, stalking, sexual violence and the other crimes of "
        "domestic and gender-based violence, you and your lawyer are always told if the offender "
        "is released or escapes (art. 90-ter c.p.p.) and if a protection measure is lifted or "
        "changed (art. 299 c.p.p.)."
    ),
    "info.eu": (
        "If you live in another European Union country, the law gives you particular rights, "
        "for example to report the crime in the country where you live."
    ),
    "info.complain": "If your rights are not respected: how to complain about it.",
    "info.compensation": (
        "Compensation: you can claim compensation for the harm suffered and, in some cases, the "
        "costs of taking part in the proceedings."
    ),
    "info.settle": (
        "Ending the case: for some crimes the case can end if you withdraw your complaint "
        "(remissione di querela, art. 152 c.p.), where the law allows it; you can also take "
        "part in a restorative justice programme (giustizia riparativa). Both are only ever "
        "your free choice."
    ),
    "info.probation": (
        "If the accused asks for the case to be suspended with probation (messa alla prova), or "
        "the case may be closed because the offence is particularly minor (art. 131-bis c.p.), "
        "you are told and can have your say; you can oppose the closing of the case."
    ),
    "info.support": (
        "Help: health services, family homes, anti-violence centres, shelters and victim support "
        "services in your area; the network's offices are listed below."
    ),
    "info.more": (
        "You can always ask for the full text of art. 90-bis c.p.p. and for explanations of "
        "these rights."
    ),
    "info.given": "Given by (name, office):",
    "info.date": "Date:",
    "info.footer": "This sheet contains no personal data. Offices as of {date}.",
}


def languages() -> tuple[str, ...]:
    """Languages with a shipped catalogue, plus English (the ``msgid``), Italian first."""
    return i18n.languages(DOMAIN)


class Texts:
    """The documents' texts in one language (English for a language without a catalogue)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._catalogue = i18n.translation(DOMAIN, lang)

    def __call__(self, key: str, **params: Any) -> str:
        text = self._catalogue.pgettext(key, SOURCE[key])
        return text.format(**params) if params else text

    def office_kind(self, kind: OfficeKind) -> str:
        return self._catalogue.pgettext(OFFICE_KIND, formal("OfficeKind", kind.value, "en"))


def language_name(lang: str) -> str:
    """The language's own name for itself ("العربية", "Shqip"), for the language picker."""
    return Texts(lang)("language")
