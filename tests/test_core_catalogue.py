"""The core's messages as gettext catalogues: ``po/rete-core.pot`` and ``po/rete-core/it.po``
follow ``messages/*.py``, every message has its Italian (a missing one reads English *and* fails
here), plurals agree with the number, a third language needs no Python edit."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from rete_desktop import i18n, messages
from rete_desktop.errors import NotFound
from rete_desktop.i18n import CORE_DOMAIN, languages, placeholders, translate, translation
from rete_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "po"
HOW = "run ./scripts/update-translations, translate the new entries in po/rete-core/it.po"


def _extractor():
    spec = importlib.util.spec_from_file_location(
        "extract_core_messages", ROOT / "scripts" / "extract_core_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f)


def _entries(catalog: Catalog) -> dict[str, object]:
    return {m.context: m for m in catalog if m.id}


def test_every_message_has_its_entry_in_the_template_and_the_italian() -> None:
    """A message added to messages/*.py without rerunning the script is reported by id."""
    expected = _entries(_extractor().template())
    template = _entries(_read(PO / f"{CORE_DOMAIN}.pot"))
    italian = _entries(_read(PO / CORE_DOMAIN / "it.po"))
    assert set(expected) == set(messages.CATALOG)
    stale = sorted(i for i, m in expected.items() if i not in template or template[i].id != m.id)
    assert stale == [], HOW
    untranslated = sorted(
        i for i, m in expected.items()
        if i not in italian or italian[i].id != m.id or "fuzzy" in italian[i].flags
        or not all(italian[i].string if isinstance(m.id, tuple) else [italian[i].string]))
    assert untranslated == [], HOW


def test_translations_keep_the_placeholders_of_the_english() -> None:
    for message in _read(PO / CORE_DOMAIN / "it.po"):
        if not message.id:
            continue
        english = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            assert placeholders(text) == placeholders(english[0]), message.context


def test_the_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    subprocess.run([str(ROOT / "scripts" / "compile-catalogues"), str(PO), str(tmp_path)],
                   check=True, capture_output=True)
    for mo in tmp_path.rglob("*.mo"):
        shipped = resource_path("locale", *mo.relative_to(tmp_path).parts)
        assert shipped.read_bytes() == mo.read_bytes(), f"{HOW} ({shipped} is stale)"


def test_an_english_user_reads_english_errors_and_an_italian_user_italian() -> None:
    error = NotFound("case.not_found", id="2026/0001")
    assert error.message("en") == "Case 2026/0001 not found."
    assert error.message("it") == "Caso 2026/0001 non trovato."


@pytest.mark.parametrize(("message_id", "params", "one", "many"), [
    ("register.counts.cases", {}, "1 caso", "2 casi"),
    ("register.counts.open", {}, "1 aperto", "2 aperti"),
    ("lab.imported_agenda", {"sender": "CAV", "about": "oggi", "id": "x"}, "(1 caso)",
     "(2 casi)"),
    ("retention.due_count", {}, "1 caso da rivedere", "2 casi da rivedere"),
])
def test_plurals_agree_with_the_number(message_id: str, params: dict[str, str], one: str,
                                       many: str) -> None:
    assert one in translate(message_id, "it", count=1, **params)
    assert many in translate(message_id, "it", count=2, **params)


def test_a_third_language_needs_no_python_edit(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A translator copies it.po to xx.po; an entry not yet translated reads English."""
    po_dir, locale = tmp_path / "po", tmp_path / "locale"
    shutil.copytree(PO, po_dir)
    third = _read(po_dir / CORE_DOMAIN / "it.po")
    third.locale = None
    third.delete("Case {id} not found.", "case.not_found")
    with (po_dir / CORE_DOMAIN / "xx.po").open("wb") as f:
        write_po(f, third)
    subprocess.run([str(ROOT / "scripts" / "compile-catalogues"), str(po_dir), str(locale)],
                   check=True, capture_output=True)
    monkeypatch.setattr(i18n, "locale_dir", lambda: locale)
    try:
        assert languages(CORE_DOMAIN) == ("it", "en", "xx")
        assert translate("vault.locked", "xx") == translate("vault.locked", "it")
        assert translate("case.not_found", "xx", id="1") == "Case 1 not found."
    finally:
        translation.cache_clear()


def test_rerunning_the_extractor_keeps_the_po_and_seeds_only_new_ids(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The .po is the source of the Italian; a message added to messages/*.py the old way (it +
    en) arrives with its Italian; one whose English changed keeps its old Italian as fuzzy."""
    extractor = _extractor()
    monkeypatch.setitem(messages.CATALOG, "x.kept", {"it": "vecchio", "en": "Kept"})
    monkeypatch.setitem(messages.CATALOG, "x.new", {"it": "{count} {count:caso|casi}",
                                                    "en": "{count} {count:case|cases}"})
    monkeypatch.setitem(messages.CATALOG, "x.changed", {"en": "New English"})
    pot = Catalog()
    for message_id, english in (("x.kept", "Kept"), ("x.new", ("{count} case", "{count} cases")),
                                ("x.changed", "New English")):
        pot.add(english, context=message_id)
    before = Catalog(locale="it")
    before.add("Kept", "tenuto, corretto nel .po", context="x.kept")
    before.add("Old English", "testo di prima", context="x.changed")
    after = _entries(extractor.updated(pot, "it", before))
    assert after["x.kept"].string == "tenuto, corretto nel .po"
    assert after["x.new"].string == ("{count} caso", "{count} casi")
    assert after["x.changed"].string == "testo di prima" and "fuzzy" in after["x.changed"].flags


def _dropper():
    spec = importlib.util.spec_from_file_location(
        "drop_seeded_italian", ROOT / "scripts" / "drop_seeded_italian.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dropping_the_italian_seeds_leaves_the_english_and_what_is_not_yet_translated(
        tmp_path: Path) -> None:
    """docs/i18n.md: the Italian lives in the .po; a seed beside the English is removed once the
    .po translates its id, and only then (a new id keeps its seed until it is extracted)."""
    table = tmp_path / "area.py"
    table.write_text('MESSAGES = {\n'
                     '    "a.done": {"it": "Fatto", "en": "Done"},\n'
                     '    "a.long": {\n'
                     '        "it": "Una riga "\n'
                     '        "e un\'altra",\n'
                     '        "en": "One line and another",\n'
                     '    },\n'
                     '    "a.new": {"it": "Nuovo", "en": "New"},\n'
                     '}\n', encoding="utf-8")
    removed, kept = _dropper().drop(table, {"a.done", "a.long"})
    assert (removed, kept) == (2, ["a.new"])
    scope: dict[str, object] = {}
    exec(table.read_text("utf-8"), scope)  # noqa: S102 - the file just written above
    assert scope["MESSAGES"] == {"a.done": {"en": "Done"},
                                 "a.long": {"en": "One line and another"},
                                 "a.new": {"it": "Nuovo", "en": "New"}}

