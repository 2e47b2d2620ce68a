"""Render the main screens offscreen into PNGs for docs/screenshots (run by scripts/screenshots).

A throw-away demo office is built in a temporary directory with the fast test KDF; the real
widgets are driven as a user would and grabbed at 1366×768.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from rete_desktop.storage.vault import Vault
    from rete_desktop.ui.main_window import MainWindow


def _grab(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main(out: Path, suffix: str = "") -> None:
    from rete_desktop.demo import DEMO_PASSPHRASE, create_demo_vault
    from rete_desktop.storage import cases, notes, protocols
    from rete_desktop.storage.vault import Vault
    from rete_desktop.ui.app import DEMO_MARKER, AppController, make_application
    from rete_desktop.ui.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RETE_CONFIG_DIR"] = tmp
        settings = Settings.load()
        app = make_application(settings)
        directory = Path(tmp) / "vault"
        vault, _ = create_demo_vault(directory, DEMO_PASSPHRASE)
        case = next(c for c in cases.list_cases(vault, limit=60)
                    if sum(p.role.value == "child" for p in cases.list_persons(vault, c.id)) >= 2)
        protocols.apply_protocol(vault, case.id, "codice-rosso", date.today() - timedelta(days=4))
        _handbook_data(vault)
        first = notes.list_notes(vault, case.id)[0]
        notes.amend_note(vault, first.id, first.text + " Correzione: l'incontro era il giorno "
                         "successivo, non quello indicato.")
        vault.close()
        (directory / DEMO_MARKER).write_text("demo\n", encoding="utf-8")

        controller = AppController(directory, settings)
        if not suffix:
            controller.show_wizard()
            wizard = controller.wizard
            assert wizard is not None
            wizard.resize(700, 500)
            wizard.office_page.name.setText("Comando Stazione Carabinieri di Casalmaggiore")
            _grab(wizard, out / "wizard.png")
            wizard.next()
            wizard.passphrase_page.passphrase.setText("fiume lento sotto il ponte vecchio")
            _grab(wizard, out / "wizard-passphrase.png")
            wizard.hide()
            controller.wizard = None
        controller.show_unlock()
        assert controller.unlock_dialog is not None
        _grab(controller.unlock_dialog, out / f"unlock{suffix}.png")
        controller.on_unlocked(Vault.open(directory, DEMO_PASSPHRASE))
        window = controller.window
        assert window is not None
        window.resize(1366, 768)
        window.show()  # type: ignore[attr-defined]
        window.open_case(case.id)  # type: ignore[attr-defined]
        window.cases_page.view.selectRow(max(0, window.cases_page.model.row_of(case.id)))  # type: ignore[attr-defined]
        _grab(window, out / f"cases{suffix}.png")
        if not suffix:
            window.focus_search()  # type: ignore[attr-defined]
            window.search_page.field.setText("poverta giudice")  # type: ignore[attr-defined]
            window.search_page.field.setText(case.title.split()[1])  # type: ignore[attr-defined]
            window.search_page.run()  # type: ignore[attr-defined]
            _grab(window, out / "search.png")
            window.sidebar.setCurrentRow(1)  # type: ignore[attr-defined]
            _grab(window, out / "contacts.png")
            window.sidebar.setCurrentRow(5)  # type: ignore[attr-defined]
            _grab(window, out / "tasks.png")
            _new_sections(window, case.reference, out)
            _referral_wizard(window, case.id, Path(tmp), out)  # type: ignore[arg-type]
        controller.shutdown()
        app.quit()


def _handbook_data(vault: Vault) -> None:
    """This office's profile and two prevention actions, so the handbook has something to show."""
    from rete_desktop.handbook import prevention, profiles
    from rete_desktop.storage.identity import load_identity

    profiles.edit_own_profile(
        vault, functions="Accoglienza, ascolto e accompagnamento delle donne; casa rifugio.",
        limits="Interviene solo con il consenso della donna.", hours="lun–ven 9–18",
        emergency="Reperibilità 24 ore: 333 1234567", languages="italiano, inglese, arabo",
        reference_person="Dott.ssa Elena Martinelli", capabilities=["h24", "shelter",
                                                                     "mediators"])
    own = load_identity(vault).office_id
    soon = date.today() + timedelta(days=12)
    prevention.add_action(vault, "Incontro con le classi quarte del liceo", "school_talk", soon,
                          owners=[own], place="Liceo Romani, Casalmaggiore")
    prevention.add_action(vault, "Formazione congiunta su Codice Rosso", "training",
                          soon + timedelta(days=30), owners=[own], place="Sala consiliare")


