"""The Italian translation of the desktop app is complete and keeps every placeholder."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import os

from PySide6.QtCore import (  # noqa: E402
    QTranslator,  # noqa: E402
)

from rete_desktop.resources import resource_path  # noqa: E402

TS = resource_path("translations", "rete_it.ts")
_PLACEHOLDER = re.compile(r"\{\d*\}|%n")


def test_every_string_has_an_italian_translation_with_the_same_placeholders():
    problems = []
    for message in ET.parse(TS).iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text]
        for text in forms:
            if not text or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"untranslated: {source!r}")
            elif sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
    assert problems == []


def test_compiled_italian_translation_matches_the_sources():
    translator = QTranslator()
    assert translator.load("rete_it", str(resource_path("translations")))
    assert translator.translate("Labels", "Cases") == "Casi"
    assert translator.translate("MainWindow", "Cases") == "Casi"
    assert translator.translate("CasesPage", "%n case(s)", "", 2) == "%n casi"


def test_english_catalogue_gives_singular_and_plural() -> None:
    """English is the source language, but "%n case(s)" must read "1 case" / "2 cases"."""
    translator = QTranslator()
    assert translator.load("rete_en", str(resource_path("translations")))
    assert translator.translate("CasesPage", "%n case(s)", "", 1) == "%n case"
    assert translator.translate("AuditLogTab", "%n entry(ies), newest first.", "", 2) == (
        "%n entries, newest first.")


def test_rewriting_the_translation_file_while_running_keeps_the_language(
        qtbot, qapp, tmp_path, monkeypatch):
    import shutil

    from PySide6.QtCore import QCoreApplication, QLocale

    from rete_desktop.resources import resource_path
    from rete_desktop.ui import app as app_module

    copy = tmp_path / "translations"
    shutil.copytree(resource_path("translations"), copy)
    monkeypatch.setattr(app_module, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    before = set(qapp.findChildren(app_module.MemoryTranslator))
    app_module.install_translations(qapp, "it")
    try:
        assert QCoreApplication.translate("MainWindow", "Cases") == "Casi"
        (copy / "rete_it.qm").write_bytes(b"\0" * 64)  # rewritten in place mid-session
        (copy / "rete_it.qm").unlink()
        assert QCoreApplication.translate("MainWindow", "Cases") == "Casi"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
    finally:
        for translator in set(qapp.findChildren(app_module.MemoryTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.English))
    assert QCoreApplication.translate("MainWindow", "Cases") == "Cases"


def test_a_saved_file_is_named_in_the_operators_language(qtbot, qapp, vault, tmp_path,
                                                         monkeypatch):
    """An English-speaking operator was offered «registro-trattamenti.pdf»: the proposed name
    follows the language of the app, as the dialog around it does."""
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QFileDialog

    from rete_desktop.ui import app as app_module
    from rete_desktop.ui.dataprotection_page import DataProtectionPage

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)

    def proposed() -> str:
        page = DataProtectionPage(vault)
        qtbot.addWidget(page)
        qtbot.mouseClick(page.save_register, Qt.MouseButton.LeftButton)
        dialog = page.findChildren(QFileDialog)[-1]
        name = os.path.basename(dialog.selectedFiles()[0])
        dialog.reject()
        return name

    assert proposed() == "processing-register.pdf"
    before = set(qapp.findChildren(app_module.MemoryTranslator))
    app_module.install_translations(qapp, "it")
    try:
        assert proposed() == "registro-trattamenti.pdf"
    finally:
        for translator in set(qapp.findChildren(app_module.MemoryTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.English))
