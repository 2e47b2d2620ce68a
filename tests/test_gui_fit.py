"""Every page and dialog fits a 1366×768 screen at 100 % and 125 % and stays usable at 150 %:
nothing lies outside the window (panes scroll instead) and no button's text is cut.

The logical screen sizes are what a 1366×768 panel offers after the title bar and the desktop's
own panel: 1366×700 at 100 %, 1093×560 at 125 %, 910×466 at 150 %.
"""

from __future__ import annotations

import importlib
import os
import pkgutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QMenu,
    QScrollArea,
    QWidget,
)

from rete_desktop import ui  # noqa: E402
from rete_desktop.domain.vocabulary import OfficeKind  # noqa: E402
from rete_desktop.storage import cases, notes  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui import dialogs  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.dialogs import AddPersonDialog  # noqa: E402
from rete_desktop.ui.export_wizard import ExportWizard  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.settings import Settings  # noqa: E402
from rete_desktop.ui.widgets import TITLE_BAR  # noqa: E402
from tests.every_dialog import ELSEWHERE, dispose, every_dialog  # noqa: E402
from tests.gui_helpers import case_with_consent, office_item, shown_dialog  # noqa: E402

SIZES = {"100%": (1366, 700), "125%": (1093, 560), "150%": (910, 466)}
STRICT = ("100%", "125%")  # 150 %: the window must fit; panes may scroll and squeeze


def _inside_a_scrolled_pane(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _problems(window: QWidget) -> list[str]:
    """Widgets (outside scrolled panes) reaching past the window; buttons with cut text."""
    frame = QRect(0, 0, window.width(), window.height())
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QMenu) or widget.isWindow():
            continue
        if _inside_a_scrolled_pane(widget):
            continue
        top_left = widget.mapTo(window, widget.rect().topLeft())
        rect = QRect(top_left, widget.size())
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or type(
            widget).__name__
        if not frame.adjusted(-1, -1, 1, 1).contains(rect):
            found.append(f"outside: {name} {rect.getRect()} in {frame.getRect()}")
        if isinstance(widget, QAbstractButton) and widget.text() and (
                widget.width() + 2 < widget.minimumSizeHint().width()):
            found.append(f"cut: {name} {widget.width()} < {widget.minimumSizeHint().width()}")
        if isinstance(widget, QLabel) and _label_cut(widget):
            found.append(f"cut label: {widget.text()[:60]!r} {widget.size().toTuple()}")
    return found


def _label_cut(label: QLabel) -> bool:
    """A text label narrower than its one line, or shorter than its wrapped lines."""
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return False
    if label.wordWrap():
        return label.height() + 1 < label.heightForWidth(label.width())
    return label.width() + 2 < label.minimumSizeHint().width()


def _sideways(section: QWidget) -> list[str]:
    """A section in its scroll area (LazyPage) must not scroll sideways at 100 %: what is
    past the right edge (buttons, columns) is not seen."""
    scroll = section.findChild(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if scroll is not None and scroll.horizontalScrollBar().isVisible():
        return [f"scrolls sideways: needs {scroll.widget().minimumSizeHint().width()} px, "
                f"has {scroll.viewport().width()}"]
    return []


@pytest.fixture
def window(qtbot, vault: Vault) -> MainWindow:
    case_id = cases.create_case(vault, "Maria Rossi — Casalmaggiore")
    cases.add_person(vault, case_id, "victim", "Maria Rossi", phone="333 1234567")
    cases.add_person(vault, case_id, "offender", "Mario Bianchi")
    notes.add_note(vault, case_id, "Primo colloquio: riferisce minacce ripetute. " * 6)
    main = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                      Settings(language="it"))
    qtbot.addWidget(main)
    main.show()
    main.open_case(case_id)
    return main


@pytest.mark.parametrize("scale", list(SIZES))
def test_every_page_fits_the_window(window, scale) -> None:
    width, height = SIZES[scale]
    problems = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        window.resize(width, height)
        QCoreApplication.processEvents()
        assert window.width() <= width and window.height() <= height, (
            f"{window.sidebar.item(row).text()}: the window cannot shrink to {width}×{height} "
            f"(it stays {window.width()}×{window.height()})")
        if scale in STRICT:
            found = _problems(window)
            if scale == "100%":
                found += _sideways(window.stack.currentWidget())
            if found:
                problems[window.sidebar.item(row).text()] = found
    assert problems == {}


def _check_dialog(dialog: QWidget, scale: str) -> list[str]:
    """``dialog`` as it opens on a screen at ``scale``: inside the screen, and at 100 % and
    125 % nothing outside it and no text cut."""
    width, height = SIZES[scale]
    dialog.show()
    QCoreApplication.processEvents()
    need = dialog.minimumSizeHint()
    if need.width() > width or need.height() > height:
        return [f"needs {need.width()}×{need.height()}"]
    if dialog.width() > width or dialog.height() > height:
        return [f"opens at {dialog.width()}×{dialog.height()}, past the screen's edge"]
    return _problems(dialog) if scale in STRICT else []


