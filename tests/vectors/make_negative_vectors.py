"""Regenerate the negative packet vectors: `python -m tests.vectors.make_negative_vectors`.

Each file under `tests/vectors/negative/` is a packet that a conforming reader must refuse, with
the verdict (message id and exit code) listed in `negative/index.json`. They are made with the
published TEST keys of `packet-referral.age` (recipient `0f1e2d3c4b5a6978`, sender
`5e4d3c2b1a090807`) and with tests/attack_kit.py, never with the app's packet writer, so another
implementation can check itself against these files and our docs/packet-format.md alone.

Premise for every vector: the reader is office `0f1e2d3c4b5a6978` holding
`recipient-age-identity.txt`; its directory lists `5e4d3c2b1a090807` as an active member with
`sender-signing-key.pub` and `sender-age-identity.txt`'s recipient; its clock reads `created` +
1 minute. Vectors marked `"needs": "directory"` pass checks 1-5 and are refused by check 6-8.
"""

from __future__ import annotations

import base64
import io
import json
import sys
import tarfile
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_ssh_private_key
from tests import attack_kit as kit

HERE = Path(__file__).resolve().parent
OUT = HERE / "negative"
SENDER_ID, RECIPIENT_ID = "5e4d3c2b1a090807", "0f1e2d3c4b5a6978"
CREATED = "2026-03-02T09:30:00Z"
PARTS = kit.with_parts({"note.txt": b"negative vector"})


def _keys() -> tuple[Ed25519PrivateKey, str, str]:
    signing = load_ssh_private_key((HERE / "sender-signing-key").read_bytes(), None)
    assert isinstance(signing, Ed25519PrivateKey)
    recipient = pyrage.x25519.Identity.from_str(
        (HERE / "recipient-age-identity.txt").read_text().strip()).to_public()
    sender = pyrage.x25519.Identity.from_str(
        (HERE / "sender-age-identity.txt").read_text().strip()).to_public()
    return signing, str(recipient), str(sender)


def _packet(**extra: object) -> kit.Packet:
    signing, recipient, sender = _keys()
    return kit.Packet(signing, SENDER_ID, {RECIPIENT_ID: recipient}, sender, dict(PARTS),
                      packet_id="0123456789abcdef0123456789abcdef",
                      extra={"created": CREATED, **extra})


def _after_version_line(data: bytes, stanzas: bytes) -> bytes:
    cut = len(b"age-encryption.org/v1\n")
    return data[:cut] + stanzas + data[cut:]


def _tar_with(member: tarfile.TarInfo, data: bytes, fmt: int = tarfile.USTAR_FORMAT) -> bytes:
    p = _packet()
    body = p.manifest_bytes()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:", format=fmt) as archive:
        for name, content in (("manifest.json", body),
                              ("manifest.sig", kit.sshsig(p.signing_key, body))):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
        archive.addfile(member, io.BytesIO(data))
    raw = buffer.getvalue()
    return raw + bytes(kit.bucket(len(raw)) - len(raw))


