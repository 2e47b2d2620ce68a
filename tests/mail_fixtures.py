"""Shared fixtures of the transport tests (a pytest plugin, see conftest.py): the real mail
servers (``mail_servers_up``, one set per session), a three-office ``mail_network`` with a
mailbox each, ``open_mailbox`` to look into one, and the CLI helpers of the transport tests."""

from __future__ import annotations

import datetime as dt
import imaplib
import json
import ssl
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from rete_desktop.packets import directory, member_card
from rete_desktop.storage.identity import load_identity
from rete_desktop.transport.settings import own_receives
from tests.conftest import CliRunner
from tests.mail_servers import HAVE_DOVECOT, MailServers, mail_servers
from tests.packet_fixtures import Office, build_network, republish

MAIL_PASSWORD = "mailbox-pass-1"
ACCOUNT_MAX = 100_000  # the account's cap: bigger packets leave in fragments
SERVER_MAX = 150_000  # the SMTP server refuses anything larger


@pytest.fixture(scope="session")
def mail_servers_up() -> Iterator[MailServers]:
    if not HAVE_DOVECOT:
        pytest.skip("Dovecot not installed (apt-get install dovecot-imapd dovecot-lmtpd)")
    with mail_servers(max_size=SERVER_MAX) as running:
        yield running


def account_args(mail_servers_up: MailServers, address: str, *, starttls: bool = False,
             ca: Path | None = None, pec: bool = False) -> list[str]:
    imap, smtp = ((mail_servers_up.imap_port, mail_servers_up.submission_port) if starttls
                  else (mail_servers_up.imaps_port, mail_servers_up.smtp_port))
    return ["transport", "mail", "--address", address, "--imap-host", "127.0.0.1",
            "--imap-port", str(imap), "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp),
            "--user", address, "--ca-file", str(ca or mail_servers_up.ca_file),
            "--max-message-size", str(ACCOUNT_MAX), *(["--starttls"] if starttls else []),
            *(["--pec"] if pec else [])]


@pytest.fixture
def mail_network(rete: CliRunner, mail_servers_up: MailServers,
                 tmp_path: Path) -> dict[str, Office]:
    """CAV, Carabinieri, social services, each with its own mailbox on the test servers, the
    members' cards (with their addresses) published in the directory."""
    offices = build_network(tmp_path / "offices")
    tag = tmp_path.name[-12:].lower().replace("_", "-")
    for key, office in offices.items():
        address = f"{key}-{tag}@rete.test"
        mail_servers_up.add_user(address, MAIL_PASSWORD)
        r = rete(*account_args(mail_servers_up, address, starttls=key == "social",
                               pec=key == "carabinieri"), "--vault", str(office.path),
                 env={"RETE_MAIL_PASSWORD": MAIL_PASSWORD})
        assert r.code == 0, r.err
    with offices["cav"].open() as coordinator:
        for key in ("carabinieri", "social"):
            with offices[key].open() as vault:
                card = member_card.export_card(load_identity(vault), receives=own_receives(vault))
            directory.add_card(coordinator, member_card.read_card(card))
    republish(offices, ("carabinieri", "social"))
    return offices


def mail_address(rete: CliRunner, office: Office) -> str:
    shown = rete("transport", "show", "--json", "--vault", str(office.path))
    return str(json.loads(shown.out)["mail"]["address"])


@pytest.fixture
def open_mailbox(mail_servers_up: MailServers) -> Iterator:
    """Open an office's open_mailbox directly (what a person would see in a mail client)."""
    opened = []

    def open_box(address: str) -> imaplib.IMAP4_SSL:
        context = ssl.create_default_context(cadata=mail_servers_up.authority.ca_pem.decode())
        box = imaplib.IMAP4_SSL("127.0.0.1", mail_servers_up.imaps_port, ssl_context=context)
        box.login(address, MAIL_PASSWORD)
        box.select("INBOX")
        opened.append(box)
        return box

    yield open_box
    for box in opened:
        box.logout()


