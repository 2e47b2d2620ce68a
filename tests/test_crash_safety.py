"""Power cut while writing: `rete note add` SIGKILLed at random moments never loses a note.

Each trial runs a shell loop of `rete note add` processes (real subprocesses, real vault) and
kills the whole process group with SIGKILL after a random delay, so the kill lands anywhere:
during start-up, key derivation, the SQLite transaction, the WAL write or the exit. A note
counts as *confirmed* only if its command exited 0 and printed an id. Afterwards the vault must
open, pass ``rete vault check`` (SQLCipher HMACs, integrity, audit chain), hold every confirmed
note with its exact text, and hold no note that is not one of the texts we sent (no torn writes).

The default suite runs a few trials; ``pytest -m slow`` runs the full harness (60 trials).
"""

from __future__ import annotations

import os
import random
import re
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rete_desktop.storage import audit, cases
from rete_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, CliRunner, make_vault

SIZES = (0, 2_000, 60_000)  # bigger notes make the write itself a bigger target
_LINE = re.compile(r"^(\d+) ([0-9a-f]{16})$")


def _padding(size: int) -> str:
    return "abcdefghij" * (size // 10)


def _text(trial: int, index: int, size: int) -> str:
    return f"crash-note {trial}-{index} {_padding(size)}".strip()  # as add_note stores it


def live_group_members(pgid: int) -> list[int]:
    """Processes of group ``pgid`` that have not finished exiting (a zombie holds no files)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # exited meanwhile
            continue
        state, _ppid, group = stat.rsplit(")", 1)[1].split()[:3]
        if int(group) == pgid and state != "Z":
            members.append(int(entry.name))
    return members


def _killed_after(script: str, kill_after: float) -> bytes:
    """Run ``script`` in its own process group, SIGKILL the group after ``kill_after`` seconds
    and return its stdout once every process of the group is gone.

    ``communicate()`` returns when the shell is reaped and the pipe is closed, while a `rete`
    grandchild killed in the same instant may still be exiting, holding the vault lock: the
    next open would race with it. So wait for the whole group.
    """
    proc = subprocess.Popen(
        ["bash", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        start_new_session=True, env=os.environ.copy(),
    )
    try:
        proc.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    deadline = time.monotonic() + 30
    while live_group_members(proc.pid):
        assert time.monotonic() < deadline, "killed processes did not exit"
        time.sleep(0.005)
    return out


def _run_trial(
    vault_dir: Path, case_id: str, trial: int, size: int, kill_after: float
) -> dict[int, str]:
    """One killed writer loop; returns {index: note id} of the notes it confirmed."""
    padding = vault_dir.parent / "padding.txt"
    padding.write_text(_padding(size))
    rete = f"{shlex.quote(sys.executable)} -m rete_desktop --vault {shlex.quote(str(vault_dir))}"
    script = (
        f"pad=$(cat {shlex.quote(str(padding))}); for i in $(seq 1 50); do "
        f"out=$({rete} note add --case {case_id} --text \"crash-note {trial}-$i $pad\")"
        " && echo \"$i $out\"; done"
    )
    confirmed = {}
    for line in _killed_after(script, kill_after).decode().splitlines():
        match = _LINE.match(line)
        if match:
            confirmed[int(match.group(1))] = match.group(2)
    return confirmed


def _crash_trials(tmp_path: Path, rete: CliRunner, trials: int, seed: int) -> None:
    vault_dir = tmp_path / "vault"
    with make_vault(vault_dir) as vault:
        case_id = cases.create_case(vault, "crash harness")
    rng = random.Random(seed)
    expected: dict[str, str] = {}  # note id -> text, for every confirmed note
    sizes: dict[int, int] = {}
    for trial in range(trials):
        sizes[trial] = size = rng.choice(SIZES)
        kill_after = rng.uniform(0.05, 1.6)
        for index, note_id in _run_trial(vault_dir, case_id, trial, size, kill_after).items():
            expected[note_id] = _text(trial, index, size)
        with Vault.open(vault_dir, PASSPHRASE) as vault:  # opens: lock released, keys intact
            assert vault.integrity_problems() == [], f"trial {trial}"
            stored = dict(vault.query("SELECT id, text FROM notes WHERE case_id = ?",
                                      (case_id,)))
            audited = {e.entity_id for e in audit.list_entries(vault, limit=100_000)
                       if e.action == "note.add"}
        missing = set(expected) - set(stored)
        assert not missing, f"trial {trial}: confirmed notes lost: {missing}"
        assert all(stored[i] == t for i, t in expected.items()), f"trial {trial}: text changed"
        allowed = {_text(t, i, s) for t, s in sizes.items() for i in range(1, 51)}
        assert set(stored.values()) <= allowed, f"trial {trial}: torn note"
        assert set(stored) == audited, f"trial {trial}: note without its audit entry"
    r = rete("--vault", str(vault_dir), "vault", "check", "--json")
    assert r.code == 0, r.err
    print(f"\ncrash harness: {trials} trials, {len(expected)} confirmed notes, "
          f"{len(stored)} stored, all confirmed present")


def test_the_harness_reopens_only_after_every_killed_process_is_gone(tmp_path: Path) -> None:
    """A killed writer still exiting must not be mistaken for a lock left behind."""
    marker = tmp_path / "pgid"
    script = f"echo $$ > {shlex.quote(str(marker))}; " + " ".join(
        f"{shlex.quote(sys.executable)} -c 'import time; time.sleep(9)' &" for _ in range(4)
    ) + " wait"
    for _ in range(5):
        _killed_after(script, kill_after=0.3)
        assert live_group_members(int(marker.read_text())) == []


def test_killed_writers_lose_no_confirmed_note(tmp_path: Path, rete: CliRunner) -> None:
    _crash_trials(tmp_path, rete, trials=4, seed=1)


@pytest.mark.slow
def test_sixty_random_kills_lose_no_confirmed_note(tmp_path: Path, rete: CliRunner) -> None:
    _crash_trials(tmp_path, rete, trials=60, seed=int.from_bytes(os.urandom(4), "big"))
