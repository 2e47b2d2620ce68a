"""Bugs found by driving the desktop app by hand (QA pass in a real X server), kept fixed."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from rete_desktop.storage import cases, notes  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui import hooks  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.dialogs import AddPersonDialog, AmendNoteDialog  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.pages import SearchPage  # noqa: E402
from rete_desktop.ui.settings import Settings  # noqa: E402
from rete_desktop.ui.stats_page import StatsPage  # noqa: E402


@pytest.fixture
def case_id(vault: Vault) -> str:
    return cases.create_case(vault, "Marisa Garzoni — Casteldidone")


def _shown(qtbot, dialog, first=None):
    """Show ``dialog`` and wait (not sleep) until focus has settled: on ``first`` when given,
    else on any widget. Under load the window is activated late and focus passes through the
    dialog itself before the show event moves it to the first field."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    if first is None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10000)
    else:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is first(dialog), timeout=10000)
    return dialog


def test_a_space_typed_into_an_amendment_goes_into_the_text_not_the_ok_button(
        qtbot, vault, case_id):
    note_id = notes.add_note(vault, case_id, "Verrà sentita entro 3 giorni.")
    note = next(n for n in notes.list_notes(vault, case_id) if n.id == note_id)
    dialog = _shown(qtbot, AmendNoteDialog(vault, note), lambda d: d.text)
    assert QApplication.focusWidget() is dialog.text
    qtbot.keyClick(dialog.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.text, " (2 giorni)")
    assert dialog.isVisible()
    assert dialog.text.toPlainText().endswith(" (2 giorni)")


def test_add_person_starts_in_the_first_field_and_alt_letter_reaches_its_field(
        qtbot, vault, case_id):
    dialog = _shown(qtbot, AddPersonDialog(vault, case_id), lambda d: d.role)
    assert QApplication.focusWidget() is dialog.role
    name_label = dialog.form.labelForField(dialog.name.parentWidget())
    assert isinstance(name_label, QLabel)
    assert name_label.buddy() is dialog.name


def test_a_missing_field_is_named_as_the_form_names_it(qtbot, vault, case_id):
    dialog = _shown(qtbot, AddPersonDialog(vault, case_id))
    dialog.accept()
    errors = [label.text() for label in dialog.findChildren(QLabel)
              if label.accessibleName() == "Error" and label.text()]
    assert errors == ["The field “Name” is required."]
    assert dialog.height() >= dialog.sizeHint().height()


def test_statistics_name_referral_sources_not_their_codes(qtbot, vault):
    for source in ("hospital", "social_services", "spontaneous"):
        cases.create_case(vault, f"Caso {source}", source=source)
    page = StatsPage(vault)
    qtbot.addWidget(page)
    page.refresh()  # counted in a worker thread
    qtbot.waitUntil(lambda: page.shows_year(page.year.value()))
    shown = {page.table.item(row, 1).text() for row in range(page.table.rowCount())}
    assert {"Hospital / emergency room", "Social services", "Came on her own"} <= shown
    assert not shown & {"hospital", "social_services", "spontaneous"}
    every = {page.table.item(row, col).text() for row in range(page.table.rowCount())
             for col in (0, 1)}
    assert not [text for text in every if text.startswith("stats.")]  # no message ids
    assert {"01", "New cases by source of access", "women hosted"} <= every


def test_search_results_say_which_case_a_person_or_note_belongs_to(qtbot, vault, case_id):
    cases.add_person(vault, case_id, "child", "Sofia Garzoni", birth_year="2016")
    notes.add_note(vault, case_id, "Sofia era presente.")
    page = SearchPage(vault)
    qtbot.addWidget(page)
    page.field.setText("sofia")
    page.run()
    qtbot.waitUntil(lambda: page.shows_results_of("sofia"))
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    for group in range(page.results.topLevelItemCount()):
        item = page.results.topLevelItem(group)
        assert {item.child(i).text(1) for i in range(item.childCount())} == {reference}


def test_the_main_window_fits_a_small_or_scaled_screen(qtbot, vault, monkeypatch):
    screen = QApplication.primaryScreen()
    monkeypatch.setattr(type(screen), "availableGeometry",
                        lambda self: self.geometry().__class__(0, 0, 910, 512))
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    assert window.size().boundedTo(QSize(910, 512)) == window.size()


