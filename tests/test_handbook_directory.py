"""The handbook travels with the signed directory between three offices: CAV (coordinator),
Carabinieri and social services. Profiles, protocols, glossary and prevention actions."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from rete_desktop.domain.protocols import parse_protocol
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.handbook import glossary, prevention, profiles, protocol_versions, sections
from rete_desktop.packets import directory as d
from rete_desktop.packets.signed_document import seal
from rete_desktop.storage import cases, protocols, risk
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, make_vault

CODICE_ROSSO = Path(__file__).resolve().parents[1] / "resources/protocols/codice-rosso.json"


@dataclasses.dataclass
class Office:
    dir: Path
    id: str

    def open(self) -> Vault:
        return Vault.open(self.dir, PASSPHRASE)


@dataclasses.dataclass
class Network:
    tmp: Path
    cav: Office
    cc: Office
    social: Office

    def file(self, name: str) -> Path:
        return self.tmp / name


def ok(result):  # noqa: ANN001, ANN201
    assert result.code == 0, result.err
    return result


def _office(directory: Path, name: str, kind: str) -> Office:
    vault = make_vault(directory, name, kind)
    office_id = load_identity(vault).office_id
    vault.close()
    return Office(directory, office_id)


@pytest.fixture
def network(rete, tmp_path: Path) -> Network:
    """CAV coordinates; both members import directory v1 (no handbook content yet)."""
    net = Network(
        tmp_path,
        _office(tmp_path / "cav", "Centro Antiviolenza Mia", "cav"),
        _office(tmp_path / "cc", "Stazione Carabinieri Casalmaggiore", "carabinieri"),
        _office(tmp_path / "social", "Servizi Sociali Casalaschi", "social_services"),
    )
    ok(rete("directory", "create", "--name", "Rete Casalasca", "--vault", net.cav.dir))
    for office in (net.cc, net.social):
        card = net.file(f"{office.id}.card")
        ok(rete("identity", "export-card", card, "--vault", office.dir))
        ok(rete("directory", "add-card", card, "--yes", "--vault", net.cav.dir))
    publish_and_import(rete, net, "v1.json")
    return net


def publish_and_import(rete, net: Network, name: str) -> None:  # noqa: ANN001
    ok(rete("directory", "publish", net.file(name), "--vault", net.cav.dir))
    for office in (net.cc, net.social):
        ok(rete("directory", "import", net.file(name), "--yes", "--vault", office.dir))


def send_profile(rete, net: Network, office: Office, *edit: str) -> None:  # noqa: ANN001
    ok(rete("profile", "edit", *edit, "--vault", office.dir))
    ok(rete("profile", "export", net.file(f"{office.id}.profile"), "--vault", office.dir))
    ok(rete("profile", "import", net.file(f"{office.id}.profile"), "--vault", net.cav.dir))


def show(rete, office: Office, office_id: str) -> dict:  # noqa: ANN001
    return json.loads(ok(rete("profile", "show", office_id, "--json", "--vault", office.dir)).out)


@pytest.fixture
def network_protocol(tmp_path: Path) -> Path:
    path = tmp_path / "intesa-v1.json"
    path.write_bytes(_protocol_v(1))
    return path


def test_directory_carries_profiles_protocols_glossary_and_prevention(
    rete, network, network_protocol
) -> None:
    net = network
    send_profile(rete, net, net.cc, "--functions", "Ricevono denuncia e querela",
                 "--hours", "h24", "--emergency", "112", "--phone", "0375 42012")
    send_profile(rete, net, net.social, "--functions", "Tutela dei minori",
                 "--reference-person", "A.S. Bianchi", "--phone", "0375 203811")
    ok(rete("profile", "edit", "--functions", "Ascolto e casa rifugio", "--capabilities",
            "shelter", "--vault", net.cav.dir))
    ok(rete("protocol", "import", network_protocol, "--vault", net.cav.dir))
    ok(rete("glossary", "add", "--term", "Rete Casalasca", "--definition", "La nostra rete.",
            "--vault", net.cav.dir))
    action = ok(rete("prevention", "add", "--title", "Incontro al liceo", "--date", "2099-03-08",
                     "--kind", "school_talk", "--owner", net.cav.id, "--owner", net.cc.id,
                     "--vault", net.cav.dir)).out.strip()
    publish_and_import(rete, net, "v2.json")

    for office in (net.cc, net.social):
        assert show(rete, office, net.cav.id)["functions"] == "Ascolto e casa rifugio"
        assert show(rete, office, net.cc.id)["phones"] == ["+39037542012"]
        assert show(rete, office, net.social.id)["reference_person"] == "A.S. Bianchi"
        listed = json.loads(ok(rete("protocol", "list", "--json", "--vault", office.dir)).out)
        assert NETWORK_KEY in json.dumps(listed)
        found = ok(rete("glossary", "search", "casalasca", "--vault", office.dir)).out
        assert "La nostra rete." in found
        upcoming = json.loads(ok(rete("prevention", "list", "--json", "--vault", office.dir)).out)
        assert [(a["id"], a["owners"], a["origin"]) for a in upcoming] == [
            (action, [net.cav.id, net.cc.id], "network")]
        with office.open() as vault:
            assert glossary.received_from_network(vault)
            updates = protocol_versions.list_updates(vault)
            assert [(u.key, u.from_version, u.to_version) for u in updates] == [
                (NETWORK_KEY, None, 1)]
    who = json.loads(ok(rete("who-to-call", "--situation", "minors", "--json",
                             "--vault", net.cc.dir)).out)
    assert who["offices"][0]["name"] == "Servizi Sociali Casalaschi"
    assert who["offices"][0]["reach"]["reference_person"] == "A.S. Bianchi"


def _forged_profile(net: Network, signer: Office, victim: Office) -> bytes:
    """A profile naming ``victim``'s office, signed with ``signer``'s key."""
    with signer.open() as vault:
        keys = load_identity(vault).keys
    fake = profiles.Profile(
        office_id=victim.id, name="Servizi Sociali Casalaschi", kind=OfficeKind.SOCIAL_SERVICES,
        revision=99, updated="2026-01-01T00:00:00+00:00", functions="Nessuna: non chiamateci",
    )
    return seal(profiles.PROFILE, fake.payload(), keys.signing_key)


def test_office_cannot_publish_another_offices_profile(rete, network) -> None:
    net = network
    forged = net.file("forged.profile")
    forged.write_bytes(_forged_profile(net, net.cc, net.social))
    r = rete("profile", "import", forged, "--vault", net.cav.dir)
    assert r.code == 5 and "only publish its own profile" in r.err
    with net.cav.open() as vault:
        assert profiles.get_signed_profile(vault, net.social.id) is None


def test_directory_with_a_forged_profile_is_refused_whole(rete, network) -> None:
    """Even the coordinator cannot slip a profile into a member's name."""
    net = network
    envelope = json.loads(_forged_profile(net, net.cav, net.social))
    with net.cav.open() as vault:
        data = sections.publish_directory(vault, extra={"profiles": [envelope]})
    net.file("v2.json").write_bytes(data)
    r = rete("directory", "import", net.file("v2.json"), "--yes", "--vault", net.cc.dir)
    assert r.code == 5
    with net.cc.open() as vault:
        assert d.get_state(vault).version == 1
        assert profiles.get_signed_profile(vault, net.social.id) is None


