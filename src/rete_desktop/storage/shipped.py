"""The network's standard pack that every office has from day one: the protocols
(``resources/protocols``) and risk instruments (``resources/risk``) shipped with the app.

Installed when a vault is created, and again when it is opened by an app that ships newer
versions (a fingerprint of the shipped files in ``meta`` makes the usual open a single read).
A shipped version is stored only if newer than what the office holds, so a version received
from the network's coordinator is never replaced by an older shipped one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from rete_desktop.domain.protocols import parse_protocol
from rete_desktop.resources import resource_path
from rete_desktop.storage import protocols, risk
from rete_desktop.storage.vault import Vault

META_KEY = "shipped_pack"


def instrument_files() -> list[Path]:
    return sorted(resource_path("risk").glob("*.json"))


def _fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def install(vault: Vault) -> int:
    """Store the shipped versions that are newer than the office's; returns how many."""
    files = protocols.sample_protocol_files() + instrument_files()
    fingerprint = _fingerprint(files)
    if vault.get_meta(META_KEY) == fingerprint:
        return 0
    stored = 0
    with vault.transaction():
        for path in protocols.sample_protocol_files():
            stored += protocols.store_if_newer(vault, parse_protocol(path.read_bytes()),
                                              from_network=False)
        for path in instrument_files():
            stored += risk.store_if_newer(vault, json.loads(path.read_bytes()))
        vault.set_meta(META_KEY, fingerprint)
    return stored
