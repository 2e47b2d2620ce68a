"""The search index over a working week (issue 14): notes saved one by one, the app's tidy in
the user's pauses, and what an erasure's index part costs as the notes pile up.

The vault's index is first tidied to the end (as ``edits.py`` does); the baseline is the index
part of an erasure then (the search rows of a fresh demo-shaped case deleted with secure-delete,
``edits._search_rows_gone``), in the same run. Then ``--notes`` notes are saved one at a time
into the newest cases, with a pause (``search_upkeep.tidy`` until it has nothing left) every
``--pause-every`` notes, and every ``--every`` notes the index part is timed again (wall and
CPU, median of ``--runs``) with the segments it met. The ratio to the baseline says whether the
upkeep keeps the cost flat as the office writes.

    RETE_BENCH_DIR=... .venv/bin/python benchmarks/index_upkeep.py [--cases 100000]
        [--notes 1500] [--pause-every 25] [--every 250] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bigvault  # noqa: E402
import edits  # noqa: E402


def _index_part(vault: Any, runs: int, first: int) -> tuple[float, float, int]:
    """Median wall and CPU ms of the index part of an erasure, and the segments it met."""
    from rete_desktop.lab import erasure
    from rete_desktop.storage import search_upkeep

    walls, cpus, met = [], [], []
    for number in range(first, first + runs):
        case_id, _note = edits._fresh_case(vault, number)
        met.append(search_upkeep.segments(vault))
        cpu = time.process_time()
        walls.append(edits._timed(lambda c=case_id: edits._search_rows_gone(vault, c)))
        cpus.append((time.process_time() - cpu) * 1000)
        erasure.erase_case(vault, case_id)
    return statistics.median(walls), statistics.median(cpus), int(statistics.median(met))


def _pause(vault: Any) -> list[float]:
    """The app's upkeep in one pause of the user: steps until nothing is left (ms each)."""
    from rete_desktop.storage import search_upkeep

    steps = []
    while True:
        start = time.perf_counter()
        more = search_upkeep.tidy(vault)
        steps.append((time.perf_counter() - start) * 1000)
        if not more:
            return steps


def main() -> int:
    from rete_desktop.demo import NOTE_TEMPLATES
    from rete_desktop.storage import notes
    from rete_desktop.storage.vault import Vault

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=1_500)
    parser.add_argument("--pause-every", type=int, default=25)
    parser.add_argument("--every", type=int, default=250)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(14)
    with Vault.open(bigvault.vault(args.cases), bigvault.PASSPHRASE) as vault:
        edits._tidied(vault, args.cases)
        recent = [r[0] for r in vault.query("SELECT id FROM cases ORDER BY rowid DESC LIMIT 500")]
        wall0, cpu0, met0 = _index_part(vault, args.runs, 70_000)
        rows = [(0, met0, wall0, cpu0, os.getloadavg()[0], "")]
        steps: list[float] = []
        for saved in range(1, args.notes + 1):
            notes.add_note(vault, rng.choice(recent), rng.choice(NOTE_TEMPLATES))
            if saved % args.pause_every == 0:
                steps += _pause(vault)
            if saved % args.every == 0:
                wall, cpu, met = _index_part(vault, args.runs, 70_000 + saved)
                longest = f"{max(steps):.0f}" if steps else "-"
                rows.append((saved, met, wall, cpu, os.getloadavg()[0],
                             f"{len(steps)} steps, median {statistics.median(steps):.1f} ms,"
                             f" longest {longest} ms"))
                steps = []
    print(f"\nIndex part of an erasure as notes are saved, {args.cases:,}-case vault, median of"
          f" {args.runs}; a pause every {args.pause_every} notes\n")
    print("| notes saved | segments met | wall (ms) | CPU (ms) | CPU ÷ start | load |"
          " tidy in the pauses since the last row |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    for saved, met, wall, cpu, load, tidied in rows:
        print(f"| {saved:,} | {met} | {wall:.1f} | {cpu:.1f} | {cpu / cpu0:.2f}× | {load:.1f} |"
              f" {tidied} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
