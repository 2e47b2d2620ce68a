"""Security review: each test is an attack from docs/security-review.md, named after the promise
it checks. Real vaults, real packets, real crypto; the attacker uses only what the threat model
gives them (their own member key, a copy of the vault directory, files on the way)."""

from __future__ import annotations

import io
import json
import tarfile
from datetime import date
from pathlib import Path

import pytest

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import SecurityRefused
from rete_desktop.lab import exchange, items, meeting
from rete_desktop.lab.pseudonymise import document_json
from rete_desktop.packets import directory, member_card, referral
from rete_desktop.packets.archive import read_tar
from rete_desktop.packets.packet import build_packet, seal_packet, unseal
from rete_desktop.packets.signed_document import seal
from rete_desktop.storage import attachments, audit, cases, sharing
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from tests.conftest import make_vault
from tests.packet_fixtures import Office, build_network


@pytest.fixture
def net(tmp_path: Path) -> dict[str, Office]:
    return build_network(tmp_path / "net")


# --- vault: the audit log ------------------------------------------------------------------


def _drop_last_audit_entries(vault: Vault, count: int) -> None:
    """What an insider with the passphrase can do with the sqlcipher shell."""
    with vault.transaction() as conn:
        conn.execute("DROP TRIGGER audit_append_only_delete")
        conn.execute(
            "DELETE FROM audit WHERE seq > (SELECT max(seq) FROM audit) - ?", (count,)
        )


