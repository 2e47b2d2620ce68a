"""Varied, realistic case notes for the demo office: a first interview, then calls, visits,
hearings, safety plans and measures told with the case's own names, places and days.

A note is an opening sentence of its category plus a follow-up, both with the case's details
filled in; :class:`NoteWriter` never hands out the same text twice, so a newcomer reading the
demo sees a desk's real variety instead of one note repeated.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from rete_desktop.domain.vocabulary import NoteCategory

_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")

# Per category, the opening sentences; {name} is the woman's first name, {child} her child's
# (or "i figli"; only for cases with children; {of_child}: "di Luca" / "dei figli"), {him} the
# offender's first name, {town} her
# town, {day} a weekday, {n} a small number.
_OPENINGS: dict[NoteCategory, tuple[str, ...]] = {
    NoteCategory.INTERVIEW: (
        "Primo colloquio con {name}: riferisce anni di svalutazioni e controllo economico da "
        "parte di {him}, che le toglie lo stipendio.",
        "Colloquio in sede con {name}: racconta che {him} le controlla il telefono e le vieta "
        "di vedere le amiche.",
        "{name} torna al centro dopo {n} settimane: gli insulti di {him} sono ripresi da quando "
        "ha perso il lavoro.",
        "Colloquio di accoglienza: {name} arriva accompagnata dalla sorella, riferisce una "
        "spinta contro il mobile della cucina {day} sera.",
        "Colloquio con {name} e la mediatrice culturale: non parla ancora bene l'italiano, "
        "{him} le ha tolto il passaporto.",
        "{name} chiede di parlare con la legale: vuole capire come separarsi senza perdere "
        "la casa di {town}.",
        "Colloquio con {name}: descrive minacce di morte via messaggio dopo che ha lasciato "
        "{him}; ha conservato gli screenshot.",
        "Colloquio di verifica con {name}: il percorso procede, dorme meglio e ha ripreso "
        "a uscire da sola.",
    ),
    NoteCategory.CALL: (
        "Telefonata di {name} alle {n}: {him} si è presentato sotto casa a {town}. Ricordati "
        "il 112 e il numero del centro.",
        "Chiamata dal 1522: segnalano {name}, residente a {town}, che chiede un appuntamento.",
        "{name} chiama per spostare il colloquio di {day}: non riesce a uscire senza che "
        "{him} se ne accorga.",
        "Telefonata con l'assistente sociale di {town} per coordinare l'incontro con {name}.",
        "Richiamata {name} come concordato: nessun nuovo episodio, settimana tranquilla anche "
        "per {child}.",
        "Telefonata della scuola {of_child}: segnalano agitazione in classe e racconti di "
        "litigi a casa.",
    ),
    NoteCategory.VISIT: (
        "Visita domiciliare a {town} con l'assistente sociale: casa in ordine, la frequenza "
        "scolastica {of_child} è regolare.",
        "Accompagnata {name} al consultorio per il primo colloquio psicologico.",
        "Accompagnata {name} in Comune a {town} per la residenza e il cambio del medico.",
        "Visita in casa rifugio: {name} si è ambientata, chiede un corso di italiano.",
        "Incontro con {name} in un bar di {town}, luogo sicuro da lei scelto.",
    ),
    NoteCategory.COURT: (
        "Udienza di {day} rinviata di {n} settimane; informata la legale del centro.",
        "Accompagnata {name} in Procura per l'audizione entro i tre giorni (Codice Rosso).",
        "Depositata la memoria per il Tribunale per i minorenni sulla situazione {of_child}.",
        "Il giudice ha disposto l'affidamento {of_child} alla madre; incontri con il padre "
        "solo in spazio neutro.",
        "{name} ha firmato la querela presso la Stazione dei Carabinieri di {town}.",
    ),
    NoteCategory.SAFETY_PLAN: (
        "Aggiornato il piano di sicurezza con {name}: borsa pronta, documenti presso la "
        "sorella, parola d'ordine con la vicina.",
        "Piano di sicurezza: {name} cambia il percorso per il lavoro e salva il 112 tra "
        "i preferiti.",
        "Concordato con {name} un segnale per {child}: se accende la luce del bagno, chiama "
        "la nonna.",
        "Rivisto il piano di sicurezza dopo il messaggio di {him} di {day}: nuove chiavi "
        "e telefono nuovo.",
    ),
    NoteCategory.MEASURE: (
        "Il Questore ha emesso l'ammonimento nei confronti di {him}.",
        "Disposto l'allontanamento urgente di {him} dalla casa familiare di {town}.",
        "Applicato il braccialetto elettronico a {him}; {name} ha ricevuto il dispositivo "
        "di allerta.",
        "Divieto di avvicinamento a {name} e ai luoghi da lei frequentati, almeno {n}00 metri.",
    ),
    NoteCategory.OTHER: (
        "Contatto con il Pronto Soccorso: referto per lesioni guaribili in {n} giorni "
        "(percorso per le donne che subiscono violenza).",
        "{name} ha trovato lavoro part-time a {town}: avviata la domanda per il reddito "
        "di libertà.",
        "Richiesto il contributo affitto al Comune di {town} per l'autonomia abitativa di "
        "{name}.",
        "Inviata la relazione al servizio sociale di {town}, come concordato con {name}.",
    ),
}
_FOLLOW_UPS: tuple[str, ...] = (
    "Prossimo colloquio fissato per {day}.",
    "Concordato di risentirsi tra {n} giorni.",
    "La signora è lucida e determinata.",
    "Appare provata ma decisa ad andare avanti.",
    "Da valutare con l'équipe nella riunione di {day}.",
    "Nessun rischio immediato riferito.",
    "Ricordato il numero 1522, attivo giorno e notte.",
    "Informata sui diritti della persona offesa (art. 90-bis c.p.p.).",
    "Chiede di non essere chiamata al numero di casa.",
    "",
)


@dataclass(frozen=True)
class CaseVoices:
    """The names a case's notes speak of (first names only: notes say them that way)."""

    name: str
    him: str
    town: str
    child: str | None = None  # a child's first name, "i figli", or None: no children

    @property
    def of_child(self) -> str:
        """«di Luca», «dei figli»: Italian joins "di" and the article."""
        return "dei figli" if self.child == "i figli" else f"di {self.child}"


