"""Who wrote it: the operator's own name and role on notes, audit and referrals, never the
computer's login; one passphrase per operator, names kept inside the encrypted vault."""

from __future__ import annotations

import getpass
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.packets import referral
from rete_desktop.storage import cases, notes, operators
from rete_desktop.storage.vault import Vault
from tests.conftest import CliRunner
from tests.packet_fixtures import build_network

ANNA = "anna legge romanzi gialli"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "vaults"


@pytest.fixture(autouse=True)
def _no_os_login(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OS login must never be asked for: make it fail loudly and look like "root"."""
    def refuse(*_: object) -> str:
        raise AssertionError("the OS user name was read")

    monkeypatch.setattr(getpass, "getuser", refuse)
    monkeypatch.setattr(os, "getlogin", refuse)
    for var in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(var, "root")


@pytest.fixture
def station(rete: CliRunner, tmp_path: Path) -> Path:
    vault_dir = tmp_path / "station"
    r = rete("--vault", vault_dir, "init", "--office-name", "Stazione Carabinieri Casalmaggiore",
             "--office-kind", "carabinieri", "--operator-name", "Mario Rossi",
             "--operator-role", "App. Sc.")
    assert r.code == 0, r.err
    return vault_dir


def _note_author(rete: CliRunner, vault_dir: Path, env: dict[str, str] | None = None) -> str:
    v = ("--vault", str(vault_dir))
    case_id = rete(*v, "case", "new", "--title", "Maltrattamenti", env=env).out.strip()
    rete(*v, "note", "add", "--case", case_id, "--text", "Prima audizione", env=env)
    shown = json.loads(rete(*v, "case", "show", case_id, "--json", env=env).out)
    return str(shown["notes"][0]["author"])


def test_init_asks_the_name_and_notes_and_audit_carry_it(rete: CliRunner, station: Path) -> None:
    assert _note_author(rete, station) == "App. Sc. Mario Rossi"
    actors = {e["actor"] for e in json.loads(
        rete("--vault", station, "audit", "list", "--json").out)}
    assert actors == {"App. Sc. Mario Rossi"}


def test_each_operator_signs_with_their_own_name(rete: CliRunner, station: Path) -> None:
    v = ("--vault", str(station))
    r = rete(*v, "operator", "add", "--name", "Anna Bianchi", "--role", "Brig.",
             env={"RETE_NEW_PASSPHRASE": ANNA})
    assert r.code == 0 and "Anna Bianchi" in r.err
    assert json.loads(rete(*v, "operator", "list", "--json").out) == [
        {"name": "Anna Bianchi", "role": "Brig.", "label": "Brig. Anna Bianchi"}]
    assert _note_author(rete, station, env={"RETE_PASSPHRASE": ANNA}) == "Brig. Anna Bianchi"
    # The name is in the encrypted database only, not in the plaintext keyslot file.
    assert b"Bianchi" not in (station / "keyslots.json").read_bytes()
    assert rete(*v, "operator", "add", "--name", "anna bianchi",
                env={"RETE_NEW_PASSPHRASE": "un altro treno per Cremona"}).code == 4
    assert rete(*v, "operator", "remove", "Anna Bianchi").code == 0
    assert rete(*v, "unlock-check", env={"RETE_PASSPHRASE": ANNA}).code == 3
    assert rete(*v, "operator", "remove", "Nobody").code == 6


def test_without_a_name_the_label_is_neutral_until_the_office_sets_it(
    rete: CliRunner, tmp_path: Path
) -> None:
    vault_dir = tmp_path / "cav"
    r = rete("--vault", vault_dir, "init", "--office-name", "CAV", "--office-kind", "cav")
    assert r.code == 0 and "operator set" in r.err
    assert _note_author(rete, vault_dir) == operators.UNNAMED
    r = rete("--vault", vault_dir, "operator", "set", "--name", "Bianchi", "--role", "Ass. soc.")
    assert r.code == 0 and "Ass. soc. Bianchi" in r.err
    assert _note_author(rete, vault_dir) == "Ass. soc. Bianchi"
    assert rete("--vault", vault_dir, "operator", "set", "--name", " ").code == 4


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*")), ids=lambda p: p.name)
def test_a_stored_vault_made_before_names_opens_with_the_neutral_label(
    fixture: Path, tmp_path: Path
) -> None:
    expected = json.loads((fixture / "expected.json").read_text())
    work = tmp_path / fixture.name
    shutil.copytree(fixture, work)
    with Vault.open(work, expected["passphrase"]) as vault:
        assert vault.operator == operators.UNNAMED
        vault.set_own_name("Rossi", "App. Sc.")
    with Vault.open(work, expected["passphrase"]) as vault:
        note_id = notes.add_note(vault, expected["case_id"], "nota dopo l'aggiornamento")
        assert notes.get_note(vault, note_id).author == "App. Sc. Rossi"


def test_referral_call_back_contact_names_the_operator_and_the_office_phone(
    tmp_path: Path,
) -> None:
    from rete_desktop.handbook import profiles

    net = build_network(tmp_path / "net")
    with net["carabinieri"].open() as vault:
        vault.set_own_name("Mario Rossi", "App. Sc.")
        profiles.edit_own_profile(vault, phones=["0375 42001"])
        case_id = cases.create_case(vault, "Maltrattamenti")
        cases.set_consent(vault, case_id, Consent(share_with=(OfficeKind.CAV,)))
        draft = referral.prepare_referral(vault, case_id, [net["cav"].office_id])
        parts = draft.parts("2026/0001")
    contact = json.loads(parts[referral.CASE_PART][1])["contact"]
    assert contact.startswith("App. Sc. Mario Rossi · Stazione Carabinieri Casalmaggiore")
    assert "0375 42001" in contact and "root" not in contact
    pdf_text = " ".join(p.extract_text() for p in
                        PdfReader(io.BytesIO(parts[referral.SUMMARY_PART][1])).pages)
    assert "App. Sc. Mario Rossi" in pdf_text and "0375 42001" in pdf_text


def test_the_app_never_reads_the_os_user_name() -> None:
    source = Path(__file__).resolve().parents[1] / "src" / "rete_desktop"
    for path in source.rglob("*.py"):
        text = path.read_text("utf-8")
        for banned in ("getuser(", "getlogin(", '"USER"', '"LOGNAME"', "RETE_OPERATOR"):
            assert banned not in text, f"{path.name} uses {banned}"


def test_an_operator_name_is_required_and_bounded(vault: Vault) -> None:
    from rete_desktop.errors import BadInput

    with pytest.raises(BadInput):
        vault.add_operator("", ANNA)
    with pytest.raises(BadInput):
        vault.add_operator("x" * 81, ANNA)
    assert vault.operators() == []
