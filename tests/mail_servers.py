"""Real mail servers on loopback for the transport tests: Dovecot (IMAP, LMTP delivery into
Maildir, from Debian's dovecot-imapd/dovecot-lmtpd) and aiosmtpd (SMTP with AUTH over TLS, each
accepted message delivered to Dovecot by LMTP). A throw-away test CA (``cryptography``) signs the
servers' certificate. Tests skip with a reason when the Dovecot binaries are missing.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import ipaddress
import os
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
HAVE_DOVECOT = Path(DOVECOT).exists() and Path("/usr/lib/dovecot/lmtp").exists()
needs_mail_servers = pytest.mark.skipif(
    not HAVE_DOVECOT,
    reason="Dovecot not installed (apt-get install dovecot-imapd dovecot-lmtpd; .ci/run does)",
)


@dataclass(frozen=True)
class Authority:
    """A test CA and a certificate it issued for localhost / 127.0.0.1."""

    ca_pem: bytes
    cert_pem: bytes
    key_pem: bytes
    ca_key: ec.EllipticCurvePrivateKey
    ca_cert: x509.Certificate


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_authority(label: str = "Rete test CA") -> Authority:
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name(label)).issuer_name(_name(label))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    return Authority(
        ca.public_bytes(serialization.Encoding.PEM), cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                          serialization.NoEncryption()), ca_key, ca)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, what: str, log: Path | None = None) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    detail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
    raise RuntimeError(f"{what} did not start on port {port}\n{detail}")


DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
default_internal_user = dovecot
default_login_user = dovenull
ssl = required
ssl_cert = <{root}/server.crt
ssl_key = <{root}/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users/%u
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/mail/%u
}}
mail_location = maildir:~/Maildir
first_valid_uid = 1
service imap-login {{
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  unix_listener lmtp {{
    mode = 0666
  }}
}}
protocol lmtp {{
  auth_username_format = %u
}}
"""


@dataclass
class MailServers:
    """Dovecot + aiosmtpd on loopback; ``add_user`` makes a mailbox, ``password`` is shared."""

    root: Path
    authority: Authority
    imap_port: int  # STARTTLS
    imaps_port: int  # implicit TLS
    smtp_port: int  # implicit TLS
    submission_port: int  # STARTTLS
    max_size: int
    users: dict[str, str] = field(default_factory=dict)

    @property
    def ca_file(self) -> Path:
        return self.root / "ca.pem"

    def add_user(self, address: str, password: str) -> None:
        self.users[address] = password
        # one passwd-file per user: Dovecot opens a new file for a new name at once
        (self.root / "users" / address).write_text(f"{address}:{{PLAIN}}{password}\n")

    @property
    def lmtp_socket(self) -> str:
        return str(self.root / "run" / "lmtp")

    def deliver(self, mail_from: str, rcpt_tos: list[str], content: bytes) -> None:
        with smtplib.LMTP(self.lmtp_socket) as lmtp:
            lmtp.sendmail(mail_from, rcpt_tos, content)


class _Deliver:
    """aiosmtpd handler: everything accepted goes to Dovecot by LMTP."""

    def __init__(self, servers: MailServers) -> None:
        self.servers = servers

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd API
        self.servers.deliver(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
        return "250 Message accepted for delivery"


class _Auth:
    def __init__(self, servers: MailServers) -> None:
        self.servers = servers

    def __call__(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = (isinstance(auth_data, LoginPassword)
              and self.servers.users.get(auth_data.login.decode()) == auth_data.password.decode())
        return AuthResult(success=ok)


def _die_with_parent() -> None:
    """Dovecot gets SIGTERM when the test process dies, even by SIGKILL or a timeout (Linux
    PR_SET_PDEATHSIG): a killed test run leaves no mail server behind."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)


@contextmanager
def mail_servers(max_size: int = 512 * 1024) -> Iterator[MailServers]:
    from aiosmtpd.controller import Controller

    root = Path(tempfile.mkdtemp(prefix="dv", dir="/tmp"))
    os.chmod(root, 0o755)
    authority = make_authority()
    (root / "ca.pem").write_bytes(authority.ca_pem)
    (root / "server.crt").write_bytes(authority.cert_pem)
    (root / "server.key").write_bytes(authority.key_pem)
    (root / "users").mkdir()
    (root / "mail").mkdir(mode=0o777)
    os.chmod(root / "mail", 0o777)
    servers = MailServers(root, authority, free_port(), free_port(), free_port(), free_port(),
                          max_size)
    conf = root / "dovecot.conf"
    conf.write_text(DOVECOT_CONF.format(root=root, imap_port=servers.imap_port,
                                        imaps_port=servers.imaps_port))
    dovecot = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, preexec_fn=_die_with_parent)
    controllers = []
    try:
        _wait_for(servers.imaps_port, "dovecot", root / "dovecot.log")
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(root / "server.crt", root / "server.key")
        common = dict(hostname="127.0.0.1", authenticator=_Auth(servers),
                      data_size_limit=max_size)
        # implicit TLS: the whole connection is TLS (aiosmtpd only tracks STARTTLS for AUTH)
        implicit = Controller(_Deliver(servers), port=servers.smtp_port, ssl_context=tls,
                              server_hostname="localhost", auth_require_tls=False, **common)
        starttls = Controller(_Deliver(servers), port=servers.submission_port, tls_context=tls,
                              require_starttls=True, auth_require_tls=True, **common)
        for controller in (implicit, starttls):
            controller.start()
            controllers.append(controller)
        yield servers
    finally:
        for controller in controllers:
            controller.stop()
        dovecot.terminate()
        try:
            dovecot.wait(10)
        except subprocess.TimeoutExpired:
            dovecot.kill()
            dovecot.wait()
        shutil.rmtree(root, ignore_errors=True)