class NoteWriter:
    """Hands out note texts for demo cases; every text differs from those already given."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._given: set[str] = set()

    def write(self, voices: CaseVoices, category: NoteCategory, day: date) -> str:
        rng = self._rng
        text = ""
        openings = [o for o in _OPENINGS[category]
                    if voices.child or ("{child}" not in o and "{of_child}" not in o)]
        for _ in range(20):
            opening = rng.choice(openings)
            follow = rng.choice(_FOLLOW_UPS)
            weekday = _WEEKDAYS[(day.weekday() + rng.randint(1, 6)) % 7]
            text = _told(" ".join(part for part in (opening, follow) if part), voices, weekday,
                         rng.randint(2, 9))
            if text not in self._given:
                break
        else:  # the same case told the same thing twice: date and number tell them apart
            text = f"{text} (annotazione del {day:%d/%m}, n. {len(self._given) + 1})"
        self._given.add(text)
        return text

    def category(self, index: int) -> NoteCategory:
        """The first note of a case is the first interview; later ones follow a desk's mix."""
        if index == 0:
            return NoteCategory.INTERVIEW
        return self._rng.choices(list(_OPENINGS), weights=[4, 4, 2, 2, 2, 1, 1])[0]


def sample_texts() -> list[str]:
    """Every opening told of one fictional case (benchmarks fill notes with them)."""
    voices = CaseVoices("Anna", "Marco", "Viadana", "Luca")
    return [_told(text, voices, "lunedì", 3) for texts in _OPENINGS.values() for text in texts]


def _told(template: str, voices: CaseVoices, day: str, n: int) -> str:
    return template.format(name=voices.name, him=voices.him, town=voices.town,
                           child=voices.child, of_child=voices.of_child, day=day, n=n)
