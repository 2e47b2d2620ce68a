"""The statistics a person looks at or sends to the Region, audited where they leave the
vault. Both shells call these, so the CLI and the GUI record the same entries at the same
moment (after the file is written)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.i18n import current_language
from rete_desktop.lab.meeting import network_name
from rete_desktop.stats import aggregates
from rete_desktop.storage.atomic import write_atomic
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault

Format = Literal["csv", "pdf"]


def view(vault: Vault, year: int) -> aggregates.Stats:
    """The exact counts of ``year`` for the screen of the office that holds them (audited:
    small counts may point at a person)."""
    exact = aggregates.compute(vault, year)
    viewed(vault, year)
    return exact


def viewed(vault: Vault, year: int) -> None:
    """Record that the exact counts of ``year`` were shown (the app computes them off the GUI
    thread on a reader, then records the view when they reach the screen)."""
    vault.log(AuditAction.STATS_VIEW, "stats", None, {"year": year})


def export_bytes(vault: Vault, year: int, fmt: Format, lang: str | None = None) -> bytes:
    """The shareable statistics (counts below 3 suppressed) as CSV or PDF in ``lang`` (default:
    the UI language), not audited: for :func:`export` and previews that stay on screen."""
    shared = aggregates.for_export(aggregates.compute(vault, year))
    lang = lang or current_language()
    if fmt == "csv":
        return aggregates.to_csv(shared, lang).encode("utf-8")
    from rete_desktop.reports.stats_pdf import stats_pdf  # reportlab: only when used

    return stats_pdf(shared, network=network_name(vault), office=load_identity(vault).name,
                     on=date.today(), lang=lang)


def export(vault: Vault, year: int, fmt: Format, path: Path, lang: str | None = None) -> None:
    """Write the shareable statistics of ``year`` to ``path`` and record the export."""
    write_atomic(path, export_bytes(vault, year, fmt, lang))
    vault.log(AuditAction.STATS_EXPORT, "stats", None, {"year": year})
