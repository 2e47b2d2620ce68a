"""The Settings dialog: idle lock and language, kept outside the vault (ui/settings.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QWidget,
)

from rete_desktop.i18n import LANGUAGES
from rete_desktop.ui.settings import Settings
from rete_desktop.ui.widgets import add_form_row


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.idle = QDoubleSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setDecimals(0)
        self.idle.setValue(settings.idle_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        names = {"it": "Italiano", "en": "English"}
        for lang in LANGUAGES:
            self.language.addItem(names[lang], lang)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        form = QFormLayout(self)
        add_form_row(form, self.tr("Lock after &idle"), self.idle)
        add_form_row(form, self.tr("&Language (at next start)"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.idle_minutes = self.idle.value()
        self.settings.language = self.language.currentData()
        self.settings.save()
        super().accept()

