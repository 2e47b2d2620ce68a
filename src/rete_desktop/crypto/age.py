"""age v1 encryption through pyrage (rage bindings), with one typed error per import verdict.

pyrage raises a single `DecryptError` for everything; we split it into "not an age file",
"not for this key" and "corrupted" so the importer can tell the user which one happened.
:func:`encrypt_stream` and :func:`decrypt_stream` use pyrage's streaming API (`encrypt_io`,
`decrypt_io`, through buffers of :data:`RUN` bytes): a 25 MB attachment goes into or out of a
packet without the whole ciphertext or plaintext in memory. age's STREAM construction
authenticates each 64 KiB chunk before its plaintext is handed on; a truncated file is refused
at its end. pyrage holds the GIL for the whole of a call: threads that hash or write beside
it run only while our callbacks let go of it (docs/performance.md, "I/O").
Before pyrage sees a file, `age_header.read_header` parses and caps its header (a stranger's
file with thousands of stanzas must not keep rage busy while the vault is locked).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NoReturn

import pyrage

from rete_desktop.crypto import age_header
from rete_desktop.crypto.age_header import AgeHeader
from rete_desktop.crypto.keys import parse_age_identity, parse_encryption_key

AGE_HEADER = age_header.VERSION_LINE

# rage's Display text for DecryptError::NoMatchingKeys; pinned by tests/test_crypto_age.py.
_NO_MATCHING_KEYS = "No matching keys found"


class AgeError(ValueError):
    """Base class for decryption failures."""


class NotAgeFile(AgeError):
    """The data does not start with the binary age v1 header (armored files are refused too)."""


class NotForThisKey(AgeError):
    """No recipient stanza opens with this identity.

    age cannot tell a stanza for another key from a tampered stanza for ours: both fail to
    unwrap the file key, so both land here.
    """


class AgeCorrupted(AgeError):
    """The header or payload is truncated or altered (MAC or chunk authentication failed)."""


class AgeHeaderOverCaps(AgeError):
    """The header is larger than a Rete packet's can be (too many or too large stanzas)."""


def read_header(data: bytes) -> AgeHeader:
    """The checked, capped header of a binary age file; raises one AgeError subclass."""
    try:
        return age_header.read_header(data)
    except age_header.NotAgeHeader as exc:
        raise NotAgeFile(str(exc)) from exc
    except age_header.PassphraseFile as exc:
        raise NotForThisKey(str(exc)) from exc
    except age_header.HeaderOverCaps as exc:
        raise AgeHeaderOverCaps(str(exc)) from exc
    except age_header.MalformedHeader as exc:
        raise AgeCorrupted(f"the age file is corrupted or truncated ({exc})") from exc


def _recipients(recipients: Sequence[str]) -> list[Any]:
    """Every `age1...` recipient validated, duplicates dropped."""
    canonical = list(dict.fromkeys(parse_encryption_key(r) for r in recipients))
    if not canonical:
        raise ValueError("at least one recipient is required")
    return [pyrage.x25519.Recipient.from_str(r) for r in canonical]


