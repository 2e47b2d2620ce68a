"""Who opened or changed which case, and when: the vault's hash-chained audit log, filtered by
case, with a button that recomputes the whole chain. The data-protection duties sit in the
second tab (:mod:`rete_desktop.ui.dataprotection_page`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.errors import ReteError
from rete_desktop.i18n import translate
from rete_desktop.storage import audit, cases
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import labels, style
from rete_desktop.ui.dataprotection_page import DataProtectionPage
from rete_desktop.ui.events import bridge, keep_fresh
from rete_desktop.ui.stats_page import read_only

CASE_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN = 1000  # newest entries listed; the verification always reads them all


class AuditLogTab(QWidget):
    """The newest entries (or those of one case); double-click opens the case."""

    open_case = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.case_id: str | None = None
        operator = QLabel(self.tr("Operator of this session: <b>{0}</b>").format(
            escape(vault.operator)))
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter by case"))
        self.filter.setPlaceholderText(self.tr("Case reference, e.g. 2026/0042 (empty: all)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.returnPressed.connect(self.refresh)
        filter_label = QLabel(self.tr("&Case:"))
        filter_label.setBuddy(self.filter)
        apply = QPushButton(self.tr("&Filter"))
        apply.clicked.connect(self.refresh)
        self.verify_button = QPushButton(self.tr("&Verify the log"))
        self.verify_button.setToolTip(self.tr("Recomputes the chain of every entry: any entry "
                                              "changed or removed is found"))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result of the verification"))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(apply)
        top.addSpacing(24)
        top.addWidget(self.verify_button)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Operator"),
                                              self.tr("What"), self.tr("Case"),
                                              self.tr("Detail")])
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.verticalHeader().setVisible(False)
        read_only(self.table)
        self.table.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(operator)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        keep_fresh(self, self.refresh, bridge(vault).audit_appended, load_on_show=True)

    def refresh(self) -> None:
        text = self.filter.text().strip()
        self.result.clear()
        try:
            self.case_id = cases.resolve_case_id(self.vault, text) if text else None
        except ReteError as exc:
            self.case_id = None
            self.table.setRowCount(0)
            self.summary.setText(labels.error_text(exc))
            return
        entries = audit.entries_with_cases(self.vault, self.case_id, limit=SHOWN)
        lang = labels.language()
        self.table.setRowCount(len(entries))
        for row, item in enumerate(entries):
            entry = item.entry
            action, detail = audit.describe(item, lang)
            values = [entry.at.astimezone().strftime("%d/%m/%Y %H:%M:%S"), entry.actor,
                      action, item.reference or "", detail]
            cells = [QTableWidgetItem(value) for value in values]
            cells[-1].setToolTip(entry.detail)  # the recorded codes, for whoever checks the log
            for column, cell in enumerate(cells):
                cell.setData(CASE_ROLE, item.case_id if item.reference else None)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.summary.setText(
            self.tr("%n entry(ies), newest first.", "", len(entries)) if len(entries) < SHOWN
            else self.tr("The newest {0} entries.").format(SHOWN))

    def verify(self) -> None:
        """Recompute every entry's hash; say plainly whether the log is intact."""
        lang = labels.language()
        try:
            count = audit.verify_chain(self.vault)
        except ReteError as exc:
            self.result.setStyleSheet(style.ERROR_BOLD)
            self.result.setText(exc.message(lang))
            return
        self.result.setStyleSheet(style.OK_BOLD)
        self.result.setText(translate("audit.ok", lang, entries=count,
                                      head=audit.fingerprint(self.vault)))

    def _activated(self, item: QTableWidgetItem) -> None:
        case_id = item.data(CASE_ROLE)
        if case_id:
            self.open_case.emit(case_id)


class AuditPage(QWidget):
    """Tabs: the access log, and the data-protection duties."""

    open_case = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.log = AuditLogTab(vault)
        self.data_protection = DataProtectionPage(vault)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Audit and data protection"))
        self.tabs.addTab(self.log, self.tr("Audit log"))
        self.tabs.addTab(self.data_protection, self.tr("Data protection"))
        self.log.open_case.connect(self.open_case)
        self.data_protection.open_case.connect(self.open_case)
        QVBoxLayout(self).addWidget(self.tabs)

    def refresh(self) -> None:
        self.log.refresh()
        self.data_protection.refresh()
