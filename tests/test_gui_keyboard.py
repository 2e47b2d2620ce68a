"""A whole intake at the desk with key presses only — new case, person, note, consent,
protocol, referral — on a real Carabinieri vault of a real network (no mouse, no setters)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import os

from PySide6.QtCore import QCoreApplication, QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)

from rete_desktop.domain.vocabulary import OfficeKind  # noqa: E402
from rete_desktop.packets import register  # noqa: E402
from rete_desktop.storage import cases, notes, protocols  # noqa: E402
from rete_desktop.ui import hooks  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.dialogs import (  # noqa: E402
    AddPersonDialog,
    AmendNoteDialog,  # noqa: E402
    ApplyProtocolDialog,
    ConsentDialog,
    NewCaseDialog,
)
from rete_desktop.ui.export_wizard import ExportWizard  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.settings import Settings  # noqa: E402
from tests.every_dialog import dispose, every_dialog  # noqa: E402
from tests.gui_helpers import shown_dialog  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _back(qtbot, window) -> None:
    """A dialog closed: the window manager gives the main window back its focus."""
    qtbot.waitUntil(lambda: not any(isinstance(w, QDialog) and w.isVisible()
                                    for w in window.findChildren(QDialog)))
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
           times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focus(), key, modifiers)


def _tab_to(qtbot, widget: QWidget) -> None:
    """Press Tab until ``widget`` has the focus (a bounded number of times)."""
    for _ in range(30):
        if _focus() is widget:
            return
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget.accessibleName()!r}")


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(_focus(), text)


def _opened(qtbot, window, kind: type) -> QWidget:
    """The dialog a shortcut opened (a button's shortcut animates its click first)."""
    qtbot.waitUntil(lambda: any(isinstance(w, kind) and w.isVisible()
                                for w in QApplication.topLevelWidgets()
                                + window.findChildren(kind)))
    dialog = next(w for w in QApplication.topLevelWidgets() + window.findChildren(kind)
                  if isinstance(w, kind) and w.isVisible())
    dialog.activateWindow()  # what the window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_whole_intake_by_keyboard(network, open_window, qtbot, tmp_path):  # noqa: F811
    station, cav = network["carabinieri"], network["cav"]
    window = open_window(station)
    vault = window.vault

    # New case: Ctrl+N, the title, Enter.
    _press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = _opened(qtbot, window, NewCaseDialog)
    assert _focus() is dialog.title
    _type(qtbot, "Maria Rossi - Casalmaggiore")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.case is not None)
    _back(qtbot, window)
    case_id = window.detail.case.id
    assert _focus() is window.detail.note_editor

    # First note, saved with Ctrl+S.
    _type(qtbot, "Primo colloquio in caserma: riferisce minacce.")
    _press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: len(notes.list_notes(vault, case_id)) == 1)

    # The woman: Ctrl+Shift+P, role stays "victim", Tab to the name, Enter.
    _press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    person = _opened(qtbot, window, AddPersonDialog)
    assert _focus() is person.role
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Maria Rossi")
    _tab_to(qtbot, person.phone)  # past the year of birth (the child's exposure is disabled)
    _type(qtbot, "3331234567")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(cases.list_persons(vault, case_id)) == 1)
    _back(qtbot, window)

    # Consent: Ctrl+Shift+C; Tab to the CAV, Space; Tab to the notes, Space; Enter.
    _press(qtbot, Qt.Key.Key_C, CTRL_SHIFT)
    consent = _opened(qtbot, window, ConsentDialog)
    cav_box = consent.kinds[OfficeKind(cav.kind)]
    _tab_to(qtbot, cav_box)
    _press(qtbot, Qt.Key.Key_Space)
    _tab_to(qtbot, consent.include_notes)
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cases.get_case(vault, case_id, audit_read=False).consent
                    .include_notes)
    _back(qtbot, window)

    # A protocol: Ctrl+Shift+T, the first one offered, Enter.
    _press(qtbot, Qt.Key.Key_T, CTRL_SHIFT)
    _opened(qtbot, window, ApplyProtocolDialog)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: protocols.list_tasks(vault, case_id=case_id) != [])
    _back(qtbot, window)

    # The referral: Ctrl+R; the case is preselected: Alt+N; Space ticks the CAV; Alt+N;
    # Space includes the notes, Tab, Space ticks the first; Alt+N; Alt+S sends.
    _press(qtbot, Qt.Key.Key_R, CTRL)
    wizard = _opened(qtbot, window, ExportWizard)
    assert wizard.case is not None and wizard.case.id == case_id
    _press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recipients_page
                    and QApplication.focusWidget() is not None)
    offices = wizard.recipients_page.offices
    _tab_to(qtbot, offices)
    while offices.currentItem() is None or offices.currentItem().data(
            Qt.ItemDataRole.UserRole) != cav.office_id:
        _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.content_page
                    and QApplication.focusWidget() is not None)
    content = wizard.content_page
    _tab_to(qtbot, content.include_notes)
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is content.notes
    if content.notes.currentItem() is None:
        _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page
                    and QApplication.focusWidget() is not None)
    assert "Primo colloquio in caserma" in wizard.preview_page.what_travels.toPlainText()
    hooks.choose_file_next(str(tmp_path / "segnalazione"))
    _press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    (sent,) = register.list_register(vault)
    assert sent.case_id == case_id
    assert (tmp_path / "segnalazione.age").is_file()


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "\0\0").find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def test_a_space_typed_into_an_amendment_goes_into_the_text_not_the_ok_button(
        qtbot, vault, case_id):
    note_id = notes.add_note(vault, case_id, "Verrà sentita entro 3 giorni.")
    note = next(n for n in notes.list_notes(vault, case_id) if n.id == note_id)
    dialog = shown_dialog(qtbot, AmendNoteDialog(vault, note), lambda d: d.text)
    assert QApplication.focusWidget() is dialog.text
    qtbot.keyClick(dialog.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.text, " (2 giorni)")
    assert dialog.isVisible()
    assert dialog.text.toPlainText().endswith(" (2 giorni)")