def mailbox_flags(box: imaplib.IMAP4) -> list[str]:
    _, found = box.uid("SEARCH", "ALL")
    flags = []
    for uid in found[0].split():
        _, data = box.uid("FETCH", uid.decode(), "(FLAGS)")
        flags.append(data[0].decode())
    return flags


def raw_messages(box: imaplib.IMAP4) -> list[bytes]:
    _, found = box.uid("SEARCH", "ALL")
    out = []
    for uid in found[0].split():
        _, data = box.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
        out.append(bytes(data[0][1]))
    return out


def send_case(rete: CliRunner, office: Office, case_id: str, *to: Office,
              extra: tuple[str, ...] = ()) -> dict:
    """``rete packet send`` of a case (all notes) to ``to``; its json."""
    targets = [a for o in to for a in ("--to", o.office_id)]
    r = rete("packet", "send", "--case", case_id, *targets, "--notes", "all", *extra, "--json",
             "--vault", str(office.path))
    assert r.code == 0, r.err
    return json.loads(r.out)


def fetch(rete: CliRunner, office: Office) -> dict:
    r = rete("inbox", "fetch", "--json", "--vault", str(office.path))
    assert r.code == 0, r.err
    return json.loads(r.out)


def case_count(rete: CliRunner, office: Office) -> int:
    return len(json.loads(rete("case", "list", "--json", "--vault", str(office.path)).out))


def delivery_states(rete: CliRunner, office: Office, packet_id: str) -> list[str]:
    listed = json.loads(rete("packet", "list", "--json", "--vault", str(office.path)).out)
    entry = next(e for e in listed if e["packet_id"] == packet_id and e["direction"] == "sent")
    return [d["state"] for d in entry["deliveries"]]


# --- PEC receipts ---------------------------------------------------------------------------


def _provider() -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Gestore PEC di prova"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "posta-certificata@pec.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    return cert, key


PROVIDER = _provider()


def daticert(kind: str, msgid: str, sender: str, recipient: str, *,
             error: str = "nessuno") -> bytes:
    """A daticert.xml as DM 2 novembre 2005 describes it."""
    escaped = msgid.replace("<", "&lt;").replace(">", "&gt;")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE postacert SYSTEM "postacert.dtd">
<postacert tipo="{kind}" errore="{error}">
  <intestazione>
    <mittente>{sender}</mittente>
    <destinatari tipo="certificato">{recipient}</destinatari>
    <risposte>{sender}</risposte>
    <oggetto>Protocollo 2026/000001</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>Gestore PEC di prova</gestore-emittente>
    <data zona="+0100"><giorno>30/11/2026</giorno><ora>21:10:00</ora></data>
    <identificativo>opec210.20261130211000.12345.01.1.1@pec.test</identificativo>
    <msgid>{escaped}</msgid>
    <ricevuta tipo="completa"/>
    <consegna>{recipient}</consegna>
  </dati>
</postacert>
""".encode()


def receipt(kind: str, msgid: str, sender: str, recipient: str, *, signed: bool = True,
            header_msgid: str | None = None, error: str = "nessuno") -> bytes:
    """The provider's receipt: text + daticert.xml, S/MIME-signed (multipart/signed)."""
    body = EmailMessage()
    body.set_content(f"Ricevuta di {kind}: il messaggio e' stato trattato dal gestore.")
    body.add_attachment(daticert(kind, msgid, sender, recipient, error=error),
                        "application", "xml", filename="daticert.xml")
    if signed:
        cert, key = PROVIDER
        mime = pkcs7.PKCS7SignatureBuilder().set_data(body.as_bytes()).add_signer(
            cert, key, hashes.SHA256()).sign(serialization.Encoding.SMIME,
                                              [pkcs7.PKCS7Options.DetachedSignature])
    else:
        mime = body.as_bytes()
    headers = (f"From: posta-certificata@pec.test\r\nTo: {sender}\r\n"
               f"Subject: {kind.upper()}: Protocollo 2026/000001\r\n"
               f"X-Ricevuta: {kind}\r\nX-Riferimento-Message-ID: {header_msgid or msgid}\r\n"
               f"Message-ID: <{kind}.{abs(hash(msgid))}@pec.test>\r\n")
    return headers.encode() + mime
