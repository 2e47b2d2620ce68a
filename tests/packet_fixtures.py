"""A small network for packet tests: a CAV coordinator plus member offices, directory imported.

Vaults are closed after set-up so tests can drive them through the CLI; ``office.open()`` gives
an open vault for library-level tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.packets import directory, member_card
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, CliRunner, make_vault


@dataclass(frozen=True)
class Office:
    name: str
    kind: str
    path: Path
    office_id: str

    @contextmanager
    def open(self) -> Iterator[Vault]:
        vault = Vault.open(self.path, PASSPHRASE)
        try:
            yield vault
        finally:
            vault.close()


OFFICES = {
    "cav": ("Centro Antiviolenza Rete Rosa", "cav"),
    "carabinieri": ("Stazione Carabinieri Casalmaggiore", "carabinieri"),
    "social": ("Servizi Sociali Casalaschi", "social_services"),
    "outsider": ("Ufficio Esterno", "other"),
}


def build_network(root: Path, members: tuple[str, ...] = ("carabinieri", "social"),
                  outsiders: tuple[str, ...] = ()) -> dict[str, Office]:
    """The CAV coordinates; ``members`` join; ``outsiders`` get a vault but no membership."""
    offices: dict[str, Office] = {}
    for key in ("cav", *members, *outsiders):
        name, kind = OFFICES.get(key, (key, "other"))
        vault = make_vault(root / key, name, kind)
        offices[key] = Office(name, kind, root / key, load_identity(vault).office_id)
        if key == "cav":
            directory.create_directory(vault, "Rete Casalasca")
        vault.close()
    with offices["cav"].open() as coordinator:
        for key in members:
            with offices[key].open() as vault:
                card = member_card.export_card(load_identity(vault))
            directory.add_card(coordinator, member_card.read_card(card))
        published = directory.publish_directory(coordinator)
    for key in (*members, *outsiders):
        with offices[key].open() as vault:
            directory.import_directory(vault, published, pin_confirmed=True)
    return offices


def republish(offices: dict[str, Office], members: tuple[str, ...]) -> bytes:
    """Publish the coordinator's next directory version and import it in ``members``."""
    with offices["cav"].open() as coordinator:
        published = directory.publish_directory(coordinator)
    for key in members:
        with offices[key].open() as vault:
            directory.import_directory(vault, published)
    return published


# Module-scoped fixtures for import tests (use: ``from tests.packet_fixtures import cav, keys,
# net``): the network with an outsider, every office's secret keys, the CAV's vault.


@pytest.fixture(scope="module")
def net(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Office]:
    return build_network(tmp_path_factory.mktemp("net"), outsiders=("outsider",))


@pytest.fixture(scope="module")
def keys(net: dict[str, Office]) -> dict[str, OfficeKeys]:
    """Every office's secret keys, as an attacker holding that office's key would have them."""
    found = {}
    for name, office in net.items():
        with office.open() as vault:
            found[name] = load_identity(vault).keys
    return found


@pytest.fixture
def cav(net: dict[str, Office]) -> Iterator[Vault]:
    with net["cav"].open() as vault:
        yield vault


def every_table(vault: Vault) -> dict[str, int]:
    """Row counts of every table in the vault: what "nothing changed" is checked against."""
    names = [r[0] for r in vault.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: vault.query_one(f'SELECT count(*) FROM "{n}"')[0] for n in names}


def referral_case(rete: CliRunner, office: Office, share_with: str = "cav,social_services",
                  include_notes: bool = True) -> tuple[str, str]:
    """A case with a victim, a child, a note and consent to share: (case id, note id)."""
    v = ("--vault", str(office.path))
    case_id = rete("case", "new", "--title", "Maltrattamenti in famiglia", "--risk", "high",
                   *v).out.strip()
    assert rete("person", "add", "--case", case_id, "--role", "victim", "--name", "Anna Rossi",
                "--birth-year", "1990", *v).code == 0
    assert rete("person", "add", "--case", case_id, "--role", "child", "--name", "Luca Rossi",
                "--birth-year", "2016", "--exposure", "witnessed", *v).code == 0
    note_id = rete("note", "add", "--case", case_id, "--text", "Denuncia raccolta in caserma.",
                   *v).out.strip()
    flags = ["--include-notes"] if include_notes else []
    assert rete("case", "consent", case_id, "--share-with", share_with, *flags, *v).code == 0
    return case_id, note_id


def lab_case(rete: CliRunner, office: Office, title: str) -> str:
    """A case with a victim and a child whose basis allows the laboratorio."""
    v = ("--vault", str(office.path))
    case_id = rete("case", "new", "--title", title, "--risk", "high", *v).out.strip()
    assert rete("person", "add", "--case", case_id, "--role", "victim", "--name",
                "Giulia Bernasconi", "--birth-year", "1988", "--phone", "345 123 4567",
                *v).code == 0
    assert rete("person", "add", "--case", case_id, "--role", "child", "--name",
                "Tommaso Bernasconi", "--birth-year", str(date.today().year - 7),
                "--exposure", "witnessed", *v).code == 0
    assert rete("case", "basis", case_id, "--share-with", "laboratorio", "--basis", "consent",
                "--collected", "orale", "--reason", "discussione in rete", *v).code == 0
    return case_id
