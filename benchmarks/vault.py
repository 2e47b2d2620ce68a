"""Vault benchmark: bulk insert and FTS search on SQLCipher vs plain SQLite, same run.

Both databases get the same schema (the vault's migrations), the same pragmas and the same rows;
the only difference is the SQLCipher key. "Plain SQLite" is the same sqlcipher3 library opened
without a key, so the ratio isolates the cost of encryption.

    .venv/bin/python benchmarks/vault.py [--cases 100000] [--notes-per-case 10] [--queries 300]

Targets (issue 2): FTS p95 ≤ 1.3× plain and ≤ 50 ms; insert throughput ≥ 0.7× plain.
"""

from __future__ import annotations

import argparse
import random
import secrets
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from rete_desktop.demo import NOTE_TEMPLATES, TOWNS
from rete_desktop.storage.migrations import migrate

OUT = Path(__file__).resolve().parent / "out"
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


def connect(path: Path, key: bytes | None) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    if key is not None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        "temp_store = MEMORY",
        "secure_delete = ON",
        "cache_size = -65536",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


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
    for i, (case, person, notes) in enumerate(rows(n_cases, notes_per_case)):
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
            notes,
        )
        if (i + 1) % batch == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    return time.perf_counter() - start


def query_times(conn: Any, n: int, seed: int = 11) -> list[float]:
    from rete_desktop.storage.search import fts_query

    rng = random.Random(seed)
    times = []
    for _ in range(n):
        q = fts_query(rng.choice(QUERY_WORDS))
        start = time.perf_counter()
        conn.execute(
            "SELECT kind, ref_id, case_id, title, snippet(search_index, 4, '[', ']', '…', 12)"
            " FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 50",
            (q,),
        ).fetchall()
        times.append(time.perf_counter() - start)
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--notes-per-case", type=int, default=10)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    key = secrets.token_bytes(32)
    results: dict[str, dict[str, float]] = {}
    for label, k in (("plain SQLite", None), ("SQLCipher vault", key)):
        directory = OUT / ("plain" if k is None else "cipher")
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
        conn = connect(directory / "bench.db", k)
        migrate(conn)
        seconds = insert_all(conn, args.cases, args.notes_per_case)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        conn = connect(directory / "bench.db", k)  # fresh connection: cold cache
        cold = query_times(conn, 20)
        warm = query_times(conn, args.queries)
        conn.close()
        rows_total = args.cases * (2 + args.notes_per_case)
        results[label] = {
            "insert_s": seconds,
            "rows_per_s": rows_total / seconds,
            "cold_p95_ms": p95(cold) * 1000,
            "p50_ms": statistics.median(warm) * 1000,
            "p95_ms": p95(warm) * 1000,
            "size_mb": (directory / "bench.db").stat().st_size / 1e6,
        }
    plain, cipher = results["plain SQLite"], results["SQLCipher vault"]
    print(
        f"\n{args.cases:,} cases, {args.cases * args.notes_per_case:,} notes, "
        f"{args.queries} FTS queries\n"
    )
    print("| metric | plain SQLite | SQLCipher | ratio | target |")
    print("|---|---:|---:|---:|---|")
    rows_spec = [
        (
            "insert rows/s",
            "rows_per_s",
            "{:,.0f}",
            "≥ 0.70× plain",
            cipher["rows_per_s"] / plain["rows_per_s"],
        ),
        ("FTS p50 (ms)", "p50_ms", "{:.2f}", "", cipher["p50_ms"] / plain["p50_ms"]),
        (
            "FTS p95 (ms)",
            "p95_ms",
            "{:.2f}",
            "≤ 1.3× plain, ≤ 50 ms",
            cipher["p95_ms"] / plain["p95_ms"],
        ),
        (
            "FTS p95 cold (ms)",
            "cold_p95_ms",
            "{:.2f}",
            "",
            cipher["cold_p95_ms"] / plain["cold_p95_ms"],
        ),
        ("file size (MB)", "size_mb", "{:.0f}", "", cipher["size_mb"] / plain["size_mb"]),
    ]
    for name, key_, fmt, target, ratio in rows_spec:
        print(
            f"| {name} | {fmt.format(plain[key_])} | {fmt.format(cipher[key_])} "
            f"| {ratio:.2f}× | {target} |"
        )
    shutil.rmtree(OUT / "plain", ignore_errors=True)
    shutil.rmtree(OUT / "cipher", ignore_errors=True)


if __name__ == "__main__":
    main()
