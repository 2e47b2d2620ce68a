"""Helpers of the GUI tests that more than one file needs (fixtures are in conftest.py)."""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QListWidgetItem, QWidget  # noqa: E402

from rete_desktop.domain.records import Consent  # noqa: E402
from rete_desktop.domain.vocabulary import OfficeKind  # noqa: E402
from rete_desktop.storage import cases, notes  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui.export_wizard import ExportWizard  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from tests.packet_fixtures import Office  # noqa: E402


def case_with_consent(vault: Vault, share_with: tuple[OfficeKind, ...], *,
                       include_notes: bool) -> str:
    case_id = cases.create_case(vault, "Maria Rossi — Casalmaggiore")
    cases.add_person(vault, case_id, "victim", "Maria Rossi", phone="333 1234567")
    cases.add_person(vault, case_id, "child", "Lia Rossi", birth_year=2018, exposure="witnessed")
    notes.add_note(vault, case_id, "Colloquio: riferisce minacce, chiede aiuto.")
    notes.add_note(vault, case_id, "Nota interna che resta in stazione.")
    cases.set_consent(vault, case_id, Consent(share_with=share_with, include_notes=include_notes,
                                              recorded_on=date.today()))
    return case_id


def office_item(wizard: ExportWizard, office: Office) -> QListWidgetItem:
    offices = wizard.recipients_page.offices
    return next(offices.item(i) for i in range(offices.count())
                if offices.item(i).data(Qt.ItemDataRole.UserRole) == office.office_id)


def register_statuses(window: MainWindow, page) -> list[str]:  # noqa: ANN001
    register_view = page.register
    register_view.reload()
    return [register_view.topLevelItem(i).text(4)
            for i in range(register_view.topLevelItemCount())]


def shown_dialog(qtbot, dialog: QDialog, first=None) -> QDialog:  # noqa: ANN001
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


def go(window: MainWindow, keys: str) -> QWidget:
    """Trigger the Go menu entry bound to ``keys``; the section now on screen."""
    for action in window.actions():
        if keys in [s.toString() for s in action.shortcuts()]:
            action.trigger()
            return window.stack.currentWidget()
    raise AssertionError(f"no action for {keys}")
