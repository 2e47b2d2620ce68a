"""The tar inside a packet, built and read in memory with an allow-list and size caps.

Reading never extracts to disk and never trusts a header: every member's name, type and size is
checked against the allow-list and the caps *before* its bytes are read, so a tar bomb or a path
traversal is refused without touching the filesystem.
"""

from __future__ import annotations

import io
import re
import tarfile
from collections.abc import Iterable

from rete_desktop.errors import BadInput, SecurityRefused

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PARTS_DIR = "parts/"

# Caps (documented in docs/packet-format.md). The packet file cap is checked before decryption.
MAX_PACKET_SIZE = 64 * 1024 * 1024
MAX_PARTS = 32
MAX_PART_SIZE = 32 * 1024 * 1024
MAX_MANIFEST_SIZE = 64 * 1024
MAX_SIGNATURE_SIZE = 4096
MAX_MEMBERS = MAX_PARTS + 2

# Padding buckets: powers of two from 64 KiB to 1 MiB, then whole MiB.
_MIN_BUCKET = 64 * 1024
_MIB = 1024 * 1024

PART_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def padded_size(size: int) -> int:
    """The bucket a tar of ``size`` bytes is padded to (hides the exact size of the content)."""
    bucket = _MIN_BUCKET
    while bucket < size and bucket < _MIB:
        bucket *= 2
    if size <= bucket:
        return bucket
    return -(-size // _MIB) * _MIB


def build_tar(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A deterministic POSIX ustar archive (mtime 0, no owner names), zero-padded to a bucket.

    Headers come from :class:`tarfile.TarInfo`; the archive is joined in one pass so a 20 MB
    part is copied once, not three times.
    """
    chunks: list[bytes] = []
    for name, data in members:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mode = 0o600
        info.mtime = 0
        chunks += [info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict"), data,
                   bytes(-len(data) % tarfile.BLOCKSIZE)]
    chunks.append(bytes(2 * tarfile.BLOCKSIZE))  # end-of-archive marker
    size = sum(len(c) for c in chunks)
    chunks.append(bytes(padded_size(size) - size))
    return b"".join(chunks)


def _unsafe(reason: str) -> SecurityRefused:
    return SecurityRefused("packet.unsafe_archive", reason=reason)


def _allowed_name(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE):
        return True
    return name.startswith(PARTS_DIR) and PART_NAME.fullmatch(name[len(PARTS_DIR) :]) is not None


def read_tar(data: bytes) -> dict[str, bytes]:
    """The archive's members by name; refuses anything outside the allow-list or the caps.

    Raises ``SecurityRefused("packet.unsafe_archive")`` for paths, links, special files,
    duplicates and oversized members, and ``BadInput("packet.not_rete")`` when the bytes are
    not a tar at all.
    """
    members: dict[str, bytes] = {}
    total = 0
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
            while (info := tar.next()) is not None:
                name = info.name
                if not _allowed_name(name):
                    raise _unsafe(f"member name {name[:80]!r} is not allowed")
                # Plain files only: isreg() also admits GNU sparse and contiguous members,
                # whose stored bytes are not what the header declares.
                if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
                    raise _unsafe(f"member {name!r} is a link, directory or special file")
                if name in members:
                    raise _unsafe(f"member {name!r} appears twice")
                if len(members) >= MAX_MEMBERS:
                    raise _unsafe(f"more than {MAX_MEMBERS} members")
                limit = {MANIFEST: MAX_MANIFEST_SIZE, SIGNATURE: MAX_SIGNATURE_SIZE}.get(
                    name, MAX_PART_SIZE
                )
                if info.size > limit:
                    raise _unsafe(f"member {name!r} declares {info.size} bytes (cap {limit})")
                total += info.size
                if total > MAX_PACKET_SIZE:
                    raise _unsafe(f"members add up to more than {MAX_PACKET_SIZE} bytes")
                handle = tar.extractfile(info)
                content = handle.read() if handle is not None else b""
                if len(content) != info.size:
                    raise BadInput("packet.not_rete", reason=f"member {name!r} is truncated")
                members[name] = content
    except (tarfile.TarError, EOFError, ValueError, OSError) as exc:
        raise BadInput("packet.not_rete", reason=f"not a tar archive ({exc})") from exc
    return members
