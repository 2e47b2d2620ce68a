"""Every import verdict has its own test; nothing is written to the vault unless all checks pass.

The network is built once per module; each test crafts its own packet (fresh packet id), so
tests don't depend on each other. Hostile packets are crafted with the same primitives a real
attacker has: a valid age file to our key, a tar made by hand, a manifest signed by any key.
"""

# ruff: noqa: F811  (the shared fixtures are imported by name, then requested as arguments)
from __future__ import annotations

import copy
import io
import json
import secrets
import tarfile
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.crypto import age, sshsig
from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.errors import BadInput, ReteError, SecurityRefused
from rete_desktop.packets import archive, directory
from rete_desktop.packets.manifest import PartInfo
from rete_desktop.packets.packet import NAMESPACE, build_packet, open_packet, receive_packet
from rete_desktop.packets.referral import import_referral
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from tests.packet_fixtures import Office, build_network, cav, keys, net  # noqa: F401
from tests.vectors.make_packet_vectors import CASE

TABLES = ("cases", "persons", "notes", "tasks", "audit", "packet_register", "packet_seen",
          "packet_evidence", "packet_receipts", "attachments")
PARTS = {"item.json": ("application/json", b'{"n": 1}'), "summary.pdf": ("application/pdf",
                                                                          b"%PDF-1.4 test")}


def counts(vault: Vault) -> dict[str, int]:
    return {t: vault.query_one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}


def packet_from(net: dict[str, Office], keys: dict[str, OfficeKeys], sender: str = "carabinieri",
                claimed: str | None = None, to: tuple[str, ...] = ("cav",), **kw: object) -> bytes:
    sealed, _ = build_packet(
        keys[sender], net[claimed or sender].office_id, "agenda-item",
        {net[o].office_id: keys[o].encryption_recipient() for o in to}, PARTS, **kw,  # type: ignore[arg-type]
    )
    return sealed.data


def refused(vault: Vault, data: bytes, message_id: str, *, now: datetime | None = None,
            ) -> ReteError:
    before = counts(vault)
    with pytest.raises(ReteError) as info:
        receive_packet(vault, data, ("agenda-item",), now=now)
    assert info.value.message_id == message_id, info.value
    assert counts(vault) == before
    return info.value


def tar_of(members: list[tuple[str, bytes]]) -> bytes:
    return archive.build_tar(members)


def manifest_bytes(net: dict[str, Office], keys: dict[str, OfficeKeys], parts: dict[str, bytes],
                   sender: str = "carabinieri", **overrides: object) -> bytes:
    doc = {
        "format": "rete-packet/1", "kind": "agenda-item", "packet_id": "ab" * 16,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sender": {"office_id": net[sender].office_id,
                   "signing_key": keys[sender].signing_public_openssh()},
        "recipients": [net["cav"].office_id],
        "parts": [PartInfo.describe(n, "application/octet-stream", d).__dict__
                  for n, d in parts.items()],
        **overrides,
    }
    return json.dumps(doc).encode()


def signed_tar(net: dict[str, Office], keys: dict[str, OfficeKeys], parts: dict[str, bytes],
               manifest: bytes | None = None, extra: list[tuple[str, bytes]] = ()) -> bytes:
    manifest = manifest or manifest_bytes(net, keys, parts)
    sig = sshsig.sign(keys["carabinieri"].signing_key, manifest, NAMESPACE)
    return tar_of([("manifest.json", manifest), ("manifest.sig", sig),
                   *((f"parts/{n}", d) for n, d in parts.items()), *extra])


def to_cav(keys: dict[str, OfficeKeys], plaintext: bytes) -> bytes:
    """Encrypted as a writer does for one recipient: to the CAV and to the sender itself."""
    return age.encrypt(plaintext, [keys["cav"].encryption_recipient(),
                                   keys["carabinieri"].encryption_recipient()])


# --- the happy path, for contrast ----------------------------------------------------------------


def test_a_valid_packet_is_filed_once_with_its_evidence(net, keys, cav) -> None:
    data = packet_from(net, keys, to=("cav", "social"))
    before = counts(cav)
    received = receive_packet(cav, data, ("agenda-item",))
    after = counts(cav)
    assert received.packet.sender.office_id == net["carabinieri"].office_id
    assert received.packet.parts["item.json"] == b'{"n": 1}'
    assert after["packet_register"] == before["packet_register"] + 1
    assert cav.query_one("SELECT data FROM packet_evidence e JOIN packet_register r"
                         " ON r.id = e.register_id WHERE r.packet_id = ?",
                         (received.packet.manifest.packet_id,))[0] == data


