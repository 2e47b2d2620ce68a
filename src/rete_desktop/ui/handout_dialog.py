"""Give her a document, from her case: the leaflet, the wallet card or the art. 90-bis sheet in
her language, previewed or printed here, and the hand-over recorded in the case (a note, the
audit log, and the Codice Rosso step "informazioni-90bis" ticked for the rights sheet)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from rete_desktop.storage import handouts
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import documents, labels
from rete_desktop.ui.dialogs import FormDialog
from rete_desktop.ui.widgets import picked_day


class HandoutDialog(FormDialog):
    """Choose the document and her language; Preview and Print build it from the directory and
    the profiles (never from the case); OK records that it was handed over."""

    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Give her a document"), parent)
        self.case_id = case_id
        self.document = QComboBox()
        self.document.setAccessibleName(self.tr("Document handed over"))
        documents.fill_documents(self.document)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Her language"))
        documents.fill_languages(self.language, labels.language())
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Day it was handed over"))
        self.tick_step = QCheckBox(self.tr("Also mark the Codice Rosso step «informazioni-90bis» "
                                           "done"))
        self.tick_step.setChecked(True)
        self.errors.add_row("document", self.tr("&Document"), self.document)
        self.errors.add_row("language", self.tr("&Language"), self.language)
        self.errors.add_row("date", self.tr("Handed over &on"), self.day)
        self.form.addRow(self.tick_step)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Record as given"))
        self.preview_button = self.buttons.addButton(self.tr("Pre&view"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        self.print_button = self.buttons.addButton(self.tr("&Print…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_document)
        self.document.currentIndexChanged.connect(self._document_chosen)
        self._document_chosen()

    def _document_chosen(self) -> None:
        """The step tick box only for the rights sheet, and only while the step is open."""
        self.tick_step.setVisible(self.document.currentData() == handouts.RIGHTS_SHEET and
                                  handouts.open_rights_step(self.vault, self.case_id) is not None)

    def pdf(self) -> bytes:
        from rete_desktop.reports.handouts_pdf import document_pdf  # reportlab when needed

        return document_pdf(self.vault, self.document.currentData(),
                            self.language.currentData(), date.today())

    def preview(self) -> QDialog | None:
        return documents.preview(self, self.windowTitle(), self.document.currentText(), self.pdf)

    def print_document(self) -> None:
        documents.print_built(self, self.windowTitle(), self.pdf)

    def submit(self) -> handouts.Handout:
        return handouts.record_handout(
            self.vault, self.case_id, self.document.currentData(), self.language.currentData(),
            picked_day(self.day), tick_step=not self.tick_step.isHidden() and
            self.tick_step.isChecked())
