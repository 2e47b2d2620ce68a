"""Erasure works for every shape of case the app can build, and leaves no trace of it.

A generator builds cases at a Carabinieri station with each feature alone and all together:
persons, notes and amendments, a draft, attachments, a protocol's tasks, a referral sent (with
its receipt back), a referral received (with the receipt sent), a laboratorio item with the
chair's agenda, decision, minutes and an action on the case's task. Each case is erased through
the CLI; afterwards an independent reader (SQLite3 Multiple Ciphers via apsw) finds none of its
strings in any table, the full-text index's vocabulary, or its shadow tables, nor inside the
stored packets it opens with the office's own key (pyrage and tarfile: the agenda and minutes
received from the chair carried the item), and the hand decryption of every page of the file
and WAL (free pages too) finds none either.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import tarfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pyrage
import pytest

from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import NotFound
from rete_desktop.i18n import translate
from rete_desktop.lab import chair, exchange, items
from rete_desktop.lab import erasure as case_erasure
from rete_desktop.packets import receipts, referral, register
from rete_desktop.packets.packet import unseal
from rete_desktop.storage import (
    attachments,
    audit,
    case_record,
    cases,
    erasure,
    notes,
    protocols,
    risk,
    sharing,
)
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from rete_desktop.transport import deliveries, mime, pec, send, settings
from tests import attack_kit
from tests.conftest import PASSPHRASE, CliRunner, SmallDisk, make_vault
from tests.mail_fixtures import receipt
from tests.packet_fixtures import Office, build_network
from tests.sealed_files import sealed_plaintext
from tests.sqlcipher_pages import (
    database_plaintext,
    old_snapshot_held,
    open_with_sqlite3mc,
)

BIG = "Colloquio lungo. " * 3_000  # ~50 kB per note

FEATURES = ("persons", "notes", "draft", "attachments", "protocol", "referral_sent",
            "referral_received", "laboratorio", "case_record")
# Each feature alone, and all of them together.
SHAPES = [(f,) for f in FEATURES] + [FEATURES]
SURNAMES = itertools.cycle(["Zanardelli", "Bortolotti", "Grisanti", "Malvezzi", "Pedrazzoli",
                            "Cavalcabo", "Ferrarini", "Sbravati", "Tagliavini", "Ugolotti"])
# Tables holding rows of a case that erasure removes only through the case row's trigger.
_BY_TRIGGER = {"search_keys"}
_CASE_TARGETS = {"cases", "persons", "notes", "tasks", "attachments", "packet_register",
                 "lab_items"}


@dataclass
class Built:
    case_id: str
    secrets: set[str] = field(default_factory=set)  # every string that must leave the file
    tokens: set[str] = field(default_factory=set)  # words that must leave the search index
    in_packets: set[str] = field(default_factory=set)  # inside stored packets of no case


def test_every_table_holding_case_data_is_in_the_erasure_list(vault: Vault) -> None:
    """A new table with a case_id, or a reference to a case's rows, must be added to
    erasure.CASE_DATA (with what erasure does to it) before this test passes again."""
    listed = {d.table: set(d.refers_to) for d in erasure.CASE_DATA}
    tables = [r[0] for r in vault.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        columns = {r[1] for r in vault.query(f"PRAGMA table_info('{table}')")}
        targets = {r[2] for r in vault.query(f"PRAGMA foreign_key_list('{table}')")}
        if table in ("cases", *_BY_TRIGGER) or not ("case_id" in columns
                                                      or targets & _CASE_TARGETS):
            continue
        assert table in listed, f"{table} holds case data: add it to erasure.CASE_DATA"
        assert targets & _CASE_TARGETS <= listed[table], (table, targets)


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Office]:
    return build_network(tmp_path_factory.mktemp("net"))


def _persons(vault: Vault, built: Built, case_id: str, surname: str, n: int) -> None:
    woman, man, child = f"Ornella {surname}", f"Gualtiero {surname}i", f"Nives {surname}"
    cases.add_person(vault, case_id, "victim", woman, birth_year=1987, phone=f"0375 91{n:04d}",
                     address=f"Via {surname}a 7, Gussola")
    cases.add_person(vault, case_id, "offender", man, birth_year=1982, phone=f"333 555{n:04d}")
    cases.add_person(vault, case_id, "child", child, birth_year=2017, exposure="witnessed")
    built.secrets |= {woman, man, child, f"Via {surname}a 7", f"+39037591{n:04d}",
                      f"+39333555{n:04d}"}
    built.tokens |= {surname.lower(), f"{surname.lower()}i", f"{surname.lower()}a"}


def _build(cc: Vault, cav: Vault, shape: tuple[str, ...], n: int) -> Built:
    surname = next(SURNAMES)
    marker = f"riservato{n}q"
    if "referral_received" in shape:  # the case arrives from the centre as a referral
        their = cases.create_case(cav, f"Invio {marker}", risk="high")
        cases.add_person(cav, their, "victim", f"Elvira {surname}o")
        notes.add_note(cav, their, f"Nota inviata {marker}rx", "interview")
        cases.set_consent(cav, their, Consent(share_with=(OfficeKind.CARABINIERI,),
                                              include_notes=True))
        packet, _ = referral.export_referral(cav, their, [_office_id(cc)],
                                             notes_choice=referral.NoteChoice("all"))
        received = referral.import_referral(cc, packet.data)
        assert received.case_id is not None
        case_id = received.case_id
        receipts.import_receipt(cav, receipts.make_receipt(cc, packet.packet_id).data)
        built = Built(case_id, {f"Elvira {surname}o", f"Nota inviata {marker}rx"},
                      {f"{surname.lower()}o", f"{marker}rx"})
    else:
        case_id = cases.create_case(cc, f"Fascicolo {marker}t", risk="medium")
        built = Built(case_id, {f"Fascicolo {marker}t"}, {f"{marker}t"})
    if "persons" in shape:
        _persons(cc, built, case_id, surname, n)
    if "notes" in shape:
        note = notes.add_note(cc, case_id, f"Colloquio {marker}n: casa rifugio", "interview")
        notes.amend_note(cc, note, f"Rettifica {marker}a: casa rifugio altrove")
        built.secrets |= {f"Colloquio {marker}n", f"Rettifica {marker}a"}
        built.tokens |= {f"{marker}n", f"{marker}a"}
    if "draft" in shape:
        notes.save_draft(cc, case_id, f"Bozza {marker}d non salvata")
        built.secrets.add(f"Bozza {marker}d non salvata")
    if "attachments" in shape:
        attachments.add_attachment(cc, case_id, f"referto-{marker}f.pdf",
                                   b"%PDF-1.4 " + f"contenuto {marker}b".encode() * 2000)
        built.secrets |= {f"referto-{marker}f.pdf", f"contenuto {marker}b"}
        built.tokens.add(f"{marker}f")
    if "protocol" in shape:
        sample = protocols.sample_protocol_files()[0].read_bytes()
        protocol = cc.query_one("SELECT id FROM protocols LIMIT 1") or (
            protocols.import_protocol(cc, sample),)
        protocols.apply_protocol(cc, case_id, protocol[0], date.today())
    if "referral_sent" in shape:
        cases.set_consent(cc, case_id, Consent(share_with=(OfficeKind.CAV,), include_notes=True))
        packet, _ = referral.export_referral(cc, case_id, [_office_id(cav)],
                                             notes_choice=referral.NoteChoice("all"))
        referral.import_referral(cav, packet.data)
        receipts.import_receipt(cc, receipts.make_receipt(cav, packet.packet_id).data)
    if "case_record" in shape:
        _case_record(cc, case_id, marker)
        built.secrets |= {f"Motivo {marker}r", f"Ammonimento {marker}m"}
    if "laboratorio" in shape:
        _laboratorio(cc, cav, case_id, marker)
        built.secrets |= {f"Richiesta {marker}l", f"Decisione {marker}e"}
        built.in_packets |= {f"Richiesta {marker}l", f"Decisione {marker}e"}
    return built


def _case_record(vault: Vault, case_id: str, marker: str) -> None:
    """A risk assessment, relations, forms of violence, a measure, a shelter stay and a sharing
    decision (issue 11's case record)."""
    instrument = risk.get_instrument(vault)
    risk.assess(vault, case_id, {item.id: "yes" for area in instrument.areas
                                 for item in area.items}, reason=f"Motivo {marker}r")
    persons = cases.list_persons(vault, case_id)
    if len(persons) >= 2:
        case_record.relate(vault, case_id, persons[1].id, persons[0].id, "partner")
    case_record.set_forms(vault, case_id, "physical,psychological")
    case_record.add_measure(vault, case_id, "police_warning", date.today(),
                            f"Ammonimento {marker}m")
    case_record.add_service(vault, case_id, "shelter", start_on=date.today(), children=1)
    sharing.record_decision(vault, case_id, "cav", "consent", reason="lo chiede lei",
                            collected="scritto")


def _laboratorio(cc: Vault, cav: Vault, case_id: str, marker: str) -> None:
    """Item to the chair, agenda, a decision and an action on it, minutes back to the office."""
    sharing.record_decision(cc, case_id, sharing.LABORATORIO, "consent",
                            reason="discussione in rete", collected="scritto")
    item = exchange.import_lab_packet(
        cav, exchange.send_item(cc, case_id, _office_id(cav), f"Richiesta {marker}l").data)
    meeting_id = chair.create_agenda(cav, date.today() + timedelta(days=3), [_office_id(cc)],
                                       [item.ref_id])
    chair.set_details(cav, meeting_id, urgent=[item.ref_id])  # discussed as an urgency
    exchange.import_lab_packet(cc, exchange.send_agenda(cav, meeting_id, [_office_id(cc)])[0].data)
    chair.add_decision(cav, meeting_id, f"Decisione {marker}e", item.ref_id)
    chair.add_action(cav, meeting_id, "Verificare la misura", _office_id(cc),
                       date.today() + timedelta(days=9), item.ref_id)
    minutes, _ = exchange.send_minutes(cav, meeting_id, [_office_id(cc)])
    assert exchange.import_lab_packet(cc, minutes.data).my_actions


def _office_id(vault: Vault) -> str:
    return str(vault.query_one("SELECT id FROM offices WHERE is_self = 1")[0])


def _independent_dump(vault: Vault) -> tuple[bytes, set[str]]:
    tables, vocabulary = _independent_tables(vault)
    return b"\n".join(tables.values()), vocabulary


PACKETS = "stored packets, opened"
FILES = "attachment files, opened"


def _independent_tables(vault: Vault) -> tuple[dict[str, bytes], set[str]]:
    """Every table's rows (FTS shadow tables included), the stored packets opened with the
    office's key (under :data:`PACKETS`), the attachment files opened with their rows' keys
    (under :data:`FILES`; the folder holds no other file) and the index vocabulary, as read
    by SQLite3 Multiple Ciphers from the file alone."""
    vault.checkpoint()
    conn = open_with_sqlite3mc(vault.directory / "vault.db", vault.raw_key)
    try:
        tables, age_files = {}, []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " AND sql NOT LIKE 'CREATE VIRTUAL%'").fetchall():
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            tables[table] = b"\n".join(
                repr(r).encode() + b"".join(v for v in r if isinstance(v, bytes)) for r in rows)
            age_files += [v for r in rows for v in r
                          if isinstance(v, bytes) and v.startswith(b"age-encryption.org/v1\n")]
        (keys,) = conn.execute("SELECT secret_keys FROM identity").fetchone()
        tables[PACKETS] = b"\n".join(_opened(blob, keys) for blob in age_files)
        sealed = conn.execute("SELECT file, file_key FROM attachments"
                              " WHERE file IS NOT NULL").fetchall()
        folder = vault.directory / "attachments"
        tables[FILES] = b"\n".join(sealed_plaintext(folder / f, k) for f, k in sealed)
        assert {p.name for p in folder.glob("*")} == {f for f, _ in sealed}  # no stray file
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search_index, row)")
        vocabulary = {r[0] for r in conn.execute("SELECT term FROM temp.vocab")}
    finally:
        conn.close()
    return tables, vocabulary


