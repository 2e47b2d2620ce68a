"""The case list as a lazy table model: pages fetched from SQL as the view scrolls.

Sorting is done by the database (``cases.list_cases(order_by=..., descending=...)``), so a
vault of 100k cases costs one page of rows in memory until the user scrolls further.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from rete_desktop.domain.records import Case
from rete_desktop.domain.vocabulary import RiskLevel
from rete_desktop.storage import cases
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import labels, style

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("reference", "title", "status", "risk", "opened_on")


class CaseTableModel(QAbstractTableModel):
    def __init__(self, vault: Vault, page_size: int = 200) -> None:
        super().__init__()
        self._vault: Vault | None = vault
        self._page = page_size
        self._rows: list[Case] = []
        self._order_by = "reference"
        self._descending = True
        self._total = cases.count_cases(vault)
        self.fetchMore(QModelIndex())

    # --- lazy fetching -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._vault is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._vault is None:
            return
        page = cases.list_cases(
            self._vault, order_by=self._order_by, descending=self._descending,
            limit=min(self._page, self._total - len(self._rows)), offset=len(self._rows),
        )
        if not page:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order_by = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after adding a case or changing the order)."""
        self.beginResetModel()
        self._rows = []
        self._total = cases.count_cases(self._vault) if self._vault is not None else 0
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Drop every row and the vault reference (called when the app locks)."""
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._vault = None
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row_of(self, case_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == case_id), -1)

    # --- data ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        case = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "status":
                return labels.status(case.status)
            if column == "risk":
                return labels.risk(case.risk)
            if column == "opened_on":
                return case.opened_on.strftime("%d/%m/%Y")
            return getattr(case, column)
        if role == CASE_ID_ROLE:
            return case.id
        if case.risk is RiskLevel.HIGH and column == "risk":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(style.ERROR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Reference"), self.tr("Case"), self.tr("Status"), self.tr("Risk"),
                self.tr("Opened"))[section]
