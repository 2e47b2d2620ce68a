"""The Italian translation of the desktop app is complete and keeps every placeholder."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator  # noqa: E402

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
