"""A reviewer's checks over every Italian text: nothing left in English, plurals agree."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rete_desktop.i18n import translate
from rete_desktop.resources import resource_path
from tests.translation_pairs import po_pairs, ts_pairs

UI = Path(__file__).resolve().parent.parent / "src" / "rete_desktop" / "ui"

# Words that are the same in both languages (names, Italian legal terms, units, file filters).
SAME_IN_BOTH = {
    "Codice fiscale", "&Codice fiscale", "codice fiscale", "e-mail", "E-mail", "&E-mail",
    "PDF (*.pdf)", "Laboratorio", "&Laboratorio", "Carabinieri", "carabinieri",
    "Rete Desktop — {0}", "Passphrase", "&Passphrase", "&Password", "File", " min", "id", "no",
    "partner", "stalking", "online",  # English words Italian uses as they are
    "Partner", "Stalking", "Online",  # the same as screens and documents name them
    "No", "laboratorio", "Laboratorio distrettuale",
}


def _has_words(text: str) -> bool:
    """A pure layout of placeholders ("{v0}, {v1}") has nothing to translate."""
    return re.search(r"[A-Za-z]", re.sub(r"\{[^}]*\}", "", text)) is not None


def test_no_widget_text_is_left_in_english() -> None:
    same = sorted({src for src, it in ts_pairs()
                   if src == it and src not in SAME_IN_BOTH and _has_words(src)})
    assert same == []


def test_no_core_message_is_left_in_english() -> None:
    same = sorted(en for en, it in po_pairs()
                  if it == en and it not in SAME_IN_BOTH and _has_words(it))
    assert same == []


def test_italian_plural_forms_of_the_widget_texts_differ() -> None:
    """A ``%n`` text needs its singular: «%n giorni» for one day reads «1 giorni»."""
    for message in ET.parse(resource_path("translations", "rete_it.ts")).iter("message"):
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.find("translation").findall("numerusform")]
            assert len(set(forms)) == 2, message.find("source").text


@pytest.mark.parametrize(("message_id", "params", "one", "many"), [
    ("retention.due_count", {}, "1 caso da rivedere", "2 casi da rivedere"),
    ("lab.redacted", {}, "è stato tolto 1 dato identificativo", "sono stati tolti 2 dati"),
    ("audit.ok", {"head": "x"}, "1 voce verificata", "2 voci verificate"),
    ("lab_pdf.age", {}, "1 anno", "2 anni"),
    ("packet.too_old", {"created": "oggi"}, "oltre 1 giorno)", "oltre 2 giorni)"),
])
def test_core_messages_agree_with_the_count(message_id: str, params: dict[str, str], one: str,
                                            many: str) -> None:
    def say(n: int) -> str:
        return translate(message_id, "it", count=n, entries=n, years=n, days=n, **params)

    assert one in say(1)
    assert many in say(2)
    assert "1 case due" in translate("retention.due_count", "en", count=1)


def test_no_message_uses_the_old_spelling_famigliare() -> None:
    texts = [it for _, it in ts_pairs()] + [it for _, it in po_pairs()]
    assert [t for t in texts if "famigliar" in t.lower()] == []


def test_the_vault_is_the_cassaforte_never_the_archivio() -> None:
    """The glossary: «archivio» is the register of packets or a packet's archive, never the
    office's vault (the audit log said «Ha sbloccato l'archivio»)."""
    pairs = ts_pairs() + po_pairs()
    assert [(en, it) for en, it in pairs
            if re.search(r"\barchivio\b", it, re.I)
            and not re.search(r"archive|register", en, re.I)] == []


def test_no_text_is_translated_under_another_widgets_name() -> None:
    """``other.tr("…")`` is filed by lupdate under the variable's name (the operator fields
    were under «dialog») and looked up under the class of ``other``: it stays English."""
    calls = [f"{path.name}:{n}" for path in sorted(UI.glob("*.py"))
             for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
             if re.search(r"\b(?!self\b)\w+\.tr\(", line)]
    assert calls == []
    contexts = {c.findtext("name") for c in ET.parse(
        resource_path("translations", "rete_it.ts")).iter("context")}
    assert not {name for name in contexts if name and name[0].islower()}


def test_the_operator_fields_speak_italian(qapp) -> None:
    from PySide6.QtCore import QLocale

    from rete_desktop.ui import app as app_module
    from rete_desktop.ui.wizard import OperatorPage

    before = set(qapp.findChildren(app_module.MemoryTranslator))
    app_module.install_translations(qapp, "it")
    try:
        page = OperatorPage()
        assert page.name.placeholderText() == "es. Mario Rossi"
        assert page.role.accessibleName() == "Ruolo o grado"
    finally:
        for translator in set(qapp.findChildren(app_module.MemoryTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_files_offered_for_saving_have_italian_names(qapp, vault, monkeypatch) -> None:
    """The member card and the directory were offered as «member-card.json», «directory.json»
    on an Italian desk."""
    from PySide6.QtCore import QLocale

    from rete_desktop.ui import app as app_module
    from rete_desktop.ui import hooks
    from rete_desktop.ui.network_page import NetworkPage

    offered: list[str | None] = []
    monkeypatch.setattr(hooks, "choose_file", lambda *args, save_as=None, **kwargs:
                        offered.append(save_as))
    before = set(qapp.findChildren(app_module.MemoryTranslator))
    app_module.install_translations(qapp, "it")
    try:
        page = NetworkPage(vault)
        page.export_card()
        page._choose_target(90)
    finally:
        for translator in set(qapp.findChildren(app_module.MemoryTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.English))
    assert offered == ["scheda-membro.json", "elenco-della-rete.json"]
