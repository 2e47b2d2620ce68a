"""Render the main screens offscreen into PNGs for docs/screenshots (run by scripts/screenshots).

A throw-away demo office is built in a temporary directory with the fast test KDF; the real
widgets are driven as a user would and grabbed at 1366×768.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from rete_desktop.domain.records import Case
    from rete_desktop.storage.vault import Vault
    from rete_desktop.ui.main_window import MainWindow


SIZE = (1366, 768)


def _sized(window: QWidget) -> bool:
    """At :data:`SIZE`, give or take the pixel a 150 % scale rounds away."""
    return abs(window.width() - SIZE[0]) <= 1 and abs(window.height() - SIZE[1]) <= 1


def _until(done: Callable[[], bool], seconds: float = 10) -> None:
    """Let the event loop run until ``done()`` (work on another thread has shown its result),
    or ``seconds`` have passed: the picture then shows what is there."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _grab(widget: QWidget, path: Path) -> None:
    """Save ``widget`` as it looks now; the main window must be exactly :data:`SIZE` (a
    maximised or clipped window would silently give the docs other pictures)."""
    for _ in range(5):
        QApplication.processEvents()
    if widget.isWindow() and widget.inherits("QMainWindow") and not _sized(widget):
        raise SystemExit(f"{path.name}: the main window is {widget.width()}×{widget.height()}, "
                         f"not {SIZE[0]}×{SIZE[1]}")
    widget.grab().save(str(path))
    print(path)


def main(out: Path, suffix: str = "") -> None:
    from rete_desktop.demo import DEMO_PASSPHRASE, create_demo_vault
    from rete_desktop.storage import notes
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
        vault, _ = create_demo_vault(directory, DEMO_PASSPHRASE)
        case = _case_with_tasks(vault)
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
        assert controller.window is not None
        window = cast("MainWindow", controller.window)
        _normal_size(window)
        window.open_case(case.id)
        window.cases_page.view.selectRow(max(0, window.cases_page.model.row_of(case.id)))
        _grab(window, out / f"cases{suffix}.png")
        if not suffix:
            window.focus_search()
            window.search_page.field.setText("poverta giudice")
            window.search_page.field.setText(case.title.split()[1])
            window.search_page.run()
            _until(lambda: window.search_page.shows_results_of(
                case.title.split()[1]))  # the search runs on its own thread
            _grab(window, out / "search.png")
            window.sidebar.setCurrentRow(1)
            _grab(window, out / "contacts.png")
            window.sidebar.setCurrentRow(4)
            _grab(window, out / "referrals-sent.png")
            window.sidebar.setCurrentRow(5)
            _grab(window, out / "tasks.png")
            _case_record(window, out)
            _new_sections(window, case.reference, out)
            _referral_wizard(window, case.id, out)
        controller.shutdown()
        app.quit()


def _case_with_tasks(vault: Vault) -> Case:
    """A case with two children and open protocol tasks, the desk's everyday kind."""
    from rete_desktop.storage import cases, protocols

    open_tasks = {t.case_id for t in protocols.list_tasks(vault, open_only=True)}
    return next(c for c in cases.list_cases(vault, limit=100) if c.id in open_tasks
                and sum(p.role.value == "child" for p in cases.list_persons(vault, c.id)) >= 2)


def _normal_size(window: QWidget) -> None:
    """The main window at 1366×768 (not maximised: on a small screen the app maximises, and
    a window manager applies a resize later, so wait for it)."""
    window.showNormal()
    window.resize(*SIZE)
    deadline = time.monotonic() + 5
    while not _sized(window) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


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
    year = date.today().year - 1
    stats.year.setValue(year)  # type: ignore[attr-defined]
    _until(lambda: stats.shows_year(year))  # type: ignore[attr-defined] # counted on a thread
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
    detail.record_scroll.verticalScrollBar().setValue(detail.record.y() - 60)
    _grab(window, out / "case-record.png")
    detail.record.assess()
    dialog = window.findChildren(RiskDialog)[-1]
    for n, item in enumerate(list(dialog.answers)[:8]):
        dialog.set_answer(item, "yes" if n in (0, 3, 6) else "no")
    _grab(dialog, out / "risk-assessment.png")
    dialog.reject()


def _referral_wizard(window: MainWindow, case_id: str, out: Path) -> None:
    """The export wizard's recipients (consent greys offices out) and its PDF preview."""
    from PySide6.QtCore import Qt

    from rete_desktop.ui.export_wizard import ExportWizard

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
