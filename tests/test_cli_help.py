"""``rete --help`` speaks the UI language and lists commands in the order a user needs them."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from rete_desktop.cli.main import ReteArgumentParser, build_parser, order_subcommands, subcommands
from tests.conftest import CliRunner

IT = {"RETE_LANG": "it"}


def _help_texts(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, str | None]]:
    """(where, text) for the description, every option and every subcommand row, recursively.

    Subcommand rows are keyed ``command: rete case new``, so a missing description shows too.
    """
    yield f"description: {path}", parser.description
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for row in action._choices_actions:
                yield f"command: {path} {row.dest}", row.help
            for name, child in action.choices.items():
                yield from _help_texts(child, f"{path} {name}")
        elif action.help != argparse.SUPPRESS:
            option = "/".join(action.option_strings) or action.dest
            yield f"option: {path} {option}", action.help


def _help_in(lang: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    monkeypatch.setenv("RETE_LANG", lang)
    return dict(_help_texts(build_parser(), "rete"))


def test_every_help_text_has_its_own_italian_and_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A help text written in one language only reads the same in both: that fails here."""
    english = _help_in("en", monkeypatch)
    italian = _help_in("it", monkeypatch)
    assert italian.keys() == english.keys()
    assert [where for where, text in english.items()
            if text is not None and italian[where] == text] == []
    assert [where for where, text in italian.items()
            if where.startswith("command:") and not text] == []


@pytest.mark.parametrize("command", [(), ("case",), ("person", "add"), ("lab",)])
def test_italian_help_shows_no_english_description(
    command: tuple[str, ...], rete: CliRunner, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = {text for text in _help_in("en", monkeypatch).values() if text}
    monkeypatch.setenv("RETE_LANG", "en")
    with pytest.raises(SystemExit):
        rete(*command, "--help", env=IT)
    shown = " ".join(capsys.readouterr().out.split())  # argparse wraps long lines
    assert [text for text in english if text in shown] == []
    assert "opzioni:" in shown


def _subcommand_names(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    group = subcommands(parser)
    assert group is not None
    return dict(group.choices)


def test_top_level_commands_start_with_vault_set_up_and_end_with_maintenance() -> None:
    names = list(_subcommand_names(build_parser()))
    assert names[:6] == ["init", "demo", "unlock-check", "passwd", "recover", "operator"]
    assert names[6:9] == ["case", "person", "note"]
    assert names[-4:] == ["audit", "vault", "backup", "restore"]
    steps = ["search", "packet", "directory", "lab", "stats", "who-to-call", "retention"]
    assert [names.index(n) for n in steps] == sorted(names.index(n) for n in steps)


def test_case_subcommands_start_with_the_everyday_ones() -> None:
    names = _subcommand_names(_subcommand_names(build_parser())["case"])
    assert list(names)[:3] == ["new", "list", "show"] and list(names)[-1] == "erase"


def test_commands_missing_from_the_order_come_last_in_discovery_order() -> None:
    parser = ReteArgumentParser(prog="rete")
    sub = parser.add_subparsers(dest="command")
    for name in ("zeta", "restore", "alpha", "init"):
        sub.add_parser(name, help=name)
    order_subcommands(sub, ("init", "restore"))
    assert list(sub.choices) == ["init", "restore", "zeta", "alpha"]
    assert [row.dest for row in sub._choices_actions] == ["init", "restore", "zeta", "alpha"]
    assert parser.parse_args(["alpha"]).command == "alpha"


@pytest.mark.parametrize(("lang", "words"), [("it", "un'altra cassaforte"),
                                             ("en", "another vault")])
def test_help_says_how_to_open_another_vault_in_the_app(
    lang: str, words: str, rete: CliRunner, capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        rete("--help", env={"RETE_LANG": lang})
    shown = " ".join(capsys.readouterr().out.split())
    assert words in shown
    assert "--vault" in shown.split(words, 1)[1] and "RETE_VAULT" in shown


def _handler_modules(parser: argparse.ArgumentParser) -> set[str]:
    """The modules whose functions handle ``parser`` and every command under it."""
    group = subcommands(parser)
    if group is None:
        return {parser.get_default("handler").__module__}
    return {m for child in group.choices.values() for m in _handler_modules(child)}


def test_each_command_group_lives_in_one_module() -> None:
    """``rete case …`` in one place: a newcomer looking for a command finds its whole group in
    the module named after it, never split over modules that register into the same group."""
    top = subcommands(build_parser())
    assert top is not None
    for name, parser in top.choices.items():
        modules = _handler_modules(parser)
        assert len(modules) == 1, f"rete {name} is handled in {sorted(modules)}"


def test_help_lists_the_values_of_closed_vocabularies(
    rete: CliRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        rete("case", "new", "--help", env=IT)
    assert "basso | medio | alto" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        rete("person", "add", "--help")
    out = capsys.readouterr().out
    assert "victim | child | offender" in out and "witnessed | direct" in out


def test_every_subcommand_has_a_one_line_description() -> None:
    def missing(parser: argparse.ArgumentParser, path: str) -> list[str]:
        found = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                described = {a.dest for a in action._choices_actions if a.help}
                for name, child in action.choices.items():
                    if name not in described:
                        found.append(f"{path} {name}")
                    found += missing(child, f"{path} {name}")
        return found

    # ``rete lab`` is described by its own module's owner (lab_commands.py)
    assert [m for m in missing(build_parser(), "rete") if not m.startswith("rete lab ")] == []


@pytest.mark.parametrize(("args", "italian", "english"), [
    (("case", "new"), "mancano gli argomenti obbligatori: --title",
     "the following arguments are required: --title"),
    (("case", "list", "--bogus"), "argomenti non riconosciuti: --bogus",
     "unrecognized arguments: --bogus"),
    (("leaflet", "--out", "x.pdf", "--lang", "de"), "argomento --lang: scelta non valida: 'de'",
     "argument --lang: invalid choice: 'de'"),
    (("stats", "--year", "abc"), "argomento --year: valore non valido (int): 'abc'",
     "argument --year: invalid int value: 'abc'"),
])
def test_usage_errors_are_in_the_users_language_and_exit_2(
    rete: CliRunner, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], italian: str,
    english: str,
) -> None:
    for env, expected in ((IT, italian), ({"RETE_LANG": "en"}, english)):
        with pytest.raises(SystemExit) as usage:
            rete(*args, env=env)
        assert usage.value.code == 2
        err = capsys.readouterr().err
        assert expected in err, err
    assert "uso: rete" not in err and "error:" in err
