"""Joining the network without the command line: this office's keys to read over the phone,
its member card, the signed directory (import and pinning for a member; create, add cards,
revoke and publish for the coordinator). The same services as ``rete identity`` and
``rete directory``; every security decision is a confirmation a person makes after a call.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.errors import ReteError
from rete_desktop.handbook import sections
from rete_desktop.i18n import translate
from rete_desktop.packets import directory as d
from rete_desktop.packets.member_card import CARD, MemberCard, export_card, read_card
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.incoming import read_limited
from rete_desktop.storage.vault import Vault
from rete_desktop.transport.settings import own_receives
from rete_desktop.ui import hooks, labels, style
from rete_desktop.ui.dialogs import FormDialog, open_form
from rete_desktop.ui.events import bridge, keep_fresh
from rete_desktop.ui.widgets import ErrorLabel, add_form_row

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_REVOKED = QColor(style.ERROR)


def spoken(safety_number: str) -> str:
    """The 12 groups of 5 digits as three lines of four: easy to read aloud and to follow."""
    groups = safety_number.split()
    return "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


def day(moment: date | datetime) -> str:
    return moment.strftime("%d/%m/%Y")


def _big_mono(label: QLabel, extra: int) -> QLabel:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(QFont().pointSize() + extra)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CreateNetworkDialog(FormDialog):
    """The coordinator names the network; this office becomes its first member."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Create the network"), parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Rete antiviolenza del Casalasco"))
        self.errors.add_row("network", self.tr("Network &name:"), self.name)

    def submit(self) -> d.DirectoryState:
        return d.create_directory(self.vault, self.name.text())


