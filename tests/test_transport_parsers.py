"""The parsers of what arrives by mail (fragments, attachments, PEC envelopes, daticert.xml)
take any bytes without crashing, and splitting then reassembling gives the packet back."""

from __future__ import annotations

import contextlib
import os
from pathlib import PurePath

from hypothesis import given, settings
from hypothesis import strategies as st

from rete_desktop.errors import BadInput
from rete_desktop.packets.member_card import parse_receives
from rete_desktop.transport import mime
from rete_desktop.transport.pec import parse_daticert


def test_split_and_reassemble_give_back_the_packet_in_any_order() -> None:
    data = os.urandom(250_000)
    message = mime.packet_message("a@pec.test", "b@pec.test", data, "2026/000007")
    fragments = mime.split(message, 100_000, "2026/000007")
    assert len(fragments) == 4
    raws = [f.as_bytes() for f in fragments]
    assert all(len(r) <= 100_000 for r in raws)
    parts = [mime.partial(mime.parse(r), r) for r in reversed(raws)]
    assert all(p is not None for p in parts)
    assert mime.reassemble([p for p in parts[1:] if p]) is None  # one missing: it waits
    whole = mime.reassemble([p for p in parts if p])
    assert whole is not None
    assert mime.packet_attachment(mime.parse(whole)) == data


def test_a_small_packet_is_one_plain_message() -> None:
    message = mime.packet_message("a@pec.test", "b@pec.test", b"x" * 100, "2026/000008")
    assert mime.split(message, 100_000, "2026/000008") == [message]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes_as_a_message_never_crash_the_reader(raw: bytes) -> None:
    message = mime.parse(raw)
    inner = mime.unwrap_pec(message)
    mime.partial(inner, raw)
    mime.packet_attachment(inner)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 999), st.integers(0, 999), st.text(max_size=40), st.binary(max_size=500))
def test_any_fragment_header_is_read_or_ignored(number: int, total: int, ident: str,
                                                body: bytes) -> None:
    header = (f'Content-Type: message/partial; id="{ident}"; number={number}; total={total}'
              "\r\n\r\n").encode("utf-8", "replace")
    raw = header + body
    piece = mime.partial(mime.parse(raw), raw)
    if piece is not None:
        assert 1 <= piece.number <= piece.total <= mime.MAX_PARTS
        assert mime.reassemble([piece]) in (None, piece.body)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_as_daticert_are_read_or_refused_cleanly(data: bytes) -> None:
    with contextlib.suppress(BadInput):
        parse_daticert(data)


def test_daticert_with_entities_is_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;">]><postacert tipo="accettazione">&b;</postacert>')
    try:
        parse_daticert(bomb)
    except BadInput:
        return
    raise AssertionError("a daticert declaring entities was accepted")


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=80),
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_json, st.fixed_dictionaries({}, optional={"mail": _json, "folder": _json})))
def test_any_receives_field_of_a_card_is_read_or_refused_cleanly(value: object) -> None:
    """A member card's ``receives`` comes from another office: only a mail address and a plain
    folder name pass, never a path."""
    try:
        receives = parse_receives(value)
    except BadInput:
        return
    assert receives.mail is None or "@" in receives.mail
    folder = receives.folder
    assert folder is None or (PurePath(folder).name == folder and folder not in (".", "..")
                              and not folder.startswith("."))
