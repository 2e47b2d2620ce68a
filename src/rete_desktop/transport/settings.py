"""This office's transport settings, stored inside the vault.

Options are a JSON row per way in ``transport_settings``; the mail password is a column of the
same row, so it is encrypted by SQLCipher with everything else and never written to a settings
file or the OS keyring. Every change is audited (without the password).
"""

from __future__ import annotations

import json
import ssl
from dataclasses import asdict, dataclass
from pathlib import Path

from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput
from rete_desktop.packets.directory import put_route
from rete_desktop.packets.member_card import Receives, folder_name
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault, now_utc

MAIL = "mail"
FOLDER = "folder"
DEFAULT_MAX_MESSAGE_SIZE = 20 * 1024 * 1024
MIN_MESSAGE_SIZE = 64 * 1024
MAX_CA_PEM = 64 * 1024


@dataclass(frozen=True)
class MailSettings:
    """An e-mail or PEC account. ``starttls``: plain port upgraded with STARTTLS (IMAP 143, SMTP
    587); otherwise implicit TLS (993, 465). ``ca_pem``: extra trusted CA (PEM) for a private
    server; the system's CAs are always trusted too. ``pec``: the provider sends PEC receipts."""

    address: str
    imap_host: str
    imap_port: int
    smtp_host: str
    smtp_port: int
    user: str
    starttls: bool = False
    ca_pem: str | None = None
    max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE
    pec: bool = False

    def tls_context(self) -> ssl.SSLContext:
        """Certificate and host name always verified; TLS 1.2 at least."""
        context = ssl.create_default_context()
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        if self.ca_pem:
            context.load_verify_locations(cadata=self.ca_pem)
        return context


@dataclass(frozen=True)
class FolderSettings:
    """A shared folder or USB stick: ``outbox`` holds one sub-folder per recipient (its folder
    name); ``inbox`` is where packets for this office arrive (``done/`` and ``refused/`` are made
    inside it); ``name`` is this office's own folder name, published on its member card."""

    inbox: str
    outbox: str
    name: str


def _address(value: str) -> str:
    address = validation.normalise_email(value)
    if address is None:
        raise BadInput("transport.bad_address", address=value[:80])
    return address


def _host(field: str, value: str) -> str:
    host = validation.required_text(field, value).strip()
    if len(host) > 253 or any(c.isspace() or c in "/@:" for c in host):
        raise BadInput("transport.bad_host", host=host[:80])
    return host


def _port(value: int) -> int:
    if not 1 <= value <= 65535:
        raise BadInput("transport.bad_port", port=value)
    return value


def _ca_pem(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        data = Path(path).read_bytes()[: MAX_CA_PEM + 1]
    except OSError as exc:
        raise BadInput("transport.ca_unreadable", file=path) from exc
    text = data.decode("ascii", "replace")
    if len(data) > MAX_CA_PEM or "-----BEGIN CERTIFICATE-----" not in text:
        raise BadInput("transport.ca_unreadable", file=path)
    try:
        ssl.create_default_context().load_verify_locations(cadata=text)
    except (ssl.SSLError, ValueError) as exc:
        raise BadInput("transport.ca_unreadable", file=path) from exc
    return text


def make_mail_settings(
    *, address: str, imap_host: str, imap_port: int, smtp_host: str, smtp_port: int, user: str,
    starttls: bool = False, ca_file: str | None = None,
    max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE, pec: bool = False,
) -> MailSettings:
    """Validated mail settings (BadInput naming the field at fault)."""
    if max_message_size < MIN_MESSAGE_SIZE:
        raise BadInput("transport.bad_max_size", min=MIN_MESSAGE_SIZE)
    return MailSettings(
        address=_address(address), imap_host=_host("imap_host", imap_host),
        imap_port=_port(imap_port), smtp_host=_host("smtp_host", smtp_host),
        smtp_port=_port(smtp_port), user=validation.required_text("user", user).strip(),
        starttls=starttls, ca_pem=_ca_pem(ca_file), max_message_size=max_message_size, pec=pec,
    )


def make_folder_settings(inbox: str, outbox: str, name: str) -> FolderSettings:
    for path in (inbox, outbox):
        if not Path(path).is_dir():
            raise BadInput("transport.folder_missing", folder=path)
    return FolderSettings(str(Path(inbox).resolve()), str(Path(outbox).resolve()),
                          folder_name(name))


def save_mail(vault: Vault, settings: MailSettings, password: str) -> None:
    """Store the account and its password (inside the vault), audited without the password."""
    if not password:
        raise BadInput("transport.password_missing")
    _save(vault, MAIL, json.dumps(asdict(settings), sort_keys=True), password,
          f"address={settings.address}")


def save_folder(vault: Vault, settings: FolderSettings) -> None:
    _save(vault, FOLDER, json.dumps(asdict(settings), sort_keys=True), None,
          f"name={settings.name}")


def _save(vault: Vault, way: str, settings: str, secret: str | None, detail: str) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO transport_settings (way, settings, secret, updated) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (way) DO UPDATE SET settings = excluded.settings,"
            " secret = excluded.secret, updated = excluded.updated",
            (way, settings, secret, now_utc()),
        )
        put_route(conn, load_identity(vault).office_id, own_receives(vault))
        vault.audit(AuditAction.TRANSPORT_CONFIGURE, "transport", way, detail)


def own_receives(vault: Vault) -> Receives:
    """How this office receives, for its member card: the account's address, the folder name."""
    mail, folder = load_mail(vault), load_folder(vault)
    return Receives(mail[0].address if mail else None, folder.name if folder else None)


def load_mail(vault: Vault) -> tuple[MailSettings, str] | None:
    """The mail account and its password, or None when no account is set up."""
    row = vault.query_one("SELECT settings, secret FROM transport_settings WHERE way = ?",
                          (MAIL,))
    return None if row is None else (MailSettings(**json.loads(row[0])), str(row[1]))


def load_folder(vault: Vault) -> FolderSettings | None:
    row = vault.query_one("SELECT settings FROM transport_settings WHERE way = ?", (FOLDER,))
    return None if row is None else FolderSettings(**json.loads(row[0]))
