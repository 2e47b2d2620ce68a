"""A file's bytes sealed in authenticated chunks under a key of its own (AES-256-GCM).

Used for attachment contents kept beside the vault (``storage/attachment_files.py``): each file
has a random 256-bit key that lives only in its row of the encrypted database, so erasing the
row leaves the file unreadable even where the disk keeps an old copy of its blocks.

Why not age, as packets are: the bytes of an export pass through two ciphers (the file's, then
the packet's age encryption) and of an import through two too. rage's ChaCha20-Poly1305 runs at
about 400 MB/s on our machines, AES-GCM from ``cryptography`` (OpenSSL, AES-NI) at 1.5-4 GB/s:
with age at rest the export path stays under 0.5x the ``age`` CLI (docs/performance.md).

Format (no header; the key, the size and the SHA-256 are in the database): the plaintext is cut
into pieces of :data:`CHUNK` bytes and a last piece of ``size % CHUNK`` bytes, which may be
empty. Piece *i* is sealed with the nonce ``i`` (11 bytes, big-endian) followed by 1 for the
last piece and 0 for the others, as age's STREAM construction does: a piece cannot be moved,
dropped, repeated or taken from another file, and a file cut at a piece boundary is refused
because its last piece is not marked last. Every piece but the last is exactly
``CHUNK + TAG`` bytes long, so the reader knows the last piece by its length.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
CHUNK = 256 * 1024
TAG = 16
_MAX_PIECES = 1 << 64  # the counter's room; far beyond any attachment


class SealedFileDamaged(ValueError):
    """A piece does not open with the key: altered, truncated, extended or another file."""


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def sealed_size(size: int) -> int:
    """How many bytes ``size`` bytes of plaintext take sealed (what the disk shows of it)."""
    return size + (size // CHUNK + 1) * TAG


def _nonce(index: int, last: bool) -> bytes:
    if index >= _MAX_PIECES:
        raise ValueError("too many pieces")
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class Sealer:
    """:func:`seal` fed piece by piece (a part received in a packet, as it is decrypted)."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)
        self._pending = bytearray()
        self._index = 0

    def update(self, piece: bytes | memoryview) -> Iterator[bytes]:
        """The sealed pieces that ``piece`` completes (none until a whole CHUNK is in).

        Whole CHUNKs are sealed straight from ``piece``; only what straddles a CHUNK border
        is copied (a received part starts anywhere in the runs it is decrypted in, so every
        run straddles one: copying whole runs cost a pass over the part)."""
        view = memoryview(piece).cast("B")
        if self._pending:
            take = CHUNK - len(self._pending)
            self._pending += view[:take]
            view = view[take:]
            if len(self._pending) < CHUNK:
                return
            full, self._pending = self._pending, bytearray()
            yield self._seal(full, False)
        whole = len(view) - len(view) % CHUNK
        for start in range(0, whole, CHUNK):
            yield self._seal(view[start:start + CHUNK], False)
        if whole < len(view):
            self._pending = bytearray(view[whole:])

    def finish(self) -> bytes:
        """The last piece (``size % CHUNK`` bytes, possibly none), marked last."""
        return self._seal(bytes(self._pending), True)

    def _seal(self, plain: bytes | bytearray | memoryview, last: bool) -> bytes:
        sealed = self._aead.encrypt(_nonce(self._index, last), plain, None)
        self._index += 1
        return sealed


def seal(key: bytes, pieces: Iterable[bytes | memoryview]) -> Iterator[bytes]:
    """The sealed file, piece by piece, for plaintext arriving in pieces of any size."""
    sealer = Sealer(key)
    for piece in pieces:
        yield from sealer.update(piece)
    yield sealer.finish()


def unseal(key: bytes, read: Callable[[int], bytes]) -> Iterator[bytes]:
    """The plaintext, one authenticated piece at a time, of the sealed file ``read`` gives.

    Raises :class:`SealedFileDamaged` at the first piece that does not open, and when data
    follows the last piece; pieces already handed over were authentic, but the caller must
    discard them when the whole file is refused."""
    aead = AESGCM(key)
    index = 0
    while True:
        sealed = _read_exactly(read, CHUNK + TAG)
        last = len(sealed) < CHUNK + TAG
        try:
            plain = aead.decrypt(_nonce(index, last), sealed, None)
        except InvalidTag:
            raise SealedFileDamaged(f"piece {index} does not open") from None
        if last:
            if read(1):
                raise SealedFileDamaged("data after the last piece")
            if plain:
                yield plain
            return
        yield plain
        index += 1


def _read_exactly(read: Callable[[int], bytes], size: int) -> bytes:
    """``size`` bytes, fewer only at the end of the file (a short read is not the end)."""
    data = read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)