def vectors() -> dict[str, tuple[bytes, str, int, str]]:
    """name -> (file bytes, verdict message id, exit code, rule)."""
    p = _packet()
    good = p.seal()
    found: dict[str, tuple[bytes, str, int, str]] = {}

    def add(name: str, data: bytes, verdict: str, code: int, rule: str) -> None:
        found[name] = (data, verdict, code, rule)

    # --- the age header (docs: "Header caps") --------------------------------------------------
    many = [str(pyrage.x25519.Identity.generate().to_public()) for _ in range(64)]
    add("age-66-x25519-stanzas", p.seal(to=[*p.recipients.values(), p.sender_age, *many]),
        "packet.age_header_too_large", 4, "at most 65 X25519 stanzas")
    add("age-5-grease-stanzas", _after_version_line(good, b"-> grease\n\n" * 5),
        "packet.age_header_too_large", 4, "at most 4 non-X25519 stanzas")
    add("age-long-stanza-line", _after_version_line(good, b"-> grease " + b"a" * 130 + b"\n\n"),
        "packet.age_header_too_large", 4, "a stanza line is at most 128 bytes")
    body = base64.b64encode(bytes(300)).rstrip(b"=")
    lines = b"".join(body[i : i + 64] + b"\n" for i in range(0, len(body), 64))
    add("age-large-grease-body", _after_version_line(good, b"-> grease\n" + lines),
        "packet.age_header_too_large", 4, "a grease body is at most 256 bytes")
    add("age-crlf", good.replace(b"age-encryption.org/v1\n", b"age-encryption.org/v1\r\n", 1),
        "packet.not_age", 4, "the version line ends with LF alone")
    header_end = good.index(b"\n---") + 1
    add("age-crlf-stanza", good[:header_end - 1] + b"\r" + good[header_end - 1 :],
        "packet.corrupted", 4, "header lines end with LF, no CR")
    add("age-scrypt", bytes(pyrage.passphrase.encrypt(p.plaintext(), "passphrase")),
        "packet.not_for_us", 5, "passphrase (scrypt) files are not addressed to an office")
    add("age-missing-sender-stanza", p.seal(to=list(p.recipients.values())),
        "packet.recipients_mismatch", 5, "X25519 stanzas = recipients + 1 (the sender)")

    # --- the archive (docs: "Readers accept exactly this") ----------------------------------------
    info = tarfile.TarInfo("parts/note.txt")
    info.size = len(PARTS["note.txt"][1])
    pax = tarfile.TarInfo("parts/note.txt")
    pax.size = info.size
    pax.pax_headers = {"comment": "pax"}
    add("tar-pax-header", p.seal(_tar_with(pax, PARTS["note.txt"][1], tarfile.PAX_FORMAT)),
        "packet.unsafe_archive", 5, "no pax extended headers (type x/g)")
    long_name = tarfile.TarInfo("parts/" + "n" * 100)
    long_name.size = info.size
    add("tar-gnu-longname", p.seal(_tar_with(long_name, PARTS["note.txt"][1], tarfile.GNU_FORMAT)),
        "packet.unsafe_archive", 5, "no GNU headers or GNU magic")
    link = tarfile.TarInfo("parts/note.txt")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    add("tar-symlink", p.seal(_tar_with(link, b"")), "packet.unsafe_archive", 5,
        "regular files only")
    plain = p.plaintext()
    end = len(plain.rstrip(b"\0"))
    end = -(-end // 512) * 512 + 1024
    add("tar-trailing-data", p.seal(plain[:end] + b"X" + plain[end + 1 :]),
        "packet.unsafe_archive", 5, "zero bytes only after the end-of-archive marker")
    add("tar-unpadded", p.seal(plain[:end]), "packet.unsafe_archive", 5,
        "zero padding exactly to the bucket (64 KiB here)")
    add("tar-padded-too-far", p.seal(plain + bytes(512)), "packet.unsafe_archive", 5,
        "zero padding exactly to the bucket, not beyond")
    for name, size, verdict, code, rule in (
        ("tar-part-over-32-mib", 32 * kit.MIB + 1, "packet.unsafe_archive", 5,
         "a part is at most 32 MiB (33 554 432 bytes), checked on the header"),
        ("tar-part-of-32-mib-truncated", 32 * kit.MIB, "packet.damaged_archive", 4,
         "32 MiB exactly is within the cap (MiB, not MB); its data is missing"),
    ):
        big = tarfile.TarInfo("parts/big.bin")
        big.size = size
        header = big.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")
        front = plain[:end - 1024]  # manifest.json and manifest.sig, without the end marker
        archive = front + header + bytes(1024)
        add(name, p.seal(archive + bytes(kit.bucket(len(archive)) - len(archive))), verdict,
            code, rule)
    damaged = bytearray(plain)
    second = 512 + -(-len(p.manifest_bytes()) // 512) * 512
    damaged[second + 1] ^= 0x01
    add("tar-damaged-second-header", p.seal(bytes(damaged)), "packet.damaged_archive", 4,
        "a damaged header after the first is a damaged file")

    # --- the manifest (docs: "manifest.json") -----------------------------------------------------
    public = kit.ssh_public(p.signing_key)
    for name, extra, rule in (
        ("manifest-sender-among-recipients", {"recipients": [RECIPIENT_ID, SENDER_ID]},
         "the sender is not listed among the recipients"),
        ("manifest-key-with-comment", {"sender": {"office_id": SENDER_ID,
                                                  "signing_key": public + " office@pc"}},
         "signing_key is canonical: no comment"),
        ("manifest-key-extra-blanks", {"sender": {"office_id": SENDER_ID,
                                                  "signing_key": public.replace(" ", "  ")}},
         "signing_key is canonical: one space"),
        ("manifest-created-unpadded", {"created": "2026-3-2T9:30:00Z"},
         "created is exactly YYYY-MM-DDTHH:MM:SSZ"),
        ("manifest-created-offset", {"created": "2026-03-02T09:30:00+00:00"},
         "created is exactly YYYY-MM-DDTHH:MM:SSZ (Z, not +00:00)"),
        ("manifest-in-reply-to-null", {"in_reply_to": None},
         "in_reply_to is absent or a packet id, never null"),
        ("manifest-office-id-uppercase", {"recipients": [RECIPIENT_ID.upper()]},
         "office ids are 16 lowercase hex digits"),
    ):
        add(name, _packet(**extra).seal(), "packet.not_rete", 4, rule)

    # --- checks that need the directory (premise in the module docstring) ---------------------
    other = Ed25519PrivateKey.generate()
    substituted = _packet(sender={"office_id": SENDER_ID, "signing_key": kit.ssh_public(other)})
    substituted.signing_key = other
    add("directory-key-substitution", substituted.seal(), "packet.key_mismatch", 5,
        "the signer's key must be the directory's key for sender.office_id")
    add("directory-replay-first", good, "accepted", 0,
        "accepted once; the replay key is (sender.office_id, packet_id)")
    add("directory-replay-second", p.seal(), "packet.replay", 5,
        "the same sender and packet id again, even in a fresh encryption, after the first")
    return found


def main() -> None:
    """Writes the vectors that are missing (``--all`` rewrites every file: the bytes change,
    since encryption is randomized) and the whole index."""
    OUT.mkdir(exist_ok=True)
    rewrite = "--all" in sys.argv[1:]
    index = {}
    for name, (data, verdict, code, rule) in vectors().items():
        if rewrite or not (OUT / f"{name}.age").exists():
            (OUT / f"{name}.age").write_bytes(data)
        index[name] = {"verdict": verdict, "exit": code, "rule": rule,
                       "needs": "directory" if name.startswith("directory-") else "keys"}
    (OUT / "index.json").write_text(json.dumps(index, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
