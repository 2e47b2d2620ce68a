"""Synthetic Italian demo data: a month in the life of an anti-violence centre (CAV).

Cases with children, a structured record and assessments (:mod:`demo_record`), varied notes
(:mod:`demo_notes`), protocols applied to the recent and the high-risk cases with tasks done,
due and overdue, and — with ``network`` — referrals, receipts, a laboratorio meeting and the
handbook (:mod:`demo_network`). No real people: names come from Faker's ``it_IT`` locale,
seeded so runs are reproducible. Used by ``rete demo``, the first run of the app, the tests
and the benchmarks (any size).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from rete_desktop import demo_network, demo_record
from rete_desktop.demo_notes import CaseVoices, NoteWriter, sample_texts
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Case, Consent, Person
from rete_desktop.domain.vocabulary import (
    ChildExposure,
    OfficeKind,
    PersonRole,
    RiskLevel,
)
from rete_desktop.handbook import profiles
from rete_desktop.handbook.leaflet_rules import EMERGENCY_KINDS
from rete_desktop.storage import cases, offices, protocols, risk
from rete_desktop.storage.cases import consent_to_json
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.notes import insert_note
from rete_desktop.storage.vault import Vault, new_id

DEMO_PASSPHRASE = "demo-rete-casalmaggiore"  # noqa: S105 - public on purpose: synthetic data only
TOWNS = [
    "Casalmaggiore",
    "Viadana",
    "Sabbioneta",
    "Piadena Drizzona",
    "Rivarolo del Re",
    "Gussola",
    "Martignana di Po",
    "San Giovanni in Croce",
    "Torricella del Pizzo",
    "Scandolara Ravara",
    "Casteldidone",
    "Solarolo Rainerio",
]
NOTE_TEMPLATES = sample_texts()  # plain texts for the benchmarks
NETWORK = [
    ("Comando Stazione Carabinieri di Casalmaggiore", OfficeKind.CARABINIERI, "0375 42012"),
    ("Centro Antiviolenza Mia", OfficeKind.CAV, "0375 200321"),
    ("Consorzio Casalasco Servizi Sociali", OfficeKind.SOCIAL_SERVICES, "0375 203811"),
    ("Consultorio familiare ASST Cremona — Casalmaggiore", OfficeKind.CONSULTORIO, "0375 284111"),
    ("Pronto Soccorso Ospedale Oglio Po", OfficeKind.HOSPITAL, "0375 2811"),
]


@dataclass(frozen=True)
class DemoSize:
    cases: int = 60
    notes_per_case: int = 4


DEMO_NETWORK = demo_network.DEMO_NETWORK
OWN_KIND = OfficeKind.CAV


def create_demo_vault(
    directory: Path, passphrase: str, cases: int = 60, *, network: bool = True
) -> tuple[Vault, str]:
    """Create and fill a demo anti-violence centre; returns the vault and its recovery key.

    With ``network`` the centre also coordinates a synthetic network directory whose other
    offices really exchanged packets with it this month (see :mod:`demo_network`), so the
    register, the laboratorio and the handbook have content and referrals can be tried at once.
    """
    vault, recovery_key = Vault.create(
        directory,
        passphrase,
        office_name="Centro Antiviolenza Mia (DEMO)",
        office_kind=OWN_KIND.value,
        operator_name=demo_record.OPERATOR.name,
        operator_role=demo_record.OPERATOR.role,
    )
    size = DemoSize(cases=cases)
    if not network:
        fill_demo(vault, size)
        return vault, recovery_key
    names = {kind: name for name, kind, _ in NETWORK}
    with demo_network.peer_offices(names, OWN_KIND) as peers:
        fill_demo(vault, size, office_ids=peers.office_ids())
        demo_network.join_network(vault, peers)
        recent = [c.id for c in reversed(cases_by_opening(vault))]
        demo_network.referrals(vault, peers, recent)
        demo_network.laboratorio(vault, peers, next(
            (c for c in recent if _consent_allows(vault, c, OfficeKind.CAV)), None))
    return vault, recovery_key


def cases_by_opening(vault: Vault) -> list[Case]:
    """The demo's own cases, oldest first."""
    return sorted(cases.list_cases(vault, limit=100_000), key=lambda c: c.opened_on)


