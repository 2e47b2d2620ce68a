"""The case's attachments: add by file dialog or drag and drop, list, preview, save a copy.

Files go straight into the vault (``storage.attachments``). Images and PDFs are previewed from
the bytes in memory (``QImageReader``, pdfium pages rendered as they come into view): no temp
file, no thumbnail cache.
Writing a plaintext copy to disk is the one way out, and only after the operator confirms.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QImageReader, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Attachment
from rete_desktop.errors import ReteError
from rete_desktop.storage import attachments
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import hooks, labels, pdf, style
from rete_desktop.ui.page_image import PageImage
from rete_desktop.ui.widgets import ErrorLabel, resize_within_screen

PREVIEW_DPI = 110.0
MAX_PREVIEW_PAGES = 30  # a long scan is previewed in part; "Save a copy…" gives all of it
MAX_IMAGE_WIDTH = 2000  # pixels: a bigger picture is decoded scaled down to this


def previewable(attachment: Attachment) -> bool:
    return attachment.media_type == "application/pdf" or attachment.media_type.startswith(
        "image/")


class Shown(Protocol):
    """What the preview needs of a file: an attachment, or a document built in memory."""

    @property
    def name(self) -> str: ...

    @property
    def media_type(self) -> str: ...


class PreviewDialog(QDialog):
    """An image or the pages of a PDF, drawn from bytes in memory; a PDF can be printed
    (the pages are painted on the printer: no file in between)."""

    def __init__(self, attachment: Shown, data: bytes, parent: QWidget,
                 vault: Vault | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(attachment.name)
        resize_within_screen(self, 760, 820)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.pages = QWidget()
        self.pages.setAccessibleName(self.tr("Attachment preview"))
        self.pages.setStyleSheet(style.PAGES)
        pages_layout = QVBoxLayout(self.pages)
        pages_layout.setContentsMargins(12, 12, 12, 12)
        pages_layout.setSpacing(12)
        for page in self._pages(attachment, data):
            pages_layout.addWidget(page)
        pages_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.print_button = buttons.addButton(self.tr("&Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        # a vault's attachment prints from the vault again, so the print is audited
        kept = attachment if isinstance(attachment, Attachment) and vault is not None else None
        self.print_button.setVisible(kept is not None and self.images() != [] and
                                     attachment.media_type == "application/pdf")
        if kept is not None and vault is not None:
            self.print_button.clicked.connect(lambda: hooks.print_document(
                self, lambda: attachments.attachment_data(
                    vault, kept.id, audit=AuditAction.ATTACHMENT_PRINT)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _pages(self, attachment: Shown, data: bytes) -> list[PageImage]:
        if attachment.media_type.startswith("image/"):
            image = _picture(data)
            if image.isNull():
                self.notice.setText(self.tr("This image cannot be shown: the file is damaged "
                                            "or of a kind the app does not read."))
                return []
            return [PageImage(image)]
        try:  # pages are rendered as they come into view (pdf.PdfPages), not all at once
            document = pdf.PdfPages(data, PREVIEW_DPI)
            self.finished.connect(document.close)
            count = len(document)
            pages = [PageImage(size=document.size(index), render=partial(document.image, index))
                     for index in range(min(count, MAX_PREVIEW_PAGES))]
        except Exception:  # noqa: BLE001 - pdfium refuses a damaged file with its own errors
            self.notice.setText(self.tr("This PDF cannot be shown: the file is damaged."))
            return []
        if count > len(pages):
            self.notice.setText(self.tr("Only %n page(s) of {0} shown; save a copy to read them "
                                        "all.", "", len(pages)).format(count))
        return pages

    def images(self) -> list[PageImage]:
        return self.pages.findChildren(PageImage)


def _picture(data: bytes) -> QImage:
    """The image, decoded no wider than :data:`MAX_IMAGE_WIDTH` (a 12-megapixel photo
    decoded whole is 48 MB; the preview is a few hundred pixels wide)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and size.width() > MAX_IMAGE_WIDTH:
        reader.setScaledSize(size.scaled(MAX_IMAGE_WIDTH, size.height(),
                                         Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    del reader  # the reader goes before the buffer it reads from, never after
    return image


class AttachmentsSection(QWidget):
    """Heading, buttons and the table of a case's attachments; files can be dropped on it."""

    def __init__(self, vault: Vault, status_message: Callable[[str], None]) -> None:
        super().__init__()
        self.vault = vault
        self._say = status_message
        self.case_id: str | None = None
        self._files: list[Attachment] = []
        self.setAcceptDrops(True)
        self.heading = QLabel(self.tr("Attachments"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 1)
        self.heading.setFont(font)
        self.add_button = QPushButton(self.tr("Add &file…"))
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.add_button.setToolTip(self.tr("Ctrl+Shift+F, or drop files on this section"))
        self.add_button.clicked.connect(self.choose_file)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.clicked.connect(self.preview_current)
        self.save_button = QPushButton(self.tr("Save a cop&y…"))
        self.save_button.setToolTip(self.tr("Writes an unencrypted copy to a file you choose"))
        self.save_button.clicked.connect(self.save_current)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.heading)
        head.addStretch(1)
        for button in (self.preview_button, self.save_button, self.add_button):
            head.addWidget(button)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Added"),
                                              self.tr("Added by")])
        self.table.setAccessibleName(self.tr("Attachments"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _row, _col: self.preview_current())
        self.empty = QLabel(self.tr("No attachments. Drop files here or use Add file…"))
        self.empty.setStyleSheet(style.MUTED_TEXT)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)

    # --- filling -------------------------------------------------------------------------

    def show_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.error.show_error("")
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        self._files = attachments.list_attachments(self.vault, self.case_id)
        self.table.setRowCount(len(self._files))
        for row, item in enumerate(self._files):
            cells = [item.name, labels.file_size(item.size),
                     item.added.astimezone().strftime("%d/%m/%Y %H:%M"), item.operator or ""]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)
        self.table.setVisible(bool(self._files))
        self.empty.setVisible(not self._files)
        self._update_buttons()

    def clear(self) -> None:
        """Forget the case, its file names and any open preview (on lock)."""
        self.case_id = None
        self._files = []
        self.table.setRowCount(0)
        self.error.show_error("")
        for dialog in self.findChildren(PreviewDialog):
            dialog.close()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.preview_button.setEnabled(chosen is not None and previewable(chosen))
        self.save_button.setEnabled(chosen is not None)
        self.add_button.setEnabled(self.case_id is not None)

    def current(self) -> Attachment | None:
        row = self.table.currentRow()
        return self._files[row] if 0 <= row < len(self._files) else None

    # --- adding --------------------------------------------------------------------------

    def choose_file(self) -> None:
        if self.case_id is not None:
            hooks.choose_file(self, self.tr("Attach a file to the case"),
                              self.tr("All files (*)"), self.add_file)

    def add_file(self, path: str) -> None:
        """Copy the file into the vault (size-capped before reading); refusals show inline."""
        if self.case_id is None:
            return
        self.error.show_error("")
        file = Path(path)
        try:
            attachments.add_file(self.vault, self.case_id, file)
        except ReteError as exc:
            self.error.show_error(self.tr("{0} was not attached: {1}").format(
                file.name, labels.error_text(exc)))
            return
        self.reload()
        self.table.selectRow(len(self._files) - 1)
        self._say(self.tr("Attached {0}: it is kept encrypted in the vault. The original file "
                          "is still where it was.").format(file.name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if self.case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        local = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if local:
            event.acceptProposedAction()
        for path in local:
            if Path(path).is_file():
                self.add_file(path)

    # --- reading -------------------------------------------------------------------------

    def preview_current(self) -> PreviewDialog | None:
        chosen = self.current()
        if chosen is None or not previewable(chosen):
            return None
        try:
            data = attachments.attachment_data(self.vault, chosen.id)
        except ReteError as exc:
            self.error.show_error(labels.error_text(exc))
            return None
        dialog = PreviewDialog(chosen, data, self, self.vault)
        dialog.open()
        return dialog

    def save_current(self) -> None:
        """Confirm, then ask where: the copy on disk is not protected by the vault."""
        chosen = self.current()
        if chosen is None:
            return
        hooks.confirm(self, self.tr("Save an unencrypted copy"), self.tr(
            "The copy of {0} will NOT be encrypted: anyone who can open that folder can read "
            "it. Save it only where it is needed and delete it afterwards. Continue?").format(
                chosen.name),
            lambda: hooks.choose_file(self, self.tr("Save a copy of the attachment"),
                                      self.tr("All files (*)"),
                                      lambda path: self._write_copy(chosen, path),
                                      save_as=chosen.name))

    def _write_copy(self, chosen: Attachment, path: str) -> None:
        self.error.show_error("")
        try:
            attachments.export_copy(self.vault, chosen.id, Path(path))
        except (ReteError, OSError) as exc:
            self.error.show_error(labels.error_text(exc))
            return
        self._say(self.tr("Unencrypted copy saved as {0}.").format(path))
