"""The structured record of a demo case: relations, forms of violence, measures, source of
access, services (some shelter stays), sharing decisions and one to three risk assessments made
with the shipped instrument, so every screen and statistic has something real to show."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from rete_desktop.domain import risk as rules
from rete_desktop.domain.records import (
    Assessment,
    Measure,
    Person,
    PersonRelation,
    Service,
    ViolenceRecord,
)
from rete_desktop.domain.vocabulary import (
    AccessSource,
    ChildExposure,
    MeasureKind,
    OfficeKind,
    PersonRole,
    Relation,
    ServiceKind,
    SharingBasis,
    ViolenceForm,
)
from rete_desktop.storage import case_record, sharing
from rete_desktop.storage.operators import Operator
from rete_desktop.storage.risk import insert_assessment
from rete_desktop.storage.vault import new_id

# Who the demo office's notes, assessments and decisions are signed by: the operator the demo
# vault is created for, as a real office's are (never a placeholder such as "demo").
OPERATOR = Operator("", "Sara Demo", "Operatrice")

# How likely a yes is for each item, by the case's underlying danger (0 low .. 2 high).
_YES = (0.08, 0.25, 0.55)
_RELATIONS = [(Relation.PARTNER, 4), (Relation.EX_PARTNER, 4), (Relation.SPOUSE, 3),
              (Relation.EX_SPOUSE, 2), (Relation.RELATIVE, 1), (Relation.ACQUAINTANCE, 1)]
_SOURCES = [(AccessSource.SPONTANEOUS, 4), (AccessSource.HELPLINE_1522, 2),
            (AccessSource.POLICE, 3), (AccessSource.SOCIAL_SERVICES, 2),
            (AccessSource.HEALTH_SERVICE, 2), (AccessSource.NETWORK_MEMBER, 1)]


def _pick(rng: random.Random, weighted: list[tuple[Any, int]]) -> Any:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def add_record(conn: Any, rng: random.Random, people: list[Person], opened: date, today: date,
               instrument: rules.Instrument) -> None:
    """Insert a plausible record for one demo case (inside the caller's transaction)."""
    case_id = people[0].case_id
    victim, offender = people[0], people[1]
    children = [p for p in people if p.role is PersonRole.CHILD]
    relation = _pick(rng, _RELATIONS)
    case_record.insert_relation(conn, PersonRelation(new_id(), case_id, offender.id, victim.id,
                                                     relation))
    for child in children:
        case_record.insert_relation(conn, PersonRelation(new_id(), case_id, victim.id, child.id,
                                                         Relation.PARENT))
        if relation in (Relation.PARTNER, Relation.SPOUSE, Relation.EX_PARTNER,
                        Relation.EX_SPOUSE):
            case_record.insert_relation(conn, PersonRelation(new_id(), case_id, offender.id,
                                                             child.id, Relation.FATHER))
    danger = rng.choices([0, 1, 2], weights=[3, 4, 2])[0]
    _forms(conn, rng, case_id, opened, relation, children, danger)
    conn.execute("UPDATE cases SET access_source = ? WHERE id = ?",
                 (_pick(rng, _SOURCES).value, case_id))
    first = _services(conn, rng, case_id, opened, today, danger, len(children))
    _measures(conn, rng, case_id, first, today, danger)
    _assessments(conn, rng, case_id, first, today, danger, instrument)
    _sharing(conn, rng, case_id, first, children)


def _forms(conn: Any, rng: random.Random, case_id: str, opened: date, relation: Relation,
           children: list[Person], danger: int) -> None:
    since = opened - timedelta(days=rng.randint(30, 900))
    forms = [ViolenceForm.PSYCHOLOGICAL]
    for form, chance in ((ViolenceForm.PHYSICAL, 0.45 + 0.2 * danger),
                         (ViolenceForm.ECONOMIC, 0.35), (ViolenceForm.SEXUAL, 0.1 + 0.1 * danger),
                         (ViolenceForm.STALKING, 0.5 if relation in (
                             Relation.EX_PARTNER, Relation.EX_SPOUSE) else 0.1),
                         (ViolenceForm.ONLINE, 0.15)):
        if rng.random() < chance:
            forms.append(form)
    if any(c.exposure is ChildExposure.WITNESSED for c in children):
        forms.append(ViolenceForm.WITNESSED)
    for form in forms:
        case_record.insert_form(conn, ViolenceRecord(new_id(), case_id, form,
                                                     since if rng.random() < 0.6 else None))


def _services(conn: Any, rng: random.Random, case_id: str, opened: date, today: date,
              danger: int, n_children: int) -> date:
    """Services given; returns the first contact (the first listening interview)."""
    first = min(today, opened + timedelta(days=rng.choice([0, 1, 1, 2, 3, 4, 7, 10])))
    case_record.insert_service(conn, Service(new_id(), case_id, ServiceKind.LISTENING, first))
    for kind, chance in ((ServiceKind.LEGAL, 0.4), (ServiceKind.PSYCHOLOGICAL, 0.35),
                         (ServiceKind.WORK_SUPPORT, 0.1), (ServiceKind.HOUSING_SUPPORT, 0.1)):
        if rng.random() < chance:
            start = min(today, first + timedelta(days=rng.randint(3, 40)))
            case_record.insert_service(conn, Service(new_id(), case_id, kind, start))
    if danger == 2 and rng.random() < 0.5:
        entry = min(today, first + timedelta(days=rng.randint(0, 5)))
        leave = entry + timedelta(days=rng.randint(10, 180))
        case_record.insert_service(conn, Service(
            new_id(), case_id, ServiceKind.SHELTER, entry, leave if leave < today else None,
            n_children))
    return first


def _measures(conn: Any, rng: random.Random, case_id: str, first: date, today: date,
              danger: int) -> None:
    steps = []
    if rng.random() < 0.3 + 0.25 * danger:
        steps.append(MeasureKind.CRIMINAL_COMPLAINT)
    if rng.random() < 0.15:
        steps.append(MeasureKind.POLICE_WARNING)
    if danger == 2 and rng.random() < 0.6:
        steps.append(rng.choice([MeasureKind.URGENT_REMOVAL, MeasureKind.NO_APPROACH_ORDER]))
        if rng.random() < 0.4:
            steps.append(MeasureKind.ELECTRONIC_TAG)
    day = first
    for kind in steps:
        day = min(today, day + timedelta(days=rng.randint(0, 12)))
        case_record.insert_measure(conn, Measure(new_id(), case_id, kind, day))


def _assessments(conn: Any, rng: random.Random, case_id: str, first: date, today: date,
                 danger: int, instrument: rules.Instrument) -> None:
    """One to three assessments, danger drifting up or down; the case's risk is the last."""
    day = first
    level = None
    for n in range(rng.choices([1, 2, 3], weights=[5, 3, 2])[0]):
        if n:
            danger = max(0, min(2, danger + rng.choice([-1, 0, 0, 1])))
            day = day + timedelta(days=rng.randint(14, 90))
            if day > today:
                break
        answers = {i.id: (rules.Answer.YES if rng.random() < _YES[danger]
                          else rules.Answer.UNKNOWN if rng.random() < 0.05
                          else rules.Answer.NO) for i in instrument.items}
        result = rules.score(instrument, answers)
        level, reason = result.level, None
        if rng.random() < 0.08 and result.level is not rules.LEVEL_ORDER[-1]:
            level = rules.LEVEL_ORDER[rules.LEVEL_ORDER.index(result.level) + 1]  # judgement
        insert_assessment(conn, Assessment(
            id=new_id(), case_id=case_id, assessed_on=day, instrument_key=instrument.key,
            instrument_version=instrument.version,
            answers={k: v.value for k, v in answers.items()}, score=result.score,
            computed_level=result.level, level=level, reason=reason, operator=OPERATOR.label,
            created=datetime.combine(day, datetime.min.time()).astimezone(),
        ))
    if level is not None:
        conn.execute("UPDATE cases SET risk = ? WHERE id = ?", (level.value, case_id))


def _sharing(conn: Any, rng: random.Random, case_id: str, first: date,
             children: list[Person]) -> None:
    if rng.random() < 0.6:
        sharing.insert_decision(
            conn, new_id(), case_id, [OfficeKind.CAV.value, OfficeKind.CONSULTORIO.value],
            SharingBasis.CONSENT, None, rng.choice(["scritto, firmato", "orale, verbalizzato"]),
            "La signora chiede il sostegno del centro e del consultorio.", first, OPERATOR.label)
    if children and rng.random() < 0.5:
        sharing.insert_decision(
            conn, new_id(), case_id, [OfficeKind.SOCIAL_SERVICES.value],
            SharingBasis.LEGAL_OBLIGATION, "art. 9 L. 184/1983", None,
            "Minori esposti a violenza assistita: segnalazione dovuta.", first, OPERATOR.label)
