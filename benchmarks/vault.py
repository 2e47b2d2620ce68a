"""Vault benchmark: bulk insert and FTS search on SQLCipher vs plain SQLite, same run.

Both databases get the same schema (the vault's migrations), the same pragmas and the same rows;
the only difference is the SQLCipher key. "Plain SQLite" is the same sqlcipher3 library opened
without a key, so the ratio isolates the cost of encryption.

    .venv/bin/python benchmarks/vault.py [--cases 100000] [--notes-per-case 10] [--queries 300]
    .venv/bin/python benchmarks/vault.py --saves-only [--saves 1000]

Targets (issue 2): FTS p95 ≤ 1.3× plain and ≤ 50 ms; insert throughput ≥ 0.7× plain.

Per-record saves (issue 14) are ``saves.py``'s (``--saves-only`` runs only those).
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

import saves

from rete_desktop.demo import NOTE_TEMPLATES, TOWNS
from rete_desktop.storage.migrations import migrate
from rete_desktop.storage.search import SEARCH_SQL, match_query
from rete_desktop.storage.vault import Reader

# Big benchmark data lives outside the repository.
OUT = Path(os.environ.get("RETE_BENCH_DIR", "/tmp/rete-bench")) / "vault"
FIRST = [
    "Maria",
    "Giulia",
    "Anna",
    "Francesca",
    "Chiara",
    "Sara",
    "Laura",
    "Elena",
    "Lucia",
    "Niccolò",
    "Martina",
    "Silvia",
    "Paola",
    "Federica",
    "Alessia",
    "Giorgia",
]
LAST = [
    "Rossi",
    "Bianchi",
    "Ferrari",
    "Russo",
    "Romano",
    "Gallo",
    "Costa",
    "Fontana",
    "Conti",
    "Esposito",
    "Ricci",
    "Bruno",
    "De Luca",
    "Moretti",
    "Lombardi",
    "Barbieri",
]
QUERY_WORDS = [
    "maltrattante",
    "ospitalita",
    "braccialetto",
    "consultorio",
    "tribunale",
    "ammonimento",
    "rifugio",
    "sicurezza",
    "Casalmaggiore",
    "Viadana",
    "Rossi",
    "Niccolo",
    "piano sicurezza",
    "pronto soccorso",
    "violenza psicologica",
]


def rows(n_cases: int, notes_per_case: int, seed: int = 7):
    rng = random.Random(seed)
    for i in range(n_cases):
        case_id = f"{i:016x}"
        year = 2020 + i % 7
        victim = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        case = (
            case_id,
            year,
            i // 7 + 1,
            f"{year}/{i // 7 + 1:05d}",
            f"{victim} — {rng.choice(TOWNS)}",
            rng.choice(["low", "medium", "high"]),
            f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        )
        person = (f"p{i:015x}", case_id, victim)
        notes = [
            (
                f"n{i:09x}{j:06x}",
                case_id,
                f"{case[6]}T10:{j % 60:02d}:00",
                f"{rng.choice(NOTE_TEMPLATES)} {rng.choice(FIRST)} {rng.choice(TOWNS)}",
            )
            for j in range(notes_per_case)
        ]
        yield case, person, notes


def insert_all(conn: Any, n_cases: int, notes_per_case: int, batch: int = 1000) -> float:
    start = time.perf_counter()
    conn.execute("BEGIN")
    for i, (case, person, case_notes) in enumerate(rows(n_cases, notes_per_case)):
        conn.execute(
            "INSERT INTO cases (id, year, number, reference, title, status, risk, opened_on,"
            " updated) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, '')",
            case,
        )
        conn.execute(
            "INSERT INTO persons (id, case_id, role, name, created) VALUES (?, ?, 'victim', ?, '')",
            person,
        )
        conn.executemany(
            "INSERT INTO notes (id, case_id, created, category, text) VALUES (?, ?, ?, 'other', ?)",
            case_notes,
        )
        if (i + 1) % batch == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    return time.perf_counter() - start


def timed_query(conn: Any, words: str) -> float:
    """One search exactly as the app runs it (storage/search.py)."""
    start = time.perf_counter()
    query = match_query(Reader(conn), words)
    if query:
        conn.execute(SEARCH_SQL, (query, 50)).fetchall()
    return time.perf_counter() - start


def interleaved_queries(conns: dict[str, Any], n: int, seed: int = 11) -> dict[str, list[float]]:
    """Alternate the two databases query by query, so machine noise hits both alike."""
    rng = random.Random(seed)
    times: dict[str, list[float]] = {label: [] for label in conns}
    for _ in range(n):
        words = rng.choice(QUERY_WORDS)
        for label, conn in conns.items():
            times[label].append(timed_query(conn, words))
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def build(label: str, key: bytes | None, args: argparse.Namespace) -> dict[str, float]:
    directory = OUT / label
    if args.reuse and (directory / "bench.db").exists():
        return {}
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    conn = saves.connect(directory / "bench.db", key)
    migrate(conn)
    seconds = insert_all(conn, args.cases, args.notes_per_case)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    rows_total = args.cases * (2 + args.notes_per_case)
    return {"rows_per_s": rows_total / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--notes-per-case", type=int, default=10)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--reuse", action="store_true", help="reuse databases kept by --keep")
    parser.add_argument("--keep", action="store_true", help="keep the databases in OUT")
    parser.add_argument("--saves", type=int, default=1000, help="per-record saves to time")
    parser.add_argument("--saves-only", action="store_true", help="only the per-record saves")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    saves.print_saves(args.saves)
    if args.saves_only:
        return
    key_file = OUT / "bench.key"
    if not (args.reuse and key_file.exists()):
        key_file.write_text(secrets.token_hex(32))
    key = bytes.fromhex(key_file.read_text())
    labels = {"plain": None, "cipher": key}
    results = {label: build(label, k, args) for label, k in labels.items()}
    conns = {label: saves.connect(OUT / label / "bench.db", k) for label, k in labels.items()}
    cold = interleaved_queries(conns, 20, seed=3)
    warm = interleaved_queries(conns, args.queries)
    for label, conn in conns.items():
        conn.close()
        results[label].update(
            cold_p95_ms=p95(cold[label]) * 1000,
            p50_ms=statistics.median(warm[label]) * 1000,
            p95_ms=p95(warm[label]) * 1000,
            size_mb=(OUT / label / "bench.db").stat().st_size / 1e6,
        )
    plain, cipher = results["plain"], results["cipher"]
    print(
        f"\n{args.cases:,} cases, {args.cases * args.notes_per_case:,} notes, "
        f"{args.queries} FTS queries (interleaved)\n"
    )
    print("| metric | plain SQLite | SQLCipher | ratio | target |")
    print("|---|---:|---:|---:|---|")
    spec = [
        ("insert rows/s", "rows_per_s", "{:,.0f}", "≥ 0.70× plain"),
        ("FTS p50 (ms)", "p50_ms", "{:.2f}", ""),
        ("FTS p95 (ms)", "p95_ms", "{:.2f}", "≤ 1.3× plain, ≤ 50 ms"),
        ("FTS p95 first 20 (ms)", "cold_p95_ms", "{:.2f}", ""),
        ("file size (MB)", "size_mb", "{:.0f}", ""),
    ]
    for name, key_, fmt, target in spec:
        if key_ in plain and key_ in cipher:
            ratio = cipher[key_] / plain[key_]
            print(
                f"| {name} | {fmt.format(plain[key_])} | {fmt.format(cipher[key_])} "
                f"| {ratio:.2f}× | {target} |"
            )
    if not args.keep:
        for label in labels:
            shutil.rmtree(OUT / label, ignore_errors=True)


if __name__ == "__main__":
    main()
