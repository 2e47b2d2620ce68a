"""The network handbook: common glossary, who to call, member profiles, prevention actions and
the victim leaflet. Everything here comes from the signed network directory (or this office's
own edits); no case data is read, so nothing on this page is personal data of a victim.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rete_desktop.domain.validation import display_phone
from rete_desktop.errors import ReteError
from rete_desktop.handbook import glossary, network, prevention, profiles
from rete_desktop.handbook.who_to_call import shipped_rules, who_to_call
from rete_desktop.i18n import translate
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from rete_desktop.ui import dialogs, documents, hooks, labels, style
from rete_desktop.ui.events import bridge, keep_fresh
from rete_desktop.ui.widgets import ErrorLabel, FormErrors

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def field_label(name: str) -> str:
    """A profile field's name in the UI language (the CLI uses the same messages)."""
    return translate(f"handbook.field.{name}", labels.language())


class GlossaryTab(QWidget):
    """The network's terms; typing filters at once, accents and case don't matter."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Search the glossary"))
        self.field.setPlaceholderText(self.tr("Search a term or a word of its definition "
                                               "(accents don't matter)"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.run)
        self.terms = QListWidget()
        self.terms.setAccessibleName(self.tr("Glossary terms"))
        self.terms.currentItemChanged.connect(self._chosen)
        self.definition = QTextBrowser()
        self.definition.setAccessibleName(self.tr("Definition"))
        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("&New term…"))
        self.new_button.clicked.connect(self.new_term)
        self.edit_button = QPushButton(self.tr("&Edit term…"))
        self.edit_button.clicked.connect(self.edit_term)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        split = QSplitter()
        split.addWidget(self.terms)
        split.addWidget(self.definition)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._entries: list[glossary.GlossaryEntry] = []

    def run(self) -> None:
        text = self.field.text()
        lang = labels.language()
        self._entries = (glossary.search_terms(self.vault, text, lang) if text.strip()
                         else glossary.list_terms(self.vault, lang))
        self.terms.clear()
        self.definition.clear()
        for entry in self._entries:
            self.terms.addItem(entry.term)
        self.summary.setText(self.tr("%n term(s)", "", len(self._entries)))
        if self._entries:
            self.terms.setCurrentRow(0)
        editable = not glossary.received_from_network(self.vault)
        why = "" if editable else self.tr(
            "This glossary comes from the network's coordinator, who edits it for everyone.")
        for button in (self.new_button, self.edit_button):
            button.setEnabled(editable)
            button.setToolTip(why)
        self.edit_button.setEnabled(editable and bool(self._entries))

    def new_term(self) -> None:
        from rete_desktop.ui.handbook_edit import GlossaryTermDialog

        dialogs.open_form(GlossaryTermDialog(self.vault, None, self), self._saved)

    def edit_term(self) -> None:
        from rete_desktop.ui.handbook_edit import GlossaryTermDialog

        row = self.terms.currentRow()
        if 0 <= row < len(self._entries):
            dialogs.open_form(GlossaryTermDialog(self.vault, self._entries[row], self), self._saved)

    def _saved(self, key: str) -> None:
        """Show the term just saved (search cleared, so it is in the list)."""
        self.field.clear()
        self.run()
        row = next((n for n, e in enumerate(self._entries) if e.key == key), -1)
        if row >= 0:
            self.terms.setCurrentRow(row)

    def _chosen(self, _item: QListWidgetItem | None) -> None:
        row = self.terms.currentRow()
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        label = self.tr("Italian term:")
        italian = (f"<p><i>{label} {escape(entry.term_it)}</i></p>"
                   if entry.term_it != entry.term else "")
        self.definition.setHtml(f"<h2>{escape(entry.term)}</h2>{italian}"
                                f"<p style='font-size:12pt'>{escape(entry.definition)}</p>")


SITUATIONS_PER_ROW = 4


class WhoToCallTab(QWidget):
    """Tick what applies; the offices that can act come first with how to reach them."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        lang = labels.language()
        box = QGroupBox(self.tr("The situation"))
        ticks = QGridLayout(box)  # rows of four, so a narrow window still shows them all
        self.situations: dict[str, QCheckBox] = {}
        for number, (key, situation) in enumerate(shipped_rules().situations.items()):
            check = QCheckBox(situation.label[lang])
            check.toggled.connect(self.run)
            ticks.addWidget(check, number // SITUATIONS_PER_ROW, number % SITUATIONS_PER_ROW)
            self.situations[key] = check
        ticks.setColumnStretch(SITUATIONS_PER_ROW, 1)
        self.results = QTextBrowser()
        self.results.setAccessibleName(self.tr("Offices to call"))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.results, 1)

    def asked(self) -> tuple[str, ...]:
        return tuple(k for k, check in self.situations.items() if check.isChecked())

    def run(self) -> None:
        lang = labels.language()
        asked = self.asked()
        answer = who_to_call(self.vault, asked, lang) if asked else None
        parts = []
        if answer is None:
            parts.append("<p>{}</p>".format(self.tr("Tick one or more situations above.")))
        else:
            situations = shipped_rules().situations
            if answer.first:
                first = "".join(f"<li><b>{escape(h.name[lang])}</b> — {escape(h.note[lang])}</li>"
                                for h in answer.first)
                call_first = escape(self.tr("Call first"))
                parts.append(f"<h3 style='color:{style.ERROR}'>{call_first}</h3><ul>{first}</ul>")
            for match in answer.matches:
                reasons = "".join(f"<li>{escape(why)}</li>" for _, why in match.reasons)
                reach = "".join(f"<tr><td><b>{escape(field_label(f))}</b></td>"
                                f"<td>{escape(v)}</td></tr>" for f, v in match.reach)
                parts.append(
                    f"<h3>{escape(match.office.name)} <small>— "
                    f"{escape(labels.office_kind(match.office.office.kind))}</small></h3>"
                    f"<ul>{reasons}</ul><table cellpadding='2'>{reach}</table>")
            if not answer.matches:
                parts.append("<p>{}</p>".format(
                    self.tr("No office of the network can act on this.")))
            if answer.uncovered:
                names = ", ".join(situations[s].label[lang] for s in answer.uncovered)
                uncovered = self.tr("No office covers: {0}").format(names)
                parts.append(f"<p style='color:{style.ERROR}'><b>{escape(uncovered)}</b></p>")
        shown_first = answer.first if answer else ()
        helplines = "".join(
            f"<li><b>{escape(h.name[lang])}</b> — {escape(h.note[lang])}</li>"
            for h in shipped_rules().helplines if h not in shown_first)
        always = self.tr("Always available")
        parts.append(f"<h3>{always}</h3><ul>{helplines}</ul>")
        self.results.setHtml("".join(parts))


