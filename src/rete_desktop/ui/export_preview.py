"""The referral wizard's preview page: everything the packet carries, in words, then the
summary PDF rendered in memory exactly as it travels; "Send" seals it."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rete_desktop.errors import ReteError
from rete_desktop.i18n import translate
from rete_desktop.packets import referral, referral_record, register
from rete_desktop.packets.packet import new_file_name
from rete_desktop.reports.referral_pdf import record_text
from rete_desktop.ui import hooks, labels, pdf, style
from rete_desktop.ui.page_image import PageImage
from rete_desktop.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from rete_desktop.ui.export_wizard import ExportWizard

PREVIEW_DPI = 120.0  # drawn scaled to the preview's width


class PreviewPage(QWizardPage):
    """The summary PDF exactly as it will travel (only the protocol no. is still provisional)."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr(
            "This page travels with the case data, encrypted for the chosen offices only."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.what_travels = QTextBrowser()
        self.what_travels.setAccessibleName(self.tr("Everything that travels"))
        self.pages = QWidget()
        self.pages.setAccessibleName(self.tr("Referral summary preview"))
        self.pages.setStyleSheet(style.PAGES)
        self._pages_layout = QVBoxLayout(self.pages)
        self._pages_layout.setContentsMargins(12, 12, 12, 12)
        self._pages_layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.error = ErrorLabel()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.what_travels)
        split.addWidget(scroll)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Send…"))
        self._inside = False

    def page_images(self) -> list[PageImage]:
        return self.pages.findChildren(PageImage)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        wizard = self._wizard
        draft = wizard.draft
        assert draft is not None
        for old in self.page_images():
            old.setParent(None)
            old.deleteLater()
        provisional = register.next_protocol(wizard.vault.conn)
        for image in pdf.render_pages(draft.summary_pdf(provisional), dpi=PREVIEW_DPI):
            self._pages_layout.addWidget(PageImage(image))
        self.summary.setText(self.tr(
            "To: <b>{0}</b>. Below, everything the encrypted file carries, then the summary "
            "page. The protocol number is assigned when you send.").format(
                ", ".join(m.name for m in draft.members)))
        self.what_travels.setHtml(self.travels_html(draft))
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           self.tr("&Send") if wizard.travels() else self.tr("&Send…"))
        self.error.show_error("")

    def travels_html(self, draft: referral.ReferralDraft) -> str:
        """What ``case.json`` and the parts carry, in words: persons with their contact
        details, this office's contact line, every note's text as sent with its author
        (amendments under the note they correct), why each office receives it, the case record
        with its free texts, the attachments."""
        def e(text: str | None) -> str:
            return html.escape(text or "").replace("\n", "<br>")

        def heading(text: str) -> str:
            return f"<h3>{e(text)}</h3>"

        rows = [heading(self.tr("Persons")), "<ul>"]
        for person in draft.persons:
            facts = [labels.role(person.role), person.name,
                     str(person.birth_year) if person.birth_year else "", person.phone or "",
                     person.address or "", person.codice_fiscale or ""]
            rows.append("<li>" + e(" · ".join(f for f in facts if f)) + "</li>")
        rows += ["</ul>", heading(self.tr("Contact for the recipients")),
                 f"<p>{e(draft.contact)}</p>", heading(self.tr("Notes"))]
        if not draft.notes:
            no_note = self.tr("No note travels.")
            rows.append(f"<p>{e(no_note)}</p>")
        for note in draft.notes:
            when = f"{note.created.astimezone():%d/%m/%Y %H:%M}"
            head = (self.tr("Correction of {0}, written {1}").format(
                        self._written(draft, note.amends), when) if note.amends
                    else f"{when} · {labels.category(note.category)}")
            head += f" · {note.author}" if note.author else ""
            indent = " style='margin-left: 24px'" if note.amends else ""
            rows.append(f"<p{indent}><b>{e(head)}</b><br>{e(note.text)}</p>")
        rows += [heading(self.tr("Why each office receives it")), "<ul>"]
        for member, basis in draft.bases:
            why = [member.name, labels.term(basis.basis)]
            if basis.decision:
                d = basis.decision
                why += [d.norm or "", d.collected or "", d.reason or ""]
            rows.append("<li>" + e(" · ".join(w for w in why if w)) + "</li>")
        rows += ["</ul>", heading(self.tr("Case record")), "<ul>"]
        rows += [f"<li>{e(line)}</li>" for line in self.record_lines(draft)]
        rows += ["</ul>", heading(self.tr("Attachments")), "<ul>"]
        names = [f"{a.name} ({labels.file_size(a.size)})"
                 + (f" · {a.operator}" if a.operator else "") for a in draft.attachments]
        for name in [*names, *draft.extra_files] or [self.tr("none")]:
            rows.append(f"<li>{e(name)}</li>")
        rows.append("</ul>")
        return "".join(rows)

    def record_lines(self, draft: referral.ReferralDraft) -> list[str]:
        """The exported case record line by line, named and worded as on the summary page, with
        what the page leaves out: the assessor's reason and how many answers go, each measure's
        detail, the children hosted with her."""
        record = draft.record
        lang = labels.language()
        measures = iter(record["measures"])
        services = iter(record["services"])
        lines = []
        for line in referral_record.summary_lines(dict(record), list(draft.persons)):
            what = ("referral_pdf.violence_forms" if line.kind == "violence"
                    else f"referral_pdf.record_label.{line.kind}")
            text = f"{translate(what, lang)}: {record_text(line, lang)}"
            if line.kind == "assessment":
                assessment = record["assessment"]
                text += " · " + self.tr("answers to %n question(s)", "",
                                        len(assessment["answers"]))
                if assessment["reason"]:
                    text += " · " + assessment["reason"]
            elif line.kind == "measure":
                detail = next(measures)["detail"]
                text += f" · {detail}" if detail else ""
            elif line.kind == "service":
                children = next(services)["children"]
                if children:
                    text += " · " + self.tr("%n minor(s) with her", "", children)
            lines.append(text)
        return lines or [self.tr("none")]

    @staticmethod
    def _written(draft: referral.ReferralDraft, note_id: str | None) -> str:
        for note in draft.notes:
            if note.id == note_id:
                return f"{note.created.astimezone():%d/%m/%Y %H:%M}"
        return "?"

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        """Send by transport when every recipient has one; else ask where to save the file (the
        referral is sealed and registered only once a file is chosen).

        With an answer queued by a test the callback runs at once and the page completes here;
        from the real dialog it runs later and moves the wizard on by itself.
        """
        wizard = self._wizard
        if wizard.outcome is None and wizard.travels():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                wizard.send_by_transport()
            except ReteError as exc:
                self.error.show_error(labels.error_text(exc))
            finally:
                QGuiApplication.restoreOverrideCursor()
        elif wizard.outcome is None:
            self._inside = True
            hooks.choose_file(self, self.tr("Save the referral"), self.tr("Referrals (*.age)"),
                              self._save, save_as=new_file_name())
            self._inside = False
        return wizard.outcome is not None

    def _save(self, path: str) -> None:
        if not path.endswith(".age"):
            path += ".age"
        self.error.show_error("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._wizard.send(Path(path))
        except (ReteError, OSError) as exc:
            self.error.show_error(labels.error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not self._inside:
            self._wizard.next()