class PublishDialog(FormDialog):
    """How long the published directory stays valid (members refuse it afterwards)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Publish directory"), parent)
        self.days = QSpinBox()
        self.days.setRange(1, d.MAX_VALID_DAYS)
        self.days.setValue(d.DEFAULT_VALID_DAYS)
        self.days.setSuffix(self.tr(" days"))
        add_form_row(self.form, self.tr("&Valid for:"), self.days)
        self.form.addRow(QLabel(self.tr(
            "Send the new file to every member office before it expires.")))

    def submit(self) -> int:
        return self.days.value()


class RevokeDialog(FormDialog):
    """Revoking is for good: OK is enabled only once the office name is typed exactly."""

    def __init__(self, vault: Vault, member: d.Member, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Revoke member"), parent)
        self.member = member
        warning = QLabel(self.tr(
            "{0} will be marked revoked in the next published directory; the other offices "
            "will refuse its packets from then on. A revoked office cannot rejoin under the "
            "same identity.").format(member.name))
        warning.setWordWrap(True)
        self.form.addRow(warning)
        self.name = QLineEdit()
        add_form_row(self.form, self.tr("Type the office &name to confirm:"), self.name)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Revoke"))
        ok.setEnabled(False)
        self.name.textChanged.connect(
            lambda text: ok.setEnabled(text.strip() == member.name))

    def submit(self) -> d.Member:
        return d.revoke_member(self.vault, self.member.office_id)


class NetworkPage(QWidget):
    """This office's identity and the network directory, for member and coordinator alike."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.setAcceptDrops(True)
        identity = load_identity(vault)
        self.own_id = identity.office_id

        office = QGroupBox(self.tr("This office"))
        form = QFormLayout(office)
        self.office_name = QLabel(identity.name)
        self.office_kind = QLabel(labels.office_kind(identity.kind))
        self.fingerprint = _big_mono(QLabel(identity.public.fingerprint()), 2)
        self.safety_number = _big_mono(QLabel(spoken(identity.public.safety_number())), 4)
        self.safety_number.setAccessibleName(self.tr("Safety number"))
        form.addRow(self.tr("Office:"), self.office_name)
        form.addRow(self.tr("Kind:"), self.office_kind)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Safety number:"), self.safety_number)
        hint = QLabel(self.tr(
            "Read the safety number to the coordinator over the phone when you send your "
            "member card: it proves the card is yours."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.export_button = QPushButton(self.tr("&Export member card…"))
        self.export_button.clicked.connect(self.export_card)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        form.addRow(export_row)

        network = QGroupBox(self.tr("Network directory"))
        box = QVBoxLayout(network)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.expired = ErrorLabel()
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Create the network…"))
        self.import_button = QPushButton(self.tr("&Import directory…"))
        self.import_button.setToolTip(self.tr("Or drop the directory file on this page"))
        self.add_card_button = QPushButton(self.tr("&Add member card…"))
        self.add_card_button.setToolTip(self.tr("Or drop the card file on this page"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.publish_button = QPushButton(self.tr("&Publish directory…"))
        for button, slot in ((self.create_button, self.create_network),
                             (self.import_button, self.choose_directory),
                             (self.add_card_button, self.choose_card),
                             (self.revoke_button, self.revoke_selected),
                             (self.publish_button, self.publish)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.notice = ErrorLabel()  # hidden while empty, like the refusal below it
        self.notice.setStyleSheet(style.OK_TEXT)
        self.notice.setAccessibleName(self.tr("Result"))
        self.message = ErrorLabel()
        self.message.setStyleSheet(style.ERROR_BOLD)
        self.members = QTreeWidget()
        self.members.setRootIsDecorated(False)
        self.members.setAccessibleName(self.tr("Member offices"))
        self.members.setHeaderLabels([self.tr("Office"), self.tr("Kind"), self.tr("Fingerprint"),
                                      self.tr("Status")])
        self.members.itemSelectionChanged.connect(self._selection_changed)
        box.addWidget(self.summary)
        box.addWidget(self.expired)
        box.addLayout(buttons)
        box.addWidget(self.notice)
        box.addWidget(self.message)
        box.addWidget(self.members, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(office)
        layout.addWidget(network, 1)
        self.refresh()
        events = bridge(vault)
        keep_fresh(self, self.refresh, events.directory_updated, events.offices_changed)

    # --- display ---------------------------------------------------------------------------

    def refresh(self) -> None:
        state = d.get_state(self.vault)
        role = state.role if state else None
        self.create_button.setVisible(state is None)
        self.import_button.setVisible(role != d.COORDINATOR)
        for button in (self.add_card_button, self.revoke_button, self.publish_button):
            button.setVisible(role == d.COORDINATOR)
        members = d.list_members(self.vault)
        self.summary.setText(self._summary(state, members))
        self.expired.show_error(self.tr(
            "The directory has expired: ask the coordinator for the new one. Until then "
            "packets from the network are refused.") if d.directory_expired(self.vault) else "")
        self.members.clear()
        mine = self.tr("(this office)")
        for member in members:
            status = (self.tr("revoked on {0}").format(day(member.revoked_on))
                      if member.revoked_on else self.tr("active"))
            name = f"{member.name} {mine}" if member.office_id == self.own_id else member.name
            item = QTreeWidgetItem([name, labels.office_kind(member.kind),
                                    member.public.fingerprint(), status])
            item.setData(0, ID_ROLE, member.office_id)
            if not member.active:
                for column in range(4):
                    item.setForeground(column, _REVOKED)
            self.members.addTopLevelItem(item)
        for column in range(4):
            self.members.resizeColumnToContents(column)
        self._selection_changed()

    def _summary(self, state: d.DirectoryState | None, members: list[d.Member]) -> str:
        if state is None:
            return self.tr(
                "This office is not in a network yet. To join, export the member card, send it "
                "to the coordinator and read them the safety number by phone; then import the "
                "directory file the coordinator sends back. The coordinating office creates "
                "the network instead.")
        if state.role == d.COORDINATOR:
            if state.expires is None:
                return self.tr("This office coordinates the network «{0}». The directory has "
                               "not been published yet.").format(state.network_name)
            return self.tr("This office coordinates the network «{0}». Last published: "
                           "version {1}, valid until {2}.").format(
                state.network_name, state.version, day(state.expires))
        coordinator = next((m.name for m in members if m.office_id == state.coordinator_id), "")
        assert state.expires is not None
        return self.tr("Network «{0}», directory version {1}, valid until {2}. Coordinator: {3} "
                       "(fingerprint {4}).").format(
            state.network_name, state.version, day(state.expires), coordinator,
            state.coordinator.fingerprint())

    def _selected(self) -> d.Member | None:
        items = self.members.selectedItems()
        return d.get_member(self.vault, items[0].data(0, ID_ROLE)) if items else None

    def _selection_changed(self) -> None:
        member = self._selected()
        self.revoke_button.setEnabled(
            member is not None and member.active and member.office_id != self.own_id)

    def _done(self, text: str) -> None:
        self.message.show_error("")
        self.notice.show_error(text)
        self.refresh()

    def _refused(self, exc: Exception) -> None:
        self.notice.show_error("")
        self.message.show_error(labels.error_text(exc))  # the core's text names the refusal

    # --- this office -------------------------------------------------------------------------

    def export_card(self) -> None:
        hooks.choose_file(self, self.tr("Export member card"), self.tr("Member cards (*.json)"),
                          self.write_card, save_as=self.tr("member-card.json"))

    def write_card(self, path: str) -> None:
        try:
            write_atomic(Path(path), export_card(load_identity(self.vault),
                                                 receives=own_receives(self.vault)), mode=0o644)
        except (ReteError, OSError) as exc:
            self._refused(exc)
            return
        self._done(self.tr("Member card saved in {0}. Send it to the coordinator, then read "
                           "them your safety number by phone.").format(path))

    # --- member side -------------------------------------------------------------------------

    def choose_directory(self) -> None:
        hooks.choose_file(self, self.tr("Import directory"),
                          self.tr("Network directory (*.json);;All files (*)"),
                          self.import_directory)

    def import_directory(self, path: str) -> None:
        """Verify the file; on a first import ask to compare the coordinator's safety number."""
        try:
            data = read_limited(path, d.DIRECTORY.max_size)
            directory = d.read_directory(data)
        except ReteError as exc:
            self._refused(exc)
            return
        state = d.get_state(self.vault)
        if state is not None and state.role == d.MEMBER and (
                state.version, state.issued, state.coordinator) == (
                directory.version, directory.issued, directory.coordinator):
            # the file already imported (a coordinator never reuses a version): not a refusal
            self._done(translate("commands.directory_up_to_date", labels.language(),
                                 version=directory.version))
            return
        if state is not None:
            self._import(data, False, frozenset())
            return
        hooks.confirm(self, self.tr("Confirm the coordinator"), self.tr(
            "First import of the network «{0}», coordinated by {1}.\n\n"
            "Call the coordinator on a number you already know and compare this safety "
            "number, digit by digit:\n\n{2}\n\n"
            "Accept only if it matches: from now on this office trusts only directories "
            "signed by this coordinator.").format(
            directory.network, directory.coordinator_name,
            spoken(directory.coordinator.safety_number())),
            lambda: self._import(data, True, frozenset()))

    def _import(self, data: bytes, pin: bool, accepted: frozenset[str]) -> None:
        try:
            result = sections.import_directory(self.vault, data, pin_confirmed=pin,
                                        accept_key_change=accepted)
        except ReteError as exc:
            if exc.message_id == "directory.member_key_changed":
                self._ask_key_change(exc, data, pin, accepted)
            else:
                self._refused(exc)
            return
        directory = result.directory
        text = self.tr("Directory «{0}» version {1} imported: {2}, valid until {3}.").format(
            directory.network, directory.version,
            self.tr("%n office(s)", "", len(directory.members)), day(directory.expires))
        if result.self_status != "listed":
            text += "\n" + translate(f"directory.self_{result.self_status}", labels.language())
        self._done(text)

    def _ask_key_change(self, exc: ReteError, data: bytes, pin: bool,
                        accepted: frozenset[str]) -> None:
        p = exc.params
        hooks.confirm(self, self.tr("WARNING: an office's keys have changed"), self.tr(
            "The directory gives NEW KEYS to {0}.\n\nOld fingerprint: {1}\nNew fingerprint: "
            "{2}\n\nThis is expected only if that office reinstalled the app or lost its "
            "keys. It could also be someone impersonating it. Call {0} on a number you "
            "already know and accept only if they confirm the new fingerprint.\n\n"
            "Accept the new keys of {0}?").format(p["name"], p["old"], p["new"]),
            lambda: self._import(data, pin, accepted | {p["id"]}), warning=True)

    # --- coordinator side --------------------------------------------------------------------

    def create_network(self) -> None:
        # Bound methods, not lambdas: a closure over the page would keep it alive from its own
        # dialog, and the dialog's deletion would then destroy the page under it.
        open_form(CreateNetworkDialog(self.vault, self), self._created)

    def _created(self, state: d.DirectoryState) -> None:
        self._done(self.tr("Network «{0}» created. Add the member cards, then publish the "
                           "directory.").format(state.network_name))

    def choose_card(self) -> None:
        hooks.choose_file(self, self.tr("Add member card"),
                          self.tr("Member cards (*.json);;All files (*)"), self.add_card)

    def add_card(self, path: str) -> None:
        """Show who the card says it is; add it only after the phone comparison."""
        try:
            card = read_card(read_limited(path, CARD.max_size))
            d.require_coordinator(self.vault)
        except ReteError as exc:
            self._refused(exc)
            return
        text = self.tr(
            "Office: {0}\nKind: {1}\nFingerprint: {2}\n\nSafety number:\n{3}\n\n"
            "Call the office on a number you already know and have them read their safety "
            "number (on their Network page). Add the card only if every digit matches.").format(
            card.name, labels.office_kind(card.kind), card.public.fingerprint(),
            spoken(card.public.safety_number()))
        known = d.get_member(self.vault, card.office_id)
        replaces = known is not None and known.public != card.public
        if known is not None and replaces:
            text += "\n\n" + self.tr("WARNING: this card replaces the keys of {0} (old "
                                     "fingerprint {1}).").format(known.name,
                                                                 known.public.fingerprint())
        hooks.confirm(self, self.tr("Add member card"), text, lambda: self._add(card),
                      warning=replaces)

    def _add(self, card: MemberCard) -> None:
        try:
            added = d.add_card(self.vault, card)
        except ReteError as exc:
            self._refused(exc)
            return
        self._done(self.tr("{0} added. Publish the directory to send it to the "
                           "network.").format(added.member.name))

    def revoke_selected(self) -> None:
        member = self._selected()
        if member is None:
            return
        open_form(RevokeDialog(self.vault, member, self), self._revoked)

    def _revoked(self, member: d.Member) -> None:
        self._done(self.tr("{0} revoked. Publish the directory so the other offices know.").format(
            member.name))

    def publish(self) -> None:
        open_form(PublishDialog(self.vault, self), self._choose_target)

    def _choose_target(self, days: int) -> None:
        hooks.choose_file(self, self.tr("Publish directory"),
                          self.tr("Network directory (*.json)"),
                          lambda path: self.write_directory(path, days),
                          save_as=self.tr("directory.json"))

    def write_directory(self, path: str, days: int) -> None:
        try:
            data = sections.publish_directory(self.vault, valid_days=days)
            write_atomic(Path(path), data, mode=0o644)
        except (ReteError, OSError) as exc:
            self._refused(exc)
            return
        state = d.get_state(self.vault)
        assert state is not None and state.expires is not None
        self._done(self.tr("Directory version {0} saved in {1}, valid until {2}. Send it to "
                           "every member office.").format(state.version, path,
                                                          day(state.expires)))

    # --- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        """The coordinator drops member cards; every other office drops the directory."""
        path = event.mimeData().urls()[0].toLocalFile()
        event.acceptProposedAction()
        state = d.get_state(self.vault)
        if state is not None and state.role == d.COORDINATOR:
            self.add_card(path)
        else:
            self.import_directory(path)
