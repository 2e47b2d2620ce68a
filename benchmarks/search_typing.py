"""Search typed letter by letter (issue 14): the app's query against the one before schema 0021,
and what the other way out, longer prefix indexes, would cost.

- ``typing``: on the cached 100k-case vault (``bigvault``, copied into ``RETE_BENCH_DIR``), every
  prefix of a few phrases as a user types them, through ``search.search`` (LIMIT as the GUI's),
  interleaved with the same text as the query was built before 0021 (every word a prefix
  query): p50/p95 of each and the ratio. Also how many terms the longer words were spelt into.
- ``options``: a sample of the vault's index rows copied into fresh keyed databases (the vault's
  pragmas), one per ``prefix=`` option: time to build (the rebuild a migration would do, scaled
  to the vault's rows), index size, the cost of saving one note (its own transaction, as the
  GUI saves), interleaved.

    .venv/bin/python benchmarks/search_typing.py [--cases 100000] [--only typing,options]
        [--rounds 5] [--sample 100000] [--saves 300]
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bigvault  # noqa: E402
import sqlcipher3  # noqa: E402

from rete_desktop.storage import search  # noqa: E402
from rete_desktop.storage.vault import VAULT_PRAGMAS, Vault  # noqa: E402

LIMIT = 200  # the search page's
PHRASES = ["maria rossi", "casalmaggiore", "ammonimento", "piano sicurezza", "mario bianchi",
           "consultorio familiare", "braccialetto elettronico", "via roma"]
OPTIONS = {"1 2 3 (today)": "1 2 3", "1 2 3 4 5 6": "1 2 3 4 5 6",
           "1 … 10": "1 2 3 4 5 6 7 8 9 10"}


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) > 1 else values[0]


def typed(phrases: list[str]) -> list[str]:
    return [p[:n] for p in phrases for n in range(1, len(p) + 1) if not p[:n].endswith(" ")]


def typing(cases: int, rounds: int) -> None:
    vault = Vault.open(bigvault.vault(cases), bigvault.PASSPHRASE)
    texts = typed(PHRASES)
    ways = {
        "app (0021)": lambda text: search.search(vault, text, LIMIT),
        "every word a prefix (< 0021)": lambda text: vault.query(
            search.SEARCH_SQL, (search.fts_query(text), LIMIT)),
    }
    for way in ways.values():  # warm the page cache, as a session that has searched before
        for text in texts:
            way(text)
    times: dict[str, list[float]] = {w: [] for w in ways}
    per_length: dict[str, dict[int, list[float]]] = {w: {} for w in ways}
    for _ in range(rounds):
        for text in texts:
            for name, way in ways.items():
                start = time.perf_counter()
                way(text)
                took = time.perf_counter() - start
                times[name].append(took)
                last = len(text.split()[-1])
                per_length[name].setdefault(min(last, 5), []).append(took)
    spelt = [q.count(" OR ") + 1 for t in texts if (q := search.match_query(vault, t))
             and "(" in q]
    notes = vault.query_one("SELECT count(*) FROM notes")[0]
    rows = vault.query_one("SELECT count(*) FROM search_index")[0]
    vault.close()
    load = os.getloadavg()[0]
    base = times["every word a prefix (< 0021)"]
    print(f"\nTyped letter by letter, {len(texts)} texts × {rounds} rounds, LIMIT {LIMIT}, "
          f"{notes:,} notes ({rows:,} index rows), load average {load:.1f}\n")
    print("| query | p50 ms | p95 ms | max ms | p95 ratio to before 0021 | target |")
    print("|---|---:|---:|---:|---:|---|")
    for name, t in times.items():
        print(f"| {name} | {statistics.median(t) * 1000:.1f} | {p95(t) * 1000:.1f} "
              f"| {max(t) * 1000:.1f} | {p95(t) / p95(base):.2f}× | ≤ 50 ms p95 |")
    print("\n| last word's letters | " + " | ".join(f"{n} p95 ms" for n in ways) + " |")
    print("|---|" + "---:|" * len(ways))
    for length in sorted(per_length["app (0021)"]):
        label = f"{length}+" if length == 5 else str(length)
        print(f"| {label} | " + " | ".join(f"{p95(per_length[n][length]) * 1000:.1f}"
                                           for n in ways) + " |")
    if spelt:
        print(f"\nwords of 4+ letters spelt out as terms: median {statistics.median(spelt):.0f}, "
              f"most {max(spelt)} terms")


def _keyed(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in VAULT_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    return conn


def options(cases: int, sample: int, saves: int) -> None:
    """Each prefix option on the same ``sample`` index rows, in keyed databases of its own."""
    vault = Vault.open(bigvault.vault(cases), bigvault.PASSPHRASE)
    rows = vault.query("SELECT rowid, kind, ref_id, case_id, title, body FROM search_index"
                       " ORDER BY rowid DESC LIMIT ?", (sample,))
    total = vault.query_one("SELECT count(*) FROM search_index")[0]
    vault.close()
    where = bigvault.CACHE / "search-options"
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    key = secrets.token_bytes(32)
    conns: dict[str, Any] = {}
    built: dict[str, float] = {}
    for name, prefix in OPTIONS.items():
        conn = conns[name] = _keyed(where / f"{len(conns)}.db", key)
        conn.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref_id UNINDEXED,"
            " case_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2',"
            f" prefix = '{prefix}')")
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO search_index (rowid, kind, ref_id, case_id, title, body)"
                         " VALUES (?, ?, ?, ?, ?, ?)", rows[::-1])
        conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        conn.execute("COMMIT")
        built[name] = time.perf_counter() - start
    texts = [r[5] or r[4] for r in rows[:saves]]
    save_times: dict[str, list[float]] = {n: [] for n in conns}
    insert_times: dict[str, list[float]] = {n: [] for n in conns}
    next_id = rows[0][0] + 1
    for text in texts:
        for name, conn in conns.items():
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO search_index (rowid, kind, ref_id, case_id, title, body)"
                         " VALUES (?, 'note', 'x', 'y', '', ?)", (next_id, text))
            inserted = time.perf_counter()
            conn.execute("COMMIT")
            save_times[name].append(time.perf_counter() - start)
            insert_times[name].append(inserted - start)
        next_id += 1
    sizes = {n: c.execute("SELECT sum(length(block)) FROM search_index_data").fetchone()[0]
             for n, c in conns.items()}
    for conn in conns.values():
        conn.close()
    shutil.rmtree(where, ignore_errors=True)
    load = os.getloadavg()[0]
    base = "1 2 3 (today)"
    scale = total / len(rows)
    print(f"\nPrefix options on the newest {len(rows):,} of {total:,} index rows (keyed, vault "
          f"pragmas); {saves} one-note saves each, interleaved; load average {load:.1f}\n")
    print("| prefix= | index MB (sample) | × today | rebuild s (sample) | rebuild at "
          f"{total:,} rows, s (scaled) | one-note save with its commit, median ms | × today "
          "| the index insert alone (no commit), median µs | × today |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in conns:
        med = statistics.median(save_times[name])
        ins = statistics.median(insert_times[name])
        print(f"| {name} | {sizes[name] / 1e6:.1f} | {sizes[name] / sizes[base]:.2f}× "
              f"| {built[name]:.1f} | {built[name] * scale:.0f} | {med * 1000:.2f} "
              f"| {med / statistics.median(save_times[base]):.2f}× | {ins * 1e6:.0f} "
              f"| {ins / statistics.median(insert_times[base]):.2f}× |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--only", default="typing,options")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sample", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    if "typing" in args.only:
        typing(args.cases, args.rounds)
    if "options" in args.only:
        options(args.cases, args.sample, args.saves)


if __name__ == "__main__":
    main()
