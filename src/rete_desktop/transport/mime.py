"""Mail messages that carry packets: built, split into RFC 2046 ``message/partial`` fragments
when the account caps message size, and read back (no network here, so it is fuzzed alone).

A packet message says nothing about its content: subject and body hold the protocol number and a
neutral text, the attachment is ``rete-<year>-<number>.age``. A fragment set is reassembled only
when every part is present, and before any packet check; then the whole message is read again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import formatdate, make_msgid

from rete_desktop.packets.archive import MAX_PACKET_SIZE

ATTACHMENT_MEDIA_TYPE = ("application", "octet-stream")
SUBJECT = "Protocollo {protocol}"
PART_SUBJECT = "Protocollo {protocol} ({number}/{total})"
BODY = ("Documento cifrato, protocollo {protocol}. Si apre solo con l'applicazione Rete "
        "dell'ufficio destinatario.\r\n\r\nEncrypted document, protocol {protocol}.\r\n")
# a base64 packet grows by 4/3 plus line ends; headers and the body add little
MAX_MESSAGE = MAX_PACKET_SIZE * 14 // 10 + 64 * 1024
MAX_PARTS = 200
HEADER_ROOM = 2048  # bytes kept free in each fragment for its own headers
PEC_ENVELOPE = "posta-certificata"
_PARTIAL_ID = re.compile(r"[\x21-\x7e]{1,200}")
_PARSER = BytesParser(policy=policy.default)


def file_name(protocol: str) -> str:
    return f"rete-{protocol.replace('/', '-')}.age"


def _domain(address: str) -> str:
    return address.rpartition("@")[2] or "localhost"


def packet_message(sender: str, recipient: str, data: bytes, protocol: str) -> EmailMessage:
    """One message carrying one packet (a fresh random Message-ID at our domain)."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = SUBJECT.format(protocol=protocol)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=_domain(sender))
    message.set_content(BODY.format(protocol=protocol), cte="7bit")
    message.add_attachment(data, *ATTACHMENT_MEDIA_TYPE, filename=file_name(protocol))
    return message


def split(message: EmailMessage, max_size: int, protocol: str) -> list[EmailMessage]:
    """The message itself if it fits in ``max_size`` bytes, else ``message/partial`` fragments
    (RFC 2046 5.2.2): the first carries the enclosed headers, each is cut on a line end."""
    whole = message.as_bytes(policy=policy.SMTP)
    if len(whole) <= max_size:
        return [message]
    room = max_size - HEADER_ROOM
    chunks: list[bytes] = []
    current = bytearray()
    for line in whole.splitlines(keepends=True):
        if current and len(current) + len(line) > room:
            chunks.append(bytes(current))
            current = bytearray()
        current += line
    chunks.append(bytes(current))
    partial_id = make_msgid(domain=_domain(str(message["From"])))
    fragments = []
    for number, chunk in enumerate(chunks, start=1):
        fragment = EmailMessage(policy=policy.SMTP)
        for name in ("From", "To", "Date"):
            fragment[name] = message[name]
        fragment["Subject"] = PART_SUBJECT.format(protocol=protocol, number=number,
                                                  total=len(chunks))
        fragment["Message-ID"] = make_msgid(domain=_domain(str(message["From"])))
        fragment["MIME-Version"] = "1.0"
        fragment["Content-Type"] = (f'message/partial; id="{partial_id}"; number={number};'
                                    f" total={len(chunks)}")
        fragment["Content-Transfer-Encoding"] = "7bit"
        fragment.set_payload(chunk.decode("ascii"))
        fragments.append(fragment)
    return fragments


def parse(raw: bytes) -> Message:
    return _PARSER.parsebytes(raw)


def unwrap_pec(message: Message) -> Message:
    """The original message inside a PEC *busta di trasporto* (``postacert.eml``), or the
    message itself when it is not one."""
    if (message.get("X-Trasporto") or "").strip().lower() != PEC_ENVELOPE:
        return message
    for part in message.walk():
        if part.get_content_type() == "message/rfc822" and part.get_filename() == "postacert.eml":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                return inner[0]
    return message


@dataclass(frozen=True)
class Partial:
    """One ``message/partial`` fragment."""

    id: str
    number: int
    total: int
    body: bytes


def body_bytes(raw: bytes) -> bytes:
    """What follows the header block of a raw message (the parser would re-read a fragment's
    body as a message; the fragment must be kept byte for byte)."""
    ends = [i + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if (i := raw.find(sep)) >= 0]
    return raw[min(ends):] if ends else b""


def partial(message: Message, raw: bytes) -> Partial | None:
    """The fragment's id, number, total and body (``raw``: the message's own bytes); None if it
    is not a well-formed fragment."""
    if message.get_content_type() != "message/partial":
        return None
    params = dict(message.get_params() or [])
    partial_id, number, total = params.get("id"), params.get("number"), params.get("total")
    if not (isinstance(partial_id, str) and _PARTIAL_ID.fullmatch(partial_id)
            and isinstance(number, str) and number.isdigit() and len(number) < 4
            and isinstance(total, str) and total.isdigit() and len(total) < 4):
        return None
    n, t = int(number), int(total)
    if not 1 <= n <= t <= MAX_PARTS:
        return None
    return Partial(partial_id, n, t, body_bytes(raw))


def reassemble(parts: list[Partial]) -> bytes | None:
    """The enclosed message from a complete set (numbers 1..total, each once), else None."""
    if not parts:
        return None
    total = parts[0].total
    by_number = {p.number: p for p in parts if p.total == total}
    if sorted(by_number) != list(range(1, total + 1)):
        return None
    whole = b"".join(by_number[n].body for n in range(1, total + 1))
    return whole if len(whole) <= MAX_MESSAGE else None


def packet_attachment(message: Message) -> bytes | None:
    """The bytes of the first ``*.age`` attachment (looking inside attached messages), capped."""
    for part in message.walk():
        name = part.get_filename() or ""
        if name.endswith(".age") and not part.is_multipart():
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                return data[: MAX_PACKET_SIZE + 1]
    return None
