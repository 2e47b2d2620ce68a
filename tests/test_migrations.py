"""A vault made by any earlier schema version opens and upgrades in this one."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, SecurityRefused
from rete_desktop.storage import (
    attachments,
    audit,
    cases,
    migrations,
    notes,
    protocols,
    risk,
    search,
    sharing,
    shipped,
)
from rete_desktop.storage.vault import Vault
from tests.sqlcipher_pages import database_plaintext

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "vaults"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*")), ids=lambda p: p.name)
def test_stored_old_vault_opens_and_upgrades(fixture: Path, tmp_path: Path) -> None:
    expected = json.loads((fixture / "expected.json").read_text())
    work = tmp_path / fixture.name
    shutil.copytree(fixture, work)
    with Vault.open(work, expected["passphrase"]) as vault:
        assert vault.schema_version == migrations.LATEST
        assert notes.get_note(vault, expected["note_id"]).text.startswith("Nota scritta")
        assert cases.list_persons(vault, expected["case_id"])[0].exposure.value == "witnessed"
        assert vault.integrity_problems() == []
        assert audit.verify_chain(vault) > 0
        # Vaults made before the database recorded its vault id adopt the key file's.
        assert vault.get_meta("vault_id") == json.loads(
            (work / "keyslots.json").read_text())["vault_id"]
        # 0006: attachments can be added to a case made before they existed.
        new = attachments.add_attachment(vault, expected["case_id"], "referto.pdf", b"%PDF-1.4")
        assert attachments.attachment_data(vault, new) == b"%PDF-1.4"
        # 0007: the case keeps its risk (no assessment yet); the protocol pack is there
        assert cases.get_case(vault, expected["case_id"]).risk.value == "high"
        assert risk.history(vault, expected["case_id"]) == []
        assert protocols.get_protocol(vault, "codice-rosso").version >= 2


@pytest.mark.parametrize("old_version", range(1, migrations.LATEST))
def test_every_earlier_version_upgrades(
    old_version: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:old_version])
    monkeypatch.setattr(migrations, "LATEST", old_version)
    install = shipped.install
    monkeypatch.setattr(shipped, "install", lambda vault: 0)  # older apps shipped no pack
    vault, _ = Vault.create(tmp_path / "v", "old passphrase", office_name="X", office_kind="cav")
    case_id = cases.create_case(vault, "vecchio caso")
    assert vault.schema_version == old_version
    vault.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST", len(full))
    monkeypatch.setattr(shipped, "install", install)
    with Vault.open(tmp_path / "v", "old passphrase") as vault:
        assert vault.schema_version == len(full)
        assert cases.get_case(vault, case_id).title == "vecchio caso"
        # the upgraded office has the network's protocol pack and risk instrument
        assert {p.key for _, p in protocols.list_protocols(vault)} >= {"codice-rosso"}
        assert risk.get_instrument(vault).key == risk.DEFAULT_INSTRUMENT


def test_vault_from_a_newer_program_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = Vault.create(tmp_path / "v", "old passphrase", office_name="X", office_kind="cav")
    vault.close()
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST - 1)
    with pytest.raises(BadInput, match="newer"):
        Vault.open(tmp_path / "v", "old passphrase")


def test_register_rows_gain_their_sender_and_keep_their_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0010: the register is keyed by sender + packet id; rows written before keep their
    evidence, sent rows get this office as sender and received rows their counterpart."""
    full = list(migrations.MIGRATIONS)
    before = next(i for i, sql in enumerate(full) if "CREATE TABLE packet_register_new" in sql)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:before])
    monkeypatch.setattr(migrations, "LATEST", before)
    vault, _ = Vault.create(tmp_path / "v", "old passphrase", office_name="X", office_kind="cav")
    me = vault.query_one("SELECT office_id FROM identity")[0]
    with vault.transaction() as conn:
        for row_id, number, direction, counterparts in (
                ("r1", 1, "sent", '["aaaaaaaaaaaaaaaa"]'),
                ("r2", 2, "received", '["bbbbbbbbbbbbbbbb"]')):
            conn.execute(
                "INSERT INTO packet_register (id, year, number, protocol, direction, packet_id,"
                " kind, created, recorded, counterparts, status) VALUES (?, 2026, ?, ?, ?, ?,"
                " 'referral', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', ?, ?)",
                (row_id, number, f"2026/{number:06d}", direction, "ab" * 16, counterparts,
                 direction))
            conn.execute("INSERT INTO packet_evidence VALUES (?, 'x', ?)", (row_id, b"age"))
    vault.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST", len(full))
    with Vault.open(tmp_path / "v", "old passphrase") as vault:
        rows = vault.query("SELECT r.id, r.sender_office_id, e.data FROM packet_register r"
                           " JOIN packet_evidence e ON e.register_id = r.id ORDER BY r.id")
        # (r2's copy is emptied by 0013: a received referral keeps its hash only)
        assert [tuple(r) for r in rows] == [("r1", me, b"age"), ("r2", "bbbbbbbbbbbbbbbb", b"")]
        assert vault.integrity_problems() == []
        # The evidence still cascades with its register row (the foreign key was carried over).
        fk = vault.query("PRAGMA foreign_key_list(packet_evidence)")
        assert [r[2] for r in fk] == ["packet_register"]


