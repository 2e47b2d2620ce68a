"""E-mail and PEC: packets leave by SMTP and arrive by IMAP, over TLS with a verified server.

Sending: one message per recipient (split into ``message/partial`` fragments above the account's
size cap). Receiving: every message not yet marked is read with ``BODY.PEEK`` (nothing changes on
the server while reading); a packet is filed (:mod:`rete_desktop.transport.inbox`) and only after
that commit is the message marked ``$ReteDone`` (imported) or ``$ReteDone`` + ``\\Flagged``
(refused, kept in the mailbox for a person to look at). Other mail is marked ``$ReteIgnored``
and otherwise left alone. Fragments wait unmarked until their set is complete.
"""

from __future__ import annotations

import imaplib
import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rete_desktop.errors import TransportFailed
from rete_desktop.i18n import os_reason
from rete_desktop.storage.vault import Vault
from rete_desktop.transport import mime, pec
from rete_desktop.transport.inbox import REFUSED, FetchReport, Progress, file_packet
from rete_desktop.transport.settings import MAIL, MailSettings

TIMEOUT = 60
DONE = "$ReteDone"
IGNORED = "$ReteIgnored"
REFUSED_FLAG = "\\Flagged"
MAILBOX = "INBOX"


def _failure(exc: BaseException, host: str, user: str) -> TransportFailed:
    """A clear, translated reason for what went wrong talking to a mail server."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return TransportFailed("transport.certificate_untrusted", host=host,
                               reason=exc.verify_message or str(exc))
    if isinstance(exc, smtplib.SMTPAuthenticationError | imaplib.IMAP4.error) and (
            "auth" in str(exc).lower() or "login" in str(exc).lower()
            or isinstance(exc, smtplib.SMTPAuthenticationError)):
        return TransportFailed("transport.login_failed", host=host, user=user)
    if isinstance(exc, ssl.SSLError):
        return TransportFailed("transport.tls_failed", host=host, reason=str(exc)[:200])
    if isinstance(exc, OSError):
        return TransportFailed("transport.unreachable", host=host, reason=os_reason(exc))
    return TransportFailed("transport.server_refused", host=host, reason=str(exc)[:200])


@contextmanager
def _smtp(settings: MailSettings, password: str) -> Iterator[smtplib.SMTP]:
    host = settings.smtp_host
    try:
        if settings.starttls:
            client = smtplib.SMTP(host, settings.smtp_port, timeout=TIMEOUT)
            client.ehlo()
            if not client.has_extn("starttls"):  # never send a password or a packet in clear
                client.close()
                raise TransportFailed("transport.no_starttls", host=host)
            client.starttls(context=settings.tls_context())
        else:
            client = smtplib.SMTP_SSL(host, settings.smtp_port, timeout=TIMEOUT,
                                      context=settings.tls_context())
        client.login(settings.user, password)
    except TransportFailed:
        raise
    except (OSError, smtplib.SMTPException) as exc:
        raise _failure(exc, host, settings.user) from exc
    try:
        yield client
    except (OSError, smtplib.SMTPException) as exc:
        raise _failure(exc, host, settings.user) from exc
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()


def send(settings: MailSettings, password: str, to: str, data: bytes, protocol: str) -> str:
    """Send a packet to ``to``; returns the Message-IDs sent (space-separated: one per fragment),
    which the provider's PEC receipts will name."""
    message = mime.packet_message(settings.address, to, data, protocol)
    pieces = mime.split(message, settings.max_message_size, protocol)
    with _smtp(settings, password) as client:
        for piece in pieces:
            client.send_message(piece)
    return " ".join(str(p["Message-ID"]) for p in pieces)


