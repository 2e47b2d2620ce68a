"""A strict, capped reader of the age v1 header, run before any byte reaches pyrage.

Why: rage parses the whole header and tries every stanza before it gives up, so a file with a few
thousand fake recipient stanzas (or one 12 MB stanza body) kept it busy for a minute while the
vault lock was held. This reader looks at no more than :data:`MAX_HEADER` bytes, follows the
grammar of the age v1 spec (C2SP, age-encryption.org/v1) exactly, and caps what a Rete packet
can plausibly contain: one X25519 stanza per recipient (at most 64) plus the sender's own, and a
few grease stanzas. It never decrypts; the header MAC and the payload stay pyrage's job.

Grammar (LF line ends only, no CR)::

    "age-encryption.org/v1" LF
    *( "->" 1*(SP arg) LF body )     ; arg = 1*VCHAR (0x21-0x7E)
    "---" SP 43base64 LF             ; the header MAC
    16-byte payload nonce, then the payload

    body = *(64 base64 LF) (0-63 base64 LF)   ; canonical base64, no padding

An ``X25519`` stanza has exactly one argument, a canonical base64 share of 32 bytes that is not a
low-order point, and a body of exactly 32 bytes. ``scrypt`` (passphrase) stanzas are refused:
packets are never passphrase-encrypted. Other stanza types are grease and are only capped.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

VERSION_LINE = b"age-encryption.org/v1\n"

# Caps (docs/packet-format.md, "age header").
MAX_X25519_STANZAS = 64 + 1  # manifest recipients cap + the sender's own stanza
MAX_OTHER_STANZAS = 4  # grease: rage adds one; the spec's own vectors use two
MAX_HEADER = 16 * 1024  # 65 X25519 stanzas take about 6.5 KiB
MAX_STANZA_LINE = 128  # bytes of one "-> ..." line without the LF; rage's grease is <= 66
MAX_OTHER_BODY = 256  # decoded bytes of a grease stanza body; rage's grease is < 100
NONCE_SIZE = 16

_B64_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_BODY_COLUMNS = 64
_MAC_CHARS = 43  # 32 bytes, unpadded base64
_X25519_SIZE = 32


class HeaderError(ValueError):
    """Base of the header verdicts; the message says what was wrong (English, for logs)."""


class NotAgeHeader(HeaderError):
    """The first line is not the binary age v1 version line (armored input included)."""


class MalformedHeader(HeaderError):
    """The header breaks the age v1 grammar (what the spec calls a header failure)."""


class PassphraseFile(HeaderError):
    """A ``scrypt`` stanza: the file is locked with a passphrase, never to an office's key."""


class HeaderOverCaps(HeaderError):
    """The header is well formed so far but larger than any Rete packet's can be."""


@dataclass(frozen=True)
class Stanza:
    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class AgeHeader:
    stanzas: tuple[Stanza, ...]
    size: int  # bytes up to and including the MAC line

    @property
    def x25519_count(self) -> int:
        return sum(1 for s in self.stanzas if s.type == "X25519")


def _b64(text: bytes, what: str) -> bytes:
    """Canonical unpadded base64, as the spec requires (no '=', unused bits zero)."""
    if not set(text) <= _B64_CHARS:
        raise MalformedHeader(f"{what} is not unpadded base64")
    try:
        raw = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error as exc:
        raise MalformedHeader(f"{what} is not valid base64") from exc
    if base64.b64encode(raw).rstrip(b"=") != text:
        raise MalformedHeader(f"{what} is not canonical base64")
    return raw


def _low_order(share: bytes) -> bool:
    """True when X25519 with this share gives the all-zero secret age forbids (the library
    refuses to return it, for any clamped private key)."""
    try:
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:
        return True
    return False