def test_replayed_packet_is_refused(net, keys, cav) -> None:
    data = packet_from(net, keys)
    receive_packet(cav, data, ("agenda-item",))
    assert refused(cav, data, "packet.replay").exit_code == 5


# --- the age layer -------------------------------------------------------------------------------


def _regions(data: bytes) -> dict[str, int]:
    header_end = data.index(b"\n---") + 1
    payload = data.index(b"\n", header_end) + 1
    return {
        "version line": 3,
        "recipient stanza": data.index(b"-> X25519 ") + 15,
        "stanza body": data.index(b"\n", data.index(b"-> X25519 ")) + 5,
        "header MAC": header_end + 10,
        "payload nonce": payload + 4,
        "first chunk": payload + 16 + 100,
        "last byte": len(data) - 1,
    }


@pytest.mark.parametrize("region", ["version line", "recipient stanza", "stanza body",
                                    "header MAC", "payload nonce", "first chunk", "last byte"])
def test_one_flipped_byte_in_each_region_is_refused(net, keys, cav, region) -> None:
    data = packet_from(net, keys)
    expected = {"version line": "packet.not_age", "recipient stanza": "packet.not_for_us",
                "stanza body": "packet.not_for_us"}.get(region, "packet.corrupted")
    refused(cav, _flipped(data, _regions(data)[region]), expected)


_BASE64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _flipped(data: bytes, at: int) -> bytes:
    """One byte changed; inside the header's base64 text it stays valid base64 (a changed
    key, not a malformed header)."""
    out = bytearray(data)
    if at < data.index(b"\n---") and out[at] in _BASE64:
        out[at] = _BASE64[(_BASE64.index(out[at]) + 1) % len(_BASE64)]
    else:
        out[at] ^= 0x01
    return bytes(out)


def test_damaged_recipient_stanza_says_it_may_be_damaged_and_exits_5(net, keys, cav) -> None:
    data = packet_from(net, keys)
    error = refused(cav, _flipped(data, _regions(data)["recipient stanza"]), "packet.not_for_us")
    assert error.exit_code == 5
    assert "damaged on the way" in error.message("en") and "send it again" in error.message("en")
    assert "danneggiato" in error.message("it") and "rinviarlo" in error.message("it")


@pytest.mark.parametrize("keep", [0.999, 0.5, 0.1])
def test_truncated_packet_is_refused_as_corrupted(net, keys, cav, keep) -> None:
    data = packet_from(net, keys)
    assert refused(cav, data[: int(len(data) * keep)], "packet.corrupted").exit_code == 4


def test_not_an_age_file_is_refused(cav) -> None:
    assert refused(cav, b"%PDF-1.7 hello", "packet.not_age").exit_code == 4


def test_packet_for_another_office_is_refused(net, keys, cav) -> None:
    data = packet_from(net, keys, to=("social",))
    assert refused(cav, data, "packet.not_for_us").exit_code == 5


def test_packet_whose_manifest_omits_this_office_is_refused(net, keys, cav) -> None:
    parts = {"a.txt": b"x"}
    manifest = manifest_bytes(net, keys, parts, recipients=[net["social"].office_id])
    refused(cav, to_cav(keys, signed_tar(net, keys, parts, manifest)),
            "packet.not_in_recipients")


def test_oversized_file_is_refused_before_decryption(cav, monkeypatch) -> None:
    monkeypatch.setattr("rete_desktop.packets.packet.MAX_PACKET_SIZE", 100)
    assert refused(cav, age.AGE_HEADER + bytes(200), "packet.too_large").exit_code == 4


# --- the archive ---------------------------------------------------------------------------------


