"""Weak passphrases are refused everywhere one is set (zxcvbn), with the reason in words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rete_desktop.demo import DEMO_PASSPHRASE
from rete_desktop.domain import passphrase
from rete_desktop.errors import BadInput
from rete_desktop.storage.vault import Vault, vault_exists
from tests.conftest import PASSPHRASE, CliRunner

WEAK = ("password1", "qwertyuiop", "1234567890", "abcabcabcabc", "01/02/1985", "Cremona1985")


@pytest.fixture
def office(rete: CliRunner, tmp_path: Path) -> tuple[Path, str]:
    vault_dir = tmp_path / "office"
    r = rete("--vault", vault_dir, "--json", "init", "--office-name", "CAV Casalmaggiore",
             "--office-kind", "cav")
    assert r.code == 0, r.err
    return vault_dir, json.loads(r.out)["recovery_key"]


@pytest.mark.parametrize("weak", WEAK)
def test_common_patterns_are_weak_and_say_why(weak: str) -> None:
    verdict = passphrase.assess(weak)
    assert not verdict.acceptable and verdict.reason != "passphrase.reason.guessable"


def test_the_office_name_inside_the_passphrase_is_named_as_the_reason() -> None:
    verdict = passphrase.assess("casalmaggiore", ("CAV Casalmaggiore",))
    assert verdict.reason == "passphrase.reason.office_name"


@pytest.mark.parametrize("good", (PASSPHRASE, DEMO_PASSPHRASE, "fiume lento sotto il ponte"))
def test_several_unrelated_words_pass(good: str) -> None:
    assert passphrase.assess(good, ("CAV Casalmaggiore",)).acceptable


def test_init_refuses_password1_in_italian_and_creates_nothing(
    rete: CliRunner, tmp_path: Path
) -> None:
    vault_dir = tmp_path / "v"
    r = rete("--vault", vault_dir, "init", "--office-name", "CAV", "--office-kind", "cav",
             env={"RETE_PASSPHRASE": "password1", "RETE_LANG": "it"})
    assert r.code == 4
    assert "Passphrase troppo debole" in r.err and "password più usate" in r.err
    assert not vault_exists(vault_dir)


def test_passwd_and_recover_refuse_a_weak_new_passphrase(
    rete: CliRunner, office: tuple[Path, str]
) -> None:
    vault_dir, key = office
    r = rete("--vault", vault_dir, "passwd", env={"RETE_NEW_PASSPHRASE": "zxcvbnm,./"})
    assert r.code == 4 and "keyboard" in r.err
    r = rete("--vault", vault_dir, "recover",
             env={"RETE_RECOVERY_KEY": key, "RETE_NEW_PASSPHRASE": "casalmaggiore 2024"})
    assert r.code == 4 and "office's or the operator's name" in r.err
    assert rete("--vault", vault_dir, "unlock-check").code == 0  # the old one still opens


def test_operator_add_refuses_a_weak_passphrase(
    rete: CliRunner, office: tuple[Path, str]
) -> None:
    vault_dir, _ = office
    r = rete("--vault", vault_dir, "operator", "add", "--name", "Anna",
             env={"RETE_NEW_PASSPHRASE": "anna anna anna"})
    assert r.code == 4 and "repeats" in r.err
    assert json.loads(rete("--vault", vault_dir, "operator", "list", "--json").out) == []


def test_the_recovery_key_is_not_held_to_the_passphrase_rules(
    rete: CliRunner, office: tuple[Path, str]
) -> None:
    vault_dir, key = office
    with pytest.raises(BadInput):
        Vault.create(vault_dir.parent / "other", "password1", office_name="X", office_kind="cav")
    assert Vault.open_with_recovery(vault_dir, key.replace("-", " ").lower())
