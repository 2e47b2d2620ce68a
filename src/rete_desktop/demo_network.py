"""The demo centre's month in the network: referrals sent and received with their receipts, a
laboratorio meeting with agenda and minutes, the handbook's profile and prevention actions.

The other offices are real throw-away vaults (synthetic data, a random passphrase, a cheap key
derivation since nobody ever opens them again) in a temporary folder: every packet is really
signed, encrypted, checked and filed, as between real offices. Their people have obviously
fictional names ("Esempio", "Prova"). The register rows are then spread over the past weeks, so
the register reads like a month of work (one referral still waits for its receipt, overdue).
"""

from __future__ import annotations

import contextlib
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from rete_desktop.domain.records import Consent
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.storage import keyslots
from rete_desktop.storage.identity import load_identity
from rete_desktop.storage.vault import Vault

DEMO_NETWORK = "Rete antiviolenza del Casalasco (DEMO)"
# Nobody opens a peer vault again: the cheapest cost Argon2 allows keeps the demo quick.
_THROWAWAY_KDF = keyslots.KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
PEER_KINDS = (OfficeKind.CARABINIERI, OfficeKind.SOCIAL_SERVICES, OfficeKind.CONSULTORIO)
# Who writes at each peer office (fictional), and what its first note of a case says.
_PEER_DESK = {
    OfficeKind.CARABINIERI: ("Mar. Bruno Esempio", "Maresciallo",
                             "{name} ha presentato querela in caserma e chiede di essere messa "
                             "in contatto con il centro antiviolenza."),
    OfficeKind.SOCIAL_SERVICES: ("Giovanna Prova", "Assistente sociale",
                                 "Colloquio con {name} in Comune: riferisce violenza "
                                 "psicologica ed economica; accetta l'invio al centro."),
    OfficeKind.CONSULTORIO: ("Elisa Fittizia", "Psicologa",
                             "{name} si è rivolta al consultorio per i figli; emersa violenza "
                             "in famiglia."),
}


@dataclass(frozen=True)
class Peers:
    """The other offices' open vaults, by kind."""

    vaults: dict[OfficeKind, Vault]

    def office_ids(self) -> dict[OfficeKind, str]:
        return {kind: load_identity(v).office_id for kind, v in self.vaults.items()}


@contextlib.contextmanager
def peer_offices(names: dict[OfficeKind, str], own_kind: OfficeKind) -> Iterator[Peers]:
    """Throw-away vaults for the network's other offices (not this office's own kind)."""
    with tempfile.TemporaryDirectory(prefix="rete-demo-") as tmp:
        vaults: dict[OfficeKind, Vault] = {}
        try:
            for kind in PEER_KINDS:
                if kind is not own_kind:
                    operator, role, _ = _PEER_DESK[kind]
                    vaults[kind], _ = Vault.create(
                        Path(tmp) / kind.value, secrets.token_urlsafe(24),
                        office_name=names[kind], office_kind=kind.value, kdf=_THROWAWAY_KDF,
                        operator_name=operator, operator_role=role)
            yield Peers(vaults)
        finally:
            for vault in vaults.values():
                vault.close()


def join_network(vault: Vault, peers: Peers) -> None:
    """This office coordinates the directory; every peer holds the published copy."""
    from rete_desktop.handbook import sections
    from rete_desktop.packets import directory, member_card

    directory.create_directory(vault, DEMO_NETWORK)
    for peer in peers.vaults.values():
        directory.add_card(vault, member_card.read_card(
            member_card.export_card(load_identity(peer))))
    _handbook(vault)
    published = sections.publish_directory(vault)
    for peer in peers.vaults.values():
        sections.import_directory(peer, published, pin_confirmed=True)


