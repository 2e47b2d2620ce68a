"""Edits at 100k cases (issue 14): edit a contact, amend a note, erase a case, against 20k.

Each action goes through the app's own call (``offices.update_contact``, ``notes.amend_note``,
``lab.erasure.erase_case`` as the shells call it: its transaction, audit entry, search-index
triggers and, for the erasure, the WAL folded into the file). The baseline is the same action
on the 20k-case vault, in the same run, interleaved (20k, 100k, 20k, 100k…): the ratio says
whether the cost grows with the vault (target: ≤ 100 ms, constant in size).

Each run first makes, untimed, a fresh case as the demo fills them (two persons, ten notes) and
folds the WAL, so every erasure removes the same shape of case and starts from the same state.
A second fresh case has only its full-text rows deleted, timed alone (what the erasure's trigger
does to the search index, secure-delete), then is erased untimed: the index's part of the cost.

The app tidies the search index in the user's pauses (``ui/index_upkeep.py``): before the runs,
each vault's index is tidied to the end as those pauses would leave it (untimed in the table;
the steps, seconds and segments are printed). ``--as-built`` skips that, to measure the index as
the build's note-by-note saves left it. The segments each erasure met are printed too (the
fresh cases' own saves add single-page ones; they are not tidied between runs). The erasure's
CPU time is printed beside its wall time: on a loaded machine the difference is mostly waiting
for a core.

    .venv/bin/python benchmarks/edits.py [--runs 9] [--cases 100000] [--smaller 20000]
                                         [--as-built]

The vaults are the cached ones of ``benchmarks/bigvault.py`` (built once under /tmp).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bigvault  # noqa: E402

INDEX_PART = "  its search rows alone"
# The process's CPU time for the erasure: on a loaded machine the wall time is mostly waiting
# for a core (two cores, four engineers), which this leaves out.
CPU_PART = "  erase a case, CPU time"
PARTS = (INDEX_PART, CPU_PART)
ACTIONS = ("edit a contact", "amend a note", "erase a case", CPU_PART, INDEX_PART)
TARGET_MS = 100.0


def _fresh_case(vault: Any, run: int) -> tuple[str, str]:
    """A case like the demo's (two persons, ten notes); returns (case id, its first note)."""
    from rete_desktop.demo import NOTE_TEMPLATES
    from rete_desktop.storage import cases, notes

    case_id = cases.create_case(vault, f"Bench edits {run} — Viadana", risk="medium")
    cases.add_person(vault, case_id, "victim", f"Anna Bench{run}", birth_year=1988)
    cases.add_person(vault, case_id, "offender", f"Marco Bench{run}", birth_year=1985)
    first = ""
    for i in range(bigvault.NOTES_PER_CASE):
        note = notes.add_note(vault, case_id, NOTE_TEMPLATES[(run + i) % len(NOTE_TEMPLATES)])
        first = first or note
    vault.checkpoint()
    return case_id, first


def _search_rows_gone(vault: Any, case_id: str) -> None:
    """What the erasure's trigger does to the full-text index (secure-delete: each word of the
    rows taken out of every segment), alone in its own transaction: the part of an erasure
    that is the search index's."""
    with vault.transaction() as conn:
        conn.execute("DELETE FROM search_index WHERE rowid IN"
                     " (SELECT id FROM search_keys WHERE case_id = ?)", (case_id,))
        conn.execute("DELETE FROM search_keys WHERE case_id = ?", (case_id,))


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _tidied(vault: Any, size: int) -> None:
    """The search index as the app's upkeep leaves it after the office's pauses."""
    from rete_desktop.storage import search_upkeep

    before, steps = search_upkeep.segments(vault), []
    while True:
        start = time.perf_counter()
        more = search_upkeep.tidy(vault)
        steps.append(time.perf_counter() - start)
        if not more:
            break
    vault.checkpoint()
    print(f"{size:,} cases: index tidied in {len(steps) - 1} steps of {search_upkeep.TIDY_PAGES}"
          f" pages, {sum(steps):.1f} s (a step: median {statistics.median(steps) * 1000:.0f} ms,"
          f" longest {max(steps) * 1000:.0f} ms); segments {before} -> "
          f"{search_upkeep.segments(vault)}", flush=True)