def _raw_tar(*infos: tuple[tarfile.TarInfo, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:", format=tarfile.USTAR_FORMAT) as tar:
        for info, data in infos:
            tar.addfile(info, io.BytesIO(data) if data else None)
    return buffer.getvalue()


def _file(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def test_random_bytes_inside_age_are_not_a_rete_packet(keys, cav) -> None:
    assert refused(cav, to_cav(keys, b"hello" * 100), "packet.not_rete").exit_code == 4


@pytest.mark.parametrize("name", ["../evil", "/etc/passwd", "parts/../../x", "parts/a/b",
                                  "other.txt", "parts/.hidden"])
def test_path_traversal_in_tar_is_refused(net, keys, cav, name) -> None:
    data = to_cav(keys, _raw_tar(_file("manifest.json", b"{}"), _file(name, b"x")))
    assert refused(cav, data, "packet.unsafe_archive").exit_code == 5


@pytest.mark.parametrize("link_type", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.DIRTYPE])
def test_symlinks_and_hard_links_in_tar_are_refused(keys, cav, link_type) -> None:
    link = tarfile.TarInfo("parts/case.json")
    link.type = link_type
    link.linkname = "/etc/passwd"
    data = to_cav(keys, _raw_tar(_file("manifest.json", b"{}"), (link, b"")))
    refused(cav, data, "packet.unsafe_archive")


def test_duplicate_members_are_refused(keys, cav) -> None:
    data = to_cav(keys, _raw_tar(_file("parts/a", b"1"), _file("parts/a", b"2")))
    refused(cav, data, "packet.unsafe_archive")


def test_oversized_part_is_refused(net, keys, cav, monkeypatch) -> None:
    monkeypatch.setattr(archive, "MAX_PART_SIZE", 1024)
    parts = {"big.bin": bytes(2048)}
    refused(cav, to_cav(keys, signed_tar(net, keys, parts)), "packet.unsafe_archive")


def test_tar_bomb_header_claiming_gigabytes_is_refused_without_reading(keys, cav) -> None:
    raw = bytearray(_raw_tar(_file("parts/bomb", b"x")))
    raw[124:136] = b"%011o\0" % (8 * 1024**3 - 1)  # size field: 8 GiB
    raw[148:156] = b"        "
    raw[148:156] = b"%06o\0 " % sum(raw[:512])
    refused(cav, to_cav(keys, bytes(raw)), "packet.unsafe_archive")


def test_tar_with_too_many_members_is_refused(keys, cav) -> None:
    members = [_file(f"parts/p{i}", b"") for i in range(archive.MAX_MEMBERS + 1)]
    refused(cav, to_cav(keys, _raw_tar(*members)), "packet.unsafe_archive")


# --- manifest and signature ----------------------------------------------------------------------


def test_missing_manifest_is_not_a_rete_packet(keys, cav) -> None:
    refused(cav, to_cav(keys, tar_of([("parts/a", b"x")])), "packet.not_rete")


@pytest.mark.parametrize("manifest", [
    b"[]", b'{"format": "rete-packet/2"}', b"\xff\xfe", b"[" * 5000 + b"]" * 5000,
    b'{"format": "rete-packet/1", "format": "rete-packet/1"}', b'{"a": NaN}',
])
def test_malformed_manifest_is_not_a_rete_packet(keys, cav, manifest) -> None:
    refused(cav, to_cav(keys, tar_of([("manifest.json", manifest)])), "packet.not_rete")


def test_huge_string_in_manifest_is_refused(net, keys, cav) -> None:
    parts = {"a.txt": b"x"}
    manifest = manifest_bytes(net, keys, parts, kind="k" * 5000)
    refused(cav, to_cav(keys, signed_tar(net, keys, parts, manifest)), "packet.not_rete")


def test_unsigned_packet_is_refused(net, keys, cav) -> None:
    parts = {"a.txt": b"x"}
    tar = tar_of([("manifest.json", manifest_bytes(net, keys, parts)), ("parts/a.txt", b"x")])
    assert refused(cav, to_cav(keys, tar), "packet.unsigned").exit_code == 5


def test_manifest_altered_after_signing_is_refused(net, keys, cav) -> None:
    parts = {"a.txt": b"x"}
    manifest = manifest_bytes(net, keys, parts)
    sig = sshsig.sign(keys["carabinieri"].signing_key, manifest, NAMESPACE)
    altered = manifest.replace(b'"agenda-item"', b'"agenda"')
    tar = tar_of([("manifest.json", altered), ("manifest.sig", sig), ("parts/a.txt", b"x")])
    refused(cav, to_cav(keys, tar), "packet.bad_signature")


def test_signature_in_another_namespace_is_refused(net, keys, cav) -> None:
    parts = {"a.txt": b"x"}
    manifest = manifest_bytes(net, keys, parts)
    sig = sshsig.sign(keys["carabinieri"].signing_key, manifest, "file")
    tar = tar_of([("manifest.json", manifest), ("manifest.sig", sig), ("parts/a.txt", b"x")])
    refused(cav, to_cav(keys, tar), "packet.bad_signature")


# --- the sender against the directory ------------------------------------------------------------


def test_packet_signed_by_a_non_member_is_refused(net, keys, cav) -> None:
    data = packet_from(net, keys, sender="outsider")
    assert refused(cav, data, "packet.sender_unknown").exit_code == 5


def test_key_substitution_right_name_wrong_key_is_refused(net, keys, cav) -> None:
    data = packet_from(net, keys, sender="outsider", claimed="carabinieri")
    assert refused(cav, data, "packet.key_mismatch").exit_code == 5


def test_member_key_claiming_an_unknown_office_is_refused_as_substitution(net, keys, cav):
    parts = {"a.txt": b"x"}
    manifest = manifest_bytes(net, keys, parts)
    doc = json.loads(manifest)
    doc["sender"]["office_id"] = "0123456789abcdef"
    manifest = json.dumps(doc).encode()
    refused(cav, to_cav(keys, signed_tar(net, keys, parts, manifest)), "packet.key_mismatch")


def test_packet_from_a_revoked_member_is_refused(tmp_path, monkeypatch) -> None:
    offices = build_network(tmp_path)
    with offices["carabinieri"].open() as vault:
        cc_keys = load_identity(vault).keys
    with offices["cav"].open() as vault:
        cav_keys = load_identity(vault).keys
        directory.revoke_member(vault, offices["carabinieri"].office_id)
        sealed, _ = build_packet(cc_keys, offices["carabinieri"].office_id, "agenda-item",
                                 {offices["cav"].office_id: cav_keys.encryption_recipient()},
                                 PARTS)
        err = refused(vault, sealed.data, "packet.sender_revoked")
    assert err.exit_code == 5


def test_expired_directory_refuses_packets(net, keys) -> None:
    data = packet_from(net, keys, to=("social",))
    with net["social"].open() as vault:
        with pytest.raises(SecurityRefused) as info:
            open_packet(vault, data, ("agenda-item",),
                        now=datetime.now(UTC) + timedelta(days=10_000))
        assert info.value.message_id == "packet.directory_expired"


# --- parts, time ---------------------------------------------------------------------------------


def test_part_hash_mismatch_is_refused(net, keys, cav) -> None:
    parts = {"a.txt": b"x"}
    tar = signed_tar(net, keys, {"a.txt": b"x"}, manifest_bytes(net, keys, {"a.txt": b"y"}))
    assert refused(cav, to_cav(keys, tar), "packet.part_mismatch").exit_code == 5
    assert parts


def test_part_not_listed_in_the_manifest_is_refused(net, keys, cav) -> None:
    tar = signed_tar(net, keys, {"a.txt": b"x"}, extra=[("parts/extra.txt", b"sneaky")])
    refused(cav, to_cav(keys, tar), "packet.part_mismatch")


def test_packet_created_in_the_future_is_refused(net, keys, cav) -> None:
    data = packet_from(net, keys, created=datetime.now(UTC) + timedelta(hours=2))
    assert refused(cav, data, "packet.from_future").exit_code == 5


def test_small_clock_skew_is_tolerated(net, keys, cav) -> None:
    data = packet_from(net, keys, created=datetime.now(UTC) + timedelta(minutes=3))
    receive_packet(cav, data, ("agenda-item",))


def test_packet_too_old_is_refused(net, keys, cav) -> None:
    data = packet_from(net, keys, created=datetime.now(UTC) - timedelta(days=90))
    refused(cav, data, "packet.too_old")


def test_packet_of_an_unexpected_kind_is_refused(net, keys, cav) -> None:
    with pytest.raises(BadInput) as info:
        receive_packet(cav, packet_from(net, keys), ("referral",))
    assert info.value.message_id == "packet.wrong_kind"


# --- fuzzing: never a crash, never a partial import ----------------------------------------------

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    buf = bytearray(data)
    for pos, value in edits:
        buf[pos % len(buf)] = value
    return bytes(buf[:cut] if cut else buf)


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=4),
       cut=st.one_of(st.none(), st.integers(1, 4000)))