class _Lines:
    """LF-terminated lines of the first :data:`MAX_HEADER` bytes, with the offset reached."""

    def __init__(self, data: bytes, pos: int) -> None:
        self.data = data
        self.pos = pos

    def next(self, cap: int, too_long: type[HeaderError]) -> bytes:
        """The next line (without LF) of at most ``cap`` bytes; ``too_long`` if it is longer."""
        limit = min(self.pos + cap + 1, MAX_HEADER)
        end = self.data.find(b"\n", self.pos, limit)
        if end < 0:
            if len(self.data) < limit:
                raise MalformedHeader("the header is truncated")
            if limit == MAX_HEADER:
                raise HeaderOverCaps(f"the header is longer than {MAX_HEADER} bytes")
            raise too_long(f"a header line is longer than {cap} bytes")
        line = self.data[self.pos : end]
        self.pos = end + 1
        if b"\r" in line:
            raise MalformedHeader("a header line contains a carriage return")
        return line


def _args(line: bytes) -> tuple[str, ...]:
    parts = line[3:].split(b" ")
    if not parts or any(not p or not all(0x21 <= c <= 0x7E for c in p) for p in parts):
        raise MalformedHeader("a stanza argument is empty or has a character outside 0x21-0x7E")
    return tuple(p.decode("ascii") for p in parts)


def _body(lines: _Lines, cap: int, too_large: type[HeaderError]) -> bytes:
    chunks = []
    total = 0
    while True:
        line = lines.next(_BODY_COLUMNS, MalformedHeader)
        chunks.append(line)
        total += len(line)
        if total * 3 // 4 > cap:
            raise too_large(f"a stanza body is larger than {cap} bytes")
        if len(line) < _BODY_COLUMNS:
            return _b64(b"".join(chunks), "a stanza body")


def _stanza(lines: _Lines, line: bytes) -> Stanza:
    args = _args(line)
    kind, rest = args[0], args[1:]
    if kind == "scrypt":
        raise PassphraseFile("passphrase (scrypt) stanzas are not used by Rete packets")
    if kind != "X25519":
        return Stanza(kind, rest, _body(lines, MAX_OTHER_BODY, HeaderOverCaps))
    body = _body(lines, _X25519_SIZE, MalformedHeader)
    if len(rest) != 1 or len(rest[0]) != _MAC_CHARS:
        raise MalformedHeader("an X25519 stanza must have exactly one 32-byte share")
    share = _b64(rest[0].encode("ascii"), "an X25519 share")
    if len(share) != _X25519_SIZE or len(body) != _X25519_SIZE:
        raise MalformedHeader("an X25519 stanza must have a 32-byte share and body")
    if _low_order(share):
        raise MalformedHeader("an X25519 share is a low-order point")
    return Stanza(kind, rest, body)


def read_header(data: bytes) -> AgeHeader:
    """Parse and cap the header of a binary age v1 file; raises a :class:`HeaderError`.

    Reads at most :data:`MAX_HEADER` bytes plus the payload nonce's length check, so the cost
    is bounded whatever the file's size.
    """
    if not data.startswith(VERSION_LINE):
        raise NotAgeHeader("not a binary age v1 file (armored files are refused too)")
    lines = _Lines(data, len(VERSION_LINE))
    stanzas: list[Stanza] = []
    x25519 = other = 0
    while True:
        line = lines.next(MAX_STANZA_LINE, HeaderOverCaps)
        if line.startswith(b"--- "):
            if len(line) != 4 + _MAC_CHARS:
                raise MalformedHeader("the header MAC line is malformed")
            _b64(line[4:], "the header MAC")
            break
        if not line.startswith(b"-> "):
            raise MalformedHeader("a header line starts with neither '-> ' nor '--- '")
        stanza = _stanza(lines, line)
        if stanza.type == "X25519":
            x25519 += 1
        else:
            other += 1
        if x25519 > MAX_X25519_STANZAS or other > MAX_OTHER_STANZAS:
            raise HeaderOverCaps(
                f"more than {MAX_X25519_STANZAS} X25519 or {MAX_OTHER_STANZAS} other stanzas"
            )
        stanzas.append(stanza)
    if not stanzas:
        raise MalformedHeader("the header has no recipient stanza")
    if len(data) < lines.pos + NONCE_SIZE:
        raise MalformedHeader("the payload nonce is missing or short")
    return AgeHeader(tuple(stanzas), lines.pos)
