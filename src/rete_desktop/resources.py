"""Where the shipped resources (protocols, translations, glossary, icons) are.

In a wheel they sit inside the package (``rete_desktop/resources``); in a source checkout
(editable install) at the repository's top-level ``resources/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGED = Path(__file__).resolve().parent / "resources"
_CHECKOUT = Path(__file__).resolve().parents[2] / "resources"


def resource_dir() -> Path:
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
