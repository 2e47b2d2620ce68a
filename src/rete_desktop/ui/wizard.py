"""First run: create the office vault, then show the recovery key once (print or save it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, ReteError
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import hooks, labels
from rete_desktop.ui.operators import name_fields
from rete_desktop.ui.widgets import CompleteFlag, ErrorLabel, StrengthMeter, add_form_row


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr(
            "Rete Desktop keeps this office's cases in an encrypted vault on this computer."))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Office name"))
        self.name.setPlaceholderText(self.tr("e.g. Comando Stazione Carabinieri di Casalmaggiore"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of office"))
        for kind in OfficeKind:
            self.kind.addItem(labels.office_kind(kind), kind.value)
        form = QFormLayout(self)
        add_form_row(form, self.tr("Office &name"), self.name)
        add_form_row(form, self.tr("&Kind of office"), self.kind)
        self.registerField("office_name*", self.name)


class OperatorPage(QWizardPage):
    """Who holds the office passphrase: notes, referrals and the audit log are signed with it."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Who you are"))
        self.setSubTitle(self.tr(
            "Your notes and referrals are signed with your name and role, and the other offices "
            "call you back by it. Colleagues with their own passphrase are added later "
            "(Office → Operators…)."))
        self.name, self.role = name_fields(self)
        form = QFormLayout(self)
        add_form_row(form, self.tr("Your &name"), self.name)
        add_form_row(form, self.tr("Your &role"), self.role)
        self.registerField("operator_name*", self.name)


class PassphrasePage(QWizardPage):
    """Creating the vault happens when leaving this page (it is the wizard's commit page)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Office passphrase"))
        self.setSubTitle(self.tr(
            "Everyone in the office types it to open the vault. Prefer several words: "
            "long is better than complicated."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.meter = StrengthMeter(self.passphrase, lambda: (
            wizard.office_page.name.text(), wizard.operator_page.name.text()))
        self.error = ErrorLabel()
        form = QFormLayout(self)
        add_form_row(form, self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("Strength"), self.meter)
        add_form_row(form, self.tr("&Repeat it"), self.repeat)
        form.addRow(self.error)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the vault"))
        self.filled = CompleteFlag(self, "passphrases_match")
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(self._typed)

    def _typed(self) -> None:
        """Say the two differ once the repeat is as long as the first (not at every key)."""
        first, again = self.passphrase.text(), self.repeat.text()
        differ = bool(again) and len(again) >= len(first) and again != first
        self.error.show_error(labels.error_text(BadInput("vault.passphrase_mismatch"))
                              if differ else "")
        # «Create the vault» only when both are filled and match; a short passphrase still
        # reaches validatePage, which says why it is refused.
        self.filled.set(bool(first) and first == again)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.error.show_error("")
        if self.passphrase.text() != self.repeat.text():
            self.error.show_error(labels.error_text(BadInput("vault.passphrase_mismatch")))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._wizard.create_vault(self.passphrase.text())
        except ReteError as exc:
            self.error.show_error(labels.error_text(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.repeat.clear()
        return True


class RecoveryKeyPanel(QWidget):
    """A recovery key shown once, large, with Print and Save as PDF (the sheet to lock away);
    used when the vault is created and when the key is re-issued."""

    def __init__(self, office_name: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office_name = office_name
        self.key = ""
        self.key_label = QLabel()
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save_sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)

    def show_key(self, key: str) -> None:
        self.key = key
        self.key_label.setText(key)

    def sheet(self) -> bytes:
        from rete_desktop.ui import pdf  # reportlab and pdfium load only when needed

        return pdf.recovery_sheet(
            self.tr("Rete Desktop — recovery key"),
            self._office_name(),
            [self.tr("This key opens the office vault if the passphrase is forgotten."),
             self.tr("Keep this sheet locked away, separate from the computer."),
             self.tr("Whoever holds it can read every case: never photograph or e-mail it.")],
            self.key,
        )

    def save_sheet(self) -> None:
        def save(path: str) -> None:
            try:
                write_atomic(Path(path), self.sheet())
            except (OSError, ReteError) as exc:
                hooks.inform(self, self.window().windowTitle(), labels.error_text(exc),
                             error=True)
                return
            self.notice.setText(self.tr("Saved to {0}. Print it, then delete the "
                                        "file.").format(path))

        hooks.choose_file(self, self.tr("Save the recovery sheet"), self.tr("PDF (*.pdf)"), save,
                          save_as=self.tr("rete-recovery-key") + ".pdf")

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print(printer))
        QDialog.open(dialog)  # window-modal; the stubs know only open(receiver, slot)

    def _print(self, printer: QPrinter) -> None:
        from rete_desktop.ui import pdf

        pdf.print_pdf(self.sheet(), printer)


class RecoveryPage(QWizardPage):
    """The recovery key, shown once; Finish stays disabled until the user confirms."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr(
            "If the passphrase is forgotten, only this key opens the vault. It is shown now and "
            "never again: print it or write it down and keep it locked away."))
        self.panel = RecoveryKeyPanel(lambda: wizard.office_page.name.text())
        self.key_label = self.panel.key_label
        self.save_button = self.panel.save_button
        self.notice = self.panel.notice
        self.confirm = QCheckBox(self.tr("I have &written it down or printed it"))
        self.registerField("recovery_key_kept*", self.confirm)  # Finish waits for the tick
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.panel.show_key(self._wizard.recovery_key)


class FirstRunWizard(QWizard):
    """Emits :attr:`created` with the open vault when the user finishes."""

    created = Signal(object)

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Rete Desktop — new office"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.office_page = OfficePage()
        self.operator_page = OperatorPage()
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.office_page, self.operator_page, self.passphrase_page,
                     self.recovery_page):
            self.addPage(page)
        self.setMinimumSize(620, 460)

    def create_vault(self, passphrase: str) -> None:
        self.vault, self.recovery_key = Vault.create(
            self.directory, passphrase, office_name=self.office_page.name.text(),
            office_kind=self.office_page.kind.currentData(),
            operator_name=self.operator_page.name.text(),
            operator_role=self.operator_page.role.text(),
        )

    def accept(self) -> None:
        vault, self.vault = self.vault, None
        self.recovery_key = ""
        self.recovery_page.key_label.clear()
        super().accept()
        if vault is not None:
            self.created.emit(vault)

    def reject(self) -> None:
        if self.vault is not None:  # created but the key was not confirmed: keep it, stay open
            return
        super().reject()
