"""The tar inside a packet, built and read in memory with an allow-list and size caps.

Reading never extracts to disk and never trusts a header: every member's name, type and size is
checked against the allow-list and the caps *before* its bytes are read, so a tar bomb or a path
traversal is refused without touching the filesystem. The reader is our own strict ustar
parser, not ``tarfile``: the archive format is fixed by docs/packet-format.md and anything
outside it (pax, GNU extensions, trailing data) is refused rather than interpreted.
"""

from __future__ import annotations

import io
import re
import tarfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol

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

BLOCKSIZE = tarfile.BLOCKSIZE

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
    """A deterministic POSIX ustar archive (mtime 0, no owner names), zero-padded to a bucket."""
    return b"".join(tar_pieces([(name, len(data), (data,)) for name, data in members]))


def tar_pieces(
    members: Sequence[tuple[str, int, Iterable[bytes | memoryview]]],
) -> Iterator[bytes | memoryview]:
    """:func:`build_tar` as pieces, each member given as (name, size, its bytes in pieces):
    a 25 MB part passes a chunk at a time (issue 14). Headers come from
    :class:`tarfile.TarInfo`; the sizes are known first, so is the padded length. A member
    whose pieces do not add up to its size is refused (the manifest already signed it).
    """
    end = sum(BLOCKSIZE + size + (-size % BLOCKSIZE) for _, size, _ in members) + 2 * BLOCKSIZE
    for name, size, pieces in members:
        info = tarfile.TarInfo(name)
        info.size = size
        info.mode = 0o600
        info.mtime = 0
        yield info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")
        given = 0
        for piece in pieces:
            given += len(piece)
            if given > size:
                break
            yield piece
        if given != size:
            raise SecurityRefused("packet.part_mismatch", part=name)
        yield bytes(-size % BLOCKSIZE)
    yield bytes(2 * BLOCKSIZE)  # end-of-archive marker
    for start in range(end, padded_size(end), _MIB):
        yield bytes(min(_MIB, padded_size(end) - start))


def _unsafe(reason: str) -> SecurityRefused:
    return SecurityRefused("packet.unsafe_archive", reason=reason)


def _damaged(reason: str) -> BadInput:
    return BadInput("packet.damaged_archive", reason=reason)


def _allowed_name(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE):
        return True
    return name.startswith(PARTS_DIR) and PART_NAME.fullmatch(name[len(PARTS_DIR) :]) is not None


# ustar header fields: (offset, length).
_NAME, _MODE, _UID, _GID = (0, 100), (100, 8), (108, 8), (116, 8)
_SIZE, _MTIME, _CHKSUM, _TYPE = (124, 12), (136, 12), (148, 8), (156, 1)
_LINKNAME, _MAGIC, _UNAME, _GNAME = (157, 100), (257, 8), (265, 32), (297, 32)
_DEVMAJOR, _DEVMINOR, _PREFIX, _PAD = (329, 8), (337, 8), (345, 155), (500, 12)
_USTAR_MAGIC = b"ustar\x0000"  # magic "ustar\0" + version "00" (POSIX; GNU's "ustar  \0" is not)
_REGULAR = (b"0", b"\x00")
_OCTAL = re.compile(rb"[0-7]{1,11}[ \x00]{1,2}")
_TEXT = re.compile(rb"[\x21-\x7e]*\x00*")  # printable ASCII, then NUL padding only
_ZERO_BLOCK = bytes(BLOCKSIZE)
_CAPS = {MANIFEST: MAX_MANIFEST_SIZE, SIGNATURE: MAX_SIGNATURE_SIZE}


def _field(block: bytes, field: tuple[int, int]) -> bytes:
    return block[field[0] : field[0] + field[1]]


def _octal(block: bytes, field: tuple[int, int], what: str, *, empty_ok: bool = False) -> int:
    raw = _field(block, field)
    if empty_ok and raw == bytes(len(raw)):
        return 0
    if not _OCTAL.fullmatch(raw):
        # base-256 (GNU), signs, blanks before the digits: not POSIX ustar.
        raise _unsafe(f"header field {what} is not a POSIX octal number")
    return int(raw.rstrip(b" \x00"), 8)


def _text(block: bytes, field: tuple[int, int], what: str) -> str:
    raw = _field(block, field)
    if not _TEXT.fullmatch(raw):
        raise _unsafe(f"header field {what} is not NUL-padded printable ASCII")
    return raw.rstrip(b"\x00").decode("ascii")


