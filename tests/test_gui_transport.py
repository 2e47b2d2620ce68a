"""The app sends and receives by itself, against the real mail servers on loopback: the export
wizard's last step sends by PEC/e-mail, "Receive" (and the periodic poll) imports at the other
office, the receipt goes back by mail and the register shows each delivery's state."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QWizard  # noqa: E402

from rete_desktop.domain.vocabulary import OfficeKind  # noqa: E402
from rete_desktop.packets import register  # noqa: E402
from rete_desktop.transport import settings  # noqa: E402
from rete_desktop.ui import main_window  # noqa: E402
from rete_desktop.ui.widgets import ErrorLabel  # noqa: E402
from tests.gui_helpers import case_with_consent, office_item, register_statuses  # noqa: E402
from tests.mail_servers import needs_mail_servers  # noqa: E402
from tests.packet_fixtures import build_network  # noqa: E402


def _delivery_column(page) -> list[str]:
    page.register.reload()
    return [page.register.topLevelItem(i).text(5)
            for i in range(page.register.topLevelItemCount())]


@needs_mail_servers
def test_wizard_sends_by_mail_receive_imports_and_the_register_follows(
        mail_network, open_window, qtbot) -> None:
    station, cav = mail_network["carabinieri"], mail_network["cav"]
    a = open_window(station)
    case_id = case_with_consent(a.vault, (OfficeKind.CAV,), include_notes=True)
    a.cases_page.model.reload()
    a.open_case(case_id)
    a.outbox_page.send_referral()
    wizard = a.outbox_page.wizard
    wizard.next()
    office_item(wizard, cav).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Send"
    wizard.next()  # "Send": no file dialog, the packet leaves by mail
    assert wizard.currentPage() is wizard.done_page
    (sent,) = register.list_register(a.vault)
    done = wizard.done_page.message.text()
    assert sent.protocol in done and "Centro Antiviolenza Rete Rosa: sent" in done
    assert _delivery_column(a.outbox_page) == ["Centro Antiviolenza Rete Rosa: sent"]

    b = open_window(cav)
    assert b.poll.isActive() and b.poll.interval() == main_window.POLL_MINUTES * 60_000
    b.poll.timeout.emit()  # the periodic fetch, as if five minutes had passed
    inbox = b.inbox_page
    assert "1 imported" in inbox.progress.text()
    assert register_statuses(b, inbox) == ["received — receipt not sent yet"]
    inbox.register.setCurrentItem(inbox.register.topLevelItem(0))
    qtbot.mouseClick(inbox.receipt_button, Qt.MouseButton.LeftButton)
    assert "Stazione Carabinieri Casalmaggiore: sent" in inbox.verdict.text()
    assert register_statuses(b, inbox) == ["receipt sent"]

    a.sidebar.setCurrentRow(3)  # Referrals received: the Receive button is there
    assert a.stack.currentWidget() is a.inbox_page and a.inbox_page.receive_button.isVisible()
    qtbot.mouseClick(a.inbox_page.receive_button, Qt.MouseButton.LeftButton)
    assert "1 receipts" in a.inbox_page.progress.text()
    assert register_statuses(a, a.outbox_page) == ["acknowledged"]
    assert _delivery_column(a.outbox_page) == ["Centro Antiviolenza Rete Rosa: acknowledged"]


@needs_mail_servers
def test_receive_without_a_reachable_server_says_why_on_the_progress_line(
        mail_network, open_window, mail_servers_up, qtbot) -> None:
    a = open_window(mail_network["cav"])
    account, password = settings.load_mail(a.vault)
    settings.save_mail(a.vault, settings.MailSettings(
        **{**account.__dict__, "imap_port": mail_servers_up.smtp_port + 1000}), password)
    assert a.inbox_page.receive_now(quiet=True) is None
    assert a.inbox_page.progress.text().startswith("Not received: The server 127.0.0.1 cannot "
                                                   "be reached")



def _errors(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(ErrorLabel))


@needs_mail_servers
def test_the_account_is_set_up_in_the_app_and_checked_against_the_servers(
        mail_servers_up, open_window, tmp_path) -> None:
    offices = build_network(tmp_path / "offices", members=())
    a = open_window(offices["cav"])
    assert not a.inbox_page.receive_button.isVisibleTo(a.inbox_page)
    mail_servers_up.add_user("cav-dialog@rete.test", "good-pass")
    a.set_up_mail()
    dialog = a.transport_dialog
    dialog.address.setText("cav-dialog@rete.test")
    dialog.imap_host.setText("127.0.0.1")
    dialog.imap_port.setValue(mail_servers_up.imaps_port)
    dialog.smtp_host.setText("127.0.0.1")
    dialog.smtp_port.setValue(mail_servers_up.smtp_port)
    dialog.password.setText("bad-pass")
    dialog.accept()
    assert dialog.isVisible() and "is not trusted" in _errors(dialog)  # no --ca-file yet
    dialog.ca_file.setText(str(mail_servers_up.ca_file))
    dialog.accept()
    assert dialog.isVisible() and "refused the login" in _errors(dialog)
    assert settings.load_mail(a.vault) is None
    dialog.password.setText("good-pass")
    dialog.accept()
    assert not dialog.isVisible()
    account, password = settings.load_mail(a.vault)
    assert account.address == "cav-dialog@rete.test" and password == "good-pass"
    assert a.inbox_page.receive_button.isVisibleTo(a.inbox_page)


def test_the_shared_folder_is_set_up_in_the_app(open_window, tmp_path) -> None:
    offices = build_network(tmp_path / "offices", members=())
    a = open_window(offices["cav"])
    (tmp_path / "share" / "cav").mkdir(parents=True)
    a.set_up_folder()
    dialog = a.transport_dialog
    dialog.inbox.setText(str(tmp_path / "share" / "cav"))
    dialog.outbox.setText(str(tmp_path / "missing"))
    dialog.accept()
    assert dialog.isVisible() and "does not exist" in _errors(dialog)
    dialog.outbox.setText(str(tmp_path / "share"))
    dialog.name.setText("cav")
    dialog.accept()
    assert not dialog.isVisible()
    assert settings.load_folder(a.vault).name == "cav"


def test_receive_says_why_a_packet_was_refused(open_window, tmp_path) -> None:
    offices = build_network(tmp_path / "offices", members=())
    inbox = tmp_path / "share" / "cav"
    inbox.mkdir(parents=True)
    with offices["cav"].open() as vault:
        settings.save_folder(vault, settings.make_folder_settings(
            str(inbox), str(tmp_path / "share"), "cav"))
    (inbox / "rete-2026-000009-0badc0de.age").write_bytes(b"not a packet at all")
    a = open_window(offices["cav"])
    report = a.inbox_page.receive_now()
    assert report is not None and len(report.refused) == 1
    assert "REFUSED: The file is not an age-encrypted file" in a.inbox_page.verdict.text()
    assert "1 refused" in a.inbox_page.progress.text()
    assert [p.name for p in (inbox / "refused").iterdir()] == ["rete-2026-000009-0badc0de.age"]
