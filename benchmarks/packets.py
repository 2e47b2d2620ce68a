"""Packet throughput: seal+sign and verify+open vs the stock `age` CLI on the same bytes.

    .venv/bin/python benchmarks/packets.py [--sizes 1,20] [--repeat 3]

"ours" runs the full pure pipeline: build the manifest, SSHSIG-sign it, build the padded tar in
memory, age-encrypt to two recipients plus the sender (seal); then age-decrypt, read the tar
with the allow-list, parse the manifest, verify the signature and hash every part (open). The
directory and replay checks are two indexed SQLite look-ups and are left out. "age" encrypts
the same tar bytes to the same three recipients, and decrypts them, through subprocesses.
Best of ``--repeat`` runs; throughput counts payload megabytes (MB = 10^6 bytes).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable

from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.packets.archive import read_tar
from rete_desktop.packets.packet import build_packet, check_parts, unseal


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def age_decrypt_cli(age_cli: str, identity: str, data: bytes) -> bytes:
    """`age -d -i /dev/fd/N`: the identity goes through a pipe, never a temp file."""
    read_fd, write_fd = os.pipe()
    os.write(write_fd, identity.encode() + b"\n")
    os.close(write_fd)
    try:
        return subprocess.run([age_cli, "-d", "-i", f"/dev/fd/{read_fd}"], input=data,
                              capture_output=True, check=True, pass_fds=(read_fd,)).stdout
    finally:
        os.close(read_fd)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,20", help="payload sizes in MB")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    age_cli = shutil.which("age")
    if age_cli is None:
        print("age CLI not found: install the Debian package 'age' to compare", file=sys.stderr)
        return 2
    sender, r1, r2 = OfficeKeys.generate(), OfficeKeys.generate(), OfficeKeys.generate()
    recipients = {"a" * 16: r1.encryption_recipient(), "b" * 16: r2.encryption_recipient()}
    age_args = [a for r in (*recipients.values(), sender.encryption_recipient())
                for a in ("-r", r)]
    identity = r1.age_identity_string()
    rows = []
    for mb in (int(s) for s in args.sizes.split(",")):
        payload = os.urandom(mb * 1_000_000)
        parts = {"data.bin": ("application/octet-stream", payload)}

        def seal(parts: dict[str, tuple[str, bytes]] = parts) -> bytes:
            return build_packet(sender, "c" * 16, "referral", recipients, parts)[0].data

        data = seal()

        def open_(data: bytes = data) -> None:
            unsealed = unseal(data, r1.age_identity_string())
            check_parts(unsealed.manifest, unsealed.members)

        tar = age_decrypt_cli(age_cli, identity, data)
        assert read_tar(tar)["parts/data.bin"] == payload

        def age_encrypt(tar: bytes = tar) -> bytes:
            return subprocess.run([age_cli, *age_args], input=tar, capture_output=True,
                                  check=True).stdout

        encrypted = age_encrypt()

        def age_decrypt(encrypted: bytes = encrypted) -> bytes:
            return age_decrypt_cli(age_cli, identity, encrypted)

        for label, ours, theirs in (("seal+sign", seal, age_encrypt),
                                    ("verify+open", open_, age_decrypt)):
            t_ours, t_age = best(ours, args.repeat), best(theirs, args.repeat)
            rows.append((mb, label, mb / t_ours, mb / t_age, t_age / t_ours))
    print(f"{'payload':>8}  {'operation':<12} {'ours MB/s':>10} {'age CLI MB/s':>13} "
          f"{'ratio':>6}")
    for mb, label, ours_tp, age_tp, ratio in rows:
        print(f"{mb:>6} MB  {label:<12} {ours_tp:>10.1f} {age_tp:>13.1f} {ratio:>5.2f}x")
    return 0 if all(r[4] >= 0.5 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
