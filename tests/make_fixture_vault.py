"""Store a small vault at the current schema version under tests/fixtures/vaults/vN.

Run once per released schema version (``python -m tests.make_fixture_vault``) so later versions
are tested against real files made by earlier code (test_migrations.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "vaults"
PASSPHRASE = "fixture passphrase"


def main(max_version: int | None = None) -> Path:
    from rete_desktop.storage import cases, migrations, notes
    from tests import fast_kdf

    fast_kdf.install()
    from rete_desktop.storage.vault import Vault

    if max_version is not None:
        migrations.MIGRATIONS = migrations.MIGRATIONS[:max_version]
        migrations.LATEST = max_version
    target = FIXTURES / f"v{migrations.LATEST}"
    vault, _ = Vault.create(target, PASSPHRASE, office_name="Fixture CAV", office_kind="cav",
                            operator_name="fixture")
    case_id = cases.create_case(vault, "Caso fixture", risk="high")
    cases.add_person(vault, case_id, "child", "Bimbo Fixture", birth_year=2019,
                     exposure="witnessed")
    note_id = notes.add_note(vault, case_id, "Nota scritta dalla versione precedente")
    vault.checkpoint()
    vault.close()
    (target / "vault.lock").unlink()
    (target / "expected.json").write_text(json.dumps(
        {"passphrase": PASSPHRASE, "case_id": case_id, "note_id": note_id}, indent=1))
    return target


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else None))
