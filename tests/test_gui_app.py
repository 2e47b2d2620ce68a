"""The desktop app driven through its real widgets on real vaults (offscreen, fast KDF)."""

from __future__ import annotations

import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import os
from pathlib import Path

from PySide6.QtCore import (  # noqa: E402
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,  # noqa: E402
    QPushButton,
    QTableView,
    QWidget,
    QWizard,
)

from rete_desktop.errors import AccessDenied  # noqa: E402
from rete_desktop.storage import cases, notes, offices, protocols  # noqa: E402
from rete_desktop.storage.vault import Vault, vault_exists  # noqa: E402
from rete_desktop.ui import hooks  # noqa: E402
from rete_desktop.ui.case_model import CASE_ID_ROLE, CaseTableModel  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.dialogs import (  # noqa: E402
    AddPersonDialog,  # noqa: E402
    AmendNoteDialog,
    ApplyProtocolDialog,
    NewCaseDialog,
)
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.settings import Settings  # noqa: E402
from tests.conftest import PASSPHRASE, make_vault  # noqa: E402
from tests.gui_helpers import shown_dialog  # noqa: E402


def _ok(dialog: QWidget) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def _model_texts(model: QAbstractItemModel) -> list[str]:
    """Cell texts of a model, descending into tree children (widget models hide some API)."""
    texts: list[str] = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        try:
            columns = model.columnCount(parent)
        except TypeError:
            columns = 1
        for row in range(min(model.rowCount(parent), 500)):
            for column in range(columns):
                index = model.index(row, column, parent)
                texts.append(str(index.data() or ""))
            child = model.index(0, 0, model.index(row, 0, parent))
            if child.isValid():
                stack.append(model.index(row, 0, parent))
    return texts