@pytest.fixture
def screen_at(monkeypatch):  # noqa: ANN201
    """Make the screen's free area that of 1366×768 at a scale (the title bar comes off it)."""
    def scaled(scale: str) -> None:
        width, height = SIZES[scale]
        monkeypatch.setattr(type(QApplication.primaryScreen()), "availableGeometry",
                            lambda self: QRect(0, 0, width, height + TITLE_BAR))
    return scaled


@pytest.mark.parametrize("scale", list(SIZES))
def test_every_dialog_fits_the_screen(window, scale, screen_at, tmp_path) -> None:
    screen_at(scale)
    problems = {}
    for name, build in every_dialog(window, tmp_path).items():
        dialog = build()
        found = _check_dialog(dialog, scale)
        if found:
            problems[name] = found
        dispose(dialog)
    assert problems == {}


@pytest.mark.parametrize("scale", list(SIZES))
def test_every_page_of_the_referral_wizard_fits_the_screen(network, open_window, scale,
                                                            screen_at) -> None:
    screen_at(scale)
    station = open_window(network["carabinieri"])
    case_id = case_with_consent(station.vault, (OfficeKind.CAV,), include_notes=True)
    wizard = ExportWizard(station.vault, case_id, station)
    problems = {}
    for page_id in wizard.pageIds():
        found = _check_dialog(wizard, scale)
        if found:
            problems[wizard.currentPage().title()] = found
        if page_id == wizard.pageIds()[0]:
            wizard.next()
            office_item(wizard, network["cav"]).setCheckState(Qt.CheckState.Checked)
        elif wizard.currentPage() is not wizard.preview_page:
            wizard.next()
    assert problems == {}


def test_an_invalid_codice_fiscale_error_is_shown_whole(window, qtbot) -> None:
    dialog = dialogs.AddPersonDialog(window.vault, window.detail.case.id, window)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Maria Rossi")
    qtbot.keyClicks(dialog.codice_fiscale, "RSSMRA80A41B11")
    dialog.accept()
    errors = [label for label in dialog.findChildren(QWidget)
              if label.isVisible() and label.accessibleName() in ("Error", "Errore")
              and getattr(label, "text", lambda: "")()]
    assert errors
    for label in errors:
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
        assert label.mapTo(dialog, label.rect().bottomRight()).y() <= dialog.height()


def _drawn_width(label: QLabel) -> int:
    """The width QLabel paints a mnemonic text with: the underlined letter is a run of its own,
    so a kerned pair across it («&Te») is not kerned."""
    text, metrics = label.text(), label.fontMetrics()
    at = text.find("&")
    return sum(metrics.horizontalAdvance(part) for part in (text[:at], text[at + 1],
                                                             text[at + 2:]))


def _right_edge(header, column: int) -> int:
    return header.sectionViewportPosition(column) + header.sectionSize(column)


def test_the_main_window_fits_a_small_or_scaled_screen(qtbot, vault, monkeypatch):
    screen = QApplication.primaryScreen()
    monkeypatch.setattr(type(screen), "availableGeometry",
                        lambda self: self.geometry().__class__(0, 0, 910, 512))
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    assert window.size().boundedTo(QSize(910, 512)) == window.size()


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
    dialog = shown_dialog(qtbot, AddPersonDialog(vault, case_id))
    for field in (dialog.role, dialog.name, dialog.phone, dialog.codice_fiscale):
        label = dialog.form.labelForField(field.parentWidget())
        assert label.width() >= _drawn_width(label)


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


@pytest.mark.parametrize(("scale", "maximised"), [("100%", True), ("150%", True),
                                                 ("large", False)])
def test_the_main_window_opens_maximised_on_a_small_screen(qtbot, vault, monkeypatch, scale,
                                                          maximised) -> None:
    """After the wizard or the unlock, on 1366×768 (at any scale) the window manager fits the
    window with its status bar into the work area; a plain 1366×768 window fell below it."""
    width, height = SIZES.get(scale, (1920, 1040))
    monkeypatch.setattr(type(QApplication.primaryScreen()), "availableGeometry",
                        lambda self: QRect(0, 0, width, height + TITLE_BAR))
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="it"))
    qtbot.addWidget(window)
    window.show_fitted()
    assert window.isMaximized() is maximised


def test_every_dialog_of_the_app_is_walked(window, tmp_path) -> None:
    """A new dialog joins tests/every_dialog.py (fit, tab order, screen reader) or says there
    where else it is checked."""
    defined = set()
    for module in pkgutil.iter_modules(ui.__path__):
        found = importlib.import_module(f"rete_desktop.ui.{module.name}")
        defined |= {name for name, value in vars(found).items() if isinstance(value, type)
                    and issubclass(value, QDialog) and value.__module__ == found.__name__}
    built = set()
    for build in every_dialog(window, tmp_path).values():
        dialog = build()
        built.add(type(dialog).__name__)
        dispose(dialog)
    assert defined - built - set(ELSEWHERE) == set()
    assert set(ELSEWHERE) <= defined  # no stale excuse
