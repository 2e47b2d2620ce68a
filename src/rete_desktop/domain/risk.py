"""Risk instruments (data, not code) and the scoring of an assessment.

An instrument is a versioned JSON file (``resources/risk/*.json``, format in
docs/risk-instrument.md): items grouped by area, each with a question, help text and weight, and
scoring rules: the score is the sum of the weights of the items answered *yes*; thresholds map it
to low / medium / high; rules raise the level when certain answers are present (e.g. any
strangulation means high). *Unknown* counts as no for the score but never lowers anything, and the
number of unknown answers is kept with the result so the reader sees how complete it was.

The operator's professional judgement may raise the computed level; lowering it needs a written
reason (:func:`judged_level`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NoReturn

from rete_desktop.domain.vocabulary import RiskLevel
from rete_desktop.errors import BadInput

FORMAT = "rete-risk-instrument/1"
MAX_FILE_BYTES = 256 * 1024
MAX_ITEMS = 100
MAX_AREAS = 20
MAX_TEXT = 2000
LEVEL_ORDER = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Texts:
    """A text in Italian (required) and English (optional, falls back to Italian)."""

    it: str
    en: str = ""

    def get(self, lang: str) -> str:
        return (self.en or self.it) if lang == "en" else self.it

    def to_json(self) -> dict[str, str]:
        return {"it": self.it, "en": self.en}


@dataclass(frozen=True)
class Item:
    id: str
    area: str
    question: Texts
    help: Texts
    weight: int


@dataclass(frozen=True)
class Area:
    key: str
    title: Texts
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Rule:
    """If every item of ``yes_all`` (or any of ``yes_any``) is yes: at least ``at_least``."""

    yes_all: tuple[str, ...]
    yes_any: tuple[str, ...]
    at_least: RiskLevel

    def applies(self, answers: dict[str, Answer]) -> bool:
        def yes(item: str) -> bool:
            return answers.get(item) is Answer.YES

        if self.yes_all and not all(yes(i) for i in self.yes_all):
            return False
        return not self.yes_any or any(yes(i) for i in self.yes_any)


@dataclass(frozen=True)
class Instrument:
    key: str
    version: int
    title: Texts
    description: Texts
    areas: tuple[Area, ...]
    medium_from: int
    high_from: int
    rules: tuple[Rule, ...]
    body: str  # the canonical JSON it was read from (stored and published as is)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for area in self.areas for item in area.items)

    @property
    def max_score(self) -> int:
        return sum(i.weight for i in self.items)


@dataclass(frozen=True)
class Result:
    score: int
    level: RiskLevel
    unknown: int
    rules_applied: int


def at_least(a: RiskLevel, b: RiskLevel) -> RiskLevel:
    return max(a, b, key=LEVEL_ORDER.index)


def is_lower(a: RiskLevel, b: RiskLevel) -> bool:
    return LEVEL_ORDER.index(a) < LEVEL_ORDER.index(b)


def score(instrument: Instrument, answers: dict[str, Answer]) -> Result:
    """The score and computed level of a complete set of answers (see :func:`check_answers`)."""
    total = sum(i.weight for i in instrument.items if answers.get(i.id) is Answer.YES)
    level = (RiskLevel.HIGH if total >= instrument.high_from
             else RiskLevel.MEDIUM if total >= instrument.medium_from else RiskLevel.LOW)
    applied = [r for r in instrument.rules if r.applies(answers)]
    for rule in applied:
        level = at_least(level, rule.at_least)
    unknown = sum(1 for a in answers.values() if a is Answer.UNKNOWN)
    return Result(total, level, unknown, len(applied))


def check_answers(instrument: Instrument, answers: dict[str, str]) -> dict[str, Answer]:
    """Every item answered once with yes / no / unknown (Italian sì / no / non so accepted)."""
    known = {i.id for i in instrument.items}
    for item in answers:
        if item not in known:
            raise BadInput("risk.unknown_item", item=item, instrument=instrument.key)
    missing = [i.id for i in instrument.items if i.id not in answers]
    if missing:
        raise BadInput("risk.missing_answers", items=", ".join(missing))
    return {item: _answer(item, value) for item, value in answers.items()}


_ANSWER_ALIASES = {"si": "yes", "sì": "yes", "s": "yes", "y": "yes", "n": "no",
                   "non so": "unknown", "nonso": "unknown", "non-so": "unknown", "?": "unknown",
                   "ns": "unknown"}


def _answer(item: str, value: str) -> Answer:
    text = value.strip().lower()
    try:
        return Answer(_ANSWER_ALIASES.get(text, text))
    except ValueError:
        raise BadInput("risk.bad_answer", item=item, value=value) from None


def judged_level(computed: RiskLevel, wanted: RiskLevel | None, reason: str | None) -> RiskLevel:
    """The professional judgement: raising is free, lowering needs a written reason."""
    if wanted is None:
        return computed
    if is_lower(wanted, computed) and not (reason or "").strip():
        raise BadInput("risk.lowering_needs_reason", computed=computed.value, wanted=wanted.value)
    return wanted


# --- the file format ------------------------------------------------------------------------


def parse_instrument(data: bytes) -> Instrument:
    """Parse and validate an instrument file; any defect is a :class:`BadInput` with a reason."""
    if len(data) > MAX_FILE_BYTES:
        _invalid(f"file larger than {MAX_FILE_BYTES} bytes")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        _invalid(f"not JSON ({type(exc).__name__})")
    return instrument_from_json(doc)


def instrument_from_json(doc: Any) -> Instrument:
    if not isinstance(doc, dict):
        _invalid("the document must be an object")
    if doc.get("format") != FORMAT:
        _invalid(f"'format' must be '{FORMAT}'")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10_000:
        _invalid("'version' must be a positive integer")
    key = _key(doc.get("key"), "key")
    areas_doc = doc.get("areas")
    if not isinstance(areas_doc, list) or not 1 <= len(areas_doc) <= MAX_AREAS:
        _invalid(f"'areas' must be a list of 1 to {MAX_AREAS} areas")
    areas = tuple(_area(a) for a in areas_doc)
    items = [i for a in areas for i in a.items]
    if not 1 <= len(items) <= MAX_ITEMS:
        _invalid(f"an instrument has 1 to {MAX_ITEMS} items")
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids) or len({a.key for a in areas}) != len(areas):
        _invalid("item ids and area keys must be unique")
    scoring = doc.get("scoring")
    if not isinstance(scoring, dict) or not isinstance(scoring.get("thresholds"), dict):
        _invalid("'scoring' must have 'thresholds'")
    thresholds = scoring["thresholds"]
    medium, high = (_count(thresholds.get(k), f"thresholds.{k}") for k in ("medium", "high"))
    if not 0 < medium <= high:
        _invalid("thresholds must be 0 < medium <= high")
    rules_doc = scoring.get("rules", [])
    if not isinstance(rules_doc, list) or len(rules_doc) > MAX_ITEMS:
        _invalid("'rules' must be a list")
    rules = tuple(_rule(r, set(ids)) for r in rules_doc)
    return Instrument(
        key=key, version=version, title=_texts(doc.get("title"), "title"),
        description=_texts(doc.get("description"), "description", required=False),
        areas=areas, medium_from=medium, high_from=high, rules=rules,
        body=json.dumps(doc, ensure_ascii=False, sort_keys=True),
    )


def _area(doc: Any) -> Area:
    if not isinstance(doc, dict):
        _invalid("each area must be an object")
    key = _key(doc.get("key"), "area key")
    items_doc = doc.get("items")
    if not isinstance(items_doc, list) or not items_doc:
        _invalid(f"area {key}: 'items' must be a non-empty list")
    return Area(key, _texts(doc.get("title"), f"area {key} title"),
                tuple(_item(key, i) for i in items_doc))


def _item(area: str, doc: Any) -> Item:
    if not isinstance(doc, dict):
        _invalid(f"area {area}: each item must be an object")
    item_id = _key(doc.get("id"), "item id")
    weight = doc.get("weight")
    if not isinstance(weight, int) or isinstance(weight, bool) or not 0 <= weight <= 100:
        _invalid(f"item {item_id}: 'weight' must be a whole number from 0 to 100")
    return Item(item_id, area, _texts(doc.get("question"), f"item {item_id} question"),
                _texts(doc.get("help"), f"item {item_id} help", required=False), weight)


def _rule(doc: Any, ids: set[str]) -> Rule:
    if not isinstance(doc, dict):
        _invalid("each rule must be an object")
    lists = []
    for name in ("yes_all", "yes_any"):
        value = doc.get(name, [])
        if not isinstance(value, list) or any(i not in ids for i in value):
            _invalid(f"rule '{name}' must list item ids of this instrument")
        lists.append(tuple(value))
    if not lists[0] and not lists[1]:
        _invalid("a rule needs 'yes_all' or 'yes_any'")
    try:
        level = RiskLevel(str(doc.get("at_least")))
    except ValueError:
        _invalid("a rule's 'at_least' must be low, medium or high")
    return Rule(lists[0], lists[1], level)


def _texts(value: Any, where: str, *, required: bool = True) -> Texts:
    if value is None and not required:
        return Texts("")
    if not isinstance(value, dict) or not isinstance(value.get("it"), str):
        _invalid(f"{where}: must be an object with an Italian text 'it'")
    en = value.get("en", "")
    if not isinstance(en, str) or len(value["it"]) > MAX_TEXT or len(en) > MAX_TEXT:
        _invalid(f"{where}: texts must be at most {MAX_TEXT} characters")
    if required and not value["it"].strip():
        _invalid(f"{where}: the Italian text is empty")
    return Texts(value["it"].strip(), en.strip())


def _key(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 80 or not all(
        c.isascii() and (c.isalnum() or c in "-_") for c in value
    ):
        _invalid(f"{where}: letters, digits, '-' or '_' (1 to 80)")
    return value


def _count(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10_000:
        _invalid(f"'{where}' must be a whole number")
    return value


def _invalid(reason: str) -> NoReturn:
    raise BadInput("risk.instrument_invalid", reason=reason)
