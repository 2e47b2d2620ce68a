"""The Cases section: the lazily fetched case list beside the open case's detail."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.storage.vault import Vault
from rete_desktop.ui.case_detail import CaseDetail
from rete_desktop.ui.case_model import CASE_ID_ROLE, CaseTableModel
from rete_desktop.ui.events import bridge
from rete_desktop.ui.widgets import columns_width, fit_columns

TITLE_MIN = 110  # px the case list keeps for the title column


class CasesPage(QWidget):
    """The lazily fetched case list on the left, the chosen case on the right."""

    def __init__(self, vault: Vault, detail: CaseDetail) -> None:
        super().__init__()
        self.vault = vault
        self.model = CaseTableModel(vault)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Case list"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        fit_columns(self.view.horizontalHeader(), stretch=1)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.activated.connect(self._opened)  # Enter (or double-click) on a row
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&New case…"))
        self.new_button.setToolTip("Ctrl+N")
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.new_button)
        self.list_pane = left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.view)
        self.detail = detail
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([540, 800])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.model.modelReset.connect(self._count_changed)
        self._count_changed()
        # At once even when hidden: the rows are case data, and an erased case must go.
        bridge(vault).cases_changed.connect(self.reload)

    def reload(self) -> None:
        """Fetch the list again, keeping the case shown in the detail selected."""
        self.model.reload()
        shown = self.detail.case
        row = self.model.row_of(shown.id) if shown is not None else -1
        if row >= 0:
            self.view.selectionModel().blockSignals(True)  # it is already shown
            self.view.selectRow(row)
            self.view.selectionModel().blockSignals(False)

    def _count_changed(self) -> None:
        self.count.setText(self.tr("%n case(s)", "", self.model.total))
        self._fit_list()

    def _fit_list(self) -> None:
        """Never narrower than the short columns and a readable title: status, risk and date
        stay in view at 150 % or on a small screen (the detail pane scrolls instead)."""
        self.list_pane.setMinimumWidth(columns_width(self.view, (0, 2, 3, 4)) + TITLE_MIN)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self._fit_list()  # column widths are known once the view is polished
        super().showEvent(event)

    def _selected(self, selected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.detail.show_case(indexes[0].data(CASE_ID_ROLE))

    def _opened(self, index: QModelIndex) -> None:
        """Enter opens the case: shown, and the cursor in its note editor."""
        self.detail.show_case(index.data(CASE_ID_ROLE))
        self.detail.note_editor.setFocus()

    def select_case(self, case_id: str) -> None:
        """Show a case, selected in the list if loaded there (e.g. just created)."""
        row = self.model.row_of(case_id)
        if row >= 0:
            self.view.selectRow(row)  # shows it, unless that row was already selected
        else:
            self.view.clearSelection()  # a row left selected would name another case
        if self.detail.case is None or self.detail.case.id != case_id:
            self.detail.show_case(case_id)

