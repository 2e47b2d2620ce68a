"""The core says what changed, after it is committed, to the subscribers registered on the
vault — and nothing when the change is refused or rolled back."""

from __future__ import annotations

import pytest

from rete_desktop import events
from rete_desktop.errors import BadInput
from rete_desktop.storage import cases, erasure, notes, offices
from rete_desktop.storage.vault import Vault


def _heard(vault: Vault, *types: type[events.Event]) -> list[events.Event]:
    heard: list[events.Event] = []
    vault.events.subscribe(heard.append, *types)
    return heard


def test_each_change_is_announced_with_the_case_it_touched(vault: Vault) -> None:
    heard = _heard(vault, events.CaseCreated, events.CaseChanged, events.NoteAdded,
                   events.CaseErased, events.OfficesChanged)
    case_id = cases.create_case(vault, "Caso")
    cases.set_risk(vault, case_id, "high")
    person_id = cases.add_person(vault, case_id, "victim", "Anna Neri")
    note_id = notes.add_note(vault, case_id, "Primo colloquio.")
    offices.add_contact(vault, name="Dott.ssa Rota", phone="0375 123456")
    erasure.erase_case(vault, case_id)
    assert person_id
    assert heard == [
        events.CaseCreated(case_id),
        events.CaseChanged(case_id, "risk"),
        events.CaseChanged(case_id, "person"),
        events.NoteAdded(case_id, note_id),
        events.OfficesChanged(),
        events.CaseErased(case_id),
    ]


def test_subscribers_hear_only_after_the_commit(vault: Vault) -> None:
    seen_in_vault: list[int] = []
    vault.events.subscribe(lambda _e: seen_in_vault.append(cases.count_cases(vault)),
                           events.CaseCreated)
    cases.create_case(vault, "Caso")
    assert seen_in_vault == [1]  # the handler can already read the committed case


def test_a_refused_or_rolled_back_change_announces_nothing(vault: Vault) -> None:
    heard = _heard(vault)
    with pytest.raises(BadInput):
        cases.create_case(vault, "   ")
    with pytest.raises(RuntimeError), vault.transaction():
        vault.announce(events.CaseCreated("x"))
        raise RuntimeError("crash")
    assert heard == []


def test_unsubscribed_handlers_hear_nothing_and_locking_is_announced(vault: Vault) -> None:
    heard: list[events.Event] = []
    stop = vault.events.subscribe(heard.append, events.CaseCreated)
    stop()
    cases.create_case(vault, "Caso")
    locked = _heard(vault, events.VaultLocked)
    vault.close()
    assert heard == [] and locked == [events.VaultLocked()]


def test_a_failing_subscriber_does_not_silence_the_others(vault: Vault) -> None:
    def broken(_event: events.Event) -> None:
        raise ValueError("bug in a screen")

    vault.events.subscribe(broken, events.CaseCreated)
    heard = _heard(vault, events.CaseCreated)
    with pytest.raises(ValueError):
        cases.create_case(vault, "Caso")
    assert len(heard) == 1 and cases.count_cases(vault) == 1  # saved, and announced


def test_laboratorio_and_handbook_changes_are_announced(vault: Vault) -> None:
    """The pages showing the laboratorio and the handbook refresh on these, not on every show."""
    from datetime import date

    from rete_desktop.handbook import glossary, prevention
    from rete_desktop.lab import chair
    from rete_desktop.storage.identity import load_identity

    heard = _heard(vault, events.LabChanged, events.HandbookChanged)
    meeting_id = chair.create_agenda(vault, date(2026, 12, 10), [])
    chair.add_decision(vault, meeting_id, "Rivedere il protocollo di rete.")
    glossary.set_term(vault, "Tavolo di rete", "Incontro mensile degli uffici.")
    own = load_identity(vault).office_id
    prevention.add_action(vault, "Incontro al liceo", "school_talk", "2999-03-08", owners=[own])
    assert heard == [events.LabChanged(), events.LabChanged(), events.HandbookChanged(),
                     events.HandbookChanged()]