def test_truncated_audit_log_is_detected(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Caso di prova")
    attachments.add_attachment(vault, case_id, "referto.pdf", b"%PDF-1.4 x")
    vault.log("attachment.export", "attachment", "deadbeefdeadbeef", f"case={case_id}")
    assert audit.verify_chain(vault) > 3
    _drop_last_audit_entries(vault, 1)  # hide the export of the file
    with pytest.raises(SecurityRefused) as refused:
        audit.verify_chain(vault)
    assert refused.value.message_id == "audit.tampered"


def test_audit_log_verifies_after_reopening(vault: Vault, vault_dir: Path) -> None:
    from tests.conftest import PASSPHRASE

    cases.create_case(vault, "Caso di prova")
    vault.close()
    with Vault.open(vault_dir, PASSPHRASE) as reopened:
        assert audit.verify_chain(reopened) >= 3


# --- packets: the archive ------------------------------------------------------------------


def test_gnu_sparse_tar_member_is_refused() -> None:
    """A sparse member is not a plain regular file: its declared size is not what is stored."""
    info = tarfile.TarInfo("parts/case.json")
    info.type = tarfile.GNUTYPE_SPARSE
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        tar.addfile(info, io.BytesIO(b""))
    with pytest.raises(SecurityRefused) as refused:
        read_tar(buf.getvalue())
    assert refused.value.message_id == "packet.unsafe_archive"


# --- packets: what a member can slip into a referral ---------------------------------------


def _shareable_case(vault: Vault) -> tuple[str, str]:
    case_id = cases.create_case(vault, "Maltrattamenti", risk="high")
    cases.add_person(vault, case_id, "victim", "Anna Rossi", birth_year=1990)
    file_id = attachments.add_attachment(vault, case_id, "verbale.pdf", b"%PDF-1.4 verbale")
    cases.set_consent(vault, case_id, Consent(share_with=(OfficeKind.CAV,), include_notes=True))
    return case_id, file_id


@pytest.mark.parametrize("hostile", [".bashrc", "..", ". .profile"])
def test_received_attachment_never_gets_a_hidden_or_dot_name(
    net: dict[str, Office], hostile: str
) -> None:
    """A sender names an attachment `.bashrc`: `rete attachment export ID --out ~` must not
    write a hidden file (nor `..`) into the chosen folder."""
    cc, cav = net["carabinieri"], net["cav"]
    with cc.open() as vault:
        case_id, file_id = _shareable_case(vault)
        sealed, _ = referral.export_referral(
            vault, case_id, [cav.office_id], attachments_choice=referral.NoteChoice("all"))
        me = load_identity(vault)
        opened = unseal(sealed.data, me.keys.age_identity_string())
        parts = {p.name: (p.media_type, opened.members["parts/" + p.name])
                 for p in opened.manifest.parts}
        doc = json.loads(parts["case.json"][1])
        doc["attachments"][0]["name"] = hostile
        parts["case.json"] = ("application/json", json.dumps(doc).encode())
        forged, _ = build_packet(me.keys, me.office_id, "referral",
                                 {cav.office_id: _member_key(vault, cav.office_id)}, parts)
    with cav.open() as vault:
        received = referral.import_referral(vault, forged.data)
        assert received.case_id is not None
        [filed] = [a for a in attachments.list_attachments(vault, received.case_id)
                   if a.source != referral.SUMMARY_SOURCE]
    assert not filed.name.startswith(".")
    assert filed.name.strip(". ")


def _member_key(vault: Vault, office_id: str) -> str:
    from rete_desktop.packets.directory import get_member

    member = get_member(vault, office_id)
    assert member is not None
    return member.encryption_key


# --- laboratorio: who may put a task on our cases -------------------------------------------


def test_minutes_from_another_chair_do_not_create_tasks_on_our_cases(
    net: dict[str, Office]
) -> None:
    """The case code of the Carabinieri's item is in the agenda every member receives. Social
    services (a member, not the chair the item went to) send 'minutes' of a meeting they
    invent, with an action on that code owned by the Carabinieri: no task may appear on the
    Carabinieri's real case."""
    cc, cav, social = net["carabinieri"], net["cav"], net["social"]
    with cc.open() as vault:
        case_id = cases.create_case(vault, "Caso CC", risk="high")
        cases.add_person(vault, case_id, "victim", "Maria Bianchi", birth_year=1985)
        sharing.record_decision(vault, case_id, "laboratorio", "consent", collected="orale",
                                reason="discussione in rete")
        item = exchange.send_item(vault, case_id, cav.office_id)
        code = items.case_code(vault, case_id)
        tasks_before = vault.query_one("SELECT count(*) FROM tasks WHERE case_id = ?",
                                       (case_id,))[0]
    with cav.open() as vault:
        exchange.import_lab_packet(vault, item.data)
    with social.open() as vault:
        me = meeting.office_ref(vault, social.office_id)
        doc = {
            "format": meeting.MINUTES_FORMAT, "meeting_id": "f" * 16,
            "date": date.today().isoformat(), "network": "Rete Casalasca", "chair": me,
            "items": [], "present": [me], "absent": [], "decisions": [],
            "actions": [{"action_id": "a" * 16, "item_id": None, "case_code": code,
                         "title": "Chiudere il caso e archiviare", "owner_office_id":
                         cc.office_id, "due": None, "status": "open", "done_on": None}],
        }
        forged = seal_packet(vault, "minutes", [cc.office_id],
                             {"minutes.json": ("application/json", document_json(doc))})
    with cc.open() as vault:
        exchange.import_lab_packet(vault, forged.data)
        tasks_after = vault.query_one("SELECT count(*) FROM tasks WHERE case_id = ?",
                                      (case_id,))[0]
    assert tasks_after == tasks_before


# --- directory: a key change hidden by dropping the member for one version ------------------


def test_member_dropped_then_readded_with_other_keys_is_a_key_change(
    net: dict[str, Office], tmp_path: Path
) -> None:
    """A coordinator key in the wrong hands publishes v2 without the Carabinieri, then v3 with
    the Carabinieri's office id and an impostor's keys: importers must still see the safety
    number change (step 6), not a new member."""
    cc, social, cav = net["carabinieri"], net["social"], net["cav"]
    with make_vault(tmp_path / "impostor", cc.name, "carabinieri") as impostor:
        fake = load_identity(impostor)
    body = json.loads(json.loads(member_card.export_card(fake))["card"])
    body["office_id"] = cc.office_id  # the impostor takes the real office's id
    card = seal(member_card.CARD, body, fake.keys.signing_key)
    with cav.open() as coordinator:
        with coordinator.transaction() as conn:  # v2: the member is simply left out
            conn.execute("DELETE FROM directory_members WHERE office_id = ?", (cc.office_id,))
        dropped = directory.publish_directory(coordinator)
        directory.add_card(coordinator, member_card.read_card(card))
        readded = directory.publish_directory(coordinator)
    with social.open() as vault:
        directory.import_directory(vault, dropped)
        with pytest.raises(SecurityRefused) as refused:
            directory.import_directory(vault, readded)
        assert refused.value.message_id == "directory.member_key_changed"
        directory.import_directory(vault, readded, accept_key_change=frozenset({cc.office_id}))
        member = directory.get_member(vault, cc.office_id)
        assert member is not None and member.signing_key == fake.public.signing_key


# --- vault: the keyslot file -----------------------------------------------------------------


def test_passphrase_change_refuses_an_edited_keyslot_file(vault: Vault, vault_dir: Path) -> None:
    """Someone with access to the folder lowers the KDF cost in keyslots.json while the vault
    is open; the next passphrase change must not copy the weak cost into the new slot (nor
    launder the edit under a fresh MAC)."""
    from rete_desktop.errors import BadInput
    from rete_desktop.storage.keyslots import read_keyslots
    from rete_desktop.storage.vault_files import KEYSLOTS_NAME

    path = vault_dir / KEYSLOTS_NAME
    doc = json.loads(path.read_text())
    for slot in doc["slots"]:
        slot["kdf"] = {"t": 1, "m": 8, "p": 1}
    path.write_text(json.dumps(doc))
    with pytest.raises(BadInput) as refused:
        vault.change_passphrase("una nuova frase lunga e segreta")
    assert refused.value.message_id == "vault.keyslots_corrupt"
    # Nothing rewritten (read raw: the unkeyed checksum already refuses the edited file).
    assert all(s["kdf"]["m"] == 8 for s in json.loads(path.read_text())["slots"])
    with pytest.raises(BadInput):
        read_keyslots(path)


# --- vault: the passphrase's key derivation ------------------------------------------------


def test_no_environment_variable_lowers_the_key_derivation_cost(tmp_path: Path) -> None:
    """A shipped build creates full-cost keyslots whatever the environment says (an older
    version read RETE_TEST_FAST_KDF, so anyone who could set it weakened new vaults)."""
    import os
    import subprocess
    import sys

    from rete_desktop.storage import keyslots

    vault_dir = tmp_path / "vault"
    env = {**os.environ, "RETE_TEST_FAST_KDF": "1", "RETE_VAULT": str(vault_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "rete_desktop", "init", "--office-name", "CAV", "--office-kind",
         "cav"], env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    slot_file, _ = keyslots.read_keyslots(vault_dir / "keyslots.json")
    assert {s.kdf for s in slot_file.slots} == {keyslots.KdfParams()}


def test_a_cheap_vault_is_strengthened_as_its_passphrases_change(tmp_path: Path) -> None:
    """A vault made while the old test variable lowered the cost kept that cost for good: a
    changed passphrase, a new operator and a reissued recovery key all copied it. Each rewritten
    slot now costs at least today's default (here the suite's injected one)."""
    from rete_desktop.storage import keyslots
    from tests.conftest import PASSPHRASE

    cheap = keyslots.KdfParams(iterations=1, memory_kib=64, lanes=1)
    assert cheap != keyslots.DEFAULT_KDF
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, office_name="CAV", office_kind="cav",
                            operator_name="Anna Bianchi", kdf=cheap)
    with vault:
        vault.change_passphrase("una nuova frase lunga e segreta")
        vault.add_operator("Marta Neri", "il fiume scorre lento sotto il ponte vecchio")
        vault.reissue_recovery_key()
        slots, _ = keyslots.read_keyslots(vault.directory / "keyslots.json")
    assert [s.kdf for s in slots.slots] == [keyslots.DEFAULT_KDF] * 3
