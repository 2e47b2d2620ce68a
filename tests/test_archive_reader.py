"""The strict ustar reader: exactly what docs/packet-format.md allows, nothing else.

Archives here are written by Python's ``tarfile`` writer or by hand, never by the app's
``build_tar``, so the reader is checked against the format, not against our own writer.
"""

from __future__ import annotations

import io
import itertools
import tarfile
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.errors import BadInput, ReteError, SecurityRefused
from rete_desktop.packets.archive import TarReader, padded_size, read_tar

BLOCK = 512


def raw_tar(members: list[tuple[str, bytes]], fmt: int = tarfile.USTAR_FORMAT,
            pax: dict[str, str] | None = None) -> bytes:
    """An archive as Python's tarfile writes it (records of 10 KiB), not yet padded."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:", format=fmt, pax_headers=pax or {}) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o600
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def end_of(archive: bytes) -> int:
    """Offset just after the two zero blocks that end the archive."""
    pos = 0
    while archive[pos : pos + BLOCK] != bytes(BLOCK):
        size = int(archive[pos + 124 : pos + 136].rstrip(b"\0 ") or b"0", 8)
        pos += BLOCK + -(-size // BLOCK) * BLOCK
    return pos + 2 * BLOCK


def padded(archive: bytes) -> bytes:
    """Zero padding to the bucket, as the spec asks of every writer."""
    end = end_of(archive)
    return archive[:end] + bytes(padded_size(end) - end)


def reseal(block: bytearray) -> None:
    """Recompute a header block's checksum after editing it."""
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)


MEMBERS = [("manifest.json", b'{"a": 1}'), ("manifest.sig", b"sig"),
           ("parts/" + "n" * 100, b"long name in the ustar prefix"), ("parts/empty", b"")]
GOOD = padded(raw_tar(MEMBERS))


def test_an_archive_from_pythons_tarfile_writer_is_read() -> None:
    assert read_tar(GOOD) == dict(MEMBERS)


def test_owner_names_and_times_are_ignored() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:", format=tarfile.USTAR_FORMAT) as tar:
        info = tarfile.TarInfo("parts/a")
        info.size, info.uname, info.gname, info.mtime, info.uid = 1, "root", "wheel", 1e9, 1000
        tar.addfile(info, io.BytesIO(b"x"))
    assert read_tar(padded(buffer.getvalue())) == {"parts/a": b"x"}


def refused(data: bytes, message_id: str) -> ReteError:
    with pytest.raises(ReteError) as info:
        read_tar(data)
    assert info.value.message_id == message_id, info.value
    return info.value


@pytest.mark.parametrize("fmt, pax", [
    (tarfile.PAX_FORMAT, {"comment": "x"}),  # a pax extended header ('x')
    (tarfile.PAX_FORMAT, {"path": "parts/other"}),  # pax renaming a member
    (tarfile.GNU_FORMAT, None),  # GNU magic and a long-name ('L') header
])
def test_pax_and_gnu_extensions_are_refused(fmt: int, pax: dict[str, str] | None) -> None:
    refused(padded(raw_tar([("parts/" + "x" * 101, b"x")], fmt, pax)), "packet.unsafe_archive")


def test_a_pax_global_header_is_refused() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:", format=tarfile.PAX_FORMAT,
                      pax_headers={"comment": "global"}) as tar:
        tar.addfile(tarfile.TarInfo("parts/a"), io.BytesIO(b""))
    assert buffer.getvalue()[156:157] == b"g"
    refused(padded(buffer.getvalue()), "packet.unsafe_archive")


def _pax_redos(size: int) -> bytes:
    """CVE-2024-6232: a pax header whose records make tarfile's regex backtrack."""
    body = b"0" * size
    header = tarfile.TarInfo("././@PaxHeader")
    header.type = tarfile.XHDTYPE
    header.size = len(body)
    block = header.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")
    tail = bytes(-len(body) % BLOCK)
    member = tarfile.TarInfo("parts/a").tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")
    return padded(block + body + tail + member + bytes(2 * BLOCK))


def test_a_pax_redos_header_is_refused_on_its_type() -> None:
    refused(_pax_redos(20_000), "packet.unsafe_archive")


@pytest.mark.slow
def test_a_half_megabyte_pax_redos_header_is_refused() -> None:
    refused(_pax_redos(512 * 1024), "packet.unsafe_archive")


def test_a_damaged_second_header_is_a_damaged_archive() -> None:
    data = bytearray(GOOD)
    second = BLOCK + BLOCK  # after manifest.json's header and its one data block
    data[second + 10] ^= 0x01
    assert refused(bytes(data), "packet.damaged_archive").exit_code == 4


def test_a_damaged_first_header_is_not_a_tar() -> None:
    data = bytearray(GOOD)
    data[10] ^= 0x01
    assert refused(bytes(data), "packet.not_rete").exit_code == 4


@pytest.mark.parametrize("extra", [b"\x01", b"evidence" * 10])
def test_data_after_the_end_of_the_archive_is_refused(extra: bytes) -> None:
    end = end_of(GOOD)
    data = GOOD[:end] + extra + GOOD[end + len(extra) :]
    assert len(data) == len(GOOD)
    assert refused(data, "packet.unsafe_archive").exit_code == 5


