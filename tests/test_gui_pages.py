"""The laboratorio, statistics, handbook and audit sections of the main window, driven through
their widgets on real vaults (offscreen)."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import os
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    Qt,  # noqa: E402
)
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QMessageBox,
    QWidget,
)

from rete_desktop.handbook import prevention, profiles  # noqa: E402
from rete_desktop.storage import audit, cases, notes, offices, protocols  # noqa: E402
from rete_desktop.storage.identity import load_identity  # noqa: E402
from rete_desktop.ui import hooks  # noqa: E402
from rete_desktop.ui.audit_page import AuditPage  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.events import bridge  # noqa: E402
from rete_desktop.ui.handbook_page import HandbookPage  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.settings import Settings  # noqa: E402
from rete_desktop.ui.stats_page import StatsPage  # noqa: E402
from tests.gui_helpers import go  # noqa: E402


def test_each_new_section_opens_from_the_sidebar_and_its_shortcut(window):
    expected = {
        "Laboratorio": ("Ctrl+8", window.lab_section),
        "Statistics": ("Ctrl+9", window.stats_section),
        "Network handbook": ("Ctrl+0", window.handbook_section),
        "Audit and data protection": ("Ctrl+Shift+A", window.audit_section),
    }
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    for title, (keys, section) in expected.items():
        window.sidebar.setCurrentRow(titles.index(title))
        assert window.stack.currentWidget() is section
        assert section.page().isVisible()
        window.sidebar.setCurrentRow(0)
        assert go(window, keys) is section
    assert go(window, "F1") is window.handbook_section
    window.focus_search()
    assert window.stack.currentWidget() is window.search_page


def test_glossary_search_ignores_accents_and_finds_the_italian_term(qtbot, vault):
    page = HandbookPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.keyClicks(page.glossary.field, "VIOLENZA ASSISTITA")
    found = [e.term_it for e in page.glossary._entries]
    assert found[0] == "Violenza assistita"
    assert "assist" in page.glossary.definition.toPlainText().lower()
    page.glossary.field.clear()
    qtbot.keyClicks(page.glossary.field, "reddito di liberta")
    assert [e.term_it for e in page.glossary._entries] == ["Reddito di libertà"]


def test_who_to_call_lists_the_offices_that_act_for_minors(qtbot, vault):
    offices.add_office(vault, "Servizi Sociali Casalasco", "social_services",
                       phones=["0375 284411"])
    offices.add_office(vault, "Liceo Romani", "school", phones=["0375 42000"])
    page = HandbookPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    page.who_to_call.situations["minors"].setChecked(True)
    text = page.who_to_call.results.toPlainText()
    assert "Servizi Sociali Casalasco" in text and "0375 284411" in text
    assert "Liceo Romani" not in text
    assert "1522" in text


def test_own_profile_is_edited_and_signed_from_the_handbook(qtbot, vault):
    page = HandbookPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    tab = page.profiles
    assert not tab.editor.isHidden()  # own office first, with its editor
    tab.texts["emergency"].setText("Reperibilità 333 1234567")
    tab.capabilities["shelter"].setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "1" in tab.saved.text()
    assert "Reperibilità 333 1234567" in tab.view.toPlainText()
    from rete_desktop.handbook.profiles import get_profile

    assert get_profile(vault).capabilities == ("shelter",)


def test_leaflet_is_saved_from_the_handbook(qtbot, vault, tmp_path):
    profiles.edit_own_profile(vault, phones=["0375 200321"])
    offices.add_office(vault, "Servizi Sociali Casalasco", "social_services",
                       phones=["0375 284411"])
    page = HandbookPage(vault)
    qtbot.addWidget(page)
    hooks.choose_file_next(str(tmp_path / "leaflet.pdf"))
    qtbot.mouseClick(page.save_document, Qt.MouseButton.LeftButton)
    from pypdf import PdfReader

    text = PdfReader(str(tmp_path / "leaflet.pdf")).pages[0].extract_text()
    assert "1522" in text and "0375 284411" in text.replace("\n", " ")


def test_handbook_offers_each_language_by_its_own_name_and_each_document(qtbot, vault,
                                                                         tmp_path):
    from pypdf import PdfReader

    profiles.edit_own_profile(vault, phones=["0375 200321"])
    page = HandbookPage(vault)
    qtbot.addWidget(page)
    names = [page.document_language.itemText(i) for i in range(page.document_language.count())]
    assert {"Italiano", "English", "العربية", "اردو", "ਪੰਜਾਬੀ", "中文", "Українська",
            "Shqip", "Română", "Français", "Español"} <= set(names)
    page.document_language.setCurrentIndex(page.document_language.findData("uk"))
    page.document.setCurrentIndex(page.document.findData("info-sheet"))
    hooks.choose_file_next(str(tmp_path / "diritti.pdf"))
    qtbot.mouseClick(page.save_document, Qt.MouseButton.LeftButton)
    assert "90-bis" in PdfReader(str(tmp_path / "diritti.pdf")).pages[0].extract_text()


def test_wallet_cards_are_previewed_in_the_app(qtbot, vault):
    from rete_desktop.ui.page_image import PageImage

    profiles.edit_own_profile(vault, phones=["0375 200321"])
    page = HandbookPage(vault)
    qtbot.addWidget(page)
    page.document.setCurrentIndex(page.document.findData("card"))
    page.document_language.setCurrentIndex(page.document_language.findData("ar"))
    dialog = page._preview_document()
    assert dialog is not None and len(dialog.findChildren(PageImage)) == 1
    assert dialog.windowTitle() == page.document.currentText()
    dialog.close()


def test_refused_document_is_explained_before_the_printer_dialog(qtbot, vault):
    offices.add_office(vault, "CAV Filo Rosa", "cav")  # neither this office nor it has a phone
    page = HandbookPage(vault)
    qtbot.addWidget(page)
    page.document.setCurrentIndex(page.document.findData("card"))
    qtbot.mouseClick(page.print_document, Qt.MouseButton.LeftButton)
    boxes = page.findChildren(QMessageBox)
    assert boxes and "CAV Filo Rosa" in boxes[-1].text()
    assert not page.findChildren(QWidget, "QPrintDialog")


def test_tasks_page_shows_upcoming_prevention_actions(window, vault):
    own = load_identity(vault).office_id
    prevention.add_action(vault, "Incontro al liceo", "school_talk", "2999-03-08", owners=[own])
    prevention.add_action(vault, "Formazione passata", "training", "2001-03-08", owners=[own])
    window.sidebar.setCurrentRow(window._row_of(window.tasks_page))
    tree = window.tasks_page.prevention
    rows = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert rows == ["Incontro al liceo"]


def test_audit_page_lists_a_case_read_and_the_log_verifies(qtbot, vault):
    case_id = cases.create_case(vault, "Caso da leggere")
    reference = cases.get_case(vault, case_id).reference  # a read, recorded
    cases.create_case(vault, "Altro caso")
    page = AuditPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    log = page.log
    qtbot.keyClicks(log.filter, reference)
    qtbot.keyClick(log.filter, Qt.Key.Key_Return)
    whats = [log.table.item(r, 2).text() for r in range(log.table.rowCount())]
    assert "Opened the case" in whats and "Created the case" in whats
    assert {log.table.item(r, 3).text() for r in range(log.table.rowCount())} == {reference}
    assert {log.table.item(r, 1).text() for r in range(log.table.rowCount())} == {"tester"}
    qtbot.mouseClick(log.verify_button, Qt.MouseButton.LeftButton)
    assert "intact" in log.result.text()


def test_audit_verification_reports_a_tampered_log(qtbot, vault):
    cases.create_case(vault, "uno")
    with vault.transaction() as conn:
        conn.execute("DROP TRIGGER audit_append_only_update")
        conn.execute("UPDATE audit SET detail = 'x' WHERE seq = 1")
    page = AuditPage(vault)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.log.verify_button, Qt.MouseButton.LeftButton)
    assert "tampered" in page.log.result.text()


def test_erasure_needs_the_typed_case_reference(qtbot, vault):
    case_id = cases.create_case(vault, "Da cancellare")
    cases.add_person(vault, case_id, "victim", "Giulia Bertolotti")
    notes.add_note(vault, case_id, "Primo colloquio.")
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    page = AuditPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    erased: list[str] = []
    bridge(vault).case_erased.connect(erased.append)
    dp = page.data_protection
    qtbot.keyClicks(dp.erase_case, reference)
    assert "1 note, 1 person." in dp.erase_summary.text()
    assert not dp.erase_button.isEnabled()
    qtbot.keyClicks(dp.erase_confirm, reference[:-1])
    assert not dp.erase_button.isEnabled()
    dp.erase()  # even called directly, nothing happens without the full reference
    assert cases.count_cases(vault) == 1
    qtbot.keyClicks(dp.erase_confirm, reference[-1])
    assert dp.erase_button.isEnabled()
    qtbot.mouseClick(dp.erase_button, Qt.MouseButton.LeftButton)
    assert erased == [case_id]
    assert cases.count_cases(vault) == 0
    assert vault.query_one("SELECT count(*) FROM notes")[0] == 0
    audit.verify_chain(vault)


def test_erasure_from_the_page_says_the_case_is_erased_when_the_clean_up_fails(qtbot, vault):
    """A reader holding an old snapshot blocks the clean-up: the page still says the case is
    erased, with what is left to do; opening the page again finishes the clean-up."""
    from rete_desktop.storage import erasure
    from tests.sqlcipher_pages import old_snapshot_held

    case_id = cases.create_case(vault, "Da cancellare")
    cases.add_person(vault, case_id, "victim", "Giulia Bertolotti")
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    page = AuditPage(vault)
    qtbot.addWidget(page)
    dp = page.data_protection
    vault.checkpoint()
    vault.conn.execute("PRAGMA busy_timeout = 100")
    qtbot.keyClicks(dp.erase_case, reference)
    qtbot.keyClicks(dp.erase_confirm, reference)
    with old_snapshot_held(vault.directory, vault.raw_key):
        qtbot.mouseClick(dp.erase_button, Qt.MouseButton.LeftButton)
    text = dp.erase_summary.text()
    assert "erased for good" in text and "The case is erased" in text
    assert "No change was saved" not in text and cases.count_cases(vault) == 0
    dp.refresh()
    assert vault.get_meta(erasure.CLEANUP_PENDING) is None


def test_person_export_writes_pdf_and_json(qtbot, vault, tmp_path):
    case_id = cases.create_case(vault, "Accesso")
    person_id = cases.add_person(vault, case_id, "victim", "Marta Lodigiani")
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    page = AuditPage(vault)
    qtbot.addWidget(page)
    box = page.data_protection.access
    qtbot.keyClicks(box.case, reference)
    assert box.person.currentData() == person_id
    assert "whole case file" in box.contents.text() and not box.reason.isEnabled()
    hooks.choose_file_next(str(tmp_path / "out" / "marta.pdf"))
    (tmp_path / "out").mkdir()
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    data = json.loads((tmp_path / "out" / "marta.json").read_text("utf-8"))
    assert data["person"]["name"] == "Marta Lodigiani" and data["scope"] == "full"
    assert (tmp_path / "out" / "marta.pdf").read_bytes().startswith(b"%PDF")


def test_a_childs_export_reminds_that_a_parent_asks_and_may_be_the_alleged_offender(
    qtbot, vault
):
    case_id = cases.create_case(vault, "Accesso per un minore")
    cases.add_person(vault, case_id, "victim", "Marta Lodigiani")
    child = cases.add_person(vault, case_id, "child", "Lia Lodigiani", birth_year=2018)
    page = AuditPage(vault)
    qtbot.addWidget(page)
    box = page.data_protection.access
    qtbot.keyClicks(box.case, cases.get_case(vault, case_id, audit_read=False).reference)
    assert "if that parent is the alleged offender" not in box.contents.text()  # the woman
    box.person.setCurrentIndex(box.person.findData(child))
    assert "if that parent is the alleged offender" in box.contents.text()
    box.restricted.setChecked(True)
    assert "Restricted contents" in box.contents.text()
    assert "if that parent is the alleged offender" not in box.contents.text()


def _release_item(box, section: str):
    return next(box.release.item(r) for r in range(box.release.count())
                if box.release.item(r).data(Qt.ItemDataRole.UserRole + 3) == section)


def test_offender_export_from_the_page_is_restricted_unless_a_reason_is_given(
    qtbot, vault, tmp_path
):
    case_id = cases.create_case(vault, "Giulia Bernasconi — Viadana")
    cases.add_person(vault, case_id, "victim", "Giulia Bernasconi")
    offender = cases.add_person(vault, case_id, "offender", "Mauro Ghidini")
    notes.add_note(vault, case_id, "Ospitata in casa rifugio, piano di sicurezza attivo.")
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    page = AuditPage(vault)
    qtbot.addWidget(page)
    box = page.data_protection.access
    qtbot.keyClicks(box.case, reference)
    box.person.setCurrentIndex(box.person.findData(offender))
    assert "Restricted contents (art. 2-undecies" in box.contents.text()
    assert box.restricted.isChecked() and not box.restricted.isEnabled()
    notes_item = _release_item(box, "notes")
    assert notes_item.checkState() == Qt.CheckState.Unchecked
    assert box.export_button.isEnabled()

    hooks.choose_file_next(str(tmp_path / "him.pdf"))
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    doc = json.loads((tmp_path / "him.json").read_text("utf-8"))
    assert doc["scope"] == "restricted" and doc["notes"] is None and doc["case"] is None
    dump = json.dumps(doc, ensure_ascii=False)
    assert "Bernasconi" not in dump and "rifugio" not in dump and "Viadana" not in dump

    notes_item.setCheckState(Qt.CheckState.Checked)  # the office decides to disclose the notes
    assert box.reason.isEnabled() and not box.export_button.isEnabled()
    qtbot.keyClicks(box.reason, "Richiesta del giudice, valutata in riunione")
    assert box.export_button.isEnabled()
    hooks.choose_file_next(str(tmp_path / "more.pdf"))
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    doc = json.loads((tmp_path / "more.json").read_text("utf-8"))
    assert doc["released"] == ["notes"] and "rifugio" in doc["notes"][0]["text"]
    entry = next(e for e in audit.list_entries(vault) if e.action == "person.export")
    assert entry.detail.endswith(
        "released=notes;reason=Richiesta del giudice, valutata in riunione")


def test_a_reason_naming_someone_is_refused_on_the_page_and_nothing_is_written(
    qtbot, vault, tmp_path
):
    case_id = cases.create_case(vault, "Caso")
    cases.add_person(vault, case_id, "victim", "Giulia Bernasconi")
    offender = cases.add_person(vault, case_id, "offender", "Mauro Ghidini")
    page = AuditPage(vault)
    qtbot.addWidget(page)
    box = page.data_protection.access
    qtbot.keyClicks(box.case, cases.get_case(vault, case_id, audit_read=False).reference)
    box.person.setCurrentIndex(box.person.findData(offender))
    _release_item(box, "notes").setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(box.reason, "lo chiede Bernasconi")
    hooks.choose_file_next(str(tmp_path / "him.pdf"))
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "him.pdf").exists() and not (tmp_path / "him.json").exists()
    assert any("must not hold names" in w.text() for w in box.findChildren(QMessageBox))


def test_processing_register_is_saved_from_the_data_protection_tab(qtbot, vault, tmp_path):
    page = AuditPage(vault)
    qtbot.addWidget(page)
    hooks.choose_file_next(str(tmp_path / "register.pdf"))
    qtbot.mouseClick(page.data_protection.save_register, Qt.MouseButton.LeftButton)
    assert (tmp_path / "register.pdf").read_bytes().startswith(b"%PDF")
    assert audit.list_entries(vault, limit=1)[0].action == "register.print"


def _task_rows(window: MainWindow) -> list[str]:
    tree = window.tasks_page.tree
    return [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]


def _figure(page: QWidget, section: str, item: str) -> str:
    """The statistics page's value on the row ``section`` / ``item``, as shown."""
    table = page.table  # type: ignore[attr-defined]
    for row in range(table.rowCount()):
        if [table.item(row, c).text() for c in (0, 1)] == [section, item]:
            return str(table.item(row, 2).text())
    raise AssertionError(f"no row {section} / {item}")


