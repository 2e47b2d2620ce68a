"""The demo office is a month in the life of a CAV: what a newcomer sees on each page."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import (  # noqa: E402
    QComboBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from rete_desktop.demo import DemoSize, create_demo_vault, fill_demo  # noqa: E402
from rete_desktop.domain.vocabulary import RiskLevel  # noqa: E402
from rete_desktop.storage import cases, notes, protocols  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.settings import Settings  # noqa: E402
from tests.conftest import make_vault  # noqa: E402
from tests.gui_helpers import go  # noqa: E402

CASES = 20


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault, _ = create_demo_vault(tmp_path_factory.mktemp("demo") / "vault",
                                 "correct horse battery staple", cases=CASES)
    yield vault
    vault.close()


@pytest.fixture
def window(qtbot, demo: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> MainWindow:
    monkeypatch.setenv("RETE_CONFIG_DIR", str(tmp_path / "config"))
    main = MainWindow(demo, "Centro Antiviolenza Mia (DEMO)", SecureClipboard(),
                      Settings(language="en"))
    qtbot.addWidget(main)
    main.show()
    return main


def _named(page: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = [w for w in page.findChildren(kind) if w.accessibleName() == name]
    assert found, f"no {kind.__name__} named {name!r}"
    return found[0]


def _column(tree: QTreeWidget, column: int) -> list[str]:
    return [tree.topLevelItem(row).text(column) for row in range(tree.topLevelItemCount())]


def test_no_two_demo_notes_are_identical_and_they_tell_different_things(demo):
    texts, categories = [], set()
    for case in cases.list_cases(demo, limit=100):
        for note in notes.list_notes(demo, case.id):
            texts.append(note.text)
            categories.add(note.category)
    assert len(texts) > CASES * 3
    assert len(set(texts)) == len(texts)
    assert len(categories) >= 5
    assert len({t.split(":")[0].split()[0] for t in texts}) > 10  # not one opening reworded
    assert not [t for t in texts if " di i " in t or "{" in t]  # "dei figli", every slot filled


def test_the_demo_records_are_signed_by_the_demo_operator_not_a_placeholder(demo):
    """Notes, assessments and sharing decisions said «demo»: a newcomer must see what a real
    office sees, the name and role of whoever wrote them."""
    from rete_desktop.storage import risk, sharing

    assert demo.operator == "Operatrice Sara Demo"
    authors, signed = set(), set()
    for case in cases.list_cases(demo, limit=100):
        authors |= {n.author for n in notes.list_notes(demo, case.id)}
        signed |= {a.operator for a in risk.history(demo, case.id)}
        signed |= {d.record.operator for d in sharing.list_decisions(demo, case.id)}
    assert signed == {demo.operator}
    # the notes of referrals received name the sending office's operator or the office
    assert demo.operator in authors and not authors & {"demo", "", None}


def test_the_demo_is_the_same_for_the_same_seed(tmp_path):
    def told(path: Path) -> list[tuple[str, list[str]]]:
        vault = make_vault(path)
        try:
            fill_demo(vault, DemoSize(cases=8), seed=7)
            return sorted((c.title, [n.text for n in notes.list_notes(vault, c.id)])
                          for c in cases.list_cases(vault, limit=100))
        finally:
            vault.close()

    assert told(tmp_path / "a") == told(tmp_path / "b")


def test_the_demo_has_overdue_and_coming_tasks_on_the_tasks_page(window):
    tree = _named(go(window, "Ctrl+6"), QTreeWidget, "Tasks due")
    due = _column(tree, 0)
    assert any("OVERDUE" in d for d in due)
    assert any(d and "OVERDUE" not in d for d in due)


def test_recent_high_risk_cases_have_protocol_tasks(demo):
    recent = [c for c in cases.list_cases(demo, limit=100) if c.risk is RiskLevel.HIGH
              and c.opened_on >= date.today() - timedelta(days=45)]
    assert recent
    for case in recent:
        assert protocols.list_tasks(demo, case_id=case.id), case.title


def test_the_register_shows_referrals_sent_and_received_with_their_receipts(window):
    sent = _named(go(window, "Ctrl+5"), QTreeWidget, "Register")
    referrals = [s for k, s in zip(_column(sent, 2), _column(sent, 4), strict=True)
                 if k == "Referral"]
    assert referrals.count("acknowledged") == 2
    assert referrals.count("NO RECEIPT — overdue") == 1
    received = _named(go(window, "Ctrl+4"), QTreeWidget, "Register")
    statuses = _column(received, 4)
    assert "receipt sent" in statuses
    assert "received — receipt not sent yet" in statuses
    assert len(set(_column(received, 1))) > 1  # spread over the month, not all today


def test_the_laboratorio_has_a_meeting_with_decisions_and_a_case_for_the_next(window):
    lab = go(window, "Ctrl+8")
    lab.page().tabs.setCurrentWidget(lab.page().chair_panel)
    chair = lab.page().chair_panel
    chair.refresh()
    meeting = _named(chair, QComboBox, "Meeting")
    assert meeting.count() >= 1
    records = _named(chair, QTableWidget, "Decisions and actions recorded")
    assert records.rowCount() >= 3  # two decisions, three actions
    pending = _named(chair, QTableWidget, "Cases waiting for an agenda")
    assert pending.rowCount() == 1


def test_the_status_bar_reminds_the_demo_office_to_make_a_backup(window):
    assert "Make one now" in window.backup_state.text()


def test_the_meetings_list_says_in_words_that_the_minutes_went_out(window):
    lab = go(window, "Ctrl+8")
    meetings = _named(lab, QTableWidget, "Meetings")
    held = date.today() - timedelta(days=6)
    assert [meetings.item(0, c).text() for c in range(3)] == [
        held.strftime("%d/%m/%Y"), "chairs", "minutes sent"]


def test_another_offices_late_step_is_awaited_not_overdue_on_the_tasks_page(qtbot, vault):
    from rete_desktop.ui.pages import TasksPage

    case_id = cases.create_case(vault, "Caso con querela")
    protocols.apply_protocol(vault, case_id, "codice-rosso", date.today() - timedelta(days=20))
    page = TasksPage(vault)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    rows = {page.tree.topLevelItem(n).text(1): page.tree.topLevelItem(n).text(0)
            for n in range(page.tree.topLevelItemCount())}
    assert rows["Primo colloquio di accoglienza al CAV"].endswith("OVERDUE")  # the centre's
    assert rows["Comunicare immediatamente la notizia di reato al PM (anche in forma orale)"] \
        .endswith("awaited")  # the Carabinieri's
