"""GUI benchmark (issue 14): the real widgets, offscreen, on a cached 100k-case vault.

Each section runs in a fresh child process (so RSS is its own) and measures its baseline in the
same run; the parent prints one table with the ratios:

- ``timeline``: open a case with 5,000 notes, time to the first paint of the note list, against
  opening a 50-note case and a bare ``QListView`` of 5,000 strings (interleaved, medians); RSS
  growth once the 5,000-note list is laid out and scrolled end to end.
- ``search``: the app's search as the GUI sends it (LIMIT 200) for one- and two-letter prefixes
  and for words typed letter by letter, against whole words (p50/p95); the search page typed
  into letter by letter, key to results shown, and the longest step of the GUI thread.
- ``stats``: the statistics of an old year and of this year as the page counts them (first
  count and later ones), and as they were counted before schema 0022, at 20k and 100k cases;
  the statistics page from its showing to its figures and charts, and its longest step.
  A longest step is split (``StepWatch``) into the GUI thread's time on a CPU, waiting for a
  CPU and blocked: on this shared machine the waiting is most of it.
- ``list``: the case list scrolled end to end at 100k cases: RSS against the list just opened.
- ``session``: one window through an operator's morning: the list scrolled end to end, the
  5,000-note case open, its 20 MB scanned report previewed; RSS per step and the peak.

    .venv/bin/python benchmarks/gui.py [--cases 100000] [--only timeline,search] [--runs 7]

The vaults are built once through the app's storage layer (``benchmarks/bigvault.py``) and kept
under /tmp.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bigvault  # noqa: E402

Row = dict[str, Any]


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    return kb / 1024


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) > 1 else values[0]


# --- child side: Qt lives only here ---------------------------------------------------------

def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _open(cases: int) -> Any:
    from rete_desktop.storage.vault import Vault

    return Vault.open(bigvault.vault(cases), bigvault.PASSPHRASE)


def _until_painted(widget: Any, action: Callable[[], None], timeout: float = 30.0) -> float:
    """Seconds from ``action()`` to the first paint of ``widget`` that follows it."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    start = time.perf_counter()
    action()
    while not painted and time.perf_counter() - start < timeout:
        QApplication.processEvents()
    widget.removeEventFilter(watch)
    if not painted:
        raise RuntimeError("never painted")
    return painted[0] - start


class StepWatch:
    """The longest step of the GUI thread's event loop, and where its time went: on a CPU,
    waiting for one (runnable, the machine busy), or blocked (the interpreter lock held by a
    worker, the disk). From Linux's per-thread scheduler statistics: on a shared machine a step
    of 5 ms of work can take 50 ms of wall time, and the split says which it was."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        self._turn = QApplication.processEvents
        self.longest = (0.0, 0.0, 0.0)  # wall, on a CPU, waiting for a CPU (seconds)

    @staticmethod
    def _sched() -> tuple[float, float]:
        try:
            with open("/proc/thread-self/schedstat") as stat:
                on_cpu, waiting, _slices = stat.read().split()
        except OSError:  # not Linux: the split is not reported
            return 0.0, 0.0
        return int(on_cpu) / 1e9, int(waiting) / 1e9

    def step(self) -> None:
        """One turn of the event loop (``processEvents``), timed."""
        cpu, waiting = self._sched()
        start = time.perf_counter()
        self._turn()
        wall = time.perf_counter() - start
        if wall > self.longest[0]:
            cpu_after, waiting_after = self._sched()
            # the kernel books a wait when it ends: one begun before the step may be counted
            on_cpu = min(cpu_after - cpu, wall)
            self.longest = (wall, on_cpu, min(waiting_after - waiting, wall - on_cpu))

    def rows(self, what: str) -> list[Row]:
        wall, cpu, waiting = (value * 1000 for value in self.longest)
        return [
            {"key": "gui", "what": f"{what}: longest GUI-thread step (ms)", "ours": wall,
             "target": "≤ 50 ms"},
            {"key": "gui-cpu", "what": "  of which the GUI thread on a CPU (ms)", "ours": cpu,
             "target": ""},
            {"key": "gui-wait", "what": "  of which runnable, waiting for a CPU (ms)",
             "ours": waiting, "target": ""},
            {"key": "gui-blocked", "what": "  of which blocked: interpreter lock, disk (ms)",
             "ours": max(0.0, wall - cpu - waiting), "target": ""},
        ]


def _settle(seconds: float = 0.5) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()


def scroll_through(timeline: Any) -> int:
    """Scroll a note timeline end to end a screen at a time, as a reader would: the view reads
    the next page of notes each time its end comes into sight. Returns the rows at the end."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication

    bar, model = timeline.verticalScrollBar(), timeline.model()
    step = max(1, timeline.viewport().height())
    for _ in range(1_000_000):
        bar.setValue(bar.value() + step)
        QApplication.processEvents()
        if bar.value() >= bar.maximum() and not model.canFetchMore(QModelIndex()):
            return int(model.rowCount())
    raise RuntimeError("the timeline never reached its end")