def _wait_for_figure(qtbot, page: QWidget, new_cases: str) -> None:  # noqa: ANN001
    """The statistics are counted off the GUI thread: wait until the total shows (generously:
    the worker shares a busy machine with the rest of the suite)."""
    qtbot.waitUntil(lambda: _figure(page, "Total", "New cases") == new_cases, timeout=30_000)


def test_an_erased_case_disappears_from_every_page(window, vault, qtbot):
    keep = cases.create_case(vault, "Resta")
    case_id = cases.create_case(vault, "Aperto e poi cancellato")
    reference = cases.get_case(vault, case_id, audit_read=False).reference
    protocol_id = protocols.import_protocol(
        vault, protocols.sample_protocol_files()[0].read_bytes())
    protocols.apply_protocol(vault, case_id, protocol_id)
    window.open_case(case_id)
    window.sidebar.setCurrentRow(window._row_of(window.stats_section))
    _wait_for_figure(qtbot, window.stats_section.page(), "2")
    window.sidebar.setCurrentRow(window._row_of(window.tasks_page))
    assert reference in _task_rows(window)
    window.sidebar.setCurrentRow(window._row_of(window.audit_section))
    audit_log = window.audit_section.page().log
    dp = window.audit_section.page().data_protection
    dp.erase_case.setText(reference)
    dp.erase_confirm.setText(reference)
    dp.erase()
    assert window.detail.case is None
    assert window.cases_page.model.total == 1
    assert window.cases_page.model.row_of(case_id) == -1
    assert window.cases_page.model.row_of(keep) == 0
    assert audit_log.table.item(0, 2).text() == "Erased the case"  # the newest entry
    window.sidebar.setCurrentRow(window._row_of(window.tasks_page))
    assert reference not in _task_rows(window)
    window.sidebar.setCurrentRow(0)
    assert window.cases_page.count.text() == "1 case"
    window.sidebar.setCurrentRow(window._row_of(window.stats_section))
    _wait_for_figure(qtbot, window.stats_section.page(), "1")
    QApplication.processEvents()