def _opened(data: bytes, secret_keys: bytes) -> bytes:
    """An age file decrypted with the office's X25519 identity (found in its secret-key blob),
    its tar's members and the inflated streams of any PDF among them."""
    identity = re.search(rb"AGE-SECRET-KEY-1[0-9A-Z]+", secret_keys)
    assert identity is not None
    try:
        plain = pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(identity.group().decode())])
    except pyrage.DecryptError:
        return b""  # a packet not encrypted to this office
    opened = []
    with tarfile.open(fileobj=io.BytesIO(plain)) as archive:
        for member in archive.getmembers():
            body = archive.extractfile(member)
            content = body.read() if body else b""
            opened.append(content)
            for stream in re.findall(rb"stream\r?\n(.*?)endstream", content, re.DOTALL):
                try:
                    opened.append(zlib.decompress(stream))
                except zlib.error:
                    continue
    return b"\n".join(opened)


@pytest.fixture(scope="module")
def shaped(network: dict[str, Office]) -> Iterator[tuple[Office, list[tuple[tuple[str, ...],
                                                                          Built]]]]:
    with network["carabinieri"].open() as cc, network["cav"].open() as cav:
        built = [(shape, _build(cc, cav, shape, n)) for n, shape in enumerate(SHAPES)]
    yield network["carabinieri"], built


