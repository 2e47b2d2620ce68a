"""Render the main screens offscreen into PNGs for docs/screenshots (run by scripts/screenshots).

A throw-away demo office is built in a temporary directory with the fast test KDF; the real
widgets are driven as a user would and grabbed at 1366×768.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
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
    # A throw-away demo office (synthetic data, still an encrypted vault): a developer tool only.
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RETE_CONFIG_DIR"] = tmp
        settings = Settings.load()
        app = make_application(settings)
        directory = Path(tmp) / "vault"
        vault, _ = create_demo_vault(directory, DEMO_PASSPHRASE, network=False)
        case = next(c for c in cases.list_cases(vault, limit=60)
                    if sum(p.role.value == "child" for p in cases.list_persons(vault, c.id)) >= 2)
        protocols.apply_protocol(vault, case.id, "codice-rosso", date.today() - timedelta(days=4))
        _handbook_data(vault)
        if not suffix:
            _laboratorio_data(vault, Path(tmp))
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
            deadline = time.monotonic() + 10  # the search runs on its own thread
            while (not window.search_page.shows_results_of(case.title.split()[1])  # type: ignore[attr-defined]
                   and time.monotonic() < deadline):
                QApplication.processEvents()
            _grab(window, out / "search.png")
            window.sidebar.setCurrentRow(1)  # type: ignore[attr-defined]
            _grab(window, out / "contacts.png")
            window.sidebar.setCurrentRow(5)  # type: ignore[attr-defined]
            _grab(window, out / "tasks.png")
            _case_record(window, out)  # type: ignore[arg-type]
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


_MEMBER_PASSPHRASE = "screenshot member passphrase"  # noqa: S105 (throw-away vaults)


def _network(vault: Vault, tmp: Path) -> list[Path]:
    """The demo office coordinates a directory of three member offices (created once; the
    laboratorio and the referral wizard share it); returns the members' vault directories."""
    from rete_desktop.packets import directory, member_card
    from rete_desktop.storage.identity import load_identity
    from rete_desktop.storage.vault import Vault

    paths = [tmp / f"member-{number}" for number in range(3)]
    if directory.get_state(vault) is not None:
        return paths
    directory.create_directory(vault, "Rete territoriale antiviolenza del Casalasco")
    for path, (name, kind) in zip(paths, (
            ("Comando Stazione Carabinieri di Casalmaggiore", "carabinieri"),
            ("Consorzio Casalasco Servizi Sociali", "social_services"),
            ("Consultorio familiare ASST di Casalmaggiore", "consultorio")), strict=True):
        member, _ = Vault.create(path, _MEMBER_PASSPHRASE, office_name=name, office_kind=kind)
        card = member_card.export_card(load_identity(member))
        member.close()
        directory.add_card(vault, member_card.read_card(card))
    return paths


def _laboratorio_data(vault: Vault, tmp: Path) -> None:
    """The demo centre chairs the laboratorio: a directory with three members; the Carabinieri
    and social services each send a case, discussed at a meeting (presence, decisions, actions);
    one of the centre's own cases waits for the next agenda."""
    from rete_desktop.domain.records import Consent
    from rete_desktop.domain.vocabulary import OfficeKind
    from rete_desktop.handbook import sections
    from rete_desktop.lab import chair as lab_chair
    from rete_desktop.lab import exchange, items
    from rete_desktop.storage import cases, sharing
    from rete_desktop.storage.identity import load_identity
    from rete_desktop.storage.vault import Vault

    offices = [Vault.open(path, _MEMBER_PASSPHRASE) for path in _network(vault, tmp)]
    published = sections.publish_directory(vault)
    chair = load_identity(vault).office_id
    ids = [load_identity(m).office_id for m in offices]
    for member, request, birth in (
        (offices[0], "Valutare il braccialetto elettronico e la casa rifugio.", 1986),
        (offices[1], "Coordinare il sostegno scolastico ai due figli.", 1979),
    ):
        sections.import_directory(member, published, pin_confirmed=True)
        case_id = cases.create_case(member, "Caso dimostrativo", risk="high")
        cases.add_person(member, case_id, "victim", "Maria Rossi", birth_year=birth)
        cases.add_person(member, case_id, "child", "Luca Rossi", birth_year=date.today().year - 9,
                         exposure="witnessed")
        sharing.record_decision(member, case_id, "laboratorio", "consent",
                                collected="scritto, firmato", reason="Chiede il confronto in rete.")
        exchange.import_lab_packet(vault, exchange.send_item(member, case_id, chair, request).data)
    for member in offices:
        member.close()
    meeting_id = lab_chair.create_agenda(vault, date.today() - timedelta(days=2), ids)
    lab_chair.set_present(vault, meeting_id, ids[:2])
    first, second = (i.id for i in items.items_of_meeting(vault, meeting_id))
    lab_chair.add_decision(vault, meeting_id, "Attivare la casa rifugio entro la settimana.", first)
    lab_chair.add_action(vault, meeting_id, "Richiedere il braccialetto elettronico", ids[0],
                       date.today() + timedelta(days=10), first)
    lab_chair.add_decision(vault, meeting_id, "Incontro con la scuola dei figli.", second)
    lab_chair.add_action(vault, meeting_id, "Convocare la rete scolastica", ids[1],
                       date.today() + timedelta(days=20), second)
    lab_chair.add_action(vault, meeting_id, "Aggiornare il protocollo di rete", chair, None)
    own = cases.list_cases(vault, limit=1)[0]
    cases.set_consent(vault, own.id, Consent(share_with=(OfficeKind.CAV,)))
    items.queue_own_item(vault, own.id, "Progetto di autonomia abitativa.")