def test_opening_a_case_shows_it_even_if_its_row_was_already_selected(window, vault):
    first = cases.create_case(vault, "Primo")
    second = cases.create_case(vault, "Secondo")
    window.cases_page.view.selectRow(window.cases_page.model.row_of(first))
    assert window.detail.case is not None and window.detail.case.id == first
    window.detail.show_case(second)  # e.g. from the audit log, while the row stays selected
    window.open_case(first)
    assert window.detail.case is not None and window.detail.case.id == first


def test_a_status_changed_elsewhere_shows_in_the_list_and_the_detail(window, vault):
    case_id = cases.create_case(vault, "Caso")
    window.open_case(case_id)
    cases.set_status(vault, case_id, "closed")
    assert window.detail.status.currentData() == "closed"
    row = window.cases_page.model.row_of(case_id)
    assert window.cases_page.model.index(row, 2).data() == "Closed"
    selected = window.cases_page.view.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [row]  # the list keeps the shown case selected


def test_locking_reloads_no_section(window, vault):
    """Teardown clears the sidebar; were that to switch sections, each would reload (stats
    would recompute) from a vault about to close. Closed first here, so any reload raises."""
    window.sidebar.setCurrentRow(window._row_of(window.audit_section))
    vault.close()
    window.teardown()
    assert window.windowTitle() == "Rete Desktop"


