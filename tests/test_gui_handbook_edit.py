"""The coordinator edits the glossary and plans prevention actions in the handbook page."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from rete_desktop.handbook import glossary, prevention  # noqa: E402
from rete_desktop.storage import audit  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui.handbook_edit import GlossaryTermDialog, PreventionActionDialog  # noqa: E402
from rete_desktop.ui.handbook_page import HandbookPage  # noqa: E402


@pytest.fixture(autouse=True)
def _config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("RETE_CONFIG_DIR", str(tmp_path / "config"))
    yield


@pytest.fixture
def page(qtbot, vault: Vault) -> HandbookPage:
    handbook = HandbookPage(vault)
    qtbot.addWidget(handbook)
    handbook.show()
    handbook.refresh()
    return handbook


def _dialog(page: HandbookPage, kind: type) -> object:
    found = [d for d in page.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def _errors(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.accessibleName() == "Error" and label.text()]


def _actions(vault: Vault) -> list[str]:
    return [e.action for e in audit.list_entries(vault)]


def test_the_coordinator_adds_a_term_and_finds_it_at_once(page, vault, qtbot):
    tab = page.glossary
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, GlossaryTermDialog)
    assert not dialog.language.isEnabled()  # a new term is Italian first
    dialog.term.setText("Rete di prossimità")
    dialog.definition.setPlainText("Vicini, parrocchia e associazioni che notano i segnali.")
    dialog.accept()
    assert not dialog.isVisible()
    assert tab.terms.currentItem().text() == "Rete di prossimità"
    assert "Vicini, parrocchia" in tab.definition.toPlainText()
    assert "glossary.set" in _actions(vault)


def test_an_english_translation_changes_only_the_english_glossary(page, vault):
    tab = page.glossary
    tab.field.setText("violenza assistita")
    entry = next(e for e in glossary.list_terms(vault, "it") if e.term == "Violenza assistita")
    tab.terms.setCurrentRow(next(n for n, e in enumerate(tab._entries) if e.key == entry.key))
    tab.edit_term()
    dialog = _dialog(page, GlossaryTermDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.term.setText("Witnessed violence (children)")
    dialog.accept()
    english = {e.key: e.term for e in glossary.list_terms(vault, "en")}
    italian = {e.key: e.term for e in glossary.list_terms(vault, "it")}
    assert english[entry.key] == "Witnessed violence (children)"
    assert italian[entry.key] == "Violenza assistita"


def test_a_term_without_definition_is_refused_beside_the_field(page, vault):
    before = glossary.list_terms(vault, "it")
    page.glossary.new_term()
    dialog = _dialog(page, GlossaryTermDialog)
    dialog.term.setText("Termine a metà")
    dialog.accept()
    assert dialog.isVisible()
    assert _errors(dialog) == ["The field “Definition” is required."]
    assert glossary.list_terms(vault, "it") == before


def test_a_glossary_received_from_the_network_cannot_be_edited_here(page, vault):
    with vault.transaction():
        glossary.replace_with_network(vault, {"it": glossary.starter_terms("it")})
    page.glossary.run()
    assert not page.glossary.new_button.isEnabled()
    assert not page.glossary.edit_button.isEnabled()
    assert "coordinator" in page.glossary.new_button.toolTip()


def test_a_prevention_action_is_planned_and_listed(page, vault, qtbot):
    tab = page.prevention
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, PreventionActionDialog)
    assert dialog.chosen_owners()  # this office runs it unless unticked
    dialog.title.setText("Sportello nella scuola media")
    dialog.kind.setCurrentIndex(dialog.kind.findData("school_talk"))
    day = date.today() + timedelta(days=20)
    dialog.day.setDate(QDate(day.year, day.month, day.day))
    dialog.place.setText("Scuola media, aula magna")
    dialog.accept()
    assert not dialog.isVisible()
    rows = [tab.tree.topLevelItem(n) for n in range(tab.tree.topLevelItemCount())]
    assert [(r.text(0), r.text(1), r.text(2)) for r in rows] == [
        (day.strftime("%d/%m/%Y"), "School talk", "Sportello nella scuola media")]
    assert "prevention.add" in _actions(vault)


def test_a_prevention_action_without_title_changes_nothing(page, vault):
    page.prevention.new_action()
    dialog = _dialog(page, PreventionActionDialog)
    dialog.accept()
    assert dialog.isVisible()
    assert _errors(dialog) == ["The field “Title” is required."]
    assert prevention.list_actions(vault) == []


def test_a_protocol_updated_by_the_network_says_what_changed_once_opened(qtbot, vault):
    import json

    from rete_desktop.handbook import protocol_versions
    from rete_desktop.resources import resource_path
    from rete_desktop.ui.pages import ProtocolsPage

    doc = json.loads(resource_path("protocols", "codice-rosso.json").read_text("utf-8"))
    old_version = doc["version"]
    doc["version"] += 1
    step = next(s for s in doc["steps"] if s["key"] == "audizione-vittima")
    step["due_days"] = 2
    with vault.transaction():
        assert protocol_versions.receive_protocol(vault, doc)
    page = ProtocolsPage(vault)
    qtbot.addWidget(page)
    marked = [page.list.item(n).text() for n in range(page.list.count())
              if "new version" in page.list.item(n).text()]
    assert marked == [f"{doc['title']} (v{doc['version']}) — new version: see what changed"]
    row = next(n for n in range(page.list.count()) if page.list.item(n).text() == marked[0])
    page.list.setCurrentRow(row)
    shown = page.view.toPlainText()
    assert f"What changed since version {old_version}" in shown
    assert "3 → 2" in shown
    assert protocol_versions.list_updates(vault, unseen_only=True) == []
    assert "new version" not in page.list.item(row).text()
