"""Fuzzing the parsers of files that come from outside: keyslot file, backup, protocol.

The promise: whatever the bytes, a parser either returns a valid object or raises the one typed
refusal of its area (:class:`BadInput`, or :class:`AccessDenied` when a damaged file no longer
opens with the passphrase) — never another exception, never a hang, never a half-restored
vault. Member cards and the directory are fuzzed in tests/test_directory.py by their owners.

``RETE_FUZZ_SCALE=N`` multiplies every example count (docs/reliability.md lists the counts).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.domain.protocols import parse_protocol
from rete_desktop.errors import AccessDenied, BadInput, ReteError
from rete_desktop.storage import backup, cases, keyslots, notes, protocols
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, CliRunner, make_vault
from tests.fast_kdf import TEST_KDF

SCALE = int(os.environ.get("RETE_FUZZ_SCALE", "1"))


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples * SCALE, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=5),
    max_leaves=20,
)


def mutate_json(doc: Any, data: st.DataObject) -> Any:
    """Replace, drop or retype one value somewhere in ``doc`` (chosen by hypothesis)."""
    if isinstance(doc, dict) and doc and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(doc)))
        action = data.draw(st.sampled_from(["recurse", "drop", "replace"]))
        copy = dict(doc)
        if action == "drop":
            del copy[key]
        elif action == "replace":
            copy[key] = data.draw(json_values)
        else:
            copy[key] = mutate_json(doc[key], data)
        return copy
    if isinstance(doc, list) and doc and data.draw(st.booleans()):
        index = data.draw(st.integers(0, len(doc) - 1))
        return [mutate_json(v, data) if i == index else v for i, v in enumerate(doc)]
    return data.draw(json_values)


def flip(data: bytes, draw: st.DataObject) -> bytes:
    """Overwrite, insert or delete a few bytes, or cut the file."""
    out = bytearray(data)
    for _ in range(draw.draw(st.integers(1, 4))):
        pos = draw.draw(st.integers(0, max(len(out) - 1, 0)))
        action = draw.draw(st.sampled_from(["set", "insert", "delete", "cut"]))
        if action == "set" and out:
            out[pos] = draw.draw(st.integers(0, 255))
        elif action == "insert":
            out[pos:pos] = draw.draw(st.binary(min_size=1, max_size=8))
        elif action == "delete":
            del out[pos : pos + draw.draw(st.integers(1, 16))]
        else:
            del out[pos:]
    return bytes(out)


# --- keyslot file ---------------------------------------------------------------------------

class Sample(tuple):  # type: ignore[type-arg]
    """(vault dir, keyslot bytes, backup bytes) with a short repr for hypothesis reports."""

    def __repr__(self) -> str:
        return "<sample vault>"


@pytest.fixture(scope="module")
def sample_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, bytes]:
    """A small vault, its keyslot file and a backup of it (shared: the fuzzers only read)."""
    directory = tmp_path_factory.mktemp("fuzz") / "vault"
    with make_vault(directory) as vault:
        case_id = cases.create_case(vault, "fuzz")
        notes.add_note(vault, case_id, "nota di prova")
        backup.write_backup(vault, directory.parent / "sample.rete")
    return Sample((directory, (directory / "keyslots.json").read_bytes(),
                   (directory.parent / "sample.rete").read_bytes()))


def _open_keyslots(data: bytes, db_key_hint: bytes | None = None) -> bytes | None:
    """Parse, unlock and MAC-check like Vault.open does; None if refused with a typed error."""
    try:
        slot_file, mac = keyslots.parse_keyslots(data)
        if any(s.kdf != TEST_KDF for s in slot_file.slots):
            return None  # a valid but costly KDF: parsing accepted it, unlocking is not fuzzed
        db_key = slot_file.unlock(PASSPHRASE, "passphrase")
        keyslots.check_mac(slot_file, mac, db_key)
        return db_key
    except (BadInput, AccessDenied):
        return None


@fuzz(500)
@given(data=st.binary(max_size=4000))
def test_keyslot_parser_refuses_random_bytes_cleanly(data: bytes) -> None:
    with pytest.raises(BadInput):
        keyslots.parse_keyslots(data)


@fuzz(300)
@given(data=st.data())
def test_edited_keyslot_file_never_yields_a_wrong_key(
    sample_vault: tuple[Path, bytes, bytes], data: st.DataObject
) -> None:
    _, original, _ = sample_vault
    real_key = _open_keyslots(original)
    assert real_key is not None
    edited = json.dumps(mutate_json(json.loads(original), data)).encode()
    assert _open_keyslots(edited) in (None, real_key)


@fuzz(300)
@given(data=st.data())
def test_byte_flipped_keyslot_file_never_yields_a_wrong_key(
    sample_vault: tuple[Path, bytes, bytes], data: st.DataObject
) -> None:
    _, original, _ = sample_vault
    real_key = _open_keyslots(original)
    assert _open_keyslots(flip(original, data)) in (None, real_key)


# --- backup file ----------------------------------------------------------------------------

@fuzz(300)
@given(data=st.binary(max_size=3000))
def test_backup_header_parser_refuses_random_bytes(tmp_path_factory: pytest.TempPathFactory,
                                                    data: bytes) -> None:
    path = tmp_path_factory.mktemp("b") / "random.rete"
    path.write_bytes(backup.MAGIC + data if data[:1] == b"\0" else data)
    with pytest.raises(BadInput):
        backup.read_header(path)


@fuzz(100)
@given(data=st.data())
def test_damaged_backup_restores_identically_or_not_at_all(
    sample_vault: tuple[Path, bytes, bytes], tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    _, _, original = sample_vault
    work = tmp_path_factory.mktemp("restore")
    damaged = flip(original, data)
    (work / "damaged.rete").write_bytes(damaged)
    target = work / "restored"
    try:
        vault = backup.restore_backup(work / "damaged.rete", target, PASSPHRASE)
    except ReteError as exc:
        assert isinstance(exc, BadInput | AccessDenied), exc
        leftovers = [p.name for p in target.iterdir()] if target.exists() else []
        assert "vault.db" not in leftovers and "keyslots.json" not in leftovers, leftovers
    else:
        with vault:
            assert [c.title for c in cases.list_cases(vault)] == ["fuzz"]
            assert vault.integrity_problems() == []
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- protocol import ------------------------------------------------------------------------

SAMPLES = [p.read_bytes() for p in protocols.sample_protocol_files()]


def _parse_or_refuse(data: bytes) -> None:
    try:
        protocol = parse_protocol(data)
    except BadInput:
        return
    again = parse_protocol(json.dumps(protocol.to_json()).encode())
    assert again == protocol  # what we accept survives a round trip unchanged


@fuzz(500)
@given(data=st.binary(max_size=3000))
def test_protocol_parser_refuses_random_bytes(data: bytes) -> None:
    _parse_or_refuse(data)


@fuzz(500)
@given(doc=json_values)
def test_protocol_parser_refuses_random_json(doc: Any) -> None:
    _parse_or_refuse(json.dumps(doc).encode())


@fuzz(600)
@given(sample=st.sampled_from(SAMPLES), data=st.data())
def test_edited_protocols_parse_or_are_refused(sample: bytes, data: st.DataObject) -> None:
    _parse_or_refuse(json.dumps(mutate_json(json.loads(sample), data)).encode())
    _parse_or_refuse(flip(sample, data))


def test_deeply_nested_protocol_is_refused_not_crashing() -> None:
    with pytest.raises(BadInput):
        parse_protocol(b"[" * 100_000 + b"]" * 100_000)


def test_protocol_import_cli_maps_refusal_to_exit_4(
    vault: Vault, tmp_path: Path, rete: CliRunner
) -> None:
    vault.close()
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format": "rete-protocol/1", "steps": "no"}')
    r = rete("--vault", str(vault.directory), "protocol", "import", str(bad))
    assert r.code == 4 and "Traceback" not in r.err
