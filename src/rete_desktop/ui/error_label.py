"""The inline error label, in a module of its own: the unlock dialog needs it before anything
else of the app is loaded, and ``widgets.py`` (Qt's ``Qt`` namespace, the message catalogue's
helpers) costs tens of milliseconds to import (``benchmarks/startup.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from rete_desktop.ui import style


class ErrorLabel(QLabel):
    """Red text under a field; hidden when empty so the layout does not jump."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(style.ERROR_TEXT)
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
