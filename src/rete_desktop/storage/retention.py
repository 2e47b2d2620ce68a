"""Retention (GDPR art. 5(1)(e)): how long cases are kept before someone must review them.

The policy gives, per case status, the number of years after which a case is due for review:
closed cases counted from the closing date, open and monitored ones from their last change (a
forgotten file). ``None`` means "never due". Review is a human decision: the list only says
which cases to look at; erasure is a separate, explicit step (:mod:`erasure`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.vocabulary import CaseStatus
from rete_desktop.errors import BadInput
from rete_desktop.storage.vault import Vault

META_KEY = "retention_policy"
MAX_YEARS = 100


@dataclass(frozen=True)
class RetentionPolicy:
    closed_years: int | None = 5
    monitoring_years: int | None = None
    open_years: int | None = None

    def years_for(self, status: CaseStatus) -> int | None:
        return {
            CaseStatus.CLOSED: self.closed_years,
            CaseStatus.MONITORING: self.monitoring_years,
            CaseStatus.OPEN: self.open_years,
        }[status]

    def as_json(self) -> dict[str, int | None]:
        return {"closed": self.closed_years, "monitoring": self.monitoring_years,
                "open": self.open_years}

    @classmethod
    def from_json(cls, doc: dict[str, int | None]) -> RetentionPolicy:
        return cls(
            closed_years=_years(doc.get("closed")), monitoring_years=_years(doc.get("monitoring")),
            open_years=_years(doc.get("open")),
        )


def _years(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_YEARS:
        raise BadInput("retention.bad_years", value=str(value), max=MAX_YEARS)
    return value


@dataclass(frozen=True)
class ReviewItem:
    case_id: str
    reference: str
    status: CaseStatus
    since: date  # closing date, or last change for open/monitored cases
    due_on: date


def get_policy(vault: Vault) -> RetentionPolicy:
    doc = vault.get_json_meta(META_KEY)
    return RetentionPolicy() if doc is None else RetentionPolicy.from_json(doc)


def set_policy(vault: Vault, policy: RetentionPolicy) -> None:
    RetentionPolicy.from_json(policy.as_json())  # validate before storing
    with vault.transaction():
        vault.set_meta(META_KEY, json.dumps(policy.as_json()))
        vault.audit(AuditAction.RETENTION_POLICY, "vault", None, json.dumps(policy.as_json()))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def review_list(vault: Vault, today: date | None = None) -> list[ReviewItem]:
    """Cases whose retention period has run out on ``today``, oldest first."""
    today = today or date.today()
    policy = get_policy(vault)
    items = []
    for case_id, reference, status, closed_on, updated in vault.query(
        "SELECT id, reference, status, closed_on, updated FROM cases"
    ):
        case_status = CaseStatus(status)
        years = policy.years_for(case_status)
        if years is None:
            continue
        since = (
            date.fromisoformat(closed_on) if case_status is CaseStatus.CLOSED and closed_on
            else datetime.fromisoformat(updated).date()
        )
        due_on = add_years(since, years)
        if due_on <= today:
            items.append(ReviewItem(case_id, reference, case_status, since, due_on))
    return sorted(items, key=lambda i: (i.due_on, i.reference))
