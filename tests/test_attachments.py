"""Case attachments: kept in the vault (the row in the database, the bytes in a sealed file
beside it), capped, append-only, audited without names, erased with their case and its file,
refused when their file is damaged, and handled by ``rete attachment``."""

from __future__ import annotations

import hashlib
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from rete_desktop.errors import BadInput, NotFound, SecurityRefused
from rete_desktop.storage import attachments, audit, cases, erasure, search
from rete_desktop.storage.vault import Vault
from tests.conftest import CliRunner
from tests.sealed_files import sealed_plaintext, vault_files
from tests.sqlcipher_pages import database_plaintext

SCAN_TEXT = b"Referto del Pronto Soccorso di Viadana, prognosi 21 giorni. "
FILE_NAME = "referto Marchetti.pdf"


def _scan() -> bytes:
    return b"%PDF-1.4\n" + SCAN_TEXT * 200  # spans several database pages


def test_attachment_is_kept_in_the_vault_with_its_facts(vault: Vault) -> None:
    case_id = cases.create_case(vault, "Maltrattamenti")
    data = _scan()
    new = attachments.add_attachment(vault, case_id, f"/home/op/Scrivania/{FILE_NAME}", data)
    [listed] = attachments.list_attachments(vault, case_id)
    assert listed.id == new and listed.name == FILE_NAME
    assert listed.media_type == "application/pdf" and listed.size == len(data)
    assert listed.sha256 == hashlib.sha256(data).hexdigest()
    assert listed.operator == "tester" and listed.source is None
    assert attachments.attachment_data(vault, new) == data
    assert not list(vault.directory.rglob("*.pdf"))
    vault.checkpoint()
    for path in vault_files(vault.directory):  # encrypted at rest, wherever it is
        assert SCAN_TEXT not in path.read_bytes() and b"Marchetti" not in path.read_bytes()
    [sealed] = (vault.directory / "attachments").iterdir()
    assert FILE_NAME not in sealed.name and sealed.stat().st_mode & 0o077 == 0
    file, key = vault.query_one("SELECT file, file_key FROM attachments WHERE id = ?", (new,))
    assert sealed.name == file and sealed_plaintext(sealed, key) == data


def test_attachment_over_the_cap_is_refused_with_a_clear_message(vault: Vault) -> None:
    case_id = cases.create_case(vault, "caso")
    with pytest.raises(BadInput) as refused:
        attachments.add_attachment(vault, case_id, "video.mp4",
                                   bytes(attachments.MAX_ATTACHMENT_SIZE + 1))
    assert refused.value.message_id == "attachment.too_large"
    assert "25 MB" in refused.value.message("en")
    assert attachments.list_attachments(vault, case_id) == []


def test_attachment_needs_a_case_and_a_name(vault: Vault) -> None:
    case_id = cases.create_case(vault, "caso")
    with pytest.raises(NotFound):
        attachments.add_attachment(vault, "nessuno", "a.txt", b"x")
    with pytest.raises(BadInput):
        attachments.add_attachment(vault, case_id, "cartella/\x07", b"x")


def test_attachments_are_append_only(vault: Vault) -> None:
    case_id = cases.create_case(vault, "caso")
    new = attachments.add_attachment(vault, case_id, "foto.jpg", b"\xff\xd8 immagine")
    for sql in ("UPDATE attachments SET name = 'altro'", "DELETE FROM attachments",
                "UPDATE attachments SET file = 'altro', file_key = zeroblob(32)",
                "UPDATE attachments SET file_key = zeroblob(32)"):
        with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
            conn.execute(sql)
    assert attachments.attachment_data(vault, new) == b"\xff\xd8 immagine"


def test_audit_records_ids_but_never_the_file_name(vault: Vault) -> None:
    case_id = cases.create_case(vault, "caso")
    new = attachments.add_attachment(vault, case_id, FILE_NAME, _scan())
    attachments.attachment_data(vault, new)
    attachments.attachment_data(vault, new, audit="attachment.export")
    entries = [e for e in audit.list_entries(vault, case_id=case_id) if e.entity == "attachment"]
    assert [(e.action, e.entity_id, e.detail) for e in entries] == [
        ("attachment.export", new, f"case={case_id}"),
        ("attachment.read", new, f"case={case_id}"),
        ("attachment.add", new, f"case={case_id}"),
    ]
    dump = json.dumps([tuple(r) for r in vault.query("SELECT * FROM audit")])
    assert "Marchetti" not in dump and "referto" not in dump
    assert audit.verify_chain(vault) > 0


def test_attachment_is_found_by_file_name(vault: Vault) -> None:
    case_id = cases.create_case(vault, "caso")
    new = attachments.add_attachment(vault, case_id, "certificato_medico.pdf", b"%PDF")
    [hit] = search.search(vault, "certificato")
    assert (hit.kind, hit.id, hit.case_id) == ("attachment", new, case_id)