@contextmanager
def _imap(settings: MailSettings, password: str) -> Iterator[imaplib.IMAP4]:
    host = settings.imap_host
    try:
        if settings.starttls:
            client = imaplib.IMAP4(host, settings.imap_port, timeout=TIMEOUT)
            client.starttls(ssl_context=settings.tls_context())
        else:
            client = imaplib.IMAP4_SSL(host, settings.imap_port,
                                       ssl_context=settings.tls_context(), timeout=TIMEOUT)
        client.login(settings.user, password)
        client.select(MAILBOX)
        _, permanent = client.response("PERMANENTFLAGS")
    except (OSError, imaplib.IMAP4.error) as exc:
        raise _failure(exc, host, settings.user) from exc
    if not any(b"\\*" in flags for flags in permanent if isinstance(flags, bytes)):
        # Without keywords there is no safe "done" mark (\Seen changes when a person reads
        # the message in webmail): refuse rather than risk skipping or repeating.
        client.logout()
        raise TransportFailed("transport.no_keywords", host=host)
    try:
        yield client
    except (OSError, imaplib.IMAP4.error) as exc:
        raise _failure(exc, host, settings.user) from exc
    finally:
        try:
            client.logout()
        except (OSError, imaplib.IMAP4.error):
            client.shutdown()


def check(settings: MailSettings, password: str) -> None:
    """Log in to both servers (set-up check): raises TransportFailed with the reason."""
    with _imap(settings, password), _smtp(settings, password):
        pass


def _mark(client: imaplib.IMAP4, uids: list[bytes], *flags: str) -> None:
    client.uid("STORE", b",".join(uids).decode(), "+FLAGS.SILENT", f"({' '.join(flags)})")


def _raw(client: imaplib.IMAP4, uid: bytes) -> bytes | None:
    """The whole message, read without setting \\Seen; None when it vanished or is too large."""
    _, sized = client.uid("FETCH", uid.decode(), "(RFC822.SIZE)")
    head = sized[0] if sized and isinstance(sized[0], bytes) else b""
    size = head.partition(b"RFC822.SIZE ")[2].rstrip(b")").strip()
    if not size.isdigit() or int(size) > mime.MAX_MESSAGE:
        return None
    _, data = client.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            return bytes(item[1])
    return None


@dataclass
class _Fragments:
    uids: list[bytes] = field(default_factory=list)
    parts: list[mime.Partial] = field(default_factory=list)


def fetch(vault: Vault, settings: MailSettings, password: str,
          report: FetchReport | None = None, progress: Progress | None = None) -> FetchReport:
    """Import every packet and file every receipt waiting in the mailbox (see the module doc)."""
    report = report or FetchReport()
    with _imap(settings, password) as client:
        _, found = client.uid("SEARCH", "UNKEYWORD", DONE, "UNKEYWORD", IGNORED)
        fragments: dict[str, _Fragments] = {}
        waiting = (found[0] or b"").split()
        for handled, uid in enumerate(waiting, start=1):
            if progress:
                progress(handled, len(waiting))
            raw = _raw(client, uid)
            if raw is None:
                _mark(client, [uid], IGNORED)
                continue
            message = mime.parse(raw)
            if pec.is_receipt(message):
                proof = pec.file_receipt(vault, settings, message, raw)
                _mark(client, [uid], DONE, REFUSED_FLAG if proof.reason else "\\Seen")
                report.add(proof)
                continue
            inner = mime.unwrap_pec(message)
            piece = mime.partial(inner, raw if inner is message else inner.as_bytes())
            if piece is not None:
                group = fragments.setdefault(piece.id, _Fragments())
                group.uids.append(uid)
                group.parts.append(piece)
                continue
            _file(vault, client, [uid], mime.packet_attachment(inner), report)
        for partial_id, group in fragments.items():
            whole = mime.reassemble(group.parts)
            if whole is None:
                report.waiting_parts.append({"id": partial_id, "have": len(group.parts),
                                             "total": group.parts[0].total})
                continue
            _file(vault, client, group.uids, mime.packet_attachment(mime.parse(whole)), report)
    return report


def _file(vault: Vault, client: imaplib.IMAP4, uids: list[bytes], data: bytes | None,
          report: FetchReport) -> None:
    """File one packet, then mark its message(s): done, or done and flagged when refused."""
    if data is None:
        _mark(client, uids, IGNORED)
        return
    arrival = file_packet(vault, data, MAIL)
    if arrival.outcome == REFUSED:
        _mark(client, uids, DONE, REFUSED_FLAG)
    else:
        _mark(client, uids, DONE, "\\Seen")
    report.add(arrival)
