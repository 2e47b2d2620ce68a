"""The case record in the window (offscreen, real vaults): risk assessments with the level chart,
relations, forms, measures, services, sharing decisions, and the protocol pack from day one."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget  # noqa: E402

from rete_desktop.storage import case_record, cases, protocols, risk, sharing  # noqa: E402
from rete_desktop.ui import hooks  # noqa: E402
from rete_desktop.ui.case_record_dialogs import (  # noqa: E402
    MeasureDialog,
    RelationDialog,
    ServiceDialog,
    SharingDialog,
    ViolenceDialog,
)
from rete_desktop.ui.dialogs import ApplyProtocolDialog  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.risk_dialog import RiskDialog  # noqa: E402


@pytest.fixture
def case_id(window: MainWindow) -> str:
    case = cases.create_case(window.vault, "Bianchi — Viadana", risk="low")
    for role, name in (("victim", "Anna Bianchi"), ("offender", "Marco Neri"),
                       ("child", "Luca Neri")):
        cases.add_person(window.vault, case, role, name)
    window.open_case(case)
    return case


def _ok(dialog: QWidget) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _dialog(window: MainWindow, kind: type) -> object:
    found = window.findChildren(kind)
    assert found, kind
    return found[-1]


def _assess(window: MainWindow, qtbot, yes: tuple[str, ...] = (), level: str | None = None,
            reason: str = "", day: QDate | None = None) -> RiskDialog:
    window.detail.record.assess()
    dialog: RiskDialog = _dialog(window, RiskDialog)  # type: ignore[assignment]
    for item in dialog.answers:
        dialog.set_answer(item, "yes" if item in yes else "no")
    if level:
        dialog.level.setCurrentIndex(dialog.level.findData(level))
    dialog.reason.setPlainText(reason)
    if day:
        dialog.day.setDate(day)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    return dialog


def test_an_assessment_gives_the_expected_level_and_keeps_the_history(window, qtbot,
                                                                      case_id) -> None:
    _assess(window, qtbot, yes=("fear", "separation"), day=QDate(2026, 1, 5))
    assert cases.get_case(window.vault, case_id).risk.value == "medium"
    assert window.detail.risk.currentData() == "medium"
    _assess(window, qtbot, yes=(), day=QDate(2026, 2, 5))
    history = risk.history(window.vault, case_id)
    assert [a.level.value for a in history] == ["low", "medium"]
    assert len(window.detail.record.chart._points) == 2
    assert "Low" in window.detail.record.risk_caption.text()


def test_the_dialog_shows_the_level_as_answers_are_given(window, qtbot, case_id) -> None:
    window.detail.record.assess()
    dialog: RiskDialog = _dialog(window, RiskDialog)  # type: ignore[assignment]
    assert "15 questions still to answer" in dialog.score_line.text()
    dialog.set_answer("strangulation", "yes")
    assert "High" in dialog.score_line.text()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Answers missing" in dialog.general_error.text() + \
        " ".join(w.text() for w in dialog.findChildren(type(dialog.general_error)))
    assert risk.history(window.vault, case_id) == []


def test_lowering_without_a_reason_is_refused_and_nothing_is_saved(window, qtbot,
                                                                    case_id) -> None:
    dialog = _assess(window, qtbot, yes=("strangulation",), level="low")
    assert dialog.isVisible()
    assert risk.history(window.vault, case_id) == []
    dialog.reason.setPlainText("He has been in prison since last week.")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    (saved,) = risk.history(window.vault, case_id)
    assert (saved.computed_level.value, saved.level.value) == ("high", "low")


def test_a_high_result_applies_the_high_risk_protocol_once(window, qtbot, case_id) -> None:
    _assess(window, qtbot, yes=("threats_to_kill", "weapons"))
    tasks = protocols.list_tasks(window.vault, case_id=case_id)
    assert len(tasks) > 0 and window.detail.tasks.rowCount() == len(tasks)
    assert "high-risk protocol was applied" in window.statusBar().currentMessage()
    _assess(window, qtbot, yes=("strangulation",))
    assert len(protocols.list_tasks(window.vault, case_id=case_id)) == len(tasks)


def test_a_fresh_vault_applies_codice_rosso_from_the_window(window, qtbot, case_id) -> None:
    window.detail.apply_protocol()
    dialog: ApplyProtocolDialog = _dialog(window, ApplyProtocolDialog)  # type: ignore
    titles = [dialog.protocol.itemText(i) for i in range(dialog.protocol.count())]
    assert any("Codice Rosso" in t for t in titles)
    dialog.protocol.setCurrentIndex(next(i for i, t in enumerate(titles) if "Codice Rosso" in t))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    steps = {t.step_key for t in protocols.list_tasks(window.vault, case_id=case_id)}
    assert {"informazioni-90bis", "audizione-vittima"} <= steps
    assert window.detail.tasks.rowCount() == len(steps)


def test_record_is_entered_from_the_case_detail(window, qtbot, case_id) -> None:
    section = window.detail.record
    persons = {p.name: p.id for p in cases.list_persons(window.vault, case_id)}
    section.add_relation()
    dialog: RelationDialog = _dialog(window, RelationDialog)  # type: ignore[assignment]
    dialog.person.setCurrentIndex(dialog.person.findData(persons["Marco Neri"]))
    dialog.other.setCurrentIndex(dialog.other.findData(persons["Anna Bianchi"]))
    dialog.relation.setCurrentIndex(dialog.relation.findData("ex_partner"))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "Marco Neri is ex-partner of Anna Bianchi" in section.relations.text()

    section.add_forms()
    forms: ViolenceDialog = _dialog(window, ViolenceDialog)  # type: ignore[assignment]
    qtbot.mouseClick(_ok(forms), Qt.MouseButton.LeftButton)  # none ticked: refused
    assert forms.isVisible()
    for form in ("physical", "stalking"):
        next(c for f, c in forms.forms.items() if f.value == form).setChecked(True)
    qtbot.mouseClick(_ok(forms), Qt.MouseButton.LeftButton)
    assert {f.form.value for f in case_record.list_forms(window.vault, case_id)} == {
        "physical", "stalking"}

    section.add_measure()
    measure: MeasureDialog = _dialog(window, MeasureDialog)  # type: ignore[assignment]
    measure.kind.setCurrentIndex(measure.kind.findData("no_approach_order"))
    measure.day.setDate(QDate(2026, 1, 20))
    qtbot.mouseClick(_ok(measure), Qt.MouseButton.LeftButton)
    assert "20/01/2026 no-approach order" in section.measures.text()

    section.add_service()
    stay: ServiceDialog = _dialog(window, ServiceDialog)  # type: ignore[assignment]
    stay.kind.setCurrentIndex(stay.kind.findData("shelter"))
    stay.start.set(QDate(2026, 1, 21).toPython())
    stay.children_hosted.setValue(1)
    qtbot.mouseClick(_ok(stay), Qt.MouseButton.LeftButton)
    section.add_service()
    leave: ServiceDialog = _dialog(window, ServiceDialog)  # type: ignore[assignment]
    leave.kind.setCurrentIndex(leave.kind.findData("shelter"))
    leave.start.known.setChecked(False)
    leave.end.set(QDate(2026, 3, 1).toPython())
    qtbot.mouseClick(_ok(leave), Qt.MouseButton.LeftButton)
    (shelter,) = case_record.list_services(window.vault, case_id)
    assert (str(shelter.start_on), str(shelter.end_on), shelter.children) == (
        "2026-01-21", "2026-03-01", 1)

    section.source.setCurrentIndex(section.source.findData("helpline_1522"))
    section.source.activated.emit(section.source.currentIndex())
    assert cases.get_case(window.vault, case_id).access_source.value == "helpline_1522"


def test_sharing_under_legal_obligation_is_shown_as_such(window, qtbot, case_id) -> None:
    section = window.detail.record
    section.add_sharing()
    dialog: SharingDialog = _dialog(window, SharingDialog)  # type: ignore[assignment]
    dialog.targets["social_services"].setChecked(True)
    dialog.basis.setCurrentIndex(dialog.basis.findData("legal_obligation"))
    assert not dialog.collected.isEnabled()
    dialog.reason.setPlainText("Minore a rischio")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # a legal obligation names its norm
    dialog.norm.setText("art. 9 L. 184/1983")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    (decision,) = sharing.list_decisions(window.vault, case_id)
    assert decision.record.basis.value == "legal_obligation"
    shown = section.sharing.text()
    assert "legal obligation" in shown and "art. 9 L. 184/1983" in shown
    assert "consent" not in shown.replace("(the consent above applies)", "")
    assert "sharing decisions below" in window.detail.consent.text()  # not "nothing can go"


def test_the_protocols_page_lists_the_pack_and_imports_a_file_or_folder(qtbot, vault,
                                                                        tmp_path) -> None:
    import json

    from rete_desktop.ui.pages import ProtocolsPage

    page = ProtocolsPage(vault)
    qtbot.addWidget(page)
    assert page.list.count() == 3  # a fresh vault: the network's pack is there
    doc = json.loads(protocols.sample_protocol_files()[0].read_text())
    doc["version"] += 1
    doc["title"] = "Rischio elevato (aggiornato)"
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "nuovo.json").write_text(json.dumps(doc))
    hooks.choose_file_next(str(folder))
    page.import_folder_button.click()
    assert "1 new versions, 0 already here" in page.result.text()
    assert page.list.count() == 4
    (tmp_path / "rotto.json").write_text("{")
    hooks.choose_file_next(str(tmp_path / "rotto.json"))
    page.import_file_button.click()
    assert "Invalid protocol file: not JSON" in page.result.text()
    assert page.list.count() == 4


def test_a_person_added_after_opening_can_be_related_at_once(window, qtbot, case_id) -> None:
    new = cases.add_person(window.vault, case_id, "relative", "Carla Bianchi")
    window.detail.record.add_relation()
    dialog: RelationDialog = _dialog(window, RelationDialog)  # type: ignore[assignment]
    assert dialog.person.findData(new) >= 0
    dialog.reject()


def test_a_change_made_elsewhere_shows_in_the_open_case(window, case_id) -> None:
    """The CLI, another window or a received referral change the record: the detail follows."""
    case_record.add_measure(window.vault, case_id, "police_warning",
                            QDate(2026, 2, 2).toPython())
    assert "02/02/2026 police warning" in window.detail.record.measures.text()
