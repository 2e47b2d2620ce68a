"""The referral export wizard: case → recipients (only where the woman consented) → content
(notes and attachments, with consent) →
the summary PDF previewed in the app → "Send": the packet leaves by each recipient's transport
(PEC/e-mail, shared folder) and the last page shows each delivery; an office with no transport
set up saves the encrypted file instead. Either way the protocol no. is shown.

Every check and every byte come from ``packets.referral`` (the same functions as
``rete packet export``): the wizard only collects choices and shows what will leave. Sealing a
referral takes a few milliseconds (signing, age encryption, a one-page PDF), so it runs on the
GUI thread under a wait cursor; the preview is rendered in memory with pdfium, no temp file.
"""

from __future__ import annotations

import contextlib
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rete_desktop.domain.records import Case
from rete_desktop.domain.vocabulary import OfficeKind, SharingBasis
from rete_desktop.errors import NotFound, ReteError
from rete_desktop.packets import directory, referral
from rete_desktop.packets.packet import SealedPacket
from rete_desktop.storage import attachments, cases, notes, search, sharing
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from rete_desktop.transport import send as sending
from rete_desktop.transport.deliveries import FAILED, Delivery
from rete_desktop.ui import labels, style
from rete_desktop.ui.export_preview import PreviewPage
from rete_desktop.ui.widgets import (
    CompleteFlag,
    ErrorLabel,
    add_form_row,
    focus_first_field,
    resize_within_screen,
    scrolled,
)

ID_ROLE = Qt.ItemDataRole.UserRole
EXCLUDED = QColor(style.WARNING)
MAX_LISTED = 50


def _kinds(case: Case) -> str:
    return ", ".join(labels.office_kind(k) for k in case.consent.share_with)


def _target(target: str) -> str:
    return labels.office_kind(OfficeKind(target)) if target != sharing.LABORATORIO \
        else "laboratorio"


def _basis(basis: SharingBasis, norm: str | None) -> str:
    """The legal basis as the operator reads it: consent, or the obligation with its norm."""
    return labels.term(basis) + (f" ({norm})" if norm else "")


def _checked_ids(items: QListWidget) -> list[str]:
    return [items.item(i).data(ID_ROLE) for i in range(items.count())
            if items.item(i).checkState() == Qt.CheckState.Checked]


