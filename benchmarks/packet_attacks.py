"""How long each issue-18 attack takes to be refused (target: under 1 s each, large inputs too).

    .venv/bin/python benchmarks/packet_attacks.py [--repeat 3]

Builds a small network of real vaults in a temporary directory (cheap test KDF), crafts every
attack with tests/attack_kit.py (never the app's writer) and times ``receive_packet`` from the
file bytes to the refusal, vault look-ups included. Best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import attack_kit as kit  # noqa: E402
from tests import fast_kdf  # noqa: E402
from tests.packet_fixtures import build_network  # noqa: E402

from rete_desktop.errors import ReteError  # noqa: E402
from rete_desktop.packets.packet import receive_packet  # noqa: E402
from rete_desktop.storage.identity import load_identity  # noqa: E402

TARGET = 1.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    fast_kdf.install()
    with tempfile.TemporaryDirectory() as tmp:
        net = build_network(Path(tmp))
        keys = {}
        for name, office in net.items():
            with office.open() as vault:
                keys[name] = load_identity(vault).keys

        def packet(to: tuple[str, ...] = ("cav",)) -> kit.Packet:
            cc = keys["carabinieri"]
            return kit.Packet(cc.signing_key, net["carabinieri"].office_id,
                              {net[o].office_id: keys[o].encryption_recipient() for o in to},
                              cc.encryption_recipient(),
                              kit.with_parts({"item.json": b'{"n": 1}'}))

        plain = packet()
        attacks: dict[str, Callable[[], bytes]] = {
            "3000 fake X25519 stanzas (0.3 MB)":
                lambda: kit.stuffed(plain.seal(), kit.fake_stanzas(3000)),
            "12 MB stanza bomb": lambda: kit.stanza_bomb(plain.seal(), 12 * kit.MIB),
            "pax ReDoS header, 20 KB": lambda: kit.pax_redos(plain, 20_000),
            "pax ReDoS header, 0.5 MB": lambda: kit.pax_redos(plain, 512 * 1024),
            "data after the end of the archive":
                lambda: plain.seal(plain.plaintext() + b"appended"),
            "re-encrypted by a co-recipient":
                lambda: packet(("cav", "social")).seal(
                    to=[keys["cav"].encryption_recipient()]),
        }
        print(f"| attack | size | verdict | refused in (ms) | ≤ {TARGET:.0f} s |")
        print("|---|---:|---|---:|:-:|")
        worst = 0.0
        with net["cav"].open() as vault:
            for label, make in attacks.items():
                data = make()
                times, verdict = [], ""
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    try:
                        receive_packet(vault, data, ("agenda-item",))
                        verdict = "ACCEPTED"
                    except ReteError as error:
                        verdict = error.message_id
                    times.append(time.perf_counter() - start)
                best = min(times)
                worst = max(worst, best)
                print(f"| {label} | {len(data):,} | {verdict} | {best * 1000:.1f} | "
                      f"{'✔' if best <= TARGET and verdict != 'ACCEPTED' else '✘'} |")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
