"""The age header pre-check: the public C2SP vectors, hostile headers, and a fuzz against pyrage.

Files are built with pyrage directly and by hand (never with the app's packet writer), so the
tests check our reader against the age spec and rage, not against our own writer.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.crypto import age, age_header
from rete_desktop.crypto.age_header import HeaderError, read_header

VECTORS = Path(__file__).parent / "vectors" / "age-cctv"
IDENTITY = pyrage.x25519.Identity.generate()
PLAINTEXT = b"referral" * 100


def _vector(path: Path) -> tuple[dict[str, str], bytes]:
    head, _, body = path.read_bytes().partition(b"\n\n")
    meta = dict(line.split(": ", 1) for line in head.decode().splitlines())
    if meta.get("compressed") == "zlib":
        body = zlib.decompress(body)
    return meta, body


VECTOR_FILES = sorted(p for p in VECTORS.iterdir() if p.name != "README.md")


def test_all_public_vectors_are_present() -> None:
    assert len(VECTOR_FILES) == 143


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda p: p.name)
def test_public_vector_agrees_with_its_expectation(path: Path) -> None:
    """Header failures are refused before pyrage; every other X25519 vector passes the
    pre-check and then gets exactly the outcome the vector expects from age itself."""
    meta, data = _vector(path)
    expect = meta["expect"]
    identity = meta.get("identity", "")
    if path.name.startswith(("armor_", "hybrid", "scrypt")) or "passphrase" in meta:
        # Not used by packets, refused by design: armor (binary only), post-quantum
        # recipients (their stanza lines exceed our cap) and passphrases (scrypt); a variant
        # whose type is misspelt is an unknown stanza and simply not for us.
        try:
            read_header(data)
        except HeaderError:
            return
        with pytest.raises(age.NotForThisKey):
            age.decrypt(data, str(IDENTITY))
        return
    if expect == "header failure":
        with pytest.raises((age_header.MalformedHeader, age_header.NotAgeHeader)):
            read_header(data)
        return
    read_header(data)
    if expect == "success":
        assert hashlib.sha256(age.decrypt(data, identity)).hexdigest() == meta["payload"]
    elif expect == "no match":
        with pytest.raises(age.NotForThisKey):
            age.decrypt(data, identity)
    else:
        assert expect in ("HMAC failure", "payload failure")
        with pytest.raises(age.AgeCorrupted):
            age.decrypt(data, identity)


# --- hostile headers -------------------------------------------------------------------------


def _real_file(recipients: int = 1) -> bytes:
    others = [pyrage.x25519.Identity.generate().to_public() for _ in range(recipients - 1)]
    return bytes(pyrage.encrypt(PLAINTEXT, [IDENTITY.to_public(), *others]))


def _b64(raw: bytes) -> bytes:
    return base64.b64encode(raw).rstrip(b"=")


def _fake_x25519(seed: int) -> bytes:
    share = hashlib.sha256(b"share%d" % seed).digest()
    return b"-> X25519 " + _b64(share) + b"\n" + _b64(hashlib.sha256(b"%d" % seed).digest()) + b"\n"


def _with_stanzas(data: bytes, stanzas: bytes) -> bytes:
    """Insert stanzas after the version line (the header MAC no longer matches, which does not
    matter: the pre-check must refuse before anything would look at the MAC)."""
    cut = len(age_header.VERSION_LINE)
    return data[:cut] + stanzas + data[cut:]


def test_sixty_five_x25519_stanzas_pass_the_precheck() -> None:
    header = read_header(_real_file(65))
    assert header.x25519_count == 65


def test_thousands_of_fake_stanzas_are_refused_over_caps() -> None:
    data = _with_stanzas(_real_file(), b"".join(_fake_x25519(i) for i in range(3000)))
    with pytest.raises(age_header.HeaderOverCaps):
        read_header(data)
    with pytest.raises(age.AgeHeaderOverCaps):
        age.decrypt(data, str(IDENTITY))


def test_one_stanza_too_many_is_refused() -> None:
    data = _with_stanzas(_real_file(65), _fake_x25519(1))
    with pytest.raises(age_header.HeaderOverCaps):
        read_header(data)


def test_too_many_grease_stanzas_are_refused() -> None:
    data = _with_stanzas(_real_file(), b"-> grease\n\n" * 5)
    with pytest.raises(age_header.HeaderOverCaps):
        read_header(data)


def test_a_long_grease_body_is_refused() -> None:
    body = _b64(bytes(600))
    lines = b"".join(body[i : i + 64] + b"\n" for i in range(0, len(body), 64))
    data = _with_stanzas(_real_file(), b"-> grease\n" + lines + (b"\n" if len(body) % 64 == 0
                                                                  else b""))
    with pytest.raises(age_header.HeaderOverCaps):
        read_header(data)


def test_a_long_stanza_line_is_refused() -> None:
    data = _with_stanzas(_real_file(), b"-> grease " + b"a" * 200 + b"\n\n")
    with pytest.raises(age_header.HeaderOverCaps):
        read_header(data)


def test_a_header_without_its_end_line_is_refused_within_the_cap() -> None:
    data = age_header.VERSION_LINE + b"-> grease\n\n" * 2 + b"A" * 200_000
    with pytest.raises(HeaderError):
        read_header(data)


def test_rages_own_grease_passes() -> None:
    # rage adds one random "...-grease" stanza to every file it writes.
    for _ in range(20):
        assert read_header(_real_file(3)).x25519_count == 3


@pytest.mark.slow
def test_a_twelve_megabyte_stanza_bomb_is_refused_over_caps() -> None:
    body = _b64(bytes(9 * 1024 * 1024))
    lines = b"\n".join(body[i : i + 64] for i in range(0, len(body), 64)) + b"\n"
    data = _with_stanzas(_real_file(), b"-> grease\n" + lines)
    assert len(data) > 12 * 1024 * 1024
    with pytest.raises(age.AgeHeaderOverCaps):
        age.decrypt(data, str(IDENTITY))


# --- fuzz --------------------------------------------------------------------------------------

SAMPLE = _real_file(2)
HEADER_END = read_header(SAMPLE).size


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_after_the_version_line_parse_or_are_refused(tail: bytes) -> None:
    try:
        header = read_header(age_header.VERSION_LINE + tail)
    except HeaderError:
        return
    assert header.size <= age_header.MAX_HEADER


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, HEADER_END + 20), st.integers(0, 255)), min_size=1,
                max_size=4),
       st.none() | st.integers(0, HEADER_END + 20))
def test_damaged_headers_are_refused_by_us_whenever_rage_refuses(
        edits: list[tuple[int, int]], cut: int | None) -> None:
    """Differential: the pre-check never refuses a file rage would open, and whatever it lets
    through, rage either opens to the same plaintext or refuses."""
    data = bytearray(SAMPLE)
    for at, value in edits:
        data[at] = value
    damaged = bytes(data[:cut] if cut is not None else data)
    try:
        opened = pyrage.decrypt(damaged, [IDENTITY])
    except pyrage.DecryptError:
        opened = None
    try:
        read_header(damaged)
    except HeaderError:
        assert opened is None
        return
    assert opened in (None, PLAINTEXT)


_arg = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_arg.filter(lambda a: a not in ("X25519", "scrypt")),
                          st.lists(_arg, max_size=4), st.binary(max_size=100)),
                min_size=1, max_size=4))
def test_any_well_formed_grease_header_parses_to_its_stanzas(
        stanzas: list[tuple[str, list[str], bytes]]) -> None:
    lines = []
    for kind, args, body in stanzas:
        text = _b64(body)
        chunks = [text[i : i + 64] for i in range(0, len(text), 64)]
        if not chunks or len(chunks[-1]) == 64:
            chunks.append(b"")
        lines.append(b" ".join([b"->", kind.encode(), *(a.encode() for a in args)]) + b"\n"
                     + b"".join(c + b"\n" for c in chunks))
    data = age_header.VERSION_LINE + b"".join(lines) + b"--- " + _b64(bytes(32)) + b"\n" + bytes(
        32)
    header = read_header(data)
    assert [(s.type, list(s.args), s.body) for s in header.stanzas] == stanzas
