"""Referrals through the app's real widgets, between two real office vaults of one network:
the export wizard at the Carabinieri station, the inbox at the CAV, the receipt back."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402

from rete_desktop.domain.vocabulary import OfficeKind  # noqa: E402
from rete_desktop.packets import referral, register  # noqa: E402
from rete_desktop.packets.directory import get_member  # noqa: E402
from rete_desktop.storage import cases, notes  # noqa: E402
from rete_desktop.ui import hooks  # noqa: E402
from rete_desktop.ui.case_model import CASE_ID_ROLE  # noqa: E402
from rete_desktop.ui.export_wizard import ExportWizard  # noqa: E402
from tests.gui_helpers import case_with_consent, office_item, register_statuses  # noqa: E402
from tests.packet_fixtures import Office  # noqa: E402


def _drop(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    widget.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_referral_goes_through_the_wizard_to_the_inbox_and_its_receipt_comes_back(
        network, open_window, qtbot, tmp_path):
    station, cav = network["carabinieri"], network["cav"]
    a = open_window(station)
    case_id = case_with_consent(a.vault, (OfficeKind.CAV,), include_notes=True)
    shared_note = notes.list_notes(a.vault, case_id)[0]
    a.open_case(case_id)

    qtbot.keyClick(a, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wizard = a.outbox_page.wizard
    assert isinstance(wizard, ExportWizard) and wizard.isVisible()
    assert wizard.case is not None and wizard.case.id == case_id  # preselected from the detail
    assert wizard.case_page.isComplete()
    wizard.next()
    office_item(wizard, cav).setCheckState(Qt.CheckState.Checked)
    assert wizard.recipients_page.isComplete()
    wizard.next()
    content = wizard.content_page
    assert content.include_notes.isEnabled()
    content.include_notes.setChecked(True)
    content.notes.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(content.reason, "Minacce ripetute, due figli minori")
    qtbot.keyClicks(content.action, "Presa in carico e colloquio entro 3 giorni")
    qtbot.keyClicks(content.account, "Minacciata con un coltello il 28 novembre")
    qtbot.keyClicks(content.safe_contact, "solo al mattino")
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    page, *_ = wizard.preview_page.page_images()
    assert page.image.width() > 900 and page.isVisible()  # an A4 page rendered in memory
    assert wizard.draft is not None
    summary = wizard.draft.summary("-")
    assert summary.account == "Minacciata con un coltello il 28 novembre"
    assert [w.agreed_contact for w in summary.women] == ["solo al mattino"]
    # who to call back: the operator of this session by name, never the computer's login
    assert summary.callback.operator == a.vault.operator != "root"
    previewed = PdfReader(io.BytesIO(wizard.draft.parts("-")[referral.SUMMARY_PART][1]))
    assert a.vault.operator in " ".join(p.extract_text() for p in previewed.pages)
    assert "Centro Antiviolenza Rete Rosa" in wizard.preview_page.summary.text()
    assert register.list_register(a.vault) == []  # nothing is sent before the confirmation

    hooks.choose_file_next(str(tmp_path / "referral-for-cav"))
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    packet_file = tmp_path / "referral-for-cav.age"
    (sent,) = register.list_register(a.vault)
    assert packet_file.read_bytes()[:21] == b"age-encryption.org/v1"
    assert sent.protocol in wizard.done_page.message.text()
    assert str(packet_file) in wizard.done_page.message.text()
    assert register_statuses(a, a.outbox_page) == ["waiting for the receipt"]

    b = open_window(cav)
    qtbot.keyClick(b, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    inbox = b.inbox_page
    assert b.stack.currentWidget() is inbox
    hooks.choose_file_next(str(packet_file))
    qtbot.mouseClick(inbox.choose_button, Qt.MouseButton.LeftButton)
    verdict = inbox.verdict.text()
    fingerprint = get_member(b.vault, station.office_id).public.fingerprint()
    assert "Verified sender: Stazione Carabinieri Casalmaggiore" in verdict
    assert fingerprint in verdict
    assert inbox.open_button.isVisible()
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    assert b.stack.currentWidget() is b.cases_page
    linked = b.detail.case
    assert linked is not None and linked.title == "Maria Rossi — Casalmaggiore"
    assert linked.received_packet_id == sent.packet_id
    texts = [n.text for n in notes.list_notes(b.vault, linked.id)]
    assert shared_note.text in texts
    assert not any("resta in stazione" in t for t in texts)
    assert any("Minacce ripetute" in t and "colloquio entro 3 giorni" in t for t in texts)

    receipt_file = tmp_path / "receipt.age"
    hooks.choose_file_next(str(receipt_file))
    qtbot.mouseClick(inbox.receipt_button, Qt.MouseButton.LeftButton)
    assert receipt_file.is_file()
    assert register_statuses(b, inbox) == ["receipt sent"]

    a.sidebar.setCurrentRow(4)
    assert a.stack.currentWidget() is a.outbox_page
    _drop(a.outbox_page, receipt_file)
    assert "Receipt accepted" in a.outbox_page.verdict.text()
    assert sent.protocol in a.outbox_page.verdict.text()
    assert register_statuses(a, a.outbox_page) == ["acknowledged"]
    entry = register.get_entry(a.vault, sent.packet_id, register.SENT)
    assert entry.status == register.ACKNOWLEDGED and entry.acknowledged_by == (cav.office_id,)
    # The audit log names each packet by its kind: B sent a receipt, A received one.
    from rete_desktop.ui.audit_page import AuditLogTab

    def whats(window) -> list[str]:
        log = AuditLogTab(window.vault)
        qtbot.addWidget(log)
        log.refresh()
        return [log.table.item(r, 2).text() for r in range(log.table.rowCount())]

    assert "Sent a receipt" in whats(b) and "Received a referral" in whats(b)
    assert "Received a receipt" in whats(a) and "Sent a referral" in whats(a)
    assert "Received a referral" not in whats(a)


def test_offices_the_consent_excludes_are_shown_disabled_with_the_reason(
        network, open_window):
    station, cav, social = network["carabinieri"], network["cav"], network["social"]
    a = open_window(station)
    case_id = case_with_consent(a.vault, (OfficeKind.CAV,), include_notes=False)
    wizard = ExportWizard(a.vault, case_id, a)
    wizard.show()
    wizard.next()
    excluded = office_item(wizard, social)
    assert not excluded.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "did not consent" in excluded.text() and excluded.toolTip()
    assert office_item(wizard, cav).flags() & Qt.ItemFlag.ItemIsUserCheckable
    office_item(wizard, cav).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert not wizard.content_page.include_notes.isEnabled()
    assert "did not consent to sharing notes" in wizard.content_page.notes_notice.text()
    wizard.close()


def test_a_case_without_consent_cannot_be_referred(network, open_window):
    a = open_window(network["carabinieri"])
    case_id = case_with_consent(a.vault, (), include_notes=False)
    wizard = ExportWizard(a.vault, case_id, a)
    assert not wizard.case_page.isComplete()
    assert "No consent to share" in wizard.case_page.consent.text()
    wizard.close()


def _referral_file(network: dict[str, Office], tmp_path: Path) -> Path:
    """A referral from the Carabinieri station to the CAV, saved as the CAV receives it."""
    cav = network["cav"]
    with network["carabinieri"].open() as vault:
        case_id = case_with_consent(vault, (OfficeKind.CAV,), include_notes=False)
        sealed, _ = referral.export_referral(vault, case_id, [cav.office_id])
    packet_file = tmp_path / sealed.file_name
    packet_file.write_bytes(sealed.data)
    return packet_file


def test_importing_the_same_referral_twice_is_refused_as_a_replay(
        network, open_window, tmp_path):
    packet_file = _referral_file(network, tmp_path)
    b = open_window(network["cav"])
    b.inbox_page.import_file(str(packet_file))
    assert b.inbox_page.verdict.text().startswith("<b>Accepted.</b>")
    _drop(b.inbox_page, packet_file)
    assert b.inbox_page.verdict.text().startswith("REFUSED: ")
    assert b.inbox_page.open_button.isHidden()
    assert len(register.list_register(b.vault)) == 1


def test_a_received_referral_appears_in_the_case_list(network, open_window, qtbot, tmp_path):
    """The CAV imports by the GUI: the case list counts it at once, on every way back to the
    cases (sidebar, "Open the linked case"), and the detail shows that case, not the last."""
    packet_file = _referral_file(network, tmp_path)
    b = open_window(network["cav"])
    own = cases.create_case(b.vault, "Caso già aperto allo sportello")
    b.open_case(own)
    assert b.cases_page.count.text() == "1 case"
    qtbot.keyClick(b, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    b.inbox_page.import_file(str(packet_file))
    assert b.inbox_page.verdict.text().startswith("<b>Accepted.</b>")
    assert b.inbox_page.register.topLevelItemCount() == 1
    qtbot.keyClick(b, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert b.cases_page.count.text() == "2 cases"
    qtbot.keyClick(b, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(b.inbox_page.open_button, Qt.MouseButton.LeftButton)
    assert b.stack.currentWidget() is b.cases_page
    assert b.cases_page.count.text() == "2 cases"
    linked = b.detail.case
    assert linked is not None and linked.id == b.inbox_page.case_id != own
    selected = b.cases_page.view.selectionModel().selectedRows()
    assert [index.data(CASE_ID_ROLE) for index in selected] == [linked.id]


def test_a_referral_chosen_in_the_register_gets_its_receipt(network, open_window, tmp_path):
    station, cav = network["carabinieri"], network["cav"]
    with station.open() as vault:
        case_id = case_with_consent(vault, (OfficeKind.CAV,), include_notes=False)
        sealed, _ = referral.export_referral(vault, case_id, [cav.office_id])
    with cav.open() as vault:
        referral.import_referral(vault, sealed.data)
    b = open_window(cav)
    inbox = b.inbox_page
    assert register_statuses(b, inbox) == ["received — receipt not sent yet"]
    assert not inbox.receipt_button.isEnabled()
    inbox.register.setCurrentItem(inbox.register.topLevelItem(0))
    assert inbox.receipt_button.isEnabled()
    hooks.choose_file_next(str(tmp_path / "receipt.age"))
    inbox.send_receipt()
    assert (tmp_path / "receipt.age").is_file()
    assert register_statuses(b, inbox) == ["receipt sent"]


def test_the_preview_shows_every_note_as_sent_with_its_correction(network, open_window):
    """The content page lists each note once with its current text; the preview shows
    everything that travels: persons with phone, the contact line, the original with the
    correction under it, the attachments; a note not ticked does not appear."""
    station, cav = network["carabinieri"], network["cav"]
    a = open_window(station)
    case_id = case_with_consent(a.vault, (OfficeKind.CAV,), include_notes=True)
    first = notes.list_notes(a.vault, case_id)[0]
    notes.amend_note(a.vault, first.id, "Colloquio: riferisce minacce e percosse.")
    wizard = ExportWizard(a.vault, case_id, a)
    wizard.show()
    wizard.next()
    office_item(wizard, cav).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    content = wizard.content_page
    rows = [content.notes.item(i).text() for i in range(content.notes.count())]
    assert len(rows) == 2  # the amendment is not a row of its own
    assert "(corrected) · Colloquio: riferisce minacce e percosse." in rows[0]
    content.include_notes.setChecked(True)
    content.notes.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    travels = wizard.preview_page.what_travels.toPlainText()
    assert "Colloquio: riferisce minacce, chiede aiuto." in travels
    assert "Correction of" in travels and "minacce e percosse" in travels
    assert "+393331234567" in travels and station.name in travels
    assert "resta in stazione" not in travels
    sent = {n.id for n in wizard.draft.notes}
    assert sent == {n.id for n in notes.list_notes(a.vault, case_id)
                    if "resta in stazione" not in n.text}


def test_a_legal_obligation_opens_the_wizard_to_that_office_and_says_so(network, open_window):
    from rete_desktop.storage import sharing

    station, social, cav = network["carabinieri"], network["social"], network["cav"]
    a = open_window(station)
    case_id = case_with_consent(a.vault, (), include_notes=False)
    sharing.record_decision(a.vault, case_id, "social_services", "legal_obligation",
                            norm="art. 9 L. 184/1983", reason="minore a rischio")
    wizard = ExportWizard(a.vault, case_id, a)
    assert wizard.case_page.isComplete()
    assert "legal obligation (art. 9 L. 184/1983)" in wizard.case_page.consent.text()
    wizard.show()
    wizard.next()
    allowed = office_item(wizard, social)
    assert allowed.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "basis: legal obligation (art. 9 L. 184/1983)" in allowed.text()
    assert not office_item(wizard, cav).flags() & Qt.ItemFlag.ItemIsEnabled  # no basis
    wizard.close()


def test_an_oversized_or_unreadable_file_is_refused_in_words(
        network, open_window, tmp_path, monkeypatch):
    b = open_window(network["cav"])
    monkeypatch.setattr("rete_desktop.packets.packet.MAX_PACKET_SIZE", 10)  # checked as it opens
    big = tmp_path / "grande.age"
    big.write_bytes(b"x" * 11)
    b.inbox_page.import_file(str(big))
    verdict = b.inbox_page.verdict.text()
    assert verdict.startswith("REFUSED: The file") and "too large" in verdict
    b.inbox_page.import_file(str(tmp_path))  # a folder, not a file
    assert b.inbox_page.verdict.text().startswith("REFUSED: Cannot read the file")
    assert "Unexpected" not in b.inbox_page.verdict.text()


def test_the_receiver_reads_and_prints_the_signed_summary(network, open_window, tmp_path):
    """The CAV sees the station's summary inside the app (pages drawn from the vault's bytes)
    and prints it; the printout has the summary's pages and the print is audited."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from rete_desktop.storage import audit

    packet_file = _referral_file(network, tmp_path)
    b = open_window(network["cav"])
    inbox = b.inbox_page
    assert not inbox.summary_button.isEnabled()
    inbox.import_file(str(packet_file))
    assert inbox.summary_button.isEnabled()
    inbox.summary_button.click()
    dialog = inbox.summary_dialog
    assert dialog is not None and dialog.isVisible()
    pages = dialog.images()
    assert len(pages) >= 1 and pages[0].sizeHint().height() > pages[0].sizeHint().width()
    assert "kept encrypted with the linked case" in dialog.notice.text()
    assert dialog.print_button.isVisible()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    hooks.print_next(printer)
    dialog.print_button.click()
    assert len(PdfReader(printed).pages) == len(pages)
    actions = [e.action for e in audit.list_entries(b.vault)]
    assert "attachment.read" in actions and "attachment.print" in actions
    dialog.close()
    # chosen later in the register, the same summary opens again
    inbox.register.reload()
    inbox.register.setCurrentItem(inbox.register.topLevelItem(0))
    inbox.summary_button.click()
    assert inbox.summary_dialog is not dialog and inbox.summary_dialog.images()
    inbox.summary_dialog.close()