def test_search_index_gains_prefix_indexes_and_keeps_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The prefix-index migration rebuilds the search index: what was found is still found
    (one letter too), newest first, and erasing a case still removes its rows (same rowids)."""
    from rete_desktop.storage import erasure, search

    full = list(migrations.MIGRATIONS)
    before = next(i for i, sql in enumerate(full) if "prefix = '1 2 3'" in sql)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:before])
    monkeypatch.setattr(migrations, "LATEST", before)
    vault, _ = Vault.create(tmp_path / "v", "old passphrase", office_name="X", office_kind="cav")
    kept = cases.create_case(vault, "Maria Rossi — Viadana")
    gone = cases.create_case(vault, "Marta Bianchi — Sabbioneta")
    notes.add_note(vault, kept, "Colloquio con Maria.")
    vault.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST", len(full))
    with Vault.open(tmp_path / "v", "old passphrase") as vault:
        sql = vault.query_one("SELECT sql FROM sqlite_master WHERE name = 'search_index'")[0]
        assert "prefix = '1 2 3'" in sql
        assert [(h.kind, h.case_id) for h in search.search(vault, "m")] == [
            ("note", kept), ("case", gone), ("case", kept)]
        erasure.erase_case(vault, gone)
        assert [h.case_id for h in search.search(vault, "ma")] == [kept, kept]
        assert search.search(vault, "sabbioneta") == []


def test_attachments_move_into_chunks_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0012: each attachment's bytes become 256 KiB chunks that read back to the same file
    (the recorded SHA-256 is checked on every read); an empty file has no chunk."""
    full = list(migrations.MIGRATIONS)
    before = next(i for i, sql in enumerate(full) if "CREATE TABLE attachment_chunks" in sql)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:before])
    monkeypatch.setattr(migrations, "LATEST", before)
    vault, _ = Vault.create(tmp_path / "v", "old passphrase", office_name="X", office_kind="cav")
    case_id = cases.create_case(vault, "Caso con allegati")
    files = {"vuoto.txt": b"", "nota.txt": b"breve", "scansione.pdf": bytes(range(256)) * 2100}
    with vault.transaction() as conn:
        for name, data in files.items():
            conn.execute(
                "INSERT INTO attachments (id, case_id, name, media_type, size, sha256, added,"
                " data) VALUES (?, ?, ?, 'application/octet-stream', ?, ?, ?, ?)",
                (name[:4] * 4, case_id, name, len(data), hashlib.sha256(data).hexdigest(),
                 "2026-01-01T00:00:00+00:00", data))
    vault.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST", len(full))
    with Vault.open(tmp_path / "v", "old passphrase") as vault:
        for name, data in files.items():
            assert attachments.attachment_data(vault, name[:4] * 4) == data
        # 0023 then moved them out of the database into files (see the next test)
        assert vault.query("SELECT count(*) FROM attachment_chunks") == [(0,)]
        assert [a.name for a in attachments.list_attachments(vault, case_id)] == list(files)
        assert vault.integrity_problems() == []
        assert vault.query("PRAGMA foreign_key_check") == []
        # The search still finds a file added after the upgrade by its name (the trigger).
        attachments.add_attachment(vault, case_id, "certificato.pdf", b"%PDF")
        assert any(hit.kind == "attachment" for hit in search.search(vault, "certificato"))


