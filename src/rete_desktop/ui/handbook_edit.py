"""The coordinator's handbook duties: a glossary term added or reworded (in Italian, or its
English translation), a prevention action planned with its owner offices.

Each form calls one core function (:func:`glossary.set_term`, :func:`prevention.add_action`),
which validates, writes in one transaction and records the change in the audit log; a refused
value is shown beside its field and nothing changes. The edits travel to the other offices with
the next published directory.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from rete_desktop.handbook import glossary, network, prevention
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import labels
from rete_desktop.ui.dialogs import FormDialog
from rete_desktop.ui.widgets import resize_within_screen

OFFICE_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_NAMES = {"it": "Italiano", "en": "English"}


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(110)
    return box


class GlossaryTermDialog(FormDialog):
    """A new term (``entry`` None) or a change to ``entry``: its Italian wording, or in
    another language the translation shown to offices working in it."""

    def __init__(self, vault: Vault, entry: glossary.GlossaryEntry | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("New glossary term") if entry is None else self.tr("Edit a glossary term")
        super().__init__(vault, title, parent)
        self.entry = entry
        explain = QLabel(self.tr("The network's common language: a short definition every "
                                 "office agrees on. Published with the next directory."))
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.term = QLineEdit()
        self.term.setAccessibleName(self.tr("Term"))
        self.definition = _text_box(self.tr("Definition"))
        if entry is None:  # a new term starts in Italian: translations follow
            self.language.setEnabled(False)
        self.errors.add_row("lang", self.tr("&Language"), self.language)
        self.errors.add_row("term", self.tr("&Term"), self.term)
        self.errors.add_row("definition", self.tr("&Definition"), self.definition)
        self.language.currentIndexChanged.connect(self._fill)
        self._fill()
        resize_within_screen(self, 560, 340)

    def _fill(self) -> None:
        """The chosen language's current wording (Italian where no translation exists)."""
        if self.entry is None:
            return
        lang = self.language.currentData()
        current = next((e for e in glossary.list_terms(self.vault, lang)
                        if e.key == self.entry.key), self.entry)
        self.term.setText(current.term)
        self.definition.setPlainText(current.definition)

    def submit(self) -> str:
        return glossary.set_term(
            self.vault, self.term.text(), self.definition.toPlainText(),
            key=self.entry.key if self.entry is not None else None,
            lang=self.language.currentData())


class PreventionActionDialog(FormDialog):
    """A school talk, training day or campaign on a date, with the offices that run it."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("New prevention action"), parent)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in prevention.PreventionKind:
            self.kind.addItem(labels.prevention_kind(kind.value), kind.value)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setAccessibleName(self.tr("Date"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.description = _text_box(self.tr("Description"))
        self.owners = QListWidget()
        self.owners.setAccessibleName(self.tr("Offices running it"))
        self.owners.setMaximumHeight(120)
        own = load_identity(vault).office_id
        known = {o.id: o.name for o in network.network_offices(vault)}
        known.setdefault(own, load_identity(vault).name)
        for office_id, name in sorted(known.items(), key=lambda o: (o[0] != own, o[1])):
            item = QListWidgetItem(name)
            item.setData(OFFICE_ROLE, office_id)
            item.setCheckState(Qt.CheckState.Checked if office_id == own
                               else Qt.CheckState.Unchecked)
            self.owners.addItem(item)
        self.errors.add_row("title", self.tr("&Title"), self.title)
        self.errors.add_row("kind", self.tr("&Kind"), self.kind)
        self.errors.add_row("starts_on", self.tr("D&ate"), self.day)
        self.errors.add_row("place", self.tr("&Place"), self.place)
        self.errors.add_row("description", self.tr("D&escription"), self.description)
        self.errors.add_row("owners", self.tr("&Offices"), self.owners)
        resize_within_screen(self, 600, 520)

    def chosen_owners(self) -> list[str]:
        return [str(self.owners.item(row).data(OFFICE_ROLE)) for row in range(self.owners.count())
                if self.owners.item(row).checkState() == Qt.CheckState.Checked]

    def submit(self) -> str:
        return prevention.add_action(
            self.vault, self.title.text(), self.kind.currentData(),
            self.day.date().toPython(), owners=self.chosen_owners(),  # type: ignore[arg-type]
            place=self.place.text(), description=self.description.toPlainText())
