"""A vault whose file has a damaged page, opened in the GUI: every read that meets the damage
says so (damaged, restore a backup) in the UI language, and the window stays usable.

Real damage on a real file: a vault built through the API, closed, 16 bytes of a data page
overwritten (as a bad sector would), reopened with the passphrase.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from rete_desktop.storage import cases, notes  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui.app import AppController, install_error_hook  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.settings import Settings  # noqa: E402
from tests.conftest import PASSPHRASE, make_vault  # noqa: E402
from tests.sqlcipher_pages import damage_page  # noqa: E402

DAMAGED = {"en": ("vault database is damaged", "Restore the latest backup"),
           "it": ("database della cassaforte è danneggiato", "Ripristina l'ultima copia")}


@pytest.fixture
def damaged_table() -> str:
    """The table whose root page is damaged (a test parametrizes it to choose another)."""
    return "notes"


@pytest.fixture
def damaged_vault(damaged_table: str, tmp_path: Path) -> Iterator[tuple[Vault, list[str]]]:
    """A vault of 20 cases with long notes, the root page of ``damaged_table`` damaged."""
    table = damaged_table
    directory = tmp_path / "vault"
    with make_vault(directory) as vault:
        case_ids = [cases.create_case(vault, f"caso {i}") for i in range(20)]
        for case_id in case_ids:
            notes.add_note(vault, case_id, "Colloquio. " * 400)
        root = vault.query_one("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))[0]
    db = directory / "vault.db"
    damage_page(db, root)
    damaged = _page(db, root)
    vault = Vault.open(directory, PASSPHRASE)  # (the unlock itself is audited: a write)
    yield vault, case_ids
    vault.close()
    assert _page(db, root) == damaged  # the damage is left for the restore, not written over


def _page(db: Path, page: int) -> bytes:
    return db.read_bytes()[(page - 1) * 4096:page * 4096]


def _window(qtbot, vault: Vault) -> MainWindow:
    window = MainWindow(vault, "Centro Antiviolenza Test", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    window.show()
    return window


def _boxes() -> list[str]:
    texts = [w.text() for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()
    return texts


def _says_damaged(text: str, lang: str = "en") -> bool:
    return all(part in text for part in DAMAGED[lang])


@pytest.mark.parametrize("lang", ["en", "it"])
def test_opening_a_case_on_a_damaged_page_says_the_vault_is_damaged(
        qtbot, damaged_vault, lang, monkeypatch) -> None:
    vault, case_ids = damaged_vault
    monkeypatch.setenv("RETE_LANG", lang)  # the language the app chose at start-up
    window = _window(qtbot, vault)
    said: list[str] = []
    window.detail._say = said.append
    window.open_case(case_ids[0])
    assert said and _says_damaged(said[-1], lang), said
    assert window.detail.case is None  # no half-filled case shown
    assert window.detail.content.isHidden() and not window.detail.empty.isHidden()
    window.open_case(case_ids[1])  # and again: still a message, no crash
    assert _says_damaged(said[-1], lang)


@pytest.mark.parametrize("damaged_table", ["search_index_data"])
def test_searching_a_damaged_index_says_the_vault_is_damaged(qtbot, damaged_vault) -> None:
    vault, _ = damaged_vault
    window = _window(qtbot, vault)
    page = window.search_page
    page.field.setText("Colloquio")
    page.run()
    qtbot.waitUntil(lambda: page.summary.text() != "", timeout=10_000)
    assert _says_damaged(page.summary.text()), page.summary.text()


def _box_shown() -> bool:
    return any(isinstance(w, QMessageBox) and w.isVisible()
               for w in QApplication.topLevelWidgets())


def test_a_damage_no_page_catches_is_shown_as_damage_and_the_window_goes_on(
        qtbot, damaged_vault, monkeypatch) -> None:
    """The app's hook: a slot whose read meets the damage on the raw connection (no page
    catches it) still reaches the user as the damage message, in a box over the window; so
    does every later read (SQLCipher refuses them all on that connection), never a crash."""
    vault, case_ids = damaged_vault
    window = _window(qtbot, vault)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_error_hook()
    QTimer.singleShot(0, lambda: vault.conn.execute("SELECT text FROM notes").fetchall())
    qtbot.waitUntil(_box_shown)
    texts = _boxes()
    assert len(texts) == 1 and _says_damaged(texts[0]), texts
    QTimer.singleShot(0, lambda: window.sidebar.setCurrentRow(5))  # the user opens Tasks due
    qtbot.waitUntil(_box_shown)
    texts = _boxes()
    assert len(texts) == 1 and _says_damaged(texts[0]), texts
    assert window.isVisible()


@pytest.mark.parametrize("damaged_table", ["cases"])
def test_unlocking_onto_a_damaged_case_list_says_so_on_the_unlock_dialog(
        qtbot, damaged_vault, monkeypatch, tmp_path: Path) -> None:
    """The main window cannot be built: back to the unlock dialog with the damage message,
    the vault closed (its lock released), not an invisible app still holding it."""
    monkeypatch.setenv("RETE_CONFIG_DIR", str(tmp_path / "config"))
    vault, _ = damaged_vault
    controller = AppController(vault.directory, Settings(language="en"))
    controller.on_unlocked(vault)
    try:
        assert controller.window is None and controller.vault is None
        dialog = controller.unlock_dialog
        assert dialog is not None and dialog.isVisible()
        assert _says_damaged(dialog.notice.text()), dialog.notice.text()
        Vault.open(vault.directory, PASSPHRASE).close()  # the lock was let go
    finally:
        controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
