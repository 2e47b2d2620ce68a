"""Every benchmark, one after the other, each printing its table (with its own baseline and
ratios), then one line per benchmark: how long it took and whether it ran to the end.

    .venv/bin/python benchmarks/run_all.py [--only gui,startup]

The machine is shared: run it when nobody else's tests run, and read ratios, not absolute times
(docs/performance.md). Big vaults are built once under /tmp (``benchmarks/bigvault.py``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELPERS = {"bigvault", "run_all"}  # modules the benchmarks use, not benchmarks


def benchmarks() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.py") if p.stem not in HELPERS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated names, e.g. gui,startup")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else benchmarks()
    done: list[tuple[str, float, int]] = []
    for name in chosen:
        print(f"\n## {name}\n", flush=True)
        start = time.perf_counter()
        code = subprocess.run([sys.executable, str(HERE / f"{name}.py")]).returncode
        done.append((name, time.perf_counter() - start, code))
    print("\n| benchmark | took (s) | result |\n|---|---:|---|")
    for name, seconds, code in done:
        print(f"| {name} | {seconds:.0f} | {'ran' if code == 0 else f'FAILED (exit {code})'} |")
    sys.exit(max((code for _, _, code in done), default=0))


if __name__ == "__main__":
    main()