def test_fuzzed_packet_bytes_are_refused_cleanly(net, keys, cav, edits, cut) -> None:
    original = packet_from(net, keys)
    _refused_or_intact(cav, _mutate(original, edits, cut), {"item.json": b'{"n": 1}'})


def _refused_or_intact(vault: Vault, data: bytes, parts: dict[str, bytes]) -> None:
    """A mutated packet is refused with nothing written, or (if the mutation hit nothing that
    matters, e.g. tar padding) filed whole: exactly one register row, the original parts."""
    before = counts(vault)
    try:
        received = receive_packet(vault, data, ("agenda-item",))
    except (BadInput, SecurityRefused):
        assert counts(vault) == before
    else:
        assert counts(vault)["packet_register"] == before["packet_register"] + 1
        assert {n: received.packet.parts[n] for n in parts} == parts


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 255)), min_size=1,
                      max_size=6),
       cut=st.one_of(st.none(), st.integers(1, 3000)))
def test_fuzzed_archive_inside_valid_encryption_is_refused_cleanly(net, keys, cav, edits, cut):
    manifest = manifest_bytes(net, keys, {"a.txt": b"hello"}, packet_id=secrets.token_hex(16))
    tar = signed_tar(net, keys, {"a.txt": b"hello"}, manifest)
    _refused_or_intact(cav, to_cav(keys, _mutate(tar[:3072], edits, cut)), {"a.txt": b"hello"})


