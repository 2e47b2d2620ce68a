"""Sharing decisions on their true legal basis: consent is one basis, never the only one.

A station must report a minor at risk whether or not the mother agrees (art. 331 c.p.p.; art. 9
L. 184/1983); recording that as "consent" would make the vault say she agreed when she did
not. Each decision names its basis — consent (and how it was collected), legal obligation (and
the norm) or vital interest — with date, operator and reason, is audited and never changed.

Which basis allows sending the case to a kind of office (:func:`basis_for`): the newest decision
naming that kind, else the consent recorded with ``case consent`` (which is consent by nature).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from rete_desktop import events
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Case, SharingDecision
from rete_desktop.domain.vocabulary import OfficeKind, SharingBasis
from rete_desktop.errors import BadInput
from rete_desktop.i18n import translate
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.vault import Vault, new_id, now_utc

MAX_REASON = 4000
# The laboratorio distrettuale is not an office kind: a decision to bring the case there
# (pseudonymised) names this target instead.
LABORATORIO = "laboratorio"


def parse_kinds(text: str | Iterable[str]) -> tuple[str, ...]:
    """Office kinds (either language) or ``laboratorio``, comma separated; at least one."""
    words = [w.strip() for w in (text.split(",") if isinstance(text, str) else text)]
    kinds = [w if w.lower() == LABORATORIO else
             validation.choice("share_with", OfficeKind, w).value for w in words if w]
    if not kinds:
        raise BadInput("value.required", field="share_with")
    return tuple(dict.fromkeys(k.lower() for k in kinds))


def record_decision(
    vault: Vault, case_id: str, share_with: str | Iterable[str], basis: str, *, reason: str,
    norm: str | None = None, collected: str | None = None, decided_on: date | None = None,
) -> str:
    """Store a sharing decision; a legal obligation must name its norm, consent how it was
    collected, and every decision its reason."""
    real_case = resolve_case_id(vault, case_id)
    kinds = parse_kinds(share_with)
    chosen = validation.choice("basis", SharingBasis, basis)
    why = validation.required_text("reason", reason, MAX_REASON)
    law = validation.optional_text("norm", norm)
    how = validation.optional_text("collected", collected)
    if chosen is SharingBasis.LEGAL_OBLIGATION and not law:
        raise BadInput("sharing.norm_required")
    if chosen is SharingBasis.CONSENT and not how:
        raise BadInput("sharing.collected_required")
    if chosen is not SharingBasis.CONSENT and how:
        raise BadInput("sharing.collected_only_for_consent")
    decision_id = new_id()
    with vault.transaction() as conn:
        insert_decision(conn, decision_id, real_case, kinds, chosen, law, how, why,
                        decided_on or date.today(), vault.operator)
        vault.audit(AuditAction.CASE_SHARING, "case", real_case,
                    f"{chosen.value};{','.join(kinds)}")
        vault.announce(events.CaseChanged(real_case, "record"))
    return decision_id


def insert_decision(
    conn: Any, decision_id: str, case_id: str, kinds: Iterable[str], basis: SharingBasis,
    norm: str | None, collected: str | None, reason: str, decided_on: date, operator: str,
) -> None:
    conn.execute(
        "INSERT INTO sharing_decisions (id, case_id, share_with, basis, norm, collected, reason,"
        " decided_on, operator, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (decision_id, case_id, json.dumps(list(kinds)), basis.value, norm, collected, reason,
         decided_on.isoformat(), operator, now_utc()),
    )


@dataclass(frozen=True)
class Decision:
    """A stored decision; ``share_with`` may hold :data:`LABORATORIO` beside office kinds."""

    record: SharingDecision
    targets: tuple[str, ...]


def list_decisions(vault: Vault, case_id: str) -> list[Decision]:
    """A case's decisions, newest first."""
    rows = vault.query(
        "SELECT id, case_id, share_with, basis, reason, decided_on, operator, norm, collected"
        " FROM sharing_decisions WHERE case_id = ? ORDER BY decided_on DESC, created DESC,"
        " rowid DESC", (resolve_case_id(vault, case_id),))
    found = []
    for r in rows:
        targets = tuple(json.loads(r[2]))
        kinds = tuple(OfficeKind(t) for t in targets if t != LABORATORIO)
        found.append(Decision(SharingDecision(
            id=r[0], case_id=r[1], share_with=kinds, basis=SharingBasis(r[3]), reason=r[4],
            decided_on=date.fromisoformat(r[5]), operator=r[6], norm=r[7], collected=r[8],
        ), targets))
    return found


@dataclass(frozen=True)
class Basis:
    """What allows sending to a target: a recorded decision, or the case's consent record."""

    basis: SharingBasis
    decision: SharingDecision | None = None

    def to_json(self) -> dict[str, Any]:
        d = self.decision
        return {"basis": self.basis.value, "norm": d.norm if d else None,
                "collected": d.collected if d else None,
                "decided_on": d.decided_on.isoformat() if d else None,
                "reason": d.reason if d else None, "decision_id": d.id if d else None}


def detail(record: SharingDecision, lang: str | None = None) -> str:
    """What qualifies the basis, in brackets: the norm, how consent was collected, or that the
    norm is still to be given (a legal obligation carried over from the free text of an
    earlier version, migration 0017: the app never records one without its norm)."""
    if record.norm:
        return f" ({record.norm})"
    if record.collected:
        return f" ({record.collected})"
    if record.basis is SharingBasis.LEGAL_OBLIGATION:
        return f" ({translate('sharing.norm_missing', lang)})"
    return ""


def basis_for(case: Case, decisions: list[Decision], target: str) -> Basis | None:
    """The basis that allows sending ``case`` to ``target`` (an office kind value or
    :data:`LABORATORIO`), or None: the newest decision naming it, else the consent record."""
    for decision in decisions:
        if target in decision.targets:
            return Basis(decision.record.basis, decision.record)
    if target != LABORATORIO and case.consent.allows(OfficeKind(target)):
        return Basis(SharingBasis.CONSENT)
    return None


def allowed(vault: Vault, case: Case, target: str) -> Basis | None:
    return basis_for(case, list_decisions(vault, case.id), target)


def lab_basis(vault: Vault, case: Case) -> Basis | None:
    """The basis on which the case may go, pseudonymised, to the laboratorio: a decision naming
    it, else a recorded consent to share with the network's offices; None means it may not."""
    found = basis_for(case, list_decisions(vault, case.id), LABORATORIO)
    if found is None and case.consent.share_with:
        return Basis(SharingBasis.CONSENT)
    return found
