"""Per-record saves (issue 14): one note at a time as the GUI saves it, against plain SQLite.

    .venv/bin/python benchmarks/saves.py [--saves 1000] [--blocks 5] [--no-flush-table]
                                         [--big 100000]
    (also ``benchmarks/vault.py --saves-only`` and a row of ``benchmarks/storage_io.py``)

Three ways of saving the same note rows, each in its own fresh database with the vault's schema
(migrations, so the search index triggers too) and the vault's pragmas (WAL, ``synchronous =
FULL``, the same page cache), one transaction and so one commit per note:

- **plain**, the baseline: plain SQLite (the same sqlcipher3 library, no key) inserting the note
  row by hand-written SQL;
- **cipher raw**: the same on SQLCipher with a key: what encryption alone costs, the floor any
  encrypted save stands on;
- **app**: ``notes.add_note`` on a real vault: its transaction, the case look-up, the audit
  entry chained to the previous one and the recorded chain head.

Every round saves one note each way in a shuffled order (so none always follows another's
fsync), after an untimed warm-up. The table gives medians, p95 and means, the ratio to plain
for each (target: the app ≥ 0.8× plain), the spread of the median ratio over ``--blocks``
consecutive blocks (how much the machine moved during the run), and what each save wrote: WAL
pages and commits per save, counted from the WAL's frame headers over a few extra saves.
With ``--big N`` a fourth way saves the same notes through ``notes.add_note`` into the N-case
benchmark vault (``bigvault.py``; it must exist under ``$RETE_BENCH_DIR``: copy the shared one,
this never builds it): what a save costs in a full vault against the fresh one.
A second table repeats it without the flush (``synchronous = OFF``): the target is the first
table, but the flush of a commit costs 0.3–4 ms on this shared disk from one minute to the
next, and the second table shows what the app's own code adds whatever the disk does. A last
line says what the flush cost in the run and how much it would have to cost for each way to
reach the target (a save is its work plus the flush). The disk line writes and flushes as many
pages as a save does, once as text and once as random bytes: a disk that compresses (this VM's
host does) flushes encrypted pages, which are random, slower than plain ones.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import statistics
import struct
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from rete_desktop.demo import NOTE_TEMPLATES, TOWNS
from rete_desktop.storage import cases, keyslots, notes
from rete_desktop.storage.migrations import migrate
from rete_desktop.storage.vault import DB_NAME, VAULT_PRAGMAS, Vault, new_id, now_utc

OUT = Path(os.environ.get("RETE_BENCH_DIR", "/tmp/rete-bench")) / "saves"
BENCH_KDF = keyslots.KdfParams(1, 8192, 1)  # the passphrase is not what is measured
WORDS = ["Maria", "Giulia", "Anna", "Francesca", "Chiara", "Sara", "Laura", "Niccolò"]
TARGET = 0.8
NOTE_SQL = (
    "INSERT INTO notes (id, case_id, created, category, text, author, amends)"
    " VALUES (?, ?, ?, 'other', ?, ?, NULL)"
)
CASE_SQL = (
    "INSERT INTO cases (id, year, number, reference, title, status, risk, opened_on, updated)"
    " VALUES (?, 2026, 1, '2026/0001', 't', 'open', 'low', '2026-01-01', '')"
)


def connect(path: Path, key: bytes | None) -> Any:
    """A database with the vault's pragmas, keyed or plain."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    if key is not None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in VAULT_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    return conn


