"""Packets by e-mail against real mail_servers_up on loopback (Dovecot IMAP + LMTP, aiosmtpd SMTP),
TLS with a throw-away CA: send, fetch, receipts, fragments, crashes, refusals, bad set-ups;
PEC receipts built from the published format (daticert.xml, X-Ricevuta, S/MIME signature):
trusted ones move the register, fakes are kept untrusted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from tests.conftest import PASSPHRASE, CliRunner
from tests.fast_kdf import rete_command
from tests.mail_fixtures import (
    ACCOUNT_MAX,
    MAIL_PASSWORD,
    PROVIDER,
    account_args,
    case_count,
    daticert,
    delivery_states,
    fetch,
    mail_address,
    mailbox_flags,
    raw_messages,
    receipt,
    send_case,
)
from tests.mail_servers import MailServers, make_authority, needs_mail_servers
from tests.packet_fixtures import Office, build_network, referral_case

pytestmark = needs_mail_servers


def test_referral_by_mail_is_imported_with_one_fetch_and_the_receipt_comes_back(
    rete: CliRunner, mail_network: dict[str, Office], open_mailbox
) -> None:
    cc, cav = mail_network["carabinieri"], mail_network["cav"]
    case_id, _ = referral_case(rete, cc)
    sent = send_case(rete, cc, case_id, cav)
    assert delivery_states(rete, cc, sent["packet_id"]) == ["sent"]
    box = open_mailbox(mail_address(rete, cav))
    (raw,) = raw_messages(box)
    headers_and_body = raw.split(b"Content-Disposition: attachment")[0]
    for secret in (b"Rossi", b"Maltrattamenti", b"Carabinieri", b"Casalmaggiore"):
        assert secret not in raw
    assert f"Subject: Protocollo {sent['protocol']}".encode() in headers_and_body
    assert f"rete-{sent['protocol'].replace('/', '-')}.age".encode() in raw

    fetched = fetch(rete, cav)
    assert [a["packet_id"] for a in fetched["imported"]] == [sent["packet_id"]]
    assert case_count(rete, cav) == 1
    assert "$ReteDone" in mailbox_flags(box)[0]
    assert fetch(rete, cav)["imported"] == []

    r = rete("packet", "send-receipt", sent["packet_id"], "--vault", str(cav.path))
    assert r.code == 0, r.err
    back = fetch(rete, cc)
    assert [a["sender"] for a in back["receipts"]] == [cav.office_id]
    assert delivery_states(rete, cc, sent["packet_id"]) == ["acknowledged"]


def test_a_large_packet_travels_in_four_parts_and_waits_for_the_last(
    rete: CliRunner, mail_network: dict[str, Office], open_mailbox, tmp_path: Path
) -> None:
    social, cav = mail_network["social"], mail_network["cav"]
    case_id, _ = referral_case(rete, social, share_with="cav")
    scan = tmp_path / "referto.bin"
    scan.write_bytes(os.urandom(250_000))
    sent = send_case(rete, social, case_id, cav, extra=("--attach", str(scan)))
    box = open_mailbox(mail_address(rete, cav))
    raws = raw_messages(box)
    assert len(raws) == 4 and all(len(r) <= ACCOUNT_MAX for r in raws)
    assert all(b"message/partial" in r for r in raws)

    box.create("Later")
    _, found = box.uid("SEARCH", "ALL")
    last = found[0].split()[-1].decode()
    box.uid("MOVE", last, "Later")  # the fourth part is late
    waiting = fetch(rete, cav)
    assert waiting["imported"] == [] and [(w["have"], w["total"])
                                          for w in waiting["waiting_parts"]] == [(3, 4)]
    assert case_count(rete, cav) == 0
    box.select("Later")
    box.uid("MOVE", "1:*", "INBOX")
    box.select("INBOX")
    fetched = fetch(rete, cav)
    assert [a["packet_id"] for a in fetched["imported"]] == [sent["packet_id"]]
    assert fetched["waiting_parts"] == []
    shown = json.loads(rete("attachment", "list", "--case",
                            json.loads(rete("case", "list", "--json", "--vault",
                                            str(cav.path)).out)[0]["id"],
                            "--json", "--vault", str(cav.path)).out)
    assert [a["size"] for a in shown if a["source"] == "referral"] == [250_000]


def test_a_lost_done_mark_does_not_import_twice(
    rete: CliRunner, mail_network: dict[str, Office], open_mailbox
) -> None:
    """The import is committed before the message is marked: if the mark is lost (crash,
    dropped connection), the next fetch recognises the message and only marks it."""
    cc, cav = mail_network["carabinieri"], mail_network["cav"]
    case_id, _ = referral_case(rete, cc)
    send_case(rete, cc, case_id, cav)
    assert len(fetch(rete, cav)["imported"]) == 1
    box = open_mailbox(mail_address(rete, cav))
    box.uid("STORE", "1:*", "-FLAGS.SILENT", "($ReteDone \\Seen)")
    again = fetch(rete, cav)
    assert again["imported"] == [] and again["refused"] == []
    assert case_count(rete, cav) == 1 and "$ReteDone" in mailbox_flags(box)[0]


@pytest.mark.slow  # timing-dependent: on a quiet machine the fetch can finish before the kill
def test_a_fetch_killed_mid_way_loses_nothing_and_imports_nothing_twice(
    rete: CliRunner, mail_network: dict[str, Office], open_mailbox
) -> None:
    cc, cav = mail_network["carabinieri"], mail_network["cav"]
    total = 5
    for _ in range(total):
        case_id, _ = referral_case(rete, cc)
        send_case(rete, cc, case_id, cav)
    box = open_mailbox(mail_address(rete, cav))
    env = {**os.environ, "RETE_VAULT": str(cav.path), "RETE_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen(rete_command("inbox", "fetch"),
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        if sum("$ReteDone" in f for f in mailbox_flags(box)) >= 2:
            break
        box.noop()
        time.sleep(0.02)
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    done_at_kill = sum("$ReteDone" in f for f in mailbox_flags(box))
    assert done_at_kill < total, "the fetch finished before it could be killed"
    rest = fetch(rete, cav)
    assert case_count(rete, cav) == total
    assert all("$ReteDone" in f for f in mailbox_flags(box))
    assert len(rest["imported"]) <= total - done_at_kill and rest["refused"] == []
    logged = json.loads(rete("inbox", "list", "--json", "--vault", str(cav.path)).out)
    assert sorted(e["outcome"] for e in logged) == ["imported"] * total


def test_a_forged_packet_by_mail_is_refused_recorded_and_kept_flagged(
    rete: CliRunner, mail_network: dict[str, Office], mail_servers_up: MailServers, open_mailbox
) -> None:
    cav = mail_network["cav"]
    cav_address = mail_address(rete, cav)
    forged = EmailMessage()
    forged["From"], forged["To"], forged["Subject"] = "x@evil.test", cav_address, "Protocollo 1"
    forged.set_content("Documento cifrato.")
    forged.add_attachment(b"age-encryption.org/v1\n-> X25519 forged\n---\n",
                          "application", "octet-stream", filename="rete-2026-000001.age")
    mail_servers_up.deliver("x@evil.test", [cav_address], forged.as_bytes())
    fetched = fetch(rete, cav)
    assert fetched["imported"] == [] and len(fetched["refused"]) == 1
    logged = json.loads(rete("inbox", "list", "--json", "--vault", str(cav.path)).out)
    assert [e["outcome"] for e in logged] == ["refused"] and logged[0]["reason"]
    (seen,) = mailbox_flags(open_mailbox(cav_address))
    assert "\\Flagged" in seen
    assert case_count(rete, cav) == 0


def test_ordinary_mail_is_left_alone(
    rete: CliRunner, mail_network: dict[str, Office], mail_servers_up: MailServers, open_mailbox
) -> None:
    cav = mail_network["cav"]
    cav_address = mail_address(rete, cav)
    mail_servers_up.deliver("someone@example.test", [cav_address],
                            b"Subject: riunione\r\nFrom: someone@example.test\r\n\r\nA domani.\r\n")
    assert fetch(rete, cav) == {"imported": [], "refused": [], "receipts": [], "proofs": [],
                                 "waiting_parts": []}
    (seen,) = mailbox_flags(open_mailbox(cav_address))
    assert "\\Seen" not in seen and "\\Flagged" not in seen


def test_wrong_password_is_a_clear_translated_error(
    rete: CliRunner, mail_servers_up: MailServers, tmp_path: Path
) -> None:
    mail_servers_up.add_user("desk@rete.test", "right-password")
    vault = tmp_path / "offices" / "cav"
    build_network(tmp_path / "offices", members=())
    args = (*account_args(mail_servers_up, "desk@rete.test"), "--vault", str(vault))
    r = rete(*args, env={"RETE_MAIL_PASSWORD": "wrong-password"})
    assert r.code == 7 and "refused the login of user desk@rete.test" in r.err
    r = rete(*args, env={"RETE_MAIL_PASSWORD": "wrong-password", "RETE_LANG": "it"})
    assert r.code == 7 and "ha rifiutato l'accesso" in r.err
    assert json.loads(rete("transport", "show", "--json", "--vault", str(vault)).out)[
        "mail"] is None


@pytest.mark.parametrize("starttls", [False, True])
def test_an_untrusted_server_certificate_stops_before_any_login(
    rete: CliRunner, mail_servers_up: MailServers, tmp_path: Path, starttls: bool
) -> None:
    mail_servers_up.add_user("desk2@rete.test", "right-password")
    other = tmp_path / "other-ca.pem"
    other.write_bytes(make_authority("Someone else's CA").ca_pem)
    build_network(tmp_path / "offices", members=())
    r = rete(*account_args(mail_servers_up, "desk2@rete.test", starttls=starttls, ca=other),
             "--vault", str(tmp_path / "offices" / "cav"),
             env={"RETE_MAIL_PASSWORD": "right-password"})
    assert r.code == 7 and "is not trusted (unable to get local issuer" in r.err


# --- PEC receipts ---------------------------------------------------------------------------


def _sent_message_id(rete: CliRunner, cav: Office, open_mailbox) -> str:
    (raw,) = raw_messages(open_mailbox(mail_address(rete, cav)))
    line = next(h for h in raw.split(b"\r\n") if h.lower().startswith(b"message-id:"))
    return line.split(b":", 1)[1].strip().decode()


def _proofs(rete: CliRunner, office: Office) -> list[tuple[str, bool]]:
    logged = json.loads(rete("inbox", "list", "--json", "--vault", str(office.path)).out)
    return sorted((e["kind"], e["reason"] is None) for e in logged if e["outcome"] == "proof")


def _sent_by(rete: CliRunner, mail_network: dict[str, Office], open_mailbox,
             key: str = "carabinieri") -> tuple[Office, dict, str, str, str]:
    """``key`` sends a referral to the CAV by mail: (sender, its json, the Message-ID the CAV
    received, the sender's address, the CAV's address)."""
    office, cav = mail_network[key], mail_network["cav"]
    case_id, _ = referral_case(rete, office, **({} if key == "carabinieri"
                                                  else {"share_with": "cav"}))
    sent = send_case(rete, office, case_id, cav)
    msgid = _sent_message_id(rete, cav, open_mailbox)
    return office, sent, msgid, mail_address(rete, office), mail_address(rete, cav)


def test_acceptance_and_delivery_receipts_are_recorded_as_proof(
    rete: CliRunner, mail_network: dict[str, Office], mail_servers_up: MailServers, open_mailbox
) -> None:
    cc, sent, msgid, me, them = _sent_by(rete, mail_network, open_mailbox)
    for kind in ("accettazione", "avvenuta-consegna"):
        mail_servers_up.deliver("posta-certificata@pec.test", [me], receipt(kind, msgid, me, them))
    fetched = fetch(rete, cc)
    assert sorted(p["kind"] for p in fetched["proofs"]) == ["accettazione", "avvenuta-consegna"]
    assert all(p["reason"] is None for p in fetched["proofs"])
    assert delivery_states(rete, cc, sent["packet_id"]) == ["delivered"]
    assert _proofs(rete, cc) == [("accettazione", True), ("avvenuta-consegna", True)]


def test_a_delivery_failure_receipt_marks_the_packet_not_delivered(
    rete: CliRunner, mail_network: dict[str, Office], mail_servers_up: MailServers, open_mailbox
) -> None:
    cc, sent, msgid, me, them = _sent_by(rete, mail_network, open_mailbox)
    mail_servers_up.deliver("posta-certificata@pec.test", [me],
                            receipt("errore-consegna", msgid, me, them, error="no-dest"))
    fetch(rete, cc)
    listed = json.loads(rete("packet", "list", "--json", "--vault", str(cc.path)).out)
    (delivery,) = next(e["deliveries"] for e in listed if e["packet_id"] == sent["packet_id"])
    assert delivery["state"] == "not_delivered" and "no-dest" in delivery["reason"]


@pytest.mark.parametrize("fake", ["unsigned", "unknown-message", "headers-disagree"])
def test_a_fake_receipt_is_kept_but_not_trusted(
    rete: CliRunner, mail_network: dict[str, Office], mail_servers_up: MailServers, open_mailbox,
    fake: str,
) -> None:
    cc, sent, msgid, me, them = _sent_by(rete, mail_network, open_mailbox)
    forged = {
        "unsigned": receipt("avvenuta-consegna", msgid, me, them, signed=False),
        "unknown-message": receipt("avvenuta-consegna", "<never-sent@rete.test>", me, them),
        "headers-disagree": receipt("avvenuta-consegna", msgid, me, them,
                                    header_msgid="<other@rete.test>"),
    }[fake]
    mail_servers_up.deliver("someone@evil.test", [me], forged)
    fetched = fetch(rete, cc)
    assert [p["reason"] is not None for p in fetched["proofs"]] == [True]
    assert delivery_states(rete, cc, sent["packet_id"]) == ["sent"]
    assert _proofs(rete, cc) == [("avvenuta-consegna", False)]
    assert "\\Flagged" in mailbox_flags(open_mailbox(me))[0]


def test_receipts_on_an_ordinary_account_are_not_trusted(
    rete: CliRunner, mail_network: dict[str, Office], mail_servers_up: MailServers, open_mailbox
) -> None:
    """Social services' account is ordinary e-mail: anyone can send it an X-Ricevuta header."""
    social, sent, msgid, me, them = _sent_by(rete, mail_network, open_mailbox, "social")
    mail_servers_up.deliver("posta-certificata@pec.test", [me],
                            receipt("avvenuta-consegna", msgid, me, them))
    fetch(rete, social)
    assert delivery_states(rete, social, sent["packet_id"]) == ["sent"]
    assert _proofs(rete, social) == [("avvenuta-consegna", False)]


