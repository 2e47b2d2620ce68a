"""One table names every vocabulary value, for the CLI, the screens and the documents."""

from __future__ import annotations

import inspect
from enum import StrEnum
from pathlib import Path

import pytest

from rete_desktop import messages
from rete_desktop.domain import vocabulary as domain
from rete_desktop.messages import vocabulary

ENUMS = [cls for _, cls in inspect.getmembers(domain, inspect.isclass)
         if issubclass(cls, StrEnum) and cls is not StrEnum and cls.__module__ == domain.__name__]
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_enum_value_has_exactly_one_entry_per_language(enum: type[StrEnum]) -> None:
    terms = vocabulary.VOCABULARIES[enum.__name__]
    assert set(terms) == {member.value for member in enum}
    for value in terms:
        for lang in ("it", "en"):
            assert vocabulary.label(enum.__name__, value, lang).strip()
            assert vocabulary.formal(enum.__name__, value, lang).strip()


def test_no_other_catalogue_names_the_vocabulary_again() -> None:
    """The referral and laboratorio PDFs had their own office kinds, risks and statuses."""
    kinds = {kind.value for kind in domain.OfficeKind}
    copies = [key for key in messages.CATALOG if not key.startswith("vocabulary.")
              and key.rsplit(".", 1)[-1] in kinds and ".kind." in key]
    assert copies == []


def test_the_consultorio_is_familiare_everywhere() -> None:
    assert vocabulary.formal("OfficeKind", "consultorio", "it") == "Consultorio familiare"
    for path in [*(ROOT / "src").rglob("*.py"), ROOT / "resources/translations/rete_it.ts"]:
        assert "famigliare" not in path.read_text("utf-8").lower(), path


def test_screens_and_documents_use_the_formal_name_the_cli_the_short_one() -> None:
    assert vocabulary.label("OfficeKind", "police", "it") == "polizia"
    assert vocabulary.formal("OfficeKind", "police", "it") == "Polizia di Stato"
    assert vocabulary.formal("ChildExposure", "direct", "en", capital=False) == "direct violence"
    assert vocabulary.formal("CaseStatus", "monitoring", "it") == "In monitoraggio"