@pytest.mark.parametrize("index", range(len(SHAPES)), ids=["+".join(s) for s in SHAPES])
def test_each_shape_of_case_is_erased_without_a_trace(
    shaped: tuple[Office, list[tuple[tuple[str, ...], Built]]], rete: CliRunner, index: int
) -> None:
    office, built_cases = shaped
    shape, built = built_cases[index]
    with office.open() as vault:
        dump, vocabulary = _independent_dump(vault)
        assert all(s.encode() in dump for s in built.secrets)  # the check can see them
        assert all(s.encode() in _independent_tables(vault)[0][PACKETS]
                   for s in built.in_packets)
        assert built.tokens <= vocabulary
        register_before = vault.query_one("SELECT count(*) FROM packet_register")[0]

    r = rete("--vault", str(office.path), "case", "erase", built.case_id, "--yes", "--json")

    assert r.code == 0, r.err
    assert json.loads(r.out)["cleanup_error"] is None and "erased for good" in r.err
    if shape == ("referral_received",):  # the referral's digest (no copy kept), the receipt
        assert "2 stored packet copies or digests" in r.err, r.err
    with office.open() as vault:
        dump, vocabulary = _independent_dump(vault)
        pages = database_plaintext(vault.directory, vault.raw_key)
        for secret in built.secrets:
            assert secret.encode() not in dump and secret.encode() not in pages, secret
        assert not built.tokens & vocabulary
        for token in built.tokens:  # nor in the index's shadow tables, free pages included
            assert token.encode() not in dump and token.encode() not in pages, token
        assert vault.query_one("SELECT count(*) FROM search_index WHERE case_id = ?",
                               (built.case_id,))[0] == 0
        assert vault.query_one("SELECT count(*) FROM packet_register")[0] == register_before
        assert vault.query("PRAGMA foreign_key_check") == []
        assert vault.integrity_problems() == [] and audit.verify_chain(vault) > 0
        _register_keeps_only_protocol_date_counterpart(vault, built.case_id)


