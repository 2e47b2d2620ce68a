"""Referrals: import packets (drag and drop or file dialog) with a clear verdict, send the
signed receipt of a received referral, import the receipts of the referrals sent, and the
register (protocol numbers, acknowledgements, overdue receipts in red, each recipient's
delivery). With a transport set up (docs/transport.md): "Receive" fetches and files what has
arrived, receipts leave by transport, failed deliveries can be retried."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.records import Case
from rete_desktop.errors import ReteError
from rete_desktop.packets import receipts, referral, register
from rete_desktop.packets.directory import Member, get_member
from rete_desktop.packets.packet import PacketSource, new_file_name
from rete_desktop.storage import attachments
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.vault import Vault
from rete_desktop.transport import deliveries, receive
from rete_desktop.transport import send as sending
from rete_desktop.transport.deliveries import reason_text
from rete_desktop.transport.inbox import FetchReport
from rete_desktop.ui import hooks, labels, style
from rete_desktop.ui.events import bridge, keep_fresh

PACKET_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
RED = QColor(style.ERROR)
OFFICE_COLUMN_MAX = 360  # px: the status and delivery columns stay in view at 1366×768


class RegisterView(QTreeWidget):
    """Register entries of one direction (``register.SENT`` / ``RECEIVED``), newest first;
    sent referrals whose receipt is overdue in red."""

    def __init__(self, vault: Vault, direction: str) -> None:
        super().__init__()
        self.vault = vault
        self.direction = direction
        headers = [self.tr("Protocol no."), self.tr("Date"), self.tr("Kind"), self.tr("Office"),
                   self.tr("Status")]
        if direction == register.SENT:
            headers.append(self.tr("Delivery"))
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setAccessibleName(self.tr("Register"))

    def kind_text(self, kind: str) -> str:
        return {
            "referral": self.tr("Referral"),
            "receipt": self.tr("Receipt"),
            "agenda-item": self.tr("Laboratorio case item"),
            "agenda": self.tr("Laboratorio agenda"),
            "minutes": self.tr("Minutes"),
            "action-update": self.tr("Action update"),
        }.get(kind, kind)

    def status_text(self, entry: register.RegisterEntry) -> str:
        if entry.kind not in register.ACK_EXPECTED:
            return self.tr("sent") if entry.direction == register.SENT else self.tr("received")
        if entry.direction == register.RECEIVED:
            if entry.status == register.ACKNOWLEDGED:
                return self.tr("receipt sent")
            return self.tr("received — receipt not sent yet")
        if entry.status == register.ACKNOWLEDGED:
            return self.tr("acknowledged")
        if entry.overdue:
            return self.tr("NO RECEIPT — overdue")
        if entry.acknowledged_by:
            return self.tr("acknowledged by {0} of {1}").format(len(entry.acknowledged_by),
                                                                 len(entry.counterparts))
        return self.tr("waiting for the receipt")

    def reload(self) -> None:
        self.clear()
        members: dict[str, Member | None] = {}
        for entry in register.list_register(self.vault):
            if entry.direction != self.direction:
                continue
            names = [self.office_name(members, office_id) for office_id in entry.counterparts]
            row = [entry.protocol, entry.recorded.astimezone().strftime("%d/%m/%Y %H:%M"),
                   self.kind_text(entry.kind), ", ".join(names), self.status_text(entry)]
            if self.direction == register.SENT:
                row.append("; ".join(
                    labels.delivery_line(self.office_name(members, d.recipient), d,
                                         entry.acknowledged_by)
                    for d in deliveries.list_deliveries(self.vault, entry.packet_id)))
            item = QTreeWidgetItem(row)
            item.setToolTip(3, row[3])  # the column may be cut: minutes go to every office
            item.setData(0, PACKET_ROLE, (entry.sender_office_id, entry.packet_id))
            item.setData(0, KIND_ROLE, entry.kind)
            if entry.overdue and entry.status != register.ACKNOWLEDGED:
                for column in range(self.columnCount()):
                    item.setForeground(column, RED)
            self.addTopLevelItem(item)
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)
        # a packet to every office must not push the status off to the right
        self.setColumnWidth(3, min(self.columnWidth(3), OFFICE_COLUMN_MAX))

    def office_name(self, members: dict[str, Member | None], office_id: str) -> str:
        if office_id not in members:
            members[office_id] = get_member(self.vault, office_id)
        member = members[office_id]
        return member.name if member else office_id

    def current_packet(self, kind: str) -> tuple[str, str] | None:
        """(sender office id, packet id) of the selected entry if it is of ``kind``."""
        item = self.currentItem()
        if item is None or item.data(0, KIND_ROLE) != kind:
            return None
        sender, packet_id = item.data(0, PACKET_ROLE)
        return str(sender), str(packet_id)


class PacketDropPage(QWidget):
    """A drop area and an "Open…" button for packet files, a verdict line, the register."""

    def __init__(self, vault: Vault, direction: str) -> None:
        super().__init__()
        self.vault = vault
        self.setAcceptDrops(True)
        self.drop_area = QLabel()
        self.drop_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_area.setMinimumHeight(80)
        self.drop_area.setWordWrap(True)
        self.drop_area.setFrameShape(QFrame.Shape.Box)
        self.drop_area.setStyleSheet(style.DROP_AREA + " font-size: 11pt;")
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(self.choose_button)
        self.actions_row.addStretch(1)
        self.register = RegisterView(vault, direction)
        self.register_title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_area)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.register_title)
        layout.addWidget(self.register, 1)
        events = bridge(vault)
        keep_fresh(self, self.register.reload, events.packet_received, events.packet_sent,
                   load_on_show=True)

    def set_texts(self, drop: str, open_file: str, register_title: str) -> None:
        self.drop_area.setText(drop)
        self.choose_button.setText(open_file)
        self.register_title.setText(register_title)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.import_file(urls[0].toLocalFile())

    def choose_file(self) -> None:
        hooks.choose_file(self, self.choose_button.text().replace("&", "").rstrip("…"),
                          self.tr("Rete packets (*.age)"), self.import_file)

    def import_file(self, path: str) -> None:
        """Hand the file to :meth:`receive`, which reads it as a stream; any refusal is shown."""
        try:
            html = self.receive(Path(path))
        except Exception as exc:  # noqa: BLE001 - every refusal is shown as the verdict
            self.verdict.setStyleSheet(style.ERROR_BOLD)
            self.verdict.setText(self.tr("REFUSED: {0}").format(labels.error_text(exc)))
            return
        self.verdict.setStyleSheet(style.OK_TEXT)
        self.verdict.setText(html)

    def receive(self, source: PacketSource) -> str:
        """Verify and file a packet; return the verdict (rich text) or raise the refusal."""
        raise NotImplementedError

    def sender_line(self, sender: Member) -> str:
        return self.tr("Verified sender: {0} ({1})<br>Key fingerprint: <tt>{2}</tt>").format(
            escape(sender.name), labels.office_kind(sender.kind), sender.public.fingerprint())


class InboxPage(PacketDropPage):
    """Received referrals: the verdict says who sent it or exactly why it is refused; an
    accepted referral opens as a new linked case and gets its signed receipt from here."""

    open_case = Signal(str)
    received = Signal()  # a Receive filed something: other views reload

    def __init__(self, vault: Vault) -> None:
        super().__init__(vault, register.RECEIVED)
        self.set_texts(self.tr("Drag a received referral file (.age) here"),
                       self.tr("&Open a referral file…"),
                       self.tr("Register of received referrals"))
        self.case_id: str | None = None
        self.packet: tuple[str, str] | None = None  # (sender office id, packet id)
        self.open_button = QPushButton(self.tr("Open the linked case"))
        self.open_button.clicked.connect(lambda: self.case_id and self.open_case.emit(self.case_id))
        self.open_button.hide()
        self.receipt_button = QPushButton(self.tr("Send the &receipt…"))
        self.receipt_button.setToolTip(self.tr(
            "Write the signed receipt for the sender of the selected referral"))
        self.receipt_button.clicked.connect(self.send_receipt)
        self.receipt_button.setEnabled(False)
        self.summary_button = QPushButton(self.tr("Show the &summary…"))
        self.summary_button.setToolTip(self.tr(
            "The signed summary the sender wrote for this referral: read it, print it"))
        self.summary_button.clicked.connect(self.show_summary)
        self.summary_button.setEnabled(False)
        self.summary_dialog: QWidget | None = None  # the last summary shown (tests read it)
        self.receive_button = QPushButton(self.tr("&Receive"))
        self.receive_button.setToolTip(self.tr(
            "Fetch what has arrived by PEC/e-mail or in the shared folder, import it and send "
            "again what is waiting"))
        self.receive_button.setStyleSheet("font-weight: bold;")
        self.receive_button.clicked.connect(lambda: self.receive_now())
        self.receive_button.setVisible(receive.configured(vault))
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Receiving"))
        self._receiving = False
        self.actions_row.insertWidget(0, self.receive_button)
        self.actions_row.insertWidget(2, self.open_button)
        self.actions_row.insertWidget(3, self.summary_button)
        self.actions_row.insertWidget(4, self.receipt_button)
        self.actions_row.addWidget(self.progress)
        self.register.currentItemChanged.connect(self._selected)

    def receive_now(self, *, quiet: bool = False) -> FetchReport | None:
        """Fetch and file everything waiting, then retry what could not leave; the progress
        line says how far it is (paint events only: no click reaches the vault meanwhile).
        ``quiet`` (the periodic poll) keeps a failure on the progress line, no dialog."""
        if self._receiving or not receive.configured(self.vault):
            return None  # the poll fired while a Receive repaints its progress: let it finish

        def step(done: int, total: int) -> None:
            self.progress.setText(self.tr("Receiving {0} of {1}…").format(done, total))
            QCoreApplication.processEvents(
                QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        self._receiving = True
        self.progress.setText(self.tr("Receiving…"))
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            report = receive.fetch_all(self.vault, step)
            sending.retry(self.vault)
        except ReteError as exc:
            self.progress.setText(self.tr("Not received: {0}").format(labels.error_text(exc)))
            if not quiet:
                hooks.inform(self, self.tr("Receive"), labels.error_text(exc), error=True)
            return None
        finally:
            self._receiving = False
        self.progress.setText(self.tr(
            "Received at {0}: {1} imported, {2} receipts, {3} refused, {4} waiting for more "
            "parts.").format(datetime.now().strftime("%H:%M"), len(report.imported),
                             len(report.receipts) + len(report.proofs), len(report.refused),
                             len(report.waiting_parts)))
        if report.refused:  # why, in words: the file waits in refused/ or flagged in the mailbox
            self.verdict.setStyleSheet(style.ERROR_BOLD)
            self.verdict.setText(self.tr("REFUSED: {0}").format("<br>".join(
                reason_text(a.reason, labels.language()) for a in report.refused)))
        self.register.reload()
        self.received.emit()
        return report

    def _selected(self, item: QTreeWidgetItem | None) -> None:
        if item is None:  # the register was reloaded: keep the referral just imported
            return
        self.packet = self.register.current_packet(referral.KIND)
        self.receipt_button.setEnabled(self.packet is not None)
        self.summary_button.setEnabled(self.packet is not None)

    def import_file(self, path: str) -> None:
        self.open_button.hide()
        self.case_id = self.packet = None
        self.receipt_button.setEnabled(False)
        self.summary_button.setEnabled(False)
        super().import_file(path)
        self.open_button.setVisible(bool(self.case_id))
        self.receipt_button.setEnabled(self.packet is not None)
        self.summary_button.setEnabled(self.packet is not None)

    def show_summary(self) -> None:
        """The chosen referral's signed summary, rendered from the vault's bytes in memory,
        with Print…; it stays filed with the linked case among its attachments."""
        from rete_desktop.ui.attachments import PreviewDialog  # pdfium loads only when used

        if self.packet is None:
            return
        try:
            summary = referral.received_summary(self.vault, self.packet[1], self.packet[0])
            data = attachments.attachment_data(self.vault, summary.id)
        except ReteError as exc:
            hooks.inform(self, self.tr("Summary"), labels.error_text(exc), error=True)
            return
        dialog = PreviewDialog(summary, data, self, self.vault)
        dialog.notice.setText(self.tr(
            "Signed by the sender and kept encrypted with the linked case (Attachments). "
            "Print it to file it on paper."))
        self.summary_dialog = dialog
        dialog.open()

    def receive(self, source: PacketSource) -> str:
        received = referral.import_referral(self.vault, source, now=datetime.now().astimezone())
        self.case_id = received.case_id
        self.packet = (received.packet.sender.office_id, received.packet.manifest.packet_id)
        return self.tr("<b>Accepted.</b> {0}<br>Registered as protocol no. {1}. Open the "
                       "linked case, then send the receipt to the sender.").format(
            self.sender_line(received.packet.sender), received.protocol)

    def send_receipt(self) -> None:
        """Save the signed receipt of the chosen referral for its sender to import."""
        if self.packet is None:
            return
        sender, packet_id = self.packet
        if receive.configured(self.vault):
            self._send_receipt_by_transport(packet_id, sender)
            return

        def save(path: str) -> None:
            if not path.endswith(".age"):
                path += ".age"
            try:
                sealed = receipts.make_receipt(self.vault, packet_id, sender)
                write_atomic(Path(path), sealed.data)
            except (ReteError, OSError) as exc:
                hooks.inform(self, self.tr("Receipt"), labels.error_text(exc), error=True)
                return
            self.verdict.setStyleSheet(style.OK_TEXT)
            self.verdict.setText(self.tr(
                "Signed receipt saved as <tt>{0}</tt>: send it back to the office that sent "
                "the referral.").format(path))

        hooks.choose_file(self, self.tr("Save the receipt"), self.tr("Rete packets (*.age)"),
                          save, save_as=new_file_name())


    def _send_receipt_by_transport(self, packet_id: str, sender: str) -> None:
        try:
            sealed = receipts.make_receipt(self.vault, packet_id, sender)
            entry = register.get_entry(self.vault, sealed.packet_id, register.SENT)
            sent = sending.send_packet(self.vault, sealed.packet_id, list(entry.counterparts))
        except ReteError as exc:
            hooks.inform(self, self.tr("Receipt"), labels.error_text(exc), error=True)
            return
        self.verdict.setStyleSheet(style.OK_TEXT)
        self.verdict.setText(self.tr("Signed receipt: {0}").format(
            "; ".join(labels.delivery_line(self.register.office_name({}, d.recipient), d)
                      for d in sent)))
        self.register.reload()


class OutboxPage(PacketDropPage):
    """Referrals sent: the export wizard, the receipts coming back, overdue acknowledgements."""

    def __init__(self, vault: Vault,
                 current_case: Callable[[], Case | None] = lambda: None) -> None:
        super().__init__(vault, register.SENT)
        self.set_texts(self.tr("Drag here a receipt file (.age) sent back by another office"),
                       self.tr("&Open a receipt file…"),
                       self.tr("Register of sent referrals"))
        self.current_case = current_case
        self.wizard: QWidget | None = None  # the last export wizard opened (tests drive it)
        self.send_button = QPushButton(self.tr("Send a &referral…"))
        self.send_button.setToolTip("Ctrl+R")
        self.send_button.setStyleSheet("font-weight: bold;")
        self.send_button.clicked.connect(self.send_referral)
        self.actions_row.insertWidget(0, self.send_button)
        self.retry_button = QPushButton(self.tr("Re&try sending"))
        self.retry_button.setToolTip(self.tr("Send again the deliveries that failed"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.setVisible(receive.configured(vault))
        self.actions_row.insertWidget(1, self.retry_button)

    def retry(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sending.retry(self.vault)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.register.reload()

    def send_referral(self) -> None:
        """Open the export wizard on the case shown in the case detail, if any."""
        from rete_desktop.ui.export_wizard import ExportWizard  # pdfium loads only when used

        case = self.current_case()
        self.wizard = wizard = ExportWizard(self.vault, case.id if case else None, self.window())
        wizard.open()

    def receive(self, source: PacketSource) -> str:
        received = receipts.import_receipt(self.vault, source, now=datetime.now().astimezone())
        acknowledged = received.packet.manifest.in_reply_to or ""
        entry = register.get_entry(self.vault, acknowledged, register.SENT)
        return self.tr("<b>Receipt accepted.</b> {0}<br>Referral protocol no. {1} is "
                       "acknowledged.").format(self.sender_line(received.packet.sender),
                                               entry.protocol)