def _new_sections(window: MainWindow, reference: str, out: Path) -> None:
    """Laboratorio, statistics, handbook (three tabs), audit and data protection."""
    def go(section: QWidget) -> QWidget:
        window.sidebar.setCurrentRow([p for _, p in window.sections].index(section))
        return section.page()  # type: ignore[attr-defined, no-any-return]

    lab = go(window.lab_section)
    lab.case.setText(reference)  # type: ignore[attr-defined]
    lab.request.setPlainText(  # type: ignore[attr-defined]
        "Valutare l'inserimento in casa rifugio e il sostegno ai due figli.")
    lab.show_preview()  # type: ignore[attr-defined]
    _grab(window, out / "laboratorio.png")
    stats = go(window.stats_section)
    stats.year.setValue(date.today().year - 1)  # type: ignore[attr-defined]
    _grab(window, out / "statistics.png")
    handbook = go(window.handbook_section)
    handbook.who_to_call.situations["minors"].setChecked(True)  # type: ignore[attr-defined]
    handbook.who_to_call.situations["night"].setChecked(True)  # type: ignore[attr-defined]
    _grab(window, out / "handbook-who-to-call.png")
    handbook.tabs.setCurrentWidget(handbook.glossary)  # type: ignore[attr-defined]
    handbook.glossary.field.setText("violenza assistita")  # type: ignore[attr-defined]
    _grab(window, out / "handbook-glossary.png")
    handbook.tabs.setCurrentWidget(handbook.profiles)  # type: ignore[attr-defined]
    _grab(window, out / "handbook-profiles.png")
    audit = go(window.audit_section)
    audit.log.verify()  # type: ignore[attr-defined]
    _grab(window, out / "audit.png")
    audit.tabs.setCurrentWidget(audit.data_protection)  # type: ignore[attr-defined]
    audit.data_protection.erase_case.setText(reference)  # type: ignore[attr-defined]
    _grab(window, out / "data-protection.png")


def _referral_wizard(window: MainWindow, case_id: str, tmp: Path, out: Path) -> None:
    """The export wizard's recipients (consent greys offices out) and its PDF preview."""
    from PySide6.QtCore import Qt

    from rete_desktop.packets import directory, member_card
    from rete_desktop.storage.identity import load_identity
    from rete_desktop.storage.vault import Vault
    from rete_desktop.ui.export_wizard import ExportWizard

    vault = window.vault
    directory.create_directory(vault, "Rete territoriale antiviolenza del Casalasco")
    for number, (name, kind) in enumerate((
            ("Comando Stazione Carabinieri di Casalmaggiore", "carabinieri"),
            ("Consorzio Casalasco Servizi Sociali", "social_services"),
            ("Consultorio famigliare ASST di Casalmaggiore", "consultorio"))):
        member, _ = Vault.create(tmp / f"member-{number}", "screenshot member passphrase",
                                 office_name=name, office_kind=kind)
        card = member_card.export_card(load_identity(member))
        member.close()
        directory.add_card(vault, member_card.read_card(card))
    window.open_case(case_id)
    window.outbox_page.send_referral()
    wizard = window.outbox_page.wizard
    assert isinstance(wizard, ExportWizard)
    wizard.next()
    offices = wizard.recipients_page.offices
    chosen = next(offices.item(i) for i in range(offices.count())
                  if offices.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    chosen.setCheckState(Qt.CheckState.Checked)
    _grab(wizard, out / "referral-recipients.png")
    wizard.next()
    wizard.content_page.reason.setPlainText(
        "Minacce ripetute dall'ex compagno; due figli minori presenti agli episodi.")
    wizard.content_page.action.setPlainText("Presa in carico e primo colloquio entro 3 giorni.")
    wizard.next()
    _grab(wizard, out / "referral-preview.png")
    wizard.reject()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
