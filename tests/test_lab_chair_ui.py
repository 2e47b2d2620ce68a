"""The chair's screen of the laboratorio, on three real vaults: items received by drag and drop and
file dialog, the agenda built and saved, presence, a scrubbed decision and an action for another
office, the minutes sent; the owner sees the action among its tasks and its "done" update shows
at the chair."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402

from rete_desktop.lab import exchange, meeting  # noqa: E402
from rete_desktop.storage import cases, protocols, sharing  # noqa: E402
from rete_desktop.ui import hooks  # noqa: E402
from rete_desktop.ui.lab_page import LabPage  # noqa: E402
from tests.packet_fixtures import Office, build_network  # noqa: E402


@pytest.fixture
def network(tmp_path: Path) -> dict[str, Office]:
    return build_network(tmp_path / "net")


def _send_item(office: Office, chair: Office, out: Path, request: str) -> str:
    """A case with a named victim, proposed to the chair; returns the local case id."""
    with office.open() as vault:
        case_id = cases.create_case(vault, "Bernasconi — Casalmaggiore", risk="high")
        cases.add_person(vault, case_id, "victim", "Giulia Bernasconi", birth_year=1988)
        sharing.record_decision(vault, case_id, "laboratorio", "consent", collected="orale",
                                reason="discussione in rete")
        sealed = exchange.send_item(vault, case_id, chair.office_id, request)
    out.write_bytes(sealed.data)
    return case_id


def _drop(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def _click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _check_only(widget, office_ids: set[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           in office_ids else Qt.CheckState.Unchecked)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_chair_screen_runs_a_meeting_from_items_to_action_done(qtbot, network, tmp_path):
    cav, cc, social = network["cav"], network["carabinieri"], network["social"]
    cc_case = _send_item(cc, cav, tmp_path / "item1.age", "Valutare la casa rifugio.")
    _send_item(social, cav, tmp_path / "item2.age", "Coordinare il supporto ai minori.")

    with cav.open() as chair_vault:
        page = LabPage(chair_vault)
        qtbot.addWidget(page)
        page.refresh()
        panel = page.chair_panel
        assert not panel.during.isEnabled()  # no meeting yet

        # items arrive: one dropped, one through the file dialog
        _drop(panel, tmp_path / "item1.age")
        assert f"Received from {cc.name}" in panel.status.text()
        hooks.choose_file_next(str(tmp_path / "item2.age"))
        _click(qtbot, panel.import_button)
        assert f"Received from {social.name}" in panel.status.text()
        assert panel.agenda.pending.rowCount() == 2
        assert "Bernasconi" not in "".join(
            panel.agenda.pending.item(r, c).text() for r in range(2) for c in range(5))

        # the agenda: date, both cases, both offices; declining the question sends nothing
        day = date.today() + timedelta(days=10)
        panel.agenda.meeting_date.setDate(QDate(day.year, day.month, day.day))
        hooks.answer_next(False)
        _click(qtbot, panel.agenda.agenda_button)
        assert meeting.list_meetings(chair_vault) == []
        hooks.answer_next(True)
        hooks.choose_file_next(str(tmp_path / "agenda.age"))
        hooks.choose_file_next(str(tmp_path / "agenda.pdf"))
        _click(qtbot, panel.agenda.agenda_button)
        assert "PDF saved" in panel.status.text(), panel.status.text()
        assert panel.agenda.pending.rowCount() == 0 and panel.during.isEnabled()
        meeting_id = panel.meeting_id()
        assert meeting_id is not None
        agenda_text = _pdf_text(tmp_path / "agenda.pdf")
        assert "Rete Casalasca" in agenda_text and "Bernasconi" not in agenda_text
        for office in (cc, social):
            with office.open() as vault:
                assert exchange.import_lab_packet(
                    vault, (tmp_path / "agenda.age").read_bytes()).ref_id == meeting_id

        # during the meeting: the chair and the carabinieri are there, social services not
        chair_row = next(i for i in range(panel.during.present.count())
                         if panel.during.present.item(i).data(Qt.ItemDataRole.UserRole)
                         == cav.office_id)
        assert panel.during.present.item(chair_row).checkState() == Qt.CheckState.Checked
        _check_only(panel.during.present, {cav.office_id, cc.office_id})
        _click(qtbot, panel.during.present_button)
        assert {o["office_id"] for o in meeting.attendees(chair_vault, meeting_id, True)} == {
            cav.office_id, cc.office_id}

        doc = meeting.minutes_doc(chair_vault, meeting_id)
        cc_item = next(e["item_id"] for e in doc["items"] if e["sender_office_id"] == cc.office_id)
        panel.tabs.setCurrentWidget(panel.during)
        panel.during.item_choice.setCurrentIndex(panel.during.item_choice.findData(cc_item))
        panel.during.decision_text.setPlainText(
            "Attivare la casa rifugio; referente al 345 1234567.")
        _click(qtbot, panel.during.decision_button)
        assert "removed" in panel.status.text() and "1234567" in panel.status.text()
        stored = meeting.minutes_doc(chair_vault, meeting_id)["decisions"][0]["text"]
        assert "1234567" not in stored and "casa rifugio" in stored

        panel.during.action_title.setText("Verificare il braccialetto elettronico")
        panel.during.action_owner.setCurrentIndex(panel.during.action_owner.findData(cc.office_id))
        due = date.today() + timedelta(days=20)
        panel.during.action_due.setDate(QDate(due.year, due.month, due.day))
        _click(qtbot, panel.during.action_button)
        assert "Action recorded" in panel.status.text()
        assert panel.during.records.rowCount() == 2
        [action] = meeting.list_actions(chair_vault, meeting_id=meeting_id)
        assert (action.owner_office_id, action.due, action.item_id) == (cc.office_id, due, cc_item)

        # after: the minutes, with the question first
        panel.tabs.setCurrentWidget(panel.after)
        hooks.answer_next(True)
        hooks.choose_file_next(str(tmp_path / "minutes.age"))
        hooks.choose_file_next(str(tmp_path / "minutes.pdf"))
        _click(qtbot, panel.after.minutes_button)
        assert "PDF saved" in panel.status.text(), panel.status.text()
        minutes_text = _pdf_text(tmp_path / "minutes.pdf")
        assert "braccialetto" in minutes_text and "Bernasconi" not in minutes_text
        assert panel.after.action_table.item(0, 3).text() == "open"

    # the carabinieri file the minutes: the action is on their case, with its deadline
    with cc.open() as vault:
        imported = exchange.import_lab_packet(vault, (tmp_path / "minutes.age").read_bytes())
        assert imported.my_actions == (action.id,)
        tasks = [t for t in protocols.list_tasks(vault, case_id=cc_case) if t.due == due]
        assert len(tasks) == 1 and "braccialetto" in tasks[0].title
        update = exchange.send_action_done(vault, action.id)
        assert update is not None
    (tmp_path / "done.age").write_bytes(update.data)

    with cav.open() as chair_vault:
        page = LabPage(chair_vault)
        qtbot.addWidget(page)
        page.refresh()
        panel = page.chair_panel
        panel.import_file(str(tmp_path / "done.age"))
        assert "reports the action" in panel.status.text()
        assert panel.after.action_table.item(0, 3).text().startswith("done on")
        # the same update again is refused, in red, with the core's reason
        panel.import_file(str(tmp_path / "done.age"))
        assert "REFUSED" in panel.status.text()


def test_the_chair_records_time_place_representatives_and_urgencies_for_the_minutes(
        qtbot, network, tmp_path):
    cav, cc = network["cav"], network["carabinieri"]
    _send_item(cc, cav, tmp_path / "item.age", "Valutare la casa rifugio.")
    with cav.open() as chair_vault:
        exchange.import_lab_packet(chair_vault, (tmp_path / "item.age").read_bytes())
        from rete_desktop.lab import chair

        meeting_id = chair.create_agenda(chair_vault, date.today(), [cc.office_id])
        page = LabPage(chair_vault)
        qtbot.addWidget(page)
        page.refresh()
        panel = page.chair_panel
        panel.meeting.setCurrentIndex(panel.meeting.findData(meeting_id))
        _click(qtbot, panel.during.details_button)
        dialog = panel.during.details_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.time.setText("25:00")
        dialog.accept()
        assert dialog.isVisible() and "15:30" in dialog.general_error.text()  # refused
        dialog.time.setText("15:30")
        dialog.place.setText("Municipio di Casalmaggiore")
        dialog.secretary.setText("Ass. soc. Luca Moretti")
        dialog.representatives[cc.office_id].setText("Mar. Giulia Verdi")
        dialog.urgent.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.prevention.setPlainText("Incontri nelle scuole\n\nFormazione del pronto soccorso")
        dialog.accept()
        assert not dialog.isVisible() and "details saved" in panel.status.text()
        details = meeting.get_details(chair_vault, meeting_id)
        assert (details.time, details.place, details.secretary) == (
            "15:30", "Municipio di Casalmaggiore", "Ass. soc. Luca Moretti")
        assert details.names_for(cc.office_id) == "Mar. Giulia Verdi"
        assert len(details.urgent) == 1
        assert details.prevention == ("Incontri nelle scuole", "Formazione del pronto soccorso")


def test_agenda_and_minutes_are_shown_and_printed_by_the_chair_and_the_member(qtbot, network,
                                                                               tmp_path):
    """The chair reads the agenda and the draft minutes in the app; the office convened reads
    and prints the agenda it received (pages drawn from memory, painted on the printer)."""
    from PySide6.QtPrintSupport import QPrinter

    from rete_desktop.lab import chair
    from rete_desktop.lab import documents as lab_documents

    cav, cc = network["cav"], network["carabinieri"]
    _send_item(cc, cav, tmp_path / "item.age", "Valutare la casa rifugio.")
    day = date.today() + timedelta(days=7)
    with cav.open() as vault:
        exchange.import_lab_packet(vault, (tmp_path / "item.age").read_bytes())
        meeting_id = chair.create_agenda(vault, day, [cc.office_id])
        sealed, _ = exchange.send_agenda(vault, meeting_id, [cc.office_id])
        page = LabPage(vault)
        qtbot.addWidget(page)
        page.refresh()
        assert page.show_meeting_document() is None  # nothing chosen: told to choose
        page.meetings.selectRow(0)
        shown = page.show_meeting_document()
        assert shown is not None and shown.images() and shown.print_button.isVisibleTo(shown)
        assert shown.windowTitle() == f"Agenda of the meeting of {day:%d/%m/%Y}"
        shown.close()
        assert page.chair_panel.meeting_id() == meeting_id
        draft = page.chair_panel.after.preview_minutes()
        assert draft is not None and draft.images()
        draft.close()
    with cc.open() as vault:
        exchange.import_lab_packet(vault, sealed.data)
        kind, pdf = lab_documents.meeting_pdf(vault, meeting_id)
        (tmp_path / "received.pdf").write_bytes(pdf)
        assert kind == "agenda" and day.strftime("%d/%m/%Y") in _pdf_text(tmp_path / "received.pdf")
        page = LabPage(vault)
        qtbot.addWidget(page)
        page.refresh()
        page.meetings.selectRow(0)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        hooks.print_next(printer)
        page.print_meeting_document()
        assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == len(
            PdfReader(tmp_path / "received.pdf").pages)
