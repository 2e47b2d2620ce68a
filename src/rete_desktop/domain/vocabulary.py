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


class Relation(StrEnum):
    """How one person of a case is related to another (offender -> woman, parent -> child)."""

    PARTNER = "partner"
    EX_PARTNER = "ex_partner"
    SPOUSE = "spouse"
    EX_SPOUSE = "ex_spouse"
    FATHER = "father"
    MOTHER = "mother"
    SON = "son"
    DAUGHTER = "daughter"
    PARENT = "parent"
    RELATIVE = "relative"
    ACQUAINTANCE = "acquaintance"
    STRANGER = "stranger"
    OTHER = "other"


class ViolenceForm(StrEnum):
    PHYSICAL = "physical"
    PSYCHOLOGICAL = "psychological"
    ECONOMIC = "economic"
    SEXUAL = "sexual"
    STALKING = "stalking"
    WITNESSED = "witnessed"
    ONLINE = "online"


class MeasureKind(StrEnum):
    """Protective measures and legal steps, recorded as dated events of the case."""

    POLICE_WARNING = "police_warning"
    URGENT_REMOVAL = "urgent_removal"
    NO_APPROACH_ORDER = "no_approach_order"
    ELECTRONIC_TAG = "electronic_tag"
    CRIMINAL_COMPLAINT = "criminal_complaint"
    PROTECTION_ORDER = "protection_order"
    ARREST = "arrest"
    OTHER = "other"


class AccessSource(StrEnum):
    """How the woman reached this office (ISTAT's "canale di accesso")."""

    SPONTANEOUS = "spontaneous"
    HELPLINE_1522 = "helpline_1522"
    POLICE = "police"
    SOCIAL_SERVICES = "social_services"
    HEALTH_SERVICE = "health_service"
    NETWORK_MEMBER = "network_member"
    OTHER = "other"


class ServiceKind(StrEnum):
    LISTENING = "listening"
    LEGAL = "legal"
    PSYCHOLOGICAL = "psychological"
    SHELTER = "shelter"
    WORK_SUPPORT = "work_support"
    HOUSING_SUPPORT = "housing_support"
    OTHER = "other"


class SharingBasis(StrEnum):
    """The legal basis of a decision to share: consent is one basis among others."""

    CONSENT = "consent"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTEREST = "vital_interest"