def _timeline_rss(detail: Any, ids: dict[str, str]) -> tuple[float, int]:
    """RSS growth from a 50-note case to the 5,000-note one, laid out and scrolled through;
    and the rows the list holds at the end."""
    detail.show_case(ids["50"])
    _settle(1.0)
    before = rss_mb()
    detail.show_case(ids["5000"])
    _settle(2.0)  # the batched layout measures every row read
    rows = scroll_through(detail.timeline)
    return rss_mb() - before, rows


def child_timeline(cases: int, runs: int) -> list[Row]:
    _app()
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QListView

    from rete_desktop.ui.case_detail import CaseDetail
    from rete_desktop.ui.clipboard import SecureClipboard

    vault = _open(cases)
    ids = bigvault.timeline_cases(cases)
    detail = CaseDetail(vault, SecureClipboard(), lambda _text: None)
    detail.resize(1200, 900)
    detail.show()
    bare = QListView()
    bare.resize(1200, 500)
    bare.show()
    strings = [f"{i}. nota di prova per la lista nuda, come il testo di una nota" for i in
               range(5_000)]
    _settle()
    grown, rows = _timeline_rss(detail, ids)  # first, while no long case was ever open
    times: dict[str, list[float]] = {"5000": [], "50": [], "bare": []}
    read: dict[str, int] = {}  # rows the list held at its first paint
    viewport = detail.timeline.viewport()
    for _ in range(runs + 1):  # the first round warms caches and is dropped
        for size in ("50", "5000"):
            times[size].append(_until_painted(viewport, lambda s=size: detail.show_case(ids[s])))
            read[size] = detail.timeline.model().rowCount()
            _settle(0.2)
        times["bare"].append(_until_painted(
            bare.viewport(), lambda: bare.setModel(QStringListModel(strings))))
        _settle(0.2)
    median = {k: statistics.median(v[1:]) * 1000 for k, v in times.items()}
    vault.close()
    return [
        {"what": "open a 5,000-note case, first paint (ms)", "ours": median["5000"],
         "base": median["50"], "base_name": "50-note case", "target": "≤ 150 ms, ≈ 1×"},
        {"what": "  the same against a bare QListView (ms)", "ours": median["5000"],
         "base": median["bare"], "base_name": "bare QListView, 5,000 rows", "target": ""},
        {"what": f"  rows read at first paint: {read['5000']:,} of the 5,000-note case, "
         f"{read['50']} of the 50-note one", "ours": None, "target": ""},
        {"what": f"RSS growth, 5,000 notes scrolled end to end ({rows:,} rows) (MB)",
         "ours": grown, "base": None, "base_name": "", "target": "≤ 20 MB"},
    ]


ONE_LETTER = ["m", "s", "c", "v", "a", "p", "r", "b", "d", "l"]
TWO_LETTERS = ["ma", "ro", "vi", "co", "sa", "pr", "al", "ca", "de", "lu"]
WHOLE_WORDS = ["maltrattante", "consultorio", "tribunale", "braccialetto", "rifugio",
               "casalmaggiore", "rossi", "ammonimento", "sicurezza", "viadana"]
