"""Set up how packets travel, once per office: the PEC/e-mail account and the shared folder.

The same core functions as ``rete transport mail|folder``: the account is checked by logging in
to both servers before it is saved (a wrong password or an untrusted certificate keeps the
dialog open with the reason), the password is stored inside the vault only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from rete_desktop.errors import BadInput
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault
from rete_desktop.transport import mail, settings
from rete_desktop.ui.dialogs import FormDialog

MB = 1024 * 1024


def _port(value: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 65535)
    box.setValue(value)
    box.setAccessibleName(name)
    return box


class MailDialog(FormDialog):
    """The office's PEC or e-mail account (IMAP + SMTP over TLS)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("PEC / e-mail account"), parent)
        current = settings.load_mail(vault)
        old = current[0] if current else None
        self.address = QLineEdit(old.address if old else "")
        self.user = QLineEdit(old.user if old else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if old:
            self.password.setPlaceholderText(self.tr("unchanged"))
        self.imap_host = QLineEdit(old.imap_host if old else "")
        self.imap_port = _port(old.imap_port if old else 993, self.tr("IMAP port"))
        self.smtp_host = QLineEdit(old.smtp_host if old else "")
        self.smtp_port = _port(old.smtp_port if old else 465, self.tr("SMTP port"))
        self.starttls = QCheckBox(self.tr("STARTTLS on ports 143 and 587 (otherwise TLS on 993 "
                                          "and 465)"))
        self.starttls.setChecked(bool(old and old.starttls))
        self.starttls.toggled.connect(self._default_ports)
        self.pec = QCheckBox(self.tr("It is a PEC account: keep the provider's receipts as proof"))
        self.pec.setChecked(bool(old and old.pec))
        self.max_size = QSpinBox()
        self.max_size.setRange(1, 100)
        self.max_size.setSuffix(" MB")
        self.max_size.setValue(max(1, (old.max_message_size if old else
                                       settings.DEFAULT_MAX_MESSAGE_SIZE) // MB))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("only for a private server (PEM file)"))
        rows = [("address", self.tr("&Address"), self.address),
                ("user", self.tr("&User name"), self.user),
                ("password", self.tr("&Password"), self.password),
                ("imap_host", self.tr("&IMAP server"), self.imap_host),
                ("imap_port", self.tr("IMAP p&ort"), self.imap_port),
                ("smtp_host", self.tr("&SMTP server"), self.smtp_host),
                ("smtp_port", self.tr("SMTP po&rt"), self.smtp_port),
                ("max_size", self.tr("&Largest message"), self.max_size),
                ("ca_file", self.tr("&Authority"), self.ca_file)]
        for field, label, widget in rows:
            self.errors.add_row(field, label, widget)
        self.form.addRow(self.starttls)
        self.form.addRow(self.pec)
        self._kept_password = current[1] if current else ""
        self._old_ca = old.ca_pem if old else None

    def _default_ports(self, starttls: bool) -> None:
        self.imap_port.setValue(143 if starttls else 993)
        self.smtp_port.setValue(587 if starttls else 465)

    def submit(self) -> settings.MailSettings:
        account = settings.make_mail_settings(
            address=self.address.text(), imap_host=self.imap_host.text(),
            imap_port=self.imap_port.value(), smtp_host=self.smtp_host.text(),
            smtp_port=self.smtp_port.value(), user=self.user.text() or self.address.text(),
            starttls=self.starttls.isChecked(), ca_file=self.ca_file.text().strip() or None,
            max_message_size=self.max_size.value() * MB, pec=self.pec.isChecked())
        if account.ca_pem is None and self._old_ca and not self.ca_file.text().strip():
            account = settings.MailSettings(**{**account.__dict__, "ca_pem": self._old_ca})
        password = self.password.text() or self._kept_password
        if not password:
            raise BadInput("transport.password_missing_gui")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            mail.check(account, password)
        finally:
            QGuiApplication.restoreOverrideCursor()
        settings.save_mail(self.vault, account, password)
        return account


class FolderDialog(FormDialog):
    """The shared folder (or USB stick) packets are written to and read from."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Shared folder / USB"), parent)
        old = settings.load_folder(vault)
        self.inbox = QLineEdit(old.inbox if old else "")
        self.inbox.setPlaceholderText(self.tr("where packets for this office arrive"))
        self.outbox = QLineEdit(old.outbox if old else "")
        self.outbox.setPlaceholderText(self.tr("the folder holding one folder per office"))
        self.name = QLineEdit(old.name if old else load_identity(vault).office_id)
        for field, label, widget in (("inbox", self.tr("&Incoming folder"), self.inbox),
                                     ("outbox", self.tr("&Offices' folders"), self.outbox),
                                     ("name", self.tr("This office's folder &name"), self.name)):
            self.errors.add_row(field, label, widget)

    def submit(self) -> settings.FolderSettings:
        chosen = settings.make_folder_settings(self.inbox.text().strip(),
                                               self.outbox.text().strip(), self.name.text())
        settings.save_folder(self.vault, chosen)
        return chosen
