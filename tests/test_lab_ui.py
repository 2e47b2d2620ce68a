"""The laboratorio and statistics pages: the operator sees the pseudonymised item before it can
be sent; exports from the statistics page are the suppressed ones."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt

from rete_desktop.storage import cases, sharing
from rete_desktop.ui import hooks
from rete_desktop.ui.lab_page import LabPage
from rete_desktop.ui.stats_page import StatsPage


def test_lab_page_previews_the_pseudonymised_item_before_sending(qtbot, vault):
    case_id = cases.create_case(vault, "Anna Ferraresi — Sabbioneta", risk="high")
    cases.add_person(vault, case_id, "victim", "Anna Ferraresi", birth_year=1979)
    cases.add_person(vault, case_id, "offender", "Bruno Ferraresi", phone="333 4455667")
    sharing.record_decision(vault, case_id, "laboratorio", "legal_obligation",
                            norm="art. 9 L. 184/1983", reason="minori a rischio")
    page = LabPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.send_button.isEnabled()
    page.case.setText(case_id)
    page.request.setPlainText("La signora Anna Ferraresi chiede la casa rifugio; il marito "
                              "Bruno (333 4455667) la cerca.")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    text = page.preview.toPlainText()
    for identifying in ("Ferraresi", "Anna", "Bruno", "4455667", "1979", "Sabbioneta"):
        assert identifying not in text
    assert "Risk level: high" in text and "[omesso]" in text  # the UI language (en in tests)
    page.request.setPlainText("altro")
    assert page.preview_button.isEnabled() and page._summary is None  # must preview again


def test_stats_page_exports_suppressed_csv(qtbot, vault, tmp_path):
    cases.create_case(vault, "uno", risk="high")
    page = StatsPage(vault)
    qtbot.addWidget(page)
    page.refresh()  # counted in a worker thread
    qtbot.waitUntil(lambda: page.shows_year(page.year.value()))
    assert page.table.rowCount() > 10
    shown = {page.table.item(r, 1).text(): page.table.item(r, 2).text()
             for r in range(page.table.rowCount())}
    assert shown["New cases"] == "1"  # exact on screen, for the office's own eyes
    viewed = vault.query("SELECT detail FROM audit WHERE action = 'stats.view'")
    assert len(viewed) == 1  # audited as `rete stats --internal` is
    hooks.choose_file_next(str(tmp_path / "s.csv"))
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text("utf-8"))))
    assert {r["item_key"]: r["Value"] for r in rows if r["section_key"] == "total"} == {
        "new_cases": "<3"}

    hooks.choose_file_next(str(tmp_path / "s.pdf"))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "s.pdf")).pages)
    assert "<3" in text


def test_lab_page_shows_what_to_review_and_asks_before_sending(qtbot, vault):
    from rete_desktop.domain.records import Consent
    from rete_desktop.domain.vocabulary import OfficeKind
    from rete_desktop.lab import items
    from rete_desktop.packets import directory

    directory.create_directory(vault, "Rete Casalasca")  # this office chairs
    case_id = cases.create_case(vault, "Anna Ferraresi — Sabbioneta", risk="high")
    cases.add_person(vault, case_id, "victim", "Anna Ferraresi", birth_year=1979)
    cases.set_consent(vault, case_id, Consent(share_with=(OfficeKind.CAV,)))
    page = LabPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    page.chair.setCurrentIndex(0)  # this office
    page.case.setText(case_id)
    page.request.setPlainText("Il figlio frequenta la scuola media Marconi a Sabbioneta.")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    text = page.preview.toPlainText()
    assert "To review before sending" in text
    assert "• scuola media Marconi a Sabbioneta" in text and "• media" not in text
    assert page.send_button.isEnabled()
    hooks.answer_next(False)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert items.pending_items(vault) == []  # not confirmed: nothing queued
    hooks.answer_next(True)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    (queued,) = items.pending_items(vault)
    assert queued.summary["persons"] == [{"role": "victim", "age_band": "45-54"}]


def test_lab_page_refuses_a_case_without_a_recorded_basis(qtbot, vault):
    """No consent and no sharing decision for the laboratorio: the page says why and nothing
    can be sent (issue 12: an item needs a recorded basis)."""
    from PySide6.QtWidgets import QMessageBox

    from rete_desktop.lab import items
    from rete_desktop.packets import directory

    directory.create_directory(vault, "Rete Casalasca")
    case_id = cases.create_case(vault, "Anna Ferraresi — Sabbioneta", risk="high")
    cases.add_person(vault, case_id, "victim", "Anna Ferraresi", birth_year=1979)
    page = LabPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    page.case.setText(case_id)
    page.request.setPlainText("Discussione in rete.")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    (box,) = page.findChildren(QMessageBox)
    assert "no basis to share it" in box.text()
    assert not page.send_button.isEnabled() and page.preview.toPlainText() == ""
    assert items.pending_items(vault) == []


def test_consent_without_childrens_data_keeps_children_out_of_the_lab_preview(qtbot, vault):
    """The consent dialog's «Children's data may be included» left unticked: the item the lab
    page previews, and would send, says nothing about the children (issue 12, --no-children)."""
    from rete_desktop.domain.records import Consent
    from rete_desktop.domain.vocabulary import OfficeKind
    from rete_desktop.packets import directory
    from rete_desktop.ui.dialogs import ConsentDialog

    directory.create_directory(vault, "Rete Casalasca")
    case_id = cases.create_case(vault, "Anna Ferraresi — Sabbioneta", risk="high")
    cases.add_person(vault, case_id, "victim", "Anna Ferraresi", birth_year=1979)
    cases.add_person(vault, case_id, "child", "Lia Ferraresi", birth_year=2018,
                     exposure="witnessed")
    page = LabPage(vault)
    qtbot.addWidget(page)
    page.refresh()
    page.case.setText(case_id)
    shown = {}
    for children in (True, False):
        dialog = ConsentDialog(vault, case_id, Consent())
        qtbot.addWidget(dialog)
        dialog.kinds[OfficeKind.CAV].setChecked(True)
        dialog.include_children.setChecked(children)
        dialog.accept()
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        shown[children] = (page.preview.toPlainText(), page._summary)
    assert "aged 6–10 (witnessed violence)" in shown[True][0]
    text, summary = shown[False]
    assert "6–10" not in text and "witnessed violence" not in text
    assert summary["children_withheld"] and summary["children"]["list"] == []
    assert summary["children"]["count"] == 0
