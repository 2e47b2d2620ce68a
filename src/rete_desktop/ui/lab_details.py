"""The chair's "Meeting details…": time and place, who chairs and who takes the minutes, the
representatives of each office, which cases are urgencies, the prevention actions on the agenda.
They go into the agenda and minutes (``lab.chair.set_details``); a thin form over that call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from rete_desktop.lab import chair, items, meeting
from rete_desktop.lab.details import MeetingDetails
from rete_desktop.storage.vault import Vault
from rete_desktop.ui.dialogs import FormDialog


class MeetingDetailsDialog(FormDialog):
    def __init__(self, vault: Vault, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Meeting details"), parent)
        self.meeting_id = meeting_id
        details = meeting.get_details(vault, meeting_id)
        self.time = QLineEdit(details.time)
        self.time.setPlaceholderText(self.tr("e.g. 15:30"))
        self.place = QLineEdit(details.place)
        self.chair_person = QLineEdit(details.chair_person)
        self.chair_person.setPlaceholderText(self.tr("name and role of who chairs"))
        self.secretary = QLineEdit(details.secretary)
        self.secretary.setPlaceholderText(self.tr("name and role of who takes the minutes"))
        self.errors.add_row("time", self.tr("&Time"), self.time)
        self.errors.add_row("place", self.tr("&Place"), self.place)
        self.errors.add_row("chair_person", self.tr("&Chaired by"), self.chair_person)
        self.errors.add_row("secretary", self.tr("&Minutes taken by"), self.secretary)
        self.representatives: dict[str, QLineEdit] = {}
        for office in meeting.attendees(vault, meeting_id):
            field = QLineEdit(details.names_for(office["office_id"]))
            field.setAccessibleName(self.tr("Representatives of {0}").format(office["name"]))
            self.representatives[office["office_id"]] = field
            self.form.addRow(office["name"], field)
        self.urgent = QListWidget()
        self.urgent.setAccessibleName(self.tr("Urgencies"))
        for item in items.items_of_meeting(vault, meeting_id):
            row = QListWidgetItem(self.tr("Case {0}").format(item.case_code))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.id in details.urgent
                              else Qt.CheckState.Unchecked)
            self.urgent.addItem(row)
        self.urgent.setMaximumHeight(90)
        self.errors.add_row("urgent", self.tr("&Urgencies (ticked)"), self.urgent)
        self.prevention = QPlainTextEdit("\n".join(details.prevention))
        self.prevention.setPlaceholderText(self.tr("one prevention action per line (no names)"))
        self.prevention.setTabChangesFocus(True)
        self.prevention.setMaximumHeight(90)
        self.errors.add_row("prevention", self.tr("P&revention actions"), self.prevention)
        self.resize(560, self.sizeHint().height())

    def submit(self) -> MeetingDetails:
        urgent = [str(self.urgent.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(self.urgent.count())
                  if self.urgent.item(i).checkState() == Qt.CheckState.Checked]
        return chair.set_details(
            self.vault, self.meeting_id, time=self.time.text(), place=self.place.text(),
            chair_person=self.chair_person.text(), secretary=self.secretary.text(),
            representatives={k: f.text() for k, f in self.representatives.items()},
            urgent=urgent, prevention=self.prevention.toPlainText().splitlines())
