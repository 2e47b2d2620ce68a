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
from rete_desktop.ui import main_window  # noqa: E402
from tests import test_gui_referrals as gui  # noqa: E402
from tests.mail_servers import needs_mail_servers  # noqa: E402
from tests.test_gui_app import _gui_environment  # noqa: E402, F401 (autouse: config dir, hooks)

pytestmark = needs_mail_servers
open_window = gui.open_window


def _delivery_column(page) -> list[str]:
    page.register.reload()
    return [page.register.topLevelItem(i).text(5)
            for i in range(page.register.topLevelItemCount())]


def test_wizard_sends_by_mail_receive_imports_and_the_register_follows(
        mail_network, open_window, qtbot) -> None:
    station, cav = mail_network["carabinieri"], mail_network["cav"]
    a = open_window(station)
    case_id = gui._case_with_consent(a.vault, (OfficeKind.CAV,), include_notes=True)
    a.cases_page.model.reload()
    a.open_case(case_id)
    a.outbox_page.send_referral()
    wizard = a.outbox_page.wizard
    wizard.next()
    gui._office_item(wizard, cav).setCheckState(Qt.CheckState.Checked)
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
    assert gui._statuses(b, inbox) == ["received — receipt not sent yet"]
    inbox.register.setCurrentItem(inbox.register.topLevelItem(0))
    qtbot.mouseClick(inbox.receipt_button, Qt.MouseButton.LeftButton)
    assert "Stazione Carabinieri Casalmaggiore: sent" in inbox.verdict.text()
    assert gui._statuses(b, inbox) == ["receipt sent"]

    a.sidebar.setCurrentRow(3)  # Referrals received: the Receive button is there
    assert a.stack.currentWidget() is a.inbox_page and a.inbox_page.receive_button.isVisible()
    qtbot.mouseClick(a.inbox_page.receive_button, Qt.MouseButton.LeftButton)
    assert "1 receipts" in a.inbox_page.progress.text()
    assert gui._statuses(a, a.outbox_page) == ["acknowledged"]
    assert _delivery_column(a.outbox_page) == ["Centro Antiviolenza Rete Rosa: acknowledged"]


def test_receive_without_a_reachable_server_says_why_on_the_progress_line(
        mail_network, open_window, mail_servers_up, qtbot) -> None:
    from rete_desktop.transport import settings

    a = open_window(mail_network["cav"])
    account, password = settings.load_mail(a.vault)
    settings.save_mail(a.vault, settings.MailSettings(
        **{**account.__dict__, "imap_port": mail_servers_up.smtp_port + 1000}), password)
    assert a.inbox_page.receive_now(quiet=True) is None
    assert a.inbox_page.progress.text().startswith("Not received: The server 127.0.0.1 cannot "
                                                   "be reached")