def test_attachments_move_out_of_the_database_into_sealed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0023 and the first unlock after it: each attachment's chunks become a sealed file that
    reads back to the same bytes, and the bytes leave the database's pages; a damaged one
    stays in the database, still refused."""
    full = list(migrations.MIGRATIONS)
    before = next(i for i, sql in enumerate(full) if "ADD COLUMN file_key" in sql)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:before])
    monkeypatch.setattr(migrations, "LATEST", before)
    vault, _ = Vault.create(tmp_path / "v", "old passphrase", office_name="X", office_kind="cav")
    case_id = cases.create_case(vault, "Caso con allegati")
    marker = b"Referto riservato Bellinzona "
    files = {"vuoto.txt": b"", "nota.txt": marker, "scansione.pdf": marker * 30000}
    ids = {name: f"{n:016x}" for n, name in enumerate([*files, "rotto.pdf"])}
    with vault.transaction() as conn:  # as the code before 0023 stored them
        for name, data in {**files, "rotto.pdf": marker * 3}.items():
            for seq, start in enumerate(range(0, len(data), attachments.CHUNK_SIZE)):
                conn.execute("INSERT INTO attachment_chunks VALUES (?, ?, ?)",
                             (ids[name], seq, data[start:start + attachments.CHUNK_SIZE]))
            conn.execute(
                "INSERT INTO attachments (id, case_id, name, media_type, size, sha256, added)"
                " VALUES (?, ?, ?, 'application/pdf', ?, ?, '2026-01-01T00:00:00+00:00')",
                (ids[name], case_id, name, len(data), hashlib.sha256(data).hexdigest()))
        conn.execute("DROP TRIGGER attachment_chunks_append_only_update")
        conn.execute("UPDATE attachment_chunks SET data = zeroblob(length(data))"
                     " WHERE attachment_id = ?", (ids["rotto.pdf"],))
    vault.checkpoint()
    assert marker in database_plaintext(vault.directory, vault.raw_key)  # the check sees it
    vault.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST", len(full))
    with Vault.open(tmp_path / "v", "old passphrase") as vault:
        for name, data in files.items():
            assert attachments.attachment_data(vault, ids[name]) == data
        moved = dict(vault.query("SELECT id, file FROM attachments WHERE file IS NOT NULL"))
        assert set(moved) == {ids[name] for name in files}
        assert sorted(p.name for p in (tmp_path / "v" / "attachments").iterdir()) == \
            sorted(moved.values())
        assert vault.query("SELECT DISTINCT attachment_id FROM attachment_chunks") == \
            [(ids["rotto.pdf"],)]
        with pytest.raises(SecurityRefused):
            attachments.attachment_data(vault, ids["rotto.pdf"])
        assert marker not in database_plaintext(vault.directory, vault.raw_key)
        assert vault.integrity_problems() == [] and audit.verify_chain(vault) > 0


def test_received_referral_copies_are_emptied_and_their_hash_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0013: a received referral's stored bytes go, its SHA-256 and register line stay; sent
    packets and received receipts keep their bytes."""
    full = list(migrations.MIGRATIONS)
    before = next(i for i, sql in enumerate(full)
                  if "WHERE direction = 'received' AND kind = 'referral'" in sql)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:before])
    monkeypatch.setattr(migrations, "LATEST", before)
    vault, _ = Vault.create(tmp_path / "v", "old passphrase", office_name="X", office_kind="cav")
    rows = [("r1", "received", "referral"), ("r2", "sent", "referral"),
            ("r3", "received", "receipt")]
    with vault.transaction() as conn:
        for number, (row_id, direction, kind) in enumerate(rows, start=1):
            conn.execute(
                "INSERT INTO packet_register (id, year, number, protocol, direction,"
                " sender_office_id, packet_id, kind, created, recorded, counterparts, status)"
                " VALUES (?, 2026, ?, ?, ?, 'aaaaaaaaaaaaaaaa', ?, ?, '2026-01-01T00:00:00+00:00',"
                " '2026-01-01T00:00:00+00:00', '[]', ?)",
                (row_id, number, f"2026/{number:06d}", direction, row_id * 16, kind, direction))
            conn.execute("INSERT INTO packet_evidence (register_id, sha256, data)"
                         " VALUES (?, 'ab12', ?)",
                         (row_id, b"age-encryption.org/v1 " + row_id.encode()))
    vault.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST", len(full))
    with Vault.open(tmp_path / "v", "old passphrase") as vault:
        kept = {r[0]: (r[1], bytes(r[2])) for r in vault.query(
            "SELECT register_id, sha256, data FROM packet_evidence")}
    assert kept == {"r1": ("ab12", b""), "r2": ("ab12", b"age-encryption.org/v1 r2"),
                    "r3": ("ab12", b"age-encryption.org/v1 r3")}


