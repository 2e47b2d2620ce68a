"""Attachment contents as sealed files beside the vault (issue 14): the format holds for any
bytes and refuses any damage, the files travel in backups and come back on restore, stray
files are shredded at unlock, and ``rete vault check`` names a missing file."""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rete_desktop.crypto import sealed_file
from rete_desktop.errors import BadInput
from rete_desktop.storage import attachment_files, attachments, backup, cases
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, CliRunner, make_vault
from tests.sealed_files import sealed_plaintext, vault_files

SMALL_CHUNK = 64  # the format's properties do not depend on the piece size
KEY = bytes(range(32))


@pytest.fixture(autouse=True)
def _small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sealed_file, "CHUNK", SMALL_CHUNK)


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in zip(points, points[1:], strict=False)]


def _sealed(data: bytes, cuts: list[int]) -> bytes:
    return b"".join(sealed_file.seal(KEY, _split(data, cuts)))


def _opened(sealed: bytes) -> bytes:
    return b"".join(sealed_file.unseal(KEY, io.BytesIO(sealed).read))


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=700), cuts=st.lists(st.integers(0, 700), max_size=8))
def test_any_bytes_in_any_pieces_come_back_whole(data: bytes, cuts: list[int]) -> None:
    sealed = _sealed(data, cuts)
    assert len(sealed) == sealed_file.sealed_size(len(data))
    assert _opened(sealed) == data


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=700), cuts=st.lists(st.integers(0, 700), max_size=8))
def test_how_the_bytes_arrive_does_not_change_the_sealed_file(data: bytes,
                                                              cuts: list[int]) -> None:
    """A received part arrives in runs that straddle the pieces: sealed as it comes, the file
    is the one sealed from the whole part at once."""
    assert _sealed(data, cuts) == _sealed(data, [])


@settings(max_examples=200, deadline=None)
@given(data=st.binary(min_size=1, max_size=400), where=st.integers(0, 10_000),
       bit=st.integers(0, 7), cut=st.integers(1, 10_000), extra=st.binary(min_size=1,
                                                                          max_size=20))
def test_any_flip_cut_or_extension_is_refused(data: bytes, where: int, bit: int, cut: int,
                                              extra: bytes) -> None:
    sealed = _sealed(data, [])
    flipped = bytearray(sealed)
    flipped[where % len(sealed)] ^= 1 << bit
    for damaged in (bytes(flipped), sealed[:-(cut % len(sealed)) or -1], sealed + extra):
        with pytest.raises(sealed_file.SealedFileDamaged):
            _opened(damaged)


def test_pieces_of_another_file_or_key_are_refused() -> None:
    """Every file has its own key: pieces of another file never open in this one."""
    one = _sealed(b"a" * 200, [])
    two = b"".join(sealed_file.seal(sealed_file.new_key(), [b"b" * 200]))
    piece = SMALL_CHUNK + sealed_file.TAG
    with pytest.raises(sealed_file.SealedFileDamaged):
        _opened(one[:piece] + two[piece:])  # spliced
    with pytest.raises(sealed_file.SealedFileDamaged):
        _opened(one[piece:2 * piece] + one[:piece] + one[2 * piece:])  # reordered
    with pytest.raises(sealed_file.SealedFileDamaged):
        b"".join(sealed_file.unseal(bytes(32), io.BytesIO(one).read))