@pytest.mark.parametrize("length", [-BLOCK, BLOCK, 1, 64 * 1024])
def test_padding_other_than_the_bucket_is_refused(length: int) -> None:
    data = GOOD[:length] if length < 0 else GOOD + bytes(length)
    refused(data, "packet.unsafe_archive")


def test_an_archive_without_its_end_marker_is_damaged() -> None:
    one = raw_tar([("parts/a", b"x")])
    refused(one[: 2 * BLOCK], "packet.damaged_archive")


def test_a_lone_zero_block_is_damaged() -> None:
    one = raw_tar([("parts/a", b"x")])
    data = one[: 2 * BLOCK] + bytes(BLOCK) + raw_tar([("parts/b", b"y")])
    refused(padded(data)[: padded_size(len(data))], "packet.damaged_archive")


def test_truncated_member_data_is_damaged() -> None:
    header = bytearray(raw_tar([("parts/a", b"x")])[:BLOCK])
    header[124:136] = b"%011o\0" % 4096
    reseal(header)
    refused(bytes(header) + bytes(BLOCK), "packet.damaged_archive")


def test_data_in_a_members_block_padding_is_refused() -> None:
    data = bytearray(GOOD)
    data[BLOCK + len(MEMBERS[0][1])] = 0x41
    refused(bytes(data), "packet.unsafe_archive")


@pytest.mark.parametrize("field, value", [
    ((124, 136), b"\x80" + bytes(10) + b"\x01"),  # GNU base-256 size
    ((124, 136), b"  000000001\0"),  # leading blanks
    ((124, 136), b"-0000000001\0"),  # a sign
    ((100, 108), b"0000z00\0"),  # a non-octal mode
    ((157, 158), b"x"),  # a link name on a regular file
    ((500, 501), b"x"),  # data in the header's padding
    ((265, 266), b"\x07"),  # a control character in uname
    ((0, 100), b"parts/\xc3\xa0".ljust(100, b"\0")),  # a non-ASCII name
    ((0, 100), b"parts/a\0junk".ljust(100, b"\0")),  # bytes after the name's NUL
])
def test_every_header_field_outside_the_spec_is_refused(field: tuple[int, int],
                                                        value: bytes) -> None:
    data = bytearray(padded(raw_tar([("parts/a", b"x")])))
    header = bytearray(data[:BLOCK])
    header[field[0] : field[0] + len(value)] = value
    reseal(header)
    data[:BLOCK] = header
    refused(bytes(data), "packet.unsafe_archive")


@pytest.mark.parametrize("kind", [b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"S", b"L", b"K",
                                  b"x", b"g", b"V", b"M", b"D"])
def test_every_member_type_but_a_regular_file_is_refused(kind: bytes) -> None:
    data = bytearray(padded(raw_tar([("parts/a", b"")])))
    header = bytearray(data[:BLOCK])
    header[156:157] = kind
    reseal(header)
    data[:BLOCK] = header
    refused(bytes(data), "packet.unsafe_archive")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 6 * BLOCK), st.integers(0, 255)), min_size=1,
                max_size=6), st.none() | st.integers(0, len(GOOD)))
def test_damaged_archives_are_read_identically_or_refused_cleanly(
        edits: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(GOOD)
    for at, value in edits:
        data[at] = value
    try:
        members = read_tar(bytes(data[:cut] if cut is not None else data))
    except (BadInput, SecurityRefused):
        return
    # Differential: whatever the strict reader accepts, the lenient stdlib reader reads the same.
    with tarfile.open(fileobj=io.BytesIO(bytes(data[:cut] if cut is not None else data))) as tar:
        stdlib = {i.name: tar.extractfile(i).read() for i in tar}  # type: ignore[union-attr]
    assert stdlib == members


def _verdict(read: Callable[[bytes], dict[str, bytes]], data: bytes) -> object:
    try:
        return read(data)
    except ReteError as exc:
        return (type(exc), exc.message_id, exc.params)


def _in_pieces(cuts: list[int]) -> Callable[[bytes], dict[str, bytes]]:
    def read(data: bytes) -> dict[str, bytes]:
        reader = TarReader()
        for start, end in itertools.pairwise([0, *sorted(c % (len(data) + 1) for c in cuts),
                                              len(data)]):
            reader.write(data[start:end])
        return reader.close()
    return read


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 6 * BLOCK), st.integers(0, 255)), max_size=4),
       st.none() | st.integers(0, len(GOOD)), st.lists(st.integers(0, len(GOOD)), max_size=12))
def test_an_archive_read_in_pieces_gets_the_same_verdict(
        edits: list[tuple[int, int]], cut: int | None, cuts: list[int]) -> None:
    """Decryption hands the archive over in pieces cut anywhere: members and refusals are
    exactly those of reading it whole, damaged or not."""
    data = bytearray(GOOD)
    for at, value in edits:
        data[at] = value
    whole = bytes(data[:cut] if cut is not None else data)
    assert _verdict(_in_pieces(cuts), whole) == _verdict(read_tar, whole)


def test_a_reader_refuses_a_bad_header_before_the_members_data_comes() -> None:
    """A pax header is refused on its 512 bytes: nothing of what follows is waited for."""
    reader = TarReader()
    with pytest.raises(SecurityRefused, match="not a regular file") as refused:
        reader.write(raw_tar(MEMBERS, tarfile.PAX_FORMAT, {"comment": "x"})[:BLOCK])
    assert refused.value.message_id == "packet.unsafe_archive"
