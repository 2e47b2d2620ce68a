"""Who to call: which offices can act in a situation, and how to reach them.

The rules are data (``resources/who-to-call.json``): each situation lists rules matching offices
by kind and/or by a capability their own profile claims, with the reason to call them and the
profile fields to show. This module only evaluates them against the offices this vault knows.
National numbers come before every office where they are the first call (112 in immediate
danger and at night, 114 for children), after them otherwise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput
from rete_desktop.handbook.network import NetworkOffice, network_offices
from rete_desktop.handbook.profiles import CAPABILITIES, LIST_FIELDS, TEXT_FIELDS
from rete_desktop.i18n import LANGUAGES, current_language
from rete_desktop.resources import resource_path
from rete_desktop.storage.vault import Vault

FORMAT = "rete-who-to-call/1"
REACH_FIELDS = frozenset({*TEXT_FIELDS, *LIST_FIELDS, "hours", "address"}) - {"capabilities"}


@dataclass(frozen=True)
class Rule:
    kinds: frozenset[OfficeKind]
    capability: str | None
    reach: tuple[str, ...]
    why: dict[str, str]

    def matches(self, office: NetworkOffice) -> bool:
        if self.kinds and office.office.kind not in self.kinds:
            return False
        claimed = office.profile.capabilities if office.profile else ()
        return self.capability is None or self.capability in claimed


@dataclass(frozen=True)
class Situation:
    key: str
    label: dict[str, str]
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Helpline:
    number: str
    name: dict[str, str]
    note: dict[str, str]
    first: frozenset[str] = frozenset()  # situations where it is called before any office


@dataclass(frozen=True)
class Rules:
    situations: dict[str, Situation]
    helplines: tuple[Helpline, ...]


@dataclass(frozen=True)
class Match:
    office: NetworkOffice
    reasons: tuple[tuple[str, str], ...]  # (situation key, why) in the asked language
    reach: tuple[tuple[str, str], ...]  # (profile field, value), non-empty values only


@dataclass(frozen=True)
class Answer:
    situations: tuple[str, ...]
    matches: tuple[Match, ...]
    uncovered: tuple[str, ...]  # situations no known office can act on
    first: tuple[Helpline, ...]  # to call before any office (112 in danger, 114 for minors)
    then: tuple[Helpline, ...]  # always available, after the offices


def _texts(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(value.get(lang), str)
                                              for lang in LANGUAGES):
        raise BadInput("handbook.rules_invalid", reason=f"{where}: needs text in {LANGUAGES}")
    return {lang: value[lang] for lang in LANGUAGES}


def _rule(doc: Any, where: str) -> Rule:
    if not isinstance(doc, dict):
        raise BadInput("handbook.rules_invalid", reason=f"{where}: not an object")
    try:
        kinds = frozenset(OfficeKind(k) for k in doc.get("kinds", []))
    except (ValueError, TypeError):
        raise BadInput("handbook.rules_invalid", reason=f"{where}: unknown office kind") from None
    capability = doc.get("capability")
    if capability is not None and capability not in CAPABILITIES:
        raise BadInput("handbook.rules_invalid", reason=f"{where}: unknown capability")
    if not kinds and capability is None:
        raise BadInput("handbook.rules_invalid", reason=f"{where}: needs kinds or capability")
    reach = doc.get("reach")
    if not isinstance(reach, list) or not reach or not set(reach) <= REACH_FIELDS:
        raise BadInput("handbook.rules_invalid", reason=f"{where}: 'reach' must name fields")
    return Rule(kinds, capability, tuple(reach), _texts(doc.get("why"), where))


def parse_rules(doc: Any) -> Rules:
    """Validate a ``rete-who-to-call/1`` document."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BadInput("handbook.rules_invalid", reason=f"'format' must be '{FORMAT}'")
    raw = doc.get("situations")
    if not isinstance(raw, dict) or not raw:
        raise BadInput("handbook.rules_invalid", reason="'situations' must be an object")
    situations = {}
    for key, item in raw.items():
        rules = item.get("rules") if isinstance(item, dict) else None
        if not isinstance(rules, list) or not rules:
            raise BadInput("handbook.rules_invalid", reason=f"{key}: 'rules' must be a list")
        situations[key] = Situation(
            key, _texts(item.get("label"), key),
            tuple(_rule(r, f"{key}[{i}]") for i, r in enumerate(rules)),
        )
    helplines = tuple(_helpline(h, situations) for h in doc.get("helplines", [])
                      if isinstance(h, dict) and "number" in h)
    return Rules(situations, helplines)


def _helpline(doc: dict[str, Any], situations: dict[str, Situation]) -> Helpline:
    first = doc.get("first", [])
    if not isinstance(first, list) or not set(first) <= set(situations):
        raise BadInput("handbook.rules_invalid",
                       reason=f"helpline {doc['number']}: 'first' must name situations")
    return Helpline(str(doc["number"]), _texts(doc.get("name"), "helpline"),
                    _texts(doc.get("note"), "helpline"), frozenset(first))


@cache
def shipped_rules() -> Rules:
    return parse_rules(json.loads(resource_path("who-to-call.json").read_text("utf-8")))


def parse_situations(text: str, rules: Rules | None = None) -> tuple[str, ...]:
    """``"night,minors"`` → ("night", "minors"); unknown names are a BadInput listing the known."""
    known = (rules or shipped_rules()).situations
    wanted = tuple(dict.fromkeys(s.strip().lower() for s in text.split(",") if s.strip()))
    for name in wanted:
        if name not in known:
            raise BadInput("value.invalid_choice", field="situation", value=name,
                           allowed=", ".join(known))
    if not wanted:
        raise BadInput("value.required", field="situation")
    return wanted


def evaluate(
    rules: Rules, offices: list[NetworkOffice], situations: tuple[str, ...], lang: str,
) -> Answer:
    """Offices that can act, those covering more of the situations first, then by rule order."""
    found: dict[str, tuple[list[tuple[str, str]], list[str], int]] = {}
    for situation_key in situations:
        situation = rules.situations[situation_key]
        for position, rule in enumerate(situation.rules):
            for office in offices:
                if not rule.matches(office):
                    continue
                reasons, reach, best = found.setdefault(office.id, ([], [], position))
                if situation_key not in (s for s, _ in reasons):
                    reasons.append((situation_key, rule.why[lang]))
                reach.extend(f for f in rule.reach if f not in reach)
                found[office.id] = (reasons, reach, min(best, position))
    by_id = {o.id: o for o in offices}
    matches = [
        Match(
            by_id[oid], tuple(reasons),
            tuple((f, by_id[oid].field(f)) for f in reach if by_id[oid].field(f)),
        )
        for oid, (reasons, reach, _) in found.items()
    ]
    matches.sort(key=lambda m: (-len(m.reasons), found[m.office.id][2], m.office.name.casefold()))
    covered = {s for m in matches for s, _ in m.reasons}
    first = tuple(h for h in rules.helplines if h.first & set(situations))
    return Answer(
        situations, tuple(matches), tuple(s for s in situations if s not in covered),
        first, tuple(h for h in rules.helplines if h not in first),
    )


def who_to_call(vault: Vault, situations: tuple[str, ...], lang: str | None = None) -> Answer:
    """:func:`evaluate` with the shipped rules and the offices this vault knows."""
    return evaluate(shipped_rules(), network_offices(vault), situations,
                    lang or current_language())
