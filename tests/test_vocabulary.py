"""One table names every vocabulary value, for the CLI, the screens and the documents."""

from __future__ import annotations

import inspect
import json
from enum import StrEnum
from pathlib import Path

import pytest

from rete_desktop import messages
from rete_desktop.domain import vocabulary as domain
from rete_desktop.messages import vocabulary
from tests.conftest import CliRunner

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


IT = {"RETE_LANG": "it"}


def test_italian_values_are_accepted_and_stored_as_the_english_ones(
    rete: CliRunner, station: Path
) -> None:
    v = ("--vault", station)
    case_id = rete(*v, "case", "new", "--title", "Caso", "--risk", "alto", env=IT).out.strip()
    assert rete(*v, "person", "add", "--case", case_id, "--role", "vittima", "--name", "Anna",
                env=IT).code == 0
    assert rete(*v, "person", "add", "--case", case_id, "--role", "figlio", "--name", "Luca",
                "--exposure", "assistita", env=IT).code == 0
    assert rete(*v, "note", "add", "--case", case_id, "--text", "x", "--category", "telefonata",
                env=IT).code == 0
    assert rete(*v, "office", "add", "--name", "Comune", "--kind", "servizi-sociali",
                env=IT).code == 0
    data = json.loads(rete(*v, "--json", "case", "show", case_id).out)
    assert data["risk"] == "high"
    assert [(p["role"], p["exposure"]) for p in data["persons"]] == [
        ("victim", None), ("child", "witnessed")]
    assert data["notes"][0]["category"] == "call"
    offices = json.loads(rete(*v, "--json", "office", "list").out)
    assert offices[0]["kind"] == "social_services"
    assert rete(*v, "case", "list", "--status", "aperto", env=IT).out.count(case_id) == 1


def test_plain_output_reads_italian_and_json_keeps_the_stored_values(
    rete: CliRunner, station: Path
) -> None:
    v = ("--vault", station)
    case_id = rete(*v, "case", "new", "--title", "Caso", "--risk", "high").out.strip()
    rete(*v, "person", "add", "--case", case_id, "--role", "victim", "--name", "Anna")
    shown = rete(*v, "case", "show", case_id, env=IT).out
    assert "[vittima]" in shown and "aperto" in shown and "alto" in shown
    assert "victim" not in shown and "high" not in shown
    data = json.loads(rete(*v, "--json", "case", "show", case_id, env=IT).out)
    assert (data["risk"], data["status"], data["persons"][0]["role"]) == (
        "high", "open", "victim")


def test_an_unknown_value_lists_the_allowed_ones_in_the_users_language(
    rete: CliRunner, station: Path
) -> None:
    r = rete("--vault", station, "case", "new", "--title", "x", "--risk", "enorme", env=IT)
    assert r.code == 4 and "basso, medio, alto" in r.err
    r = rete("--vault", station, "case", "new", "--title", "x", "--risk", "huge")
    assert r.code == 4 and "low, medium, high" in r.err


def test_every_label_and_alias_names_one_value_only() -> None:
    for name, terms in vocabulary.VOCABULARIES.items():
        seen: dict[str, str] = {}
        for value, term in terms.items():
            for word in {value, term.en, term.it, term.typed_it or value, *term.aliases}:
                key = vocabulary.normalise(word)
                assert seen.setdefault(key, value) == value, (name, word)


def test_a_refused_value_lists_the_allowed_ones_in_the_language_it_is_read_in() -> None:
    """A refusal raised while the session is in one language may be read in the other (the
    GUI shows ``error.message(lang)``): its list of allowed values follows the reader."""
    from rete_desktop.domain.validation import choice
    from rete_desktop.errors import BadInput

    with pytest.raises(BadInput) as refused:
        choice("risk", domain.RiskLevel, "altissimo")
    assert "basso, medio, alto" in refused.value.message("it")
    assert "low, medium, high" in refused.value.message("en")
