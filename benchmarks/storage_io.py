"""The I/O targets of issue 14 in one run, one table: per-record saves, memory of a 20 MB
attachment through add / export / import, and the full export/import path against ``age``.

    .venv/bin/python benchmarks/storage_io.py [--mb 20] [--runs 5] [--saves 1000]

Each row measures its baseline in the same run (see ``vault.py`` and ``packets.py`` for how);
data under ``$RETE_BENCH_DIR`` (default /tmp/rete-bench). Exit status 1 when a target is missed,
2 without the ``age`` CLI (Debian package ``age``; its rows are then left out).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import packets
import saves


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=1000)
    args = parser.parse_args()
    rows: list[tuple[str, str, str, float, str, bool]] = []
    timed = saves.per_record_saves(args.saves)
    for stat in ("median", "p95", "mean"):
        app, plain = timed["app"][stat], timed["plain"][stat]
        rows.append((f"per-record save ({stat})", f"{app * 1000:.2f} ms",
                     f"{plain * 1000:.2f} ms", plain / app, "≥ 0.8× plain SQLite",
                     plain / app >= saves.TARGET))
    for step, growth, ratio in packets.memory(Path(packets.ROOT / "src"), args.mb, args.runs):
        rows.append((f"{args.mb} MB attachment: {step}, peak RSS growth", f"{growth:.1f} MB",
                     f"{args.mb} MB payload", ratio, "≤ 1.5× payload", ratio <= 1.5))
    age_cli = shutil.which("age")
    if age_cli is not None:
        for label, ours, theirs, ratio in packets.full_path(age_cli, args.mb, args.runs):
            floor = label.startswith(packets.FLOOR)
            rows.append((f"{args.mb} MB {label}", f"{ours:.3f} s", f"age {theirs:.3f} s", ratio,
                         "a part" if floor else "≥ 0.5× age CLI", floor or ratio >= 0.5))
    print("\n| what | ours | baseline | ratio | target | met |")
    print("|---|---:|---:|---:|---|---|")
    for what, ours_text, base, ratio, target, met in rows:
        print(f"| {what} | {ours_text} | {base} | {ratio:.2f}× | {target} | "
              f"{'yes' if met else 'NO'} |")
    if age_cli is None:
        print("\nage CLI not found: install the Debian package 'age' for the age rows",
              file=sys.stderr)
        return 2
    return 0 if all(r[5] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
