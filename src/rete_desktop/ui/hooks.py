"""Questions, warnings and file pickers that tests can answer in advance.

Every prompt is non-blocking (``open()`` plus a callback, never ``exec()``), so locking the app
can tear the windows down at any moment without a nested event loop still on the stack. Tests
queue answers with :func:`answer_next` / :func:`choose_file_next` (the KeePassXC
``MessageBox::setNextAnswer`` habit) instead of clicking real dialogs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from rete_desktop.ui.settings import last_folder, remember_folder

# Words of Qt's own file dialog (the "Tipo" column) that Qt's Italian catalogue lacks, so the
# non-native dialog said "Folder": listed here for lupdate, translated in our .ts, which Qt
# consults for its own contexts too.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)

_answers: deque[bool] = deque()
_files: deque[str | None] = deque()
_printers: deque[object] = deque()  # QPrinter: QtPrintSupport loads only when printing


def answer_next(answer: bool) -> None:
    """The next :func:`confirm` returns ``answer`` without showing a dialog."""
    _answers.append(answer)


def choose_file_next(path: str | None) -> None:
    """The next :func:`choose_file` picks ``path`` (None: the user cancelled)."""
    _files.append(path)


def print_next(printer: object) -> None:
    """The next :func:`print_document` prints on ``printer`` (a ``QPrinter``, e.g. one writing
    a PDF file) without showing the print dialog."""
    _printers.append(printer)


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], None], *,
            warning: bool = False) -> None:
    """Ask a yes/no question (default: no) and call ``on_yes`` only when confirmed; with
    ``warning`` the box shows the warning icon (a security decision, not a routine one)."""
    if _answers:
        if _answers.popleft():
            on_yes()
        return
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(button: object) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            on_yes()

    box.buttonClicked.connect(done)
    box.open()


def inform(parent: QWidget, title: str, text: str, *, error: bool = False) -> None:
    """Show a message without blocking (tests see it as a child QMessageBox)."""
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def choose_file(
    parent: QWidget, title: str, name_filter: str, on_chosen: Callable[[str], None], *,
    save_as: str | None = None, pick_folder: bool = False,
) -> None:
    """Let the user pick a file to open (or, with ``save_as``, where to save; with ``pick_folder``,
    a folder); the dialog starts in the folder last used (else the home folder) and remembers
    the new one. Saving over an existing file asks first (our own question, translated and
    the same on every desktop, instead of the file dialog's)."""

    def checked(path: str) -> None:
        if save_as is not None and Path(path).exists():
            confirm(parent, title, QCoreApplication.translate(
                "FileDialog", "«{0}» already exists. Replace it?").format(Path(path).name),
                lambda: on_chosen(path), warning=True)
        else:
            on_chosen(path)

    if _files:
        path = _files.popleft()
        if path:
            checked(path)
        return
    folder = last_folder()
    dialog = QFileDialog(parent, title, str(folder / save_as) if save_as else str(folder),
                         name_filter)
    if save_as is not None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # checked() asks instead
    elif pick_folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    # Qt's own Italian lacks these labels of its non-native dialog (used where the desktop
    # offers no native one); the native dialogs ignore them.
    translate = QCoreApplication.translate
    for label, text in ((QFileDialog.DialogLabel.LookIn, translate("FileDialog", "Look in:")),
                        (QFileDialog.DialogLabel.FileName, translate("FileDialog", "File name:")),
                        (QFileDialog.DialogLabel.FileType,
                         translate("FileDialog", "Files of type:"))):
        dialog.setLabelText(label, text)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(path: str) -> None:
        remember_folder(Path(path) if pick_folder else Path(path).parent)
        checked(path)

    dialog.fileSelected.connect(chosen)
    dialog.open()


def print_document(parent: QWidget, make_pdf: Callable[[], bytes]) -> None:
    """Ask for a printer, then build the PDF (only if confirmed) and print its pages."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from rete_desktop.ui.pdf import print_pdf  # pdfium and reportlab only when printing

    if _printers:
        chosen = _printers.popleft()
        assert isinstance(chosen, QPrinter)
        print_pdf(make_pdf(), chosen)
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        print_pdf(make_pdf(), printer)

    dialog.accepted.connect(accepted)
    QDialog.open(dialog)  # window-modal; the stubs know only open(receiver, slot)
