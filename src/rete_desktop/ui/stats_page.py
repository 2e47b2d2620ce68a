"""The statistics screen: yearly aggregates with charts, CSV and PDF export.

Charts are the report's own reportlab drawings rendered to SVG in memory and shown with
QSvgWidget (QtSvg is in PySide6-Essentials), so the app and the printed report never differ and
no charting dependency is added (see docs/laboratorio.md). The screen shows exact counts for the
office's own eyes; both exports use the suppressed version.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from reportlab.graphics import renderSVG

from rete_desktop.errors import ReteError
from rete_desktop.lab.meeting import network_name
from rete_desktop.reports.stats_pdf import charts, stats_pdf
from rete_desktop.stats import aggregates
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import hooks


class StatsPage(QWidget):
    """Aggregates of one year: table, charts, "Esporta CSV" and "Esporta PDF"."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.csv_button = QPushButton(self.tr("Esporta CSV…"))
        self.pdf_button = QPushButton(self.tr("Esporta PDF…"))
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button.clicked.connect(self._export_pdf)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Anno")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        self.note = QLabel(self.tr(
            "Conteggi esatti per uso interno. Nelle esportazioni i valori inferiori a 3 sono "
            "oscurati."))
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Sezione"), self.tr("Voce"),
                                              self.tr("Valore")])
        self.table.verticalHeader().setVisible(False)
        self._charts = QWidget()
        self._charts_layout = QVBoxLayout(self._charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._charts)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(scroll, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(body, 1)
        self.refresh()

    def refresh(self) -> None:
        exact = aggregates.compute(self._vault, self.year.value())
        fill_table(self.table, [list(row) for row in aggregates.rows(exact)])
        while self._charts_layout.count():
            item = self._charts_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for drawing in charts(exact):
            svg = QSvgWidget()
            svg.load(QByteArray(renderSVG.drawToString(drawing).encode("utf-8")))
            svg.setMinimumSize(int(drawing.width), int(drawing.height))
            self._charts_layout.addWidget(svg)

    def _shared(self) -> aggregates.Stats:
        return aggregates.for_export(aggregates.compute(self._vault, self.year.value()))

    def _export_csv(self) -> None:
        name = f"statistiche-{self.year.value()}.csv"
        hooks.choose_file(self, self.tr("Esporta CSV"), "CSV (*.csv)", self._write_csv,
                          save_as=name)

    def _write_csv(self, path: str) -> None:
        self._write(path, aggregates.to_csv(self._shared()).encode("utf-8"))

    def _export_pdf(self) -> None:
        name = f"statistiche-{self.year.value()}.pdf"
        hooks.choose_file(self, self.tr("Esporta PDF"), "PDF (*.pdf)", self._write_pdf,
                          save_as=name)

    def _write_pdf(self, path: str) -> None:
        data = stats_pdf(self._shared(), network=network_name(self._vault),
                         office=load_identity(self._vault).name, on=date.today())
        self._write(path, data)

    def _write(self, path: str, data: bytes) -> None:
        try:
            write_atomic(Path(path), data)
            self._vault.log("stats.export", "stats", None, f"year={self.year.value()}")
        except (OSError, ReteError) as exc:
            text = exc.message() if isinstance(exc, ReteError) else str(exc)
            hooks.inform(self, self.tr("Esportazione non riuscita"), text, error=True)


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    """Replace a read-only table's contents."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