class ProfilesTab(QWidget):
    """Each office's functions, limits, hours and emergency contacts; this office edits its own
    (every save is a new signed revision, sent to the coordinator with “Export”)."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.own_id = load_identity(vault).office_id
        self.offices = QListWidget()
        self.offices.setAccessibleName(self.tr("Offices of the network"))
        self.offices.setSpacing(4)
        self.offices.currentItemChanged.connect(self._chosen)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Office profile"))
        self.editor = self._editor()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.editor, 2)
        split = QSplitter()
        split.addWidget(self.offices)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setSizes([330, 750])
        QVBoxLayout(self).addWidget(split)

    def _editor(self) -> QWidget:
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        self.general_error = ErrorLabel()
        self.errors = FormErrors(form, self.general_error)
        for name in profiles.TEXT_FIELDS:
            widget: QLineEdit | QPlainTextEdit
            if name in ("functions", "limits"):
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(64)
            else:
                widget = QLineEdit()
            widget.setAccessibleName(field_label(name))
            self.texts[name] = widget
            self.errors.add_row(name, field_label(name), widget)
        self.phones = QLineEdit()
        self.phones.setPlaceholderText(self.tr("separated by commas"))
        self.emails = QLineEdit()
        self.emails.setPlaceholderText(self.tr("separated by commas"))
        for field, widget in (("phones", self.phones), ("emails", self.emails)):
            widget.setAccessibleName(field_label(field))
            self.errors.add_row(field, field_label(field), widget)
        names = {
            "h24": self.tr("24 hours"), "shelter": self.tr("Shelter places"),
            "mediators": self.tr("Cultural mediators"),
            "pis": self.tr("Social emergency service (PIS)"),
            "accessible": self.tr("Accessible to disabled people"),
            "minors": self.tr("Works with minors"),
        }
        ticks = QWidget()
        row = QHBoxLayout(ticks)
        row.setContentsMargins(0, 0, 0, 0)
        self.capabilities: dict[str, QCheckBox] = {}
        for tag in profiles.CAPABILITIES:
            self.capabilities[tag] = QCheckBox(names.get(tag, tag))
            row.addWidget(self.capabilities[tag])
        row.addStretch(1)
        self.errors.add_row("capabilities", field_label("capabilities"), ticks)
        self.save_button = QPushButton(self.tr("&Save my profile"))
        self.save_button.clicked.connect(self.save)
        export = QPushButton(self.tr("E&xport for the coordinator…"))
        export.setToolTip(self.tr("The signed profile file the coordinator publishes with the "
                                  "network directory"))
        export.clicked.connect(self.export)
        self.saved = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addWidget(self.saved)
        buttons.addWidget(export)
        buttons.addWidget(self.save_button)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        box = QGroupBox(self.tr("Edit this office's profile"))
        QVBoxLayout(box).addWidget(scroll)
        return box

    def refresh(self) -> None:
        current = self.offices.currentItem()
        keep = current.data(ID_ROLE) if current is not None else self.own_id
        self.offices.clear()
        known = network.network_offices(self.vault)
        ordered = sorted(known, key=lambda o: (o.id != self.own_id, o.name.casefold()))
        if not any(o.id == self.own_id for o in known):
            own = profiles.get_profile(self.vault)
            item = QListWidgetItem(self.tr("{0} (this office)").format(own.name))
            item.setData(ID_ROLE, self.own_id)
            self.offices.addItem(item)
        for office in ordered:
            text = office.name if office.id != self.own_id else \
                self.tr("{0} (this office)").format(office.name)
            item = QListWidgetItem(f"{text}\n{labels.office_kind(office.office.kind)}")
            item.setData(ID_ROLE, office.id)
            self.offices.addItem(item)
        for row in range(self.offices.count()):
            if self.offices.item(row).data(ID_ROLE) == keep:
                self.offices.setCurrentRow(row)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        office_id = item.data(ID_ROLE)
        own = office_id == self.own_id
        self.editor.setVisible(own)
        found = next((o for o in network.network_offices(self.vault) if o.id == office_id), None)
        profile = profiles.get_profile(self.vault) if own else (found.profile if found else None)
        rows = []
        if found is not None:
            rows.append(("phones", found.field("phones")))
            rows.append(("address", found.address))
        if profile is not None:
            for name in profiles.TEXT_FIELDS:
                if name != "address":
                    rows.append((name, getattr(profile, name)))
            rows.append(("emails", ", ".join(profile.emails)))
            rows.append(("revision", str(profile.revision) if profile.revision else ""))
        table = "".join(f"<tr><td valign='top'><b>{escape(field_label(f))}</b></td>"
                        f"<td>{escape(v)}</td></tr>" for f, v in rows if v)
        name = found.name if found is not None else (profile.name if profile else "")
        if profile is not None and profile.revision:
            empty = ""
        elif own:
            empty = "<p><i>{}</i></p>".format(
                self.tr("Your profile is still empty: fill it in below."))
        else:
            empty = "<p><i>{}</i></p>".format(self.tr("No profile received yet."))
        self.view.setHtml(f"<h2>{escape(name)}</h2>{empty}"
                          f"<table cellpadding='3'>{table}</table>")
        if own and profile is not None:
            self._fill_editor(profile)

    def _fill_editor(self, profile: profiles.Profile) -> None:
        for name, widget in self.texts.items():
            value = getattr(profile, name)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self.phones.setText(", ".join(display_phone(p) for p in profile.phones))
        self.emails.setText(", ".join(profile.emails))
        for tag, check in self.capabilities.items():
            check.setChecked(tag in profile.capabilities)
        self.errors.clear()

    def save(self) -> None:
        self.errors.clear()
        self.saved.clear()
        changes: dict[str, str | list[str] | None] = {
            name: w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
            for name, w in self.texts.items()
        }
        changes["phones"] = [p for p in self.phones.text().split(",") if p.strip()]
        changes["emails"] = [e for e in self.emails.text().split(",") if e.strip()]
        changes["capabilities"] = [t for t, c in self.capabilities.items() if c.isChecked()]
        try:
            profile = profiles.edit_own_profile(self.vault, **changes)
        except ReteError as exc:
            self.errors.show(exc)
            return
        self.refresh()
        self.saved.setText(self.tr("Saved: revision {0}.").format(profile.revision))

    def export(self) -> None:
        hooks.choose_file(self, self.tr("Export the profile"), self.tr("Profile (*.json)"),
                          self._write_export,
                          save_as=self.tr("profile.json", "file name"))

    def _write_export(self, path: str) -> None:
        try:
            write_atomic(Path(path), profiles.export_own_profile(self.vault))
        except (ReteError, OSError) as exc:
            hooks.inform(self, self.tr("Profile"), labels.error_text(exc), error=True)


class PreventionTab(QWidget):
    """Planned school talks, training days and campaigns, by date."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.show_past = QCheckBox(self.tr("Show &past actions too"))
        self.show_past.toggled.connect(self.refresh)
        self.new_button = QPushButton(self.tr("&New action…"))
        self.new_button.setToolTip(self.tr("Planned actions travel to the other offices with the "
                                           "next published directory"))
        self.new_button.clicked.connect(self.new_action)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Prevention actions"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Title"),
                                   self.tr("Place"), self.tr("Offices")])
        top = QHBoxLayout()
        top.addWidget(self.show_past)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def new_action(self) -> None:
        from rete_desktop.ui.handbook_edit import PreventionActionDialog

        dialogs.open_form(PreventionActionDialog(self.vault, self), lambda _: self.refresh())

    def refresh(self) -> None:
        actions = (prevention.list_actions(self.vault) if self.show_past.isChecked()
                   else prevention.upcoming(self.vault))
        fill_prevention(self.tree, self.vault, actions)


