"""Attacks on packet import (issue 18), each crafted with tests/attack_kit.py, never our writer.

Every attack must be refused with its own verdict and leave every table of the vault unchanged
(all tables are counted, not a chosen few). The large inputs of the same attacks are in the
slow-marked tests; ``benchmarks/packet_attacks.py`` times each refusal.
"""

# ruff: noqa: F811  (the shared fixtures are imported by name, then requested as arguments)
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, ReteError
from rete_desktop.lab import exchange, items
from rete_desktop.lab.pseudonymise import document_json
from rete_desktop.packets import directory, receipts, referral, register
from rete_desktop.packets.packet import receive_any, receive_packet
from rete_desktop.storage import cases, sharing
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from tests import attack_kit as kit
from tests.packet_fixtures import Office, build_network, cav, every_table, keys, net  # noqa: F401

ANY_KIND = ("agenda-item", "referral", "receipt")
PARTS = kit.with_parts({"item.json": b'{"n": 1}'})


def refused(vault: Vault, data: bytes, message_id: str) -> ReteError:
    before = every_table(vault)
    with pytest.raises(ReteError) as info:
        receive_packet(vault, data, ANY_KIND)
    assert info.value.message_id == message_id, info.value
    assert every_table(vault) == before
    return info.value


def packet(net: dict[str, Office], keys: dict[str, OfficeKeys], sender: str = "carabinieri",
           to: tuple[str, ...] = ("cav",), **kw: object) -> kit.Packet:
    return kit.Packet(
        keys[sender].signing_key, net[sender].office_id,
        {net[o].office_id: keys[o].encryption_recipient() for o in to},
        keys[sender].encryption_recipient(), dict(PARTS), **kw)  # type: ignore[arg-type]


def test_the_kits_packet_is_accepted(net, keys, cav) -> None:
    """The contrast: an honest packet from the independent kit opens and is filed."""
    received = receive_packet(cav, packet(net, keys).seal(), ANY_KIND)
    assert received.packet.parts == {"item.json": b'{"n": 1}'}


# --- 1. stalling the age layer ----------------------------------------------------------------


def test_a_few_thousand_fake_stanzas_are_refused_before_decryption(net, keys, cav) -> None:
    data = kit.stuffed(packet(net, keys).seal(), kit.fake_stanzas(3000))
    assert len(data) > 250_000
    assert refused(cav, data, "packet.age_header_too_large").exit_code == 4


@pytest.mark.slow
def test_a_twelve_megabyte_stanza_bomb_is_refused(net, keys, cav) -> None:
    data = kit.stanza_bomb(packet(net, keys).seal(), 12 * kit.MIB)
    assert len(data) > 12 * kit.MIB
    refused(cav, data, "packet.age_header_too_large")


# --- 2. stalling the tar layer ------------------------------------------------------------------


def test_a_pax_redos_header_is_refused_on_its_type(net, keys, cav) -> None:
    p = packet(net, keys)
    assert refused(cav, kit.pax_redos(p, 20_000), "packet.unsafe_archive").exit_code == 5


@pytest.mark.slow
def test_a_half_megabyte_pax_redos_is_refused(net, keys, cav) -> None:
    refused(cav, kit.pax_redos(packet(net, keys), 512 * 1024), "packet.unsafe_archive")