def test_figures_counted_while_the_vault_locks_are_neither_shown_nor_audited(window, vault):
    """The statistics are counted off the GUI thread; the vault may lock before they arrive
    (the audit entry of the view would then raise on a closed vault, in the event loop)."""
    from rete_desktop.ui.stats_page import _year_figures

    window.sidebar.setCurrentRow(window._row_of(window.stats_section))
    page = window.stats_section.page()
    year = page.year.value()
    late = (page._asked, _year_figures(page._counter, year, "en"))  # the count on its way
    page._shown = None
    vault.close()
    page._show(late)
    assert not page.shows_year(year)


def test_a_new_case_is_counted_on_the_statistics_page_without_switching_pages(
        window, vault, qtbot):
    window.sidebar.setCurrentRow(window._row_of(window.stats_section))
    page = window.stats_section.page()
    _wait_for_figure(qtbot, page, "0")
    cases.create_case(vault, "Nuovo accesso")
    _wait_for_figure(qtbot, page, "1")


def test_a_section_is_counted_again_only_when_what_it_shows_changed(
        window, vault, qtbot, monkeypatch):
    """Showing the statistics again counts nothing if no case changed; a change made while
    the page was hidden is counted once, when it is shown."""
    from rete_desktop.ui import stats_page

    counted: list[int] = []
    real = stats_page.run_in_thread
    monkeypatch.setattr(stats_page, "run_in_thread",
                        lambda *args, **kw: counted.append(1) or real(*args, **kw))
    stats = window._row_of(window.stats_section)
    window.sidebar.setCurrentRow(stats)
    assert len(counted) == 1
    window.sidebar.setCurrentRow(0)
    window.sidebar.setCurrentRow(stats)
    assert len(counted) == 1
    window.sidebar.setCurrentRow(0)
    cases.create_case(vault, "Mentre la pagina era nascosta")
    assert len(counted) == 1
    window.sidebar.setCurrentRow(stats)
    assert len(counted) == 2
    _wait_for_figure(qtbot, window.stats_section.page(), "1")