def fill_prevention(tree: QTreeWidget, vault: Vault,
                    actions: list[prevention.PreventionAction]) -> None:
    """Date, kind, title, place, owner offices: one row per action (also the tasks page)."""
    names = {o.id: o.name for o in network.network_offices(vault)}
    tree.clear()
    for action in actions:
        tree.addTopLevelItem(QTreeWidgetItem([
            action.starts_on.strftime("%d/%m/%Y"), labels.prevention_kind(action.kind),
            action.title, action.place or "", ", ".join(names.get(o, o) for o in action.owners),
        ]))
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)


class HandbookPage(QWidget):
    """Tabs for the handbook's parts; the leaflet buttons stay visible above them."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.glossary = GlossaryTab(vault)
        self.who_to_call = WhoToCallTab(vault)
        self.profiles = ProfilesTab(vault)
        self.prevention = PreventionTab(vault)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Network handbook"))
        self.tabs.addTab(self.who_to_call, self.tr("Who to call"))
        self.tabs.addTab(self.glossary, self.tr("Glossary"))
        self.tabs.addTab(self.profiles, self.tr("Offices of the network"))
        self.tabs.addTab(self.prevention, self.tr("Prevention actions"))
        self.document_language = QComboBox()
        self.document_language.setAccessibleName(self.tr("Language of the leaflet"))
        documents.fill_languages(self.document_language, labels.language())
        self.document = QComboBox()
        self.document.setAccessibleName(self.tr("Document to hand out"))
        documents.fill_documents(self.document)
        self.save_document = QPushButton(self.tr("Save &PDF…"))
        self.save_document.clicked.connect(self._save_document)
        self.print_document = QPushButton(self.tr("P&rint…"))
        self.print_document.clicked.connect(self._print_document)
        self.preview_document = QPushButton(self.tr("Pre&view"))
        self.preview_document.clicked.connect(self._preview_document)
        title = QLabel(self.tr("Network handbook"))
        font = title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        title.setFont(font)
        top = QHBoxLayout()  # under the title: beside it the bar would not fit 1366×768
        document_label = QLabel(self.tr("For the woman:"))
        document_label.setBuddy(self.document)
        top.addWidget(document_label)
        top.addWidget(self.document)
        language_label = QLabel(self.tr("Language:"))
        language_label.setBuddy(self.document_language)
        top.addWidget(language_label)
        top.addWidget(self.document_language)
        top.addWidget(self.preview_document)
        top.addWidget(self.save_document)
        top.addWidget(self.print_document)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        events = bridge(vault)  # profiles, glossary and who to call come from these
        keep_fresh(self, self.refresh, events.handbook_changed, events.directory_updated,
                   events.offices_changed, load_on_show=True)

    def refresh(self) -> None:
        self.glossary.run()
        self.who_to_call.run()
        self.profiles.refresh()
        self.prevention.refresh()

    def document_pdf(self) -> bytes:
        """The chosen document in the chosen language (refused with a ReteError when an
        office's data would mislead)."""
        from rete_desktop.reports.handouts_pdf import document_pdf  # reportlab when needed

        return document_pdf(self.vault, self.document.currentData(),
                            self.document_language.currentData(), date.today())

    def _save_document(self) -> None:
        # the operator's language names the file; the document's language ends it (-ar, -ur)
        prefix = {"leaflet": self.tr("leaflet", "file name"),
                  "card": self.tr("cards", "file name"),
                  "info-sheet": self.tr("rights-90bis", "file name")}[self.document.currentData()]
        name = f"{prefix}-{self.document_language.currentData()}.pdf"
        hooks.choose_file(self, self.tr("Save the document"), "PDF (*.pdf)",
                          self._write_document, save_as=name)

    def _write_document(self, path: str) -> None:
        try:
            write_atomic(Path(path), self.document_pdf())
        except (ReteError, OSError) as exc:
            hooks.inform(self, self.tr("Leaflet"), labels.error_text(exc), error=True)

    def _preview_document(self) -> QDialog | None:
        """The document's pages in the app, from memory (no file is written)."""
        return documents.preview(self, self.tr("Leaflet"), self.document.currentText(),
                                 self.document_pdf)

    def _print_document(self) -> None:
        """Build first, so a refusal shows before the printer dialog."""
        documents.print_built(self, self.tr("Leaflet"), self.document_pdf)
