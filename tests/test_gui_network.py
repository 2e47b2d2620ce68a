"""The Network page: a coordinator builds and publishes the directory, a member joins it, all
through the widgets on real vaults (offscreen); confirmations are answered through the hooks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QColor, QDropEvent  # noqa: E402

from rete_desktop.handbook import sections  # noqa: E402
from rete_desktop.packets import directory as d  # noqa: E402
from rete_desktop.packets.member_card import export_card, read_card  # noqa: E402
from rete_desktop.storage.identity import load_identity  # noqa: E402
from rete_desktop.storage.vault import Vault  # noqa: E402
from rete_desktop.ui import hooks  # noqa: E402
from rete_desktop.ui.clipboard import SecureClipboard  # noqa: E402
from rete_desktop.ui.main_window import MainWindow  # noqa: E402
from rete_desktop.ui.network_page import (  # noqa: E402
    CreateNetworkDialog,
    NetworkPage,
    PublishDialog,
    RevokeDialog,
    spoken,
)  # noqa: E402
from rete_desktop.ui.settings import Settings  # noqa: E402
from tests.conftest import make_vault  # noqa: E402


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, bool]]:
    """Every confirmation the page asks (title, text, warning), still answered by the hooks."""
    asked: list[tuple[str, str, bool]] = []
    original = hooks.confirm

    def recording(parent, title, text, on_yes, *, warning=False):  # noqa: ANN001, ANN202
        asked.append((title, text, warning))
        original(parent, title, text, on_yes, warning=warning)

    monkeypatch.setattr(hooks, "confirm", recording)
    return asked


@pytest.fixture
def cav(tmp_path: Path) -> Iterator[Vault]:
    vault = make_vault(tmp_path / "cav", "Centro Antiviolenza Casalasco", "cav")
    yield vault
    vault.close()


@pytest.fixture
def carabinieri(tmp_path: Path) -> Iterator[Vault]:
    vault = make_vault(tmp_path / "cc", "Stazione Carabinieri Casalmaggiore", "carabinieri")
    yield vault
    vault.close()


def _page(qtbot, vault: Vault) -> NetworkPage:  # noqa: ANN001
    page = NetworkPage(vault)
    qtbot.addWidget(page)
    page.show()
    return page


def _rows(page: NetworkPage) -> list[list[str]]:
    tree = page.members
    return [[tree.topLevelItem(r).text(c) for c in range(4)]
            for r in range(tree.topLevelItemCount())]


def _published_network(cav: Vault, member: Vault, path: Path) -> Path:
    """The CAV coordinates a network with ``member`` in it and publishes it to ``path``."""
    d.create_directory(cav, "Rete Casalasca")
    d.add_card(cav, read_card(export_card(load_identity(member))))
    path.write_bytes(d.publish_directory(cav))
    return path


def test_coordinator_creates_adds_a_confirmed_card_and_publishes(
        qtbot, cav, carabinieri, tmp_path, questions) -> None:  # noqa: ANN001
    member_page = _page(qtbot, carabinieri)
    card = tmp_path / "cc-card.json"
    hooks.choose_file_next(str(card))
    member_page.export_button.click()
    assert read_card(card.read_bytes()).name == "Stazione Carabinieri Casalmaggiore"

    page = _page(qtbot, cav)
    assert page.create_button.isVisibleTo(page) and not page.publish_button.isVisibleTo(page)
    page.create_button.click()
    dialog = page.findChild(CreateNetworkDialog)
    dialog.name.setText("Rete Casalasca")
    dialog.accept()
    assert d.get_state(cav).role == d.COORDINATOR
    assert page.publish_button.isVisibleTo(page) and not page.import_button.isVisibleTo(page)

    hooks.choose_file_next(str(card))
    hooks.answer_next(True)
    page.add_card_button.click()
    title, text, warning = questions[-1]
    safety = spoken(load_identity(carabinieri).public.safety_number())
    assert "Stazione Carabinieri Casalmaggiore" in text and safety in text
    assert load_identity(carabinieri).public.fingerprint() in text and not warning
    assert [r[0] for r in _rows(page)] == ["Centro Antiviolenza Casalasco (this office)",
                                           "Stazione Carabinieri Casalmaggiore"]

    target = tmp_path / "directory.json"
    page.publish_button.click()
    dialog = page.findChild(PublishDialog)
    dialog.days.setValue(30)
    hooks.choose_file_next(str(target))
    dialog.accept()
    published = d.read_directory(target.read_bytes())
    assert published.version == 1 and len(published.members) == 2
    assert (published.expires - published.issued).days == 30
    assert "glossary" in published.sections  # the handbook travels with the directory
    assert "version 1" in page.summary.text()


def test_declining_the_card_confirmation_adds_nothing(qtbot, cav, carabinieri, tmp_path) -> None:  # noqa: ANN001
    d.create_directory(cav, "Rete Casalasca")
    card = tmp_path / "cc-card.json"
    card.write_bytes(export_card(load_identity(carabinieri)))
    page = _page(qtbot, cav)
    hooks.choose_file_next(str(card))
    hooks.answer_next(False)
    page.add_card_button.click()
    assert len(d.list_members(cav)) == 1


def test_member_imports_after_confirming_the_coordinators_safety_number(
        qtbot, cav, carabinieri, tmp_path, questions) -> None:  # noqa: ANN001
    path = _published_network(cav, carabinieri, tmp_path / "directory.json")
    page = _page(qtbot, carabinieri)
    assert page.import_button.isVisibleTo(page) and not page.add_card_button.isVisibleTo(page)
    hooks.choose_file_next(str(path))
    hooks.answer_next(True)
    page.import_button.click()
    _, text, _ = questions[-1]
    assert spoken(load_identity(cav).public.safety_number()) in text
    assert "Centro Antiviolenza Casalasco" in text and "Rete Casalasca" in text
    state = d.get_state(carabinieri)
    assert state is not None and state.coordinator == load_identity(cav).public
    assert [r[3] for r in _rows(page)] == ["active", "active"]
    assert "imported" in page.notice.text() and page.message.isHidden()
    assert "Rete Casalasca" in page.summary.text()


def test_declining_the_pinning_confirmation_stores_nothing(
        qtbot, cav, carabinieri, tmp_path) -> None:  # noqa: ANN001
    path = _published_network(cav, carabinieri, tmp_path / "directory.json")
    page = _page(qtbot, carabinieri)
    hooks.choose_file_next(str(path))
    hooks.answer_next(False)
    page.import_button.click()
    assert d.get_state(carabinieri) is None and d.list_members(carabinieri) == []
    assert _rows(page) == []


def test_tampered_directory_shows_the_refusal_and_stores_nothing(
        qtbot, cav, carabinieri, tmp_path, questions) -> None:  # noqa: ANN001
    path = _published_network(cav, carabinieri, tmp_path / "directory.json")
    data = path.read_bytes()
    at = data.index(b"Stazione Carabinieri")
    path.write_bytes(data[:at] + b"X" + data[at + 1:])
    page = _page(qtbot, carabinieri)
    page.import_directory(str(path))
    assert questions == []  # refused before anything is asked
    assert "refused: the signature is not valid" in page.message.text()
    assert d.get_state(carabinieri) is None


def test_older_directory_is_refused_and_the_same_one_is_up_to_date(
        qtbot, cav, carabinieri, tmp_path) -> None:  # noqa: ANN001
    first = _published_network(cav, carabinieri, tmp_path / "v1.json")
    (tmp_path / "v2.json").write_bytes(d.publish_directory(cav))
    page = _page(qtbot, carabinieri)
    hooks.answer_next(True)
    page.import_directory(str(first))
    page.import_directory(str(tmp_path / "v2.json"))
    page.import_directory(str(tmp_path / "v2.json"))
    assert "already up to date" in page.notice.text() and page.message.isHidden()
    page.import_directory(str(first))
    assert "version 1 is not newer" in page.message.text()
    assert d.get_state(carabinieri).version == 2


def test_expired_and_foreign_directories_show_their_refusal(
        qtbot, cav, carabinieri, tmp_path) -> None:  # noqa: ANN001
    first = _published_network(cav, carabinieri, tmp_path / "v1.json")
    page = _page(qtbot, carabinieri)
    hooks.answer_next(True)
    page.import_directory(str(first))
    expired = tmp_path / "expired.json"
    expired.write_bytes(d.publish_directory(cav, now=datetime.now(UTC) - timedelta(days=100),
                                            valid_days=30))
    page.import_directory(str(expired))
    assert "expired" in page.message.text()
    other = make_vault(tmp_path / "other", "Altro Centro", "cav")
    foreign = _published_network(other, carabinieri, tmp_path / "foreign.json")
    other.close()
    page.import_directory(str(foreign))
    assert "signed by another coordinator" in page.message.text()
    assert d.get_state(carabinieri).version == 1


def test_a_dropped_file_is_imported_like_a_chosen_one(qtbot, cav, carabinieri, tmp_path) -> None:  # noqa: ANN001
    path = _published_network(cav, carabinieri, tmp_path / "directory.json")
    page = _page(qtbot, carabinieri)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    hooks.answer_next(True)
    page.dropEvent(event)
    assert d.get_state(carabinieri).version == 1 and len(_rows(page)) == 2


def test_revoked_member_shows_revoked_in_red(qtbot, cav, carabinieri, tmp_path) -> None:  # noqa: ANN001
    path = _published_network(cav, carabinieri, tmp_path / "v1.json")
    member_page = _page(qtbot, carabinieri)
    hooks.answer_next(True)
    member_page.import_directory(str(path))

    page = _page(qtbot, cav)
    assert not page.revoke_button.isEnabled()
    page.members.topLevelItem(0).setSelected(True)  # this office: never revocable
    assert not page.revoke_button.isEnabled()
    page.members.clearSelection()
    page.members.topLevelItem(1).setSelected(True)
    page.revoke_button.click()
    dialog = page.findChild(RevokeDialog)
    dialog.name.setText("Stazione Carabinieri")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.name.setText("Stazione Carabinieri Casalmaggiore")
    dialog.accept()
    assert "revoked on" in _rows(page)[1][3]
    page.publish_button.click()
    hooks.choose_file_next(str(tmp_path / "v2.json"))
    page.findChild(PublishDialog).accept()

    member_page.import_directory(str(tmp_path / "v2.json"))
    row = next(r for r in range(2) if "Carabinieri" in member_page.members.topLevelItem(r).text(0))
    item = member_page.members.topLevelItem(row)
    assert item.text(3).startswith("revoked on")
    assert item.foreground(3).color() == QColor("#b00020")
    assert "revoked" in member_page.notice.text()  # this office learns it was revoked


def test_changed_member_key_needs_the_loud_confirmation(
        qtbot, cav, carabinieri, tmp_path, questions) -> None:  # noqa: ANN001
    social = make_vault(tmp_path / "social", "Servizi Sociali Casalaschi", "social_services")
    path = _published_network(cav, carabinieri, tmp_path / "v1.json")
    d.add_card(cav, read_card(export_card(load_identity(social))))
    social.close()
    page = _page(qtbot, carabinieri)
    hooks.answer_next(True)
    page.import_directory(str(path))
    (tmp_path / "v2.json").write_bytes(d.publish_directory(cav))
    page.import_directory(str(tmp_path / "v2.json"))
    old_id = next(m.office_id for m in d.list_members(cav) if m.name.startswith("Servizi"))
    reinstalled = make_vault(tmp_path / "social2", "Servizi Sociali Casalaschi", "social_services")
    with reinstalled.transaction() as conn:  # the same office (same id), new keys
        new_id = conn.execute("SELECT office_id FROM identity").fetchone()[0]
        conn.execute("UPDATE identity SET office_id = ?", (old_id,))
        conn.execute("UPDATE offices SET id = ? WHERE id = ?", (old_id, new_id))
    card = tmp_path / "social-new.json"
    card.write_bytes(export_card(load_identity(reinstalled)))
    new_key = load_identity(reinstalled).public.signing_key
    reinstalled.close()
    coordinator_page = _page(qtbot, cav)
    hooks.answer_next(True)
    coordinator_page.add_card(str(card))
    assert questions[-1][2] and "replaces the keys" in questions[-1][1]
    (tmp_path / "v3.json").write_bytes(d.publish_directory(cav))

    hooks.answer_next(False)
    page.import_directory(str(tmp_path / "v3.json"))
    title, text, warning = questions[-1]
    assert warning and "Servizi Sociali Casalaschi" in text and "WARNING" in title
    assert d.get_state(carabinieri).version == 2  # declined: nothing stored
    hooks.answer_next(True)
    page.import_directory(str(tmp_path / "v3.json"))
    assert d.get_state(carabinieri).version == 3
    assert d.get_member(carabinieri, old_id).signing_key == new_key


def test_network_section_opens_with_its_shortcut(qtbot, cav) -> None:  # noqa: ANN001
    window = MainWindow(cav, "Centro Antiviolenza Casalasco", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.actions()
                  if "Ctrl+Shift+N" in [s.toString() for s in a.shortcuts()])
    action.trigger()
    assert window.stack.currentWidget() is window.network_section
    assert isinstance(window.network_section.page(), NetworkPage)


def test_an_imported_directory_appears_on_the_network_page_without_switching_pages(
        qtbot, cav, carabinieri, tmp_path) -> None:  # noqa: ANN001
    """Filed by any path (here the core, as the CLI or a packet would), the directory shows on
    the page on screen at once: the page follows the core's events, nobody reloads it."""
    window = MainWindow(carabinieri, "Stazione Carabinieri Casalmaggiore", SecureClipboard(),
                        Settings(language="en"))
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(window._row_of(window.network_section))
    page = window.network_section.page()
    assert [r[0] for r in _rows(page)] == []
    path = _published_network(cav, carabinieri, tmp_path / "directory.json")
    sections.import_directory(carabinieri, path.read_bytes(), pin_confirmed=True)
    assert [r[0] for r in _rows(page)] == ["Centro Antiviolenza Casalasco",
                                           "Stazione Carabinieri Casalmaggiore (this office)"]
    assert "Rete Casalasca" in page.summary.text()