def _register_keeps_only_protocol_date_counterpart(vault: Vault, case_id: str) -> None:
    for row in vault.query("SELECT case_id, counterparts FROM packet_register"):
        assert row[0] != case_id
        assert all(len(o) == 16 for o in json.loads(row[1]))  # office ids, no names


def test_erased_laboratorio_item_is_not_linkable_through_the_audit_log(
    tmp_path: Path
) -> None:
    """The audit log ties the case id to its laboratorio code for good; after the erasure no
    row holds that code any more (the item's summary, the meeting documents, the actions)."""
    net = build_network(tmp_path / "net")
    with net["carabinieri"].open() as cc, net["cav"].open() as cav:
        other = _build(cc, cav, ("laboratorio",), 98)
        kept = _lab_copies(cc)
        built = _build(cc, cav, ("persons", "protocol", "laboratorio"), 99)
        (code,) = cc.query_one("SELECT code FROM lab_case_codes WHERE case_id = ?",
                               (built.case_id,))
        assert any(code in e.detail for e in audit.list_entries(cc, built.case_id))
        item_ids = {r[0] for r in cc.query("SELECT id FROM lab_items WHERE case_id = ?",
                                           (built.case_id,))}
        assert item_ids and any(i in r[0] for i in item_ids
                                for r in cc.query("SELECT agenda FROM lab_meetings"))
        copies = _lab_copies(cc) - kept
        report = case_erasure.erase_case(cc, built.case_id)
        tables, _ = _independent_tables(cc)
        assert [t for t, rows in tables.items() if code.encode() in rows] == ["audit"]
        # nor its item id among the meeting's urgencies (agenda and minutes as received)
        assert not [t for t, rows in tables.items() if t.startswith("lab_")
                    and any(i.encode() in rows for i in item_ids)]
        assert {t for t, rows in tables.items() if b"Verificare la misura" in rows} >= {
            "lab_actions", PACKETS}  # the action stays, unlinked; so do the other case's copies
        # The received agenda and minutes stay in the register with their digest, not their bytes.
        assert report.counts["packet_copies"] == 2 and len(copies) == 2
        for entry_id, kind, sha256 in copies:
            assert cc.query_one("SELECT sha256, length(data) FROM packet_evidence"
                                " WHERE register_id = ?", (entry_id,)) == (sha256, 0)
            with pytest.raises(NotFound) as gone:
                register.evidence(cc, entry_id)
            assert "removed on" in gone.value.message("en"), kind
        assert all(register.evidence(cc, entry_id) for entry_id, _, _ in kept)
        assert _lab_copies(cc) == kept | copies and cases.exists(cc, other.case_id)


