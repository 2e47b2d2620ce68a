"""(English, Italian) pairs of both catalogues, for the reviewer's and the glossary's checks."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po

from rete_desktop.i18n import CORE_DOMAIN
from rete_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]


def ts_pairs() -> list[tuple[str, str]]:
    """Every widget text of ``rete_it.ts`` with its Italian (each ``%n`` form on its own)."""
    pairs = []
    for message in ET.parse(resource_path("translations", "rete_it.ts")).iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")]
        pairs += [(source, text) for text in forms or [translation.text or ""]]
    return pairs


def po_pairs() -> list[tuple[str, str]]:
    """Every core message of ``po/rete-core/it.po``, each plural form paired with its English."""
    with (ROOT / "po" / CORE_DOMAIN / "it.po").open("rb") as f:
        catalog = read_po(f)
    pairs = []
    for message in catalog:
        if message.id:
            english = message.id if isinstance(message.id, tuple) else (message.id,)
            italian = message.string if isinstance(message.string, tuple) else (message.string,)
            pairs += list(zip(english, italian, strict=True))
    return pairs
