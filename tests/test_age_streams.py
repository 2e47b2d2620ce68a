"""age streams (``crypto/age.encrypt_stream`` / ``decrypt_stream``): any pieces come back whole,
the bytes cross into Python in runs rather than in pyrage's 8 KiB pieces, and an error of the
consumer is never lost, not even on the last write (which pyrage makes while dropping its
buffered writer, where an error is ignored)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rete_desktop.crypto import OfficeKeys, age, decrypt


@pytest.fixture(scope="module")
def office() -> OfficeKeys:
    return OfficeKeys.generate()


def _encrypted(pieces: list[bytes], office: OfficeKeys) -> bytes:
    out = io.BytesIO()
    age.encrypt_stream(pieces, [office.encryption_recipient()], out.write)
    return out.getvalue()


def _runs(ciphertext: bytes, office: OfficeKeys) -> list[bytes]:
    return _runs_from(io.BytesIO(ciphertext).readinto, office)


@settings(max_examples=25, deadline=None)
@given(pieces=st.lists(st.binary(max_size=3000), max_size=12),
       repeat=st.integers(1, 300))
def test_any_pieces_come_back_whole(office: OfficeKeys, pieces: list[bytes],
                                    repeat: int) -> None:
    pieces = pieces * repeat  # up to some MB, across age's 64 KiB chunks and our runs
    plaintext = b"".join(pieces)
    ciphertext = _encrypted(pieces, office)
    assert decrypt(ciphertext, office.age_identity_string()) == plaintext
    runs = _runs(ciphertext, office)
    assert b"".join(runs) == plaintext
    assert all(isinstance(run, bytes) for run in runs)  # the consumer may keep them


def test_the_bytes_cross_in_runs_not_in_pyrages_pieces(office: OfficeKeys) -> None:
    """pyrage reads and writes 8 KiB at a time; each call into Python holds the GIL that the
    hashing and writing threads need (docs/performance.md, "I/O")."""
    plaintext = bytes(range(256)) * (12 * age.RUN // 256)
    pulled = 0

    def pieces() -> object:
        nonlocal pulled
        for start in range(0, len(plaintext), age.RUN):
            pulled += 1
            yield plaintext[start:start + age.RUN]

    writes: list[int] = []
    out = io.BytesIO()

    def write(data: bytes) -> None:
        writes.append(len(data))
        out.write(data)

    age.encrypt_stream(pieces(), [office.encryption_recipient()], write)  # type: ignore[arg-type]
    assert len(writes) <= len(out.getvalue()) // age.RUN + 2
    reads: list[int] = []
    source = io.BytesIO(out.getvalue())

    def readinto(buffer: memoryview) -> int:
        reads.append(len(buffer))
        return source.readinto(buffer)

    runs = _runs_from(readinto, office)
    assert b"".join(runs) == plaintext
    assert len(runs) <= len(plaintext) // age.RUN + 2
    assert len(reads) <= len(out.getvalue()) // age.RUN + 3


def _runs_from(read: object, office: OfficeKeys) -> list[bytes]:
    runs: list[bytes] = []
    age.decrypt_stream(read, office.age_identity_string(), runs.append)  # type: ignore[arg-type]
    return runs


class Refused(Exception):
    pass


def _refuse(data: bytes) -> None:
    raise Refused(len(data))


@pytest.mark.parametrize("size", [1, 100, 5000, 1_000_017])
def test_an_error_of_the_consumer_is_raised_even_on_the_last_write(
    office: OfficeKeys, size: int
) -> None:
    """A small packet reaches ``write`` only when pyrage drops its writer: the old streams
    returned as if all had gone well, with nothing written."""
    with pytest.raises(Refused):
        age.encrypt_stream([b"x" * size], [office.encryption_recipient()], _refuse)
    ciphertext = _encrypted([b"y" * size], office)
    with pytest.raises(Refused):
        age.decrypt_stream(io.BytesIO(ciphertext).readinto, office.age_identity_string(),
                           _refuse)


def test_an_error_of_the_pieces_or_the_reader_is_raised_as_it_was(office: OfficeKeys) -> None:
    def pieces() -> object:
        yield b"a" * 70_000
        raise Refused("the attachment's file is damaged")

    with pytest.raises(Refused, match="damaged"):
        age.encrypt_stream(pieces(), [office.encryption_recipient()],  # type: ignore[arg-type]
                           io.BytesIO().write)
    ciphertext = _encrypted([b"z" * 200_000], office)
    source = io.BytesIO(ciphertext)

    def readinto(buffer: memoryview) -> int:
        if source.tell() > 100_000:
            raise Refused("the stick was pulled out")
        return source.readinto(buffer)

    with pytest.raises(Refused, match="stick"):
        age.decrypt_stream(readinto, office.age_identity_string(), io.BytesIO().write)


@pytest.mark.parametrize("cut", [1, 100, 70_000])
def test_a_truncated_stream_is_corrupted_and_what_came_before_was_authentic(
    office: OfficeKeys, cut: int
) -> None:
    plaintext = bytes(range(256)) * 1000
    ciphertext = _encrypted([plaintext], office)
    runs: list[bytes] = []
    with pytest.raises(age.AgeCorrupted):
        age.decrypt_stream(io.BytesIO(ciphertext[:-cut]).readinto,
                           office.age_identity_string(), runs.append)
    assert plaintext.startswith(b"".join(runs))