def test_replayed_older_profile_is_refused(rete, network) -> None:
    net = network
    send_profile(rete, net, net.cc, "--hours", "8-20")
    old = net.file("old.profile")
    old.write_bytes(net.file(f"{net.cc.id}.profile").read_bytes())
    send_profile(rete, net, net.cc, "--hours", "h24")
    r = rete("profile", "import", old, "--vault", net.cav.dir)
    assert r.code == 5
    assert show(rete, net.cav, net.cc.id)["hours"] == "h24"


def test_tampered_profile_file_is_refused(rete, network) -> None:
    net = network
    send_profile(rete, net, net.cc, "--hours", "8-20")
    path = net.file(f"{net.cc.id}.profile")
    path.write_text(path.read_text("utf-8").replace("8-20", "mai"), "utf-8")
    assert rete("profile", "import", path, "--vault", net.cav.dir).code == 5


def test_revoked_members_profile_is_not_published(rete, network) -> None:
    net = network
    send_profile(rete, net, net.social, "--hours", "9-12")
    ok(rete("directory", "revoke", net.social.id, "--yes", "--vault", net.cav.dir))
    ok(rete("directory", "publish", net.file("v2.json"), "--vault", net.cav.dir))
    ok(rete("directory", "import", net.file("v2.json"), "--yes", "--vault", net.cc.dir))
    assert rete("profile", "show", net.social.id, "--vault", net.cc.dir).code == 6


# The network's own protocol (shipped ones are in every vault already): Codice Rosso's steps
# under another key, so its versions start at 1 here.
NETWORK_KEY = "intesa-casalasca"


def _protocol_v(version: int, **step_changes: object) -> bytes:
    doc = json.loads(CODICE_ROSSO.read_text("utf-8"))
    doc["key"], doc["version"] = NETWORK_KEY, version
    for step in doc["steps"]:
        step.update(step_changes.get(step["key"], {}))  # type: ignore[arg-type]
    return json.dumps(doc).encode()


def test_new_protocol_version_arrives_with_diff_and_cases_keep_theirs(
    rete, network, network_protocol
) -> None:
    net = network
    ok(rete("protocol", "import", network_protocol, "--vault", net.cav.dir))
    publish_and_import(rete, net, "v2.json")
    with net.cc.open() as vault:
        case = cases.create_case(vault, "Caso di prova")
        protocols.apply_protocol(vault, case, NETWORK_KEY, date(2026, 1, 1))
        v1_id = protocols.resolve_protocol_id(vault, NETWORK_KEY)
    with net.cav.open() as vault:
        protocols.import_protocol(vault, _protocol_v(2, **{"audizione-vittima": {"due_days": 2}}))
    publish_and_import(rete, net, "v3.json")

    updates = ok(rete("protocol", "updates", "--vault", net.cc.dir)).out
    assert "v1 → v2" in updates
    diff = ok(rete("protocol", "diff", NETWORK_KEY, "--vault", net.cc.dir)).out
    assert "deadline 3 → 2 days" in diff and "Audizione della persona offesa" in diff
    assert ok(rete("protocol", "updates", "--vault", net.cc.dir)).out.strip() == ""
    with net.cc.open() as vault:
        tasks = protocols.list_tasks(vault, case_id=case)
        assert {t.protocol_id for t in tasks} == {v1_id}
        assert protocols.get_protocol(vault, v1_id).version == 1
        assert protocols.resolve_protocol_id(vault, NETWORK_KEY) != v1_id