def test_contacts_phone_field_label_is_its_buddy(qtbot, vault):
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    page = window.contacts_page
    buddies = [lab.buddy() for lab in page.findChildren(QLabel) if lab.buddy() is not None]
    assert page.phone in buddies


def _drawn_width(label: QLabel) -> int:
    """The width QLabel paints a mnemonic text with: the underlined letter is a run of its own,
    so a kerned pair across it («&Te») is not kerned."""
    text, metrics = label.text(), label.fontMetrics()
    at = text.find("&")
    return sum(metrics.horizontalAdvance(part) for part in (text[:at], text[at + 1],
                                                             text[at + 2:]))


@pytest.mark.parametrize("text", ["&Telefono", "&Phone", "&Year of birth", "Ta&Vola"])
def test_a_form_label_is_as_wide_as_its_underlined_text_is_drawn(qtbot, text):
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

    from rete_desktop.ui.widgets import add_form_row

    box = QWidget()
    qtbot.addWidget(box)
    field = QLineEdit()
    label = add_form_row(QFormLayout(box), text, field)
    box.show()
    qtbot.waitExposed(box)
    assert label.buddy() is field
    assert label.width() >= _drawn_width(label)


def test_add_person_labels_are_not_clipped(qtbot, vault, case_id):
    dialog = _shown(qtbot, AddPersonDialog(vault, case_id))
    for field in (dialog.role, dialog.name, dialog.phone, dialog.codice_fiscale):
        label = dialog.form.labelForField(field.parentWidget())
        assert label.width() >= _drawn_width(label)


def _right_edge(header, column: int) -> int:
    return header.sectionViewportPosition(column) + header.sectionSize(column)


@pytest.mark.parametrize("size", [(910, 512), (1366, 768)])
def test_case_list_keeps_status_risk_and_date_in_view(qtbot, vault, size):
    for n in range(30):
        cases.create_case(vault, f"Caso con un titolo piuttosto lungo numero {n} — Casalmaggiore",
                          risk="high" if n % 3 else "low")
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    view = window.cases_page.view
    header = view.horizontalHeader()
    assert window.width() <= size[0]
    for column in (0, 2, 3, 4):
        assert _right_edge(header, column) <= view.viewport().width()
    assert header.sectionSize(1) >= 100  # the title is still readable


@pytest.mark.parametrize("size", [(910, 512), (1366, 768)])
def test_contacts_tree_keeps_the_phone_in_view(qtbot, vault, size):
    from rete_desktop.storage import offices

    office = offices.add_office(vault, "Comando Stazione Carabinieri di Casalmaggiore",
                                "carabinieri", phones=["0375 42012"],
                                emails=["stcr123456@carabinieri.example.it"])
    offices.add_contact(vault, office_id=office, name="Dott.ssa Elena Martinelli",
                        role="comandante della stazione", phone="345 638 8685",
                        email="elena.martinelli@carabinieri.example.it")
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.sidebar.setCurrentRow(1)
    qtbot.waitExposed(window)
    tree = window.contacts_page.tree
    assert tree.headerItem().text(1) == "Phone"
    phone = tree.topLevelItem(1).text(1)
    assert phone == "0375 42012"
    assert _right_edge(tree.header(), 1) <= tree.viewport().width()
    assert tree.header().sectionSize(1) >= tree.sizeHintForColumn(1)


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "\0\0").find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def test_every_menu_entry_has_its_own_alt_letter_and_quit_is_ctrl_q(qtbot, vault):
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    menus = [a.menu() for a in window.menuBar().actions()]
    for menu in menus:
        letters = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in letters, menu.title()
        assert len(set(letters)) == len(letters), menu.title()
    quit_action = next(a for a in menus[0].actions() if a.shortcut().toString() == "Ctrl+Q")
    assert quit_action.text() == "&Quit"


def test_office_form_fields_have_alt_letters_unlike_the_contact_form_beside_it(qtbot, vault):
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    page = window.contacts_page
    labels_of = [lab for lab in page.findChildren(QLabel) if lab.buddy() is not None]
    office_fields = (page.office_form.name, page.office_form.kind, page.office_form.address,
                     page.office_form.phone, page.office_form.email)
    assert {lab.buddy() for lab in labels_of} >= set(office_fields)
    letters = [_mnemonic(lab.text()) for lab in labels_of]
    assert None not in letters
    assert len(set(letters)) == len(letters)


