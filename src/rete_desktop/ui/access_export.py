"""The access export (art. 15) on the data-protection page: pick a case and a person, see what
the export will hold for that person's role, optionally disclose more with a reason.

What each role receives is the core's decision (``domain/access_scope.py``); this box only shows
it and passes the operator's choices to the same functions ``rete person export`` calls. A
section the role receives anyway is ticked and cannot be unticked; ticking another one asks for
the reason that goes into the audit log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from rete_desktop.domain.access_scope import ALL_SECTIONS, ExportScope, Scope, Section, decide
from rete_desktop.domain.vocabulary import PersonRole
from rete_desktop.errors import ReteError
from rete_desktop.i18n import translate
from rete_desktop.storage import cases, subject_access
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import hooks, labels
from rete_desktop.ui.widgets import add_form_row

SECTION_ROLE = Qt.ItemDataRole.UserRole + 3


class AccessExportBox(QGroupBox):
    """Case, person, what the export holds, extra sections and reason, the export button."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.setTitle(self.tr("Everything held about a person (art. 15)"))
        self.vault = vault
        self._roles: dict[str, PersonRole] = {}
        self.case = QLineEdit()
        self.case.setAccessibleName(self.tr("Case of the person"))
        self.case.setPlaceholderText(self.tr("Case reference, e.g. 2026/0042"))
        self.case.textChanged.connect(self._case_typed)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        self.person.currentIndexChanged.connect(self._person_changed)
        self.contents = QLabel()
        self.contents.setWordWrap(True)
        self.restricted = QCheckBox(self.tr("Restrict as for an alleged offender (art. "
                                            "2-undecies), e.g. he asks on behalf of a child"))
        self.restricted.toggled.connect(self._scope_changed)
        self.release = QListWidget()
        self.release.setAccessibleName(self.tr("Sections to disclose"))
        for section in ALL_SECTIONS:
            item = QListWidgetItem(translate(f"access.section.{section.value}",
                                             labels.language()))
            item.setData(SECTION_ROLE, section.value)
            self.release.addItem(item)
        self.release.setFixedHeight(self.release.sizeHintForRow(0) * 5
                                    + 2 * self.release.frameWidth())
        self.release.itemChanged.connect(self._ready)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for disclosing more"))
        self.reason.setPlaceholderText(self.tr("Why (kept in the audit log: no names)"))
        self.reason.textChanged.connect(self._ready)
        self.export_button = QPushButton(self.tr("E&xport PDF and JSON…"))
        self.export_button.clicked.connect(self._export)
        form = QFormLayout(self)
        add_form_row(form, self.tr("Ca&se"), self.case)
        add_form_row(form, self.tr("P&erson"), self.person)
        form.addRow(self.contents)
        form.addRow(self.restricted)
        add_form_row(form, self.tr("Also &disclose"), self.release)
        add_form_row(form, self.tr("&Reason"), self.reason)
        form.addRow(self.export_button)
        self._scope_changed()

    def _case_typed(self) -> None:
        self.person.clear()
        self._roles.clear()
        text = self.case.text().strip()
        try:
            case = cases.get_case(self.vault, text, audit_read=False) if text else None
        except ReteError:
            case = None
        if case is not None:
            for person in cases.list_persons(self.vault, case.id):
                self._roles[person.id] = person.role
                self.person.addItem(f"{person.name} — {labels.role(person.role)}", person.id)
        self._person_changed()

    def _default_scope(self) -> ExportScope | None:
        role = self._roles.get(self.person.currentData())
        return None if role is None else decide(role, restricted=self.restricted.isChecked())

    def _person_changed(self) -> None:
        """A new person starts from the role's own rule; his role restricts an offender."""
        offender = self._roles.get(self.person.currentData()) is PersonRole.OFFENDER
        self.restricted.blockSignals(True)
        self.restricted.setChecked(offender)
        self.restricted.setEnabled(not offender)
        self.restricted.blockSignals(False)
        self._scope_changed()

    def _scope_changed(self) -> None:
        """Tick what the scope gives anyway (locked); the rest is the operator's choice."""
        scope = self._default_scope()
        self.release.blockSignals(True)
        for row in range(self.release.count()):
            item = self.release.item(row)
            given = scope is not None and scope.holds(Section(item.data(SECTION_ROLE)))
            flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag(0) if given
                                                 else Qt.ItemFlag.ItemIsUserCheckable)
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if given else Qt.CheckState.Unchecked)
        self.release.blockSignals(False)
        self._ready()

    def extra_sections(self) -> list[str]:
        """The sections the operator ticked beyond the role's default."""
        return [str(item.data(SECTION_ROLE)) for item in
                (self.release.item(row) for row in range(self.release.count()))
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                and item.checkState() == Qt.CheckState.Checked]

    def _ready(self) -> None:
        scope = self._default_scope()
        extra = self.extra_sections()
        self.reason.setEnabled(bool(extra))
        self.export_button.setEnabled(scope is not None and (not extra or bool(
            self.reason.text().strip())))
        if scope is None:
            self.contents.setText("")
            return
        lang = labels.language()
        said = f"access.scope_said.{scope.scope.value}"
        text = translate(said, lang, sections=subject_access.section_names(scope.withheld, lang))
        if self._roles.get(self.person.currentData()) is PersonRole.CHILD \
                and scope.scope is Scope.THIRD_PARTY:  # asked by a parent: which one?
            text += "\n" + translate("access.scope_said.child", lang)
        self.contents.setText(text)

    def _export(self) -> None:
        person_id = self.person.currentData()
        if person_id:
            hooks.choose_file(self, self.tr("Save the person's data"), "PDF (*.pdf)",
                              lambda path: self.write(person_id, path),
                              save_as=self.tr("person-{0}.pdf", "file name").format(person_id))

    def write(self, person_id: str, path: str) -> None:
        """The PDF where chosen and the JSON beside it, as ``rete person export`` writes."""
        from rete_desktop.reports.subject_access_pdf import subject_access_pdf

        pdf_path, lang = Path(path), labels.language()
        try:
            scope = subject_access.scope_for(
                self.vault, person_id, restricted=self.restricted.isChecked(),
                release=self.extra_sections(), reason=self.reason.text())
            access = subject_access.collect(self.vault, person_id, scope, lang)
            write_atomic(pdf_path.with_suffix(".json"), access.to_json_bytes())
            write_atomic(pdf_path, subject_access_pdf(access, lang))
        except (ReteError, OSError) as exc:
            hooks.inform(self, self.tr("Data protection"), labels.error_text(exc), error=True)
            return
        lines = [translate(message_id, lang, **params) for message_id, params in
                 subject_access.export_said(access, str(pdf_path),
                                            str(pdf_path.with_suffix(".json")), lang)]
        self.reason.clear()
        hooks.inform(self, self.tr("Data protection"), "\n".join(lines))