def _checksum_ok(block: bytes) -> bool:
    raw = _field(block, _CHKSUM)
    if not _OCTAL.fullmatch(raw):
        return False
    expected = int(raw.rstrip(b" \x00"), 8)
    return expected == sum(block[:148]) + 8 * 32 + sum(block[156:])


def _member_header(block: bytes, index: int) -> tuple[str, int]:
    """(name, size) of one ustar header block, refusing every field outside the spec."""
    if not _checksum_ok(block):
        if index == 0:
            raise BadInput("packet.not_rete", reason="not a tar archive")
        raise _damaged(f"the checksum of header {index + 1} does not match")
    if _field(block, _MAGIC) != _USTAR_MAGIC:
        raise _unsafe(f"header {index + 1} is a GNU or pre-POSIX tar header, not ustar")
    kind = _field(block, _TYPE)
    if kind not in _REGULAR:
        # pax (x, g), GNU (L, K, S, ...), links, directories, devices, FIFOs, contiguous.
        raise _unsafe(f"member {index + 1} is not a regular file (type {kind!r})")
    prefix, name = _text(block, _PREFIX, "prefix"), _text(block, _NAME, "name")
    full = f"{prefix}/{name}" if prefix else name
    if not _allowed_name(full):
        raise _unsafe(f"member name {full[:80]!r} is not allowed")
    if _field(block, _LINKNAME) != bytes(100) or _field(block, _PAD) != bytes(12):
        raise _unsafe(f"member {full!r} has a link name or data in the header padding")
    _text(block, _UNAME, "uname")
    _text(block, _GNAME, "gname")
    for field, what in ((_MODE, "mode"), (_UID, "uid"), (_GID, "gid"), (_MTIME, "mtime")):
        _octal(block, field, what)
    for field, what in ((_DEVMAJOR, "devmajor"), (_DEVMINOR, "devminor")):
        _octal(block, field, what, empty_ok=True)
    return full, _octal(block, _SIZE, "size")


def read_tar(data: bytes) -> dict[str, bytes]:
    """The archive's members by name: exactly what docs/packet-format.md allows, else refused.

    POSIX ustar only (no pax or GNU extensions), regular files under the allow-list, each header
    checked field by field with its checksum, caps checked on the header before the data is
    read, data padded with zeros, then the two-zero-block end marker and only zero padding up to
    the archive's bucket. Pure Python over ``bytes``: no dependence on ``tarfile``'s reader or
    on the interpreter's patch level (CVE-2024-6232).

    Raises ``BadInput("packet.not_rete")`` when the bytes are not a tar at all,
    ``BadInput("packet.damaged_archive")`` for a damaged header or truncated data after the
    first header, and ``SecurityRefused("packet.unsafe_archive")`` for everything the spec
    forbids (types, names, duplicates, caps, data after the end of the archive).
    """
    reader = TarReader()
    reader.write(data)
    return {name: m for name, m in reader.close().items() if isinstance(m, bytes)}  # all are


class PartSink(Protocol):
    """Where a part's bytes go instead of memory (a big attachment, straight into the vault's
    sealed file as it is decrypted): hashed on the way, readable back if asked for."""

    size: int
    sha256: str  # once finished

    def write(self, piece: bytes | memoryview) -> None: ...

    def finish(self) -> None: ...

    def plaintext(self) -> bytes: ...

    def close(self) -> None: ...


Member = bytes | PartSink
# (member name, declared size) -> a sink for its bytes, or None to keep them in memory.
SinkFor = Callable[[str, int], PartSink | None]


# Where a TarReader is in the archive.
_AT_HEADER, _AT_DATA, _AT_PADDING, _AT_MARKER, _AT_TRAILER = range(5)