def test_erasing_the_case_removes_its_attachments_and_their_files(vault: Vault) -> None:
    case_id = cases.create_case(vault, "da cancellare")
    keep = cases.create_case(vault, "resta")
    gone = attachments.add_attachment(vault, case_id, FILE_NAME, _scan())
    kept = attachments.add_attachment(vault, keep, "resta.txt", b"resta")
    (gone_file, gone_key), (kept_file, _) = (
        vault.query_one("SELECT file, file_key FROM attachments WHERE id = ?", (i,))
        for i in (gone, kept))
    folder = vault.directory / "attachments"
    assert sealed_plaintext(folder / gone_file, gone_key) == _scan()  # the check can see it

    report = erasure.erase_case(vault, case_id)

    assert report.counts["attachments"] == 1 and report.cleanup_error is None
    assert vault.query_one("SELECT count(*) FROM attachments WHERE case_id = ?",
                           (case_id,))[0] == 0
    assert search.search(vault, "Marchetti") == []
    assert sorted(p.name for p in folder.iterdir()) == [kept_file]
    after = database_plaintext(vault.directory, vault.raw_key)
    assert gone_key not in after and FILE_NAME.encode() not in after  # the key left the file
    for path in vault_files(vault.directory):
        assert SCAN_TEXT not in path.read_bytes()
    assert attachments.attachment_data(vault, kept) == b"resta"
    with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
        conn.execute("DELETE FROM attachments")
    assert audit.verify_chain(vault) > 0 and vault.integrity_problems() == []


def test_an_interrupted_erasure_has_its_files_shredded_at_the_next_unlock(
    vault_dir: Path, tmp_path: Path
) -> None:
    """The erasure commits, then the process dies before the files go: the next unlock
    finds files no row names and overwrites and deletes them."""
    vault, _ = Vault.create(vault_dir, "correct horse battery staple", office_name="CAV",
                            office_kind="cav")
    with vault:
        case_id = cases.create_case(vault, "da cancellare")
        attachments.add_attachment(vault, case_id, FILE_NAME, _scan())
        [sealed] = (vault_dir / "attachments").iterdir()
        kept = sealed.read_bytes()
        erasure.erase_case(vault, case_id)
    sealed.write_bytes(kept)  # as if the process had died before deleting it
    with Vault.open(vault_dir, "correct horse battery staple"):
        assert list((vault_dir / "attachments").iterdir()) == []


def test_attachment_cli_round_trip(vault_dir: Path, rete: CliRunner, tmp_path: Path) -> None:
    make = Vault.create(vault_dir, "correct horse battery staple", office_name="CAV",
                        office_kind="cav")[0]
    with make as vault:
        case_id = cases.create_case(vault, "caso")
    v = ("--vault", str(vault_dir))
    source = tmp_path / "foto denuncia.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n immagine")
    r = rete(*v, "attachment", "add", "--case", case_id, str(source))
    assert r.code == 0, r.err
    new = r.out.strip()
    assert new in r.err and "foto denuncia.png" not in r.err  # by id: names stay off stderr

    r = rete(*v, "attachment", "list", "--case", case_id, "--json")
    [row] = json.loads(r.out)
    assert (row["id"], row["name"], row["media_type"], row["size"]) == (
        new, "foto denuncia.png", "image/png", source.stat().st_size)
    r = rete(*v, "attachment", "list", "--case", case_id)
    assert r.code == 0 and new in r.out and "foto denuncia.png" in r.out and "name" in r.out

    out = tmp_path / "copia.png"
    r = rete(*v, "attachment", "export", new, "--out", str(out))
    assert r.code == 0, r.err
    assert out.read_bytes() == source.read_bytes() and out.stat().st_mode & 0o077 == 0
    folder = tmp_path / "uscita"
    folder.mkdir()
    assert rete(*v, "attachment", "export", new, "--out", str(folder)).code == 0
    assert (folder / "foto denuncia.png").read_bytes() == source.read_bytes()


def test_attachment_cli_exit_codes(vault_dir: Path, rete: CliRunner, tmp_path: Path) -> None:
    with Vault.create(vault_dir, "correct horse battery staple", office_name="CAV",
                      office_kind="cav")[0] as vault:
        case_id = cases.create_case(vault, "caso")
    v = ("--vault", str(vault_dir))
    big = tmp_path / "grande.bin"
    with big.open("wb") as fh:
        fh.truncate(attachments.MAX_ATTACHMENT_SIZE + 1)
    assert rete(*v, "attachment", "add", "--case", case_id, str(big)).code == 4
    assert rete(*v, "attachment", "add", "--case", case_id, str(tmp_path / "manca")).code == 4
    small = tmp_path / "piccolo.txt"
    small.write_text("x")
    assert rete(*v, "attachment", "add", "--case", "nessuno", str(small)).code == 6
    r = rete(*v, "attachment", "list", "--case", case_id)
    assert r.code == 0 and "No attachments" in r.err
    assert rete(*v, "attachment", "export", "0000", "--out", str(tmp_path / "x")).code == 6