def test_daticert_reader_takes_the_published_format() -> None:
    from rete_desktop.transport.pec import parse_daticert

    cert = parse_daticert(daticert("avvenuta-consegna", "<a@b>", "x@pec.it", "y@pec.it"))
    assert (cert.kind, cert.msgid, cert.delivered_to, cert.provider) == (
        "avvenuta-consegna", "<a@b>", "y@pec.it", "Gestore PEC di prova")
    assert cert.issued == "30/11/2026 21:10:00 +0100"




def test_a_failed_delivery_keeps_its_reason_and_leaves_on_retry(
    rete: CliRunner, mail_network: dict[str, Office], mail_servers_up: MailServers
) -> None:
    cc, cav = mail_network["carabinieri"], mail_network["cav"]
    me = mail_address(rete, cc)
    down = account_args(mail_servers_up, me, pec=True)
    down[down.index("--smtp-port") + 1] = str(mail_servers_up.smtp_port + 1000)  # nobody there
    env = {"RETE_MAIL_PASSWORD": MAIL_PASSWORD}
    assert rete(*down, "--no-check", "--vault", str(cc.path), env=env).code == 0
    case_id, _ = referral_case(rete, cc)
    r = rete("packet", "send", "--case", case_id, "--to", cav.office_id, "--json",
             "--vault", str(cc.path))
    assert r.code == 7 and "cannot be reached" in r.err
    packet_id = json.loads(r.out)["packet_id"]
    listed = json.loads(rete("packet", "list", "--json", "--vault", str(cc.path)).out)
    (delivery,) = listed[0]["deliveries"]
    assert delivery["state"] == "failed" and "cannot be reached" in delivery["reason"]
    assert rete("packet", "retry", "--vault", str(cc.path)).code == 7  # still down

    up = account_args(mail_servers_up, me, pec=True)
    assert rete(*up, "--vault", str(cc.path), env=env).code == 0
    assert rete("packet", "retry", "--vault", str(cc.path)).code == 0
    assert delivery_states(rete, cc, packet_id) == ["sent"]
    assert [a["packet_id"] for a in fetch(rete, cav)["imported"]] == [packet_id]
    assert rete("packet", "retry", "--vault", str(cc.path)).err.startswith("Nothing waiting")


