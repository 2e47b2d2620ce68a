"""What changed in the vault, announced after it is committed.

The core says what it changed instead of every screen guessing what to reload: a service
function that writes calls ``vault.announce(SomeEvent(...))`` inside its transaction, and the
vault hands the event to the subscribers only once that transaction has committed (a rolled
back change announces nothing). Outside a transaction an event goes out at once.

Subscribers are registered explicitly on a vault (``vault.events.subscribe(handler, CaseErased)``)
— nothing subscribes on import. The GUI bridges them to Qt signals in one place
(``ui/events.py``); the CLI has no subscribers. Events carry ids only, never names or text:
a subscriber reads what it needs from the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    """Base of every event (subscribe to it to hear all of them)."""


@dataclass(frozen=True)
class CaseCreated(Event):
    """A case was opened at the desk or filed from a received referral."""

    case_id: str


@dataclass(frozen=True)
class CaseChanged(Event):
    """Something shown with a case changed: ``what`` is ``status``, ``risk``, ``consent``,
    ``person``, ``tasks``, ``attachment``, ``lab``…"""

    case_id: str
    what: str


@dataclass(frozen=True)
class CaseErased(Event):
    """A case and everything of it were erased: nothing of it may stay on screen."""

    case_id: str


@dataclass(frozen=True)
class NoteAdded(Event):
    """A note (or an amendment of one) was added to a case."""

    case_id: str
    note_id: str


@dataclass(frozen=True)
class PacketReceived(Event):
    """A packet from another office was verified and filed (``kind`` as in the manifest:
    ``referral``, ``receipt``, ``agenda``…); ``case_id`` is the case it opened, if any."""

    packet_id: str
    kind: str
    case_id: str | None = None


@dataclass(frozen=True)
class PacketSent(Event):
    """A packet was sealed for other offices and entered in the register."""

    packet_id: str
    kind: str


@dataclass(frozen=True)
class DirectoryUpdated(Event):
    """The network directory (members, keys, handbook sections) changed."""


@dataclass(frozen=True)
class OfficesChanged(Event):
    """An office or a contact of the address book was added or edited."""


@dataclass(frozen=True)
class LabChanged(Event):
    """Something of the laboratorio changed: an item proposed or received, a meeting's agenda,
    presence, decisions, actions or minutes, an action reported done."""


@dataclass(frozen=True)
class HandbookChanged(Event):
    """The network handbook held here changed: a profile, the glossary, prevention actions
    (edited at this office or received with the directory)."""


@dataclass(frozen=True)
class AuditAppended(Event):
    """An entry was appended to the audit log (every change makes one)."""

    action: str


@dataclass(frozen=True)
class VaultLocked(Event):
    """The vault was closed: its data must leave the screen."""


Handler = Callable[[Event], None]


class EventBus:
    """Subscribers of one vault, each with the event types it wants."""

    def __init__(self) -> None:
        self._subscribers: list[tuple[Handler, tuple[type[Event], ...]]] = []

    def subscribe(self, handler: Handler, *types: type[Event]) -> Callable[[], None]:
        """Call ``handler`` for every event of ``types`` (all events when none are given);
        returns the function that unsubscribes it."""
        entry = (handler, types or (Event,))
        self._subscribers.append(entry)

        def unsubscribe() -> None:
            if entry in self._subscribers:
                self._subscribers.remove(entry)

        return unsubscribe

    def publish(self, events: list[Event]) -> None:
        """Deliver committed events in order. Every subscriber hears every event even if one
        fails; the first failure is raised afterwards (the change itself is already saved)."""
        failure: BaseException | None = None
        for event in events:
            for handler, types in list(self._subscribers):
                if isinstance(event, types):
                    try:
                        handler(event)
                    except Exception as exc:  # noqa: BLE001 - re-raised below
                        failure = failure or exc
        if failure is not None:
            raise failure