def _handbook(vault: Vault) -> None:
    """This office's profile and the network's prevention actions for the coming weeks."""
    from rete_desktop.handbook import prevention, profiles

    profiles.edit_own_profile(
        vault, functions="Accoglienza, ascolto e accompagnamento delle donne; casa rifugio.",
        limits="Interviene solo con il consenso della donna.", hours="lun–ven 9–17",
        emergency="Reperibilità 24 ore: 333 0000000", languages="italiano, inglese, arabo",
        reference_person="Dott.ssa Esempio (coordinatrice)",
        capabilities=["h24", "shelter", "mediators"])
    own = load_identity(vault).office_id
    today = date.today()
    for title, kind, days, place in (
            ("Incontro con le classi quarte del liceo", "school_talk", 12,
             "Liceo di Casalmaggiore"),
            ("Formazione congiunta su Codice Rosso", "training", 40, "Sala consiliare"),
            ("Panchina rossa e volantinaggio per il 25 novembre", "campaign", -6, "Piazza"),
    ):
        prevention.add_action(vault, title, kind, today + timedelta(days=days), owners=[own],
                              place=place)


def _peer_case(peer: Vault, kind: OfficeKind, title: str, victim: str, child: str | None, *,
               lab: bool) -> str:
    """A case at a peer office whose consent lets it reach the CAV (and the laboratorio)."""
    from rete_desktop.storage import cases, notes, sharing

    today = date.today()
    case_id = cases.create_case(peer, title, risk="high", opened_on=today - timedelta(days=20))
    cases.add_person(peer, case_id, "victim", victim, birth_year=today.year - 38)
    cases.add_person(peer, case_id, "offender", f"Mario {victim.split()[-1]}",
                     birth_year=today.year - 42)
    if child is not None:
        cases.add_person(peer, case_id, "child", child, birth_year=today.year - 9,
                         exposure="witnessed")
    cases.set_consent(peer, case_id, Consent(
        share_with=(OfficeKind.CAV,), include_notes=True, recorded_on=today - timedelta(days=20)))
    notes.add_note(peer, case_id, _PEER_DESK[kind][2].format(name=victim.split()[0]))
    if lab:
        sharing.record_decision(peer, case_id, "laboratorio", "consent",
                                collected="scritto, firmato", reason="Chiede il confronto in rete.")
    return case_id


def _backdate(vault: Vault, packet_id: str, days: float) -> None:
    """Date a register row ``days`` ago: the month's story, told in one go."""
    when = (datetime.now(UTC) - timedelta(days=days)).replace(microsecond=0).isoformat()
    with vault.transaction() as conn:
        conn.execute("UPDATE packet_register SET created = ?, recorded = ? WHERE packet_id = ?",
                     (when, when, packet_id))


def referrals(vault: Vault, peers: Peers, own_cases: list[str]) -> None:
    """Two referrals received (one acknowledged, one waiting for this office's receipt) and up
    to three sent (two acknowledged by their recipient, one still without a receipt)."""
    from rete_desktop.packets import receipts, referral

    me = load_identity(vault).office_id
    received = [
        (OfficeKind.CARABINIERI, "Querela per maltrattamenti — Lucia Esempio", "Lucia Esempio",
         "Tommaso Esempio", 12.0, True),
        (OfficeKind.SOCIAL_SERVICES, "Segnalazione — Carla Prova", "Carla Prova", None, 0.5,
         False),
    ]
    for kind, title, victim, child, days, acknowledge in received:
        peer = peers.vaults.get(kind)
        if peer is None:
            continue
        case_id = _peer_case(peer, kind, title, victim, child, lab=False)
        sealed, _ = referral.export_referral(
            peer, case_id, [me], notes_choice=referral.NoteChoice("all"),
            reason="Maltrattamenti in famiglia; la signora chiede sostegno e ospitalità.",
            requested_action="Primo colloquio e valutazione del rischio entro 3 giorni.")
        filed = referral.import_referral(vault, sealed.data)
        if filed.case_id is not None:
            _take_charge(vault, filed.case_id, days)
        if acknowledge:
            receipts.import_receipt(peer, receipts.make_receipt(vault, sealed.packet_id).data)
        _backdate(vault, sealed.packet_id, days)
    ids = {kind: load_identity(v).office_id for kind, v in peers.vaults.items()}
    sent_days = iter([(20.0, True), (9.0, True), (4.0, False)])
    for case_id in own_cases:
        to = _consented_peer(vault, case_id, peers)
        if to is None:
            continue
        days, acknowledged = next(sent_days, (0.0, False))
        if not days:
            break
        sealed, _ = referral.export_referral(
            vault, case_id, [ids[to]],
            reason="Presa in carico condivisa: violenza psicologica ed economica, figli minori.",
            requested_action="Colloquio congiunto e attivazione dei servizi entro 10 giorni.")
        peer = peers.vaults[to]
        referral.import_referral(peer, sealed.data)
        if acknowledged:
            receipts.import_receipt(vault, receipts.make_receipt(peer, sealed.packet_id).data)
        _backdate(vault, sealed.packet_id, days)