def encrypt(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """Encrypt to every `age1...` recipient (validated, duplicates dropped); binary age v1."""
    ciphertext: bytes = pyrage.encrypt(bytes(plaintext), _recipients(recipients))
    return ciphertext


# What crosses between Python and pyrage at a time. pyrage reads and writes 8 KiB pieces
# (a BufReader/BufWriter of that size around the Python object): through a C-level
# io.BufferedReader/BufferedWriter of this size, Python code runs once per run, not once per
# 8 KiB (2,500 Python calls each way for 20 MB before, each holding the GIL pyrage holds).
RUN = 256 * 1024
# The ciphertext is handed on in runs of 16 whole age chunks (64 KiB and a 16-byte tag each,
# written one by one by pyrage; a buffer of a round size would flush one chunk short): about
# 1 MiB, so the worker that hashes and writes the packet file is woken 20 times for 20 MB,
# not 80 (each wake-up a futex call and a GIL hand-over: export CPU -5 ms, interleaved).
_CHUNK, _TAG = 64 * 1024, 16
_SEALED_RUN = 16 * (_CHUNK + _TAG)


class _Pieces(io.RawIOBase):
    """A readable stream over an iterator of byte pieces, for pyrage to pull from. An error
    raised while producing a piece is kept so the caller re-raises it, not pyrage's wrapper."""

    def __init__(self, pieces: Iterable[bytes | memoryview]) -> None:
        self._pieces: Iterator[bytes | memoryview] = iter(pieces)
        self._rest = memoryview(b"")
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        """As much of ``buffer`` as the pieces fill (fewer bytes only at their end)."""
        target = memoryview(buffer).cast("B")
        filled = 0
        try:
            while filled < len(target):
                if not self._rest:
                    piece = next(self._pieces, None)
                    if piece is None:
                        break
                    self._rest = memoryview(piece).cast("B")
                size = min(len(target) - filled, len(self._rest))
                target[filled:filled + size] = self._rest[:size]
                self._rest = self._rest[size:]
                filled += size
        except BaseException as exc:
            self.error = exc
            raise
        return filled


class _Guarded(io.RawIOBase):
    """A stream that keeps the first error of the wrapped read or write for the caller.

    What it writes is handed on as ``bytes`` (a copy: a BufferedWriter reuses the buffer it
    passes in). Once :meth:`stop` is called, writes are dropped: a buffered writer being
    closed after a failure must not feed a consumer that gave up."""

    def __init__(self, readinto: Callable[[memoryview], int] | None = None,
                 write: Callable[[bytes], object] | None = None) -> None:
        self._readinto, self._write = readinto, write
        self.error: BaseException | None = None
        self._stopped = False

    def readable(self) -> bool:
        return self._readinto is not None

    def writable(self) -> bool:
        return self._write is not None

    def readinto(self, buffer: Any) -> int:
        assert self._readinto is not None
        try:
            return self._readinto(memoryview(buffer).cast("B"))
        except BaseException as exc:
            self.error = exc
            raise

    def write(self, data: Any) -> int:
        assert self._write is not None
        if self._stopped:
            return len(data)
        try:
            self._write(bytes(data))
        except BaseException as exc:
            self.error = exc
            raise
        return len(data)

    def stop(self) -> None:
        self._stopped = True


def _raise_kept(*streams: _Pieces | _Guarded) -> None:
    """The first error a stream kept, as it was raised (pyrage wraps it, or, for its last
    write, which happens while its writer is dropped, loses it)."""
    for stream in streams:
        if stream.error is not None:
            raise stream.error from None


def encrypt_stream(pieces: Iterable[bytes | memoryview], recipients: Sequence[str],
                   write: Callable[[bytes], object]) -> None:
    """Encrypt the pieces as they come to every recipient, handing the ciphertext to
    ``write`` in runs of about 1 MiB; an error of the pieces or of ``write`` is raised
    as it was."""
    source, sink = _Pieces(pieces), _Guarded(write=write)
    writer = io.BufferedWriter(sink, _SEALED_RUN)
    try:
        pyrage.encrypt_io(io.BufferedReader(source, RUN), writer, _recipients(recipients))
        writer.flush()
    except Exception:
        _raise_kept(source, sink)
        raise
    finally:
        sink.stop()
        writer.close()
    _raise_kept(source, sink)


def decrypt_stream(readinto: Callable[[memoryview], int], identity: str,
                   write: Callable[[bytes], object]) -> None:
    """Decrypt what ``readinto`` puts in the buffers it is given (runs of :data:`RUN` bytes,
    fewer only at the end), handing the authenticated plaintext to ``write`` in runs of
    :data:`RUN` bytes; raises one AgeError subclass, or the error of ``readinto``/``write``
    as it was.

    The caller checks the header first (:func:`read_header`). Pieces already written stay
    written when the file turns out truncated or altered further on: the caller discards them.
    """
    key = parse_age_identity(identity)
    source, sink = _Guarded(readinto=readinto), _Guarded(write=write)
    writer = io.BufferedWriter(sink, RUN)
    try:
        pyrage.decrypt_io(io.BufferedReader(source, RUN), writer, [key])
        writer.flush()
    except Exception as exc:
        _raise_kept(source, sink)
        _raise_decrypt_error(exc)
    finally:
        sink.stop()
        writer.close()
    _raise_kept(source, sink)


def decrypt(ciphertext: bytes, identity: str) -> bytes:
    """Decrypt with an `AGE-SECRET-KEY-1...` identity; raises one AgeError subclass on failure."""
    key = parse_age_identity(identity)
    data = bytes(ciphertext)
    read_header(data)
    try:
        plaintext: bytes = pyrage.decrypt(data, [key])
    except pyrage.DecryptError as exc:
        _raise_decrypt_error(exc)
    return plaintext


def _raise_decrypt_error(exc: Exception) -> NoReturn:
    """pyrage's refusal as one AgeError subclass (streaming refusals come as OSError)."""
    reason = str(exc)
    if isinstance(exc, pyrage.DecryptError) and reason == _NO_MATCHING_KEYS:
        raise NotForThisKey("the file is not addressed to this key") from exc
    if isinstance(exc, pyrage.DecryptError | OSError):
        raise AgeCorrupted(f"the age file is corrupted or truncated ({reason})") from exc
    raise exc