def test_a_packet_in_a_pec_transport_envelope_is_imported(
    rete: CliRunner, mail_network: dict[str, Office], mail_servers_up: MailServers, open_mailbox
) -> None:
    """A PEC provider delivers the sender's message inside its *busta di trasporto*
    (X-Trasporto: posta-certificata, postacert.eml + daticert.xml, S/MIME-signed)."""
    cc, cav = mail_network["carabinieri"], mail_network["cav"]
    case_id, _ = referral_case(rete, cc)
    sent = send_case(rete, cc, case_id, cav)
    cav_address = mail_address(rete, cav)
    box = open_mailbox(cav_address)
    (original,) = raw_messages(box)
    box.create("Original")
    box.uid("MOVE", "1:*", "Original")
    envelope = EmailMessage()
    envelope.set_content("Messaggio di posta certificata.")
    envelope.add_attachment(message_from_bytes(original, policy=policy.default),
                            filename="postacert.eml")
    envelope.add_attachment(daticert("posta-certificata", "<x@rete.test>", "a@pec.test",
                                     cav_address), "application", "xml",
                            filename="daticert.xml")
    cert, key = PROVIDER
    signed = pkcs7.PKCS7SignatureBuilder().set_data(envelope.as_bytes()).add_signer(
        cert, key, hashes.SHA256()).sign(serialization.Encoding.SMIME,
                                          [pkcs7.PKCS7Options.DetachedSignature])
    headers = (f"From: posta-certificata@pec.test\r\nTo: {cav_address}\r\n"
               f"Subject: POSTA CERTIFICATA: Protocollo {sent['protocol']}\r\n"
               "X-Trasporto: posta-certificata\r\n")
    mail_servers_up.deliver("posta-certificata@pec.test", [cav_address],
                            headers.encode() + signed)
    fetched = fetch(rete, cav)
    assert [a["packet_id"] for a in fetched["imported"]] == [sent["packet_id"]]