def _take_charge(vault: Vault, case_id: str, days_ago: float) -> None:
    """A high-risk referral: the centre applies the shelter protocol the day it arrives and
    has done what fell due more than two days ago."""
    from rete_desktop.storage import protocols

    today = date.today()
    protocols.apply_protocol(vault, case_id, "alto-rischio-ospitalita",
                             today - timedelta(days=int(days_ago)))
    for task in protocols.list_tasks(vault, case_id=case_id, open_only=True):
        if task.due is not None and task.due < today - timedelta(days=2):
            protocols.set_task_done(vault, task.id)


def _consented_peer(vault: Vault, case_id: str, peers: Peers) -> OfficeKind | None:
    from rete_desktop.storage import cases

    consent = cases.get_case(vault, case_id, audit_read=False).consent
    return next((k for k in peers.vaults if k in consent.share_with), None)


def laboratorio(vault: Vault, peers: Peers, own_case: str | None) -> None:
    """Last week's meeting: two offices' cases discussed (agenda sent, presence, decisions,
    actions, minutes sent); one of the centre's own cases waits for the next agenda."""
    from rete_desktop.lab import chair as lab_chair
    from rete_desktop.lab import exchange, items

    chair = load_identity(vault).office_id
    senders = [(OfficeKind.CARABINIERI, "Valutare il braccialetto elettronico e la casa "
                "rifugio.", "Anna Fittizi", "Luca Fittizi"),
               (OfficeKind.SOCIAL_SERVICES, "Coordinare il sostegno scolastico ai due figli.",
                "Marta Prova", "Sara Prova")]
    for kind, request, victim, child in senders:
        peer = peers.vaults.get(kind)
        if peer is not None:
            case_id = _peer_case(peer, kind, "Caso per il laboratorio", victim, child, lab=True)
            exchange.import_lab_packet(vault, exchange.send_item(peer, case_id, chair,
                                                                 request).data)
    ids = [load_identity(v).office_id for v in peers.vaults.values()]
    if not items.pending_items(vault) or not ids:
        return
    meeting_id = lab_chair.create_agenda(vault, date.today() - timedelta(days=6), ids)
    agenda, _ = exchange.send_agenda(vault, meeting_id, ids)
    for peer in peers.vaults.values():
        exchange.import_lab_packet(peer, agenda.data)
    lab_chair.set_present(vault, meeting_id, ids[:2])
    discussed = [i.id for i in items.items_of_meeting(vault, meeting_id)]
    lab_chair.add_decision(vault, meeting_id, "Attivare la casa rifugio entro la settimana.",
                         discussed[0])
    lab_chair.add_action(vault, meeting_id, "Richiedere il braccialetto elettronico", ids[0],
                       date.today() + timedelta(days=10), discussed[0])
    if len(discussed) > 1:
        lab_chair.add_decision(vault, meeting_id, "Incontro con la scuola dei figli.", discussed[1])
        lab_chair.add_action(vault, meeting_id, "Convocare la rete scolastica", ids[-1],
                           date.today() - timedelta(days=1), discussed[1])
    lab_chair.add_action(vault, meeting_id, "Aggiornare il protocollo di rete", chair, None)
    minutes, _ = exchange.send_minutes(vault, meeting_id, ids)
    for peer in peers.vaults.values():
        exchange.import_lab_packet(peer, minutes.data)
    if own_case is not None:
        items.queue_own_item(vault, own_case, "Progetto di autonomia abitativa.")
