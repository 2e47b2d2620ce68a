"""One "Receive": every configured way, mail first, then the inbox folder."""

from __future__ import annotations

from rete_desktop.errors import BadInput
from rete_desktop.storage.vault import Vault
from rete_desktop.transport import folder, mail, settings
from rete_desktop.transport.inbox import FetchReport, Progress


def configured(vault: Vault) -> bool:
    """True when this office has a mail account or a folder set up."""
    return settings.load_mail(vault) is not None or settings.load_folder(vault) is not None


def fetch_all(vault: Vault, progress: Progress | None = None) -> FetchReport:
    """Fetch and file everything waiting (BadInput when no way is set up)."""
    report = FetchReport()
    account, inbox = settings.load_mail(vault), settings.load_folder(vault)
    if account is None and inbox is None:
        raise BadInput("transport.none")
    if account is not None:
        mail.fetch(vault, account[0], account[1], report, progress)
    if inbox is not None:
        folder.fetch(vault, inbox, report, progress)
    return report
