"""Erasing a case together with the laboratorio's packet copies of it (GDPR art. 17).

``storage/erasure.py`` removes a case's rows, its laboratorio item and the item's place in the
meeting documents kept as JSON. The agenda and the minutes also travelled as signed, encrypted
packets, and the register keeps each packet's bytes as evidence: copies of the item (its
summary and the operator's request) inside age files that this office's key, kept in the vault,
opens. Only the laboratorio can tell which of them carry the item, so it opens them here and
the erasure drops their bytes (:func:`register.redact_evidence`); the register row and the
SHA-256 stay. Storage imports nothing of this: the shells call :func:`erase_case`, which hands
the scrubber to the storage erasure explicitly.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from rete_desktop.errors import ReteError
from rete_desktop.packets import register
from rete_desktop.packets.archive import PARTS_DIR
from rete_desktop.packets.packet import unseal
from rete_desktop.storage import erasure
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault

# The kinds that carry other offices' items too (an agenda-item carries only its own case and
# is registered with it; an action update carries no item text).
_DOCUMENTS = {"agenda": "agenda.json", "minutes": "minutes.json"}
PACKET_COPIES = "packet_copies"


def erase_case(vault: Vault, case_id: str) -> erasure.ErasureReport:
    """The user's action "erase this case": every row of it, and every stored agenda or
    minutes packet that carried its laboratorio item (see the module doc)."""
    identity = load_identity(vault).keys.age_identity_string()
    return erasure.erase_case(vault, case_id,
                              {PACKET_COPIES: partial(redact_packet_copies, identity)})


def redact_packet_copies(age_identity: str, conn: Any, erasing: erasure.Erasing) -> int:
    """Drop the stored bytes of each agenda or minutes packet, sent or received, that names
    one of the case's items; returns how many. Runs inside the erasure's transaction."""
    if erasing.code is None and not erasing.item_ids:
        return 0
    rows = conn.execute(
        "SELECT r.id, r.kind, e.data FROM packet_register r JOIN packet_evidence e"
        " ON e.register_id = r.id WHERE e.redacted IS NULL AND r.kind IN (?, ?)",
        tuple(_DOCUMENTS)).fetchall()
    carrying = [row[0] for row in rows if _carries(bytes(row[2]), row[1], age_identity, erasing)]
    for entry_id in carrying:
        register.redact_evidence(conn, entry_id)
    return len(carrying)


def _carries(data: bytes, kind: str, age_identity: str, erasing: erasure.Erasing) -> bool:
    """Whether the packet's document names one of the erased case's items or its code.

    A copy this office's key cannot open holds nothing this office can read, and stays.
    """
    try:
        doc = json.loads(unseal(data, age_identity).member(PARTS_DIR + _DOCUMENTS[kind]))
    except (ReteError, KeyError, ValueError):
        return False
    entries = [*doc.get("items", []), *doc.get("decisions", []), *doc.get("actions", [])]
    return any(e.get("item_id") in erasing.item_ids
               or (erasing.code is not None
                   and erasing.code in (e.get("case_code"), e.get("summary", {}).get("case_code")))
               for e in entries if isinstance(e, dict))