def _visible_texts() -> list[str]:
    """Every string any live widget could show: texts, titles, combo items, view cells."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        for name in ("text", "toPlainText", "windowTitle", "placeholderText", "toolTip"):
            getter = getattr(widget, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.append(value)
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    return texts


# --- first run and unlocking ---------------------------------------------------------------

def test_wizard_creates_the_vault_and_shows_the_recovery_key_once(controller, qtbot, tmp_path):
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.keyClicks(wizard.office_page.name, "Stazione Carabinieri Casalmaggiore")
    wizard.office_page.kind.setCurrentIndex(wizard.office_page.kind.findData("carabinieri"))
    wizard.next()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the name is required
    qtbot.keyClicks(wizard.operator_page.name, "Mario Rossi")
    qtbot.keyClicks(wizard.operator_page.role, "App. Sc.")
    wizard.next()
    qtbot.keyClicks(wizard.passphrase_page.passphrase, "short")
    assert wizard.passphrase_page.meter.word == "too short"
    wizard.passphrase_page.passphrase.clear()
    qtbot.keyClicks(wizard.passphrase_page.passphrase, "fiume lento sotto il ponte")
    qtbot.keyClicks(wizard.passphrase_page.repeat, "fiume lento sotto il ponte")
    wizard.next()
    assert vault_exists(tmp_path / "vault")
    key = wizard.recovery_page.key_label.text()
    assert len(key.replace("-", "")) == 32
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()

    sheet = tmp_path / "key.pdf"
    hooks.choose_file_next(str(sheet))
    qtbot.mouseClick(wizard.recovery_page.save_button, Qt.MouseButton.LeftButton)
    from pypdf import PdfReader

    assert key in PdfReader(str(sheet)).pages[0].extract_text()

    wizard.recovery_page.confirm.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert isinstance(controller.window, MainWindow)
    assert "Stazione Carabinieri Casalmaggiore" in controller.window.windowTitle()
    assert key not in _visible_texts()
    assert controller.vault.operator == "App. Sc. Mario Rossi"
    controller.vault.close()
    Vault.open_with_recovery(tmp_path / "vault", key).close()


def test_wrong_passphrase_is_refused_then_the_right_one_unlocks(controller, qtbot, tmp_path):
    make_vault(tmp_path / "vault").close()
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    expected = AccessDenied("vault.wrong_passphrase").message("en")
    qtbot.waitUntil(lambda: dialog.error.text() == expected, timeout=5000)
    assert controller.window is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    assert controller.vault.is_open


def test_an_emptied_database_is_reported_as_damaged_not_offered_to_the_wizard(
        controller, qtbot, tmp_path):
    make_vault(tmp_path / "vault").close()
    (tmp_path / "vault" / "vault.db").write_bytes(b"")
    controller.start()
    assert controller.wizard is None
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "rete restore FILE" in dialog.error.text(), timeout=5000)
    assert controller.window is None
    assert (tmp_path / "vault" / "vault.db").stat().st_size == 0


def _recover_with(controller, qtbot, tmp_path, new_passphrase: str):
    """A vault whose passphrase is forgotten: the recovery page filled and submitted."""
    vault, recovery_key = Vault.create(tmp_path / "vault", PASSPHRASE, office_name="CAV",
                                       office_kind="cav")
    vault.close()
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.recovery_key, recovery_key.lower())
    for field in (dialog.new_passphrase, dialog.repeat_passphrase):
        qtbot.keyClicks(field, new_passphrase)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    return dialog


def test_forgotten_passphrase_recovery_key_sets_a_new_one(controller, qtbot, tmp_path):
    _recover_with(controller, qtbot, tmp_path, "a new passphrase for the office")
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    controller.lock()
    with pytest.raises(AccessDenied):
        Vault.open(tmp_path / "vault", PASSPHRASE)
    Vault.open(tmp_path / "vault", "a new passphrase for the office").close()


def test_demo_if_missing_creates_the_demo_and_hints_its_passphrase(controller, qtbot, tmp_path):
    from rete_desktop.demo import DEMO_PASSPHRASE

    controller.start(demo_if_missing=True)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=30000)
    assert DEMO_PASSPHRASE in controller.unlock_dialog.demo_hint.text()


# --- cases, notes, search ------------------------------------------------------------------

def test_add_case_note_amend_and_search_it(unlocked, qtbot):
    window = unlocked
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(NewCaseDialog)
    dialog.title.setText("Niccolò Perché — ")  # QTest types ASCII only
    qtbot.keyClicks(dialog.title, "Viadana")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    detail = window.detail
    assert detail.case is not None and detail.case.title == "Niccolò Perché — Viadana"
    assert window.cases_page.model.rowCount() == 1

    qtbot.keyClicks(detail.note_editor, "Primo colloquio: riferisce minacce.")
    qtbot.mouseClick(detail.save_note_button, Qt.MouseButton.LeftButton)
    (note,) = notes.list_notes(window.vault, detail.case.id)
    assert note.text == "Primo colloquio: riferisce minacce."
    assert detail.note_editor.toPlainText() == ""

    assert not detail.amend_button.isEnabled()  # nothing chosen yet
    timeline = detail.timeline
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton,
                     pos=timeline.visualRect(timeline.model().index(0, 0)).center())
    assert detail.amend_button.isEnabled()
    qtbot.mouseClick(detail.amend_button, Qt.MouseButton.LeftButton)
    amend = window.findChild(AmendNoteDialog)
    amend.text.setPlainText("Primo colloquio: riferisce minacce e percosse.")
    qtbot.mouseClick(_ok(amend), Qt.MouseButton.LeftButton)
    original, amendment = notes.list_notes(window.vault, detail.case.id)
    assert original.text == "Primo colloquio: riferisce minacce."
    assert amendment.amends == original.id
    shown = _visible_texts()
    assert any("riferisce minacce." in t for t in shown)
    assert any("minacce e percosse" in t for t in shown)

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.search_page
    qtbot.keyClicks(window.search_page.field, "niccolo perche")
    window.search_page.run()
    qtbot.waitUntil(lambda: window.search_page.shows_results_of("niccolo perche"))
    group = window.search_page.results.topLevelItem(0)
    assert group.text(0).startswith("Cases")
    assert "Niccolò Perché" in group.child(0).text(0)
    window.search_page.results.itemActivated.emit(group.child(0), 0)
    assert window.stack.currentWidget() is window.cases_page


def test_note_draft_is_autosaved_inside_the_vault(unlocked, qtbot):
    window = unlocked
    case_id = cases.create_case(window.vault, "Bozza")
    window.cases_page.model.reload()
    window.open_case(case_id)
    window.detail._draft_timer.setInterval(10)
    qtbot.keyClicks(window.detail.note_editor, "appunto a meta")
    qtbot.waitUntil(lambda: notes.load_draft(window.vault, case_id) == "appunto a meta")


def test_empty_note_shows_the_translated_error(unlocked, qtbot):
    window = unlocked
    window.open_case(cases.create_case(window.vault, "Vuoto"))
    qtbot.mouseClick(window.detail.save_note_button, Qt.MouseButton.LeftButton)
    assert window.detail.note_error.isVisible() or window.detail.note_error.text()
    assert window.detail.note_error.text()


def test_closing_a_case_asks_first(unlocked):
    window = unlocked
    case_id = cases.create_case(window.vault, "Da chiudere")
    window.open_case(case_id)
    status = window.detail.status
    hooks.answer_next(False)
    status.setCurrentIndex(status.findData("closed"))
    status.activated.emit(status.currentIndex())
    assert cases.get_case(window.vault, case_id, audit_read=False).status.value == "open"
    hooks.answer_next(True)
    status.setCurrentIndex(status.findData("closed"))
    status.activated.emit(status.currentIndex())
    assert cases.get_case(window.vault, case_id, audit_read=False).status.value == "closed"


def test_protocol_applied_and_task_ticked(unlocked, qtbot):
    window = unlocked
    for path in protocols.sample_protocol_files():
        protocols.import_protocol(window.vault, path.read_bytes())
    case_id = cases.create_case(window.vault, "Codice rosso")
    window.open_case(case_id)
    window.detail.apply_protocol()
    dialog = window.findChild(ApplyProtocolDialog)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    tasks = protocols.list_tasks(window.vault, case_id=case_id)
    assert window.detail.tasks.rowCount() == len(tasks) > 0
    window.detail.tasks.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert protocols.list_tasks(window.vault, case_id=case_id)[0].status.value == "done"


def test_child_persons_are_marked(unlocked):
    window = unlocked
    case_id = cases.create_case(window.vault, "Con figli")
    cases.add_person(window.vault, case_id, "child", "Lia Rossi", birth_year=2018,
                     exposure="witnessed")
    window.open_case(case_id)
    assert window.detail.persons.item(0, 0).text() == "CHILD — witnessed violence"


def test_contact_editor_shows_errors_next_to_the_field(unlocked, qtbot):
    page = unlocked.contacts_page
    qtbot.keyClicks(page.name, "Anna Bianchi")
    qtbot.keyClicks(page.phone, "123")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    phone_error = page.errors._labels["phone"]
    assert phone_error.text() == "Invalid phone number: 123."
    assert offices.list_contacts(unlocked.vault) == []
    page.phone.setText("0375 42012")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert phone_error.text() == ""
    assert offices.list_contacts(unlocked.vault)[0].phone == "+39037542012"


# --- locking and the clipboard -------------------------------------------------------------

def test_auto_lock_closes_the_vault_and_no_widget_shows_case_text(controller, qtbot, tmp_path):
    make_vault(tmp_path / "vault").close()
    controller.settings.idle_minutes = 0.005  # 0.3 s
    controller.idle.set_timeout(0.3)
    controller.start()
    vault = Vault.open(tmp_path / "vault", PASSPHRASE)
    case_id = cases.create_case(vault, "Rosalinda Segretissima — Gussola")
    notes.add_note(vault, case_id, "Nota riservatissima sul piano di sicurezza")
    controller.on_unlocked(vault)
    controller.window.open_case(case_id)
    controller.window.detail.note_editor.setPlainText("bozza riservata non salvata")
    assert any("Segretissima" in t for t in _visible_texts())
    qtbot.waitUntil(lambda: controller.window is None, timeout=5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not vault.is_open
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
    leaked = [t for t in _visible_texts()
              if "Segretissima" in t or "riservat" in t]
    assert leaked == []
    reopened = Vault.open(tmp_path / "vault", PASSPHRASE)
    assert notes.load_draft(reopened, case_id) == "bozza riservata non salvata"
    reopened.close()


def test_idle_timer_uses_the_injected_clock(qapp):
    from rete_desktop.ui.idle import IdleWatcher

    now = [1000.0]
    watcher = IdleWatcher(300, clock=lambda: now[0])
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    now[0] += 299
    watcher.check()
    assert fired == []
    watcher.eventFilter(watcher, QEvent(QEvent.Type.KeyPress))
    now[0] += 299
    watcher.check()
    assert fired == []
    now[0] += 2
    watcher.check()
    assert fired == [True]


def test_quick_lock_shortcut(unlocked, controller, qtbot):
    qtbot.keyClick(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.window is None and controller.vault is None


def test_suspended_session_locks(unlocked, controller, qapp):
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert controller.vault is None


def test_copied_phone_is_cleared_from_the_clipboard(qapp, qtbot):
    clipboard = SecureClipboard(seconds=0.1)
    clipboard.copy("0375 42012")
    assert QGuiApplication.clipboard().text() == "0375 42012"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)

    clipboard.copy("0375 42012")
    QGuiApplication.clipboard().setText("something the user copied later")
    qtbot.waitUntil(lambda: not clipboard._timer.isActive(), timeout=3000)  # the wipe ran
    assert QGuiApplication.clipboard().text() == "something the user copied later"


def test_copy_phone_from_a_case(unlocked, qtbot):
    window = unlocked
    window.detail.clipboard._timer.setInterval(100)
    case_id = cases.create_case(window.vault, "Telefono")
    cases.add_person(window.vault, case_id, "victim", "Maria Verdi", phone="333 1234567")
    window.open_case(case_id)
    window.detail.persons.selectRow(0)
    window.detail.copy_person_field("phone")
    assert QGuiApplication.clipboard().text() == "333 123 4567"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)


# --- the case list model ---------------------------------------------------------------------

def test_case_list_fetches_lazily_and_sorts_in_sql(qtbot, vault):
    with vault.transaction() as conn:
        for i in range(2000):
            cases.insert_case(conn, vault, f"{i:016x}", f"Caso {i:05d}",
                              cases.RiskLevel.MEDIUM, date(2025, 1, 1), None, None)
    model = CaseTableModel(vault, page_size=200)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    while model.canFetchMore(model.index(-1, -1)) and model.rowCount() == 0:
        model.fetchMore(model.index(-1, -1))
    assert model.total == 2000
    assert 0 < model.rowCount() <= 400
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    assert model.rowCount() < 2000
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.fetchMore(model.index(-1, -1))
    assert model.index(0, 1).data() == "Caso 00000"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.fetchMore(model.index(-1, -1))
    assert model.index(0, 1).data() == "Caso 01999"


def test_case_list_read_end_to_end_holds_few_rows_and_every_case_once(qtbot, vault):
    with vault.transaction() as conn:
        for i in range(950):  # titles repeat: the order must still be total (keyset by id)
            cases.insert_case(conn, vault, f"{i:016x}", f"Caso {i % 40:03d}",
                              cases.RiskLevel.MEDIUM, date(2025, 1, 1 + i % 28), None, None)
    model = CaseTableModel(vault, page_size=100, kept_pages=3)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 950
    titles = [model.index(r, 1).data() for r in range(950)]
    ids = [model.index(r, 0).data(CASE_ID_ROLE) for r in range(950)]
    assert titles == sorted(titles) and len(set(ids)) == 950
    assert model.loaded_rows <= 300  # pages scrolled past were let go
    assert model.index(0, 0).data(CASE_ID_ROLE) == ids[0]  # and read again on the way back
    assert model.row_of(ids[3]) == 3 and model.row_of(ids[949]) == 949
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.fetchMore(model.index(-1, -1))
    assert model.index(0, 4).data() == "28/01/2025"


def test_importing_a_foreign_file_shows_the_refusal(unlocked, tmp_path):
    page = unlocked.inbox_page
    junk = tmp_path / "rete-junk.age"
    junk.write_bytes(b"not a packet at all")
    hooks.choose_file_next(str(junk))
    page.choose_file()
    assert page.verdict.text().startswith("REFUSED: ")
    assert len(page.verdict.text()) > len("REFUSED: ") + 5
    assert not page.open_button.isVisible()
    unlocked.sidebar.setCurrentRow(3)
    assert page.register.topLevelItemCount() == 0


def test_a_full_disk_opens_the_vault_read_only_and_the_window_says_why(
        controller, qtbot, small_disk):
    vault_dir = small_disk.path / "vault"
    with make_vault(vault_dir) as vault:
        cases.create_case(vault, "su un disco pieno")
    small_disk.fill()
    controller.on_unlocked(Vault.open(vault_dir, PASSPHRASE))
    window = controller.window
    assert not window.read_only_banner.isHidden()
    assert "Read-only: the disk is full" in window.read_only_banner.text()
    assert window.cases_page.model.rowCount() == 1  # reading works
    small_disk.free()
    notes.add_note(controller.vault, cases.list_cases(controller.vault)[0].id, "spazio di nuovo")
    window.show_read_only()
    assert window.read_only_banner.isHidden()


def test_a_writable_vault_shows_no_read_only_banner(unlocked):
    assert unlocked.read_only_banner.isHidden()


def test_failed_unlocks_since_the_last_one_are_shown_after_unlocking(controller, qtbot, tmp_path):
    make_vault(tmp_path / "vault").close()
    for _ in range(2):
        with pytest.raises(AccessDenied):
            Vault.open(tmp_path / "vault", "someone else's guess")
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    banner = controller.window.notice_banner
    assert not banner.isHidden()
    assert "Warning: 2 failed attempts to open the vault since" in banner.text()


# --- keyboard: unlock, recovery, case list ---------------------------------------------------

def test_recovery_page_works_with_enter_and_back_returns_to_the_passphrase(
        controller, qtbot, tmp_path):
    vault, recovery_key = Vault.create(tmp_path / "vault", PASSPHRASE, office_name="CAV",
                                       office_kind="cav")
    vault.close()
    controller.start()
    dialog = controller.unlock_dialog
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.forgot_button, Qt.Key.Key_Space)
    assert dialog.focusWidget() is dialog.recovery_key
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Back
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 0)  # a shortcut animates the click
    assert dialog.focusWidget() is dialog.passphrase
    dialog.show_page(1)
    qtbot.keyClicks(dialog.recovery_key, recovery_key)
    qtbot.keyClick(dialog.recovery_key, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "a new passphrase for the office")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "a new passphrase for the office")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    controller.lock()
    Vault.open(tmp_path / "vault", "a new passphrase for the office").close()


def test_the_idle_lock_says_so_on_the_unlock_dialog(controller, qtbot, tmp_path):
    make_vault(tmp_path / "vault").close()
    controller.settings.idle_minutes = 5
    controller.start()
    assert not controller.unlock_dialog.notice.isVisible()
    controller.on_unlocked(Vault.open(tmp_path / "vault", PASSPHRASE))
    controller.idle.idle.emit()  # as the timer does after 5 idle minutes
    notice = controller.unlock_dialog.notice
    assert notice.isVisible() and "after 5 minutes of inactivity" in notice.text()
    controller.on_unlocked(Vault.open(tmp_path / "vault", PASSPHRASE))
    controller.lock()  # Ctrl+L: the user knows why, nothing to explain
    assert not controller.unlock_dialog.notice.isVisible()


def test_consent_dialog_does_not_pre_tick_childrens_data(unlocked, qtbot):
    from rete_desktop.ui.dialogs import ConsentDialog

    case_id = cases.create_case(unlocked.vault, "Senza consenso")
    unlocked.open_case(case_id)
    with qtbot.waitActive(unlocked):
        unlocked.activateWindow()
    qtbot.keyClick(unlocked, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: unlocked.findChild(ConsentDialog) is not None)
    dialog = unlocked.findChild(ConsentDialog)
    assert dialog.isVisible()
    assert not dialog.include_children.isChecked() and not dialog.include_notes.isChecked()


def test_consent_dialog_flags_an_old_free_text_basis_and_saving_clears_it(unlocked, qtbot):
    """The free-text legal basis is gone from the dialog; one kept from an earlier version is
    shown to review, and saving the consent (she agreed again) removes it."""
    from rete_desktop.domain.records import Consent
    from rete_desktop.domain.vocabulary import OfficeKind
    from rete_desktop.ui.dialogs import ConsentDialog

    case_id = cases.create_case(unlocked.vault, "Consenso vecchio")
    cases.set_consent(unlocked.vault, case_id, Consent(share_with=(OfficeKind.CAV,),
                                                       legal_basis="vedi cartaceo"))
    dialog = ConsentDialog(unlocked.vault, case_id,
                           cases.get_case(unlocked.vault, case_id).consent, unlocked)
    qtbot.addWidget(dialog)
    assert "vedi cartaceo" in dialog.review.text() and not hasattr(dialog, "legal_basis")
    dialog.accept()
    consent = cases.get_case(unlocked.vault, case_id).consent
    assert consent.legal_basis is None and consent.share_with == (OfficeKind.CAV,)


def test_enter_on_the_case_list_opens_the_case_in_its_note_editor(unlocked, qtbot):
    first = cases.create_case(unlocked.vault, "Primo")
    cases.create_case(unlocked.vault, "Secondo")
    unlocked.cases_page.model.reload()
    view = unlocked.cases_page.view
    with qtbot.waitActive(unlocked):
        unlocked.activateWindow()
    view.setFocus()
    view.selectRow(1)  # newest first: the first case is the second row
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert unlocked.detail.case.id == first
    assert unlocked.focusWidget() is unlocked.detail.note_editor


def test_wizard_refuses_a_common_password_and_says_why(controller, qtbot, tmp_path):
    controller.start()
    wizard = controller.wizard
    qtbot.keyClicks(wizard.office_page.name, "CAV Casalmaggiore")
    wizard.next()
    qtbot.keyClicks(wizard.operator_page.name, "Laura Verdi")
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, "password1")
    assert page.meter.word == "too weak" and "most used passwords" in page.meter.toolTip()
    qtbot.keyClicks(page.repeat, "password1")
    wizard.next()
    assert wizard.currentPage() is page and "Passphrase too weak" in page.error.text()
    assert not vault_exists(tmp_path / "vault")


def test_recovery_refuses_a_weak_new_passphrase(controller, qtbot, tmp_path):
    dialog = _recover_with(controller, qtbot, tmp_path, "1234567890")
    assert "Passphrase too weak" in dialog.recovery_error.text()
    assert controller.window is None
    Vault.open(tmp_path / "vault", PASSPHRASE).close()


def test_office_menu_names_the_session_and_refuses_a_weak_operator_passphrase(unlocked, qtbot):
    from rete_desktop.ui.office_dialogs import AddOperatorDialog, OperatorsDialog
    from rete_desktop.ui.operators import OwnNameDialog

    window = unlocked
    window.open_own_name()
    own = window.findChild(OwnNameDialog)
    assert own.name.text() == "tester"
    own.name.setText("Bianchi")
    own.role.setText("Ass. soc.")
    own.phone.setText("12")  # the direct line printed on referrals must be a phone
    qtbot.mouseClick(_ok(own), Qt.MouseButton.LeftButton)
    assert "Invalid phone number: 12" in " ".join(_visible_texts())
    own.phone.setText("0375 201234")
    qtbot.mouseClick(_ok(own), Qt.MouseButton.LeftButton)
    assert window.vault.operator == "Ass. soc. Bianchi"
    from rete_desktop.storage import operators as names

    assert names.named(window.vault)[window.vault.slot_label].phone == "+390375201234"
    # a note saved at the desk shows who wrote it, never the computer's login
    import getpass

    window.open_case(cases.create_case(window.vault, "Caso di prova"))
    qtbot.keyClicks(window.detail.note_editor, "Colloquio telefonico.")
    qtbot.mouseClick(window.detail.save_note_button, Qt.MouseButton.LeftButton)
    shown = window.detail.timeline.model().index(0, 0).data()
    assert "Ass. soc. Bianchi" in shown and "Colloquio telefonico." in shown
    assert getpass.getuser() not in shown.replace("Colloquio telefonico.", "")

    window.operators()
    operators = window.findChild(OperatorsDialog)
    operators.add()
    add = operators.findChild(AddOperatorDialog)
    qtbot.keyClicks(add.name, "Anna Verdi")
    qtbot.keyClicks(add.new, "password1")
    qtbot.keyClicks(add.again, "password1")
    assert add.meter.word == "too weak"
    qtbot.mouseClick(_ok(add), Qt.MouseButton.LeftButton)
    assert "Passphrase too weak" in " ".join(_visible_texts())
    assert window.vault.operators() == []
    for field in (add.new, add.again):
        field.setText("la nebbia sale dal Po")
    qtbot.mouseClick(_ok(add), Qt.MouseButton.LeftButton)
    assert [op.label for op in window.vault.operators()] == ["Anna Verdi"]


def test_a_missing_field_is_named_as_the_form_names_it(qtbot, vault, case_id):
    dialog = shown_dialog(qtbot, AddPersonDialog(vault, case_id))
    dialog.accept()
    errors = [label.text() for label in dialog.findChildren(QLabel)
              if label.accessibleName() == "Error" and label.text()]
    assert errors == ["The field “Name” is required."]
    assert dialog.height() >= dialog.sizeHint().height()


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
