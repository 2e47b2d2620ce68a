"""Decrypt SQLCipher 4 pages by hand, to look for plaintext anywhere in the file, free pages too.

SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, each page ending in a 16-byte IV and a
64-byte HMAC-SHA512 (80 reserved bytes); page 1 starts with the 16-byte salt instead of the
SQLite header. A raw key (``x'...'``) is the AES key itself. WAL frames carry a 24-byte header.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER, FRAME_HEADER = 32, 24


def decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[16 if first else 0 : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_plaintext(directory: Path, key: bytes) -> bytes:
    """Every page of ``vault.db`` and of its WAL (if any), decrypted and concatenated."""
    return b"".join(_pages(directory / "vault.db", directory / "vault.db-wal", key))


def main_file_plaintext(directory: Path, key: bytes) -> bytes:
    """Every page of ``vault.db`` alone, decrypted: what stays once the WAL is gone."""
    return b"".join(_pages(directory / "vault.db", directory / "no-wal", key))


def wal_pages(directory: Path) -> list[int]:
    """The page numbers of the frames in the vault's WAL, in order ([] if it is empty)."""
    wal = directory / "vault.db-wal"
    frames = wal.read_bytes()[WAL_HEADER:] if wal.exists() else b""
    step = FRAME_HEADER + PAGE
    return [int.from_bytes(frames[offset : offset + 4], "big")
            for offset in range(0, len(frames) - step + 1, step)]


def _pages(db: Path, wal: Path, key: bytes) -> Iterator[bytes]:
    data = db.read_bytes()
    for offset in range(0, len(data) - PAGE + 1, PAGE):
        yield decrypt_page(data[offset : offset + PAGE], key, offset == 0)
    frames = wal.read_bytes()[WAL_HEADER:] if wal.exists() else b""
    for offset in range(0, len(frames) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        number = int.from_bytes(frames[offset : offset + 4], "big")
        start = offset + FRAME_HEADER
        yield decrypt_page(frames[start : start + PAGE], key, number == 1)


@contextmanager
def old_snapshot_held(directory: Path, key: bytes) -> Iterator[None]:
    """A second reader keeps a snapshot open, so the vault cannot fold its WAL meanwhile."""
    reader = sqlcipher3.connect(str(directory / "vault.db"), timeout=0.1)
    try:
        reader.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield
    finally:
        reader.close()


def damage_page(db: Path, page: int) -> None:
    """Overwrite 16 bytes in the middle of page ``page`` (1-based), as a bad sector would."""
    with db.open("r+b") as fh:
        fh.seek((page - 1) * 4096 + 1000)
        fh.write(bytes(range(16)))


def open_with_sqlite3mc(path: str | Path, key: bytes) -> Any:
    """The vault read by a second implementation (SQLite3 Multiple Ciphers, through apsw), from
    the file alone and the raw key: what it finds is what the file holds, not what our code
    says."""
    import apsw

    conn = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    conn.execute("PRAGMA cipher = 'sqlcipher'")
    conn.execute("PRAGMA legacy = 4")  # SQLCipher 4 defaults: PBKDF2-SHA512, HMAC-SHA512
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn
