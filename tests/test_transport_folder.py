"""Packets that travel by a shared folder or USB stick: send, fetch, receipts, refusals,
exactly-once filing, settings kept in the vault, folder names published on member cards."""

from __future__ import annotations

import json
import os
import re
import shutil
import tracemalloc
from pathlib import Path

import pytest

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.packets import referral
from rete_desktop.packets.member_card import Receives, read_card
from rete_desktop.storage import attachments, cases
from tests.conftest import CliRunner
from tests.mail_fixtures import delivery_states, fetch, send_case
from tests.packet_fixtures import Office, build_network, referral_case, republish


@pytest.fixture
def network(tmp_path: Path) -> dict[str, Office]:
    return build_network(tmp_path / "offices")


def _folder(rete: CliRunner, office: Office, share: Path, name: str | None = None) -> Path:
    """Set up ``office`` on the shared folder; returns its inbox."""
    inbox = share / (name or office.office_id)
    inbox.mkdir(parents=True, exist_ok=True)
    extra = ("--name", name) if name else ()
    r = rete("transport", "folder", "--inbox", str(inbox), "--outbox", str(share), *extra,
             "--vault", str(office.path))
    assert r.code == 0, r.err
    return inbox


def test_referral_by_folder_is_imported_and_its_receipt_comes_back(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = network["carabinieri"], network["cav"]
    share = tmp_path / "share"
    cc_inbox, cav_inbox = _folder(rete, cc, share), _folder(rete, cav, share)
    case_id, _ = referral_case(rete, cc)
    sent = send_case(rete, cc, case_id, cav)
    assert [d["state"] for d in sent["deliveries"]] == ["sent"]
    files = list(cav_inbox.iterdir())
    assert len(files) == 1
    protocol = sent["protocol"].replace("/", "-")
    assert re.fullmatch(rf"rete-{protocol}-[0-9a-f]{{8}}\.age", files[0].name)

    fetched = fetch(rete, cav)
    assert [a["packet_id"] for a in fetched["imported"]] == [sent["packet_id"]]
    assert fetched["refused"] == [] and not list(cav_inbox.glob("*.age"))
    assert len(list((cav_inbox / "done").iterdir())) == 1
    case = json.loads(rete("case", "list", "--json", "--vault", str(cav.path)).out)
    assert len(case) == 1

    r = rete("packet", "send-receipt", sent["packet_id"], "--vault", str(cav.path))
    assert r.code == 0, r.err
    assert fetch(rete, cc)["receipts"][0]["sender"] == cav.office_id
    assert delivery_states(rete, cc, sent["packet_id"]) == ["acknowledged"]
    assert len(list((cc_inbox / "done").iterdir())) == 1


def test_forged_file_is_refused_recorded_and_moved_aside(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> None:
    cav = network["cav"]
    inbox = _folder(rete, cav, tmp_path / "share")
    (inbox / "rete-2026-000001-deadbeef.age").write_bytes(b"age-encryption.org/v1\nforged\n")
    fetched = fetch(rete, cav)
    assert fetched["imported"] == [] and len(fetched["refused"]) == 1
    assert "corrupted" in fetched["refused"][0]["reason"]
    assert [p.name for p in (inbox / "refused").iterdir()] == ["rete-2026-000001-deadbeef.age"]
    logged = json.loads(rete("inbox", "list", "--json", "--vault", str(cav.path)).out)
    assert [(e["outcome"], bool(e["reason"])) for e in logged] == [("refused", True)]
    shown = rete("inbox", "list", "--vault", str(cav.path), env={"RETE_LANG": "it"}).out
    assert " · cartella · rifiutato · Il pacchetto è danneggiato" in shown
    assert fetch(rete, cav) == {"imported": [], "refused": [], "receipts": [], "proofs": [],
                                 "waiting_parts": []}


def test_a_packet_found_again_after_a_crash_is_not_imported_twice(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> None:
    """The import commits before the file moves: a crash in between leaves the file in the
    inbox; the next fetch recognises it and only moves it."""
    cc, cav = network["carabinieri"], network["cav"]
    share = tmp_path / "share"
    _folder(rete, cc, share)
    inbox = _folder(rete, cav, share)
    case_id, _ = referral_case(rete, cc)
    send_case(rete, cc, case_id, cav)
    packet = next(inbox.glob("*.age"))
    kept = tmp_path / "copy.age"
    shutil.copy(packet, kept)
    assert len(fetch(rete, cav)["imported"]) == 1
    shutil.copy(kept, packet)  # as if the move had not happened
    again = fetch(rete, cav)
    assert again["imported"] == [] and again["refused"] == []
    assert not list(inbox.glob("*.age"))
    assert len(json.loads(rete("case", "list", "--json", "--vault", str(cav.path)).out)) == 1


def test_a_big_packet_is_read_from_the_folder_as_a_stream_and_links_are_not_followed(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> None:
    """A referral with a 4 MB scan is filed from the inbox without holding the packet file
    as well as the scan (issue 14); a link dropped in the inbox is neither read nor moved."""
    cc, cav = network["carabinieri"], network["cav"]
    inbox = _folder(rete, cav, tmp_path / "share")
    scan = os.urandom(4 * 1024 * 1024)
    packet = tmp_path / "elsewhere.age"
    with cc.open() as vault:
        case_id = cases.create_case(vault, "Maltrattamenti in famiglia", risk="high")
        cases.add_person(vault, case_id, "victim", "Anna Rossi", birth_year=1990)
        cases.set_consent(vault, case_id, Consent(share_with=(OfficeKind.CAV,),
                                                  include_notes=True))
        big = attachments.add_attachment(vault, case_id, "ecografia.pdf", scan)
        referral.seal_referral_to(vault, referral.prepare_referral(
            vault, case_id, [cav.office_id], attachments_choice=referral.NoteChoice.parse(big)),
            packet)
    (inbox / "link.age").symlink_to(packet)
    assert fetch(rete, cav)["imported"] == [] and (inbox / "link.age").is_symlink()
    (inbox / "link.age").unlink()
    shutil.copy(packet, inbox / "referral.age")
    tracemalloc.start()
    try:
        fetched = fetch(rete, cav)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(fetched["imported"]) == 1 and fetched["refused"] == []
    assert peak < 1.5 * len(scan)


def test_folder_name_travels_on_the_card_and_in_the_directory(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> None:
    cc, social, cav = network["carabinieri"], network["social"], network["cav"]
    share = tmp_path / "share"
    inbox = _folder(rete, cc, share, name="stazione-cc")
    _folder(rete, social, share)
    card = tmp_path / "card.json"
    assert rete("identity", "export-card", str(card), "--vault", str(cc.path)).code == 0
    assert read_card(card.read_bytes()).receives == Receives(folder="stazione-cc")
    assert rete("directory", "add-card", str(card), "--yes", "--vault", str(cav.path)).code == 0
    republish(network, ("carabinieri", "social"))
    case_id, _ = referral_case(rete, social, share_with="carabinieri")
    sent = send_case(rete, social, case_id, cc)
    assert sent["deliveries"][0]["address"] == "stazione-cc"
    assert len(list(inbox.glob("*.age"))) == 1


def test_no_way_to_a_recipient_refuses_before_anything_is_registered(
    rete: CliRunner, network: dict[str, Office]
) -> None:
    cc, cav = network["carabinieri"], network["cav"]
    case_id, _ = referral_case(rete, cc)
    r = rete("packet", "send", "--case", case_id, "--to", cav.office_id,
             "--vault", str(cc.path))
    assert r.code == 6 and "no way to send" in r.err
    assert json.loads(rete("packet", "list", "--json", "--vault", str(cc.path)).out) == []


def test_mail_password_is_kept_only_inside_the_encrypted_vault(
    rete: CliRunner, network: dict[str, Office]
) -> None:
    cav = network["cav"]
    r = rete("transport", "mail", "--address", "cav@pec.example.it", "--imap-host",
             "imap.example.it", "--imap-port", "993", "--smtp-host", "smtp.example.it",
             "--smtp-port", "465", "--user", "cav", "--pec", "--no-check",
             "--vault", str(cav.path), env={"RETE_MAIL_PASSWORD": "s3cret-Mailbox-pass"})
    assert r.code == 0, r.err
    shown = rete("transport", "show", "--json", "--vault", str(cav.path))
    assert json.loads(shown.out)["mail"]["address"] == "cav@pec.example.it"
    assert "s3cret" not in shown.out
    for path in cav.path.rglob("*"):
        if path.is_file():
            assert b"s3cret-Mailbox-pass" not in path.read_bytes(), path
    r = rete("transport", "mail", "--address", "not an address", "--imap-host", "h",
             "--imap-port", "993", "--smtp-host", "h", "--smtp-port", "465", "--user", "u",
             "--no-check", "--vault", str(cav.path), env={"RETE_MAIL_PASSWORD": "x"})
    assert r.code == 4 and "Invalid e-mail address" in r.err


def test_packet_list_says_each_delivery_in_words(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = network["carabinieri"], network["cav"]
    share = tmp_path / "share"
    _folder(rete, cc, share)
    _folder(rete, cav, share)
    case_id, _ = referral_case(rete, cc)
    send_case(rete, cc, case_id, cav)
    listed = rete("packet", "list", "--vault", str(cc.path), env={"RETE_LANG": "it"})
    assert "(Centro Antiviolenza Rete Rosa: inviato)" in listed.out
