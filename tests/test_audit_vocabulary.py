"""The audit log's vocabulary: every action has its words in Italian and English, details are
stored exactly as before (old chains verify), and the CLI and GUI describe entries alike."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rete_desktop import messages
from rete_desktop.domain.audit_actions import CODE, AuditAction, detail_text, parse_detail
from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.i18n import translate
from rete_desktop.storage import audit, cases, erasure, notes, offices
from rete_desktop.storage.vault import Vault
from tests.conftest import CliRunner, make_vault
from tests.make_fixture_vault import FIXTURES

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "rete_desktop"


@pytest.mark.parametrize("action", list(AuditAction), ids=str)
def test_every_action_has_words_in_italian_and_english(action: AuditAction) -> None:
    message_id = f"audit.action.{action.value}"
    italian, english = translate(message_id, "it"), translate(message_id, "en")
    assert message_id in messages.CATALOG
    assert italian.strip() and english.strip() and italian != english


def test_no_words_for_actions_that_do_not_exist() -> None:
    described = {k.removeprefix("audit.action.") for k in messages.CATALOG
                 if k.startswith("audit.action.")}
    assert described == {a.value for a in AuditAction}


def test_the_core_names_audit_actions_only_through_the_enum() -> None:
    """A bare "x.y" string passed to audit()/log() would skip the words above."""
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("audit", "log") and node.args):
                first = node.args[0]
                assert not isinstance(first, ast.Constant), f"{path}:{node.lineno}"


def test_an_unknown_action_is_refused_before_anything_is_written(vault: Vault) -> None:
    before = audit.verify_chain(vault)
    with pytest.raises(ValueError, match="AuditAction"), vault.transaction():
        vault.audit("case.teleport", "case", None)  # type: ignore[arg-type]
    assert audit.verify_chain(vault) == before


def test_dict_details_are_stored_as_the_old_strings() -> None:
    assert detail_text({"case": "ab12", "role": "child"}) == "case=ab12;role=child"
    assert detail_text({CODE: "high"}) == "high"
    assert detail_text("v3 key:x") == "v3 key:x"
    assert parse_detail("case=ab12;role=child") == {"case": "ab12", "role": "child"}
    assert parse_detail('{"cases": 10}') == {CODE: '{"cases": 10}'}
    assert parse_detail("") == {}


keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8).filter(
    str.isidentifier)
values = st.text(alphabet=st.characters(blacklist_characters=";="), max_size=12)


@given(st.dictionaries(keys, values, min_size=1, max_size=4))
def test_key_value_details_read_back_as_written(detail: dict[str, str]) -> None:
    assert parse_detail(detail_text(detail)) == detail


def test_a_stored_fixture_vault_still_verifies_and_is_described(tmp_path: Path) -> None:
    """The oldest stored vault: its entries, written before the enum, verify and read."""
    oldest = sorted(FIXTURES.glob("v*"))[0]
    expected = json.loads((oldest / "expected.json").read_text())
    shutil.copytree(oldest, tmp_path / oldest.name)
    with Vault.open(tmp_path / oldest.name, expected["passphrase"]) as vault:
        assert audit.verify_chain(vault) > 0
        for item in audit.entries_with_cases(vault):
            action, _detail = audit.describe(item, "it")
            assert action != item.entry.action  # every stored action has its words


def test_entries_are_described_with_their_case(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso", risk="high")
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    cases.add_person(vault, case_id, "child", "Lia")
    note_id = notes.add_note(vault, case_id, "Colloquio.")
    notes.amend_note(vault, note_id, "Colloquio (rettifica).")
    cases.set_consent(vault, case_id, Consent(share_with=(OfficeKind.CAV,)))
    contact = offices.add_contact(vault, name="Rota", phone="0375 123456")
    offices.update_contact(vault, contact, phone="0375 654321", email="rota@example.it")
    vault.add_operator("Giulia", "passphrase-di-giulia-lunga")
    said = {item.entry.action: (*audit.describe(item, "en"), item.reference)
            for item in audit.entries_with_cases(vault)}
    assert said["case.create"] == ("Created the case", "risk: high", reference)
    assert said["person.add"] == ("Added a person", f"case {reference}; role: child", reference)
    assert said["note.amend"] == ("Amended a note", "corrects an earlier note", reference)
    assert said["case.consent"] == ("Recorded the consent",
                                    "may be shared with: anti-violence centre", reference)
    assert said["contact.update"] == ("Changed a contact", "fields changed: phone, e-mail", None)
    # the slot's random label, not the name: audit details never hold names
    (slot,) = [op.slot for op in vault.operators()]
    assert said["operator.add"] == ("Gave an operator a passphrase", slot, None)
    erasure.erase_case(vault, case_id)
    said = {item.entry.action: (*audit.describe(item, "it"), item.reference)
            for item in audit.entries_with_cases(vault)}
    assert said["note.add"] == ("Ha aggiunto una nota", "un caso poi cancellato", None)
    assert said["case.erase"][0] == "Ha cancellato il caso"
    assert said["case.erase"][1].endswith("dati rimossi")


def test_the_cli_lists_entries_in_words(rete: CliRunner, vault_dir: Path) -> None:
    make_vault(vault_dir).close()
    result = rete("audit", "list", "--vault", str(vault_dir), env={"RETE_LANG": "it"})
    assert result.code == 0
    assert "Ha sbloccato la cassaforte" in result.out and "con la passphrase" in result.out


def test_an_unlock_after_wrong_passphrases_says_how_many() -> None:
    from datetime import UTC, datetime

    from rete_desktop.domain.records import AuditEntry

    entry = AuditEntry(seq=1, at=datetime.now(UTC), actor="x", action="vault.unlock",
                       entity="vault", entity_id=None, detail="recovery;failed_before=3",
                       prev_hash="", hash="")
    assert audit.describe(audit.CaseEntry(entry, None, None), "it") == (
        "Ha sbloccato la cassaforte", "con la chiave di recupero; dopo 3 passphrase sbagliate")


@pytest.mark.parametrize(("action", "detail", "words"), [
    ("packet.send", "kind=referral;protocol=2026/1;to=ab", "Sent a referral"),
    ("packet.receive", "kind=receipt;protocol=2026/2;from=ab", "Received a receipt"),
    ("packet.receive", "kind=agenda;protocol=2026/3;from=ab", "Received a laboratorio agenda"),
    ("packet.send", "kind=future-kind;protocol=2026/4;to=ab", "Sent a packet"),
])
def test_a_packet_is_named_by_its_kind(action: str, detail: str, words: str) -> None:
    from datetime import UTC, datetime

    from rete_desktop.domain.records import AuditEntry

    entry = AuditEntry(seq=1, at=datetime.now(UTC), actor="x", action=action, entity="packet",
                       entity_id="p", detail=detail, prev_hash="", hash="")
    assert audit.describe(audit.CaseEntry(entry, None, None), "en")[0] == words
