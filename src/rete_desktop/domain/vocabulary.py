"""The closed vocabularies of the domain (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class OfficeKind(StrEnum):
    CARABINIERI = "carabinieri"
    CAV = "cav"
    SOCIAL_SERVICES = "social_services"
    CONSULTORIO = "consultorio"
    POLICE = "police"
    HOSPITAL = "hospital"
    SCHOOL = "school"
    PROSECUTOR = "prosecutor"
    MUNICIPALITY = "municipality"
    OTHER = "other"


class CaseStatus(StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    CLOSED = "closed"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class PersonRole(StrEnum):
    VICTIM = "victim"
    CHILD = "child"
    OFFENDER = "offender"
    RELATIVE = "relative"
    WITNESS = "witness"
    OTHER = "other"


class ChildExposure(StrEnum):
    """How a child is involved: violence witnessed (violenza assistita) or suffered directly."""

    WITNESSED = "witnessed"
    DIRECT = "direct"


class NoteCategory(StrEnum):
    INTERVIEW = "interview"
    CALL = "call"
    VISIT = "visit"
    COURT = "court"
    SAFETY_PLAN = "safety_plan"
    MEASURE = "measure"
    OTHER = "other"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