TYPED = ["maria rossi", "casalmaggiore", "ammonimento", "piano sicurezza"]


def _search_latencies(vault: Any, rounds: int) -> dict[str, list[float]]:
    """The app's search (the GUI's LIMIT) for each kind of query, interleaved round by round;
    the typed phrases also as before schema 0021 (every word a prefix query), the same-run
    baseline of what 0021 changed."""
    from rete_desktop.storage import search

    typed = [w[:n] for w in TYPED for n in range(1, len(w) + 1)]
    kinds = {"1 letter": ONE_LETTER, "2 letters": TWO_LETTERS, "whole word": WHOLE_WORDS,
             "typed letter by letter": typed, "typed, every word a prefix": typed}

    def as_before(text: str) -> None:
        vault.query(search.SEARCH_SQL, (search.fts_query(text), 200))

    times: dict[str, list[float]] = {k: [] for k in kinds}
    for _ in range(rounds):
        for kind, queries in kinds.items():
            run = as_before if kind == "typed, every word a prefix" else (
                lambda text: search.search(vault, text, limit=200))
            for query in queries:
                start = time.perf_counter()
                run(query)
                times[kind].append(time.perf_counter() - start)
    return times


def _typing_in_the_page(vault: Any) -> tuple[list[float], StepWatch]:
    """The search page typed into letter by letter, as fast as results come: seconds from each
    keystroke to its results on screen, and the longest the GUI thread was busy at once."""
    from rete_desktop.ui.pages import SearchPage

    _app()
    page = SearchPage(vault)
    page.resize(1000, 700)
    page.show()
    latencies: list[float] = []
    watch = StepWatch()
    for word in TYPED:
        for n in range(1, len(word) + 1):
            start = time.perf_counter()
            page.field.setText(word[:n])
            page.run()  # what the typing timer calls
            while not page.shows_results_of(word[:n]):
                watch.step()
            latencies.append(time.perf_counter() - start)
    page._stop()
    return latencies, watch


