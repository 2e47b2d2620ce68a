"""The common-language glossary: starter set, accent-insensitive search, coordinator edits."""

from __future__ import annotations

import json

import pytest

from rete_desktop.errors import BadInput
from rete_desktop.handbook import glossary
from rete_desktop.handbook.text import fold
from rete_desktop.resources import resource_path

REQUIRED = [
    "Codice Rosso", "ammonimento", "violenza assistita", "allontanamento", "casa rifugio",
    "querela", "denuncia", "misure cautelari", "braccialetto elettronico", "codice rosa",
    "valutazione del rischio", "vittimizzazione secondaria", "1522", "consenso",
    "presa in carico", "laboratorio distrettuale", "rete territoriale",
]


def test_starter_set_has_the_networks_key_terms(vault) -> None:
    names = [fold(t.term) for t in glossary.list_terms(vault, "it")]
    for term in REQUIRED:
        assert any(fold(term) in name for name in names), term


def test_every_italian_term_has_an_english_translation() -> None:
    it = glossary.starter_terms("it")
    en = glossary.starter_terms("en")
    assert set(it) == set(en)
    assert all(len(definition) <= glossary.MAX_DEFINITION for _, definition in it.values())


@pytest.mark.parametrize("query,key", [
    ("vittimizzazione", "vittimizzazione-secondaria"),
    ("VITTIMIZZAZIONE SECONDARIA", "vittimizzazione-secondaria"),
    ("liberta", "reddito-liberta"),
    ("libertà", "reddito-liberta"),
    ("intesa", "protocollo-intesa"),
    ("d’intesa", "protocollo-intesa"),
    ("casa rifugio", "casa-rifugio"),
    ("1522", "1522"),
])
def test_search_ignores_accents_case_and_apostrophes(vault, query: str, key: str) -> None:
    found = glossary.search_terms(vault, query, "it")
    assert found and found[0].key == key


def test_search_ranks_term_names_before_definitions(vault) -> None:
    keys = [t.key for t in glossary.search_terms(vault, "querela", "it")]
    assert keys[0] == "querela" and "ammonimento" in keys[1:]


def test_english_search_also_finds_italian_terms(vault) -> None:
    found = glossary.search_terms(vault, "ammonimento", "en")
    assert found[0].key == "ammonimento" and "Questore" in found[0].definition


def test_coordinator_adds_and_edits_terms(rete, vault_dir, vault) -> None:
    vault.close()
    r = rete("glossary", "add", "--term", "Rete Casalasca", "--definition", "La nostra rete.",
             "--vault", vault_dir)
    assert r.code == 0 and r.out.strip() == "rete-casalasca"
    assert rete("glossary", "edit", "querela", "--term", "Querela", "--definition",
                "Definizione concordata al laboratorio.", "--vault", vault_dir).code == 0
    listed = json.loads(rete("glossary", "list", "--json", "--lang", "it",
                             "--vault", vault_dir).out)
    by_key = {t["key"]: t for t in listed}
    assert by_key["querela"]["definition"] == "Definizione concordata al laboratorio."
    assert "rete-casalasca" in by_key and "codice-rosso" in by_key
    assert rete("glossary", "edit", "nessuno", "--term", "X", "--definition", "Y",
                "--vault", vault_dir).code == 6


def test_office_that_received_the_network_glossary_cannot_edit_it(vault) -> None:
    with vault.transaction():
        glossary.replace_with_network(vault, {"it": {"querela": ("Querela", "Rete.")}})
    assert [t.key for t in glossary.list_terms(vault, "it")] == ["querela"]
    with pytest.raises(BadInput):
        glossary.set_term(vault, "Querela", "Altro")


def test_shipped_files_are_valid_glossaries() -> None:
    for lang in ("it", "en"):
        doc = json.loads(resource_path("glossary", f"{lang}.json").read_text("utf-8"))
        assert glossary.parse_terms(doc)
