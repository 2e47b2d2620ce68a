"""Benchmark vaults built once through the app's own storage layer and cached under /tmp.

``vault(cases)`` returns the directory of a demo office with ``cases`` cases (ten notes each, as
the demo writes them, with the audit chain), plus two cases made for the note timeline: one
with 50 notes and one with 5,000 (every tenth amended). Building 100k cases takes a few minutes
on a 2-core machine, so the vault is kept in ``RETE_BENCH_DIR`` (default
``/tmp/rete-bench-perfui``) and reused; a newer app upgrades it on first open (migrations).
Never inside the repository: the vaults are hundreds of megabytes.

    .venv/bin/python benchmarks/bigvault.py 100000     # build now (prints the directory)
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

CACHE = Path(os.environ.get("RETE_BENCH_DIR", "/tmp/rete-bench-perfui"))
PASSPHRASE = "benchmark passphrase 100k"
NOTES_PER_CASE = 10
TIMELINE_SIZES = (50, 5_000)


def directory(cases: int) -> Path:
    return CACHE / f"demo-{cases}"


OLD_YEAR = 2017  # the same cases in every benchmark vault: a year's statistics against size
OLD_YEAR_CASES = 2_000
OLD_KEY = f"old_year_{OLD_YEAR}"


def timeline_cases(cases: int) -> dict[str, str]:
    """The ids of the timeline cases: ``{"50": id, "5000": id}``."""
    made = json.loads((directory(cases) / "bench.json").read_text())
    return {size: made[size] for size in map(str, TIMELINE_SIZES)}


def vault(cases: int) -> Path:
    """The cached vault with ``cases`` cases, built on first use."""
    where = directory(cases)
    if not (where / "bench.json").exists():
        _build(where, cases)
    if OLD_KEY not in json.loads((where / "bench.json").read_text()):
        _add_old_year(where)
    return where


def _add_old_year(where: Path) -> None:
    """``OLD_YEAR_CASES`` demo cases opened in the two years up to ``OLD_YEAR`` (same seed,
    so the same cases, in every vault), through the demo's own bulk insert."""
    import random
    from datetime import date

    from faker import Faker

    from rete_desktop import demo
    from rete_desktop.storage.vault import Vault

    class OldDate(date):
        @classmethod
        def today(cls) -> OldDate:
            return cls(OLD_YEAR, 12, 31)

    fake = Faker("it_IT")
    fake.seed_instance(OLD_YEAR)
    real_date, demo.date = demo.date, OldDate  # type: ignore[misc]
    try:
        with Vault.open(where, PASSPHRASE) as opened:
            demo.insert_demo_cases(opened, demo.DemoSize(OLD_YEAR_CASES, NOTES_PER_CASE), fake,
                                   random.Random(OLD_YEAR))
    finally:
        demo.date = real_date  # type: ignore[misc]
    made = json.loads((where / "bench.json").read_text())
    made[OLD_KEY] = OLD_YEAR
    (where / "bench.json").write_text(json.dumps(made))


def _build(where: Path, cases: int) -> None:
    import shutil

    from rete_desktop.demo import NOTE_TEMPLATES, DemoSize, fill_demo
    from rete_desktop.domain.vocabulary import NoteCategory
    from rete_desktop.storage import cases as case_store
    from rete_desktop.storage import notes
    from rete_desktop.storage.vault import Vault, new_id

    shutil.rmtree(where, ignore_errors=True)
    where.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    print(f"building a {cases:,}-case vault in {where} once (minutes)…", file=sys.stderr,
          flush=True)
    opened, _ = Vault.create(where, PASSPHRASE, office_name="Centro Antiviolenza Bench",
                             office_kind="cav", operator_name="Sara Bench",
                             operator_role="Operatrice")
    fill_demo(opened, DemoSize(cases=cases, notes_per_case=NOTES_PER_CASE))
    made = {}
    first = datetime(2024, 1, 1, 9, tzinfo=UTC)
    categories = list(NoteCategory)
    for size in TIMELINE_SIZES:
        case_id = case_store.create_case(opened, f"Timeline {size} note — Casalmaggiore")
        with opened.transaction() as conn:
            for i in range(size):
                category = categories[i % len(categories)]
                text = NOTE_TEMPLATES[i % len(NOTE_TEMPLATES)]
                created = (first + timedelta(hours=i)).isoformat()
                note_id = new_id()
                notes.insert_note(conn, note_id, case_id, created, category, f"{i}. {text}",
                                  "Sara Bench", None)
                if i % 10 == 0:
                    notes.insert_note(conn, new_id(), case_id, created, category,
                                      f"{i}. Rettifica: {text}", "Sara Bench", note_id)
        made[str(size)] = case_id
    opened.close()
    (where / "bench.json").write_text(json.dumps(made))
    print(f"  built in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)


if __name__ == "__main__":
    print(vault(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
