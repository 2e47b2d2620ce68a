"""Every dialog and wizard page of the app, built on an open main window: walked by the fit
test (tests/test_gui_fit.py), the tab-order test (tests/test_gui_keyboard.py) and the
screen-reader walk (tests/a11y/show.py). A test keeps it complete: a dialog class of the app
is here or in :data:`ELSEWHERE`, with the reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget, QWizard

from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.packets.directory import Member
from rete_desktop.storage import cases, notes
from rete_desktop.ui import case_record_dialogs, dialogs, handbook_edit, office_dialogs
from rete_desktop.ui.attachments import PreviewDialog
from rete_desktop.ui.handout_dialog import HandoutDialog
from rete_desktop.ui.main_window import MainWindow
from rete_desktop.ui.network_page import CreateNetworkDialog, PublishDialog, RevokeDialog
from rete_desktop.ui.operators import OwnNameDialog
from rete_desktop.ui.privacy_contacts import PrivacyContactsDialog
from rete_desktop.ui.risk_dialog import RiskDialog
from rete_desktop.ui.settings import Settings
from rete_desktop.ui.settings_dialog import SettingsDialog
from rete_desktop.ui.transport_dialog import FolderDialog, MailDialog
from rete_desktop.ui.unlock import UnlockDialog
from rete_desktop.ui.wizard import FirstRunWizard

# Dialog classes not built here, and where they are checked instead.
ELSEWHERE = {
    "FormDialog": "the base of the form dialogs",
    "ExportWizard": "needs a network: test_every_page_of_the_referral_wizard_fits_the_screen",
    "MeetingDetailsDialog": "needs a chaired laboratorio meeting: tests/test_lab_chair_ui.py",
}
MEMBER = Member("0000000000000000", "Comando Stazione Carabinieri di Casalmaggiore",
                OfficeKind.CARABINIERI, "", "", "active", None)


class _Scan:
    """An image attachment for the preview dialog."""

    name = "referto.png"
    media_type = "image/png"

    @staticmethod
    def data() -> bytes:
        image = QImage(1200, 1700, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data().data())


def on_page(wizard: QWizard, page_id: int) -> QWizard:
    """``wizard`` opened afresh on one of its pages."""
    wizard.setStartId(page_id)
    wizard.restart()
    return wizard


def dispose(widget: QWidget) -> None:
    """Close ``widget`` and delete it now: a parentless dialog left to Python's garbage
    collector was collected in a later test, while a worker thread ran, and crashed it."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _on_recovery_page(dialog: UnlockDialog) -> UnlockDialog:
    """The unlock dialog with its recovery page, which it builds only when asked."""
    dialog.show_page(1)
    return dialog


def every_dialog(window: MainWindow, directory: Path) -> dict[str, Callable[[], QWidget]]:
    """Name -> a function building the dialog (built when asked: most delete themselves when
    closed) on the case open in ``window``, which has a note and two persons."""
    vault, case_id = window.vault, window.detail.case.id

    def consent() -> QWidget:
        case = cases.get_case(vault, case_id, audit_read=False)
        return dialogs.ConsentDialog(vault, case_id, case.consent, window)

    found: dict[str, Callable[[], QWidget]] = {
        "unlock": lambda: UnlockDialog(directory, "Centro Antiviolenza Test"),
        "unlock, recovery page": lambda: _on_recovery_page(
            UnlockDialog(directory, "Centro Antiviolenza Test")),
        "new case": lambda: dialogs.NewCaseDialog(vault, window),
        "add person": lambda: dialogs.AddPersonDialog(vault, case_id, window),
        "amend note": lambda: dialogs.AmendNoteDialog(
            vault, notes.list_notes(vault, case_id)[0], window),
        "consent": consent,
        "apply protocol": lambda: dialogs.ApplyProtocolDialog(vault, case_id, window),
        "risk assessment": lambda: RiskDialog(vault, case_id, window),
        "relation": lambda: case_record_dialogs.RelationDialog(
            vault, case_id, cases.list_persons(vault, case_id), window),
        "violence": lambda: case_record_dialogs.ViolenceDialog(vault, case_id, window),
        "measure": lambda: case_record_dialogs.MeasureDialog(vault, case_id, window),
        "service": lambda: case_record_dialogs.ServiceDialog(vault, case_id, window),
        "sharing decision": lambda: case_record_dialogs.SharingDialog(vault, case_id, window),
        "attachment preview": lambda: PreviewDialog(_Scan(), _Scan.data(), window),
        "change passphrase": lambda: office_dialogs.ChangePassphraseDialog(vault, window),
        "operators": lambda: office_dialogs.OperatorsDialog(vault, window),
        "add operator": lambda: office_dialogs.AddOperatorDialog(vault, window),
        "own name": lambda: OwnNameDialog(vault, window),
        "restore": lambda: office_dialogs.RestoreDialog(vault, window),
        "office keys": lambda: office_dialogs.KeyEscrowDialog(vault, window),
        "recovery key": lambda: office_dialogs.RecoveryKeyDialog(
            vault, "Centro Antiviolenza Test", window),
        "privacy contacts": lambda: PrivacyContactsDialog(vault, window),
        "settings": lambda: SettingsDialog(Settings(language="it"), window),
        "mail transport": lambda: MailDialog(vault, window),
        "folder transport": lambda: FolderDialog(vault, window),
        "handout": lambda: HandoutDialog(vault, case_id, window),
        "create network": lambda: CreateNetworkDialog(vault, window),
        "revoke member": lambda: RevokeDialog(vault, MEMBER, window),
        "publish directory": lambda: PublishDialog(vault, window),
        "glossary term": lambda: handbook_edit.GlossaryTermDialog(vault, None, window),
        "prevention action": lambda: handbook_edit.PreventionActionDialog(vault, window),
    }
    probe = FirstRunWizard(directory / "new")
    pages = probe.pageIds()
    dispose(probe)
    for page_id in pages:
        found[f"new office, page {page_id}"] = (
            lambda page_id=page_id: on_page(FirstRunWizard(directory / "new"), page_id))
    return found
