"""Attachments in the case detail, through the real widgets: add by dialog and by drop, preview
a PDF and an image from memory, save a copy only after confirming, refusals inline, lock wipes."""

from __future__ import annotations

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QColor, QDropEvent, QImage  # noqa: E402
from PySide6.QtWidgets import QScrollArea  # noqa: E402

from rete_desktop.domain.vocabulary import OfficeKind  # noqa: E402
from rete_desktop.packets import referral  # noqa: E402
from rete_desktop.storage import attachments, audit, cases  # noqa: E402
from rete_desktop.ui import hooks, pdf  # noqa: E402
from rete_desktop.ui.attachments import PreviewDialog  # noqa: E402
from rete_desktop.ui.export_wizard import ExportWizard  # noqa: E402
from tests.gui_helpers import case_with_consent, office_item  # noqa: E402


def _png(width: int = 40, height: int = 30) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e86c1"))
    data = QByteArray()  # kept alive while the buffer writes into it
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _drop(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    widget.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_attachment_added_by_dialog_is_listed_and_its_pdf_previewed_in_the_app(
        unlocked, qtbot, tmp_path):
    window = unlocked
    case_id = cases.create_case(window.vault, "Con referto")
    window.open_case(case_id)
    section = window.detail.attachments
    scan = tmp_path / "referto pronto soccorso.pdf"
    scan.write_bytes(pdf.recovery_sheet("Referto", "Pronto Soccorso", ["prognosi 21 giorni"],
                                        "ABCD-EFGH"))
    hooks.choose_file_next(str(scan))
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)

    assert section.table.rowCount() == 1
    assert section.table.item(0, 0).text() == "referto pronto soccorso.pdf"
    assert section.table.item(0, 3).text() == "tester"
    [stored] = attachments.list_attachments(window.vault, case_id)
    assert attachments.attachment_data(window.vault, stored.id) == scan.read_bytes()
    scan.unlink()  # the vault keeps its own copy

    section.table.selectRow(0)
    before = set(tmp_path.parent.rglob("*"))
    dialog = section.preview_current()
    assert isinstance(dialog, PreviewDialog) and dialog.isVisible()
    assert len(dialog.images()) == 1 and dialog.images()[0].image.width() > 500
    assert set(tmp_path.parent.rglob("*")) == before  # no temp file
    assert audit.list_entries(window.vault, limit=1)[0].action == "attachment.read"

    window.detail.clear()  # as on lock: the preview goes with the case
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert section.table.rowCount() == 0


def test_dropped_image_is_attached_and_previewed(unlocked, tmp_path):
    window = unlocked
    case_id = cases.create_case(window.vault, "Con foto")
    window.open_case(case_id)
    photo = tmp_path / "foto lesioni.png"
    photo.write_bytes(_png())
    _drop(window.detail, photo)
    section = window.detail.attachments
    assert section.table.item(0, 0).text() == "foto lesioni.png"
    section.table.selectRow(0)
    assert section.preview_button.isEnabled()
    dialog = section.preview_current()
    assert dialog is not None
    [shown] = dialog.images()
    assert (shown.image.width(), shown.image.height()) == (40, 30)
    dialog.close()


