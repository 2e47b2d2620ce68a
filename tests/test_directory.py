"""The signed network directory between three offices: CAV (coordinator), Carabinieri, social
services. Real vaults, the CLI in-process, time injected through ``now`` arguments."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.errors import BadInput, SecurityRefused
from rete_desktop.packets import directory as d
from rete_desktop.packets.member_card import CARD, read_card
from rete_desktop.packets.signed_document import seal
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, make_vault


@dataclass
class Office:
    dir: Path
    id: str

    def open(self) -> Vault:
        return Vault.open(self.dir, PASSPHRASE)


@dataclass
class Network:
    tmp: Path
    cav: Office
    cc: Office
    social: Office

    def file(self, name: str) -> Path:
        return self.tmp / name


def _office(directory: Path, name: str, kind: str) -> Office:
    vault = make_vault(directory, name, kind)
    office_id = vault.query_one("SELECT office_id FROM identity")[0]
    vault.close()
    return Office(directory, office_id)


@pytest.fixture
def offices(tmp_path: Path) -> Network:
    return Network(
        tmp_path,
        _office(tmp_path / "cav", "Centro Antiviolenza Casalasco", "cav"),
        _office(tmp_path / "cc", "Stazione Carabinieri Casalmaggiore", "carabinieri"),
        _office(tmp_path / "social", "Servizi Sociali Casalaschi", "social_services"),
    )


def ok(result):  # noqa: ANN001, ANN201 - tiny assertion helper
    assert result.code == 0, result.err
    return result


@pytest.fixture
def network(rete, offices: Network) -> Network:
    """CAV coordinates; Carabinieri and social services are members; directory v1 published."""
    ok(rete("directory", "create", "--name", "Rete Casalasca", "--vault", offices.cav.dir))
    for office in (offices.cc, offices.social):
        card = offices.file(f"{office.id}.card")
        ok(rete("identity", "export-card", card, "--vault", office.dir))
        ok(rete("directory", "add-card", card, "--yes", "--vault", offices.cav.dir))
    ok(rete("directory", "publish", offices.file("v1.json"), "--vault", offices.cav.dir))
    return offices


def listed(rete, office: Office) -> dict:
    return json.loads(ok(rete("directory", "list", "--json", "--vault", office.dir)).out)


def publish_at(office: Office, now: datetime, **kwargs) -> bytes:  # noqa: ANN003
    with office.open() as vault:
        return d.publish_directory(vault, now=now, **kwargs)


# --- cards and confirmation ------------------------------------------------------------


def test_card_needs_fingerprint_confirmation(rete, offices: Network) -> None:
    ok(rete("directory", "create", "--name", "Rete", "--vault", offices.cav.dir))
    card = offices.file("cc.card")
    ok(rete("identity", "export-card", card, "--vault", offices.cc.dir))
    fingerprint = read_card(card.read_bytes()).public.fingerprint()
    r = rete("directory", "add-card", card, "--vault", offices.cav.dir)
    assert r.code == 2
    assert fingerprint in r.err and "--yes" in r.err
    with offices.cav.open() as vault:
        assert d.get_member(vault, offices.cc.id) is None


def test_altered_card_is_refused(rete, offices: Network) -> None:
    ok(rete("directory", "create", "--name", "Rete", "--vault", offices.cav.dir))
    card = offices.file("cc.card")
    ok(rete("identity", "export-card", card, "--vault", offices.cc.dir))
    card.write_bytes(card.read_bytes().replace(b"Casalmaggiore", b"Casalbuttano!"))
    r = rete("directory", "add-card", card, "--yes", "--vault", offices.cav.dir)
    assert r.code == 5
    assert "signature" in r.err


def test_only_the_coordinator_adds_cards(rete, offices: Network) -> None:
    card = offices.file("social.card")
    ok(rete("identity", "export-card", card, "--vault", offices.social.dir))
    r = rete("directory", "add-card", card, "--yes", "--vault", offices.cc.dir)
    assert r.code == 4
    assert "coordinator" in r.err


# --- publish and import ------------------------------------------------------------------


def test_coordinator_uses_its_own_directory_without_importing(network: Network) -> None:
    with network.cav.open() as vault:
        members = d.list_members(vault)
        assert {m.office_id for m in members} == {network.cav.id, network.cc.id,
                                                  network.social.id}
        cc = d.get_member(vault, network.cc.id)
        assert cc is not None and cc.active
        assert d.find_member_by_signing_key(vault, cc.signing_key) == cc
        assert not d.directory_expired(vault, datetime.now(UTC) + timedelta(days=1000))


def test_published_directory_imports_with_pinned_coordinator(rete, network: Network) -> None:
    v1 = network.file("v1.json")
    first = rete("directory", "import", v1, "--vault", network.cc.dir)
    assert first.code == 2  # no --yes and no terminal: the safety number must be confirmed
    cav_safety = json.loads(ok(rete("identity", "show", "--json",
                                    "--vault", network.cav.dir)).out)["safety_number"]
    assert first.err.count(cav_safety) == 1 and "--yes" in first.err  # shown once, not twice
    r = ok(rete("directory", "import", v1, "--yes", "--vault", network.cc.dir))
    assert r.err.count(cav_safety) == 1
    assert listed(rete, network.cc)["members"] == listed(rete, network.cav)["members"]
    with network.cc.open() as vault:
        social = d.get_member(vault, network.social.id)
        assert social is not None and social.kind.value == "social_services"
        offices = {r[0] for r in vault.query("SELECT id FROM offices")}
        assert {network.cav.id, network.social.id} <= offices  # usable for contacts


def test_versions_strictly_increase_and_older_is_refused(rete, network: Network) -> None:
    ok(rete("directory", "publish", network.file("v2.json"), "--vault", network.cav.dir))
    ok(rete("directory", "import", network.file("v2.json"), "--yes", "--vault", network.cc.dir))
    older = rete("directory", "import", network.file("v1.json"), "--vault", network.cc.dir)
    assert older.code == 5
    assert "version 1 is not newer" in older.err
    same = rete("directory", "import", network.file("v2.json"), "--vault", network.cc.dir)
    assert same.code == 0 and "already up to date (version 2)" in same.err
    assert listed(rete, network.cc)["version"] == 2


def test_a_different_file_with_the_current_version_is_refused(rete, network: Network) -> None:
    ok(rete("directory", "publish", network.file("v2.json"), "--vault", network.cav.dir))
    ok(rete("directory", "import", network.file("v2.json"), "--yes", "--vault", network.cc.dir))
    with network.cav.open() as vault, vault.transaction() as conn:  # a coordinator gone wrong
        conn.execute("UPDATE directory_state SET version = 1")
    ok(rete("directory", "revoke", network.social.id, "--yes", "--vault", network.cav.dir))
    ok(rete("directory", "publish", network.file("v2-bis.json"), "--vault", network.cav.dir))
    r = rete("directory", "import", network.file("v2-bis.json"), "--vault", network.cc.dir)
    assert r.code == 5 and "not newer" in r.err


def test_directory_from_another_coordinator_is_refused(rete, network: Network) -> None:
    ok(rete("directory", "import", network.file("v1.json"), "--yes", "--vault", network.cc.dir))
    ok(rete("directory", "create", "--name", "Rete Casalasca", "--vault", network.social.dir))
    forged = network.file("forged.json")
    ok(rete("directory", "publish", forged, "--vault", network.social.dir))
    for _ in range(3):  # a higher version number does not help
        ok(rete("directory", "publish", forged, "--vault", network.social.dir))
    r = rete("directory", "import", forged, "--yes", "--vault", network.cc.dir)
    assert r.code == 5
    assert "another coordinator" in r.err


def test_expired_directory_is_refused(rete, network: Network) -> None:
    stale = network.file("stale.json")
    stale.write_bytes(publish_at(network.cav, datetime.now(UTC) - timedelta(days=40),
                                 valid_days=30))
    r = rete("directory", "import", stale, "--yes", "--vault", network.cc.dir)
    assert r.code == 5
    assert "expired" in r.err


def test_imported_directory_expires_for_members(rete, network: Network) -> None:
    ok(rete("directory", "import", network.file("v1.json"), "--yes", "--vault", network.cc.dir))
    with network.cc.open() as vault:
        state = d.get_state(vault)
        assert state is not None and state.expires is not None
        assert not d.directory_expired(vault, state.expires - timedelta(seconds=1))
        assert d.directory_expired(vault, state.expires)


def test_revoked_member_shows_as_revoked(rete, network: Network) -> None:
    ok(rete("directory", "import", network.file("v1.json"), "--yes", "--vault", network.cc.dir))
    ok(rete("directory", "revoke", network.social.id, "--yes", "--vault", network.cav.dir))
    ok(rete("directory", "publish", network.file("v2.json"), "--vault", network.cav.dir))
    ok(rete("directory", "import", network.file("v2.json"), "--vault", network.cc.dir))
    rows = {m["office_id"]: m for m in listed(rete, network.cc)["members"]}
    assert rows[network.social.id]["status"] == "revoked"
    assert rows[network.social.id]["revoked_on"] == datetime.now(UTC).date().isoformat()
    assert rows[network.cc.id]["status"] == "active"
    plain = ok(rete("directory", "list", "--vault", network.cc.dir)).out
    assert "revoked" in plain
    with network.cc.open() as vault:
        social = d.get_member(vault, network.social.id)
        assert social is not None and social.status == "revoked" and social.revoked_on


def test_revoke_without_confirmation_changes_nothing(rete, network: Network) -> None:
    r = rete("directory", "revoke", network.social.id, "--vault", network.cav.dir)
    assert r.code == 2 and "--yes" in r.err and network.social.id in r.err
    rows = {m["office_id"]: m for m in listed(rete, network.cav)["members"]}
    assert rows[network.social.id]["status"] == "active"


def test_directory_list_has_a_header_and_marks_this_office(rete, network: Network) -> None:
    ok(rete("directory", "import", network.file("v1.json"), "--yes", "--vault", network.cc.dir))
    lines = ok(rete("directory", "list", "--vault", network.cc.dir)).out.splitlines()
    assert lines[0].split() == ["OFFICE", "KIND", "STATUS", "FINGERPRINT", "NAME"]
    mine = [line for line in lines if line.startswith("*")]
    assert len(mine) == 1 and network.cc.id in mine[0] and "(this office)" in mine[0]
    assert all(network.cc.id not in line for line in lines if not line.startswith("*"))
    italian = ok(rete("directory", "list", "--vault", network.cc.dir, env={"RETE_LANG": "it"}))
    assert "IMPRONTA" in italian.out and "centro antiviolenza" in italian.out
    assert "attivo" in italian.out


def test_revoked_office_cannot_be_readded(rete, network: Network) -> None:
    ok(rete("directory", "revoke", network.social.id, "--yes", "--vault", network.cav.dir))
    card = network.file(f"{network.social.id}.card")
    r = rete("directory", "add-card", card, "--yes", "--vault", network.cav.dir)
    assert r.code == 5


def _reinstall_with_new_keys(office: Office, tmp: Path) -> Path:
    """The same office (same id) on a new vault with new keys; returns its new card."""
    new_dir = tmp / "social-new"
    vault = make_vault(new_dir, "Servizi Sociali Casalaschi", "social_services")
    with vault.transaction() as conn:
        old_id = conn.execute("SELECT office_id FROM identity").fetchone()[0]
        conn.execute("UPDATE identity SET office_id = ?", (office.id,))
        conn.execute("UPDATE offices SET id = ? WHERE id = ?", (office.id, old_id))
    vault.close()
    return new_dir


def test_changed_member_key_needs_explicit_acceptance(rete, network: Network) -> None:
    ok(rete("directory", "import", network.file("v1.json"), "--yes", "--vault", network.cc.dir))
    new_dir = _reinstall_with_new_keys(network.social, network.tmp)
    card = network.file("social-new.card")
    ok(rete("identity", "export-card", card, "--vault", new_dir))
    added = ok(rete("directory", "add-card", card, "--yes", "--vault", network.cav.dir))
    assert "WARNING" in added.err
    ok(rete("directory", "publish", network.file("v2.json"), "--vault", network.cav.dir))
    refused = rete("directory", "import", network.file("v2.json"), "--vault", network.cc.dir)
    assert refused.code == 5
    assert "SAFETY NUMBER" in refused.err and "HAS CHANGED" in refused.err
    assert f"--accept-key-change {network.social.id}" in refused.err
    assert listed(rete, network.cc)["version"] == 1  # nothing stored
    ok(rete("directory", "import", network.file("v2.json"), "--accept-key-change",
            network.social.id, "--vault", network.cc.dir))
    new_key = read_card(card.read_bytes()).signing_key
    with network.cc.open() as vault:
        social = d.get_member(vault, network.social.id)
        assert social is not None and social.signing_key == new_key


# --- damaged and foreign files -------------------------------------------------------------


def _flip(data: bytes, index: int) -> bytes:
    changed = bytearray(data)
    changed[index] = ord("B") if changed[index] != ord("B") else ord("C")
    return bytes(changed)


def test_tampered_directory_byte_is_refused(rete, network: Network) -> None:
    data = network.file("v1.json").read_bytes()
    envelope = json.loads(data)
    target = network.file("tampered.json")
    name_at = data.index(b"Servizi Sociali")
    sig_at = data.index(b"-----BEGIN SSH SIGNATURE-----") + 60
    for index, code, words in ((name_at, 5, "signature"), (sig_at, 5, "signature"),
                               (data.index(b'"format"') + 2, 4, "not a Rete"),
                               (data.index(b'"directory"') - 3, 4, "damaged")):
        target.write_bytes(_flip(data, index))
        r = rete("directory", "import", target, "--yes", "--vault", network.cc.dir)
        assert r.code == code, (index, r.err)
        assert words in r.err, r.err
    assert envelope["format"] == "rete-directory/1"
    assert listed(rete, network.cc)["members"] == []


@pytest.mark.parametrize("damage", ["truncated", "oversized", "card", "empty", "binary"])
def test_malformed_or_foreign_file_is_bad_input(rete, network: Network, damage: str) -> None:
    data = network.file("v1.json").read_bytes()
    card = network.file(f"{network.cc.id}.card").read_bytes()
    contents = {
        "truncated": data[: len(data) // 2],
        "oversized": data + b" " * d.DIRECTORY.max_size,
        "card": card,
        "empty": b"",
        "binary": bytes(range(256)) * 4,
    }[damage]
    target = network.file("bad.json")
    target.write_bytes(contents)
    r = rete("directory", "import", target, "--yes", "--vault", network.cc.dir)
    assert r.code == 4, r.err
    assert "Traceback" not in r.err


def test_coordinator_does_not_import_its_own_file(rete, network: Network) -> None:
    r = rete("directory", "import", network.file("v1.json"), "--yes", "--vault", network.cav.dir)
    assert r.code == 4
    assert "coordinator" in r.err


# --- sections for the network handbook -----------------------------------------------------


def test_handbook_sections_travel_verbatim(network: Network) -> None:
    """The directory carries the sections as opaque JSON: only the transport is tested
    (without the handbook's hooks, which the shells pass)."""
    glossary = [{"term": "Codice Rosso", "definition": "L. 69/2019", "n": 3, "x": None}]
    profiles = [{"office_id": network.cc.id, "hours": "24/7"}]
    data = publish_at(network.cav, datetime.now(UTC), extra={"glossary": glossary},
                      providers={"profiles": lambda vault: profiles})
    with network.cc.open() as vault:
        d.import_directory(vault, data, pin_confirmed=True)
    for office in (network.cav, network.cc):
        with office.open() as vault:
            assert d.get_section(vault, "glossary") == glossary
            assert d.get_section(vault, "profiles") == profiles
            assert d.get_section(vault, "prevention") is None


def test_unknown_directory_section_is_refused() -> None:
    keys = OfficeKeys.generate()
    with pytest.raises(BadInput):
        d.read_directory(seal(d.DIRECTORY, {"format": "rete-directory/1", "bogus": []},
                              keys.signing_key))


# --- independent verification --------------------------------------------------------------


@pytest.mark.skipif(shutil.which("ssh-keygen") is None,
                    reason="ssh-keygen (OpenSSH) not installed: cannot check SSHSIG interop")
def test_ssh_keygen_verifies_directory_signature(rete, network: Network) -> None:
    envelope = json.loads(network.file("v1.json").read_bytes())
    signer = json.loads(envelope["directory"])["coordinator"]["signing_key"]
    (network.tmp / "allowed_signers").write_text(f"coordinator {signer}\n")
    (network.tmp / "directory.sig").write_text(envelope["signature"])
    result = subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-n", "rete-directory-v1", "-I", "coordinator",
         "-f", str(network.tmp / "allowed_signers"), "-s", str(network.tmp / "directory.sig")],
        input=envelope["directory"].encode("utf-8"), capture_output=True,
    )
    assert result.returncode == 0, result.stderr