def child_search(cases: int, runs: int) -> list[Row]:
    start = time.perf_counter()
    vault = _open(cases)  # the first open after a schema change migrates: timed here
    opened = time.perf_counter() - start
    _search_latencies(vault, 1)  # warm the page cache, as a session that has searched before
    times = _search_latencies(vault, max(2, runs // 2))
    typed, watch = _typing_in_the_page(vault)
    notes = vault.query_one("SELECT count(*) FROM notes")[0]
    vault.close()
    rows: list[Row] = []
    for kind in ("1 letter", "2 letters", "typed letter by letter"):
        base, base_name = times["whole word"], "whole words"
        if kind.startswith("typed"):
            base, base_name = times["typed, every word a prefix"], "every word a prefix (< 0021)"
        rows.append({"what": f"search p95, {kind} (ms; {notes:,} notes)",
                     "ours": p95(times[kind]) * 1000, "base": p95(base) * 1000,
                     "base_name": f"p95, {base_name}", "target": "≤ 50 ms"})
        rows.append({"what": f"search p50, {kind} (ms)", "ours": statistics.median(times[kind])
                     * 1000, "base": statistics.median(base) * 1000,
                     "base_name": f"p50, {base_name}", "target": ""})
    rows.append({"what": "search p95, whole words (ms)", "ours": p95(times["whole word"]) * 1000,
                 "base": None, "base_name": "", "target": "≤ 50 ms"})
    rows.append({"what": "search page: keystroke to results shown, p95 (ms)",
                 "ours": p95(typed) * 1000, "base": None, "base_name": "", "target": ""})
    rows += watch.rows("search page, typing")
    rows.append({"what": "opening the vault (incl. any migration) (s)", "ours": opened,
                 "base": None, "base_name": "", "target": ""})
    return rows


def _stats_times(vault: Any, year: int, runs: int, compute: Callable[[Any, int], Any]
                 ) -> tuple[float, float]:
    """Median seconds of a visit to the statistics page counting ``year``: the first count
    (the page's reader opened, schema read, page cache cold) and a later one (the page keeps its
    reader). The first round warms the OS file cache and is dropped."""
    firsts, laters = [], []
    for _ in range(runs + 1):
        start = time.perf_counter()
        reader = vault.open_reader()
        compute(reader, year)
        firsts.append(time.perf_counter() - start)
        start = time.perf_counter()
        compute(reader, year)
        laters.append(time.perf_counter() - start)
        reader.close()
    return statistics.median(firsts[1:]), statistics.median(laters[1:])


def child_stats(cases: int, runs: int) -> list[Row]:
    """A year's statistics at this vault size: the shared old year and the busiest year, as the
    page counts them (from the counters of schema 0022) and as they were counted before (case
    by case from the raw tables: ``tests/stats_reference.py``); the statistics page (figures
    shown, longest GUI-thread step meanwhile)."""
    from datetime import date

    from rete_desktop.stats import aggregates
    from rete_desktop.ui.stats_page import StatsPage

    sys.path.insert(0, str(HERE.parent))
    from tests.stats_reference import compute_from_raw

    _app()
    vault = _open(cases)
    this_year = date.today().year
    sizes = {year: vault.query_one("SELECT count(*) FROM cases WHERE opened_on >= ? AND"
                                   " opened_on < ?", (f"{year}-01-01", f"{year + 1}-01-01"))[0]
             for year in (bigvault.OLD_YEAR, this_year)}
    rows: list[Row] = []
    for key, year in (("old", bigvault.OLD_YEAR), ("busy", this_year)):
        what = f"statistics of {year} ({sizes[year]:,} cases)"
        first, later = _stats_times(vault, year, runs, aggregates.compute)
        raw, _ = _stats_times(vault, year, max(1, runs // 3), compute_from_raw)
        rows += [
            {"key": key, "what": f"{what}, first count: reader opened (ms)",
             "ours": first * 1000, "target": "≤ 150 ms, ≈ 1× the smaller vault"},
            {"key": f"{key}-later", "what": f"{what}, later counts on the page's reader (ms)",
             "ours": later * 1000, "target": "≤ 150 ms"},
            {"key": f"{key}-raw", "what": f"{what}, counted case by case as before schema 0022"
             " (ms)", "ours": raw * 1000, "target": ""},
        ]
    # timed from the page's first showing, as a user opens it: showing it starts the count
    # (a refresh() after a settle measured nothing when the smaller vault's count had already
    # finished during the settle)
    watch, start = StepWatch(), time.perf_counter()
    page = StatsPage(vault)
    page.resize(1200, 800)
    page.show()
    while not page.shows_year(this_year):
        watch.step()
    shown = time.perf_counter() - start
    vault.close()
    return [
        *rows,
        {"key": "page", "what": f"statistics page, {this_year}: figures and charts shown (ms)",
         "ours": shown * 1000, "target": ""},
        *watch.rows("statistics page, figures and charts coming"),
    ]


def child_list(cases: int, runs: int) -> list[Row]:
    """The case list of the main window scrolled end to end: RSS and time; a page at the end
    of the list by keyset against the same page by OFFSET (the old way)."""
    from PySide6.QtWidgets import QApplication

    from rete_desktop.storage import cases as case_store
    from rete_desktop.ui.clipboard import SecureClipboard
    from rete_desktop.ui.main_window import MainWindow
    from rete_desktop.ui.settings import Settings

    _app()
    vault = _open(cases)
    window = MainWindow(vault, vault.office_name(), SecureClipboard(), Settings(language="it"))
    window.resize(1366, 768)
    window.show()
    _settle(1.0)
    before = rss_mb()
    view, model = window.cases_page.view, window.cases_page.model
    start = time.perf_counter()
    while model.rowCount() < model.total:
        view.scrollToBottom()
        QApplication.processEvents()
    scrolled = time.perf_counter() - start
    _settle(0.5)
    after = rss_mb()
    keyset, offset = [], []
    total = model.total
    _page, last_key = case_store.cases_after(vault, limit=total - 200)  # the key before it
    del _page
    for _ in range(runs):
        begin = time.perf_counter()
        case_store.cases_after(vault, after=last_key, limit=200)
        keyset.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        case_store.list_cases(vault, limit=200, offset=total - 200)
        offset.append(time.perf_counter() - begin)
    vault.close()
    return [
        {"what": f"RSS, case list scrolled end to end ({total:,} cases) (MB)", "ours": after,
         "base": before, "base_name": "the window just opened", "target": "≤ 300 MB"},
        {"what": f"  rows held in memory at the end (of {total:,})", "ours": model.loaded_rows,
         "target": ""},
        {"what": "  time to scroll end to end (s)", "ours": scrolled, "target": ""},
        {"what": "last page of the list, keyset (ms)", "ours": statistics.median(keyset) * 1000,
         "base": statistics.median(offset) * 1000, "base_name": "the same page by OFFSET",
         "target": ""},
    ]


SCAN_NAME = "scansione-referto-20mb.pdf"


def peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    return kb / 1024


def _scan_pdf(path: Path, mb: int, pages: int) -> None:
    """A scanned report as an office gets one: ``pages`` pages of JPEG noise, ``mb`` MB."""
    import io

    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    def jpeg(width: int, height: int) -> bytes:
        out = io.BytesIO()
        Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)).save(
            out, "JPEG", quality=90)
        return out.getvalue()

    per_page = mb * 1_000_000 / pages
    scale = (per_page / len(jpeg(400, 566))) ** 0.5  # JPEG of noise: size ∝ pixels
    width, height = int(400 * scale), int(566 * scale)
    canvas = Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        canvas.drawImage(ImageReader(io.BytesIO(jpeg(width, height))), 0, 0, *A4)
        canvas.showPage()
    canvas.save()


def _scan_attached(vault: Any, case_id: str) -> str | None:
    from rete_desktop.storage import attachments

    return next((found.id for found in attachments.list_attachments(vault, case_id)
                 if found.name == SCAN_NAME), None)


def child_scan(cases: int, runs: int) -> list[Row]:
    """Keep the 20 MB scan with the 5,000-note case, once, in its own process (so that making
    it does not count in the session's memory)."""
    from rete_desktop.storage import attachments

    del runs
    vault = _open(cases)
    case_id = bigvault.timeline_cases(cases)["5000"]
    if _scan_attached(vault, case_id) is None:
        scan = bigvault.CACHE / SCAN_NAME
        _scan_pdf(scan, 20, 30)
        try:
            attachments.add_file(vault, case_id, scan)
        finally:
            scan.unlink()
    vault.close()
    return []


def child_session(cases: int, runs: int) -> list[Row]:
    """One session at 100k cases, as an operator's morning: the case list scrolled end to end,
    the 5,000-note case opened and its timeline scrolled through, its 20 MB scanned report
    (30 pages, the preview's most) previewed. RSS after each step and the peak of the process
    (``VmHWM``) against the window just opened. Target: ≤ 300 MB in any session."""
    from PySide6.QtWidgets import QApplication

    from rete_desktop.ui.clipboard import SecureClipboard
    from rete_desktop.ui.main_window import MainWindow
    from rete_desktop.ui.settings import Settings

    del runs  # one session: memory, not time
    _app()
    vault = _open(cases)
    unlocked = peak_rss_mb()  # the passphrase's key derivation (Argon2) takes its memory here
    ids = bigvault.timeline_cases(cases)
    scan = _scan_attached(vault, ids["5000"])
    window = MainWindow(vault, vault.office_name(), SecureClipboard(), Settings(language="it"))
    window.resize(1366, 768)
    window.show()
    _settle(1.0)
    steps = [("the window just opened", rss_mb())]
    peaks = [peak_rss_mb()]
    view, model = window.cases_page.view, window.cases_page.model
    while model.rowCount() < model.total:
        view.scrollToBottom()
        QApplication.processEvents()
    _settle(0.5)
    steps.append((f"case list scrolled end to end ({model.total:,})", rss_mb()))
    peaks.append(peak_rss_mb())
    window.open_case(ids["5000"])
    _settle(2.0)
    scroll_through(window.detail.timeline)
    steps.append(("+ 5,000-note case open, timeline scrolled through", rss_mb()))
    peaks.append(peak_rss_mb())
    section = window.detail.attachments
    section.table.selectRow(next(row for row, found in enumerate(section._files)
                                 if found.id == scan))
    dialog = section.preview_current()
    if dialog is None or not dialog.images():
        raise RuntimeError("the scan was not previewed")
    _settle(1.0)
    steps.append((f"+ 20 MB scan previewed ({len(dialog.images())} pages)", rss_mb()))
    peaks.append(peak_rss_mb())
    dialog.close()
    _settle(1.0)
    steps.append(("preview closed", rss_mb()))
    peaks.append(peak_rss_mb())
    peak = peak_rss_mb()
    vault.close()
    base = steps[0][1]
    rows: list[Row] = [{"what": f"RSS: {what} (MB), peak so far {top:.0f}", "ours": value,
                        "base": base, "base_name": "the window just opened", "target": ""}
                       for (what, value), top in zip(steps[1:], peaks[1:], strict=True)]
    rows.append({"what": "peak RSS while unlocking, before the window (MB)", "ours": unlocked,
                 "target": ""})
    rows.append({"what": "peak RSS of the whole session (MB)", "ours": peak, "base": base,
                 "base_name": "the window just opened", "target": "≤ 300 MB"})
    return rows


CHILDREN: dict[str, Callable[[int, int], list[Row]]] = {
    "timeline": child_timeline,
    "search": child_search,
    "stats": child_stats,
    "list": child_list,
    "session": child_session,
    "scan": child_scan,
}



# --- parent side ----------------------------------------------------------------------------

def run_child(section: str, cases: int, runs: int) -> list[Row]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               RETE_LANG="it")
    proc = subprocess.run([sys.executable, __file__, "--child", section, "--cases", str(cases),
                           "--runs", str(runs)], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{section} failed:\n{proc.stderr[-3000:]}")
    rows: list[Row] = json.loads(proc.stdout.strip().splitlines()[-1])
    return rows


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:,.1f}"


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}\n")
    print("| measure | ours | baseline | ratio | baseline is | target |")
    print("|---|---:|---:|---:|---|---|")
    for row in rows:
        ratio = (f"{row['ours'] / row['base']:.2f}×" if row.get("base") else "")
        print(f"| {row['what']} | {_cell(row['ours'])} | {_cell(row.get('base'))} | {ratio} "
              f"| {row.get('base_name', '')} | {row.get('target', '')} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default=",".join(c for c in CHILDREN if c != "scan"))
    parser.add_argument("--smaller", type=int, default=20_000,
                        help="the statistics' baseline: the same years in a smaller vault")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.cases, args.runs)))
        return
    bigvault.vault(args.cases)  # build (once) before anything is timed
    rows: list[Row] = []
    for section in args.only.split(","):
        if section == "session":
            run_child("scan", args.cases, args.runs)
        found = run_child(section, args.cases, args.runs)
        if section == "stats":  # against the same measures in a vault a fifth the size
            bigvault.vault(args.smaller)
            smaller = {row["key"]: row for row in run_child(section, args.smaller, args.runs)}
            for row in found:
                row.update(base=smaller[row["key"]]["ours"],
                           base_name=f"the same, {args.smaller:,}-case vault")
        rows += found
    load = os.getloadavg()[0]
    print_table(f"GUI, {args.cases:,}-case vault, offscreen, load average {load:.1f}", rows)


if __name__ == "__main__":
    main()