def test_an_agenda_sent_appears_on_the_laboratorio_page_without_switching_pages(window, vault):
    from datetime import date, timedelta

    from rete_desktop.lab import chair

    window.sidebar.setCurrentRow(window._row_of(window.lab_section))
    page = window.lab_section.page()
    assert page.meetings.rowCount() == 0
    chair.create_agenda(vault, date.today() + timedelta(days=7), [])
    assert page.meetings.rowCount() == 1
    assert page.chair_panel.meeting.count() == 1  # the chair's tab follows too


def test_a_glossary_term_added_at_the_desk_shows_in_the_handbook_at_once(window, vault):
    from rete_desktop.handbook import glossary

    window.sidebar.setCurrentRow(window._row_of(window.handbook_section))
    page = window.handbook_section.page()
    assert "Tavolo di rete casalasco" not in [e.term_it for e in page.glossary._entries]
    glossary.set_term(vault, "Tavolo di rete casalasco", "Incontro mensile degli uffici.")
    assert "Tavolo di rete casalasco" in [e.term_it for e in page.glossary._entries]


def test_statistics_name_referral_sources_not_their_codes(qtbot, vault):
    for source in ("hospital", "social_services", "spontaneous", "1522", "referral"):
        cases.create_case(vault, f"Caso {source}", source=source)
    page = StatsPage(vault)
    qtbot.addWidget(page)
    page.refresh()  # counted in a worker thread
    qtbot.waitUntil(lambda: page.shows_year(page.year.value()))
    shown = {page.table.item(row, 1).text() for row in range(page.table.rowCount())}
    assert {"Hospital / emergency room", "Social services", "Came on her own", "1522 helpline",
            "referral from the network"} <= shown
    assert not shown & {"hospital", "social_services", "spontaneous", "1522", "referral"}
    every = {page.table.item(row, col).text() for row in range(page.table.rowCount())
             for col in (0, 1)}
    assert not [text for text in every if text.startswith("stats.")]  # no message ids
    assert {"01", "New cases by source of access", "women hosted"} <= every


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