def _consent_allows(vault: Vault, case_id: str, kind: OfficeKind) -> bool:
    return kind in cases.get_case(vault, case_id, audit_read=False).consent.share_with


def fill_demo(vault: Vault, size: DemoSize, seed: int = 2017, *,
              office_ids: dict[OfficeKind, str] | None = None) -> None:
    """Add the network's offices (with ``office_ids`` when they are real peers) and contacts,
    and ``size`` cases; the shipped protocol pack is there from day one."""
    fake = Faker("it_IT")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    own_kind = load_identity(vault).kind
    for name, kind, phone in NETWORK:
        if kind is own_kind:  # this office is the network's CAV (or station, ...) itself
            profiles.edit_own_profile(vault, phones=[phone], hours="lun–ven 9–17")
            continue
        office_id = offices.add_office(
            vault,
            name,
            kind.value,
            address=f"Via {fake.last_name()} {rng.randint(1, 80)}, {rng.choice(TOWNS[:3])}",
            phones=[phone],
            # an emergency service with office hours would mislead (the leaflet refuses it)
            on_call_hours="h24" if kind in EMERGENCY_KINDS else "lun–ven 9–17",
            office_id=(office_ids or {}).get(kind),
        )
        for _ in range(2):
            offices.add_contact(
                vault,
                fake.name(),
                office_id=office_id,
                role=rng.choice(
                    ["referente", "assistente sociale", "operatrice", "maresciallo", "psicologa"]
                ),
                phone=f"3{rng.randint(20, 49)} {rng.randint(1000000, 9999999)}",
                email=f"{fake.user_name()}@example.it",
            )
    insert_demo_cases(vault, size, fake, rng)


def insert_demo_cases(vault: Vault, size: DemoSize, fake: Faker, rng: random.Random) -> None:
    """Bulk insert in batches of one transaction each (fast enough for 100k cases)."""
    today = date.today()
    batch = 500
    instrument = risk.get_instrument(vault)
    record_rng = random.Random(rng.random())  # its own stream: the cases stay as they were
    writer = NoteWriter(random.Random(rng.random()))
    pack = {p.key: pid for pid, p in protocols.list_protocols(vault)}
    late = 0  # the centre's own overdue tasks: at least one, even in a small demo
    for start in range(0, size.cases, batch):
        with vault.transaction() as conn:
            for _ in range(start, min(start + batch, size.cases)):
                people, opened = _one_case(conn, vault, fake, rng, today, size.notes_per_case,
                                           writer)
                demo_record.add_record(conn, record_rng, people, opened, today, instrument)
                late += _apply_protocols(vault, record_rng, people, opened, today, pack,
                                         keep_one_late=not late)
            vault.audit(AuditAction.DEMO_FILL, "vault", None,
                        {"cases": min(batch, size.cases - start)})