def test_the_independent_reader_agrees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/sealed_files.py reads the format from its description, not from this code."""
    monkeypatch.setattr(sealed_file, "CHUNK", 256 * 1024)  # the real size
    for size in (0, 5, 256 * 1024, 256 * 1024 * 2 + 7):
        data = os.urandom(size)
        (tmp_path / "f").write_bytes(b"".join(sealed_file.seal(KEY, [data])))
        assert sealed_plaintext(tmp_path / "f", KEY) == data


# --- in a vault ----------------------------------------------------------------------------


def _with_files(vault: Vault) -> tuple[str, dict[str, bytes]]:
    case_id = cases.create_case(vault, "Caso con referti")
    files = {"vuoto.txt": b"", "referto Bellinzona.pdf": b"%PDF referto Bellinzona " * 9000}
    ids = {attachments.add_attachment(vault, case_id, name, data): data
           for name, data in files.items()}
    return case_id, ids


def test_backup_and_restore_bring_back_every_attachment(vault: Vault, tmp_path: Path) -> None:
    _, ids = _with_files(vault)
    target = tmp_path / "ufficio.rete-backup"
    backup.write_backup(vault, target)
    assert b"Bellinzona" not in target.read_bytes()  # one file, every part encrypted
    header, _ = backup.read_header(target)
    assert len(header["files"]) == 2
    with backup.restore_backup(target, tmp_path / "ripristino", PASSPHRASE) as restored:
        for attachment_id, data in ids.items():
            assert attachments.attachment_data(restored, attachment_id) == data
        assert attachment_files.problems(restored) == []
        assert sorted(p.name for p in (tmp_path / "ripristino" / "attachments").iterdir()) == \
            sorted(f for (f,) in restored.query("SELECT file FROM attachments"))


def test_restore_into_a_folder_with_other_files_brings_the_attachments(
    vault: Vault, tmp_path: Path
) -> None:
    _, ids = _with_files(vault)
    target = tmp_path / "b.rete-backup"
    backup.write_backup(vault, target)
    place = tmp_path / "cartella"
    place.mkdir()
    (place / "appunti.txt").write_text("altro")
    with backup.restore_backup(target, place, PASSPHRASE) as restored:
        for attachment_id, data in ids.items():
            assert attachments.attachment_data(restored, attachment_id) == data
    assert (place / "appunti.txt").read_text() == "altro"


def test_a_backup_with_an_altered_attachment_restores_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    _with_files(vault)
    target = tmp_path / "b.rete-backup"
    backup.write_backup(vault, target)
    data = bytearray(target.read_bytes())
    data[-100] ^= 1  # inside the last attachment file
    target.write_bytes(bytes(data))
    with pytest.raises(BadInput) as refused:
        backup.restore_backup(target, tmp_path / "r", PASSPHRASE)
    assert refused.value.message_id == "vault.backup_altered"
    assert not (tmp_path / "r").exists()
    assert not list(tmp_path.glob(".restoring-*"))


def test_a_first_version_backup_still_restores(vault: Vault, tmp_path: Path) -> None:
    """Backups written before attachments had files: no file list, the database alone."""
    case_id = cases.create_case(vault, "Caso")
    target = tmp_path / "b.rete-backup"
    backup.write_backup(vault, target)
    raw = target.read_bytes()[len(backup.MAGIC):]
    line, _, db = raw.partition(b"\n")
    header = json.loads(line)
    del header["files"]
    target.write_bytes(backup.MAGIC_V1 + json.dumps(header).encode() + b"\n" + db)
    with backup.restore_backup(target, tmp_path / "r", PASSPHRASE) as restored:
        assert cases.get_case(restored, case_id).title == "Caso"


def test_a_file_name_in_a_backup_cannot_be_a_path(vault: Vault, tmp_path: Path) -> None:
    _with_files(vault)
    target = tmp_path / "b.rete-backup"
    backup.write_backup(vault, target)
    raw = target.read_bytes()
    line, _, rest = raw[len(backup.MAGIC):].partition(b"\n")
    header = json.loads(line)
    header["files"][0][0] = "../../.bashrc"
    target.write_bytes(backup.MAGIC + json.dumps(header).encode() + b"\n" + rest)
    with pytest.raises(BadInput, match="damaged"):
        backup.restore_backup(target, tmp_path / "r", PASSPHRASE)


def test_files_no_row_names_are_shredded_at_unlock(vault_dir: Path) -> None:
    """A crash after a file was named and before its row committed leaves a file no row
    names (its key never stored): the next unlock removes it; the others stay."""
    with make_vault(vault_dir) as vault:
        _, ids = _with_files(vault)
    folder = vault_dir / "attachments"
    kept = sorted(p.name for p in folder.iterdir())
    (folder / attachment_files.new_name()).write_bytes(os.urandom(5000))
    (folder / ".abc.part").write_bytes(b"half")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert sorted(p.name for p in folder.iterdir()) == kept
        for attachment_id, data in ids.items():
            assert attachments.attachment_data(vault, attachment_id) == data


def test_vault_check_names_a_missing_or_cut_attachment_file(
    vault_dir: Path, rete: CliRunner
) -> None:
    with make_vault(vault_dir) as vault:
        _, ids = _with_files(vault)
        files = dict(vault.query("SELECT id, file FROM attachments"))
    assert rete("--vault", str(vault_dir), "vault", "check").code == 0
    big = next(i for i, data in ids.items() if data)
    path = vault_dir / "attachments" / files[big]
    path.write_bytes(path.read_bytes()[:-1])
    r = rete("--vault", str(vault_dir), "vault", "check")
    assert r.code != 0 and big in r.err and "damaged" in r.err
    path.unlink()
    r = rete("--vault", str(vault_dir), "vault", "check")
    assert r.code != 0 and big in r.err and "missing" in r.err


def test_nothing_of_an_attachment_is_on_disk_in_plaintext(vault: Vault) -> None:
    _with_files(vault)
    vault.checkpoint()
    for path in vault_files(vault.directory):
        assert b"Bellinzona" not in path.read_bytes() and b"%PDF" not in path.read_bytes()


def test_a_folder_that_refuses_files_does_not_keep_the_office_out(vault_dir: Path) -> None:
    """An attachment still in the database (a vault from before 0023) is moved at unlock;
    when its file cannot be written the vault opens anyway, reads it from the database, and
    the next unlock moves it."""
    data = b"%PDF referto " * 30000
    with make_vault(vault_dir) as vault:
        case_id = cases.create_case(vault, "Caso")
        with vault.transaction() as conn:  # as the code before 0023 stored it
            for seq, start in enumerate(range(0, len(data), attachments.CHUNK_SIZE)):
                conn.execute("INSERT INTO attachment_chunks VALUES (?, ?, ?)",
                             ("a" * 16, seq, data[start:start + attachments.CHUNK_SIZE]))
            conn.execute(
                "INSERT INTO attachments (id, case_id, name, media_type, size, sha256, added)"
                " VALUES (?, ?, 'r.pdf', 'application/pdf', ?, ?, '2026-01-01T00:00:00')",
                ("a" * 16, case_id, len(data), hashlib.sha256(data).hexdigest()))
    (vault_dir / "attachments").write_bytes(b"")  # a file where the folder should be
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert attachments.attachment_data(vault, "a" * 16) == data
        assert vault.query_one("SELECT file FROM attachments")[0] is None
    (vault_dir / "attachments").unlink()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.query_one("SELECT file FROM attachments")[0] is not None
        assert attachments.attachment_data(vault, "a" * 16) == data
        assert vault.query_one("SELECT count(*) FROM attachment_chunks")[0] == 0
