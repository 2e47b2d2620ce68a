"""Where a vault lives, and the rules that need no database.

Kept apart from ``storage.vault`` (SQLCipher, keyslots, cryptography) so the desktop app can
decide between the unlock dialog and the first-run wizard, and paint either, before loading
the heavy modules.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots.json"
LOCK_NAME = "vault.lock"


def default_vault_dir() -> Path:
    """``RETE_VAULT`` if set, else the platform's per-user data directory."""
    env = os.environ.get("RETE_VAULT")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("rete-desktop", appauthor=False)) / "vault"


def vault_exists(directory: Path) -> bool:
    """Whether ``directory`` holds a vault, whole or damaged.

    Either file is enough: a folder whose database vanished (a failed copy, a sync tool) is a
    damaged vault to restore, never a place to create a new office over the old key file.
    """
    return (directory / KEYSLOTS_NAME).exists() or (directory / DB_NAME).exists()
