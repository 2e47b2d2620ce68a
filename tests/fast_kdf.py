"""The test suite's cheap Argon2 cost, injected without anything the shipped app reads.

The app creates vaults with ``keyslots.DEFAULT_KDF`` (about half a second per derivation). The
suite creates hundreds of vaults, so it replaces that module-level default in its own process
(``conftest.py``, session-wide, before any fixture builds a vault). Tests that need a separate
process run the CLI through :func:`rete_command`, which starts Python with a one-line prelude
that installs the same cost and then calls the ordinary entry point: the app itself has no
switch, variable or file that lowers the cost.
"""

from __future__ import annotations

import sys

from rete_desktop.storage import keyslots

TEST_KDF = keyslots.KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)

_PRELUDE = (
    "import sys; from rete_desktop.storage import keyslots; "
    f"keyslots.DEFAULT_KDF = keyslots.KdfParams({TEST_KDF.iterations}, {TEST_KDF.memory_kib}, "
    f"{TEST_KDF.lanes}); from rete_desktop.__main__ import main; sys.exit(main())"
)


def install() -> None:
    """Make vaults created in this process use the cheap test cost."""
    keyslots.DEFAULT_KDF = TEST_KDF


def rete_command(*args: str) -> list[str]:
    """argv for a ``rete ARGS`` child process whose new vaults use the cheap test cost."""
    return [sys.executable, "-c", _PRELUDE, *args]