def test_free_text_legal_bases_become_sharing_decisions_or_stay_flagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0017: the free text typed with a consent maps to the structured basis when it names one
    basis; a legal obligation or vital interest leaves the consent record (she did not agree);
    anything else stays verbatim, flagged for review."""
    full = list(migrations.MIGRATIONS)
    before = next(i for i, sql in enumerate(full) if "legacy_basis" in sql)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:before])
    monkeypatch.setattr(migrations, "LATEST", before)
    texts = {"consent": "consenso scritto", "norm": "obbligo di legge (art. 331 c.p.p.)",
             "obligation": "obbligo di legge", "vital": "interesse vitale: pericolo di vita",
             "both": "senza consenso, obbligo di legge", "other": "vedi fascicolo cartaceo",
             "no_office": "obbligo di legge"}
    vault, _ = Vault.create(tmp_path / "v", "old passphrase", office_name="X", office_kind="cav")
    ids = {}
    for key, text in texts.items():
        ids[key] = cases.create_case(vault, f"Caso {key}")
        kinds = () if key == "no_office" else (OfficeKind.CAV, OfficeKind.SOCIAL_SERVICES)
        cases.set_consent(vault, ids[key], Consent(share_with=kinds, include_notes=True,
                                                   recorded_on=date(2025, 5, 2),
                                                   legal_basis=text))
    untouched = cases.create_case(vault, "Caso senza testo")
    cases.set_consent(vault, untouched, Consent(share_with=(OfficeKind.CAV,)))
    vault.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST", len(full))
    with Vault.open(tmp_path / "v", "old passphrase") as vault:
        def decided(key: str) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
            return [(d.record.basis.value, d.record.norm, d.record.collected, d.targets)
                    for d in sharing.list_decisions(vault, ids[key])]

        both = ("cav", "social_services")
        assert decided("consent") == [("consent", None, "consenso scritto", both)]
        assert decided("norm") == [("legal_obligation", texts["norm"], None, both)]
        assert decided("obligation") == [("legal_obligation", None, None, both)]
        assert decided("vital") == [("vital_interest", None, None, both)]
        for key in ("both", "other", "no_office"):
            assert decided(key) == [], key
            assert cases.get_case(vault, ids[key]).consent.legal_basis == texts[key]
        for key in ("consent", "norm", "obligation", "vital"):
            consent = cases.get_case(vault, ids[key]).consent
            assert consent.legal_basis is None and consent.include_notes, key
            assert (consent.share_with == ()) == (key != "consent"), key
            (reason,) = {d.record.reason for d in sharing.list_decisions(vault, ids[key])}
            assert texts[key] in reason
        (missing,) = sharing.list_decisions(vault, ids["obligation"])
        assert "norm not given" in sharing.detail(missing.record, "en")
        # sending still works on the true basis, now named as such
        case = cases.get_case(vault, ids["obligation"])
        basis = sharing.allowed(vault, case, "cav")
        assert basis is not None and basis.basis.value == "legal_obligation"
        assert cases.get_case(vault, untouched).consent.share_with == (OfficeKind.CAV,)
        assert sharing.list_decisions(vault, untouched) == []
        assert vault.integrity_problems() == [] and audit.verify_chain(vault) > 0