def run(sizes: tuple[int, ...], runs: int, as_built: bool = False
        ) -> dict[tuple[str, int], list[float]]:
    from rete_desktop.lab import erasure
    from rete_desktop.storage import notes, offices, search_upkeep
    from rete_desktop.storage.vault import Vault

    vaults = {size: Vault.open(bigvault.vault(size), bigvault.PASSPHRASE) for size in sizes}
    contacts = {size: offices.list_contacts(v)[0].id for size, v in vaults.items()}
    times: dict[tuple[str, int], list[float]] = {(a, s): [] for a in ACTIONS for s in sizes}
    met: dict[int, list[int]] = {size: [] for size in sizes}  # segments each erasure met
    try:
        for size, vault in vaults.items():
            if not as_built:
                _tidied(vault, size)
        for number in range(runs):
            for size, vault in vaults.items():  # interleaved: noise hits both sizes alike
                case_id, note = _fresh_case(vault, number)
                phone = f"+39 0375 {number:06d}"
                times["edit a contact", size].append(_timed(
                    lambda v=vault, c=contacts[size], p=phone: offices.update_contact(
                        v, c, phone=p)))
                times["amend a note", size].append(_timed(
                    lambda v=vault, n=note: notes.amend_note(v, n, f"Rettifica {n}")))
                met[size].append(search_upkeep.segments(vault))
                cpu = time.process_time()
                times["erase a case", size].append(_timed(
                    lambda v=vault, c=case_id: erasure.erase_case(v, c)))
                times[CPU_PART, size].append((time.process_time() - cpu) * 1000)
                other, _note = _fresh_case(vault, runs + number)
                times[INDEX_PART, size].append(_timed(
                    lambda v=vault, c=other: _search_rows_gone(v, c)))
                erasure.erase_case(vault, other)
    finally:
        for vault in vaults.values():
            vault.close()
    for size, counts in met.items():
        print(f"{size:,} cases: the erasures met {min(counts)}-{max(counts)} index segments"
              f" (median {statistics.median(counts):g})")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--smaller", type=int, default=20_000)
    parser.add_argument("--as-built", action="store_true",
                        help="do not tidy the search index first (as the build left it)")
    args = parser.parse_args()
    times = run((args.smaller, args.cases), args.runs, args.as_built)
    state = "as built" if args.as_built else "tidied as the app does in pauses"
    print(f"\nEdits through the app, median (p95) of {args.runs} interleaved runs, ms;"
          f" search index {state}; load {os.getloadavg()[0]:.1f}\n")
    print(f"| action | {args.smaller:,} cases | {args.cases:,} cases | growth | target |")
    print("|---|---:|---:|---:|---|")
    ok = True
    for action in ACTIONS:
        small, big = times[action, args.smaller], times[action, args.cases]
        cells = [f"{statistics.median(t):.1f} ({max(t) if len(t) < 3 else _p95(t):.1f})"
                 for t in (small, big)]
        growth = statistics.median(big) / statistics.median(small)
        met = statistics.median(big) <= TARGET_MS
        if action in PARTS:  # a part of the erasure, not an action with a target
            print(f"| {action} | {cells[0]} | {cells[1]} | {growth:.2f}× | |")
            continue
        ok = ok and met
        print(f"| {action} | {cells[0]} | {cells[1]} | {growth:.2f}× | ≤ {TARGET_MS:.0f} ms "
              f"{'✔' if met else '✘'} |")
    return 0 if ok else 1


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


if __name__ == "__main__":
    sys.exit(main())