def test_a_damaged_second_tar_header_is_a_damaged_file(net, keys, cav) -> None:
    p = packet(net, keys)
    plain = bytearray(p.plaintext())
    manifest_blocks = 1 + -(-len(p.manifest_bytes()) // 512)
    plain[manifest_blocks * 512 + 3] ^= 0x01  # manifest.sig's header
    error = refused(cav, p.seal(bytes(plain)), "packet.damaged_archive")
    assert error.exit_code == 4
    assert "damaged" in error.message("en") and "danneggiato" in error.message("it")


# --- 4. unsigned bytes and re-encryption ---------------------------------------------------------


@pytest.mark.parametrize("extra", [b"\x01", b"not signed" * 100])
def test_data_after_the_end_of_the_archive_is_refused(net, keys, cav, extra) -> None:
    p = packet(net, keys)
    plain = p.plaintext()
    end = len(plain.rstrip(b"\0")) + 1024 + 512  # past the end marker, inside the padding
    end = -(-end // 512) * 512
    tampered = plain[:end] + extra + plain[end + len(extra) :]
    refused(cav, p.seal(tampered), "packet.unsafe_archive")


def test_appended_bytes_beyond_the_bucket_are_refused(net, keys, cav) -> None:
    p = packet(net, keys)
    refused(cav, p.seal(p.plaintext() + b"appended evidence"), "packet.unsafe_archive")


def test_a_co_recipient_cannot_re_encrypt_to_fewer_readers(net, keys, cav) -> None:
    """Social services, co-recipient of a packet to the CAV and itself, decrypts it and
    re-encrypts the same signed tar to the CAV alone (hiding that it was a reader)."""
    p = packet(net, keys, to=("cav", "social"))
    refused(cav, p.seal(to=[keys["cav"].encryption_recipient()]), "packet.recipients_mismatch")


def test_a_co_recipient_cannot_add_a_reader(net, keys, cav) -> None:
    p = packet(net, keys, to=("cav",))
    outsider = kit.pyrage.x25519.Identity.generate().to_public()
    to = [keys["cav"].encryption_recipient(), keys["carabinieri"].encryption_recipient(),
          str(outsider)]
    refused(cav, p.seal(to=to), "packet.recipients_mismatch")


# --- 3. shadowing by a co-recipient ---------------------------------------------------------------


def _referral_to_cav_and_social(net: dict[str, Office]) -> tuple[bytes, str]:
    with net["carabinieri"].open() as vault:
        case_id = cases.create_case(vault, "Caso condiviso", risk="high")
        cases.add_person(vault, case_id, "victim", "Anna Prova", birth_year=1990)
        cases.set_consent(vault, case_id, Consent(
            share_with=(OfficeKind.CAV, OfficeKind.SOCIAL_SERVICES)))
        sealed, _ = referral.export_referral(
            vault, case_id, [net["cav"].office_id, net["social"].office_id])
    return sealed.data, sealed.packet_id


def test_a_co_recipient_reusing_the_packet_id_does_not_shadow_the_sender(
        net, keys, cav) -> None:
    real, packet_id = _referral_to_cav_and_social(net)
    # Social services saw the id (it is a co-recipient) and sends the CAV its own packet first.
    shadow = packet(net, keys, sender="social", packet_id=packet_id).seal()
    receive_packet(cav, shadow, ANY_KIND)
    received = referral.import_referral(cav, real)
    assert received.packet.sender.office_id == net["carabinieri"].office_id
    rows = cav.query("SELECT sender_office_id FROM packet_register WHERE packet_id = ?",
                     (packet_id,))
    assert sorted(r[0] for r in rows) == sorted([net["carabinieri"].office_id,
                                                 net["social"].office_id])
    # The receipt needs to know whose packet; it then goes to, and names, the real sender.
    with pytest.raises(BadInput) as ambiguous:
        receipts.make_receipt(cav, packet_id)
    assert ambiguous.value.message_id == "packet.ambiguous_id"
    sealed = receipts.make_receipt(cav, packet_id, net["carabinieri"].office_id)
    with net["carabinieri"].open() as sender:
        receipts.import_receipt(sender, sealed.data)
        entry = register.get_entry(sender, packet_id, register.SENT)
        assert entry.acknowledged_by == (net["cav"].office_id,)
    with net["social"].open() as social:
        with pytest.raises(ReteError) as info:
            receipts.import_receipt(social, sealed.data)
        assert info.value.message_id == "packet.not_for_us"


def test_a_receipt_naming_another_sender_is_refused(net, keys) -> None:
    real, packet_id = _referral_to_cav_and_social(net)
    with net["cav"].open() as cav:
        referral.import_referral(cav, real)
    doc = {"format": "rete-receipt/1", "packet_id": packet_id, "sender": net["social"].office_id,
           "protocol": "2026/000001", "received": "2026-01-01T00:00:00+00:00",
           "status": "received"}
    forged = packet(net, keys, sender="cav", to=("carabinieri",), kind="receipt",
                    extra={"in_reply_to": packet_id})
    forged.parts = {"receipt.json": ("application/json", json.dumps(doc).encode())}
    with net["carabinieri"].open() as sender:
        before = every_table(sender)
        with pytest.raises(ReteError) as info:
            receipts.import_receipt(sender, forged.seal())
        assert info.value.message_id == "packet.not_rete"
        assert "il campo «receipt.json.sender» non è valido" in info.value.message("it")
        assert every_table(sender) == before


# --- fuzz: the whole import path ----------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzzed_kit_packets_are_refused_cleanly_or_filed_whole(net, keys, cav, data) -> None:
    p = packet(net, keys)
    plain = bytearray(p.plaintext())
    region = len(bytes(plain).rstrip(b"\0")) + 2048
    for _ in range(data.draw(st.integers(1, 4))):
        plain[data.draw(st.integers(0, min(region, len(plain) - 1)))] = data.draw(
            st.integers(0, 255))
    sealed = p.seal(bytes(plain))
    if data.draw(st.booleans()):
        sealed = kit.stuffed(sealed, kit.fake_stanzas(data.draw(st.integers(0, 80))))
    before = every_table(cav)
    try:
        received = receive_any(cav, sealed, {"agenda-item": lambda *_: None})
    except ReteError as error:
        assert error.exit_code in (4, 5)
        assert every_table(cav) == before
        return
    assert received.packet.parts == {"item.json": b'{"n": 1}'}


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs OpenSSH's ssh-keygen")
def test_stock_ssh_keygen_verifies_the_kits_signature(tmp_path: Path) -> None:
    """The kit's SSHSIG is the real format, not a mirror of our verifier."""
    key = kit.Ed25519PrivateKey.generate()
    message = b'{"format":"rete-packet/1"}'
    (tmp_path / "allowed").write_text(f"office {kit.ssh_public(key)}\n")
    (tmp_path / "sig").write_bytes(kit.sshsig(key, message))
    result = subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-n", "rete-packet-v1", "-I", "office", "-f",
         str(tmp_path / "allowed"), "-s", str(tmp_path / "sig")],
        input=message, capture_output=True, check=False)
    assert result.returncode == 0, result.stderr


