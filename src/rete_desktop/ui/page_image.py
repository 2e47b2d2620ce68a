"""A rendered PDF page shown as wide as its pane (referral preview, attachment preview)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class PageImage(QWidget):
    """A rendered PDF page drawn as wide as the preview is, keeping its proportions.

    Given ``render`` and the page's ``size`` instead of an image, the page is rendered only
    when it is painted (in view) and not kept here: a long scan's preview holds the pages on
    screen, not all of them (``pdf.PdfPages`` keeps the last few)."""

    def __init__(self, image: QImage | None = None, *, size: QSize | None = None,
                 render: Callable[[], QImage] | None = None) -> None:
        super().__init__()
        self._image, self._render = image, render
        self._size = image.size() if image is not None else size or QSize(1, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(200)

    @property
    def image(self) -> QImage:
        if self._image is not None or self._render is None:
            return self._image if self._image is not None else QImage()
        return self._render()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return round(width * self._size.height() / max(1, self._size.width()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._size

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.rect(), self.image)
        painter.end()
