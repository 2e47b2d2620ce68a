"""The office's data-protection duties (GDPR art. 5, 15, 17, 30): cases due for retention review,
the record of processing activities, a person's access export and the erasure of a case.

The same service functions as ``rete retention review``, ``rete processing-register``,
``rete person export`` and ``rete case erase``. Erasure cannot be undone, so its button only
works once the operator has typed the case's reference.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.records import Case
from rete_desktop.errors import ReteError
from rete_desktop.i18n import translate
from rete_desktop.lab import erasure as case_erasure
from rete_desktop.storage import cases, erasure, retention
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.erasure_words import erased_in_words
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import dialogs, hooks, labels, style
from rete_desktop.ui.access_export import AccessExportBox
from rete_desktop.ui.events import bridge, keep_fresh
from rete_desktop.ui.stats_page import read_only
from rete_desktop.ui.widgets import add_form_row

CASE_ROLE = Qt.ItemDataRole.UserRole + 2


def _find_case(vault: Vault, text: str) -> Case | None:
    """The case a reference (or id) names, without recording a read; None if none does."""
    try:
        return cases.get_case(vault, text.strip(), audit_read=False) if text.strip() else None
    except ReteError:
        return None


class DataProtectionPage(QWidget):
    """Retention review on the left; register, access export and erasure on the right."""

    open_case = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self._erase_target: Case | None = None
        columns = QHBoxLayout(self)
        columns.addWidget(self._retention_box(), 3)
        right = QVBoxLayout()
        right.addWidget(self._register_box())
        self.access = AccessExportBox(vault)
        right.addWidget(self.access)
        right.addWidget(self._erase_box())
        right.addStretch(1)
        columns.addLayout(right, 2)
        # every change is audited; the cases due for review follow them
        keep_fresh(self, self.refresh, bridge(vault).audit_appended, load_on_show=True)

    # --- retention ---------------------------------------------------------------------------

    def _retention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cases due for retention review"))
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.review = QTableWidget(0, 4)
        self.review.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Status"),
                                               self.tr("Since"), self.tr("Review due")])
        self.review.setAccessibleName(self.tr("Cases due for retention review"))
        self.review.verticalHeader().setVisible(False)
        read_only(self.review)
        self.review.itemActivated.connect(self._review_activated)
        self.review_summary = QLabel()
        self.review_summary.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.policy)
        column.addWidget(self.review, 1)
        column.addWidget(self.review_summary)
        return box

    def refresh(self) -> None:
        lang = labels.language()
        # An earlier erasure's clean-up that failed (a full disk); if it still fails, the
        # erasure's message has said what to do.
        with contextlib.suppress(ReteError):
            erasure.finish_pending(self.vault)
        never = translate("retention.never", lang)
        policy = {k: never if v is None else v
                  for k, v in retention.get_policy(self.vault).as_json().items()}
        self.policy.setText(translate("retention.policy", lang, **policy))
        items = retention.review_list(self.vault)
        self.review.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, value in enumerate([item.reference, labels.status(item.status),
                                            item.since.strftime("%d/%m/%Y"),
                                            item.due_on.strftime("%d/%m/%Y")]):
                cell = QTableWidgetItem(value)
                cell.setData(CASE_ROLE, item.case_id)
                self.review.setItem(row, column, cell)
        self.review.resizeColumnsToContents()
        self.review_summary.setText(
            self.tr("Double-click a case to open it; decide whether to keep or erase it.")
            if items else translate("retention.none_due", lang))

    def _review_activated(self, item: QTableWidgetItem) -> None:
        self.open_case.emit(item.data(CASE_ROLE))

    # --- record of processing activities -----------------------------------------------------

    def _register_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record of processing activities (art. 30)"))
        self.print_register = QPushButton(self.tr("&Print the register…"))
        self.print_register.clicked.connect(self._print_register)
        self.save_register = QPushButton(self.tr("Save as P&DF…"))
        self.save_register.clicked.connect(
            lambda: hooks.choose_file(self, self.tr("Save the register"), "PDF (*.pdf)",
                                      self._write_register,
                                      save_as=self.tr("processing-register.pdf",
                                                             "file name")))
        self.contacts_button = QPushButton(self.tr("Co&ntroller and DPO…"))
        self.contacts_button.setToolTip(self.tr(
            "Contact details of the controller and the data protection officer, printed in the "
            "register"))
        self.contacts_button.clicked.connect(self._edit_contacts)
        row = QHBoxLayout(box)
        row.addWidget(self.print_register)
        row.addWidget(self.save_register)
        row.addWidget(self.contacts_button)
        row.addStretch(1)
        return box

    def _edit_contacts(self) -> None:
        from rete_desktop.ui.privacy_contacts import PrivacyContactsDialog

        dialogs.open_form(PrivacyContactsDialog(self.vault, self), lambda _: None)

    def register_pdf(self) -> bytes:
        from rete_desktop.reports.processing_register_pdf import processing_register

        return processing_register(self.vault, labels.language())

    def _write_register(self, path: str) -> None:
        self._write(path, self.register_pdf)

    def _print_register(self) -> None:
        hooks.print_document(self, self.register_pdf)

    # --- erasure -----------------------------------------------------------------------------

    def _erase_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Erase a case for good (art. 17)"))
        self.erase_case = QLineEdit()
        self.erase_case.setAccessibleName(self.tr("Case to erase"))
        self.erase_case.setPlaceholderText(self.tr("Case reference, e.g. 2026/0042"))
        self.erase_case.textChanged.connect(self._erase_case_typed)
        self.erase_summary = QLabel()
        self.erase_summary.setWordWrap(True)
        self.erase_confirm = QLineEdit()
        self.erase_confirm.setAccessibleName(self.tr("Type the case reference to confirm"))
        self.erase_confirm.textChanged.connect(self._erase_ready)
        self.erase_button = QPushButton(self.tr("Erase for good"))
        self.erase_button.setStyleSheet(f"QPushButton:enabled {{ color: {style.ERROR}; "
                                        "font-weight: bold; }")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        form = QFormLayout(box)
        add_form_row(form, self.tr("Case to &erase"), self.erase_case)
        form.addRow(self.erase_summary)
        add_form_row(form, self.tr("&Type its reference"), self.erase_confirm)
        form.addRow(self.erase_button)
        return box

    def _erase_case_typed(self) -> None:
        self._erase_target = _find_case(self.vault, self.erase_case.text())
        self.erase_confirm.clear()
        case = self._erase_target
        if case is None:
            self.erase_summary.setText(self.tr("No such case.") if self.erase_case.text().strip()
                                       else "")
        else:
            held = erasure.held(self.vault, case.id)
            notes, persons = held["notes"], held["persons"]
            self.erase_summary.setText(self.tr(
                "Case {0}: {1}, {2}. Everything will be removed from the vault "
                "and cannot be restored (earlier backups still hold it). To confirm, type "
                "the reference {0} below.").format(case.reference,
                                                   self.tr("%n note(s)", "", notes),
                                                   self.tr("%n person(s)", "", persons)))
        self._erase_ready()

    def _erase_ready(self) -> None:
        case = self._erase_target
        self.erase_button.setEnabled(
            case is not None and self.erase_confirm.text().strip() == case.reference)

    def erase(self) -> None:
        case = self._erase_target
        if case is None or self.erase_confirm.text().strip() != case.reference:
            return
        try:
            report = case_erasure.erase_case(self.vault, case.id)
        except ReteError as exc:
            hooks.inform(self, self.tr("Data protection"), labels.error_text(exc), error=True)
            return
        self.erase_case.clear()
        lang = labels.language()
        done = translate("erasure.done", lang, case=case.reference,
                         detail=erased_in_words(report.counts, lang))
        if report.cleanup_error:
            done += "\n" + translate("erasure.cleanup_failed", lang,
                                     reason=report.cleanup_error)
        self.erase_summary.setText(done)
        self.refresh()

    def _write(self, path: str, make: Callable[[], bytes]) -> None:
        try:
            write_atomic(Path(path), make())
        except (ReteError, OSError) as exc:
            hooks.inform(self, self.tr("Data protection"), labels.error_text(exc), error=True)
