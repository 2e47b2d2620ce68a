"""What a document handed to a woman may print: it must never send her to a closed door.

The leaflet, the wallet card and the art. 90-bis sheet are refused, with a message naming the
office and what to fix, when

- an anti-violence centre (the office the leaflet exists for) has no phone number: the woman
  would hold a name she cannot call;
- an emergency service (emergency room, Carabinieri, State Police) shows office hours
  ("lun–ven 9–17") and neither says it is open round the clock nor gives an out-of-hours
  number: she would believe nobody answers at night.

1522 and 112 are printed by the documents themselves, never taken from the vault.
"""

from __future__ import annotations

import re

from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput
from rete_desktop.handbook.network import NetworkOffice

EMERGENCY_KINDS = frozenset({OfficeKind.HOSPITAL, OfficeKind.CARABINIERI, OfficeKind.POLICE})
ROUND_THE_CLOCK = re.compile(
    r"\bh\s?\.?\s?24\b|\b24\s?h\b|\b24\s?/\s?7\b|\b24\s?ore\b|\b24\s?hours?\b|\b0?0[:.]?0?0?"
    r"\s?[-–]\s?24\b|\bsempre\b|\balways\b|giorno e notte|day and night|tutti i giorni,? 24",
    re.IGNORECASE,
)


def round_the_clock(hours: str) -> bool:
    """True when an hours text says the service is open at any time ("h24", "24 ore su 24")."""
    return bool(ROUND_THE_CLOCK.search(hours))


def check_printable(offices: list[NetworkOffice], need_centre: bool = False) -> None:
    """Raise :class:`BadInput` naming the first office that would mislead a woman.

    ``need_centre``: the wallet card carries the anti-violence centre's number, so a network
    without a centre cannot have one.
    """
    centres = [o for o in offices if o.office.kind is OfficeKind.CAV]
    for office in centres:
        if not office.phones:
            raise BadInput("leaflet.centre_without_phone", name=office.name)
    for office in offices:
        if office.office.kind not in EMERGENCY_KINDS or not office.hours:
            continue
        out_of_hours = office.profile.emergency if office.profile else ""
        if not round_the_clock(office.hours) and not out_of_hours:
            raise BadInput("leaflet.emergency_with_hours", name=office.name,
                           hours=office.hours)
    if need_centre and not centres:
        raise BadInput("leaflet.no_centre")
