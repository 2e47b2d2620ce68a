"""All user-facing messages of the Qt-free layers, by area, in Italian and English.

Each area module defines ``MESSAGES: dict[str, dict[str, str]]`` mapping a message id to its
``it`` and ``en`` texts. Ids are unique across areas (checked by the tests).
"""

from __future__ import annotations

from rete_desktop.messages import cli, domain, vault

AREAS = (vault, domain, cli)

CATALOG: dict[str, dict[str, str]] = {}
for _area in AREAS:
    CATALOG.update(_area.MESSAGES)
