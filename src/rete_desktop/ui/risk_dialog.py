"""The risk assessment: the instrument's questions by area, answered yes / no / don't know, the
score and level computed as you answer, the professional judgement (raise freely, lower only with
a written reason), and a small chart of the case's level over time.

The dialog only collects answers; :func:`rete_desktop.storage.risk.assess` scores, stores and,
on a first high result, applies the high-risk protocol.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain import risk as rules
from rete_desktop.domain.records import Assessment
from rete_desktop.domain.vocabulary import RiskLevel
from rete_desktop.storage import risk
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import labels, style
from rete_desktop.ui.dialogs import FormDialog
from rete_desktop.ui.widgets import picked_day, resize_within_screen

# Readable as text on the window background (at least 4.5:1, tests/test_accessibility.py).
LEVEL_COLOURS = {RiskLevel.LOW: QColor(style.OK), RiskLevel.MEDIUM: QColor(style.RISK_MEDIUM),
                 RiskLevel.HIGH: QColor(style.ERROR)}


class RiskChart(QWidget):
    """The level of each assessment over time: one dot per assessment, oldest on the left."""

    def __init__(self) -> None:
        super().__init__()
        self._points: list[tuple[date, RiskLevel]] = []
        self.setAccessibleName(self.tr("Risk level over time"))
        self.setMinimumHeight(70)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(320, 76)

    def set_history(self, history: list[Assessment]) -> None:
        """``history`` newest first, as :func:`storage.risk.history` gives it."""
        self._points = [(a.assessed_on, a.level) for a in reversed(history)]
        self.setToolTip("\n".join(f"{d.strftime('%d/%m/%Y')}: {labels.risk(level)}"
                                  for d, level in self._points))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top = 60.0, 8.0
        area = QRectF(left, top, max(10.0, self.width() - left - 12), self.height() - 2 * top)
        order = rules.LEVEL_ORDER
        for i, level in enumerate(order):
            y = area.bottom() - i * area.height() / (len(order) - 1)
            painter.setPen(QPen(self.palette().mid().color(), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, y - 9, left - 6, 18),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             labels.risk(level))
        if not self._points:
            return
        first, last = self._points[0][0], self._points[-1][0]
        span = max(1, (last - first).days)

        def at(day: date, level: RiskLevel) -> QPointF:
            x = area.left() + (day - first).days / span * area.width() if last != first \
                else area.center().x()
            return QPointF(x, area.bottom() - order.index(level) * area.height() / 2)

        points = [at(d, level) for d, level in self._points]
        painter.setPen(QPen(QColor(style.MUTED), 1.5))
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        for point, (_, level) in zip(points, self._points, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LEVEL_COLOURS[level])
            painter.drawEllipse(point, 5, 5)


class RiskDialog(FormDialog):
    """A new assessment of one case with the office's current instrument."""

    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Risk assessment"), parent)
        self.case_id = case_id
        self.instrument = risk.get_instrument(vault)
        lang = labels.language()
        intro = QLabel(f"<b>{self.instrument.title.get(lang)}</b> (v{self.instrument.version})"
                       f"<br>{self.instrument.description.get(lang)}")
        intro.setWordWrap(True)
        self.answers: dict[str, QButtonGroup] = {}
        questions = QWidget()
        column = QVBoxLayout(questions)
        for area in self.instrument.areas:
            box = QGroupBox(area.title.get(lang))
            grid = QGridLayout(box)
            for line, item in enumerate(area.items):
                grid.addWidget(self._question(item, lang), line, 0)
                group = QButtonGroup(box)
                for n, (answer, text) in enumerate((
                        (rules.Answer.YES, self.tr("Yes")), (rules.Answer.NO, self.tr("No")),
                        (rules.Answer.UNKNOWN, self.tr("Don't know")))):
                    button = QRadioButton(text)
                    button.setProperty("answer", answer.value)
                    button.setAccessibleName(f"{item.question.get(lang)}: {text}")
                    group.addButton(button)
                    grid.addWidget(button, line, 1 + n)
                group.buttonToggled.connect(self._recompute)
                self.answers[item.id] = group
            grid.setColumnStretch(0, 1)
            column.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(questions)
        scroll.setMinimumHeight(160)  # a few questions, even at 150 %
        # above the form: the questions take the dialog's height, the form keeps its own
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(0, intro)
        outer.insertWidget(1, scroll, 1)
        self.score_line = QLabel()
        self.score_line.setAccessibleName(self.tr("Computed level"))
        self.form.addRow(self.tr("Result"), self.score_line)
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level decided"))
        self.level.addItem(self.tr("As computed"), None)
        for level in RiskLevel:
            self.level.addItem(labels.risk(level), level.value)
        self.errors.add_row("level", self.tr("&Professional judgement"), self.level)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason of the judgement"))
        self.reason.setPlaceholderText(self.tr(
            "Needed to set a level lower than the computed one"))
        self.reason.setFixedHeight(60)  # the questions take the height, not the reason
        self.errors.add_row("reason", self.tr("&Reason"), self.reason)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setAccessibleName(self.tr("Date of the assessment"))
        self.errors.add_row("date", self.tr("&Date"), self.day)
        self.outcome: risk.Outcome | None = None
        self._recompute()
        resize_within_screen(self, 760, 720)

    @staticmethod
    def _question(item: rules.Item, lang: str) -> QLabel:
        label = QLabel(item.question.get(lang))
        label.setWordWrap(True)
        label.setToolTip(item.help.get(lang))
        return label

    def set_answer(self, item_id: str, answer: str) -> None:
        """Choose an answer (tests and keyboard users alike go through the buttons)."""
        for button in self.answers[item_id].buttons():
            if button.property("answer") == answer:
                button.setChecked(True)

    def chosen(self) -> dict[str, str]:
        checked = {item: group.checkedButton() for item, group in self.answers.items()}
        return {item: str(button.property("answer"))
                for item, button in checked.items() if button is not None}

    def _recompute(self) -> None:
        given = self.chosen()
        missing = len(self.answers) - len(given)
        result = rules.score(self.instrument,
                             {k: rules.Answer(v) for k, v in given.items()})
        text = self.tr("score {0} of {1}: {2}").format(
            result.score, self.instrument.max_score, labels.risk(result.level))
        if missing:
            text += " — " + self.tr("{0} questions still to answer").format(missing)
        self.score_line.setText(text)
        self.score_line.setStyleSheet(f"color: {LEVEL_COLOURS[result.level].name()};"
                                  " font-weight: bold;")

    def submit(self) -> risk.Outcome:
        self.outcome = risk.assess(
            self.vault, self.case_id, self.chosen(), instrument_key=self.instrument.key,
            level=self.level.currentData(), reason=self.reason.toPlainText(),
            assessed_on=picked_day(self.day))
        return self.outcome

