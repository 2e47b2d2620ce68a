"""The Office menu's vault duties through the app's widgets, on real vaults: backup with its
reminder, restore into a new folder, passphrase change, operators."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget  # noqa: E402

from rete_desktop.errors import AccessDenied  # noqa: E402
from rete_desktop.storage import audit, backup, cases  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui import hooks  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.office_dialogs import (  # noqa: E402
    AddOperatorDialog,
    ChangePassphraseDialog,
    KeyEscrowDialog,
    OperatorsDialog,
    RecoveryKeyDialog,
    RestoreDialog,
)
from tests.conftest import PASSPHRASE  # noqa: E402

NEW = "una frase nuova per l'ufficio"


def _menu_action(window: MainWindow, text: str):
    office = window.menuBar().actions()[0].menu()
    return next(a for a in office.actions() if a.text().replace("&", "") == text)


def _ok(dialog: QWidget) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_backup_is_saved_where_chosen_and_the_reminder_goes_away(window, vault, tmp_path):
    assert "never" in window.backup_state.text() and "Make one now" in window.backup_state.text()
    target = tmp_path / "copie" / "ufficio.retebak"
    target.parent.mkdir()
    hooks.choose_file_next(str(target))
    _menu_action(window, "Back up the vault…").trigger()
    assert target.read_bytes().startswith(backup.MAGIC)
    assert "Make one now" not in window.backup_state.text()
    assert datetime.now().strftime("%d/%m/%Y") in window.backup_state.text()
    assert audit.list_entries(vault, limit=1)[0].action == "vault.backup"


def test_backup_reminder_after_the_reminder_period(vault, tmp_path):
    backup.write_backup(vault, tmp_path / "b.retebak")
    later = datetime.now(UTC) + timedelta(days=backup.BACKUP_REMINDER_DAYS + 1)
    assert not backup.backup_overdue(vault)
    assert backup.backup_overdue(vault, now=later)


def test_backup_reports_progress_to_the_end(vault, tmp_path):
    seen: list[tuple[int, int]] = []
    backup.write_backup(vault, tmp_path / "b.retebak", lambda done, total: seen.append(
        (done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_restore_goes_into_a_new_folder_and_opens_with_the_old_passphrase(
        qtbot, window, vault, tmp_path):
    case_id = cases.create_case(vault, "Caso salvato")
    source = tmp_path / "b.retebak"
    backup.write_backup(vault, source)
    dialog = RestoreDialog(vault, window)
    qtbot.addWidget(dialog)
    dialog.show()
    hooks.choose_file_next(str(source))
    dialog.choose_source()
    assert dialog.source.text() == str(source)
    dialog.target.setText(str(tmp_path / "ripristino"))
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase entirely")
    _ok(dialog)
    assert dialog.isVisible() and not (tmp_path / "ripristino").exists()
    dialog.passphrase.setText(PASSPHRASE)
    restored: list[str] = []
    dialog.done_with.connect(restored.append)
    _ok(dialog)
    assert restored == [str(tmp_path / "ripristino")]
    with Vault.open(tmp_path / "ripristino", PASSPHRASE) as copy:
        assert cases.get_case(copy, case_id, audit_read=False).title == "Caso salvato"


def test_passphrase_change_refuses_a_mismatch_then_changes_it(qtbot, window, vault):
    dialog = ChangePassphraseDialog(vault, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.again, NEW + "x")
    _ok(dialog)
    assert dialog.isVisible() and "match" in dialog.general_error.text()
    dialog.again.setText(NEW)
    _ok(dialog)
    assert not dialog.isVisible()
    vault.close()
    with pytest.raises(AccessDenied):
        Vault.open(vault.directory, PASSPHRASE)
    Vault.open(vault.directory, NEW).close()


def test_operators_are_added_listed_and_removed(qtbot, window, vault):
    dialog = OperatorsDialog(vault, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0 and not dialog.remove_button.isEnabled()
    dialog.add()
    add = dialog.findChild(AddOperatorDialog)
    qtbot.keyClicks(add.name, "Giulia Ferrari")
    qtbot.keyClicks(add.role, "Ass. soc.")
    qtbot.keyClicks(add.new, NEW)
    qtbot.keyClicks(add.again, NEW)
    _ok(add)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Ass. soc. Giulia Ferrari"]
    assert "Giulia Ferrari can now open the vault" in dialog.message.text()
    dialog.list.setCurrentRow(0)
    hooks.answer_next(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and vault.operators() == []
    assert "no longer opens" in dialog.message.text()


def test_an_operator_session_cannot_manage_operators(qtbot, vault, tmp_path):
    vault.add_operator("Giulia Ferrari", NEW)
    directory: Path = vault.directory
    vault.close()
    with Vault.open(directory, NEW) as own:
        dialog = OperatorsDialog(own, None)
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(0)
        hooks.answer_next(True)
        dialog.remove()
        assert "main passphrase" in dialog.message.text()
        assert [op.label for op in own.operators()] == ["Giulia Ferrari"]


def test_office_menu_lists_the_vault_duties(window):
    office = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in office.actions()]
    for duty in ("Back up the vault…", "Restore a backup…", "Change the passphrase…",
                 "Operators…"):
        assert duty in texts


def test_a_new_recovery_key_replaces_the_old_one(qtbot, window, tmp_path):
    directory = tmp_path / "office"
    vault, old_key = Vault.create(directory, PASSPHRASE, office_name="CAV", office_kind="cav")
    dialog = RecoveryKeyDialog(vault, "CAV", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.panel.isVisible()
    hooks.answer_next(True)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    new_key = dialog.panel.key_label.text()
    assert dialog.panel.isVisible() and new_key and new_key != old_key
    sheet = tmp_path / "sheet.pdf"
    hooks.choose_file_next(str(sheet))
    qtbot.mouseClick(dialog.panel.save_button, Qt.MouseButton.LeftButton)
    assert sheet.read_bytes().startswith(b"%PDF")
    vault.close()
    with pytest.raises(AccessDenied):
        Vault.open_with_recovery(directory, old_key)
    Vault.open_with_recovery(directory, new_key).close()


def test_an_operator_cannot_replace_the_recovery_key(vault):
    vault.add_operator("Giulia Ferrari", NEW)
    directory = vault.directory
    vault.close()
    with Vault.open(directory, NEW) as own, pytest.raises(AccessDenied):
        own.reissue_recovery_key()


def test_office_keys_are_exported_only_after_the_warning_is_acknowledged(
        qtbot, window, vault, tmp_path):
    from rete_desktop.storage.identity import load_identity

    dialog = KeyEscrowDialog(vault, window)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.folder.setText(str(tmp_path / "chiavetta" / "chiavi"))
    (tmp_path / "chiavetta").mkdir()
    # on its box: the row is wider than the text, and a click past the text does nothing
    qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, dialog.understood.height() // 2))
    assert ok.isEnabled()
    ok.click()
    written = tmp_path / "chiavetta" / "chiavi"
    recipient = load_identity(vault).keys.encryption_recipient()
    assert recipient in (written / "age-identity.txt").read_text("ascii")
    assert (written / "signing_key").read_bytes().startswith(b"-----BEGIN OPENSSH PRIVATE KEY")
    assert audit.list_entries(vault, limit=1)[0].action == "identity.export_secret_keys"


def test_a_backup_over_an_existing_file_is_written_only_when_confirmed(window, tmp_path):
    target = tmp_path / "ufficio.retebak"
    target.write_bytes(b"the copy made last week")
    hooks.choose_file_next(str(target))
    hooks.answer_next(False)  # "«ufficio.retebak» already exists. Replace it?" — No
    _menu_action(window, "Back up the vault…").trigger()
    assert target.read_bytes() == b"the copy made last week"
    assert "Make one now" in window.backup_state.text()
    hooks.choose_file_next(str(target))
    hooks.answer_next(True)
    _menu_action(window, "Back up the vault…").trigger()
    assert target.read_bytes().startswith(backup.MAGIC)


def test_the_key_folder_is_picked_and_earlier_keys_are_replaced_only_when_confirmed(
        qtbot, window, vault, tmp_path):
    stick = tmp_path / "chiavetta"
    stick.mkdir()
    (stick / "signing_key").write_bytes(b"the keys of the previous export")
    dialog = KeyEscrowDialog(vault, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.folder.text().startswith(str(Path.home()))  # a sane default
    hooks.choose_file_next(str(stick))
    qtbot.mouseClick(next(b for b in dialog.findChildren(QPushButton)
                          if b.accessibleName() == "Choose the folder for the keys"),
                     Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(stick)
    dialog.understood.setChecked(True)
    hooks.answer_next(False)
    _ok(dialog)
    assert dialog.isVisible()
    assert (stick / "signing_key").read_bytes() == b"the keys of the previous export"
    hooks.answer_next(True)
    _ok(dialog)
    assert not dialog.isVisible()
    assert (stick / "signing_key").read_bytes().startswith(b"-----BEGIN OPENSSH PRIVATE KEY")


def test_restore_into_a_chosen_folder_never_lands_among_other_files(qtbot, window, tmp_path):
    dialog = RestoreDialog(window.vault, window)
    qtbot.addWidget(dialog)
    empty = tmp_path / "vuota"
    empty.mkdir()
    hooks.choose_file_next(str(empty))
    dialog.choose_target()
    assert dialog.target.text() == str(empty)  # an empty folder receives the vault itself
    busy = tmp_path / "documenti"
    busy.mkdir()
    (busy / "lettera.odt").write_bytes(b"x")
    hooks.choose_file_next(str(busy))
    dialog.choose_target()
    chosen = Path(dialog.target.text())
    assert chosen.parent == busy and chosen.name.startswith("rete-restored-")
