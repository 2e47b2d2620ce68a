"""One reader for the fields of incoming documents: every format refuses a bad field with its
own error, whose words (Italian and English) name the field as the file spells it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.domain.document_fields import DocumentFields
from rete_desktop.domain.protocols import parse_protocol
from rete_desktop.errors import BadInput
from rete_desktop.lab import member
from rete_desktop.lab.meeting import AGENDA_FORMAT
from rete_desktop.packets.manifest import parse_manifest
from rete_desktop.packets.member_card import CARD, read_card
from rete_desktop.packets.signed_document import seal
from rete_desktop.storage.protocols import sample_protocol_files
from rete_desktop.storage.vault import Vault
from rete_desktop.transport.deliveries import reason_json, reason_text

OFFICE = "0123456789abcdef"


def _refusal(parse: Any, *args: Any) -> BadInput:
    with pytest.raises(BadInput) as refused:
        parse(*args)
    return refused.value


def _manifest(**changes: Any) -> bytes:
    keys = OfficeKeys.generate()
    doc = {"format": "rete-packet/1", "kind": "referral", "packet_id": "a" * 32,
           "created": "2026-12-01T09:30:00Z",
           "sender": {"office_id": OFFICE, "signing_key": keys.public().signing_key},
           "recipients": ["fedcba9876543210"], "parts": []}
    return json.dumps({**doc, **changes}).encode()


def test_the_manifest_names_the_nested_field_it_refuses() -> None:
    assert parse_manifest(_manifest()).sender_office_id == OFFICE
    keys = OfficeKeys.generate()
    error = _refusal(parse_manifest, _manifest(
        sender={"office_id": "NOT-AN-ID", "signing_key": keys.public().signing_key}))
    assert error.message_id == "packet.not_rete"
    assert "il campo «sender.office_id» non ha la forma prevista" in error.message("it")
    assert "the field “sender.office_id” does not have the expected form" in error.message("en")
    error = _refusal(parse_manifest, _manifest(parts=[{"name": "a.pdf"}]))
    assert "manca il campo «parts[0].media_type»" in error.message("it")


def test_an_office_card_says_which_field_is_too_long_and_the_limit() -> None:
    keys = OfficeKeys.generate()
    payload = {"format": CARD.format, "office_id": OFFICE, "name": "x" * 201, "kind": "cav",
               "signing_key": keys.public().signing_key,
               "encryption_key": keys.public().encryption_key,
               "created": "2026-12-01T09:30:00+00:00"}
    error = _refusal(read_card, seal(CARD, payload, keys.signing_key))
    assert error.message_id == "card.malformed"
    assert "il campo «name» è troppo lungo (al massimo 200 caratteri)" in error.message("it")
    assert "the field “name” is too long (at most 200 characters)" in error.message("en")


def test_a_laboratorio_agenda_names_the_office_entry_it_refuses(vault: Vault) -> None:
    agenda = {"format": AGENDA_FORMAT, "chair": {"office_id": OFFICE}, "meeting_id": "m1",
              "network": "Rete Casalasca", "date": "2026-12-10", "items": [],
              "offices": [{"office_id": OFFICE, "name": "x" * 301, "kind": "cav"}]}
    with vault.transaction() as conn:
        error = _refusal(member.receive_agenda, conn, vault, agenda, OFFICE)
    assert error.message_id == "lab.bad_document"
    assert error.message("it") == ("Documento del laboratorio non valido (agenda): il campo "
                                   "«offices[0].name» è troppo lungo (al massimo 300 caratteri).")


def test_a_protocol_file_names_the_step_field_it_misses() -> None:
    doc = json.loads(sample_protocol_files()[0].read_bytes())
    del doc["steps"][1]["title"]
    error = _refusal(parse_protocol, json.dumps(doc).encode())
    assert error.message_id == "protocol.invalid"
    assert "manca il campo «steps[1].title»" in error.message("it")
    assert "the field “steps[1].title” is missing" in error.message("en")


def test_a_refusal_kept_in_the_inbox_log_is_shown_in_the_readers_language() -> None:
    """The refusal's reason is itself a message: stored by id, it is translated when read."""
    error = _refusal(parse_manifest, _manifest(kind="lettera"))
    kept = reason_json(error)
    assert reason_text(kept, "it") == error.message("it")
    assert reason_text(kept, "en") == error.message("en")
    assert "«kind»" in reason_text(kept, "it")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=60),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)


@given(doc=json_values, name=st.sampled_from(["a", "b", "x"]))
@settings(max_examples=300, deadline=None)
def test_any_json_is_read_or_refused_with_the_field_named(doc: Any, name: str) -> None:
    """Whatever the file holds, each reading either returns the typed value or refuses with
    the format's error, whose words in both languages name the field and leave no gap."""
    every = ("a", "b", "x")
    readings = [
        (lambda f: f.text(name, 10), (name,)), (lambda f: f.optional_text(name, 10), (name,)),
        (lambda f: f.integer(name, 0, 9), (name,)), (lambda f: f.day(name), (name,)),
        (lambda f: f.timestamp(name), (name,)), (lambda f: f.entries(name, 2), (name,)),
        (lambda f: f.texts(name, 2, 5), (name,)),
        (lambda f: f.choice(name, ("si", "no")), (name,)),
        (lambda f: f.nested(name).text("y", 5), (name,)),
        (lambda f: [o.integer("y", 0, 1) for o in f.objects(name, 3)], (name,)),
        (lambda f: f.exact({name}, {"b"}), every),  # names the first unexpected one
    ]
    for read, named in readings:
        try:
            read(DocumentFields({"a": doc, "b": [doc], "x": {"y": doc}}, "protocol.invalid"))
        except BadInput as exc:
            assert exc.message_id == "protocol.invalid"
            for lang, quote in (("it", "«"), ("en", "“")):
                words = exc.message(lang)
                assert any(quote + field in words for field in named), words
                assert "{" not in words
