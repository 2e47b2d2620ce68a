"""Names of the domain's vocabularies in the UI language (from the core's one table,
``messages/vocabulary.py``, as the CLI and the PDFs use it) and a helper for core error
texts."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from rete_desktop.domain.vocabulary import (
    CaseStatus,
    ChildExposure,
    NoteCategory,
    OfficeKind,
    PersonRole,
    RiskLevel,
)
from rete_desktop.errors import ReteError
from rete_desktop.i18n import current_language, translate
from rete_desktop.messages import vocabulary

if TYPE_CHECKING:  # the unlock dialog imports this module: no vault code before unlocking
    from rete_desktop.transport.deliveries import Delivery


def language() -> str:
    """The UI language: the one chosen at start-up (``i18n.choose_language``)."""
    return current_language()


def file_size(size: int) -> str:
    """``3,4 MB`` in Italian, ``3.4 MB`` in English."""
    from rete_desktop.storage.attachments import format_size

    return format_size(size, "," if language() == "it" else ".")


def typed_error(exc: Exception) -> Exception:
    """``exc``, or the refusal it stands for: a damaged page met by a read on the raw
    connection (outside ``Vault.query``) is the vault's "damaged, restore" error."""
    if isinstance(exc, ReteError):
        return exc
    from rete_desktop.storage.vault import damage_error  # only once something failed

    return damage_error(exc) or exc


def error_text(exc: Exception) -> str:
    """The core error's message in the UI language (the library layers never print)."""
    typed = typed_error(exc)
    if isinstance(typed, ReteError):
        return typed.message(language())
    return QCoreApplication.translate("Labels", "Unexpected error: {0}").format(exc)


def _formal(value: StrEnum) -> str:
    return vocabulary.formal(type(value).__name__, value.value, language())


def term(value: StrEnum) -> str:
    """A value of the case record's vocabularies (relation, form of violence, measure, service,
    source, legal basis) named as the core names it in the UI language (messages/vocabulary)."""
    return vocabulary.label(type(value).__name__, value.value, language())


def risk(level: RiskLevel) -> str:
    return _formal(level)


def status(value: CaseStatus) -> str:
    return _formal(value)


def role(value: PersonRole) -> str:
    return _formal(value)


def exposure(value: ChildExposure) -> str:
    return vocabulary.formal("ChildExposure", value.value, language(), capital=False)


def category(value: NoteCategory) -> str:
    return _formal(value)


def office_kind(value: OfficeKind) -> str:
    return _formal(value)


def prevention_kind(kind: str) -> str:
    return {
        "school_talk": QCoreApplication.translate("Labels", "School talk"),
        "training": QCoreApplication.translate("Labels", "Training"),
        "campaign": QCoreApplication.translate("Labels", "Campaign"),
        "event": QCoreApplication.translate("Labels", "Event"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(kind, kind)


def search_kind(kind: str) -> str:
    return {
        "case": QCoreApplication.translate("Labels", "Cases"),
        "person": QCoreApplication.translate("Labels", "Persons"),
        "note": QCoreApplication.translate("Labels", "Notes"),
        "attachment": QCoreApplication.translate("Labels", "Attachments"),
        "contact": QCoreApplication.translate("Labels", "Contacts"),
        "office": QCoreApplication.translate("Labels", "Offices"),
    }.get(kind, kind)


def lab_item_text(summary: dict[str, Any]) -> str:
    """A pseudonymised laboratorio item as the operator reads it before it leaves."""
    from rete_desktop.reports.lab_pdf import item_rows

    rows = item_rows(summary, language())
    return "\n".join(f"{name}: {value}" for name, value in rows)


def delivery_line(office: str, delivery: Delivery, acknowledged_by: tuple[str, ...] = ()) -> str:
    """``CAV: delivered`` or ``CAV: sending failed — reason`` (core texts, UI language); a
    returned receipt shows as acknowledged."""
    from rete_desktop.transport.deliveries import shown_state

    state = translate(f"transport.state.{shown_state(delivery, acknowledged_by)}", language())
    reason = delivery.reason_text(language())
    return f"{office}: {state}" + (f" — {reason}" if reason else "")
