"""Sections built the first time they are shown (laboratorio, statistics, handbook, network,
audit): their heavy libraries load only when someone opens them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class LazyPage(QWidget):
    """A section built the first time it is shown, so heavy screens (charts, PDF libraries)
    don't slow the unlock; :meth:`page` builds it on demand (also for tests)."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._build()
            # Inside a scroll area: on a small or scaled screen (1366×768 at 125–150 %) the
            # page scrolls instead of pushing the window past the screen's edge.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self._page)
            self._layout.addWidget(scroll)
            scroll.show()  # a child added to a shown widget stays hidden otherwise
        return self._page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.page()
        super().showEvent(event)

