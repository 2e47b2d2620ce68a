"""The chair's links between laboratorio items of different offices that are the same family.

Two offices that referred the woman to each other share a random code in their items, and the
chair sees the match by itself (:func:`items.same_case`). When no referral passed between them
(she went to the station and, separately, to the centre), only the people at the meeting can
tell, from what the items say; the chair then links the two items by their ids. The link is
never computed from a name or a codice fiscale (the chair has neither), carries a reason that
stays in the audit log (so it is screened like a release reason: no names, phones, e-mail
addresses, codici fiscali or street addresses), and is undone with :func:`unlink`.
"""

from __future__ import annotations

from dataclasses import dataclass

from rete_desktop.domain import validation
from rete_desktop.domain.access_scope import MAX_REASON, check_reason
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.storage.vault import Vault, now_utc


@dataclass(frozen=True)
class Link:
    """Two items (smaller id first) the chair recorded as the same case, and why."""

    item_a: str
    item_b: str
    reason: str


def _pair(vault: Vault, first: str, second: str) -> tuple[str, str]:
    """The two received items, smaller id first; refused unless they are two items of two
    different offices that this office received as chair."""
    a, b = sorted((first.strip(), second.strip()))
    if a == b:
        raise BadInput("lab.link_same_item")
    senders = dict(vault.query(
        "SELECT id, sender_office_id FROM lab_items WHERE id IN (?, ?) AND received IS NOT NULL",
        (a, b)))
    for item in (a, b):
        if item not in senders:
            raise NotFound("lab.link_item_not_found", id=item)
    if senders[a] == senders[b]:
        raise BadInput("lab.link_same_office")
    return a, b


def link(vault: Vault, first: str, second: str, reason: str) -> Link:
    """Record that two items of different offices are the same family (audited)."""
    a, b = _pair(vault, first, second)
    why = validation.required_text("reason", " ".join(reason.split()), MAX_REASON)
    check_reason(why, ())
    with vault.transaction() as conn:
        if conn.execute("SELECT 1 FROM lab_item_links WHERE item_a = ? AND item_b = ?",
                        (a, b)).fetchone():
            raise BadInput("lab.already_linked", a=a, b=b)
        conn.execute("INSERT INTO lab_item_links (item_a, item_b, reason, operator, created)"
                     " VALUES (?, ?, ?, ?, ?)", (a, b, why, vault.operator, now_utc()))
        vault.audit(AuditAction.LAB_LINK, "lab_item", a, {"with": b, "reason": why})
    return Link(a, b, why)


def unlink(vault: Vault, first: str, second: str) -> None:
    """Remove a link recorded with :func:`link` (audited); the items stay as they were."""
    a, b = sorted((first.strip(), second.strip()))
    with vault.transaction() as conn:
        if not conn.execute("DELETE FROM lab_item_links WHERE item_a = ? AND item_b = ?",
                            (a, b)).rowcount:
            raise NotFound("lab.not_linked", a=a, b=b)
        vault.audit(AuditAction.LAB_UNLINK, "lab_item", a, {"with": b})


def list_links(vault: Vault) -> list[Link]:
    """Every link the chair recorded, oldest first."""
    return [Link(*r) for r in vault.query(
        "SELECT item_a, item_b, reason FROM lab_item_links ORDER BY created, item_a")]


def linked_pairs(vault: Vault) -> frozenset[frozenset[str]]:
    """The linked pairs, for :func:`items.same_case`."""
    return frozenset(frozenset((link.item_a, link.item_b)) for link in list_links(vault))
