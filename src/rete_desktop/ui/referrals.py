"""Referrals: import a packet (drag and drop or file dialog) with a clear verdict, and the
register of packets received and sent with their acknowledgements."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.packets import referral, register
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import hooks, labels

MAX_PACKET_BYTES = 64 * 1024 * 1024


class RegisterView(QTreeWidget):
    """Register entries of one direction; unacknowledged overdue ones in red."""

    def __init__(self, vault: Vault, direction: str) -> None:
        super().__init__()
        self.vault = vault
        self.direction = direction
        self.setHeaderLabels([self.tr("Protocol no."), self.tr("Date"), self.tr("Office"),
                              self.tr("Status")])
        self.setRootIsDecorated(False)
        self.setAccessibleName(self.tr("Register"))

    def reload(self) -> None:
        self.clear()
        for entry in register.list_register(self.vault):
            if entry.direction != self.direction:
                continue
            status = entry.status
            if entry.acknowledged_by:
                status = self.tr("acknowledged")
            elif entry.overdue:
                status = self.tr("NO RECEIPT — overdue")
            item = QTreeWidgetItem([entry.protocol, entry.recorded.strftime("%d/%m/%Y %H:%M"),
                                    ", ".join(entry.counterparts), status])
            if entry.overdue and not entry.acknowledged_by:
                for column in range(4):
                    item.setForeground(column, QColor("#b00020"))
            self.addTopLevelItem(item)
        for column in range(4):
            self.resizeColumnToContents(column)


class InboxPage(QWidget):
    """Drop a packet here or open it; the verdict says who sent it or exactly why it is refused."""

    open_case = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.setAcceptDrops(True)
        self.case_id: str | None = None
        drop = QLabel(self.tr("Drag a received referral file (.age) here"))
        drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop.setMinimumHeight(90)
        drop.setFrameShape(QFrame.Shape.Box)
        drop.setStyleSheet("border: 2px dashed #888; color: #555; font-size: 11pt;")
        choose = QPushButton(self.tr("&Open a referral file…"))
        choose.clicked.connect(self.choose_file)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.open_button = QPushButton(self.tr("Open the linked case"))
        self.open_button.clicked.connect(lambda: self.case_id and self.open_case.emit(self.case_id))
        self.open_button.hide()
        self.register = RegisterView(vault, "in")
        layout = QVBoxLayout(self)
        layout.addWidget(drop)
        layout.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.verdict)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Register of received referrals")))
        layout.addWidget(self.register, 1)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.import_file(urls[0].toLocalFile())

    def choose_file(self) -> None:
        hooks.choose_file(self, self.tr("Open a referral"), self.tr("Referrals (*.age)"),
                          self.import_file)

    def import_file(self, path: str) -> None:
        self.open_button.hide()
        try:
            file = Path(path)
            if file.stat().st_size > MAX_PACKET_BYTES:
                raise OSError(self.tr("file too large"))
            data = file.read_bytes()
            received = referral.import_referral(self.vault, data, now=datetime.now().astimezone())
        except Exception as exc:  # noqa: BLE001 - every refusal is shown as the verdict
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
            self.verdict.setText(self.tr("REFUSED: {0}").format(labels.error_text(exc)))
            return
        sender = received.packet.sender
        self.case_id = received.case_id
        self.verdict.setStyleSheet("color: #1e8449;")
        self.verdict.setText(self.tr(
            "<b>Accepted.</b> Verified sender: {0} ({1})<br>Key fingerprint: <tt>{2}</tt><br>"
            "Registered as protocol no. {3}.").format(
                sender.name, labels.office_kind(sender.kind), sender.public.fingerprint(),
                received.protocol))
        self.open_button.setVisible(bool(self.case_id))
        self.register.reload()


class OutboxPage(QWidget):
    """Referrals sent, with the receipts that came back and overdue acknowledgements."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.register = RegisterView(vault, "out")
        note = QLabel(self.tr(
            "Referrals are prepared from the command line for now (rete packet export); the "
            "export wizard is not in this version yet."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Register of sent referrals")))
        layout.addWidget(self.register, 1)
        layout.addWidget(note)
