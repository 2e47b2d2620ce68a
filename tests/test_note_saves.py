"""Saving a note, the write an office makes all day: the case is found by id or reference in
the insert itself, every save adds exactly one audit entry chained to the previous one with
the head recorded, and a save that fails leaves nothing behind (issue 14 made it leaner)."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.domain.audit_chain import GENESIS, entry_hash
from rete_desktop.errors import NotFound, SecurityRefused
from rete_desktop.storage import audit, cases, notes
from rete_desktop.storage import vault as vault_module
from rete_desktop.storage.vault import AUDIT_HEAD, Vault


def _counts(vault: Vault) -> tuple[int, int, str | None]:
    return (vault.query_one("SELECT count(*) FROM notes")[0],
            vault.query_one("SELECT count(*) FROM audit")[0], vault.get_meta(AUDIT_HEAD))


def test_a_note_saved_by_reference_lands_in_its_case_with_one_chained_entry(
        vault: Vault, case_id: str) -> None:
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    before = audit.head(vault)
    note_id = notes.add_note(vault, reference, "Colloquio di accoglienza", "other")
    assert [n.id for n in notes.list_notes(vault, case_id)] == [note_id]
    entries = audit.list_entries(vault, limit=2)
    assert entries[0].seq == before[0] + 1 and entries[0].prev_hash == before[1]
    assert (entries[0].action, entries[0].entity_id) == ("note.add", note_id)
    assert entries[0].detail == f"case={case_id}"
    assert vault.get_meta(AUDIT_HEAD) == f"{entries[0].seq}:{entries[0].hash}"
    assert audit.verify_chain(vault) == entries[0].seq


def test_a_note_for_a_missing_case_writes_nothing_and_the_next_save_chains(
        vault: Vault, case_id: str) -> None:
    before = _counts(vault)
    with pytest.raises(NotFound) as refused:
        notes.add_note(vault, "2026/9999", "Nota per un caso che non c'è")
    assert refused.value.message_id == "case.not_found"
    assert _counts(vault) == before
    notes.add_note(vault, case_id, "Nota")
    assert audit.verify_chain(vault) == before[1] + 1


def test_saving_a_note_drops_the_draft_of_its_case(vault: Vault, case_id: str) -> None:
    notes.save_draft(vault, case_id, "Bozza in corso")
    notes.add_note(vault, case_id, "Bozza in corso, ora salvata")
    assert notes.load_draft(vault, case_id) == ""


def test_a_note_in_an_italian_category_is_stored_under_its_code(
        vault: Vault, case_id: str) -> None:
    typed = {"Colloquio": "interview", "telefonata": "call", "call": "call"}
    for word, code in typed.items():
        note_id = notes.add_note(vault, case_id, "Nota", word)
        assert notes.get_note(vault, note_id).category.value == code


def test_a_saved_note_and_its_audit_entry_carry_the_same_time(
        vault: Vault, case_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The log says when the note was written, even when the clock turns a second while it is
    saved (a clock that moves at every reading stands for it): one reading a save."""
    readings = iter(f"2026-12-01T12:00:{second:02d}+00:00" for second in range(60))
    monkeypatch.setattr(notes, "now_utc", lambda: next(readings))
    monkeypatch.setattr(vault_module, "now_utc", lambda: next(readings))
    note_id = notes.add_note(vault, case_id, "Colloquio telefonico")
    entry = audit.list_entries(vault, limit=1)[0]
    assert entry.entity_id == note_id
    assert entry.at == notes.get_note(vault, note_id).created
    assert audit.verify_chain(vault) == entry.seq


_FIELD = st.text(max_size=40)


@given(prev=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64) | st.just(GENESIS),
       seq=st.integers(min_value=1, max_value=2**62), at=_FIELD, actor=_FIELD, action=_FIELD,
       entity=_FIELD, entity_id=st.none() | _FIELD, detail=_FIELD)
def test_entry_hash_is_the_documented_digest(prev: str, seq: int, at: str, actor: str,
                                             action: str, entity: str, entity_id: str | None,
                                             detail: str) -> None:
    """Entries written by every earlier version must still verify: the hash stays SHA-256 of
    the compact JSON array (UTF-8, not ASCII-escaped), however it is computed."""
    fields = [prev, seq, at, actor, action, entity, entity_id, detail]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    assert entry_hash(prev, seq, at, actor, action, entity, entity_id, detail) == \
        hashlib.sha256(payload.encode("utf-8")).hexdigest()


_SAVES = st.lists(st.sampled_from(["note", "missing case", "amend", "read"]), max_size=12)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=_SAVES, tampered=st.integers(min_value=0))
def test_any_mix_of_saves_and_refusals_leaves_a_chain_that_verifies_and_shows_tampering(
        vault: Vault, case_id: str, steps: list[str], tampered: int) -> None:
    """The chain head kept in memory between saves never drifts from the database, whatever
    succeeds or is refused in between; and an entry changed afterwards is still caught."""
    last_note = notes.add_note(vault, case_id, "Prima nota")
    for index, step in enumerate(steps):
        if step == "note":
            last_note = notes.add_note(vault, case_id, "Nota")
        elif step == "missing case":
            with pytest.raises(NotFound):
                notes.add_note(vault, "0000000000000000", "Nota persa")
        elif step == "amend":
            last_note = notes.amend_note(vault, last_note, f"Correzione {index}")
        else:
            cases.get_case(vault, case_id)
    count = audit.verify_chain(vault)
    assert count == vault.query_one("SELECT count(*) FROM audit")[0]
    assert vault.get_meta(AUDIT_HEAD) == "{}:{}".format(*audit.head(vault))
    seq = 1 + tampered % count
    vault.conn.execute("BEGIN")  # changed, checked, then rolled back for the next example
    try:
        vault.conn.execute("DROP TRIGGER audit_append_only_update")
        vault.conn.execute("UPDATE audit SET detail = detail || '!' WHERE seq = ?", (seq,))
        with pytest.raises(SecurityRefused) as refused:
            audit.verify_chain(vault)
        assert refused.value.params["seq"] == seq
    finally:
        vault.conn.execute("ROLLBACK")