def test_older_protocol_version_never_replaces_a_newer_one(
    rete, network, network_protocol
) -> None:
    net = network
    with net.cc.open() as vault:
        protocols.import_protocol(vault, _protocol_v(3))
    ok(rete("protocol", "import", network_protocol, "--vault", net.cav.dir))  # version 1
    publish_and_import(rete, net, "v2.json")
    with net.cc.open() as vault:
        assert protocol_versions.get_version(vault, NETWORK_KEY).version == 3
        assert vault.query("SELECT version FROM protocols WHERE key = ?", (NETWORK_KEY,)) == [(3,)]
        assert protocol_versions.list_updates(vault) == []
    with net.social.open() as vault:
        assert protocol_versions.get_version(vault, NETWORK_KEY).version == 1


def test_protocol_diff_describes_steps_and_deadlines() -> None:
    old = parse_protocol(_protocol_v(1))
    doc = json.loads(_protocol_v(2, **{"invio-cav": {"owner": "social_services"}}))
    doc["steps"] = [s for s in doc["steps"] if s["key"] != "verifica-misure"]
    doc["steps"].append({"key": "piano-sicurezza", "title": "Piano di sicurezza",
                         "owner": "cav", "due_days": 7})
    new = parse_protocol(json.dumps(doc).encode())
    changes = {(c.kind, c.step_key) for c in protocol_versions.diff_protocols(old, new)}
    assert changes == {("removed", "verifica-misure"), ("added", "piano-sicurezza"),
                       ("owner", "invio-cav")}


def test_members_keep_local_prevention_actions_beside_the_networks(rete, network) -> None:
    net = network
    ok(rete("prevention", "add", "--title", "Formazione interna", "--date", "2099-01-10",
            "--kind", "training", "--owner", net.cc.id, "--vault", net.cc.dir))
    ok(rete("prevention", "add", "--title", "Passata", "--date", "2000-01-10",
            "--owner", net.cav.id, "--vault", net.cav.dir))
    publish_and_import(rete, net, "v2.json")
    with net.cc.open() as vault:
        assert [(a.title, a.origin) for a in prevention.upcoming(vault)] == [
            ("Formazione interna", "local")]
        assert len(prevention.list_actions(vault)) == 2


def test_a_new_risk_instrument_version_travels_with_the_directory(rete, network,
                                                                  tmp_path) -> None:
    """The coordinator publishes a recalibrated instrument; members assess with it, and an
    older version never replaces it."""
    from rete_desktop.storage import shipped

    net = network
    (path,) = shipped.instrument_files()
    doc = json.loads(path.read_text("utf-8"))
    doc["version"] += 1
    doc["scoring"]["thresholds"]["high"] = 10
    newer = tmp_path / "strumento.json"
    newer.write_text(json.dumps(doc))
    ok(rete("risk", "import", newer, "--vault", net.cav.dir))
    publish_and_import(rete, net, "v2.json")
    for office in (net.cc, net.social):
        listed = json.loads(ok(rete("risk", "instruments", "--json", "--vault", office.dir)).out)
        assert listed[0]["version"] == doc["version"]
        assert listed[0]["thresholds"]["high"] == 10
    with net.cc.open() as vault:
        assert risk.get_instrument(vault).version == doc["version"]
        older = json.loads(path.read_text("utf-8"))
        with vault.transaction():
            assert risk.store_if_newer(vault, older) is False


def test_office_known_locally_and_as_member_is_listed_once(rete, network) -> None:
    """The social services typed the Carabinieri in by hand before joining; the directory
    brings the same station as a member: "who to call" and the leaflet list it once, as the
    member, with the phone only the local record had."""
    from rete_desktop.handbook.network import network_offices
    from rete_desktop.handbook.who_to_call import who_to_call
    from rete_desktop.storage import offices

    vault = Vault.open(network.social.dir, PASSPHRASE)
    try:
        offices.add_office(vault, "STAZIONE CARABINIERI  Casalmaggiore", "carabinieri",
                           phones=["0375 42012"])
        listed = [o for o in network_offices(vault) if o.office.kind is OfficeKind.CARABINIERI]
        assert [o.id for o in listed] == [network.cc.id]
        assert listed[0].phones == ("+39037542012",)
        night = who_to_call(vault, ("night",), "it")
        assert [m.office.id for m in night.matches].count(network.cc.id) == 1
        assert len(night.matches) == 1
    finally:
        vault.close()
