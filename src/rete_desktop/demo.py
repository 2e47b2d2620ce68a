"""Synthetic Italian demo data: a whole office with cases, children, notes and tasks.

No real people: names come from Faker's ``it_IT`` locale, seeded so runs are reproducible.
Used by ``rete demo``, the first run of the app, the tests and the benchmarks (any size).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from rete_desktop import demo_record
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Consent, Person
from rete_desktop.domain.vocabulary import (
    ChildExposure,
    NoteCategory,
    OfficeKind,
    PersonRole,
    RiskLevel,
)
from rete_desktop.storage import cases, offices, risk
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
# (category, text): each demo note is filed under the category its text describes.
DEMO_NOTES: list[tuple[NoteCategory, str]] = [
    (NoteCategory.INTERVIEW,
     "Colloquio con la signora: riferisce episodi di violenza psicologica e controllo economico "
     "da parte del compagno. Concordato un secondo incontro."),
    (NoteCategory.CALL,
     "Telefonata della signora: il maltrattante si è presentato sotto casa. Ricordato il numero "
     "1522 e il piano di sicurezza."),
    (NoteCategory.VISIT,
     "Visita domiciliare con l'assistente sociale. I figli frequentano regolarmente la scuola."),
    (NoteCategory.COURT,
     "Udienza in tribunale rinviata. Informata la legale del centro antiviolenza."),
    (NoteCategory.SAFETY_PLAN,
     "Aggiornato il piano di sicurezza: borsa pronta, documenti presso la sorella, parola "
     "d'ordine concordata con la vicina."),
    (NoteCategory.INTERVIEW,
     "Il figlio maggiore ha assistito all'ultimo episodio; richiesta valutazione al consultorio."),
    (NoteCategory.MEASURE,
     "Emesso ammonimento del Questore nei confronti del maltrattante."),
    (NoteCategory.MEASURE,
     "Disposto l'allontanamento dalla casa familiare con braccialetto elettronico."),
    (NoteCategory.CALL,
     "La signora chiede informazioni sull'ospitalità in casa rifugio; valutazione in corso."),
    (NoteCategory.OTHER,
     "Contatto con il Pronto Soccorso: referto per lesioni guaribili in 10 giorni (codice rosa)."),
]
NOTE_TEMPLATES = [text for _, text in DEMO_NOTES]
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


DEMO_NETWORK = "Rete antiviolenza del Casalasco (DEMO)"


def create_demo_vault(
    directory: Path, passphrase: str, cases: int = 60, *, network: bool = True
) -> tuple[Vault, str]:
    """Create and fill a demo anti-violence centre; returns the vault and its recovery key.

    With ``network`` the centre also coordinates a synthetic network directory (see
    :func:`join_demo_network`), so referrals and the laboratorio can be tried at once.
    """
    vault, recovery_key = Vault.create(
        directory,
        passphrase,
        office_name="Centro Antiviolenza Mia (DEMO)",
        office_kind="cav",
        operator_name="Sara Demo",
        operator_role="Operatrice",
    )
    fill_demo(vault, DemoSize(cases=cases))
    if network:
        join_demo_network(vault)
    return vault, recovery_key


def join_demo_network(vault: Vault) -> None:
    """Make this office coordinator of a directory listing the other demo offices.

    Their keys are generated here and thrown away: packets sent to them are real (signed and
    encrypted) but nobody can open them, which is what a demo should allow.
    """
    from rete_desktop.crypto.keys import OfficeKeys
    from rete_desktop.packets import directory, member_card
    from rete_desktop.storage.identity import Identity

    directory.create_directory(vault, DEMO_NETWORK)
    for office in offices.list_offices(vault):
        if not office.is_self:
            identity = Identity(office.id, office.name, office.kind, OfficeKeys.generate())
            directory.add_card(vault, member_card.read_card(member_card.export_card(identity)))


def fill_demo(vault: Vault, size: DemoSize, seed: int = 2017) -> None:
    """Add the network's offices and contacts, the sample protocols and ``size`` cases."""
    fake = Faker("it_IT")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    own_kind = load_identity(vault).kind
    for name, kind, phone in NETWORK:
        if kind is own_kind:  # this office is the network's CAV (or station, ...) itself
            continue
        office_id = offices.add_office(
            vault,
            name,
            kind.value,
            address=f"Via {fake.last_name()} {rng.randint(1, 80)}, {rng.choice(TOWNS[:3])}",
            phones=[phone],
            on_call_hours="lun–ven 9–17",
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
    insert_demo_cases(vault, size, fake, rng)  # the protocol pack is there from day one


def insert_demo_cases(vault: Vault, size: DemoSize, fake: Faker, rng: random.Random) -> None:
    """Bulk insert in batches of one transaction each (fast enough for 100k cases)."""
    today = date.today()
    batch = 500
    instrument = risk.get_instrument(vault)
    record_rng = random.Random(rng.random())  # its own stream: the cases stay as they were
    for start in range(0, size.cases, batch):
        with vault.transaction() as conn:
            for _ in range(start, min(start + batch, size.cases)):
                people, opened = _one_case(conn, vault, fake, rng, today, size.notes_per_case)
                demo_record.add_record(conn, record_rng, people, opened, today, instrument)
            vault.audit(AuditAction.DEMO_FILL, "vault", None,
                        {"cases": min(batch, size.cases - start)})


def _one_case(
    conn: object, vault: Vault, fake: Faker, rng: random.Random, today: date, n_notes: int
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
        legal_basis="consenso scritto",
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
    for i in range(n_notes):
        category, text = rng.choice(DEMO_NOTES)
        day = min(today, first + timedelta(days=i * rng.randint(1, 9)))
        created = f"{day}T{rng.randint(8, 18):02d}:00:00+00:00"
        insert_note(conn, new_id(), case_id, created, category, text, "demo", None)
    return people, opened