# --- fuzzing the parsers ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[bytes, bytes, OfficeKeys]]:
    """A valid directory and card and the key that signed both, built once for fuzzing."""
    base = tmp_path_factory.mktemp("fuzz")
    vault = make_vault(base / "cav", "Centro Antiviolenza", "cav")
    d.create_directory(vault, "Rete")
    directory = d.publish_directory(vault)
    from rete_desktop.packets.member_card import export_card
    from rete_desktop.storage.identity import load_identity

    identity = load_identity(vault)
    vault.close()
    yield directory, export_card(identity), identity.keys


def _only_expected_errors(parse, data: bytes) -> bool:  # noqa: ANN001
    """True if ``data`` parsed; False if refused with one of the two typed errors."""
    try:
        parse(data)
    except (BadInput, SecurityRefused):
        return False
    return True


mutations = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 255), st.sampled_from(["set", "ins", "del"])),
    min_size=1, max_size=4,
)


def _mutate(data: bytes, edits: list[tuple[int, int, str]]) -> bytes:
    out = bytearray(data)
    for pos, byte, op in edits:
        i = pos % (len(out) + 1)
        if op == "ins":
            out[i:i] = bytes([byte])
        elif out and i < len(out):
            if op == "set":
                out[i] = byte
            else:
                del out[i]
    return bytes(out)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=mutations, cut=st.integers(0, 10**6))