def test_a_long_scan_is_previewed_page_by_page_as_it_comes_into_view(unlocked, qtbot):
    """Every page has its place at once; a page is drawn when scrolled to (issue 14: a
    30-page scan held as thirty page images cost 130 MB), and closing lets the PDF go."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    for number in range(1, 13):
        canvas.drawString(100, 700, f"Pagina {number} del verbale")
        canvas.showPage()
    canvas.save()
    window = unlocked
    case_id = cases.create_case(window.vault, "Con verbale lungo")
    attachments.add_attachment(window.vault, case_id, "verbale.pdf", out.getvalue())
    window.open_case(case_id)
    section = window.detail.attachments
    section.table.selectRow(0)
    dialog = section.preview_current()
    assert dialog is not None and len(dialog.images()) == 12
    last = dialog.images()[-1]
    scroll = dialog.findChild(QScrollArea)
    scroll.ensureWidgetVisible(last)
    qtbot.waitUntil(lambda: not last.visibleRegion().isEmpty())
    assert last.image.width() > 500 and last.heightForWidth(600) > 600  # an A4 page, drawn
    dialog.close()
    assert last.image.isNull()  # the document is closed with the dialog


def test_a_big_photo_is_decoded_no_wider_than_the_preview_needs(unlocked):
    window = unlocked
    case_id = cases.create_case(window.vault, "Con foto grande")
    attachments.add_attachment(window.vault, case_id, "foto.png", _png(4000, 3000))
    window.open_case(case_id)
    section = window.detail.attachments
    section.table.selectRow(0)
    dialog = section.preview_current()
    assert dialog is not None
    [shown] = dialog.images()
    assert (shown.image.width(), shown.image.height()) == (2000, 1500)
    dialog.close()


def test_save_a_copy_asks_first_then_writes_the_chosen_file(unlocked, tmp_path):
    window = unlocked
    case_id = cases.create_case(window.vault, "Con allegato")
    attachments.add_attachment(window.vault, case_id, "relazione.txt", b"relazione di servizio")
    window.open_case(case_id)
    section = window.detail.attachments
    section.table.selectRow(0)
    assert not section.preview_button.isEnabled()  # plain text: no preview, a copy only
    out = tmp_path / "copia.txt"
    hooks.answer_next(False)
    section.save_current()
    assert not out.exists()
    hooks.answer_next(True)
    hooks.choose_file_next(str(out))
    section.save_current()
    assert out.read_bytes() == b"relazione di servizio"
    assert audit.list_entries(window.vault, limit=1)[0].action == "attachment.export"


def test_file_over_the_cap_is_refused_next_to_the_list(unlocked, tmp_path):
    window = unlocked
    case_id = cases.create_case(window.vault, "Video")
    window.open_case(case_id)
    big = tmp_path / "video.mp4"
    with big.open("wb") as fh:
        fh.truncate(attachments.MAX_ATTACHMENT_SIZE + 1)
    section = window.detail.attachments
    section.add_file(str(big))
    assert "video.mp4 was not attached" in section.error.text() and "25 MB" in section.error.text()
    assert attachments.list_attachments(window.vault, case_id) == []


def test_wizard_sends_the_ticked_attachment_only_with_consent_to_share_notes(
        network, open_window, tmp_path):
    station, cav = network["carabinieri"], network["cav"]
    a = open_window(station)
    case_id = case_with_consent(a.vault, (OfficeKind.CAV,), include_notes=True)
    attachments.add_attachment(a.vault, case_id, "verbale.pdf", b"%PDF-1.4 verbale")
    attachments.add_attachment(a.vault, case_id, "interno.txt", b"resta in stazione")
    closed = case_with_consent(a.vault, (OfficeKind.CAV,), include_notes=False)
    attachments.add_attachment(a.vault, closed, "verbale.pdf", b"%PDF-1.4 verbale")

    wizard = ExportWizard(a.vault, closed, a)
    wizard.show()
    wizard.next()
    office_item(wizard, cav).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    content = wizard.content_page
    assert content.attachments.count() == 1 and not content.include_attachments.isEnabled()
    assert "no note or attachment will go" in content.notes_notice.text()
    wizard.close()

    wizard = ExportWizard(a.vault, case_id, a)
    wizard.show()
    wizard.next()
    office_item(wizard, cav).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    content = wizard.content_page
    assert content.include_attachments.isEnabled()
    content.include_attachments.setChecked(True)
    content.attachments.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    travels = wizard.preview_page.what_travels.toPlainText()
    assert "verbale.pdf" in travels and "interno.txt" not in travels
    hooks.choose_file_next(str(tmp_path / "invio"))
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    wizard.close()

    with cav.open() as vault:
        received = referral.import_referral(vault, (tmp_path / "invio.age").read_bytes())
        assert received.case_id is not None
        assert [f.name for f in attachments.list_attachments(vault, received.case_id)
                if f.source != referral.SUMMARY_SOURCE] == ["verbale.pdf"]
