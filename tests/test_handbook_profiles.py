"""Member profiles kept locally: each office edits and signs its own."""

from __future__ import annotations

import json

import pytest

from rete_desktop.errors import BadInput
from rete_desktop.handbook import profiles


def test_own_profile_edit_is_signed_and_keeps_unchanged_fields(vault) -> None:
    profiles.edit_own_profile(vault, functions="Ascolto", hours="9-18", phones=["0375 200321"])
    edited = profiles.edit_own_profile(vault, hours="9-13", emergency="333 1234567")
    assert (edited.functions, edited.hours, edited.revision) == ("Ascolto", "9-13", 2)
    signed = profiles.read_signed_profile(profiles.export_own_profile(vault))
    assert signed.profile == edited
    assert signed.signer == vault.query_one("SELECT signing_key FROM office_profiles")[0]


def test_unknown_capability_is_refused(vault) -> None:
    with pytest.raises(BadInput):
        profiles.edit_own_profile(vault, capabilities=["teleportation"])


def test_cli_profile_edit_and_show(rete, vault_dir, vault) -> None:
    vault.close()
    r = rete("profile", "edit", "--functions", "Accoglienza", "--hours", "lun-ven 9-18",
             "--emergency", "333 1234567", "--reference-person", "Dott.ssa Verdi",
             "--capabilities", "h24,shelter", "--vault", vault_dir)
    assert r.code == 0, r.err
    shown = json.loads(rete("profile", "show", "--json", "--vault", vault_dir).out)
    assert shown["reference_person"] == "Dott.ssa Verdi"
    assert shown["capabilities"] == ["h24", "shelter"] and shown["revision"] == 1
    assert rete("profile", "show", "0123456789abcdef", "--vault", vault_dir).code == 6


def test_empty_profile_cannot_be_exported(rete, vault_dir, vault, tmp_path) -> None:
    vault.close()
    assert rete("profile", "export", tmp_path / "p.json", "--vault", vault_dir).code == 6