def test_add_person_starts_in_the_first_field_and_alt_letter_reaches_its_field(
        qtbot, vault, case_id):
    dialog = shown_dialog(qtbot, AddPersonDialog(vault, case_id), lambda d: d.role)
    assert QApplication.focusWidget() is dialog.role
    name_label = dialog.form.labelForField(dialog.name.parentWidget())
    assert isinstance(name_label, QLabel)
    assert name_label.buddy() is dialog.name


def test_contacts_phone_field_label_is_its_buddy(qtbot, vault):
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    page = window.contacts_page
    buddies = [lab.buddy() for lab in page.findChildren(QLabel) if lab.buddy() is not None]
    assert page.phone in buddies


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


def _tab_stops(dialog: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``dialog``, once round, from its top-left one."""
    stops, widget = [], dialog.nextInFocusChain()
    while widget is not dialog:
        if (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _where(widget: QWidget, dialog: QWidget) -> tuple[int, int]:
    """Where a reader meets ``widget``: a widget in a scrolled pane is met with the pane."""
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            widget = parent
        parent = parent.parentWidget()
    at = widget.mapTo(dialog, QPoint(0, 0))
    return at.y(), at.x()


def test_tab_goes_through_every_dialog_in_reading_order(window, qtbot, tmp_path) -> None:
    """EN 301 549 9.2.4.3: the focus order follows the layout, top to bottom, then left to
    right on a row (one round, from the top-left control)."""
    case_id = cases.create_case(window.vault, "Maria Rossi")
    cases.add_person(window.vault, case_id, "victim", "Maria Rossi")
    cases.add_person(window.vault, case_id, "offender", "Mario Bianchi")
    notes.add_note(window.vault, case_id, "Primo colloquio.")
    window.open_case(case_id)
    problems = {}
    for name, build in every_dialog(window, tmp_path).items():
        dialog = build()
        dialog.show()
        QCoreApplication.processEvents()
        places = [(_where(w, dialog), w) for w in _tab_stops(dialog)]
        start = min(range(len(places)), key=lambda i: places[i][0]) if places else 0
        places = places[start:] + places[:start]
        back = [f"{type(a).__name__} {a.accessibleName()!r} -> {type(b).__name__} "
                f"{b.accessibleName()!r}" for (pa, a), (pb, b) in zip(places, places[1:],
                                                                         strict=False)
                if pb[0] + 4 < pa[0] or (abs(pb[0] - pa[0]) <= 4 and pb[1] < pa[1])]
        if back:
            problems[name] = back
        dispose(dialog)
    assert problems == {}