def raw_save(conn: Any, case_id: str, text: str) -> None:
    """The baseline: the note row alone, in its own transaction, by hand-written SQL."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(NOTE_SQL, (new_id(), case_id, now_utc(), text, "operator"))
    conn.execute("COMMIT")


class _Saver:
    """One way of saving a note, with the connection and WAL file it writes."""

    def __init__(self, save: Callable[[str], None], conn: Any, db: Path) -> None:
        self.save, self.conn, self.wal = save, conn, db.with_name(db.name + "-wal")
        self.times: list[float] = []


def _big_saver(cases: int) -> tuple[_Saver, Vault]:
    """``add_note`` into a case of the ``cases``-case benchmark vault (never built here)."""
    import bigvault

    where = bigvault.directory(cases)
    if not (where / "bench.json").exists():
        raise SystemExit(f"no benchmark vault in {where}: copy the shared one there first")
    vault = Vault.open(where, bigvault.PASSPHRASE)
    case_id = vault.query_one("SELECT id FROM cases ORDER BY rowid LIMIT 1")[0]
    return _Saver(lambda text: notes.add_note(vault, case_id, text), vault.conn,
                  where / DB_NAME), vault


def _savers(directory: Path) -> tuple[dict[str, _Saver], Vault]:
    vault, _ = Vault.create(directory / "vault", "benchmark passphrase that is long enough",
                            office_name="CAV Benchmark", office_kind="cav", kdf=BENCH_KDF)
    case_id = cases.create_case(vault, "Benchmark case")
    savers: dict[str, _Saver] = {}
    for label, key in (("plain", None), ("cipher raw", secrets.token_bytes(32))):
        db = directory / f"{label.replace(' ', '-')}.db"
        conn = connect(db, key)
        migrate(conn)
        conn.execute(CASE_SQL, (case_id,))
        savers[label] = _Saver(lambda text, c=conn: raw_save(c, case_id, text), conn, db)
    savers["app"] = _Saver(lambda text: notes.add_note(vault, case_id, text), vault.conn,
                           directory / "vault" / DB_NAME)
    return savers, vault


def wal_writes(saver: _Saver, texts: list[str]) -> tuple[float, float]:
    """(WAL pages, commits) per save over ``texts``, read from the WAL's frame headers (a
    frame whose header records the database size ends a commit). Automatic checkpoints are
    held off meanwhile so every frame stays in the file; they are restored after."""
    saver.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    saver.conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        for text in texts:
            saver.save(text)
        data = saver.wal.read_bytes()
    finally:
        saver.conn.execute("PRAGMA wal_autocheckpoint = 1000")
    page_size = struct.unpack(">I", data[8:12])[0]
    frames = commits = 0
    for offset in range(32, len(data) - 24 - page_size + 1, 24 + page_size):
        frames += 1
        commits += struct.unpack(">I", data[offset + 4:offset + 8])[0] != 0
    return frames / len(texts), commits / len(texts)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def per_record_saves(n: int, seed: int = 5, blocks: int = 5, warmup: int = 30,
                     flush: bool = True, big: int | None = None) -> dict[str, dict[str, float]]:
    """Seconds per save (median, p95, mean), WAL pages and commits per save, for each way;
    the app's row adds the lowest and highest median ratio to plain over ``blocks`` blocks.
    ``flush=False`` sets ``synchronous = OFF`` on all three: not the target, but what a save
    costs besides the disk's flush, which is the part the app's code decides."""
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    savers, vault = _savers(OUT)
    vaults = [vault]
    if big is not None:
        savers[f"app, {big:,}-case vault"], big_vault = _big_saver(big)
        vaults.append(big_vault)
    for saver in savers.values():
        saver.conn.execute(f"PRAGMA synchronous = {'FULL' if flush else 'OFF'}")
    rng = random.Random(seed)
    texts = [f"{rng.choice(NOTE_TEMPLATES)} {rng.choice(WORDS)} {rng.choice(TOWNS)}"
             for _ in range(n + warmup)]
    order = list(savers)
    try:
        for index, text in enumerate(texts):
            rng.shuffle(order)
            for label in order:
                saver = savers[label]
                start = time.perf_counter()
                saver.save(text)
                if index >= warmup:
                    saver.times.append(time.perf_counter() - start)
        result: dict[str, dict[str, float]] = {}
        for label, saver in savers.items():
            pages, commits = wal_writes(saver, texts[:20])
            result[label] = {"median": statistics.median(saver.times), "p95": p95(saver.times),
                             "mean": statistics.mean(saver.times), "pages": pages,
                             "commits": commits}
        size = max(1, n // blocks)
        ratios = [statistics.median(savers["plain"].times[i:i + size])
                  / statistics.median(savers["app"].times[i:i + size])
                  for i in range(0, size * blocks, size)]
        result["app"].update(block_low=min(ratios), block_high=max(ratios))
    finally:
        for each in vaults:
            each.close()
        for label in ("plain", "cipher raw"):
            savers[label].conn.close()
        shutil.rmtree(OUT, ignore_errors=True)
    return result


def print_saves(n: int, blocks: int = 5, flush: bool = True, big: int | None = None
                ) -> dict[str, float]:
    """Prints the table; returns the app's ratios to plain (median, p95, mean) and the
    median seconds a save of each way (``plain``, ``cipher raw``, ``app``)."""
    load_before = os.getloadavg()[0]
    result = per_record_saves(n, blocks=blocks, flush=flush, big=big)
    plain = result["plain"]
    how = "" if flush else (" — WITHOUT the flush (synchronous = OFF on all three): the "
                            "CPU side, not the target")
    print(f"\nPer-record saves{how}: {n} notes each way, shuffled in every round, one commit "
          f"per note; load average {load_before:.1f} → {os.getloadavg()[0]:.1f}\n")
    print("| how | median ms | p95 ms | mean ms | ratio median | ratio p95 | ratio mean "
          "| WAL pages / save | commits / save |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, t in result.items():
        print(f"| {label} | {t['median'] * 1000:.3f} | {t['p95'] * 1000:.3f} "
              f"| {t['mean'] * 1000:.3f} | {plain['median'] / t['median']:.2f}× "
              f"| {plain['p95'] / t['p95']:.2f}× | {plain['mean'] / t['mean']:.2f}× "
              f"| {t['pages']:.1f} | {t['commits']:.2f} |")
    app = result["app"]
    ratio = plain["median"] / app["median"]
    cipher = result["cipher raw"]["median"]
    verdict = f"target ≥ {TARGET}×: {'met' if ratio >= TARGET else 'NOT met'}; " if flush else ""
    print(f"\napp / plain, median: {ratio:.2f}× (blocks of {n // blocks}: "
          f"{app['block_low']:.2f}–{app['block_high']:.2f}×), {verdict}encryption alone "
          f"(cipher raw / plain): {plain['median'] / cipher:.2f}×; the app beyond encryption "
          f"(cipher raw / app): {cipher / app['median']:.2f}×")
    for label, t in result.items():
        if label.startswith("app, "):
            print(f"{label} / fresh vault, median: {t['median'] / app['median']:.2f}×")
    return {"median": ratio, "p95": plain["p95"] / app["p95"],
            "mean": plain["mean"] / app["mean"],
            **{label: result[label]["median"] for label in ("plain", "cipher raw", "app")}}


def print_flush(with_flush: dict[str, float], without: dict[str, float]) -> None:
    """What the flush cost in this run, and what it would have to cost for the target: a save
    is its work (the table without the flush) plus the commit's flush, so ``way`` reaches
    TARGET× plain once ``plain + F >= TARGET * (way + F)``, i.e. ``F >= (TARGET * way -
    plain) / (1 - TARGET)``, if the flush costs every way the same."""
    flush = with_flush["plain"] - without["plain"]
    print(f"\nThe flush of a commit cost about {flush * 1000:.2f} ms in this run (plain's median "
          f"with it minus without). At the medians without it, {TARGET}× plain needs a flush of "
          "at least: " + ", ".join(
              f"{label} {(TARGET * without[label] - without['plain']) / (1 - TARGET) * 1000:.2f} ms"
              for label in ("cipher raw", "app")))



def flush_by_content(pages: int = 15, rounds: int = 150) -> tuple[float, float]:
    """Median seconds to write ``pages`` pages and fsync them, as text and as random bytes,
    interleaved, over the same place of a scratch file (as a WAL is rewritten). An encrypted
    page is random bytes; a disk that compresses what it stores (this VM's host does) flushes
    those slower than the same number of text bytes, whatever the program writing them."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "flush-probe"
    text = (" ".join(NOTE_TEMPLATES) * 200).encode()[:4096 * pages]
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    times: dict[str, list[float]] = {"text": [], "random": []}
    try:
        os.pwrite(fd, secrets.token_bytes(2 * 4096 * pages), 0)
        os.fsync(fd)
        for _ in range(rounds):
            for kind in random.sample(list(times), 2):
                data = text if kind == "text" else secrets.token_bytes(len(text))
                offset = 0 if kind == "text" else len(text)
                start = time.perf_counter()
                os.pwrite(fd, data, offset)
                os.fsync(fd)
                times[kind].append(time.perf_counter() - start)
    finally:
        os.close(fd)
        path.unlink()
    return statistics.median(times["text"]), statistics.median(times["random"])


def print_disk(pages: int = 15) -> None:
    text, noise = flush_by_content(pages)
    print(f"\nThe disk: {pages} pages written and flushed took {text * 1000:.2f} ms as text and "
          f"{noise * 1000:.2f} ms as random bytes (what encrypted pages are), medians of "
          f"interleaved rounds: {(noise - text) * 1000:+.2f} ms of an encrypted commit's flush "
          "is what this disk charges for random bytes, not work of the code.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000, help="timed saves each way")
    parser.add_argument("--blocks", type=int, default=5)
    parser.add_argument("--no-flush-table", action="store_true",
                        help="skip the second table, the same saves without the flush")
    parser.add_argument("--big", type=int, metavar="CASES",
                        help="also save into the CASES-case benchmark vault (bigvault.py)")
    args = parser.parse_args()
    with_flush = print_saves(args.saves, args.blocks, big=args.big)
    if not args.no_flush_table:
        print_flush(with_flush, print_saves(args.saves, args.blocks, flush=False, big=args.big))
    print_disk()


if __name__ == "__main__":
    main()
