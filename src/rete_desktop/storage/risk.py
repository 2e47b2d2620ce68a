"""Risk instruments held by the office and the assessments made with them.

Instruments are versioned like protocols: shipped ones are installed when a vault is created
(or the app brings a newer version), the coordinator publishes them with the directory, and a
stored version is never changed, so an old assessment can always be read with its own version.
An assessment is append-only (SQL triggers too); the case's risk is the latest assessment's
level. The first assessment that comes out high applies the high-risk protocol to the case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from rete_desktop import events
from rete_desktop.domain import risk as rules
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.records import Assessment
from rete_desktop.domain.vocabulary import RiskLevel
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.storage import protocols
from rete_desktop.storage.cases import resolve_case_id
from rete_desktop.storage.vault import Vault, new_id, now_utc

DEFAULT_INSTRUMENT = "rete-rischio-ipv"
HIGH_RISK_PROTOCOL = "alto-rischio-ospitalita"
MAX_REASON = 4000


def import_instrument(vault: Vault, data: bytes) -> str:
    """Validate and store an instrument file (the same file twice returns the stored id)."""
    instrument = rules.parse_instrument(data)
    row = vault.query_one(
        "SELECT id, body FROM risk_instruments WHERE key = ? AND version = ?",
        (instrument.key, instrument.version),
    )
    if row is not None:
        if row[1] == instrument.body:
            return str(row[0])
        raise BadInput("risk.version_exists", key=instrument.key, version=instrument.version)
    with vault.transaction():
        return _insert(vault, instrument)


def _insert(vault: Vault, instrument: rules.Instrument) -> str:
    instrument_id = new_id()
    vault.conn.execute(
        "INSERT INTO risk_instruments (id, key, version, title, body, imported)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (instrument_id, instrument.key, instrument.version, instrument.title.it,
         instrument.body, now_utc()),
    )
    vault.audit(AuditAction.RISK_INSTRUMENT_IMPORT, "risk_instrument", instrument_id,
                f"{instrument.key}@{instrument.version}")
    return instrument_id


def store_if_newer(vault: Vault, doc: Any) -> bool:
    """Store an instrument (shipped or from the directory) if newer; inside a transaction."""
    instrument = rules.instrument_from_json(doc)
    row = vault.query_one(
        "SELECT max(version) FROM risk_instruments WHERE key = ?", (instrument.key,)
    )
    if row is not None and row[0] is not None and instrument.version <= int(row[0]):
        return False
    _insert(vault, instrument)
    return True


def list_instruments(vault: Vault) -> list[rules.Instrument]:
    """Every stored version, newest first within a key."""
    rows = vault.query("SELECT body FROM risk_instruments ORDER BY key, version DESC")
    return [rules.instrument_from_json(json.loads(r[0])) for r in rows]


def latest_instruments(vault: Vault) -> list[dict[str, Any]]:
    """The newest version of every instrument, as documents for the directory section."""
    rows = vault.query(
        "SELECT i.body FROM risk_instruments i WHERE i.version ="
        " (SELECT max(j.version) FROM risk_instruments j WHERE j.key = i.key) ORDER BY i.key"
    )
    return [json.loads(r[0]) for r in rows]


def get_instrument(vault: Vault, key: str | None = None, version: int | None = None
                   ) -> rules.Instrument:
    """An instrument by key (default: the shipped one), the given version or the newest."""
    wanted = key or DEFAULT_INSTRUMENT
    row = vault.query_one(
        "SELECT body FROM risk_instruments WHERE key = ?"
        + (" AND version = ?" if version is not None else "")
        + " ORDER BY version DESC LIMIT 1",
        (wanted, version) if version is not None else (wanted,),
    )
    if row is None:
        raise NotFound("risk.instrument_not_found", id=wanted)
    return rules.instrument_from_json(json.loads(row[0]))


# --- assessments ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What an assessment gave: the stored record and, for a first high result, the tasks
    the high-risk protocol created (empty when it was applied before or is not installed)."""

    assessment: Assessment
    protocol_tasks: tuple[str, ...]
    protocol_missing: bool = False

    @property
    def protocol_applied(self) -> bool:
        return bool(self.protocol_tasks)


