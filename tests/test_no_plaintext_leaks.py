"""A whole working session leaves no plaintext behind: no temp files, no names in the output.

Every step runs as a real ``rete`` process with ``TMPDIR`` pointed at an empty directory:
create a case with persons and notes, back up, restore, export and import a referral packet,
receipt, subject-access PDF, processing register. Afterwards that directory is still empty, and
no human message (stderr) carries a name or a note's text. (Standard output is excluded only
where a command's job is to print them: ``case show``.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.packet_fixtures import build_network

NAME, CHILD = "Ornella Sbarufatti", "Matteo Sbarufatti"
NOTE = "Riferisce percosse ripetute davanti al figlio, ha paura di tornare a casa"
SECRETS = (NAME, CHILD, "Sbarufatti", NOTE, "percosse")


def test_full_session_writes_no_temp_files_and_logs_no_names(tmp_path: Path) -> None:
    offices = build_network(tmp_path / "net", members=("carabinieri",))
    cc, cav = offices["carabinieri"], offices["cav"]
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp),
           "RETE_PASSPHRASE": PASSPHRASE, "RETE_LANG": "it"}
    outputs: list[tuple[str, str, str]] = []

    def rete(vault: Path, *args: str, printing_names: bool = False) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "rete_desktop", "--vault", str(vault), *args],
            env=env, capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, (args, done.stderr)
        outputs.append((" ".join(args[:2]), "" if printing_names else done.stdout, done.stderr))
        return done.stdout.strip()

    case_id = rete(cc.path, "case", "new", "--title", "Maltrattamenti", "--risk", "high")
    victim = rete(cc.path, "person", "add", "--case", case_id, "--role", "victim", "--name", NAME)
    rete(cc.path, "person", "add", "--case", case_id, "--role", "child", "--name", CHILD,
         "--exposure", "witnessed")
    rete(cc.path, "note", "add", "--case", case_id, "--text", NOTE)
    rete(cc.path, "case", "consent", case_id, "--share-with", "cav", "--include-notes")
    rete(cc.path, "case", "show", case_id, "--json", printing_names=True)
    rete(cc.path, "search", "Sbarufatti", printing_names=True)
    rete(cc.path, "backup", str(tmp_path / "cc.rete"))
    rete(tmp_path / "restored", "restore", str(tmp_path / "cc.rete"))
    rete(tmp_path / "restored", "vault", "check")
    exported = json.loads(rete(cc.path, "packet", "export", "--case", case_id, "--to",
                               cav.office_id, "--out", str(tmp_path), "--notes", "all", "--json"))
    imported = json.loads(rete(cav.path, "packet", "import", exported["file"], "--json"))
    rete(cav.path, "packet", "receipt", imported["packet_id"], "--out",
         str(tmp_path / "receipt"))
    rete(cc.path, "person", "export", victim, "--out", str(tmp_path / "access"))
    rete(cc.path, "processing-register", "--out", str(tmp_path / "registro.pdf"))
    rete(cc.path, "case", "erase", case_id, "--yes")

    assert list(temp.iterdir()) == []
    for command, out, err in outputs:
        for secret in SECRETS:
            assert secret not in err, (command, "stderr", secret)
            assert secret not in out, (command, "stdout", secret)
    for path in (tmp_path / "cc.rete", Path(exported["file"])):
        data = path.read_bytes()
        assert not any(s.encode() in data for s in SECRETS), path.name