def test_protocol_steps_fill_the_page_and_a_same_day_step_says_so(qtbot, vault):
    """At 1366×768 the steps used a third of the page above an empty band, and a step due at
    once read «entro 0 giorni»."""
    from rete_desktop.ui.pages import ID_ROLE, ProtocolsPage

    for path in protocols.sample_protocol_files():
        protocols.import_protocol(vault, path.read_bytes())
    page = ProtocolsPage(vault)
    qtbot.addWidget(page)
    page.resize(1130, 700)
    page.show()
    qtbot.waitExposed(page)
    row = next(i for i in range(page.list.count())
               if any(s.due_days == 0 for s in protocols.get_protocol(
                   vault, page.list.item(i).data(ID_ROLE)).steps))
    page.list.setCurrentRow(row)
    text = page.view.toPlainText()
    assert "the same day" in text and "within 0 days" not in text
    assert page.view.height() > page.height() * 3 // 4


def test_a_protocol_from_the_network_is_shown_as_text_never_as_markup(qtbot, vault):
    """Protocols come from the network: a title or step holding markup (a link, an image, a
    table that hides the next step) must read as the characters it holds."""
    import json

    from rete_desktop.ui.pages import ID_ROLE, ProtocolsPage

    data = json.loads(protocols.sample_protocol_files()[0].read_text())
    data["key"] = "markup-test"
    data["title"] = "<a href='http://x'>Codice</a> <b>Rosso</b>"
    data["trigger"] = "<img src='file:///etc/passwd'>"
    data["steps"][0]["title"] = "</td></tr></table><h1>Ignora i passi</h1>"
    protocols.import_protocol(vault, json.dumps(data).encode())
    page = ProtocolsPage(vault)
    qtbot.addWidget(page)
    row = next(i for i in range(page.list.count())
               if protocols.get_protocol(vault, page.list.item(i).data(ID_ROLE)).key
               == "markup-test")
    page.list.setCurrentRow(row)
    text = page.view.toPlainText()
    for shown in (data["title"], data["trigger"], data["steps"][0]["title"]):
        assert shown in text


def test_open_case_never_shows_another_case(window, vault):
    """Whatever the list has selected and the detail shows (a case opened from the audit log,
    the search, a notice), opening a case shows that one, with its row and no other selected."""
    ids = [cases.create_case(vault, title) for title in ("Primo", "Secondo", "Terzo")]
    for selected in ids:
        for shown in ids:
            for wanted in ids:
                window.cases_page.view.selectRow(window.cases_page.model.row_of(selected))
                window.detail.show_case(shown)
                window.open_case(wanted)
                assert window.detail.case is not None and window.detail.case.id == wanted
                rows = [i.row() for i in window.cases_page.view.selectionModel().selectedRows()]
                assert rows == [window.cases_page.model.row_of(wanted)]