def test_recovery_key_confirmation_has_an_alt_letter(qtbot, tmp_path):
    from rete_desktop.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    assert _mnemonic(wizard.recovery_page.confirm.text()) == "w"


def test_quit_saves_the_draft_and_closes_the_vault(qtbot, tmp_path, monkeypatch):
    from rete_desktop.ui.app import AppController
    from tests.conftest import PASSPHRASE, make_vault

    make_vault(tmp_path / "vault").close()
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    controller = AppController(tmp_path / "vault", Settings(language="en"))
    vault = Vault.open(tmp_path / "vault", PASSPHRASE)
    case = cases.create_case(vault, "Bozza all'uscita")
    controller.on_unlocked(vault)
    window = controller.window
    window.open_case(case)
    window.detail.note_editor.setPlainText("appunto non ancora salvato")
    quit_action = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+Q")
    quit_action.trigger()
    assert quits == [True]
    assert controller.vault is None and controller.window is None
    assert not vault.is_open
    reopened = Vault.open(tmp_path / "vault", PASSPHRASE)
    try:
        assert notes.load_draft(reopened, case) == "appunto non ancora salvato"
    finally:
        reopened.close()
    window.deleteLater()


def test_audit_detail_is_in_words_and_every_case_action_names_its_case(qtbot, vault, case_id):
    from rete_desktop.domain.records import AuditEntry
    from rete_desktop.storage import audit, offices, protocols
    from rete_desktop.ui.audit_page import AuditLogTab

    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    page = window.contacts_page
    contact = offices.add_contact(vault, name="Anna Bianchi", phone="0375 42012")
    page.reload()
    page._chosen(next(page.tree.topLevelItem(i).child(0)
                      for i in range(page.tree.topLevelItemCount())
                      if page.tree.topLevelItem(i).childCount()))
    assert page.contact_id == contact
    page.phone.setText("0375 200200")
    page.email.setText("anna@example.it")
    page.save()
    note_id = notes.add_note(vault, case_id, "Colloquio svolto.")
    notes.amend_note(vault, note_id, "Colloquio svolto in presenza.")
    for path in protocols.sample_protocol_files():
        protocols.import_protocol(vault, path.read_bytes())
    key = protocols.list_protocols(vault)[0][1].key
    task = protocols.apply_protocol(vault, case_id, key, date.today())[0]
    protocols.set_task_done(vault, task)
    tab = AuditLogTab(vault)
    qtbot.addWidget(tab)
    tab.refresh()
    rows = {}
    for row in range(tab.table.rowCount()):
        rows.setdefault(tab.table.item(row, 2).text(), []).append(
            (tab.table.item(row, 3).text(), tab.table.item(row, 4).text()))
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    assert rows["Changed a contact"] == [("", "fields changed: phone, e-mail")]
    assert rows["Amended a note"] == [(reference, "corrects an earlier note")]
    assert rows["Completed a task"] == [(reference, "")]
    assert rows["Added a note"][0] == (reference, f"case {reference}")
    assert rows["Created the case"] == [(reference, "risk: medium")]  # as rete audit list says
    unlock = AuditEntry(
        seq=0, at=datetime.now(UTC), actor="x", action="vault.unlock", entity="vault",
        entity_id=None, detail="passphrase", prev_hash="", hash="")
    assert audit.describe(audit.CaseEntry(unlock, None, None), "en")[1] == "with the passphrase"
    shown = " ".join(detail for entries in rows.values() for _, detail in entries)
    assert "case=" not in shown and "passphrase," not in shown and "codice_fiscale" not in shown


