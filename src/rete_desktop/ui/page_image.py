"""A rendered PDF page shown as wide as its pane (referral preview, attachment preview)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class PageImage(QWidget):
    """A rendered PDF page drawn as wide as the preview is, keeping its proportions."""

    def __init__(self, image: QImage) -> None:
        super().__init__()
        self.image = image
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(200)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return round(width * self.image.height() / max(1, self.image.width()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.image.size()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.rect(), self.image)
        painter.end()