# case.json's free texts: whatever a person wrote travels only if the preview showed it.
FREE_TEXT_KEYS = {"title", "reason", "account", "safe_contact", "requested_action", "contact",
                  "name", "phone", "address", "codice_fiscale", "text", "author", "detail",
                  "operator", "norm", "collected"}


def _free_texts(value, key: str = "") -> set[str]:  # noqa: ANN001
    if isinstance(value, dict):
        return set().union(*(_free_texts(v, k) for k, v in value.items()))
    if isinstance(value, list):
        return set().union(*(_free_texts(v, key) for v in value))
    return {value} if key in FREE_TEXT_KEYS and isinstance(value, str) and value else set()


def test_nothing_travels_that_the_preview_did_not_show(network, open_window):
    """Every free text of case.json (the case record's measure detail and assessor's reason,
    the sharing decision, note authors, attachments) is on the preview page in words or on
    the summary page; a measure added after the preview does not travel."""
    import json

    from pypdf import PdfReader

    from rete_desktop.storage import attachments, case_record, risk, sharing

    station, cav = network["carabinieri"], network["cav"]
    a = open_window(station)
    vault = a.vault
    case_id = case_with_consent(vault, (OfficeKind.CAV,), include_notes=True)
    first = notes.list_notes(vault, case_id)[0]
    notes.amend_note(vault, first.id, "Colloquio: riferisce minacce e percosse.")
    cases.add_person(vault, case_id, "offender", "Mario Bianchi",
                     address="Via dei Mille 4, Casalmaggiore")
    persons = cases.list_persons(vault, case_id)
    case_record.relate(vault, case_id, persons[2].id, persons[0].id, "partner")
    case_record.add_measure(vault, case_id, "police_warning", date.today(),
                            "Ammonimento del questore notificato il 3 novembre")
    case_record.add_service(vault, case_id, "shelter", start_on=date.today(), children=1)
    case_record.set_forms(vault, case_id, "physical,psychological")
    instrument = risk.get_instrument(vault)
    risk.assess(vault, case_id, {item.id: "yes" for area in instrument.areas
                                 for item in area.items},
                level="high", reason="Lui ha accesso a un'arma da caccia")
    sharing.record_decision(vault, case_id, "cav", "consent", reason="lo chiede lei al CAV",
                            collected="per iscritto, modulo firmato")
    attachments.add_attachment(vault, case_id, "referto-pronto-soccorso.pdf", b"%PDF-1.4 x")
    wizard = ExportWizard(vault, case_id, a)
    wizard.show()
    wizard.next()
    office_item(wizard, cav).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    content = wizard.content_page
    content.include_notes.setChecked(True)
    for i in range(content.notes.count()):
        content.notes.item(i).setCheckState(Qt.CheckState.Checked)
    content.include_attachments.setChecked(True)
    content.attachments.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    travels = wizard.preview_page.what_travels.toPlainText()
    pdf = wizard.draft.summary_pdf("0")
    printed = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    shown = " ".join((travels + " " + printed).split())

    case_record.add_measure(vault, case_id, "protection_order", date.today(),
                            "Aggiunto dopo l'anteprima")
    document = json.loads(wizard.draft.parts("0")[referral.CASE_PART][1])
    texts = _free_texts(document)
    assert {"Ammonimento del questore notificato il 3 novembre",
            "Lui ha accesso a un'arma da caccia", "per iscritto, modulo firmato",
            "Via dei Mille 4, Casalmaggiore", "Colloquio: riferisce minacce e percosse."} <= texts
    assert {t for t in texts if " ".join(t.split()) not in shown} == set()
    assert "Aggiunto dopo l'anteprima" not in json.dumps(document, ensure_ascii=False)
    assert "1 minor with her" in travels and "referto-pronto-soccorso.pdf" in travels
    assert "Measure / legal step: " in travels and "Forms of violence: " in travels
