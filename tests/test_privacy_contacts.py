"""The record of processing (art. 30) names the controller and the DPO with their contact
details, entered once per office (CLI and GUI), and speaks of presunti autori."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from pypdf import PdfReader

from rete_desktop.storage import audit, privacy_contacts
from rete_desktop.storage.vault import Vault
from tests.conftest import CliRunner

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _pdf(path: Path) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    return " ".join(text.split())


def test_contacts_entered_once_appear_in_the_register(
    rete: CliRunner, vault: Vault, tmp_path: Path
) -> None:
    vault.close()
    v = ("--vault", str(vault.directory))
    out = tmp_path / "registro.pdf"
    assert rete(*v, "processing-register", "--out", out, "--lang", "it").code == 0
    before = _pdf(out)
    assert "non indicato" in before and "presunti autori della violenza" in before
    assert before.count("privacy-contacts set") == 1  # where to enter them, said once
    r = rete(*v, "privacy-contacts", "set", "--controller", "Comune di Casalmaggiore",
             "--controller-contact", "piazza Garibaldi 26, PEC comune@pec.example.it",
             "--dpo", "Studio Privacy Srl", "--dpo-contact", "rpd@example.it")
    assert r.code == 0, r.err
    shown = json.loads(rete(*v, "privacy-contacts", "show", "--json").out)
    assert shown["dpo"] == "Studio Privacy Srl"
    assert rete(*v, "privacy-contacts", "set", "--dpo-contact", "rpd@example.it, 0375 1").code == 0
    assert rete(*v, "processing-register", "--out", out, "--lang", "it").code == 0
    text = _pdf(out)
    for expected in ("Comune di Casalmaggiore", "comune@pec.example.it", "Studio Privacy Srl",
                     "rpd@example.it, 0375 1", "Responsabile della protezione dei dati (RPD)"):
        assert expected in text
    assert "non indicato" not in text and "privacy-contacts set" not in text
    assert rete(*v, "privacy-contacts", "set", "--dpo", "x" * 301).code == 4


def test_the_change_is_audited_without_the_values(vault: Vault) -> None:
    privacy_contacts.set_contacts(vault, controller="ASST Cremona", dpo="Mario Bianchi")
    (entry,) = [e for e in audit.list_entries(vault) if e.action == "privacy.contacts"]
    assert entry.detail == "controller,dpo" and "Bianchi" not in entry.detail


def test_data_protection_page_edits_the_contacts(qtbot, vault: Vault) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from rete_desktop.ui.dataprotection_page import DataProtectionPage
    from rete_desktop.ui.privacy_contacts import PrivacyContactsDialog

    page = DataProtectionPage(vault)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.contacts_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(PrivacyContactsDialog)
    qtbot.keyClicks(dialog.fields["controller"], "Comune di Viadana")
    qtbot.keyClicks(dialog.fields["dpo_contact"], "rpd@viadana.example.it")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    saved = privacy_contacts.get_contacts(vault)
    assert saved.controller == "Comune di Viadana"
    assert saved.dpo_contact == "rpd@viadana.example.it" and not saved.complete
