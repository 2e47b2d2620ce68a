"""The notes of a case as one virtualised list: a model row per original note (its amendments
travel with it) and a delegate that paints only the rows on screen.

A widget tree per note cost seconds and a hundred megabytes at a few thousand notes (issue 14);
a list model keeps one small record per note and the view lays out and paints what is visible.
The rows are read from SQL a page at a time, newest first (``notes.timeline_page``, keyset
paging as the case list does), and the view asks for the next page when its last row comes into
sight (``canFetchMore``/``fetchMore``): opening a case with 5,000 notes reads what opening one
with 50 does. Screen readers get each note's whole text (date, category, author, text,
amendments) from the model's display and accessible-text roles, as for any list item.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from rete_desktop.domain.records import Note
from rete_desktop.storage import notes
from rete_desktop.storage.notes import Thread, TimelineKey
from rete_desktop.storage.vault import Readable
from rete_desktop.ui import labels, style

Index = QModelIndex | QPersistentModelIndex
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 6  # inside a note's frame
INDENT = 18  # an amendment sits under its original, behind a bar in the highlight colour
WRAP = Qt.TextFlag.TextWordWrap.value | Qt.AlignmentFlag.AlignLeft.value
BATCH = 50  # rows laid out per step: the first screen paints before the rest is measured
PAGE = 50  # originals read from the vault per step; a screen shows about ten


def _stamp(note: Note) -> str:
    return note.created.strftime("%d/%m/%Y %H:%M")


class NotesModel(QAbstractListModel):
    """The rows of the timeline, read page by page; ``NOTE_ROLE`` gives the original
    :class:`Note`. The rows read stay (a case's notes are a few kilobytes each)."""

    def __init__(self) -> None:
        super().__init__()
        self._vault: Readable | None = None
        self.case_id: str | None = None
        self._rows: list[Thread] = []
        self._after: TimelineKey | None = None  # where the next page starts; None: no more

    def show_case(self, vault: Readable, case_id: str, at_least: int = 0) -> None:
        """Start again from the case's newest note, reading ``at_least`` rows (at least a
        page) at once: a refresh of the case on screen keeps what had been scrolled to."""
        self.beginResetModel()
        self._vault, self.case_id = vault, case_id
        self._rows, self._after = [], None
        self._rows = self._next_page(max(PAGE, at_least))
        self.endResetModel()

    def clear(self) -> None:
        """Drop the rows and the vault (the case closed, erased, or the app locked)."""
        self.beginResetModel()
        self._vault, self.case_id, self._rows, self._after = None, None, [], None
        self.endResetModel()

    def _next_page(self, limit: int) -> list[Thread]:
        """The ``limit`` rows after those read; moves the start of the next page."""
        if self._vault is None or self.case_id is None:
            return []
        page, self._after = notes.timeline_page(self._vault, self.case_id, after=self._after,
                                                limit=limit)
        return page

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and self._vault is not None and self._after is not None

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 (Qt API)
        if not self.canFetchMore(parent):
            return
        page = self._next_page(PAGE)
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    def entry(self, row: int) -> Thread:
        return self._rows[row]

    def row_of(self, note_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.note.id == note_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def header(self, note: Note) -> str:
        return " · ".join((_stamp(note), labels.category(note.category), note.author or ""))

    def amendment_header(self, amendment: Note) -> str:
        return self.tr("Amendment of {0} ({1}):").format(_stamp(amendment),
                                                          amendment.author or "")

    def spoken(self, entry: Thread) -> str:
        """The whole row as plain text: what a screen reader reads and a copy contains."""
        parts = [self.header(entry.note), entry.note.text]
        for amendment in entry.amendments:
            parts += [self.amendment_header(amendment), amendment.text]
        return "\n".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.spoken(entry)
        if role == NOTE_ROLE:
            return entry.note
        return None


@dataclass(frozen=True)
class _Block:
    rect: QRect
    text: str
    bold: bool
    muted: bool
    bar: bool  # an amendment's text, drawn behind a coloured bar


class NoteDelegate(QStyledItemDelegate):
    """Paints a note like a card: header, text (greyed once amended), amendments under it.

    Row heights depend on the width (wrapped text), so they are cached per width: scrolling
    and repainting measure nothing twice.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}

    def forget_sizes(self) -> None:
        self._heights.clear()

    def _blocks(self, model: NotesModel, entry: Thread, font: QFont, left: int, top: int,
                width: int) -> list[_Block]:
        bold_font = QFont(font)
        bold_font.setBold(True)
        plain, bold = QFontMetrics(font), QFontMetrics(bold_font)
        inner = max(width - 2 * PAD, 40)
        blocks: list[_Block] = []
        y = top + PAD

        def add(text: str, is_bold: bool, muted: bool, indent: int, bar: bool) -> None:
            nonlocal y
            metrics = bold if is_bold else plain
            span = max(inner - indent, 40)
            height = metrics.boundingRect(QRect(0, 0, span, 1_000_000), WRAP, text).height()
            blocks.append(_Block(QRect(left + PAD + indent, y, span, height), text, is_bold,
                                 muted, bar))
            y += height + 2

        add(model.header(entry.note), True, False, 0, False)
        add(entry.note.text, False, bool(entry.amendments), 0, False)
        for amendment in entry.amendments:
            y += 2
            add(model.amendment_header(amendment), True, False, INDENT, True)
            add(amendment.text, False, False, INDENT, True)
        return blocks

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        """The width a row gets: the list's, as notes wrap to it (the option has none yet)."""
        view = option.widget
        if isinstance(view, QListView):
            return max(view.viewport().width() - 2 * view.spacing(), 120)
        return max(option.rect.width(), 120)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        model = index.model()
        assert isinstance(model, NotesModel)
        entry = model.entry(index.row())
        width = self._width(option)
        key = (entry.note.id + "+".join(a.id for a in entry.amendments), width)
        height = self._heights.get(key)
        if height is None:
            blocks = self._blocks(model, entry, option.font, 0, 0,
                                  width)
            height = self._heights[key] = blocks[-1].rect.bottom() + PAD + 2
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        assert isinstance(model, NotesModel)
        entry = model.entry(index.row())
        rect: QRect = option.rect
        widget = option.widget
        qstyle = widget.style() if widget is not None else QApplication.style()
        qstyle.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                             widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect.adjusted(1, 1, -2, -2))
        font: QFont = option.font
        for block in self._blocks(model, entry, font, rect.left(), rect.top(), rect.width()):
            if block.bar:
                painter.fillRect(QRect(block.rect.left() - 9, block.rect.top(), 3,
                                       block.rect.height() + 2),
                                 palette.color(QPalette.ColorRole.Highlight))
            drawn = QFont(font)
            drawn.setBold(block.bold)
            painter.setFont(drawn)
            painter.setPen(QColor(style.MUTED) if block.muted and not selected else text_colour)
            painter.drawText(block.rect, WRAP, block.text)
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(option)
            focus.rect = rect.adjusted(2, 2, -3, -3)
            qstyle.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter,
                                 widget)
        painter.restore()


class NoteTimeline(QListView):
    """The list of notes; Enter or a double click on a note asks to amend it."""

    def __init__(self) -> None:
        super().__init__()
        self.notes = NotesModel()
        self.setModel(self.notes)
        self.delegate = NoteDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setAccessibleName(self.tr("Notes"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH)
        self.setWordWrap(True)
        self.setSpacing(2)

    def show_case(self, vault: Readable, case_id: str) -> None:
        """Show the case's newest notes (older ones come as the list scrolls). Shown again
        (a note added or amended), it keeps the rows already read and the chosen note."""
        same = self.notes.case_id == case_id
        chosen = self.current_note() if same else None
        self.notes.show_case(vault, case_id, at_least=self.notes.rowCount() if same else 0)
        row = self.notes.row_of(chosen.id) if chosen is not None else -1
        if row >= 0:
            self.setCurrentIndex(self.notes.index(row))

    def clear(self) -> None:
        self.notes.clear()
        self.delegate.forget_sizes()

    def current_note(self) -> Note | None:
        index = self.currentIndex()
        return self.notes.entry(index.row()).note if index.isValid() else None
