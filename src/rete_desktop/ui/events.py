"""The one bridge from the core's events (``rete_desktop.events``) to Qt signals.

A widget that shows vault data connects to the signal of what it shows and refreshes itself;
nobody reloads another page by hand. ``bridge(vault)`` gives the vault's one bridge (made on
first use), so a page built late (lazy sections, dialogs) subscribes the same way. Signals
carry ids only. Connect bound methods of widgets (Qt drops them with the widget), or use
:func:`keep_fresh`, which also defers the refresh of a hidden page until it is shown.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from rete_desktop import events
from rete_desktop.storage.vault import Vault

LIST_COLUMNS = {"status", "risk"}  # what of a case the case list shows besides fixed fields


class VaultEvents(QObject):
    """Qt signals for the events of one vault, emitted after the change is committed."""

    case_created = Signal(str)  # case id
    case_changed = Signal(str, str)  # case id, what (status, risk, consent, person, tasks…)
    case_erased = Signal(str)  # case id
    note_added = Signal(str, str)  # case id, note id
    packet_received = Signal(str, str, str)  # packet id, kind, case id ("" if none)
    packet_sent = Signal(str, str)  # packet id, kind
    directory_updated = Signal()
    offices_changed = Signal()
    lab_changed = Signal()
    handbook_changed = Signal()
    audit_appended = Signal(str)  # action
    locked = Signal()
    # The case list changed: a case created (also from a referral), erased, or one of the
    # columns it shows (status, risk) changed.
    cases_changed = Signal()

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self._vault = weakref.ref(vault)
        self._unsubscribe = vault.events.subscribe(self._deliver)

    def _deliver(self, event: events.Event) -> None:
        match event:
            case events.CaseCreated(case_id=case_id):
                self.case_created.emit(case_id)
                self.cases_changed.emit()
            case events.CaseChanged(case_id=case_id, what=what):
                self.case_changed.emit(case_id, what)
                if what in LIST_COLUMNS:
                    self.cases_changed.emit()
            case events.CaseErased(case_id=case_id):
                self.case_erased.emit(case_id)
                self.cases_changed.emit()
            case events.NoteAdded(case_id=case_id, note_id=note_id):
                self.note_added.emit(case_id, note_id)
            case events.PacketReceived(packet_id=packet_id, kind=kind, case_id=case_id):
                self.packet_received.emit(packet_id, kind, case_id or "")
            case events.PacketSent(packet_id=packet_id, kind=kind):
                self.packet_sent.emit(packet_id, kind)
            case events.DirectoryUpdated():
                self.directory_updated.emit()
            case events.OfficesChanged():
                self.offices_changed.emit()
            case events.LabChanged():
                self.lab_changed.emit()
            case events.HandbookChanged():
                self.handbook_changed.emit()
            case events.AuditAppended(action=action):
                self.audit_appended.emit(action)
            case events.VaultLocked():
                self.locked.emit()
                self._retire()

    def _retire(self) -> None:
        """A locked vault says nothing more: forget it and go with the next event loop."""
        self._unsubscribe()
        vault = self._vault()
        if vault is not None:
            _bridges.pop(vault, None)
        self.deleteLater()


_bridges: weakref.WeakKeyDictionary[Vault, VaultEvents] = weakref.WeakKeyDictionary()


def bridge(vault: Vault) -> VaultEvents:
    """The vault's one Qt bridge (created on first use, gone with the vault)."""
    found = _bridges.get(vault)
    if found is None:
        found = _bridges[vault] = VaultEvents(vault)
    return found


class _Freshness(QObject):
    """Runs ``refresh`` when a signal fires while the page is visible; if it is hidden, the
    refresh waits for the next time the page is shown (one refresh for many changes)."""

    def __init__(self, page: QWidget, refresh: Callable[[], None], stale: bool) -> None:
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self._stale = stale
        page.installEventFilter(self)

    def changed(self, *_args: object) -> None:
        if self._page.isVisible():
            self._stale = False
            self._refresh()
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # While Qt builds or tears the page down this wrapper may have no attributes yet.
        page = getattr(self, "_page", None)
        if page is not None and watched is page and event.type() == QEvent.Type.Show \
                and self._stale:
            self._stale = False
            self._refresh()
        return super().eventFilter(watched, event)


def keep_fresh(page: QWidget, refresh: Callable[[], None], *signals: SignalInstance,
               load_on_show: bool = False) -> None:
    """Refresh ``page`` whenever one of ``signals`` fires (deferred while it is hidden);
    with ``load_on_show`` also the first time it is shown (pages that start empty)."""
    freshness = _Freshness(page, refresh, load_on_show)
    for signal in signals:
        signal.connect(freshness.changed)
