"""The case list as a lazy table model: pages fetched from SQL as the view scrolls.

Sorting is done by the database, page by page with keyset paging (``cases.cases_after``: each
page starts after the previous page's last sort key, so the last page of 100k cases costs what
the first does). Only the pages near what the view shows stay in memory: a page scrolled far
away is dropped and read again, by its known starting key, if the user scrolls back.
"""

from __future__ import annotations

from collections import OrderedDict
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
    def __init__(self, vault: Vault, page_size: int = 200, kept_pages: int = 6) -> None:
        super().__init__()
        self._vault: Vault | None = vault
        self._page = page_size
        self._kept = kept_pages
        self._order_by = "reference"
        self._descending = True
        self._pages: OrderedDict[int, list[Case]] = OrderedDict()  # the least recent first
        self._starts: list[cases.SortKey | None] = [None]  # page n begins after _starts[n]
        self._shown = 0  # rows the view knows of (fetched so far)
        self._total = cases.count_cases(vault)
        self.fetchMore(QModelIndex())

    # --- lazy fetching -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._vault is not None and self._shown < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        number = self._shown // self._page
        page = self._load(number)
        if not page:
            self._total = self._shown
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + len(page) - 1)
        self._shown += len(page)
        self.endInsertRows()

    def _load(self, number: int) -> list[Case]:
        """Page ``number``, from memory or read again after its known starting key."""
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if self._vault is None or number >= len(self._starts):
            return []
        page, last = cases.cases_after(self._vault, order_by=self._order_by,
                                       descending=self._descending,
                                       after=self._starts[number], limit=self._page)
        if number + 1 == len(self._starts) and last is not None:
            self._starts.append(last)
        self._pages[number] = page
        while len(self._pages) > self._kept:  # far from the view: read again if needed
            self._pages.popitem(last=False)
        return page

    def _case(self, row: int) -> Case | None:
        if not 0 <= row < self._shown:
            return None
        page = self._load(row // self._page)
        offset = row % self._page
        return page[offset] if offset < len(page) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order_by = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after adding a case or changing the order)."""
        self.beginResetModel()
        self._forget()
        self._total = cases.count_cases(self._vault) if self._vault is not None else 0
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Drop every row and the vault reference (called when the app locks)."""
        self.beginResetModel()
        self._forget()
        self._total = 0
        self._vault = None
        self.endResetModel()

    def _forget(self) -> None:
        self._pages.clear()
        self._starts = [None]
        self._shown = 0

    @property
    def loaded_rows(self) -> int:
        """Rows held in memory now (a few pages around what was last shown)."""
        return sum(len(page) for page in self._pages.values())

    @property
    def total(self) -> int:
        return self._total

    def row_of(self, case_id: str) -> int:
        """The case's row among those fetched so far, -1 if it is not (yet) among them."""
        for number, page in self._pages.items():
            for offset, case in enumerate(page):
                if case.id == case_id:
                    return number * self._page + offset
        if self._vault is None:
            return -1
        row = cases.position(self._vault, case_id, order_by=self._order_by,
                             descending=self._descending)
        return row if row is not None and row < self._shown else -1

    # --- data ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self._case(index.row()) if index.isValid() else None
        if case is None:
            return None
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
