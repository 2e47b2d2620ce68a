"""Who opened or changed which case, and when: the vault's hash-chained audit log, filtered by
case, with a button that recomputes the whole chain. The data-protection duties sit in the
second tab (:mod:`rete_desktop.ui.dataprotection_page`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.records import AuditEntry
from rete_desktop.domain.vocabulary import CaseStatus, OfficeKind, PersonRole, RiskLevel
from rete_desktop.errors import ReteError
from rete_desktop.i18n import translate
from rete_desktop.storage import audit, cases
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import labels
from rete_desktop.ui.dataprotection_page import DataProtectionPage
from rete_desktop.ui.events import bridge, keep_fresh
from rete_desktop.ui.stats_page import read_only

CASE_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN = 1000  # newest entries listed; the verification always reads them all
_RISKS = {r.value for r in RiskLevel}
_STATUSES = {s.value for s in CaseStatus}
_KINDS = {k.value for k in OfficeKind}
_ROLES = {r.value for r in PersonRole}


class AuditLogTab(QWidget):
    """The newest entries (or those of one case); double-click opens the case."""

    open_case = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.case_id: str | None = None
        operator = QLabel(self.tr("Operator of this session: <b>{0}</b>").format(vault.operator))
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter by case"))
        self.filter.setPlaceholderText(self.tr("Case reference, e.g. 2026/0042 (empty: all)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.returnPressed.connect(self.refresh)
        filter_label = QLabel(self.tr("&Case:"))
        filter_label.setBuddy(self.filter)
        apply = QPushButton(self.tr("&Filter"))
        apply.clicked.connect(self.refresh)
        self.verify_button = QPushButton(self.tr("&Verify the log"))
        self.verify_button.setToolTip(self.tr("Recomputes the chain of every entry: any entry "
                                              "changed or removed is found"))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result of the verification"))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(apply)
        top.addSpacing(24)
        top.addWidget(self.verify_button)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Operator"),
                                              self.tr("What"), self.tr("Case"),
                                              self.tr("Detail")])
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.verticalHeader().setVisible(False)
        read_only(self.table)
        self.table.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(operator)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        keep_fresh(self, self.refresh, bridge(vault).audit_appended)

    def _action(self, code: str, detail: str = "") -> str:
        """The action in words; a packet sent or received is named by its kind (a receipt is
        not a referral, and the laboratorio's packets are neither)."""
        if code in ("packet.send", "packet.receive"):
            kind = dict(p.split("=", 1) for p in detail.split(";") if "=" in p).get("kind")
            return self._packet_action(code == "packet.send", kind or "referral") or code
        names = {
            "case.read": self.tr("Opened the case"),
            "case.create": self.tr("Created the case"),
            "case.status": self.tr("Changed the status"),
            "case.risk": self.tr("Changed the risk level"),
            "case.consent": self.tr("Recorded the consent"),
            "case.erase": self.tr("Erased the case"),
            "note.add": self.tr("Added a note"),
            "note.amend": self.tr("Amended a note"),
            "person.add": self.tr("Added a person"),
            "person.export": self.tr("Exported a person's data"),
            "protocol.apply": self.tr("Applied a protocol"),
            "task.done": self.tr("Completed a task"),
            "lab.item_prepared": self.tr("Prepared a laboratorio item"),
            "stats.export": self.tr("Exported statistics"),
            "register.print": self.tr("Printed the processing register"),
            "vault.unlock": self.tr("Unlocked the office"),
            "vault.create": self.tr("Created the office vault"),
            "vault.backup": self.tr("Made a backup"),
            "vault.restore": self.tr("Restored a backup"),
            "vault.passphrase_changed": self.tr("Changed the passphrase"),
            "lab.case_code": self.tr("Gave the case a laboratorio code"),
            "lab.action_done": self.tr("Reported a laboratorio action done"),
            "office.add": self.tr("Added an office"),
            "contact.add": self.tr("Added a contact"),
            "contact.update": self.tr("Changed a contact"),
            "protocol.import": self.tr("Imported a protocol"),
            "profile.edit": self.tr("Edited the office profile"),
            "prevention.add": self.tr("Added a prevention action"),
            "glossary.set": self.tr("Changed the glossary"),
            "directory.import": self.tr("Imported the network directory"),
            "directory.publish": self.tr("Published the network directory"),
            "retention.policy": self.tr("Changed the retention policy"),
            "demo.fill": self.tr("Filled the demo office"),
            "task.reopen": self.tr("Reopened a task"),
            "attachment.add": self.tr("Attached a file"),
            "attachment.read": self.tr("Viewed an attachment"),
            "attachment.export": self.tr("Saved a copy of an attachment"),
            "packet.acknowledge": self.tr("Received a receipt"),
            "profile.receive": self.tr("Received an office profile"),
            "glossary.receive": self.tr("Received the glossary"),
            "directory.create": self.tr("Created the network directory"),
            "directory.revoke": self.tr("Removed an office from the directory"),
            "directory.add_member": self.tr("Added an office to the directory"),
            "directory.update_member": self.tr("Updated an office in the directory"),
            "stats.view": self.tr("Viewed statistics"),
            "identity.export_secret_keys": self.tr("Exported the office's secret keys"),
            "lab.agenda": self.tr("Prepared a laboratorio agenda"),
            "lab.present": self.tr("Recorded who attended the laboratorio"),
            "lab.decision": self.tr("Recorded a laboratorio decision"),
            "lab.action": self.tr("Assigned a laboratorio action"),
            "lab.minutes": self.tr("Prepared the laboratorio minutes"),
            "lab.agenda_received": self.tr("Received a laboratorio agenda"),
            "lab.minutes_received": self.tr("Received the laboratorio minutes"),
            "lab.action_update": self.tr("Received a laboratorio action update"),
            "lab.item_sent": self.tr("Sent a case to the laboratorio"),
            "lab.item_received": self.tr("Received a case for the laboratorio"),
        }
        return names.get(code, code)

    def refresh(self) -> None:
        text = self.filter.text().strip()
        self.result.clear()
        try:
            self.case_id = cases.resolve_case_id(self.vault, text) if text else None
        except ReteError as exc:
            self.case_id = None
            self.table.setRowCount(0)
            self.summary.setText(labels.error_text(exc))
            return
        entries = audit.list_entries(self.vault, self.case_id, limit=SHOWN)
        case_of = self._cases_of(entries)
        references = self._references(set(case_of.values()))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            case_id = case_of.get(entry.seq)
            values = [entry.at.astimezone().strftime("%d/%m/%Y %H:%M:%S"), entry.actor,
                      self._action(entry.action, entry.detail), references.get(case_id or "", ""),
                      self._detail(entry, references)]
            items = [QTableWidgetItem(value) for value in values]
            items[-1].setToolTip(entry.detail)  # the recorded codes, for whoever checks the log
            for column, item in enumerate(items):
                item.setData(CASE_ROLE, case_id if case_id in references else None)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(
            self.tr("%n entry(ies), newest first.", "", len(entries)) if len(entries) < SHOWN
            else self.tr("The newest {0} entries.").format(SHOWN))

    def _packet_action(self, sent: bool, kind: str) -> str | None:
        """``None`` for a kind this version does not know (a newer office's packet)."""
        names = {
            ("referral", True): self.tr("Sent a referral"),
            ("referral", False): self.tr("Received a referral"),
            ("receipt", True): self.tr("Sent a receipt"),
            ("receipt", False): self.tr("Received a receipt"),
            ("agenda-item", True): self.tr("Sent a case to the laboratorio"),
            ("agenda-item", False): self.tr("Received a case for the laboratorio"),
            ("agenda", True): self.tr("Sent a laboratorio agenda"),
            ("agenda", False): self.tr("Received a laboratorio agenda"),
            ("minutes", True): self.tr("Sent the laboratorio minutes"),
            ("minutes", False): self.tr("Received the laboratorio minutes"),
            ("action-update", True): self.tr("Sent a laboratorio action update"),
            ("action-update", False): self.tr("Received a laboratorio action update"),
        }
        return names.get((kind, sent))

    def _detail(self, entry: AuditEntry, references: dict[str, str]) -> str:
        """The entry's detail codes in words («fields changed: phone, e-mail»)."""
        parts = dict(p.split("=", 1) for p in entry.detail.split(";") if "=" in p)
        code = entry.detail
        words: list[str] = []
        if "case" in parts:
            reference = references.get(parts["case"])
            words.append(self.tr("case {0}").format(reference) if reference
                         else self.tr("a case since erased"))
        if entry.action == "contact.update":
            changed = set(code.split(","))  # named in the editor's order
            words.append(self.tr("fields changed: {0}").format(", ".join(
                name for field, name in self._contact_fields().items() if field in changed)))
        elif entry.action == "vault.unlock":
            words.append(self.tr("with the recovery key") if code == "recovery"
                         else self.tr("with the passphrase"))
        elif entry.action in ("case.create", "case.risk") and code in _RISKS:
            words.append(self.tr("risk: {0}").format(labels.risk(RiskLevel(code))))
        elif entry.action == "case.create" and "referral" in parts:
            words.append(self.tr("from a referral received"))
        elif entry.action == "case.status" and code in _STATUSES:
            words.append(self.tr("status: {0}").format(labels.status(CaseStatus(code))))
        elif entry.action == "case.consent":
            kinds = [labels.office_kind(OfficeKind(k)) for k in code.split(",") if k in _KINDS]
            words.append(self.tr("may be shared with: {0}").format(", ".join(kinds)) if kinds
                         else self.tr("may be shared with no office"))
        elif entry.action in ("vault.create", "office.add") and code in _KINDS:
            words.append(labels.office_kind(OfficeKind(code)))
        elif entry.action == "person.add" and parts.get("role") in _ROLES:
            words.append(self.tr("role: {0}").format(labels.role(PersonRole(parts["role"]))))
        elif entry.action == "note.amend":
            words.append(self.tr("corrects an earlier note"))
        elif entry.action == "case.erase":
            removed = sum(int(n) for n in parts.values() if n.isdigit())
            words.append(self.tr("%n record(s) removed", "", removed))
        elif entry.action in ("protocol.apply", "protocol.import") and "@" in code:
            key, version = code.rsplit("@", 1)
            words.append(self.tr("{0}, version {1}").format(key, version))
        elif entry.action in ("lab.decision", "lab.action_done"):
            pass  # the detail is an internal id: nothing to say in words
        elif not parts:
            words.append(code)
        return "; ".join(w for w in words if w)

    def _contact_fields(self) -> dict[str, str]:
        return {"name": self.tr("name"), "role": self.tr("role"), "phone": self.tr("phone"),
                "email": self.tr("e-mail"), "codice_fiscale": self.tr("codice fiscale"),
                "office_id": self.tr("office")}

    def _cases_of(self, entries: list[AuditEntry]) -> dict[int, str]:
        """Entry seq → the case it concerns: named in the entry, or found from the note or
        task it touched (amendments and completed tasks name only their own id)."""
        found: dict[int, str] = {}
        lookups: dict[str, dict[str, list[int]]] = {"notes": {}, "tasks": {}}
        for entry in entries:
            named = next((p[5:] for p in entry.detail.split(";") if p.startswith("case=")), None)
            if entry.entity == "case" and entry.entity_id:
                found[entry.seq] = entry.entity_id
            elif named:
                found[entry.seq] = named
            elif entry.entity in ("note", "task") and entry.entity_id:
                lookups[entry.entity + "s"].setdefault(entry.entity_id, []).append(entry.seq)
        for table, wanted in lookups.items():
            for row_id, case_id in self._query_in(f"SELECT id, case_id FROM {table}", wanted):
                for seq in wanted[row_id]:
                    found[seq] = case_id
        return found

    def _references(self, case_ids: set[str]) -> dict[str, str]:
        """Case id → reference for the cases still held (erased ones show nothing)."""
        return dict(self._query_in("SELECT id, reference FROM cases", case_ids))

    def _query_in(self, select: str, ids: Iterable[str]) -> list[tuple[str, str]]:
        """``select … WHERE id IN (ids)``, in chunks SQLite accepts."""
        ordered = sorted(ids)
        rows: list[tuple[str, str]] = []
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows.extend(self.vault.query(f"{select} WHERE id IN ({marks})", tuple(chunk)))
        return rows

    def verify(self) -> None:
        """Recompute every entry's hash; say plainly whether the log is intact."""
        lang = labels.language()
        try:
            count = audit.verify_chain(self.vault)
        except ReteError as exc:
            self.result.setStyleSheet("color: #b00020; font-weight: bold;")
            self.result.setText(exc.message(lang))
            return
        self.result.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.result.setText(translate("audit.ok", lang, entries=count,
                                      head=audit.fingerprint(self.vault)))

    def _activated(self, item: QTableWidgetItem) -> None:
        case_id = item.data(CASE_ROLE)
        if case_id:
            self.open_case.emit(case_id)


class AuditPage(QWidget):
    """Tabs: the access log, and the data-protection duties."""

    open_case = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.log = AuditLogTab(vault)
        self.data_protection = DataProtectionPage(vault)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Audit and data protection"))
        self.tabs.addTab(self.log, self.tr("Access log"))
        self.tabs.addTab(self.data_protection, self.tr("Data protection"))
        self.log.open_case.connect(self.open_case)
        self.data_protection.open_case.connect(self.open_case)
        QVBoxLayout(self).addWidget(self.tabs)

    def refresh(self) -> None:
        self.log.refresh()
        self.data_protection.refresh()
