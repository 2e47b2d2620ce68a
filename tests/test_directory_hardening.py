"""What even the coordinator's own key cannot do to members (issue 18): re-activate a revoked
member under its old keys, or jump the version so far that no later directory is newer.

The hostile directories are the coordinator's real published file with its payload edited and
re-signed with the coordinator's key by tests/attack_kit.py (as a stolen coordinator key could).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.errors import ReteError
from rete_desktop.packets import directory
from rete_desktop.storage.identity import load_identity
from tests import attack_kit as kit
from tests.packet_fixtures import Office, build_network, every_table

MAX_STEP = directory.MAX_VERSION_STEP


@pytest.fixture
def net(tmp_path: Path) -> dict[str, Office]:
    offices = build_network(tmp_path)
    with offices["cav"].open() as coordinator:
        directory.revoke_member(coordinator, offices["carabinieri"].office_id)
        published = directory.publish_directory(coordinator)
    with offices["social"].open() as vault:
        directory.import_directory(vault, published)
    return offices


def _forged(net: dict[str, Office], edit: object) -> bytes:
    """The coordinator's current directory, edited by ``edit(payload)`` and re-signed."""
    with net["cav"].open() as coordinator:
        published = json.loads(directory.publish_directory(coordinator))
        key = load_identity(coordinator).keys.signing_key
    payload = json.loads(published["directory"])
    edit(payload)  # type: ignore[operator]
    text = json.dumps(payload, indent=1, sort_keys=True)
    published["directory"] = text
    published["signature"] = kit.sshsig(key, text.encode(), b"rete-directory-v1").decode()
    return json.dumps(published).encode()


def _member(payload: dict, office_id: str) -> dict:  # type: ignore[type-arg]
    return next(m for m in payload["members"] if m["office_id"] == office_id)


def _refused(office: Office, data: bytes, message_id: str, **kw: object) -> ReteError:
    with office.open() as vault:
        before = every_table(vault), vault.get_meta(directory.KNOWN_KEYS)
        with pytest.raises(ReteError) as info:
            directory.import_directory(vault, data, **kw)  # type: ignore[arg-type]
        assert info.value.message_id == message_id, info.value
        assert (every_table(vault), vault.get_meta(directory.KNOWN_KEYS)) == before
    return info.value


def _reactivate(net: dict[str, Office]):  # type: ignore[no-untyped-def]
    def edit(payload: dict) -> None:  # type: ignore[type-arg]
        member = _member(payload, net["carabinieri"].office_id)
        member["status"], member["revoked_on"] = "active", None
    return edit


def test_a_revoked_member_cannot_be_reactivated_under_its_old_keys(net) -> None:
    forged = _forged(net, _reactivate(net))
    error = _refused(net["social"], forged, "directory.member_reactivated")
    assert error.exit_code == 5
    # Not even with the key-change confirmation: the keys are the revoked ones.
    _refused(net["social"], forged, "directory.member_reactivated",
             accept_key_change=frozenset({net["carabinieri"].office_id}))


def test_dropping_a_revoked_member_then_listing_it_again_is_still_refused(net) -> None:
    carabinieri = net["carabinieri"].office_id
    dropped = _forged(net, lambda p: p.update(
        members=[m for m in p["members"] if m["office_id"] != carabinieri]))
    with net["social"].open() as vault:
        directory.import_directory(vault, dropped)
    _refused(net["social"], _forged(net, _reactivate(net)), "directory.member_reactivated")


def test_a_revoked_member_re_added_with_new_keys_needs_explicit_confirmation(net) -> None:
    fresh = OfficeKeys.generate()
    carabinieri = net["carabinieri"].office_id

    def edit(payload: dict) -> None:  # type: ignore[type-arg]
        _reactivate(net)(payload)
        member = _member(payload, carabinieri)
        member["signing_key"] = fresh.signing_public_openssh()
        member["encryption_key"] = fresh.encryption_recipient()

    forged = _forged(net, edit)
    _refused(net["social"], forged, "directory.member_key_changed")
    with net["social"].open() as vault:
        imported = directory.import_directory(vault, forged,
                                              accept_key_change=frozenset({carabinieri}))
        assert imported.key_changes == (carabinieri,)
        assert directory.get_member(vault, carabinieri).active  # type: ignore[union-attr]


@pytest.mark.parametrize("jump", [MAX_STEP + 1, 2**53 - 10])
def test_a_version_jump_beyond_the_step_is_refused(net, jump: int) -> None:
    with net["social"].open() as vault:
        current = directory.get_state(vault).version  # type: ignore[union-attr]
    forged = _forged(net, lambda p: p.update(version=current + jump))
    error = _refused(net["social"], forged, "directory.version_jump")
    assert error.exit_code == 5


def test_a_version_step_within_the_bound_is_accepted(net) -> None:
    with net["social"].open() as vault:
        current = directory.get_state(vault).version  # type: ignore[union-attr]
        forged = _forged(net, lambda p: p.update(version=current + MAX_STEP))
        assert directory.import_directory(vault, forged).directory.version == current + MAX_STEP
