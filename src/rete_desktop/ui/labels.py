"""Translated names of the domain's vocabularies and a helper for core error texts."""

from __future__ import annotations

from typing import Any

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
from rete_desktop.transport.deliveries import Delivery, shown_state

_language: str | None = None  # None: follow RETE_LANG / the locale (as the CLI does)


def set_language(lang: str) -> None:
    global _language
    _language = lang


def language() -> str:
    return _language or current_language()


def file_size(size: int) -> str:
    """``3,4 MB`` in Italian, ``3.4 MB`` in English."""
    from rete_desktop.storage.attachments import format_size

    return format_size(size, "," if language() == "it" else ".")


def error_text(exc: Exception) -> str:
    """The core error's message in the UI language (the library layers never print)."""
    if isinstance(exc, ReteError):
        return exc.message(language())
    return QCoreApplication.translate("Labels", "Unexpected error: {0}").format(exc)


def risk(level: RiskLevel) -> str:
    return {
        RiskLevel.LOW: QCoreApplication.translate("Labels", "Low"),
        RiskLevel.MEDIUM: QCoreApplication.translate("Labels", "Medium"),
        RiskLevel.HIGH: QCoreApplication.translate("Labels", "High"),
    }[level]


def status(value: CaseStatus) -> str:
    return {
        CaseStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        CaseStatus.MONITORING: QCoreApplication.translate("Labels", "Monitoring"),
        CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[value]


def role(value: PersonRole) -> str:
    return {
        PersonRole.VICTIM: QCoreApplication.translate("Labels", "Victim"),
        PersonRole.CHILD: QCoreApplication.translate("Labels", "Child"),
        PersonRole.OFFENDER: QCoreApplication.translate("Labels", "Alleged offender"),
        PersonRole.RELATIVE: QCoreApplication.translate("Labels", "Relative"),
        PersonRole.WITNESS: QCoreApplication.translate("Labels", "Witness"),
        PersonRole.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def exposure(value: ChildExposure) -> str:
    return {
        ChildExposure.WITNESSED: QCoreApplication.translate("Labels", "witnessed violence"),
        ChildExposure.DIRECT: QCoreApplication.translate("Labels", "direct victim"),
    }[value]


def category(value: NoteCategory) -> str:
    return {
        NoteCategory.INTERVIEW: QCoreApplication.translate("Labels", "Interview"),
        NoteCategory.CALL: QCoreApplication.translate("Labels", "Phone call"),
        NoteCategory.VISIT: QCoreApplication.translate("Labels", "Home visit"),
        NoteCategory.COURT: QCoreApplication.translate("Labels", "Court"),
        NoteCategory.SAFETY_PLAN: QCoreApplication.translate("Labels", "Safety plan"),
        NoteCategory.MEASURE: QCoreApplication.translate("Labels", "Protective measure"),
        NoteCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def office_kind(value: OfficeKind) -> str:
    return {
        OfficeKind.CARABINIERI: QCoreApplication.translate("Labels", "Carabinieri"),
        OfficeKind.CAV: QCoreApplication.translate("Labels", "Anti-violence centre (CAV)"),
        OfficeKind.SOCIAL_SERVICES: QCoreApplication.translate("Labels", "Social services"),
        OfficeKind.CONSULTORIO: QCoreApplication.translate("Labels", "Family counselling centre"),
        OfficeKind.POLICE: QCoreApplication.translate("Labels", "Police"),
        OfficeKind.HOSPITAL: QCoreApplication.translate("Labels", "Hospital"),
        OfficeKind.SCHOOL: QCoreApplication.translate("Labels", "School"),
        OfficeKind.PROSECUTOR: QCoreApplication.translate("Labels", "Prosecutor's office"),
        OfficeKind.MUNICIPALITY: QCoreApplication.translate("Labels", "Municipality"),
        OfficeKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


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
    state = translate(f"transport.state.{shown_state(delivery, acknowledged_by)}", language())
    reason = delivery.reason_text(language())
    return f"{office}: {state}" + (f" — {reason}" if reason else "")