def assess(
    vault: Vault, case_id: str, answers: dict[str, str], *, instrument_key: str | None = None,
    level: str | None = None, reason: str | None = None, assessed_on: date | None = None,
) -> Outcome:
    """Record a dated assessment; the case's risk becomes its level in the same transaction."""
    real_case = resolve_case_id(vault, case_id)
    instrument = get_instrument(vault, instrument_key)
    checked = rules.check_answers(instrument, answers)
    result = rules.score(instrument, checked)
    wanted = validation.choice("level", RiskLevel, level) if level else None
    why = validation.optional_text("reason", reason, MAX_REASON)
    final = rules.judged_level(result.level, wanted, why)
    day = assessed_on or date.today()
    record = Assessment(
        id=new_id(), case_id=real_case, assessed_on=day, instrument_key=instrument.key,
        instrument_version=instrument.version, answers={k: v.value for k, v in checked.items()},
        score=result.score, computed_level=result.level, level=final, reason=why,
        operator=vault.operator, created=datetime.fromisoformat(now_utc()),
    )
    with vault.transaction() as conn:
        insert_assessment(conn, record)
        # The case's risk is the latest assessment's (an earlier date entered late is history).
        conn.execute(
            "UPDATE cases SET updated = ?, risk = (SELECT level FROM risk_assessments"
            " WHERE case_id = ? ORDER BY assessed_on DESC, created DESC, rowid DESC LIMIT 1)"
            " WHERE id = ?", (now_utc(), real_case, real_case))
        vault.audit(AuditAction.RISK_ASSESS, "case", real_case,
                    f"{instrument.key}@{instrument.version};score={result.score};"
                    f"computed={result.level.value};level={final.value}")
        vault.announce(events.CaseChanged(real_case, "risk"))
        tasks: list[str] = []
        missing = False
        if final is RiskLevel.HIGH and not protocols.was_applied(vault, real_case,
                                                                 HIGH_RISK_PROTOCOL):
            try:
                protocol_id = protocols.resolve_protocol_id(vault, HIGH_RISK_PROTOCOL)
            except NotFound:
                missing = True
            else:
                tasks = protocols.insert_protocol_tasks(vault, real_case, protocol_id, day)
    return Outcome(record, tuple(tasks), missing)


def insert_assessment(conn: Any, a: Assessment) -> None:
    conn.execute(
        "INSERT INTO risk_assessments (id, case_id, assessed_on, instrument_key,"
        " instrument_version, answers, score, computed_level, level, reason, operator, created)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.id, a.case_id, a.assessed_on.isoformat(), a.instrument_key, a.instrument_version,
         json.dumps(a.answers, sort_keys=True), a.score, a.computed_level.value, a.level.value,
         a.reason, a.operator, a.created.isoformat()),
    )


_COLS = ("id, case_id, assessed_on, instrument_key, instrument_version, answers, score,"
         " computed_level, level, reason, operator, created")


def _assessment(row: Any) -> Assessment:
    return Assessment(
        id=row[0], case_id=row[1], assessed_on=date.fromisoformat(row[2]),
        instrument_key=row[3], instrument_version=int(row[4]), answers=json.loads(row[5]),
        score=int(row[6]), computed_level=RiskLevel(row[7]), level=RiskLevel(row[8]),
        reason=row[9], operator=row[10], created=datetime.fromisoformat(row[11]),
    )


def history(vault: Vault, case_id: str) -> list[Assessment]:
    """A case's assessments, newest first."""
    rows = vault.query(
        f"SELECT {_COLS} FROM risk_assessments WHERE case_id = ?"
        " ORDER BY assessed_on DESC, created DESC, rowid DESC",
        (resolve_case_id(vault, case_id),),
    )
    return [_assessment(r) for r in rows]


def latest(vault: Vault, case_id: str) -> Assessment | None:
    found = history(vault, case_id)
    return found[0] if found else None
