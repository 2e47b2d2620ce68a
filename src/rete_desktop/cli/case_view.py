"""How ``rete case show`` prints a case's structured record, its consent and its
sharing decisions (words shared with ``case basis``)."""

from __future__ import annotations

from typing import Any

from rete_desktop.cli.render import consent_words, label, plain
from rete_desktop.domain.records import Case, Consent, Person
from rete_desktop.domain.vocabulary import OfficeKind, SharingBasis
from rete_desktop.i18n import translate
from rete_desktop.storage import case_record, risk, sharing
from rete_desktop.storage.vault import Vault


def consent_line(consent: Consent, decisions: bool = False) -> str:
    """Who may receive the case and with what, as recorded (or that nothing was); with
    sharing decisions on other bases the case may still be sent, so it does not say otherwise."""
    if consent.recorded_on is None and not consent.share_with:
        return translate("records.consent_none_see_basis" if decisions
                         else "records.consent_none")
    text = translate("records.consent", date=consent.recorded_on.isoformat()
                     if consent.recorded_on else "-", **consent_words(consent))
    if consent.legal_basis:
        text += " " + translate("records.consent_legal_basis", basis=consent.legal_basis)
    return text


def target_words(targets: tuple[str, ...]) -> str:
    return ", ".join(translate("sharing.laboratorio") if t == sharing.LABORATORIO
                     else label(OfficeKind(t)) for t in targets)


def basis_words(basis: SharingBasis, norm: str | None = None) -> str:
    return label(basis) + (f" ({norm})" if norm else "")


def record_data(vault: Vault, case: Case) -> dict[str, Any]:
    """The structured record for ``case show --json``."""
    record = case_record.load(vault, case.id)
    latest = risk.latest(vault, case.id)
    return {
        "assessment": plain(latest) if latest else None,
        "relations": plain(record.relations),
        "violence": plain(record.forms),
        "measures": plain(record.measures),
        "services": plain(record.services),
        "sharing": [{**plain(d.record), "share_with": list(d.targets)}
                    for d in sharing.list_decisions(vault, case.id)],
    }


def record_lines(vault: Vault, case: Case, persons: list[Person]) -> list[str]:
    """The structured record as lines of ``case show`` (names, not ids, for relations)."""
    names = {p.id: p.name for p in persons}
    record = case_record.load(vault, case.id)
    lines = []
    latest = risk.latest(vault, case.id)
    if latest:
        lines.append(f"  {translate('field.risk_assessment')}: {latest.assessed_on.isoformat()}"
                     f" {label(latest.level)} ({latest.score}, {latest.instrument_key}@"
                     f"{latest.instrument_version})")
    if case.access_source:
        lines.append(f"  {translate('field.access_source')}: {label(case.access_source)}")
    lines += [f"  ↔ {names.get(r.person_id, r.person_id)} — {label(r.relation)} → "
              f"{names.get(r.to_person_id, r.to_person_id)}" for r in record.relations]
    if record.forms:
        lines.append(f"  {translate('field.violence')}: " + ", ".join(
            label(f.form) + (f" ({_span(f.since, f.until)})" if f.since or f.until else "")
            for f in record.forms))
    lines += [f"  ⚖ {m.on_date.isoformat()} {label(m.kind)}" + (f": {m.detail}" if m.detail
                                                               else "")
              for m in record.measures]
    lines += [f"  ✚ {label(s.kind)} {_span(s.start_on, s.end_on)}".rstrip()
              + (f" (+{s.children})" if s.children else "") for s in record.services]
    for d in sharing.list_decisions(vault, case.id):
        r = d.record
        lines.append("  ⇄ " + translate("sharing.line", date=r.decided_on.isoformat(),
                                        targets=target_words(d.targets), basis=label(r.basis),
                                        detail=sharing.detail(r), operator=r.operator,
                                        reason=r.reason))
    return lines


def _span(start: Any, end: Any) -> str:
    if not start and not end:
        return ""
    return f"{start.isoformat() if start else '…'} → {end.isoformat() if end else '…'}"