@FUZZ
@given(doc=st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=5),
    max_leaves=20))
def test_fuzzed_signed_manifest_is_refused_cleanly(net, keys, cav, doc) -> None:
    manifest = json.dumps(doc).encode()
    data = to_cav(keys, signed_tar(net, keys, {"a.txt": b"x"}, manifest))
    before = counts(cav)
    with pytest.raises((BadInput, SecurityRefused)):
        receive_packet(cav, data, ("agenda-item",))
    assert counts(cav) == before


# --- referral content: signed by a member, but hostile inside ------------------------------------

FUZZ_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False),
    st.text(st.characters(blacklist_categories=()), max_size=40),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.none(),
                                                         max_size=2),
)
FIELDS = [("case",), ("case", "title"), ("case", "risk"), ("persons",), ("persons", 0),
          ("persons", 0, "role"), ("persons", 0, "name"), ("persons", 0, "birth_year"),
          ("persons", 1, "exposure"), ("notes", 0, "created"), ("notes", 0, "text"),
          ("notes", 0, "category"), ("notes", 0, "amends"), ("tasks", 0, "due"),
          ("tasks", 0, "owner_kind"), ("tasks", 0, "title"), ("reason",), ("format",)]


def _referral(net, keys, case_doc: object) -> bytes:
    parts = {"case.json": ("application/json", json.dumps(case_doc).encode()),
             "summary.pdf": ("application/pdf", b"%PDF-1.4")}
    sealed, _ = build_packet(keys["carabinieri"], net["carabinieri"].office_id, "referral",
                             {net["cav"].office_id: keys["cav"].encryption_recipient()}, parts)
    return sealed.data


def test_lone_surrogate_in_case_json_is_bad_input_not_a_crash(net, keys, cav) -> None:
    doc = copy.deepcopy(CASE)
    doc["persons"][0]["name"] = "\ud800"
    before = counts(cav)
    with pytest.raises(BadInput):
        import_referral(cav, _referral(net, keys, doc))
    assert counts(cav) == before


@pytest.mark.parametrize(("path", "value", "field"), [
    (("persons", 1, "role"), "nonna", "persons[1].role"),
    (("tasks", 0, "due"), "domani", "tasks[0].due"),
    (("notes", 0, "created"), 7, "notes[0].created"),
    (("record",), {"relations": [{"from": 0, "to": 0, "relation": "parent"}]},
     "record.relations[0].to"),
    (("record",), {"measures": [{"kind": "no-such-measure", "date": "2026-03-01"}]},
     "record.measures[0].kind"),
])
def test_a_referral_with_a_bad_field_is_refused_naming_the_field_in_the_readers_language(
        net, keys, cav, path, value, field) -> None:
    doc = copy.deepcopy(CASE)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    before = counts(cav)
    with pytest.raises(BadInput) as refused:
        import_referral(cav, _referral(net, keys, doc))
    assert counts(cav) == before
    assert refused.value.message("it").startswith(
        f"Il contenuto della segnalazione non è valido: il campo «{field}» ")
    assert refused.value.message("en").startswith(
        f"The referral's content is not valid: the field “{field}” ")


@FUZZ
@given(path=st.sampled_from(FIELDS), value=FUZZ_VALUES)
def test_fuzzed_referral_content_is_refused_cleanly_or_filed_whole(net, keys, cav, path,
                                                                   value) -> None:
    doc = copy.deepcopy(CASE)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    before = counts(cav)
    try:
        received = import_referral(cav, _referral(net, keys, doc))
    except (BadInput, SecurityRefused) as exc:
        assert counts(cav) == before
        if exc.message_id == "packet.bad_referral":  # the reason in the reader's words too
            assert "«" in exc.message("it") and "{" not in exc.message("it"), exc.message("it")
    else:
        after = counts(cav)
        assert after["cases"] == before["cases"] + 1
        assert after["packet_register"] == before["packet_register"] + 1
        assert received.case_id is not None
