"""Giving her a document from her case: the leaflet, the wallet card or the art. 90-bis sheet,
in her language, previewed and printed from the case, and the hand-over recorded there (a note
in the network's Italian, the audit log, the Codice Rosso step ticked for the rights sheet)."""

from __future__ import annotations

import os
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from rete_desktop.domain.audit_actions import AuditAction  # noqa: E402
from rete_desktop.errors import BadInput  # noqa: E402
from rete_desktop.storage import audit, cases, handouts, notes, protocols  # noqa: E402
from tests.leaflet_samples import build_network  # noqa: E402


@pytest.fixture
def codice_rosso(vault) -> str:
    """A case of a network that prints its documents, with Codice Rosso applied today."""
    build_network(vault)
    case = cases.create_case(vault, "Situazione X")
    protocols.apply_protocol(vault, case, "codice-rosso", date.today())
    return case


def _step(vault, case: str):
    return next(t for t in protocols.list_tasks(vault, case_id=case)
                if t.step_key == handouts.RIGHTS_STEP)


def test_the_rights_sheet_given_in_arabic_is_in_the_case_and_closes_the_step(vault,
                                                                              codice_rosso):
    day = date.today() - timedelta(days=1)
    given = handouts.record_handout(vault, codice_rosso, "info-sheet", "ar", day)
    [note] = notes.list_notes(vault, codice_rosso)
    assert note.text == ("Consegnato alla donna: foglio dei diritti della persona offesa "
                         f"(art. 90-bis c.p.p.) in arabo, il {day.strftime('%d/%m/%Y')}.")
    step = _step(vault, codice_rosso)
    assert given.step_done == step.id and step.status.value == "done" and step.done_on == day
    entries = audit.list_entries(vault)
    handout = next(e for e in entries if e.action == AuditAction.CASE_HANDOUT)
    assert handout.entity_id == codice_rosso and "info-sheet" in handout.detail
    assert "ar" not in handout.detail.split(";")  # her language stays in the case, not the log
    assert any(e.action == AuditAction.TASK_DONE and e.entity_id == step.id for e in entries)


def test_the_leaflet_or_a_kept_step_leaves_the_step_open(vault, codice_rosso):
    assert handouts.record_handout(vault, codice_rosso, "leaflet", "ur").step_done is None
    assert handouts.record_handout(vault, codice_rosso, "info-sheet", "it",
                                   tick_step=False).step_done is None
    assert _step(vault, codice_rosso).status.value == "open"
    assert "volantino informativo in urdu" in notes.list_notes(vault, codice_rosso)[0].text


@pytest.mark.parametrize("document,lang,day,message", [
    ("poster", "it", None, "Unknown document 'poster'"),
    ("leaflet", "de", None, "Language 'de' is not available"),
    ("card", "it", date.today() + timedelta(days=1), "in the future"),
])
def test_a_bad_hand_over_is_refused_and_nothing_is_written(vault, codice_rosso, document, lang,
                                                           day, message):
    before = len(audit.list_entries(vault))
    with pytest.raises(BadInput) as refused:
        handouts.record_handout(vault, codice_rosso, document, lang, day)
    assert message in refused.value.message("en") and refused.value.message("it")
    assert notes.list_notes(vault, codice_rosso) == []
    assert len(audit.list_entries(vault)) == before
    assert _step(vault, codice_rosso).status.value == "open"


def test_cli_records_the_hand_over(rete, vault_dir, vault, codice_rosso):
    reference = cases.get_case(vault, codice_rosso).reference
    vault.close()
    r = rete("case", "handout", reference, "info-sheet", "--lang", "pa", "--vault", vault_dir)
    assert r.code == 0, r.err
    assert "hand-over recorded" in r.err and "Punjabi" in r.err
    assert "Codice Rosso step marked done" in r.err
    r = rete("case", "handout", reference, "leaflet", "--lang", "xx", "--vault", vault_dir)
    assert r.code == 4 and "'xx'" in r.err


def test_the_case_gives_her_the_sheet_previewed_printed_and_recorded(qtbot, vault, codice_rosso,
                                                                       tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from rete_desktop.ui import hooks
    from rete_desktop.ui.handout_dialog import HandoutDialog
    from rete_desktop.ui.page_image import PageImage

    dialog = HandoutDialog(vault, codice_rosso)
    qtbot.addWidget(dialog)
    assert dialog.tick_step.isHidden()  # the leaflet first: no step to tick
    dialog.document.setCurrentIndex(dialog.document.findData("info-sheet"))
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    assert not dialog.tick_step.isHidden()
    preview = dialog.preview()
    assert preview is not None and len(preview.findChildren(PageImage)) == 2
    preview.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    hooks.print_next(printer)
    dialog.print_document()
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 2
    dialog.accept()
    assert "in ucraino" in notes.list_notes(vault, codice_rosso)[0].text
    assert _step(vault, codice_rosso).status.value == "done"


def test_from_the_open_case_the_sheet_is_given_and_its_step_shows_done(window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from rete_desktop.ui.handout_dialog import HandoutDialog

    build_network(window.vault)
    case = cases.create_case(window.vault, "Situazione Y")
    protocols.apply_protocol(window.vault, case, "codice-rosso", date.today())
    window.open_case(case)
    qtbot.mouseClick(window.detail.handout_button, Qt.MouseButton.LeftButton)
    [dialog] = window.findChildren(HandoutDialog)
    dialog.document.setCurrentIndex(dialog.document.findData("info-sheet"))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    row = next(i for i, t in enumerate(protocols.list_tasks(window.vault, case_id=case))
               if t.step_key == handouts.RIGHTS_STEP)
    qtbot.waitUntil(lambda: window.detail.tasks.item(row, 0).checkState()
                    == Qt.CheckState.Checked)
    assert "in arabo" in notes.list_notes(window.vault, case)[0].text