def _new_sections(window: MainWindow, reference: str, out: Path) -> None:
    """Laboratorio, statistics, handbook (three tabs), network, audit and data protection."""
    def go(section: QWidget) -> QWidget:
        window.sidebar.setCurrentRow([p for _, p in window.sections].index(section))
        return section.page()  # type: ignore[attr-defined, no-any-return]

    lab = go(window.lab_section)
    lab.case.setText(reference)  # type: ignore[attr-defined]
    lab.request.setPlainText(  # type: ignore[attr-defined]
        "Valutare l'inserimento in casa rifugio e il sostegno ai due figli.")
    lab.show_preview()  # type: ignore[attr-defined]
    _grab(window, out / "laboratorio.png")
    lab.tabs.setCurrentWidget(lab.chair_panel)  # type: ignore[attr-defined]
    chair = lab.chair_panel  # type: ignore[attr-defined]
    chair.refresh()
    chair.tabs.setCurrentWidget(chair.during)
    _grab(window, out / "laboratorio-presidenza.png")
    chair.tabs.setCurrentIndex(0)
    _grab(window, out / "laboratorio-odg.png")
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
    go(window.network_section)  # the demo centre coordinates the laboratorio's network
    _grab(window, out / "network.png")
    audit = go(window.audit_section)
    audit.log.verify()  # type: ignore[attr-defined]
    _grab(window, out / "audit.png")
    audit.tabs.setCurrentWidget(audit.data_protection)  # type: ignore[attr-defined]
    audit.data_protection.erase_case.setText(reference)  # type: ignore[attr-defined]
    access = audit.data_protection.access  # type: ignore[attr-defined]
    access.case.setText(reference)
    access.person.setCurrentIndex(next(  # the alleged offender: the restricted export
        i for i in range(access.person.count()) if "autore" in access.person.itemText(i)))
    _grab(window, out / "data-protection.png")


def _case_record(window: MainWindow, out: Path) -> None:
    """A case with several assessments and a shelter stay: its record in the detail, then the
    risk assessment form half filled in."""
    from rete_desktop.storage import case_record, cases, risk
    from rete_desktop.ui.risk_dialog import RiskDialog

    vault = window.vault

    def richness(case_id: str) -> tuple[bool, int, int]:
        shelter = any(s.kind.value == "shelter" for s in case_record.list_services(vault, case_id))
        history = risk.history(vault, case_id)
        return (shelter, len({a.level for a in history}), len(history))

    ids = [c.id for c in cases.list_cases(vault, limit=60)]
    chosen = max(ids, key=richness)
    window.sidebar.setCurrentRow(0)
    window.open_case(chosen)
    detail = window.detail
    QApplication.processEvents()  # lay the detail out before measuring where the record is
    detail.scroll.verticalScrollBar().setValue(detail.record.y() - 60)
    _grab(window, out / "case-record.png")
    detail.record.assess()
    dialog = window.findChildren(RiskDialog)[-1]
    for n, item in enumerate(list(dialog.answers)[:8]):
        dialog.set_answer(item, "yes" if n in (0, 3, 6) else "no")
    _grab(dialog, out / "risk-assessment.png")
    dialog.reject()


def _referral_wizard(window: MainWindow, case_id: str, tmp: Path, out: Path) -> None:
    """The export wizard's recipients (consent greys offices out) and its PDF preview."""
    from PySide6.QtCore import Qt

    from rete_desktop.ui.export_wizard import ExportWizard

    _network(window.vault, tmp)
    window.open_case(case_id)
    window.outbox_page.send_referral()
    wizard = window.outbox_page.wizard
    assert isinstance(wizard, ExportWizard)
    wizard.next()
    offices = wizard.recipients_page.offices
    chosen = next(offices.item(i) for i in range(offices.count())
                  if offices.item(i).flags() & Qt.ItemFlag.ItemIsEnabled)
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