def _one_case(
    conn: object, vault: Vault, fake: Faker, rng: random.Random, today: date, n_notes: int,
    writer: NoteWriter,
) -> tuple[list[Person], date]:
    opened = today - timedelta(days=rng.randint(0, 700))
    victim_last = fake.last_name()
    victim = f"{fake.first_name_female()} {victim_last}"
    town = rng.choice(TOWNS)
    level = rng.choices(list(RiskLevel), weights=[3, 4, 2])[0]
    case_id = new_id()
    cases.insert_case(
        conn,
        vault,
        case_id,
        f"{victim} — {town}",
        level,
        opened,
        rng.choice(["carabinieri", "spontaneous", "social_services", "hospital", "1522"]),
        None,
    )
    consent = Consent(
        share_with=tuple(
            rng.sample(
                [
                    OfficeKind.CAV,
                    OfficeKind.SOCIAL_SERVICES,
                    OfficeKind.CONSULTORIO,
                    OfficeKind.CARABINIERI,
                ],
                k=2,
            )
        ),
        include_notes=rng.random() < 0.5,
        recorded_on=opened,
    )
    conn.execute(  # type: ignore[attr-defined]
        "UPDATE cases SET consent = ? WHERE id = ?",
        (__import__("json").dumps(consent_to_json(consent)), case_id),
    )
    people = [
        Person(
            new_id(),
            case_id,
            PersonRole.VICTIM,
            victim,
            birth_year=rng.randint(1960, 2004),
            phone=f"+393{rng.randint(200000000, 499999999)}",
            address=f"Via {fake.street_name()} {rng.randint(1, 120)}, {town}",
        ),
        Person(
            new_id(),
            case_id,
            PersonRole.OFFENDER,
            f"{fake.first_name_male()} {fake.last_name()}",
            birth_year=rng.randint(1955, 2000),
        ),
    ]
    for _ in range(rng.choices([0, 1, 2, 3], weights=[3, 3, 2, 1])[0]):
        people.append(
            Person(
                new_id(),
                case_id,
                PersonRole.CHILD,
                f"{fake.first_name()} {victim_last}",
                birth_year=rng.randint(today.year - 17, today.year - 1),
                exposure=rng.choice(list(ChildExposure)),
            )
        )
    for person in people:
        cases.insert_person(conn, person)
    first = opened + timedelta(days=rng.choice([0, 0, 1, 2, 3, 5, 8]))  # the first meeting
    children = [p.name.split()[0] for p in people if p.role is PersonRole.CHILD]
    voices = CaseVoices(victim.split()[0], people[1].name.split()[0], town,
                        children[0] if len(children) == 1 else "i figli" if children else None)
    for i in range(n_notes):
        day = min(today, first + timedelta(days=i * rng.randint(1, 9)))
        created = f"{day}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00+00:00"
        category = writer.category(i)
        insert_note(conn, new_id(), case_id, created, category,
                    writer.write(voices, category, day), demo_record.OPERATOR.label, None)
    return people, opened


# Protocols a CAV applies, and when: high risk -> shelter/safety (its own tasks), a complaint
# -> Codice Rosso, children who witnessed violence -> the minors' protocol.
_RECENT = timedelta(days=45)  # a month's work: older cases have their tasks behind them


def _apply_protocols(vault: Vault, rng: random.Random, people: list[Person], opened: date,
                     today: date, pack: dict[str, str], *, keep_one_late: bool) -> int:
    """Apply the fitting protocols to a recent or high-risk case (inside the transaction);
    most tasks already due are done, a few are late (the first one found when
    ``keep_one_late``): the tasks page shows both. Returns how many of its own are late."""
    case_id = people[0].case_id
    row = vault.conn.execute("SELECT risk FROM cases WHERE id = ?", (case_id,)).fetchone()
    high = row[0] == RiskLevel.HIGH.value
    if today - opened > _RECENT and not (high and rng.random() < 0.5):  # a new episode
        return 0
    trigger = max(opened, today - timedelta(days=rng.randint(0, 30)))
    keys = ["alto-rischio-ospitalita"] if high else []
    if rng.random() < 0.4:
        keys.append("codice-rosso")
    if any(p.exposure is ChildExposure.WITNESSED for p in people):
        keys.append("minori-violenza-assistita")
    late = 0
    for key in (k for k in keys if k in pack):
        for task_id in protocols.insert_protocol_tasks(vault, case_id, pack[key], trigger):
            due, owner = vault.conn.execute("SELECT due, owner_kind FROM tasks WHERE id = ?",
                                            (task_id,)).fetchone()
            # the other offices report theirs done; this centre is a few days behind on some
            own = owner in (None, OWN_KIND.value)
            if due is None or date.fromisoformat(due) >= today:
                continue
            if own and (keep_one_late or rng.random() < 0.06):
                late, keep_one_late = late + 1, False
            elif own or rng.random() >= 0.02:
                vault.conn.execute("UPDATE tasks SET status = 'done', done_on = ? WHERE id = ?",
                                   (due, task_id))  # done on the day it was due
    return late
