"""Open an attachment's sealed file without the app's code, from the format in
``crypto/sealed_file.py``'s docstring: AES-256-GCM pieces of 256 KiB, nonce = 11-byte counter
and a last-piece byte. An independent reader, so a test of the app's reader is not the app's
reader checking itself."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PIECE = 256 * 1024 + 16


def sealed_plaintext(path: Path, key: bytes) -> bytes:
    data = path.read_bytes()
    pieces = [data[i:i + PIECE] for i in range(0, len(data), PIECE)]
    if not pieces or len(pieces[-1]) == PIECE:
        pieces.append(b"")
    aead = AESGCM(key)
    return b"".join(aead.decrypt(i.to_bytes(11, "big") + bytes([i == len(pieces) - 1]), p, None)
                    for i, p in enumerate(pieces))


def vault_files(directory: Path) -> list[Path]:
    """Every file under the vault's folder (database, key file, attachments...)."""
    return sorted(p for p in directory.rglob("*") if p.is_file())
