"""An attacker's packet kit, written without the app's packet writer.

Signatures are SSHSIG built by hand with ``cryptography`` (PROTOCOL.sshsig), archives come from
Python's ``tarfile`` writer padded by this module, encryption is pyrage called directly, and the
manifest is plain ``json``. Attack tests use only this, so a bug shared by our writer and our
reader cannot hide a hole.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import secrets
import struct
import tarfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

NAMESPACE = b"rete-packet-v1"
KIB, MIB = 1024, 1024 * 1024


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def ssh_public(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return "ssh-ed25519 " + base64.b64encode(_string(b"ssh-ed25519") + _string(raw)).decode()


def sshsig(key: Ed25519PrivateKey, message: bytes, namespace: bytes = NAMESPACE) -> bytes:
    """An armored SSHSIG, as ``ssh-keygen -Y sign -n NAMESPACE`` writes it."""
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    public = _string(b"ssh-ed25519") + _string(raw)
    digest = hashlib.sha512(message).digest()
    signed = b"SSHSIG" + _string(namespace) + _string(b"") + _string(b"sha512") + _string(digest)
    signature = _string(b"ssh-ed25519") + _string(key.sign(signed))
    blob = (b"SSHSIG" + struct.pack(">I", 1) + _string(public) + _string(namespace)
            + _string(b"") + _string(b"sha512") + _string(signature))
    text = base64.b64encode(blob).decode()
    lines = [text[i : i + 70] for i in range(0, len(text), 70)]
    return ("-----BEGIN SSH SIGNATURE-----\n" + "\n".join(lines)
            + "\n-----END SSH SIGNATURE-----\n").encode()


def bucket(size: int) -> int:
    """The spec's padding bucket: 64..1024 KiB by powers of two, then whole MiB."""
    for candidate in (64 * KIB, 128 * KIB, 256 * KIB, 512 * KIB, MIB):
        if size <= candidate:
            return candidate
    return -(-size // MIB) * MIB


def tar(members: Sequence[tuple[str, bytes]], *, pad: bool = True) -> bytes:
    """A ustar archive from Python's tarfile writer, cut after its end marker and padded."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o600
            archive.addfile(info, io.BytesIO(data))
    end = 1024 + sum(512 + -(-len(d) // 512) * 512 for _, d in members)
    data = buffer.getvalue()[:end]
    return data + bytes(bucket(end) - end) if pad else data


def encrypt(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    return bytes(pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(r)
                                            for r in recipients]))


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Packet:
    """A packet's pieces, each open to tampering before :meth:`seal`."""

    signing_key: Ed25519PrivateKey
    sender_id: str
    recipients: dict[str, str]  # office id -> age recipient
    sender_age: str
    parts: dict[str, tuple[str, bytes]]
    kind: str = "agenda-item"
    packet_id: str = field(default_factory=lambda: secrets.token_hex(16))
    extra: dict[str, Any] = field(default_factory=dict)

    def manifest(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "format": "rete-packet/1", "kind": self.kind, "packet_id": self.packet_id,
            "created": now_text(),
            "sender": {"office_id": self.sender_id, "signing_key": ssh_public(self.signing_key)},
            "recipients": list(self.recipients),
            "parts": [{"name": n, "media_type": t, "size": len(d),
                       "sha256": hashlib.sha256(d).hexdigest()}
                      for n, (t, d) in self.parts.items()],
        }
        doc.update(self.extra)
        return {k: v for k, v in doc.items() if v is not _DROP}

    def manifest_bytes(self) -> bytes:
        return json.dumps(self.manifest(), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode()

    def plaintext(self, manifest: bytes | None = None) -> bytes:
        body = manifest if manifest is not None else self.manifest_bytes()
        return tar([("manifest.json", body), ("manifest.sig", sshsig(self.signing_key, body)),
                    *((f"parts/{n}", d) for n, (_, d) in self.parts.items())])

    def seal(self, plaintext: bytes | None = None,
             to: Sequence[str] | None = None) -> bytes:
        keys = to if to is not None else [*self.recipients.values(), self.sender_age]
        return encrypt(plaintext if plaintext is not None else self.plaintext(), keys)


_DROP = object()  # an ``extra`` value that removes the member from the manifest
DROP: Any = _DROP


def with_parts(parts: Mapping[str, bytes]) -> dict[str, tuple[str, bytes]]:
    return {name: ("application/octet-stream", data) for name, data in parts.items()}


# --- the stalling attacks of issue 18 --------------------------------------------------------


def fake_stanzas(count: int) -> bytes:
    """``count`` well-formed X25519 stanzas for nobody (what a stranger can stuff in)."""
    out = []
    for i in range(count):
        share = base64.b64encode(hashlib.sha256(b"s%d" % i).digest()).rstrip(b"=")
        body = base64.b64encode(hashlib.sha256(b"b%d" % i).digest()).rstrip(b"=")
        out.append(b"-> X25519 " + share + b"\n" + body + b"\n")
    return b"".join(out)


def stuffed(data: bytes, stanzas: bytes) -> bytes:
    """An age file with ``stanzas`` inserted before its own (its MAC no longer matches)."""
    cut = len(b"age-encryption.org/v1\n")
    return data[:cut] + stanzas + data[cut:]


def stanza_bomb(data: bytes, size: int) -> bytes:
    """One grease stanza whose body makes the file about ``size`` bytes long."""
    body = base64.b64encode(bytes(size * 3 // 4)).rstrip(b"=")
    lines = b"\n".join(body[i : i + 64] for i in range(0, len(body), 64)) + b"\n"
    return stuffed(data, b"-> grease\n" + lines)


def pax_redos(p: Packet, size: int) -> bytes:
    """CVE-2024-6232: a pax header whose records make tarfile's regex backtrack, in front of
    ``p``'s properly signed archive, encrypted like ``p``."""
    body = b"0" * size
    info = tarfile.TarInfo("././@PaxHeader")
    info.type, info.size = tarfile.XHDTYPE, len(body)
    pax = info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict") + body + bytes(-size % 512)
    inner = p.plaintext()
    end = -(-(len(inner.rstrip(b"\0")) + 1024) // 512) * 512
    archive = pax + inner[:end]
    return p.seal(archive + bytes(bucket(len(archive)) - len(archive)))