# --- a revoked sender ---------------------------------------------------------------------------


def test_a_packet_dated_before_its_senders_revocation_is_still_refused(tmp_path) -> None:
    """`created` is the sender's own claim: a revoked key could backdate it (docs)."""
    offices = build_network(tmp_path)
    keys = {name: office_keys_of(office) for name, office in offices.items()}
    p = packet(offices, keys)
    p.extra["created"] = (datetime.now(UTC) - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with offices["cav"].open() as vault:
        directory.revoke_member(vault, offices["carabinieri"].office_id)
        error = refused(vault, p.seal(), "packet.sender_revoked_before")
    assert error.exit_code == 5
    assert "backdate" in error.message("en") and "retrodatarlo" in error.message("it")


def office_keys_of(office: Office) -> OfficeKeys:
    with office.open() as vault:
        return load_identity(vault).keys


def test_a_laboratorio_item_under_another_senders_id_is_refused_not_a_crash(net, keys) -> None:
    """The chair knows an item by its packet id: a second sender's item under that id is
    refused with a verdict, and the first item stays as it was."""
    with net["social"].open() as vault:
        case_id = cases.create_case(vault, "Caso per il laboratorio", risk="medium")
        sharing.record_decision(vault, case_id, "laboratorio", "consent", collected="orale",
                                reason="discussione in rete")
        summary = items.build_item(vault, case_id)
        real = exchange.send_item(vault, case_id, net["cav"].office_id)
    with net["cav"].open() as cav:
        exchange.import_lab_packet(cav, real.data)
        shadow = packet(net, keys, packet_id=real.packet_id)
        shadow.parts = {"item.json": ("application/json", document_json(summary))}
        before = every_table(cav)
        with pytest.raises(ReteError) as info:
            exchange.import_lab_packet(cav, shadow.seal())
        assert info.value.message_id == "packet.id_taken"
        assert every_table(cav) == before


def test_the_receipt_command_asks_which_sender_when_an_id_is_shared(net, keys, rete,
                                                                     tmp_path) -> None:
    real, packet_id = _referral_to_cav_and_social(net)
    with net["cav"].open() as vault:
        receive_packet(vault, packet(net, keys, sender="social", packet_id=packet_id).seal(),
                       ANY_KIND)
        referral.import_referral(vault, real)
    out = tmp_path / "receipt.age"
    r = rete("--vault", net["cav"].path, "packet", "receipt", packet_id, "--out", out)
    assert r.code == 4 and "Two senders used the same packet id" in r.err
    assert net["carabinieri"].office_id in r.err and not out.exists()
    r = rete("--vault", net["cav"].path, "packet", "receipt", packet_id, "--out", out,
             "--from", net["carabinieri"].office_id)
    assert r.code == 0, r.err
    with net["carabinieri"].open() as sender:
        receipts.import_receipt(sender, out.read_bytes())
