"""Packets and attachments: memory and throughput of the app's own path, against age.

    .venv/bin/python benchmarks/packets.py [--mb 20] [--runs 5] [--src DIR]
        [--only memory|path|pipeline]

Three tables, each with its baseline measured in the same run (issue 14):

memory
    Peak RSS growth of a 20 MB attachment through the ``rete`` command, each step its own
    process: ``attachment add`` (file → vault), ``packet export`` (the case with the
    attachment → a referral file), ``packet import`` (that file → a new case at the CAV).
    Growth = peak RSS (``ru_maxrss`` of the child) of the step with the 20 MB file minus the same
    step with a 1 KB file, so interpreter, libraries, vault unlock and PDF set-up cancel out;
    the median of ``--runs`` pairs. Target: ≤ 1.5× the payload. ``--src`` runs another checkout's
    code (e.g. ``/work/main/src``) on vaults it creates itself, for a before/after.
path
    The full app path against the stock ``age`` CLI on files (not pipes): export = prepare and
    seal a referral of the case straight into a file, register it; import = verify and file
    that file as a new case with its attachment. ``age`` encrypts the same-size tar from a file
    to a file for the same three recipients, and decrypts it to a file. Interleaved, medians.
    Target: ≥ 0.5× ``age``. The ``floor`` rows time the parts no path can skip, each against
    ``age``: the attachment's sealed file read (export) or written and fsynced (import) plus
    ``age`` itself, and pyrage alone (the library every packet goes through) file to file.
    Below the table, the CPU time of each direction (this process's threads against the
    ``age`` child's user and system time): on a loaded machine the wall times swing with the
    scheduler, the CPU times much less.
pipeline
    The pure packet pipeline in memory (build+sign+encrypt, decrypt+verify+hash) against
    ``age`` through pipes, as in earlier runs of this benchmark.

Every vault, payload and packet is made under ``$RETE_BENCH_DIR`` (default /tmp/rete-bench),
never in the repository. Without the ``age`` CLI (Debian package ``age``) the ``path`` and
``pipeline`` tables are skipped with a message saying so.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(os.environ.get("RETE_BENCH_DIR", "/tmp/rete-bench")) / "packets"
PASSPHRASE = "benchmark passphrase that is long enough"
SMALL = 1024  # bytes of the baseline attachment
FLOOR = "floor:"  # rows that say what the parts of the path cost by themselves
NOTES: list[str] = []  # printed under the table of the section that wrote them


# --- set-up (also run as a child with another checkout's code: --setup DIR) ------------------


def setup(directory: Path, payloads: dict[str, Path]) -> dict[str, str]:
    """Two offices (the CAV coordinates, the Carabinieri are members) and at the Carabinieri one
    case per payload, consented to the CAV with its documents; returns ids as JSON-able."""
    from rete_desktop.domain.records import Consent
    from rete_desktop.domain.vocabulary import OfficeKind
    from rete_desktop.packets import directory as network
    from rete_desktop.packets import member_card
    from rete_desktop.storage import cases, keyslots
    from rete_desktop.storage.identity import load_identity
    from rete_desktop.storage.vault import Vault

    kdf = keyslots.KdfParams(1, 8 * 1024, 1)  # unlocking is not what is measured
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    cav, _ = Vault.create(directory / "cav", PASSPHRASE, office_name="CAV Rete Rosa",
                          office_kind="cav", kdf=kdf)
    cc, _ = Vault.create(directory / "cc", PASSPHRASE, office_name="Carabinieri Casalmaggiore",
                         office_kind="carabinieri", kdf=kdf)
    network.create_directory(cav, "Rete Casalasca")
    network.add_card(cav, member_card.read_card(member_card.export_card(load_identity(cc))))
    network.import_directory(cc, network.publish_directory(cav), pin_confirmed=True)
    ids = {"cav": load_identity(cav).office_id}
    for label in payloads:
        case_id = cases.create_case(cc, f"Caso {label}")
        cases.set_consent(cc, case_id, Consent(share_with=(OfficeKind.CAV,), include_notes=True))
        ids[label] = case_id
    cav.close()
    cc.close()
    return ids


# --- memory --------------------------------------------------------------------------------


def peak_of(src: Path, *args: str) -> tuple[str, int]:
    """Peak RSS (KiB) of one ``rete`` child, measured in a fresh grandparent so that
    RUSAGE_CHILDREN holds that child alone."""
    code = (
        "import json, resource, subprocess, sys; "
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "print(json.dumps([r.returncode, r.stdout, r.stderr, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))"
    )
    env = {**os.environ, "PYTHONPATH": str(src), "RETE_PASSPHRASE": PASSPHRASE,
           "RETE_LANG": "en"}
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "rete_desktop",
                          *args], env=env, check=True, capture_output=True, text=True).stdout
    returncode, stdout, stderr, peak = json.loads(out)
    if returncode != 0:
        raise RuntimeError(f"rete {' '.join(args)} failed: {stderr}")
    return stdout.strip(), int(peak)


def memory(src: Path, mb: int, runs: int) -> list[tuple[str, float, float]]:
    """[(step, median growth MB, growth / payload)] for add, export and import."""
    payloads = {"small": BENCH / "small.bin", "big": BENCH / "big.bin"}
    BENCH.mkdir(parents=True, exist_ok=True)
    payloads["small"].write_bytes(os.urandom(SMALL))
    payloads["big"].write_bytes(os.urandom(mb * 1_000_000))
    work = BENCH / "memory"
    ids = json.loads(subprocess.run(
        [sys.executable, __file__, "--setup", str(work)],
        env={**os.environ, "PYTHONPATH": str(src)}, check=True, capture_output=True,
        text=True).stdout)
    cc, cav = str(work / "cc"), str(work / "cav")
    growth: dict[str, list[float]] = {"add": [], "export": [], "import": []}
    for run in range(runs):
        peaks: dict[tuple[str, str], int] = {}
        for label, payload in payloads.items():  # interleaved: small, big, small, big...
            attachment, peaks["add", label] = peak_of(
                src, "attachment", "add", "--case", ids[label], str(payload), "--json",
                "--vault", cc)
            attachment_id = json.loads(attachment)["id"] if attachment.startswith("{") \
                else attachment
            packet = BENCH / f"{label}-{run}.age"
            _, peaks["export", label] = peak_of(
                src, "packet", "export", "--case", ids[label], "--to", ids["cav"],
                "--attachments", attachment_id, "--out", str(packet), "--vault", cc)
            _, peaks["import", label] = peak_of(src, "packet", "import", str(packet),
                                                "--vault", cav)
            packet.unlink()
        for step in growth:
            growth[step].append((peaks[step, "big"] - peaks[step, "small"]) / 1024)
    payload_mb = (mb * 1_000_000 - SMALL) / 2**20
    return [(step, statistics.median(g), statistics.median(g) / payload_mb)
            for step, g in growth.items()]


# --- the full path vs age on files ---------------------------------------------------------


def age_cli_identity_args(identity: str) -> tuple[list[str], int]:
    """``-i /dev/fd/N`` with the identity in a pipe: never a key in a temp file."""
    read_fd, write_fd = os.pipe()
    os.write(write_fd, identity.encode() + b"\n")
    os.close(write_fd)
    return ["-i", f"/dev/fd/{read_fd}"], read_fd


def _cpu() -> float:
    """CPU seconds of this process (all its threads) and of its finished children."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def full_path(age_cli: str, mb: int, runs: int) -> list[tuple[str, float, float, float]]:
    """[(operation, ours s, age s, ratio)] medians of interleaved runs, in this process."""
    import pyrage

    from rete_desktop.packets import referral
    from rete_desktop.packets.referral import NoteChoice
    from rete_desktop.storage import attachment_files, attachments
    from rete_desktop.storage.identity import load_identity
    from rete_desktop.storage.vault import Vault

    work = BENCH / "path"
    payload = BENCH / "path.bin"
    BENCH.mkdir(parents=True, exist_ok=True)
    payload.write_bytes(os.urandom(mb * 1_000_000))
    ids = setup(work, {"big": payload})
    cc, cav = Vault.open(work / "cc", PASSPHRASE), Vault.open(work / "cav", PASSPHRASE)
    attachment_id = attachments.add_file(cc, ids["big"], payload)
    # The packet is encrypted to the CAV and to the sender: the same two for age.
    recipients = [load_identity(v).keys.encryption_recipient() for v in (cav, cc)]
    identity = load_identity(cav).keys.age_identity_string()
    tar = BENCH / "path.tar"
    tar.write_bytes(os.urandom(mb * 1_000_000 + 20_000))  # the tar's size, near enough
    times: dict[str, list[float]] = {k: [] for k in (
        "export", "age -e", "pyrage -e", "import", "age -d", "pyrage -d", "sealed write",
        "sealed read")}

    cpu: dict[str, list[float]] = {k: [] for k in ("export", "age -e", "import", "age -d")}

    def timed(label: str, fn: Callable[[], object]) -> None:
        used = _cpu()
        start = time.perf_counter()
        fn()
        times[label].append(time.perf_counter() - start)
        if label in cpu:
            cpu[label].append(_cpu() - used)

    pyrage_recipients = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    pyrage_identity = [pyrage.x25519.Identity.from_str(identity)]
    chunks = [data[i:i + attachments.CHUNK_SIZE]
              for data in (payload.read_bytes(),)
              for i in range(0, len(data), attachments.CHUNK_SIZE)]
    files = work / "floor"
    for run in range(runs):
        packet = BENCH / f"path-{run}.age"
        timed("sealed read", lambda: sum(len(c) for c in attachments.attachment_chunks(
            cc, attachment_id)))
        timed("sealed write", lambda: attachment_files.write(files, chunks, hashed=False))

        def export(packet: Path = packet) -> None:
            draft = referral.prepare_referral(cc, ids["big"], [ids["cav"]],
                                              attachments_choice=NoteChoice.parse(attachment_id))
            referral.seal_referral_to(cc, draft, packet)

        timed("export", export)
        timed("age -e", lambda: subprocess.run(
            [age_cli, *(a for r in recipients for a in ("-r", r)), "-o", str(BENCH / "e.age"),
             str(tar)], check=True))
        timed("pyrage -e", lambda: pyrage.encrypt_file(str(tar), str(BENCH / "p.age"),
                                                       pyrage_recipients))
        timed("import", lambda packet=packet: referral.import_referral(cav, packet))
        args, fd = age_cli_identity_args(identity)
        try:
            timed("age -d", lambda args=args, fd=fd: subprocess.run(
                [age_cli, "-d", *args, "-o", str(BENCH / "d.tar"), str(BENCH / "e.age")],
                check=True, pass_fds=(fd,)))
        finally:
            os.close(fd)
        timed("pyrage -d", lambda: pyrage.decrypt_file(str(BENCH / "e.age"), str(BENCH / "p.tar"),
                                                       pyrage_identity))
        packet.unlink()
        shutil.rmtree(files)
    cc.close()
    cav.close()
    med = {k: statistics.median(v) for k, v in times.items()}
    NOTES.append("CPU time, median of the runs (this process's threads; the `age` child):")
    for ours, theirs in (("export", "age -e"), ("import", "age -d")):
        mine, its = statistics.median(cpu[ours]), statistics.median(cpu[theirs])
        NOTES.append(f"- {ours}: {mine * 1000:.0f} ms; {theirs}: {its * 1000:.0f} ms; "
                     f"ratio {its / mine:.2f}×")
    return [("export (case → file)", med["export"], med["age -e"], med["age -e"] / med["export"]),
            ("import (file → case)", med["import"], med["age -d"], med["age -d"] / med["import"]),
            (f"{FLOOR} sealed file read + age -e", med["sealed read"] + med["age -e"],
             med["age -e"], med["age -e"] / (med["sealed read"] + med["age -e"])),
            (f"{FLOOR} age -d + sealed file written", med["sealed write"] + med["age -d"],
             med["age -d"], med["age -d"] / (med["sealed write"] + med["age -d"])),
            (f"{FLOOR} pyrage alone, file to file (-e)", med["pyrage -e"], med["age -e"],
             med["age -e"] / med["pyrage -e"]),
            (f"{FLOOR} pyrage alone, file to file (-d)", med["pyrage -d"], med["age -d"],
             med["age -d"] / med["pyrage -d"])]


