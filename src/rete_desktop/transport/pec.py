"""PEC receipts (ricevute): the provider's proof that a message was accepted and delivered.

Format (DPR 68/2005, DM 2 novembre 2005 technical rules; RFC 6109): a receipt carries the
header ``X-Ricevuta`` (accettazione, non-accettazione, presa-in-carico, avvenuta-consegna,
errore-consegna, preavviso-errore-consegna, rilevazione-virus) and ``X-Riferimento-Message-ID``
(the Message-ID of the message it is about), is S/MIME-signed by the provider
(``multipart/signed`` with ``smime.p7s``) and carries ``daticert.xml``::

    <postacert tipo="avvenuta-consegna" errore="nessuno">
      <intestazione><mittente/><destinatari tipo="certificato"/><risposte/><oggetto/></intestazione>
      <dati><gestore-emittente/><data zona="+0100"><giorno>dd/mm/yyyy</giorno><ora>hh:mm:ss</ora>
      </data><identificativo/><msgid>&lt;id@host&gt;</msgid><consegna>address</consegna></dati>
    </postacert>

**Trusted** here means all of: it came through this office's own mailbox, which is set up as a
PEC account (a PEC mailbox only takes PEC traffic; mail from outside arrives wrapped in an
*anomalia* envelope, so a bare ``X-Ricevuta`` at the top was written by the provider); it is
``multipart/signed`` with a PKCS#7 signature holding a certificate; ``X-Ricevuta`` and the
daticert ``tipo`` agree, and so do ``X-Riferimento-Message-ID`` and ``<msgid>``; and that
Message-ID is one this office sent. Not checked (documented in docs/transport.md): the S/MIME
signature itself and the provider's certificate against AgID's public list of PEC providers —
the whole signed message is kept as evidence so anyone can verify it later with a standard tool.
Anything less is recorded as an untrusted proof and changes no delivery state.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.message import Message

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs7

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput
from rete_desktop.storage.vault import Vault, new_id, now_utc
from rete_desktop.transport import deliveries
from rete_desktop.transport.inbox import PROOF, Arrival, logged, record_proof
from rete_desktop.transport.settings import MAIL, MailSettings

RECEIPT_KINDS = ("accettazione", "non-accettazione", "presa-in-carico", "avvenuta-consegna",
                 "errore-consegna", "preavviso-errore-consegna", "rilevazione-virus")
DELIVERED = ("avvenuta-consegna",)
NOT_DELIVERED = ("non-accettazione", "errore-consegna", "preavviso-errore-consegna",
                 "rilevazione-virus")
MAX_DATICERT = 64 * 1024
SIGNATURE_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")


@dataclass(frozen=True)
class Daticert:
    """What a ``daticert.xml`` certifies."""

    kind: str
    error: str
    sender: str
    recipients: tuple[str, ...]
    subject: str
    provider: str
    issued: str  # "dd/mm/yyyy hh:mm:ss zone" as written
    identifier: str
    msgid: str
    delivered_to: str | None


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def parse_daticert(data: bytes) -> Daticert:
    """Read ``daticert.xml`` (BadInput if it is not one); no DTD or entity is ever loaded."""
    if len(data) > MAX_DATICERT or b"<!ENTITY" in data:
        raise BadInput("transport.bad_daticert")
    try:
        root = ET.fromstring(data)  # noqa: S314 - capped, no entities; expat loads no DTD
    except ET.ParseError as exc:
        raise BadInput("transport.bad_daticert") from exc
    kind = root.get("tipo", "")
    if root.tag != "postacert" or not kind:
        raise BadInput("transport.bad_daticert")
    head, dati = root.find("intestazione"), root.find("dati")
    if head is None or dati is None:
        raise BadInput("transport.bad_daticert")
    when = dati.find("data")
    issued = " ".join(filter(None, (_text(when.find("giorno")) if when is not None else "",
                                    _text(when.find("ora")) if when is not None else "",
                                    when.get("zona", "") if when is not None else "")))
    return Daticert(
        kind=kind, error=root.get("errore", "nessuno"), sender=_text(head.find("mittente")),
        recipients=tuple(_text(d) for d in head.findall("destinatari") if _text(d)),
        subject=_text(head.find("oggetto")), provider=_text(dati.find("gestore-emittente")),
        issued=issued, identifier=_text(dati.find("identificativo")),
        msgid=_text(dati.find("msgid")), delivered_to=_text(dati.find("consegna")) or None,
    )


def is_receipt(message: Message) -> bool:
    return message.get("X-Ricevuta") is not None


def _daticert(message: Message) -> bytes | None:
    for part in message.walk():
        if part.get_filename() == "daticert.xml" and not part.is_multipart():
            data = part.get_payload(decode=True)
            return data if isinstance(data, bytes) else None
    return None


def _signer(message: Message) -> x509.Certificate | None:
    """The first certificate of the S/MIME signature of a ``multipart/signed`` message."""
    if message.get_content_type() != "multipart/signed":
        return None
    for part in message.walk():
        if part.get_content_type() in SIGNATURE_TYPES:
            data = part.get_payload(decode=True)
            try:
                certificates = pkcs7.load_der_pkcs7_certificates(data) if isinstance(
                    data, bytes) else []
            except ValueError:
                return None
            return certificates[0] if certificates else None
    return None


@dataclass(frozen=True)
class Verdict:
    daticert: Daticert | None
    trusted: bool
    reason: str | None  # message id when not trusted
    provider: str | None


def judge(vault: Vault, settings: MailSettings, message: Message) -> Verdict:
    """Decide whether a receipt is trusted (see the module doc); never raises on bad input."""
    raw = _daticert(message)
    try:
        cert = parse_daticert(raw) if raw is not None else None
    except BadInput:
        cert = None
    if cert is None:
        return Verdict(None, False, "transport.pec_no_daticert", None)
    header_kind = (message.get("X-Ricevuta") or "").strip()
    reference = (message.get("X-Riferimento-Message-ID") or "").strip()
    signer = _signer(message)
    provider = signer.subject.rfc4514_string()[:300] if signer else None
    if not settings.pec:
        reason: str | None = "transport.pec_not_pec_account"
    elif signer is None:
        reason = "transport.pec_unsigned"
    elif header_kind != cert.kind or header_kind not in RECEIPT_KINDS or reference != cert.msgid:
        reason = "transport.pec_inconsistent"
    elif not deliveries.by_message_id(vault, cert.msgid):
        reason = "transport.pec_unknown_message"
    else:
        reason = None
    return Verdict(cert, reason is None, reason, provider)


def file_receipt(vault: Vault, settings: MailSettings, message: Message, raw: bytes) -> Arrival:
    """Keep a receipt as proof (the whole message) and, when trusted, move the deliveries it
    speaks of: delivered, or not delivered with the provider's error."""
    earlier = logged(vault, hashlib.sha256(raw).hexdigest())
    if earlier is not None:
        return earlier
    verdict = judge(vault, settings, message)
    cert = verdict.daticert
    targets = deliveries.by_message_id(vault, cert.msgid) if cert and verdict.trusted else []
    packet_id = targets[0].packet_id if targets else ""
    reason = deliveries.reason_json_id(verdict.reason) if verdict.reason else None
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO delivery_proofs (id, packet_id, kind, address, issued, provider_id,"
            " trusted, reason, sha256, data, recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), packet_id, cert.kind if cert else "-",
             cert.delivered_to if cert else None, cert.issued if cert else None,
             verdict.provider, int(verdict.trusted), reason,
             hashlib.sha256(raw).hexdigest(), raw, now_utc()),
        )
        record_proof(conn, raw, MAIL, packet_id, cert.kind if cert else "-", reason)
        vault.audit(AuditAction.TRANSPORT_PEC_RECEIPT, "packet", packet_id or None,
                    f"kind={cert.kind if cert else '-'};trusted={int(verdict.trusted)}")
        for target in targets:
            _apply(vault, conn, cert, target)
    return Arrival(PROOF, cert.kind if cert else None, packet_id or None, None, None, reason)


def _apply(vault: Vault, conn: object, cert: Daticert | None,
           target: deliveries.Delivery) -> None:
    """Move one delivery as a trusted receipt says (a delivery receipt names its address)."""
    if cert is None:
        return
    if cert.kind in DELIVERED:
        if cert.delivered_to and cert.delivered_to.lower() != target.address:
            return
        if target.state in (deliveries.SENT, deliveries.QUEUED, deliveries.FAILED):
            deliveries.update(vault, conn, target.packet_id, target.recipient,
                              deliveries.DELIVERED)
    elif cert.kind in NOT_DELIVERED and target.state != deliveries.DELIVERED:
        deliveries.update(
            vault, conn, target.packet_id, target.recipient, deliveries.NOT_DELIVERED,
            reason=deliveries.reason_json_id("transport.pec_not_delivered", kind=cert.kind,
                                             error=cert.error))