def test_case_show_lists_attachments(rete, tmp_path) -> None:
    import json as _json

    vault_dir = tmp_path / "office"
    v = ("--vault", vault_dir)
    assert rete(*v, "init", "--office-name", "CAV", "--office-kind", "cav").code == 0
    case_id = rete("--vault", vault_dir, "case", "new", "--title", "Caso").out.strip()
    scan = tmp_path / "referto.pdf"
    scan.write_bytes(b"%PDF-1.4 referto")
    assert rete("--vault", vault_dir, "attachment", "add", "--case", case_id, str(scan)).code == 0
    shown = _json.loads(rete("--vault", vault_dir, "case", "show", case_id, "--json").out)
    assert [a["name"] for a in shown["attachments"]] == ["referto.pdf"]
    assert "referto.pdf" in rete("--vault", vault_dir, "case", "show", case_id).out


def test_a_large_file_is_kept_and_saved_chunk_by_chunk(vault: Vault, tmp_path: Path) -> None:
    """A file of several chunks comes back byte for byte, from the vault and as a saved copy,
    and what the export log records is the attachment id."""
    case_id = cases.create_case(vault, "caso")
    source = tmp_path / "referto.pdf"
    source.write_bytes(os.urandom(2 * attachments.CHUNK_SIZE + 123))
    new = attachments.add_file(vault, case_id, source)
    assert vault.query_one("SELECT count(*) FROM attachment_chunks")[0] == 0
    [sealed] = (vault.directory / "attachments").iterdir()
    assert sealed.stat().st_size == source.stat().st_size + 3 * 16  # one tag a piece
    copy = tmp_path / "copia.pdf"
    attachments.export_copy(vault, new, copy)
    assert copy.read_bytes() == source.read_bytes()
    assert attachments.attachment_data(vault, new) == source.read_bytes()
    assert audit.list_entries(vault, case_id=case_id)[0].action == "attachment.read"


def test_a_previewed_file_is_held_in_memory_once(vault: Vault, tmp_path: Path) -> None:
    """The preview reads the whole file: one copy of it, not the chunks and their join
    (a 20 MB scan would otherwise cost 40 MB while the preview opens)."""
    case_id = cases.create_case(vault, "caso")
    source = tmp_path / "scansione.pdf"
    source.write_bytes(os.urandom(16 * attachments.CHUNK_SIZE))
    new = attachments.add_file(vault, case_id, source)
    tracemalloc.start()
    try:
        data = attachments.attachment_data(vault, new)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data == source.read_bytes()
    assert peak < 1.3 * len(data)


@pytest.mark.parametrize("damage", ["flipped", "truncated", "cut_at_a_piece", "extended",
                                    "swapped", "missing"])
def test_a_damaged_file_is_refused_and_no_copy_is_left(
    vault: Vault, tmp_path: Path, damage: str
) -> None:
    case_id = cases.create_case(vault, "caso")
    new = attachments.add_attachment(vault, case_id, "foto.jpg", os.urandom(300_000))
    other = attachments.add_attachment(vault, case_id, "altra.jpg", os.urandom(300_000))
    file, other_file = (vault.query_one("SELECT file FROM attachments WHERE id = ?", (i,))[0]
                        for i in (new, other))
    path = vault.directory / "attachments" / file
    data = path.read_bytes()  # bit rot, a bad copy, or someone editing the file
    if damage == "flipped":
        path.write_bytes(data[:1000] + bytes([data[1000] ^ 1]) + data[1001:])
    elif damage == "truncated":
        path.write_bytes(data[:-1])
    elif damage == "cut_at_a_piece":
        path.write_bytes(data[:attachments.CHUNK_SIZE + 16])
    elif damage == "extended":
        path.write_bytes(data + b"\0")
    elif damage == "swapped":
        path.write_bytes((vault.directory / "attachments" / other_file).read_bytes())
    else:
        path.unlink()
    with pytest.raises(SecurityRefused) as refused:
        attachments.export_copy(vault, new, tmp_path / "copia.jpg")
    assert new in refused.value.message("en")
    assert ("missing" if damage == "missing" else "altered") in refused.value.message("en")
    assert not (tmp_path / "copia.jpg").exists()
    assert not any(e.action == "attachment.export" for e in audit.list_entries(vault))
    assert attachments.attachment_data(vault, other) == \
        sealed_plaintext(vault.directory / "attachments" / other_file,
                         vault.query_one("SELECT file_key FROM attachments WHERE id = ?",
                                         (other,))[0])


def test_a_rolled_back_attachment_leaves_no_file(vault: Vault) -> None:
    case_id = cases.create_case(vault, "caso")
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        attachments.insert_attachment(conn, vault, "a" * 16, case_id, "foto.jpg", b"x" * 9,
                                      None, operator="tester")
        assert len(list((vault.directory / "attachments").iterdir())) == 1
        raise RuntimeError("later step refused")
    assert list((vault.directory / "attachments").iterdir()) == []


def test_a_file_over_the_limit_is_refused_and_nothing_is_kept(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, "caso")
    big = tmp_path / "video.mp4"
    with big.open("wb") as out:
        out.truncate(attachments.MAX_ATTACHMENT_SIZE + 1)
    with pytest.raises(BadInput, match="25"):
        attachments.add_file(vault, case_id, big)
    assert vault.query_one("SELECT count(*) FROM attachments")[0] == 0
    assert not list(vault.directory.glob("attachments/*"))
