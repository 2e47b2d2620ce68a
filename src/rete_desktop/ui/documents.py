"""Documents built in memory and shown or printed from a page: the leaflet, the wallet cards,
the art. 90-bis sheet, the laboratorio's agenda and minutes.

A document is built before anything is shown, so a refusal (an office whose data would mislead
the woman) is explained first, never after the printer dialog. The preview draws the pages from
the bytes (no file is written); printing paints them on the printer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from rete_desktop.errors import ReteError
from rete_desktop.reports import victim_texts
from rete_desktop.ui import hooks, labels


@dataclass(frozen=True)
class BuiltDocument:
    """A document built in memory, as the preview dialog names it."""

    name: str
    media_type: str = "application/pdf"


def _built(parent: QWidget, title: str, build: Callable[[], bytes]) -> bytes | None:
    try:
        return build()
    except ReteError as exc:
        hooks.inform(parent, title, labels.error_text(exc), error=True)
        return None


def preview(parent: QWidget, title: str, name: str,
            build: Callable[[], bytes]) -> QDialog | None:
    """The document's pages in a dialog with a Print button (the refusal in a message box
    instead)."""
    from rete_desktop.ui.attachments import PreviewDialog  # pdfium only when needed

    data = _built(parent, title, build)
    if data is None:
        return None
    dialog = PreviewDialog(BuiltDocument(name), data, parent)
    dialog.print_button.setVisible(dialog.images() != [])  # print what is on the screen
    dialog.print_button.clicked.connect(lambda: hooks.print_document(dialog, lambda: data))
    dialog.open()
    return dialog


def print_built(parent: QWidget, title: str, build: Callable[[], bytes]) -> None:
    """The printer dialog for the document (the refusal in a message box instead)."""
    data = _built(parent, title, build)
    if data is not None:
        hooks.print_document(parent, lambda: data)


def fill_languages(combo: QComboBox, chosen: str) -> None:
    """The documents' languages, each by its own name ("العربية", "Shqip")."""
    for lang in victim_texts.languages():
        combo.addItem(victim_texts.language_name(lang), lang)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))


def fill_documents(combo: QComboBox) -> None:
    """The three documents handed to a woman, by what they are called at the desk."""
    combo.addItem(QCoreApplication.translate("Documents", "Leaflet"), "leaflet")
    combo.addItem(QCoreApplication.translate("Documents", "Wallet cards (8 per sheet)"), "card")
    combo.addItem(QCoreApplication.translate("Documents", "Rights sheet (art. 90-bis c.p.p.)"),
                  "info-sheet")