class CasePage(QWizardPage):
    """Pick the case by reference, name or words of its notes; shows what its consent allows."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Case to refer"))
        self.setSubTitle(self.tr("Only what the woman consented to can leave this office."))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a case"))
        self.search.setPlaceholderText(self.tr("Reference, name or words of the case"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Cases"))
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.ready = CompleteFlag(self, "case_with_consent")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.find_cases)
        self.search.textEdited.connect(lambda _: self._timer.start())
        self.results.currentItemChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.consent)

    def find_cases(self) -> None:
        """List matching cases (the newest ones when the field is empty)."""
        text = self.search.text().strip()
        vault = self._wizard.vault
        ids: list[str] = []
        if text:
            with contextlib.suppress(NotFound):
                ids.append(cases.resolve_case_id(vault, text))
            ids += [hit.case_id or hit.id for hit in search.search(vault, text, MAX_LISTED)
                    if hit.case_id or hit.kind == "case"]
            found = [cases.get_case(vault, i, audit_read=False) for i in dict.fromkeys(ids)]
        else:
            found = cases.list_cases(vault, limit=MAX_LISTED)
        self.show_cases(found)

    def show_cases(self, found: list[Case], select: str | None = None) -> None:
        self.results.clear()
        for case in found[:MAX_LISTED]:
            item = QListWidgetItem(f"{case.reference} — {case.title}")
            item.setData(ID_ROLE, case.id)
            self.results.addItem(item)
            if case.id == select:
                self.results.setCurrentItem(item)
        if select is None:
            self._chosen(None)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        case = (cases.get_case(self._wizard.vault, item.data(ID_ROLE), audit_read=False)
                if item is not None else None)
        self._wizard.case = case
        decisions = sharing.list_decisions(self._wizard.vault, case.id) if case else []
        self._wizard.decisions = decisions
        if case is None:
            self.consent.setText("")
        elif case.consent.share_with or decisions:
            self.consent.setStyleSheet("")
            self.consent.setText(self.tr("Consent to share with: {0}").format(
                _kinds(case) or "-") + "".join(
                "\n" + self.tr("Sharing decision: {0} — {1}").format(
                    ", ".join(_target(t) for t in d.targets), _basis(d.record.basis,
                                                                     d.record.norm))
                for d in decisions))
        else:
            self.consent.setStyleSheet(style.ERROR_TEXT)
            self.consent.setText(self.tr(
                "No consent to share recorded: nothing can be referred. Record the woman's "
                "consent in the case first (Consent…)."))
        self.ready.set(case is not None and bool(case.consent.share_with or decisions))


class RecipientsPage(QWizardPage):
    """Offices of the network directory; those the consent excludes are shown, disabled, with
    the reason, so the operator sees why an office cannot be chosen."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Recipients"))
        self.offices = QListWidget()
        self.offices.setAccessibleName(self.tr("Recipient offices"))
        self.offices.setStyleSheet("QListWidget::item { padding: 5px 2px; }")
        self.ready = CompleteFlag(self, "recipients_chosen")
        self.offices.itemChanged.connect(lambda _: self.ready.set(bool(self.chosen())))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.offices, 1)
        layout.addWidget(self.notice)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        case = self._wizard.case
        assert case is not None
        vault = self._wizard.vault
        me = load_identity(vault).office_id
        self.setSubTitle(self.tr(
            "Offices of the network that will receive the referral. The woman consented to "
            "sharing with: {0}.").format(_kinds(case) or "-"))
        self.offices.clear()
        members = [m for m in directory.list_members(vault) if m.office_id != me]
        for member in members:
            kind = labels.office_kind(member.kind)
            item = QListWidgetItem()
            item.setData(ID_ROLE, member.office_id)
            basis = sharing.basis_for(case, self._wizard.decisions, member.kind.value)
            if not member.active:
                reason = self.tr("no longer in the network (revoked)")
            elif basis is None:
                reason = self.tr("the woman did not consent to sharing with: {0}").format(kind)
            else:
                reason = ""
            item.setCheckState(Qt.CheckState.Unchecked)
            if reason:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # shown, not enabled
                item.setText(self.tr("{0} — {1}\n    cannot be chosen: {2}").format(
                    member.name, kind, reason))
                item.setToolTip(reason)
                item.setForeground(EXCLUDED)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                assert basis is not None
                item.setText(f"{member.name} — {kind}\n    " + self.tr("basis: {0}").format(
                    _basis(basis.basis, basis.decision.norm if basis.decision else None)))
            self.offices.addItem(item)
        self.ready.set(bool(self.chosen()))
        if not members:
            self.notice.setText(self.tr(
                "This office has no network directory yet: import the one published by the "
                "coordinator (rete directory import) to send referrals."))
        elif directory.directory_expired(vault):
            self.notice.setText(self.tr(
                "The network directory has expired: ask the coordinator for the new one."))
        else:
            self.notice.setText("")

    def chosen(self) -> list[str]:
        return _checked_ids(self.offices)


