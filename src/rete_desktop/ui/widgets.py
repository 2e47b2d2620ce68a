"""Small shared widgets: inline error labels and the passphrase strength meter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from rete_desktop.errors import ReteError
from rete_desktop.i18n import translate
from rete_desktop.ui import style
from rete_desktop.ui.error_label import ErrorLabel as ErrorLabel  # its home before unlocking
from rete_desktop.ui.labels import error_text, language


class MnemonicLabel(QLabel):
    """A form label whose Alt+letter underline never clips its last letter.

    QLabel measures its text as one kerned run but draws the underlined mnemonic letter as a
    separate run, so a kerned pair ("&Te" in «&Telefono») ends up wider than the size hint and
    the layout cuts the last letter («Telefonc»); the hint here reserves the difference."""

    def __init__(self, text: str, buddy: QWidget | None = None) -> None:
        super().__init__(text)
        if buddy is not None:
            self.setBuddy(buddy)

    def _slack(self) -> int:
        text = self.text()
        at = text.replace("&&", "\0\0").find("&")
        if at < 0 or at + 1 >= len(text):
            return 0
        metrics = self.fontMetrics()
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        pieces = (text[:at], text[at + 1], text[at + 2:])
        drawn = sum(metrics.horizontalAdvance(p.replace("&&", "&")) for p in pieces)
        return max(0, drawn - metrics.horizontalAdvance(plain)) + 1

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return super().sizeHint() + QSize(self._slack(), 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return super().minimumSizeHint() + QSize(self._slack(), 0)


def add_form_row(form: QFormLayout, text: str, field: QWidget,
                 buddy: QWidget | None = None) -> MnemonicLabel:
    """``form.addRow(text, field)`` with a label that fits its mnemonic and whose Alt+letter
    focuses ``buddy`` (default: the field itself)."""
    label = MnemonicLabel(text, buddy or field)
    form.addRow(label, field)
    return label


TITLE_BAR = 40  # px the window manager's title bar and frame add above a window


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width``×``height``, or smaller where the screen's free area is
    smaller (1366×768 under a desktop panel, or scaled to 125–150 %): its panes scroll
    instead of OK or Send lying below the screen's edge."""
    size = QSize(width, height)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() - QSize(0, TITLE_BAR))
    window.resize(size.expandedTo(window.minimumSizeHint()))


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a frameless pane that scrolls up and down when the window is shorter
    than it (a page of fields at 150 %), and gives it all the room there is otherwise."""
    scroll = QScrollArea()
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


def fit_columns(header: QHeaderView, stretch: int, minimum: int | None = None) -> None:
    """Short columns sized to their contents, ``stretch`` (a title or name) takes the rest, so
    the short ones (risk, phone) are not pushed behind a horizontal scrollbar."""
    header.setStretchLastSection(False)
    if minimum is not None:
        header.setMinimumSectionSize(minimum)
    for column in range(header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


def columns_width(view: QAbstractItemView, columns: tuple[int, ...]) -> int:
    """Width the view needs to show ``columns`` whole: contents, headers, frame, scrollbar."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else cast(
        QTreeView, view).header()
    content = sum(max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns)
    return content + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()


class CompleteFlag(QLineEdit):
    """A hidden mandatory wizard field: the page is complete while :meth:`set` was given True.

    Overriding ``QWizardPage.isComplete`` in Python is unsafe in PySide6 6.x on Python 3.11:
    every call from Qt drops a reference to the returned ``True``/``False`` and the
    interpreter aborts once one reaches zero ("bool_dealloc"); Qt's own isComplete checks
    mandatory fields instead."""

    def __init__(self, page: QWizardPage, name: str) -> None:
        super().__init__(page)
        self.hide()
        page.registerField(name + "*", self)

    def set(self, complete: bool) -> None:
        self.setText("1" if complete else "")


def focus_first_field(container: QWidget) -> None:
    """Put the cursor in ``container``'s first field in Tab order (a wizard page just shown:
    otherwise nothing has the focus and a keyboard user is lost)."""
    from PySide6.QtCore import Qt  # here: the unlock dialog imports this module (ui/unlock.py)

    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (container.isAncestorOf(widget) and widget.isEnabled() and widget.isVisible()
                and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


class StrengthMeter(QWidget):
    """A bar and a word that follow a passphrase field, with the same verdict (zxcvbn) that
    the vault applies: anything below "good" is refused, and the tooltip says why."""

    def __init__(self, field: QLineEdit, names: Callable[[], tuple[str, ...]] = tuple,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._bar = QProgressBar()
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(10)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._word = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self._word)
        field.textChanged.connect(self.update_for)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        from rete_desktop.domain import passphrase as rules  # zxcvbn loads on first use

        verdict = rules.assess(passphrase, self._names())
        if verdict.reason == "passphrase.reason.short":
            word, color = self.tr("too short"), style.ERROR
        elif not verdict.acceptable:
            word, color = self.tr("too weak"), style.WEAK
        elif verdict.score < 4:
            word, color = self.tr("good"), style.FAIR
        else:
            word, color = self.tr("strong"), style.OK
        self._bar.setValue(verdict.score if passphrase else 0)
        self._bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        self._word.setText(word)
        self.setToolTip(translate(verdict.reason, language()) if verdict.reason
                        else word)

    @property
    def word(self) -> str:
        return self._word.text()


_FIELD_OF_MESSAGE = {
    "value.invalid_phone": "phone",
    "value.invalid_email": "email",
    "value.invalid_codice_fiscale": "codice_fiscale",
    "value.invalid_year": "birth_year",
    "note.empty": "text",
}


def field_of(exc: ReteError) -> str | None:
    """Which form field a validation error is about (so it can be shown next to it)."""
    return exc.params.get("field") or _FIELD_OF_MESSAGE.get(exc.message_id)


class FormErrors:
    """Error labels placed under each field of a form; :meth:`show` routes a core error."""

    def __init__(self, form: QFormLayout, general: ErrorLabel) -> None:
        self._form = form
        self._labels: dict[str, ErrorLabel] = {}
        self._names: dict[str, str] = {}
        self._general = general

    def add_row(self, field: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = ErrorLabel()
        layout.addWidget(error)
        self._labels[field] = error
        self._names[field] = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
        add_form_row(self._form, label, box, widget)  # Alt+letter goes to the field, not the box

    def clear(self) -> None:
        for label in (*self._labels.values(), self._general):
            label.show_error("")

    def show(self, exc: Exception) -> None:
        field = field_of(exc) if isinstance(exc, ReteError) else None
        label = self._labels.get(field or "", self._general)
        if isinstance(exc, ReteError) and field in self._names and "field" in exc.params:
            # Name the field as the form does («Nome»), not by its internal id («name»).
            exc = ReteError(exc.message_id, **{**exc.params, "field": self._names[field]})
        label.show_error(error_text(exc))
        window = label.window()
        layout = window.layout()
        needed = (layout.totalHeightForWidth(window.width())
                  if layout is not None and layout.hasHeightForWidth()
                  else window.sizeHint().height())  # wrapped lines need their height
        if window.isWindow() and window.height() < needed:
            window.resize(window.width(), needed)  # a dialog grows so the message is not clipped


def picked_day(edit: QDateEdit) -> date:
    """The day shown in ``edit`` (Qt's type stubs call ``toPython`` an object)."""
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day