def test_fuzzed_files_only_raise_typed_refusals(samples, edits, cut) -> None:  # noqa: ANN001
    directory, card, _ = samples
    for parse, data in ((d.read_directory, directory), (read_card, card)):
        mutated = _mutate(data, edits)
        _only_expected_errors(parse, mutated)
        _only_expected_errors(parse, mutated[: cut % (len(mutated) + 1)])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)
@settings(max_examples=200, deadline=None)
@given(field=st.sampled_from(["network", "version", "issued", "expires", "coordinator",
                              "members", "glossary", "format", "office_id", "kind",
                              "signing_key", "encryption_key", "status", "revoked_on"]),
       value=json_values, nested=st.booleans())
def test_fuzzed_signed_payloads_only_raise_typed_refusals(samples, field, value, nested) -> None:  # noqa: ANN001
    """Correctly signed documents with one field replaced: the field checks, not the signature."""
    directory, card, keys = samples
    for kind, parse, data in ((d.DIRECTORY, d.read_directory, directory),
                              (CARD, read_card, card)):
        payload = json.loads(json.loads(data)[kind.body])
        if nested and "members" in payload:
            payload["members"][0][field] = value
        else:
            payload[field] = value
        try:
            signed = seal(kind, payload, keys.signing_key)
        except BadInput:  # too large to write: the writer refuses too
            continue
        _only_expected_errors(parse, signed)


def test_valid_samples_parse(samples) -> None:  # noqa: ANN001
    directory, card, _ = samples
    assert _only_expected_errors(d.read_directory, directory)
    assert _only_expected_errors(read_card, card)


@given(data=st.binary(max_size=2000))
@settings(max_examples=100, deadline=None)
def test_random_bytes_only_raise_typed_refusals(data: bytes) -> None:
    _only_expected_errors(d.read_directory, data)
    _only_expected_errors(read_card, data)