class ContentPage(QWizardPage):
    """Why the case is referred, what is asked, and which notes and attachments go (only with
    consent to share notes: attachments are the case's documents)."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What to send"))
        self.setSubTitle(self.tr(
            "Persons, risk, consent and protocol tasks always go; notes and attachments only "
            "if the woman agreed and you tick them."))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the referral"))
        self.reason.setTabChangesFocus(True)
        self.account = QPlainTextEdit()
        self.account.setAccessibleName(self.tr("What happened, in short"))
        self.account.setPlaceholderText(self.tr(
            "A few lines for the receiving operator (printed on the summary)"))
        self.account.setTabChangesFocus(True)
        self.safe_contact = QLineEdit()
        self.safe_contact.setAccessibleName(self.tr("Contact she agreed to"))
        self.safe_contact.setPlaceholderText(self.tr(
            "e.g. mobile 9-12 only, leave no messages"))
        self.action = QPlainTextEdit()
        self.action.setAccessibleName(self.tr("Requested action"))
        self.action.setPlaceholderText(self.tr("e.g. take charge, interview within 3 days"))
        self.action.setTabChangesFocus(True)
        for field in (self.reason, self.action):
            field.setMaximumHeight(52)
        self.account.setMaximumHeight(70)
        self.include_notes = QCheckBox(self.tr("Include the notes ticked below"))
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes to include"))
        self.include_notes.toggled.connect(self.notes.setEnabled)
        self.include_attachments = QCheckBox(self.tr("Include the attachments ticked below"))
        self.attachments = QListWidget()
        self.attachments.setAccessibleName(self.tr("Attachments to include"))
        self.include_attachments.toggled.connect(self.attachments.setEnabled)
        self.notes_notice = QLabel()
        self.notes_notice.setWordWrap(True)
        self.error = ErrorLabel()
        form = QFormLayout()
        add_form_row(form, self.tr("&Reason"), self.reason)
        add_form_row(form, self.tr("What &happened"), self.account)
        add_form_row(form, self.tr("&Contact she agreed to"), self.safe_contact)
        add_form_row(form, self.tr("Requested &action"), self.action)
        fields = QWidget()
        layout = QVBoxLayout(fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.include_notes)
        layout.addWidget(self.notes, 2)
        layout.addWidget(self.include_attachments)
        layout.addWidget(self.attachments, 1)
        layout.addWidget(self.notes_notice)
        layout.addWidget(self.error)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scrolled(fields))  # at 150 % the fields scroll, Next stays on screen

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        case = self._wizard.case
        assert case is not None
        self.reason.setPlaceholderText(self.tr("Default: {0}").format(case.title))
        self.notes.clear()
        allowed = case.consent.include_notes
        corrected = self.tr("corrected")
        # One row per note with its current text; its amendments travel with it.
        for note, latest in notes.latest_versions(notes.list_notes(self._wizard.vault, case.id)):
            text = (latest or note).text
            first = text.splitlines()[0] if text.strip() else ""
            mark = f" ({corrected})" if latest is not None else ""
            item = QListWidgetItem(f"{note.created.astimezone():%d/%m/%Y %H:%M} · "
                                   f"{labels.category(note.category)}{mark} · {first[:90]}")
            item.setData(ID_ROLE, note.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.notes.addItem(item)
        self.include_notes.setChecked(False)
        self.include_notes.setEnabled(allowed and self.notes.count() > 0)
        self.notes.setEnabled(False)
        self.attachments.clear()
        for attachment in attachments.list_attachments(self._wizard.vault, case.id):
            item = QListWidgetItem(f"{attachment.name} · {labels.file_size(attachment.size)} · "
                                   f"{attachment.added.astimezone():%d/%m/%Y}")
            item.setData(ID_ROLE, attachment.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attachments.addItem(item)
        self.include_attachments.setChecked(False)
        self.include_attachments.setEnabled(allowed and self.attachments.count() > 0)
        self.attachments.setEnabled(False)
        notices = []
        if not allowed:
            notices.append(self.tr("The woman did not consent to sharing notes: no note or "
                                   "attachment will go."))
        if not case.consent.include_children:
            notices.append(self.tr("Children's data stays in this office (consent)."))
        self.notes_notice.setText(" ".join(notices))
        self.error.show_error("")

    def note_choice(self) -> referral.NoteChoice:
        ids = _checked_ids(self.notes) if self.include_notes.isChecked() else []
        return referral.NoteChoice("ids", tuple(ids)) if ids else referral.NoteChoice("none")

    def attachment_choice(self) -> referral.NoteChoice:
        ids = _checked_ids(self.attachments) if self.include_attachments.isChecked() else []
        return referral.NoteChoice("ids", tuple(ids)) if ids else referral.NoteChoice("none")

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        """Prepare the referral now: consent and field checks speak before the preview."""
        self.error.show_error("")
        try:
            self._wizard.prepare()
        except ReteError as exc:
            self.error.show_error(labels.error_text(exc))
            return False
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Referral sent"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Result"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        result = self._wizard.outcome
        assert result is not None
        path, protocol = result
        if path is None:
            self._show_deliveries(protocol)
            return
        self.message.setText(self.tr(
            "<p style='font-size:13pt; color:#1b5e20'><b>Referral registered as protocol no. "
            "{0}.</b></p><p>Encrypted file saved as:<br><tt>{1}</tt></p><p>Deliver this file to "
            "the recipients (e-mail, shared folder, USB stick): only they can open it. The "
            "register of sent referrals shows when their receipt comes back.</p>").format(
                protocol, path))


    def _show_deliveries(self, protocol: str) -> None:
        wizard = self._wizard
        names = {m.office_id: m.name for m in wizard.draft.members} if wizard.draft else {}
        lines = "".join(
            # a server's refusal often quotes <addresses>: text, not markup
            f"<li>{escape(labels.delivery_line(names.get(d.recipient, d.recipient), d))}</li>"
            for d in wizard.deliveries)
        failed = any(d.state == FAILED for d in wizard.deliveries)
        self.message.setText(self.tr(
            "<p style='font-size:13pt; color:#1b5e20'><b>Referral registered as protocol no. "
            "{0}.</b></p><ul>{1}</ul><p>The register of sent referrals shows when it is "
            "delivered and when the receipt comes back.</p>").format(protocol, lines) + (
            self.tr("<p style='color:#b00020'>A delivery failed: it is tried again at every "
                    "Receive (or with Retry in the register).</p>") if failed else ""))


class ExportWizard(QWizard):
    """Emits :attr:`sent` with the protocol number once the packet file is written."""

    sent = Signal(str)

    def __init__(self, vault: Vault, case_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case: Case | None = None
        self.decisions: list[sharing.Decision] = []  # the case's sharing decisions
        self.draft: referral.ReferralDraft | None = None
        self.outcome: tuple[Path | None, str] | None = None  # (file or None if sent, protocol)
        self.deliveries: list[Delivery] = []
        self._sealed: tuple[SealedPacket, str] | None = None
        self.setWindowTitle(self.tr("Send a referral"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.case_page = CasePage(self)
        self.recipients_page = RecipientsPage(self)
        self.content_page = ContentPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.case_page, self.recipients_page, self.content_page,
                     self.preview_page, self.done_page):
            self.addPage(page)
        resize_within_screen(self, 820, 720)
        # Each page starts in its first field (a hidden page's field loses the focus).
        self.currentIdChanged.connect(lambda _: QTimer.singleShot(0, self, self._focus_page))
        if case_id is not None:
            self.case_page.show_cases([cases.get_case(vault, case_id, audit_read=False)],
                                      select=case_id)
        else:
            self.case_page.find_cases()

    def _focus_page(self) -> None:
        page = self.currentPage()
        if page is not None:
            focus_first_field(page)

    def prepare(self) -> None:
        """Check the choices against the consent and build the draft the preview shows."""
        assert self.case is not None
        content = self.content_page
        self.draft = referral.prepare_referral(
            self.vault, self.case.id, self.recipients_page.chosen(),
            notes_choice=content.note_choice(), reason=content.reason.toPlainText(),
            requested_action=content.action.toPlainText(),
            attachments_choice=content.attachment_choice(),
            account=content.account.toPlainText(), safe_contact=content.safe_contact.text(),
        )

    def travels(self) -> bool:
        """True when every chosen recipient can be reached by a transport set up here."""
        assert self.draft is not None
        try:
            for member in self.draft.members:
                sending.choose_way(self.vault, member.office_id)
        except ReteError:
            return False
        return True

    def send_by_transport(self) -> None:
        """Seal and register the referral, then hand it to each recipient's transport (a
        failed delivery is recorded with its reason and retried later)."""
        assert self.draft is not None
        if self._sealed is None:
            self._sealed = referral.seal_referral(self.vault, self.draft)
        sealed, protocol = self._sealed
        self.deliveries = sending.send_packet(self.vault, sealed.packet_id,
                                              [m.office_id for m in self.draft.members])
        self.outcome = (None, protocol)
        self.sent.emit(protocol)

    def send(self, path: Path) -> None:
        """Seal the referral straight into the file and register it (the CLI's function).

        Streamed: the file appears only once the packet is registered, so if writing fails
        nothing was registered and another place gets the packet with the same protocol no.
        """
        assert self.draft is not None
        _, protocol = referral.seal_referral_to(self.vault, self.draft, path)
        self.outcome = (path, protocol)
        self.sent.emit(protocol)