# --- the pure pipeline (no vault) vs age through pipes -------------------------------------


def pipeline(age_cli: str, mb: int, runs: int) -> list[tuple[str, float, float, float]]:
    from rete_desktop.crypto.keys import OfficeKeys
    from rete_desktop.packets.packet import build_packet, check_parts, unseal

    sender, r1, r2 = OfficeKeys.generate(), OfficeKeys.generate(), OfficeKeys.generate()
    recipients = {"a" * 16: r1.encryption_recipient(), "b" * 16: r2.encryption_recipient()}
    age_args = [a for r in (*recipients.values(), sender.encryption_recipient())
                for a in ("-r", r)]
    payload = os.urandom(mb * 1_000_000)
    parts = {"data.bin": ("application/octet-stream", payload)}
    data = build_packet(sender, "c" * 16, "referral", recipients, parts)[0].data
    identity = r1.age_identity_string()
    times: dict[str, list[float]] = {k: [] for k in ("seal", "age -e", "open", "age -d")}

    def open_(data: bytes) -> None:
        unsealed = unseal(data, identity)
        check_parts(unsealed.manifest, unsealed.members)

    encrypted = subprocess.run([age_cli, *age_args], input=payload, capture_output=True,
                               check=True).stdout
    for _ in range(runs):
        for label, fn in (
            ("seal", lambda: build_packet(sender, "c" * 16, "referral", recipients, parts)),
            ("age -e", lambda: subprocess.run([age_cli, *age_args], input=payload,
                                              capture_output=True, check=True)),
            ("open", lambda: open_(data)),
        ):
            start = time.perf_counter()
            fn()
            times[label].append(time.perf_counter() - start)
        args, fd = age_cli_identity_args(identity)
        start = time.perf_counter()
        subprocess.run([age_cli, "-d", *args], input=encrypted, capture_output=True, check=True,
                       pass_fds=(fd,))
        times["age -d"].append(time.perf_counter() - start)
        os.close(fd)
    med = {k: statistics.median(v) for k, v in times.items()}
    return [("seal+sign", med["seal"], med["age -e"], med["age -e"] / med["seal"]),
            ("verify+open", med["open"], med["age -d"], med["age -d"] / med["open"])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=20, help="payload size in MB (10^6 bytes)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="code under test")
    parser.add_argument("--only", choices=("memory", "path", "pipeline"))
    parser.add_argument("--setup", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.setup:  # child: make the vaults with the code under test
        print(json.dumps(setup(args.setup, {"small": Path(), "big": Path()})))
        return 0
    ok = True
    if args.only in (None, "memory"):
        rows = memory(args.src, args.mb, args.runs)
        print(f"\nPeak RSS growth for a {args.mb} MB attachment ({args.src}), "
              f"median of {args.runs}\n")
        print("| step | growth MB | × payload | target |")
        print("|---|---:|---:|---|")
        for step, mb, ratio in rows:
            print(f"| {step} | {mb:.1f} | {ratio:.2f}× | ≤ 1.5× |")
            ok = ok and ratio <= 1.5
    age_cli = shutil.which("age")
    if args.only in (None, "path", "pipeline") and age_cli is None:
        print("\nage CLI not found: install the Debian package 'age' for the comparisons "
              "(tables skipped)", file=sys.stderr)
        return 2
    assert age_cli is not None
    for section, title, fn in (
        ("path", "Full app path vs the age CLI on files", full_path),
        ("pipeline", "Packet pipeline in memory vs the age CLI through pipes", pipeline),
    ):
        if args.only not in (None, section):
            continue
        rows2 = fn(age_cli, args.mb, args.runs)
        print(f"\n{title}, {args.mb} MB, median of {args.runs} interleaved runs\n")
        print("| operation | ours s | age s | ours MB/s | age MB/s | ratio | target |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for label, ours, theirs, ratio in rows2:
            floor = label.startswith(FLOOR)
            print(f"| {label} | {ours:.3f} | {theirs:.3f} | {args.mb / ours:.0f} "
                  f"| {args.mb / theirs:.0f} | {ratio:.2f}× | {'a part' if floor else '≥ 0.5×'} |")
            ok = ok and (floor or ratio >= 0.5)
        if NOTES:
            print("\n" + "\n".join(NOTES))
            NOTES.clear()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
