"""Copying a phone number or an address: the clipboard is wiped again after a delay."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from rete_desktop.ui.settings import CLIPBOARD_SECONDS


class SecureClipboard(QObject):
    """Copies text and clears it after ``seconds``, only if the clipboard still holds it."""

    def __init__(self, seconds: float = CLIPBOARD_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(seconds * 1000))
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._text = text
        self._timer.start()

    def clear(self) -> None:
        """Wipe our text now (also on lock); someone else's copied text is left alone."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._text is not None and clipboard.text() == self._text:
            clipboard.clear()
        self._text = None