def test_file_dialogs_start_at_home_then_in_the_folder_last_used(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWidget

    home = tmp_path / "home"
    (home / "referrals").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[str] = []

    def dialog() -> QFileDialog:
        hooks.choose_file(parent, "Save", "PDF (*.pdf)", chosen.append, save_as="register.pdf")
        found = parent.findChildren(QFileDialog)[-1]
        found.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        return found

    first = dialog()
    assert Path(first.directory().absolutePath()) == home
    assert first.labelText(QFileDialog.DialogLabel.FileType) == "Files of type:"
    assert first.labelText(QFileDialog.DialogLabel.LookIn) == "Look in:"
    first.fileSelected.emit(str(home / "referrals" / "register.pdf"))
    first.reject()
    assert chosen == [str(home / "referrals" / "register.pdf")]
    second = dialog()
    assert Path(second.directory().absolutePath()) == home / "referrals"
    second.reject()


def test_create_the_vault_is_enabled_only_when_both_passphrases_match(qtbot, tmp_path):
    from PySide6.QtWidgets import QWizard

    from rete_desktop.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office_page.name.setText("Centro Antiviolenza")
    wizard.next()
    wizard.operator_page.name.setText("Laura Verdi")
    wizard.next()
    page = wizard.passphrase_page
    create = wizard.button(QWizard.WizardButton.CommitButton)
    assert create.text() == "Create the vault"
    assert not create.isEnabled()
    qtbot.keyClicks(page.passphrase, "fiume lento sotto il ponte")
    assert not create.isEnabled()
    qtbot.keyClicks(page.repeat, "fiume lento")
    assert not create.isEnabled() and page.error.isHidden()  # still typing: no error yet
    qtbot.keyClicks(page.repeat, " sotto il ponti")
    assert not create.isEnabled() and "match" in page.error.text()
    page.repeat.setText("fiume lento sotto il ponte")
    assert create.isEnabled() and page.error.isHidden()
    page.passphrase.setText("corta")
    page.repeat.setText("corta")
    assert create.isEnabled()
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page
    assert "at least" in page.error.text()
    assert not (tmp_path / "vault").exists() or not any((tmp_path / "vault").iterdir())


def test_unlocking_again_returns_to_the_section_and_case_keeping_only_ids(qtbot, tmp_path):
    from rete_desktop.ui.app import AppController
    from tests.conftest import PASSPHRASE, make_vault

    make_vault(tmp_path / "vault").close()
    controller = AppController(tmp_path / "vault", Settings(language="en"))
    vault = Vault.open(tmp_path / "vault", PASSPHRASE)
    first = cases.create_case(vault, "Rosalinda Segretissima — Gussola")
    erased_later = cases.create_case(vault, "Caso da cancellare")
    controller.on_unlocked(vault)
    try:
        controller.window.open_case(first)
        controller.window.sidebar.setCurrentRow(5)  # tasks due
        controller.lock()
        assert controller._place == (5, first)  # ids only while locked
        controller.on_unlocked(Vault.open(tmp_path / "vault", PASSPHRASE))
        window = controller.window
        assert window.sidebar.currentRow() == 5
        assert window.detail.case.id == first
        window.sidebar.setCurrentRow(0)
        window.open_case(erased_later)
        controller.lock()
        from rete_desktop.storage.erasure import erase_case

        other = Vault.open(tmp_path / "vault", PASSPHRASE)
        erase_case(other, erased_later)
        other.close()
        controller.on_unlocked(Vault.open(tmp_path / "vault", PASSPHRASE))
        assert controller.window.sidebar.currentRow() == 0
        assert controller.window.detail.case is None
    finally:
        controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()


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


def test_typing_in_the_wizard_does_not_drain_references_to_true_and_false(qtbot, tmp_path):
    """A Python ``QWizardPage.isComplete`` loses one reference to True/False per call from Qt
    (PySide6 on Python 3.11), and the app aborts once one reaches zero."""
    import gc
    import sys

    from rete_desktop.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office_page.name.setText("Centro Antiviolenza")
    wizard.next()
    gc.collect()  # garbage left by earlier tests would otherwise free references meanwhile
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(100):
        wizard.passphrase_page.passphrase.setText("fiume lento")
        wizard.passphrase_page.repeat.setText("fiume lento")
        wizard.passphrase_page.repeat.clear()
        wizard.recovery_page.confirm.toggle()
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] > before[0] - 50 and after[1] > before[1] - 50


def test_audit_verification_shows_the_fingerprint_and_actions_are_named(qtbot, vault, case_id):
    from rete_desktop.storage import audit
    from rete_desktop.ui.audit_page import AuditLogTab

    tab = AuditLogTab(vault)
    qtbot.addWidget(tab)
    tab.verify()
    seq, digest = audit.head(vault)
    assert f"{seq}:{digest[:16]}" in tab.result.text()
    assert "{" not in tab.result.text()
    # every action's words: tests/test_audit_vocabulary.py
