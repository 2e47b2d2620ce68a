"""The laboratorio distrettuale screen: propose a case (with the pseudonymised preview the
operator checks before anything leaves), the actions assigned to this office, the meetings.

Chair work (agenda, decisions, actions, minutes) is on the ``rete lab`` commands for now; this
page calls the same service functions as the CLI.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.errors import ReteError
from rete_desktop.lab import exchange, items, meeting
from rete_desktop.packets import directory
from rete_desktop.reports.lab_pdf import item_rows
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import hooks
from rete_desktop.ui.stats_page import fill_table


class LabPage(QWidget):
    """Propose a case to the chair, see and close this office's actions, list meetings."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._summary: dict[str, object] | None = None

        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("Numero del caso, es. 2026/0042"))
        self.request = QPlainTextEdit()
        self.request.setPlaceholderText(self.tr("Cosa si chiede alla rete (senza nomi)"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.chair = QComboBox()
        self.preview_button = QPushButton(self.tr("Anteprima di ciò che esce"))
        self.send_button = QPushButton(self.tr("Invia al coordinatore…"))
        self.send_button.setEnabled(False)
        self.preview_button.clicked.connect(self.show_preview)
        self.send_button.clicked.connect(self._send)
        self.case.textChanged.connect(self._invalidate)
        self.request.textChanged.connect(self._invalidate)
        propose = QGroupBox(self.tr("Proponi un caso al laboratorio"))
        form = QFormLayout(propose)
        form.addRow(self.tr("Caso"), self.case)
        form.addRow(self.tr("Richiesta"), self.request)
        form.addRow(self.tr("Coordinatore"), self.chair)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.send_button)
        form.addRow(buttons)
        form.addRow(self.tr("Scheda pseudonimizzata"), self.preview)

        self.actions = QTableWidget(0, 4)
        self.actions.setHorizontalHeaderLabels(
            [self.tr("Entro il"), self.tr("Codice caso"), self.tr("Azione"), self.tr("Stato")])
        self.actions.verticalHeader().setVisible(False)
        self.done_button = QPushButton(self.tr("Segna come fatta…"))
        self.done_button.clicked.connect(self._done)
        mine = QGroupBox(self.tr("Azioni assegnate a questo ufficio"))
        mine_layout = QVBoxLayout(mine)
        mine_layout.addWidget(self.actions)
        mine_layout.addWidget(self.done_button)

        self.meetings = QTableWidget(0, 4)
        self.meetings.setHorizontalHeaderLabels(
            [self.tr("Data"), self.tr("Ruolo"), self.tr("Stato"), self.tr("Rete")])
        self.meetings.verticalHeader().setVisible(False)
        meetings = QGroupBox(self.tr("Riunioni"))
        QVBoxLayout(meetings).addWidget(self.meetings)

        layout = QVBoxLayout(self)
        layout.addWidget(propose)
        layout.addWidget(mine)
        layout.addWidget(meetings)
        self.refresh()

    def refresh(self) -> None:
        self._me = load_identity(self._vault).office_id
        self.chair.clear()
        for member in directory.list_members(self._vault):
            if member.active:
                self.chair.addItem(member.name, member.office_id)
        self.chair.setEnabled(self.chair.count() > 0)
        self._actions = meeting.list_actions(self._vault, mine=True)
        fill_table(self.actions, [
            [str(a.due or "-"), a.case_code or "-", a.title,
             self.tr("fatta") if a.status == "done" else self.tr("aperta")]
            for a in self._actions
        ])
        fill_table(self.meetings, [
            [m.meeting_date.isoformat(),
             self.tr("presiede") if m.role == "chair" else self.tr("partecipa"),
             m.status, m.network_name]
            for m in meeting.list_meetings(self._vault)
        ])

    def _invalidate(self) -> None:
        self._summary = None
        self.send_button.setEnabled(False)

    def _error(self, exc: ReteError) -> None:
        hooks.inform(self, self.tr("Laboratorio"), exc.message(), error=True)

    def show_preview(self) -> None:
        """Build the item exactly as it would leave and show it; only then can it be sent."""
        try:
            summary = items.build_item(self._vault, self.case.text().strip(),
                                       self.request.toPlainText())
        except ReteError as exc:
            self._error(exc)
            return
        self.preview.setPlainText(
            "\n".join(f"{label}: {value}" for label, value in item_rows(summary)))
        self._summary = summary
        self.send_button.setEnabled(self.chair.count() > 0)

    def _send(self) -> None:
        if self._summary is None:
            return
        hooks.choose_file(self, self.tr("Salva il pacchetto per il coordinatore"),
                          "Rete (*.age)", self._write_item, save_as="laboratorio.age")

    def _write_item(self, path: str) -> None:
        try:
            chair = str(self.chair.currentData())
            if chair == self._me:
                items.queue_own_item(self._vault, self.case.text().strip(),
                                     self.request.toPlainText())
            else:
                sealed = exchange.send_item(self._vault, self.case.text().strip(), chair,
                                            self.request.toPlainText())
                write_atomic(Path(path), sealed.data)
        except (ReteError, OSError) as exc:
            if isinstance(exc, ReteError):
                self._error(exc)
            else:
                hooks.inform(self, self.tr("Laboratorio"), str(exc), error=True)
            return
        self._invalidate()
        self.refresh()

    def _done(self) -> None:
        row = self.actions.currentRow()
        if row < 0 or self._actions[row].status == "done":
            return
        action_id = self._actions[row].id
        hooks.choose_file(self, self.tr("Salva l'aggiornamento per il coordinatore"),
                          "Rete (*.age)", lambda p: self._write_done(action_id, p),
                          save_as="azione-fatta.age")

    def _write_done(self, action_id: str, path: str) -> None:
        try:
            sealed = exchange.send_action_done(self._vault, action_id)
            if sealed is not None:
                write_atomic(Path(path), sealed.data)
        except ReteError as exc:
            self._error(exc)
        self.refresh()

