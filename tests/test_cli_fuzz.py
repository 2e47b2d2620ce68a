"""Every `rete` command, fed hostile arguments and files: a clear refusal or a result, never a
crash, a hang, an escape code on the terminal or an attachment's name on stderr.

The commands are discovered from the parser itself, so a new command is fuzzed without being
listed here. Each command gets its own examples, whose arguments come from hostile values: numbers
too large for any field, undecodable bytes, terminal escape codes and line breaks, very long
text, and as files a FIFO nobody writes to, a folder, an empty file, random bytes, non-UTF-8
text and a missing path. Only the commands that contact a mail server are left out (they would
wait on the network); their parsing is fuzzed by the transport tests.

Three examples per command by default; ``RETE_FUZZ_SCALE=N`` multiplies them.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rete_desktop.cli.main import build_parser, run_cli, subcommands
from rete_desktop.storage import attachments, cases, notes
from tests.conftest import hang_fails, make_vault

SCALE = int(os.environ.get("RETE_FUZZ_SCALE", "1"))
NETWORK = {("transport", "mail"), ("inbox", "fetch"), ("packet", "send"), ("packet", "retry"),
           ("packet", "send-receipt")}
FILE_DESTS = {"file", "out", "dir", "ca_file", "inbox", "outbox", "pdf", "csv", "request_file"}
SECRET_NAME = "Bellinzona"  # in an attachment's file name: must never reach stderr


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
            ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    sub = subcommands(parser)
    if sub is None:
        yield path, parser
        return
    for name, child in sub.choices.items():
        yield from _leaves(child, (*path, name))


COMMANDS = [(path, parser) for path, parser in _leaves(build_parser())
            if path not in NETWORK]

NUMBERS = ["9" * 40, "-" + "9" * 40, "0", "-1", "2026", "1e9", "٣"]
TEXTS = ["\x1b]0;titolo\x07\x1b[2J", "riga\nRIGA FALSA\r", os.fsdecode(b"\xff\xfe caso"),
         "x" * 100_000, "", "-", "\u202etesto rovesciato", "2026-02-30", "../../fuori"]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], dict[str, Path]]:
    """A vault with a case, a note and an attachment (ids to aim at), and hostile files."""
    root = tmp_path_factory.mktemp("fuzz")
    with make_vault(root / "vault") as vault:
        case_id = cases.create_case(vault, "caso da colpire")
        person = cases.add_person(vault, case_id, "victim", "Rosanna Bellinzona")
        note = notes.add_note(vault, case_id, "nota")
        attachment = attachments.add_attachment(
            vault, case_id, f"referto {SECRET_NAME}.pdf", b"%PDF-1.4 x")
        reference = cases.get_case(vault, case_id, audit_read=False).reference
    files = root / "files"
    files.mkdir()
    (files / "empty").write_bytes(b"")
    (files / "random").write_bytes(os.urandom(4096))
    (files / "latin1.txt").write_bytes("società".encode("latin-1"))
    (files / "folder").mkdir()
    os.mkfifo(files / "fifo")
    paths = {name: files / name for name in ("empty", "random", "latin1.txt", "folder", "fifo")}
    paths["missing"] = files / "missing" / "x"
    return root / "vault", [case_id, person, note, attachment, reference], paths


def _value(data: st.DataObject, action: argparse.Action, ids: list[str],
           files: dict[str, Path], out_dir: Path) -> str:
    if action.choices:
        return data.draw(st.sampled_from([*map(str, action.choices), *TEXTS[:3]]))
    if action.type is not None:
        return data.draw(st.sampled_from(NUMBERS))
    if action.dest in FILE_DESTS:
        fresh = out_dir / f"out-{data.draw(st.integers(0, 10**6))}"
        return str(data.draw(st.sampled_from([*files.values(), fresh])))
    return data.draw(st.sampled_from(ids + TEXTS + NUMBERS[:2]))


def _argv(data: st.DataObject, path: tuple[str, ...], parser: argparse.ArgumentParser,
          ids: list[str], files: dict[str, Path], out_dir: Path) -> list[str]:
    argv = list(path)
    for action in parser._actions:
        if action.dest in ("help", "json", "vault") or action.dest.startswith("_"):
            continue
        if not action.option_strings:  # positional
            if action.nargs != "?" or data.draw(st.booleans()):
                argv.append(_value(data, action, ids, files, out_dir))
        elif action.required or data.draw(st.booleans()):
            argv.append(action.option_strings[-1])
            if action.nargs != 0:
                argv.append(_value(data, action, ids, files, out_dir))
    return argv


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), hang_fails(60):
        try:
            code = run_cli(argv)
        except SystemExit as exc:  # argparse: usage errors (2) and --help (0)
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_every_command_is_fuzzed() -> None:
    assert len(COMMANDS) >= 90
    assert {("case", "new"), ("attachment", "add"), ("backup",), ("stats",)} <= {
        path for path, _ in COMMANDS}


@pytest.mark.parametrize(("path", "parser"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
@settings(max_examples=3 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_hostile_arguments_and_files_get_a_clear_answer(
    data: st.DataObject, path: tuple[str, ...], parser: argparse.ArgumentParser,
    office: tuple[Path, list[str], dict[str, Path]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault_dir, ids, files = office
    monkeypatch.chdir(tmp_path)  # relative paths in the arguments land here
    argv = _argv(data, path, parser, ids, files, tmp_path)
    code, out, err = _run(["--vault", str(vault_dir), *argv])
    assert code in (0, 1, 2, 3, 4, 5, 6), (argv, code, err)
    assert "internal error" not in err and "Traceback" not in err, (argv, err)
    assert "\x1b" not in out + err and "\u202e" not in out + err, (argv, out[:300], err)
    assert SECRET_NAME not in err, (argv, err)
