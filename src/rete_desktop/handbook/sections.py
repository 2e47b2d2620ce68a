"""The handbook's sections of the signed network directory.

On publish the coordinator contributes ``profiles`` (the offices' own signed profile files),
``protocols`` and ``risk_instruments`` (the newest version of each), ``glossary`` and
``prevention``. On import, inside the directory's own transaction and after its members are
stored, each section is checked and filed here; any refusal (a profile not signed by the office
it names, a malformed item) refuses the whole directory, so nothing of it is stored. The shells
publish and import through :func:`publish_directory` and :func:`import_directory` here, which
pass these hooks explicitly.
"""

from __future__ import annotations

import json
from typing import Any

from rete_desktop.errors import BadInput, ReteError
from rete_desktop.handbook import glossary, prevention, profiles, protocol_versions
from rete_desktop.handbook.network import active_member_key
from rete_desktop.packets import directory
from rete_desktop.storage import risk
from rete_desktop.storage.vault import Vault


def _profiles(vault: Vault) -> list[Any]:
    return profiles.all_envelopes(vault, lambda oid: active_member_key(vault, oid) is not None)


def _glossary(vault: Vault) -> list[Any]:
    return list(glossary.export_glossary(vault).values())


def receive_sections(vault: Vault, sections: dict[str, list[Any]]) -> None:
    """File an imported directory's handbook sections; call inside the import transaction."""
    for envelope in sections.get("profiles", []):
        signed = profiles.read_signed_profile(
            json.dumps(envelope, ensure_ascii=False).encode("utf-8")
        )
        profiles.accept_profile(vault, signed, lambda oid: active_member_key(vault, oid))
    for doc in sections.get("protocols", []):
        try:
            protocol_versions.receive_protocol(vault, doc)
        except ReteError as exc:
            raise BadInput("handbook.section_invalid", section="protocols") from exc
    for doc in sections.get("risk_instruments", []):
        try:
            risk.store_if_newer(vault, doc)
        except ReteError as exc:
            raise BadInput("handbook.section_invalid", section="risk_instruments") from exc
    if "glossary" in sections:
        by_lang = {d.get("lang"): d for d in sections["glossary"] if isinstance(d, dict)}
        glossary.replace_with_network(vault, glossary.parse_glossary_section(by_lang))
    if "prevention" in sections:
        prevention.replace_network_actions(vault, sections["prevention"])


PROVIDERS: dict[str, directory.SectionProvider] = {
    "profiles": _profiles,
    "protocols": protocol_versions.latest_protocols,
    "glossary": _glossary,
    "risk_instruments": risk.latest_instruments,
    "prevention": prevention.section_items,
}


def publish_directory(vault: Vault, **options: Any) -> bytes:
    """:func:`packets.directory.publish_directory` with the handbook's sections."""
    return directory.publish_directory(vault, providers=PROVIDERS, **options)


def import_directory(vault: Vault, data: bytes, **options: Any) -> directory.Imported:
    """:func:`packets.directory.import_directory` filing the handbook's sections."""
    return directory.import_directory(vault, data, receive_sections=receive_sections, **options)
