"""What changed in a protocol the network updated: the protocols page marks a version not yet
read and, when it is opened, lists its differences from the version before (the same words as
``rete protocol diff``) and records it as read."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from rete_desktop.domain.protocols import Protocol
from rete_desktop.handbook import protocol_versions
from rete_desktop.i18n import translate
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import labels


def unread(vault: Vault) -> set[tuple[str, int]]:
    """(key, version) of the updates nobody has opened yet."""
    return {(u.key, u.to_version) for u in protocol_versions.list_updates(vault, unseen_only=True)}


def unread_mark() -> str:
    return QCoreApplication.translate("Protocols", "new version: see what changed")


def changes_html(vault: Vault, protocol: Protocol) -> str:
    """The differences from the previous version held, as HTML (empty for a first version);
    showing them marks the update read."""
    before = protocol_versions.previous_version(vault, protocol.key, protocol.version)
    if before is None:
        return ""
    old = protocol_versions.get_version(vault, protocol.key, before)
    lang = labels.language()
    lines = [protocol_versions.describe(c, protocol, old, lang)
             for c in protocol_versions.diff_protocols(old, protocol)]
    if not lines:
        lines = [translate("handbook.no_protocol_changes", lang)]
    if (protocol.key, protocol.version) in unread(vault):
        protocol_versions.mark_seen(vault, protocol.key, protocol.version)
    heading = QCoreApplication.translate("Protocols", "What changed since version {0}").format(
        before)
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<h3>{escape(heading)}</h3><ul>{items}</ul>"
