"""Cases, persons, notes, protocols, audit and search through the service API."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, SecurityRefused
from rete_desktop.storage import audit, cases, notes, offices, protocols, search
from rete_desktop.storage.vault import Vault


def test_case_references_count_per_year(vault: Vault) -> None:
    first = cases.create_case(vault, "Primo", opened_on=date(2026, 3, 1))
    second = cases.create_case(vault, "Secondo", opened_on=date(2026, 5, 1))
    other_year = cases.create_case(vault, "Altro anno", opened_on=date(2025, 12, 31))
    refs = [cases.get_case(vault, c).reference for c in (first, second, other_year)]
    assert refs == ["2026/0001", "2026/0002", "2025/0001"]
    assert cases.resolve_case_id(vault, "2026/0002") == second


def test_amendment_keeps_the_original(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    original = notes.add_note(vault, case_id, "La signora ha 3 figli", "interview")
    amendment = notes.amend_note(vault, original, "Correzione: i figli sono 2")
    timeline = notes.list_notes(vault, case_id)
    assert [n.text for n in timeline] == ["La signora ha 3 figli", "Correzione: i figli sono 2"]
    assert timeline[1].amends == original and timeline[1].id == amendment


def test_notes_cannot_be_edited_or_deleted_even_in_sql(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    note_id = notes.add_note(vault, case_id, "testo originale")
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE notes SET text = 'x' WHERE id = ?", (note_id,))
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    assert notes.get_note(vault, note_id).text == "testo originale"


def test_empty_note_is_refused(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    with pytest.raises(BadInput):
        notes.add_note(vault, case_id, "   ")
    assert notes.list_notes(vault, case_id) == []


def test_failed_write_leaves_nothing_behind(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    count_before = len(audit.list_entries(vault))
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        conn.execute(
            "INSERT INTO notes (id, case_id, created, category, text) VALUES "
            "('n1', ?, '2026-01-01', 'other', 'mezza scrittura')",
            (case_id,),
        )
        raise RuntimeError("power cut")
    assert notes.list_notes(vault, case_id) == []
    assert len(audit.list_entries(vault)) == count_before


def test_children_are_recorded_with_exposure(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    cases.add_person(vault, case_id, "child", "Luca", birth_year=2018, exposure="witnessed")
    with pytest.raises(BadInput):
        cases.add_person(vault, case_id, "offender", "X", exposure="witnessed")
    (child,) = cases.list_persons(vault, case_id)
    assert child.exposure.value == "witnessed"


def test_contact_validation_normalises_and_rejects(vault: Vault) -> None:
    contact_id = offices.add_contact(
        vault,
        "Anna Bianchi",
        phone="0375 42012",
        email="Anna@Example.IT",
        codice_fiscale="rssmra85t10a562s",
    )
    contact = offices.get_contact(vault, contact_id)
    assert contact.phone == "+39037542012"
    assert contact.email == "anna@example.it"
    assert contact.codice_fiscale == "RSSMRA85T10A562S"
    for bad in ({"phone": "12"}, {"email": "no-at-sign"}, {"codice_fiscale": "RSSMRA85T10A562X"}):
        with pytest.raises(BadInput):
            offices.add_contact(vault, "Bad", **bad)


def test_protocol_creates_tasks_with_deadlines_and_overdue_list(vault: Vault) -> None:
    for path in protocols.sample_protocol_files():  # shipped: already there, nothing changes
        protocols.import_protocol(vault, path.read_bytes())
    assert len(protocols.list_protocols(vault)) == 3
    case_id = cases.create_case(vault, "Caso")
    report_day = date.today() - timedelta(days=5)
    protocols.apply_protocol(vault, case_id, "codice-rosso", report_day)
    tasks = protocols.list_tasks(vault, case_id=case_id)
    hearing = next(t for t in tasks if t.step_key == "audizione-vittima")
    assert hearing.due == report_day + timedelta(days=3)
    assert hearing.owner_kind is OfficeKind.PROSECUTOR
    interview = next(t for t in tasks if t.step_key == "primo-colloquio-cav")
    overdue = {t.id for t in protocols.list_tasks(vault, overdue_on=date.today())}
    # this office is a CAV: its own late task is overdue, the prosecutor's hearing is awaited
    assert interview.id in overdue and hearing.id not in overdue
    assert hearing.is_awaited(OfficeKind.CAV) and not hearing.is_overdue(date.today(),
                                                                         OfficeKind.CAV)
    protocols.set_task_done(vault, interview.id)
    assert interview.id not in {t.id for t in protocols.list_tasks(vault,
                                                                   overdue_on=date.today())}


def test_same_protocol_version_with_another_text_is_refused(vault: Vault) -> None:
    data = protocols.sample_protocol_files()[0].read_bytes()
    first = protocols.import_protocol(vault, data)
    assert protocols.import_protocol(vault, data) == first
    with pytest.raises(BadInput):
        protocols.import_protocol(vault, data.replace(b"Concordare", b"Decidere"))


def test_search_is_accent_insensitive_across_kinds(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Situazione Niccolò")
    cases.add_person(vault, case_id, "victim", "Lucìa Società")
    notes.add_note(vault, case_id, "Ospitalità in casa rifugio concordata")
    offices.add_contact(vault, "Débora Perché", role="assistente sociale")
    assert {h.kind for h in search.search(vault, "ospitalita")} == {"note"}
    assert {h.kind for h in search.search(vault, "lucia societa")} == {"person"}
    assert {h.kind for h in search.search(vault, "niccolo")} == {"case"}
    assert {h.kind for h in search.search(vault, "debora")} == {"contact"}


def test_search_hostile_input_never_raises(vault: Vault) -> None:
    for text in ('"', "*", "AND OR NOT", "a:b", "(", "NEAR(x y)", "\x00", ""):
        search.search(vault, text)


def test_every_change_is_audited_and_tampering_detected(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    notes.add_note(vault, case_id, "nota")
    cases.get_case(vault, case_id)
    actions = [e.action for e in audit.list_entries(vault)]
    assert {"case.create", "note.add", "case.read"} <= set(actions)
    assert audit.verify_chain(vault) == len(actions)
    vault.conn.execute("DROP TRIGGER audit_append_only_update")
    vault.conn.execute("UPDATE audit SET actor = 'intruder' WHERE seq = 2")
    with pytest.raises(SecurityRefused) as err:
        audit.verify_chain(vault)
    assert err.value.params["seq"] == 2


def test_audit_log_holds_no_names_or_note_text(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Giulia Verdi")
    cases.add_person(vault, case_id, "victim", "Giulia Verdi")
    notes.add_note(vault, case_id, "testo delicatissimo")
    dump = repr(vault.query("SELECT * FROM audit"))
    assert "Giulia" not in dump and "delicatissimo" not in dump


def test_consent_limits_are_recorded(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    cases.set_consent(
        vault,
        case_id,
        Consent(share_with=(OfficeKind.CAV,), include_notes=False, recorded_on=date(2026, 1, 5)),
    )
    consent = cases.get_case(vault, case_id).consent
    assert consent.allows(OfficeKind.CAV) and not consent.allows(OfficeKind.SOCIAL_SERVICES)


def test_amendment_identical_to_the_original_is_refused(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    original = notes.add_note(vault, case_id, "La signora ha 3 figli")
    with pytest.raises(BadInput, match="identical"):
        notes.amend_note(vault, original, "  La signora ha 3 figli ")
    assert len(notes.list_notes(vault, case_id)) == 1


CODICE_ROSSO = Path(__file__).parents[1] / "resources" / "protocols" / "codice-rosso.json"


def test_a_protocol_can_be_applied_again_once_its_tasks_are_done(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    protocol_id = protocols.import_protocol(vault, CODICE_ROSSO.read_bytes())
    first = protocols.apply_protocol(vault, case_id, protocol_id)
    for task_id in first:
        protocols.set_task_done(vault, task_id)
    assert len(protocols.apply_protocol(vault, case_id, protocol_id)) == len(first)


def test_persons_added_in_the_same_second_keep_their_order(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso")
    roles = ["victim", "child", "child", "offender", "witness", "relative", "other", "child"]
    added = [cases.add_person(vault, case_id, role, f"P{i}") for i, role in enumerate(roles)]
    assert [p.id for p in cases.list_persons(vault, case_id)] == added