def _lab_copies(vault: Vault) -> set[tuple[str, str, str]]:
    """The register rows of the agenda and minutes packets, with their kept digests."""
    return {tuple(r) for r in vault.query(  # type: ignore[misc]
        "SELECT r.id, r.kind, e.sha256 FROM packet_register r JOIN packet_evidence e"
        " ON e.register_id = r.id WHERE r.kind IN ('agenda', 'minutes')")}


def test_erasure_on_a_nearly_full_disk_succeeds_and_leaves_nothing(
    small_disk: SmallDisk, rete: CliRunner
) -> None:
    """No room left for a copy of the file: the erasure needs none, since its deletes overwrite
    the content in place and the WAL is folded back into the file."""
    vault_dir = small_disk.path / "vault"
    with make_vault(vault_dir) as vault:
        keep = cases.create_case(vault, "resta")
        for i in range(8):
            notes.add_note(vault, keep, f"{i} {BIG}")
            vault.checkpoint()
        gone = cases.create_case(vault, "Fascicolo da cancellare")
        cases.add_person(vault, gone, "victim", "Ornella Zanichelli")
        notes.add_note(vault, gone, "Colloquio riservatissimo sulla casa rifugio", "interview")
        vault.checkpoint()
    size_kib = (vault_dir / "vault.db").stat().st_size // 1024
    small_disk.fill(leave_kib=size_kib // 3)

    r = rete("--vault", str(vault_dir), "case", "erase", gone, "--yes")

    assert r.code == 0, r.err
    assert "erased for good" in r.err and "clean-up" not in r.err
    small_disk.free()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.get_meta(erasure.CLEANUP_PENDING) is None
        pages = database_plaintext(vault.directory, vault.raw_key)
        assert b"Zanichelli" not in pages and b"riservatissimo" not in pages
        assert vault.query_one("SELECT count(*) FROM cases")[0] == 1


def test_a_failed_clean_up_says_the_case_is_erased_and_what_is_left(
    vault: Vault, rete: CliRunner
) -> None:
    """A reader holding an old snapshot keeps the WAL from being folded: the erasure still
    stands, the message says so and what to do, and the next unlock (here 'vault check''s)
    finishes the clean-up."""
    gone = cases.create_case(vault, "Fascicolo da cancellare")
    cases.add_person(vault, gone, "victim", "Ornella Zanichelli")
    vault.checkpoint()
    vault.conn.execute("PRAGMA busy_timeout = 100")

    with old_snapshot_held(vault.directory, vault.raw_key):
        report = erasure.erase_case(vault, gone)

    assert report.cleanup_error == "database busy"
    assert cases.count_cases(vault) == 0 and vault.get_meta(erasure.CLEANUP_PENDING) == "1"
    text = translate("erasure.cleanup_failed", "en", reason=report.cleanup_error)
    assert text.startswith("The case is erased") and "No change was saved" not in text
    directory = vault.directory
    vault.close()
    r = rete("--vault", str(directory), "vault", "check")
    assert r.code == 0, r.err
    with Vault.open(directory, PASSPHRASE) as reopened:
        assert reopened.get_meta(erasure.CLEANUP_PENDING) is None
        assert b"Zanichelli" not in database_plaintext(directory, reopened.raw_key)


def test_erasing_a_case_empties_only_its_own_pec_proofs(tmp_path: Path) -> None:
    """A PEC proof is about a packet this office sent. Another office may send us a referral
    under one of our packet ids (it saw the id as a recipient); erasing the case filed from it
    must not empty the proof of our own packet, which belongs to a case that stays."""
    net = build_network(tmp_path / "net")
    cav = net["cav"]
    with net["carabinieri"].open() as cc, cav.open() as cav_vault:
        keep = cases.create_case(cc, "Fascicolo che resta")
        cases.add_person(cc, keep, "victim", "Ornella Zanardelli", birth_year=1987)
        cases.set_consent(cc, keep, Consent(share_with=(OfficeKind.CAV,)))
        ours, _ = referral.export_referral(cc, keep, [cav.office_id])
        proof = _pec_delivery_proof(cc, ours.packet_id, cav.office_id)
        theirs = cases.create_case(cav_vault, "Invio dal centro")
        cases.add_person(cav_vault, theirs, "victim", "Elvira Bortolotti")
        cases.set_consent(cav_vault, theirs, Consent(share_with=(OfficeKind.CARABINIERI,)))
        honest, _ = referral.export_referral(cav_vault, theirs, [_office_id(cc)])
        cav_keys = load_identity(cav_vault).keys
        shadow = _resent_under(honest.data, ours.packet_id, load_identity(cc).keys, cav_keys)
        filed = referral.import_referral(cc, shadow)
        assert filed.case_id is not None and filed.packet.manifest.packet_id == ours.packet_id

        case_erasure.erase_case(cc, filed.case_id)

        assert b"avvenuta-consegna" in _stored_proof(cc, proof)
        case_erasure.erase_case(cc, keep)  # its own case's erasure empties it, keeping the facts
        assert cc.query_one("SELECT length(data), kind, sha256 IS NOT NULL FROM delivery_proofs"
                            " WHERE id = ?", (proof,)) == (0, "avvenuta-consegna", 1)


def _pec_delivery_proof(vault: Vault, packet_id: str, recipient: str) -> str:
    """The packet goes out as a PEC message and the provider's signed delivery receipt comes
    back, filed by the app's PEC code; returns the stored proof's id."""
    folder = vault.directory.parent / "out"
    folder.mkdir(exist_ok=True)
    settings.save_folder(vault, settings.make_folder_settings(str(folder), str(folder), "cc"))
    send.queue_packet(vault, packet_id, [recipient])
    msgid = f"<{packet_id}@pec.rete.test>"
    deliveries.set_state(vault, packet_id, recipient, deliveries.SENT, message_id=msgid)
    account = settings.make_mail_settings(
        address="cc@pec.rete.test", imap_host="imap.pec.test", imap_port=993,
        smtp_host="smtp.pec.test", smtp_port=465, user="cc", pec=True)
    raw = receipt("avvenuta-consegna", msgid, "cc@pec.rete.test", "cav@pec.rete.test")
    arrival = pec.file_receipt(vault, account, mime.parse(raw), raw)
    assert arrival.reason is None and arrival.packet_id == packet_id  # trusted, linked
    (proof,) = vault.query_one("SELECT id FROM delivery_proofs WHERE packet_id = ? AND trusted",
                               (packet_id,))
    return str(proof)


def _stored_proof(vault: Vault, proof_id: str) -> bytes:
    return bytes(vault.query_one("SELECT data FROM delivery_proofs WHERE id = ?", (proof_id,))[0])


def _resent_under(data: bytes, packet_id: str, reader: OfficeKeys, sender: OfficeKeys) -> bytes:
    """The sender's honest referral, re-signed by the sender under another packet id."""
    opened = unseal(data, reader.age_identity_string())
    manifest = json.loads(opened.members["manifest.json"])
    manifest["packet_id"] = packet_id
    parts = {p["name"]: (p["media_type"], opened.members[f"parts/{p['name']}"])
             for p in manifest["parts"]}
    kit_packet = attack_kit.Packet(
        sender.signing_key, manifest["sender"]["office_id"],
        {r: reader.encryption_recipient() for r in manifest["recipients"]},
        sender.encryption_recipient(), parts, kind="referral", packet_id=packet_id)
    body = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return kit_packet.seal(kit_packet.plaintext(body.encode()))


def test_the_chairs_own_case_leaves_its_sent_agenda_and_minutes_copies(tmp_path: Path) -> None:
    """The chair (the CAV) brings one of its own cases: the agenda and minutes it *sent* hold
    the item too (every packet is encrypted to its sender as well), and go the same way."""
    net = build_network(tmp_path / "net")
    with net["cav"].open() as cav:
        case_id = cases.create_case(cav, "Caso del centro")
        cases.add_person(cav, case_id, "victim", "Ornella Ugolotti", birth_year=1987)
        sharing.record_decision(cav, case_id, sharing.LABORATORIO, "consent",
                                reason="discussione in rete", collected="scritto")
        item = items.queue_own_item(cav, case_id, "Richiesta riservata77q per la rete")
        to = [net["carabinieri"].office_id]
        meeting_id = chair.create_agenda(cav, date.today() + timedelta(days=3), to, [item])
        agenda, _ = exchange.send_agenda(cav, meeting_id, to)
        folder = tmp_path / "out"
        folder.mkdir()
        settings.save_folder(cav, settings.make_folder_settings(str(folder), str(folder), "cav"))
        send.queue_packet(cav, agenda.packet_id, to)  # not yet sent when the case is erased
        chair.add_decision(cav, meeting_id, "Decisione riservata77e", item)
        chair.set_details(cav, meeting_id, urgent=[item])
        exchange.send_minutes(cav, meeting_id, to)
        assert b"riservata77q" in _independent_tables(cav)[0][PACKETS]

        report = case_erasure.erase_case(cav, case_id)

        assert report.counts["packet_copies"] == 2
        tables, _ = _independent_tables(cav)
        dump = b"\n".join(tables.values())
        assert b"riservata77" not in dump and b"Ugolotti" not in dump
        assert item.encode() not in tables["lab_meetings"]  # nor among the urgencies
        assert cav.query_one("SELECT count(*) FROM packet_register WHERE kind IN"
                             " ('agenda', 'minutes') AND direction = 'sent'")[0] == 2
        # the queued agenda cannot go any more, and says why without stopping the others
        (tried,) = send.retry(cav)
        assert tried.state == deliveries.FAILED and "erasure" in tried.reason_text("en")