class TarReader:
    """:func:`read_tar` fed piece by piece, as a packet is decrypted (issue 14).

    Nothing is read ahead of the checks: a header is judged when its 512 bytes are in, before
    any of its member's data is kept, and a member's bytes are kept only up to the size its
    checked header declared (so at most the caps). Pieces may be cut anywhere. The verdicts
    are :func:`read_tar`'s; a refusal raised by :meth:`write` ends the reading.

    ``sink_for`` may send a member's bytes elsewhere than memory, decided on its checked
    header (name and size); the member is then that sink, finished.
    """

    def __init__(self, sink_for: SinkFor | None = None) -> None:
        self.members: dict[str, Member] = {}
        self._sink_for = sink_for
        self._sink: PartSink | None = None
        self._state = _AT_HEADER
        self._block = bytearray()  # a header block, or the end marker, being gathered
        self._name = ""
        self._left = 0  # bytes still to come of the member's data, or of its block padding
        self._size = 0  # the member's declared size
        self._data = io.BytesIO()  # getvalue() hands over its buffer: no second copy
        self._total = 0  # data bytes declared so far
        self._fed = 0  # archive bytes received
        self._marker_at = 0  # offset of the first zero block of the end marker
        self._trailer_clean = True  # only zeros after the end marker so far

    def write(self, piece: bytes | memoryview) -> int:
        """Take the next piece of the archive; refuses as soon as it can tell."""
        view = memoryview(piece).cast("B")
        while view:
            view = self._take(view)
        return len(piece)

    def _take(self, view: memoryview) -> memoryview:
        if self._state in (_AT_HEADER, _AT_MARKER):
            wanted = (BLOCKSIZE if self._state == _AT_HEADER else 2 * BLOCKSIZE) - len(self._block)
            self._block += view[:wanted]
            self._fed += min(wanted, len(view))
            if len(self._block) == BLOCKSIZE and self._state == _AT_HEADER:
                self._header(bytes(self._block))
            elif len(self._block) == 2 * BLOCKSIZE:
                self._marker()
            return view[wanted:]
        if self._state == _AT_TRAILER:
            self._fed += len(view)
            self._trailer_clean = self._trailer_clean and bytes(view).count(0) == len(view)
            expected = padded_size(self._marker_at + 2 * BLOCKSIZE)
            if self._fed > expected:
                raise _unsafe(f"{self._fed} bytes where the padded archive has {expected}")
            return view[len(view):]
        taken = view[: self._left]
        self._left -= len(taken)
        self._fed += len(taken)
        if self._state == _AT_DATA:
            (self._sink or self._data).write(taken)
            if not self._left:
                self._state, self._left = _AT_PADDING, -self._size % BLOCKSIZE
        elif bytes(taken).count(0) != len(taken):
            raise _unsafe(f"member {self._name!r} has data in its block padding")
        if self._state == _AT_PADDING and not self._left:
            if self._sink is not None:
                self._sink.finish()
                self.members[self._name], self._sink = self._sink, None
            else:
                self.members[self._name] = self._data.getvalue()
                self._data = io.BytesIO()
            self._state = _AT_HEADER
        return view[len(taken):]

    def _header(self, block: bytes) -> None:
        if block == _ZERO_BLOCK:
            self._state, self._marker_at = _AT_MARKER, self._fed - BLOCKSIZE
            return
        name, size = _member_header(block, len(self.members))
        if name in self.members:
            raise _unsafe(f"member {name!r} appears twice")
        if len(self.members) >= MAX_MEMBERS:
            raise _unsafe(f"more than {MAX_MEMBERS} members")
        limit = _CAPS.get(name, MAX_PART_SIZE)
        if size > limit:
            raise _unsafe(f"member {name!r} declares {size} bytes (cap {limit})")
        self._total += size
        if self._total > MAX_PACKET_SIZE:
            raise _unsafe(f"members add up to more than {MAX_PACKET_SIZE} bytes")
        self._block.clear()
        self._name, self._left, self._size, self._state = name, size, size, _AT_DATA
        self._sink = self._sink_for(name, size) if self._sink_for else None
        if not size:
            self._state = _AT_PADDING

    def _marker(self) -> None:
        if bytes(self._block[BLOCKSIZE:]) != _ZERO_BLOCK:
            raise _damaged(f"a lone zero block at offset {self._marker_at}")
        self._state = _AT_TRAILER

    def close(self) -> dict[str, Member]:
        """The members, once the whole archive has come; refuses a truncated one."""
        if self._state == _AT_HEADER:
            if not self.members and self._fed < BLOCKSIZE:
                raise BadInput("packet.not_rete", reason="not a POSIX ustar archive")
            raise _damaged("the archive ends without its end-of-archive marker")
        if self._state == _AT_MARKER:
            raise _damaged(f"a lone zero block at offset {self._marker_at}")
        if self._state != _AT_TRAILER:
            raise _damaged(f"member {self._name!r} is truncated")
        expected = padded_size(self._marker_at + 2 * BLOCKSIZE)
        if self._fed != expected:
            raise _unsafe(f"{self._fed} bytes where the padded archive has {expected}")
        if not self._trailer_clean:
            raise _unsafe("data after the end of the archive")
        return self.members
