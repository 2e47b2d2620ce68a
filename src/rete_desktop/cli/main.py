"""Entry point of the ``rete`` command: parse, dispatch, map errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn, cast

import rete_desktop.cli
from rete_desktop import __version__, messages
from rete_desktop.cli.context import Commands, Context, neutralised
from rete_desktop.errors import BadInput, ReteError
from rete_desktop.i18n import Text, translate
from rete_desktop.storage.vault import damage_error


def command_modules() -> list[object]:
    """Every ``cli/*_commands.py`` module; each adds its subcommands with ``register()``."""
    names = sorted(
        m.name
        for m in pkgutil.iter_modules(rete_desktop.cli.__path__)
        if m.name.endswith("_commands")
    )
    return [importlib.import_module(f"rete_desktop.cli.{name}") for name in names]


def _cli_message(exc: ReteError) -> str:
    """The error's text, naming a validated field in the UI language («titolo», not «title»)."""
    field = exc.params.get("field")
    if exc.message_id.startswith("value.") and isinstance(field, str) \
            and f"field.{field}" in messages.CATALOG:
        return translate(exc.message_id, **{**exc.params, "field": Text(f"field.{field}")})
    return exc.message()


# argparse's error texts -> message ids; ``detail`` is itself translated (nested messages).
_USAGE_ERRORS = tuple((re.compile(pattern), message_id) for pattern, message_id in (
    (r"the following arguments are required: (?P<names>.+)", "usage.required"),
    (r"unrecognized arguments: (?P<args>.+)", "usage.unrecognized"),
    (r"one of the arguments (?P<names>.+) is required", "usage.one_required"),
    (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)", "usage.ambiguous"),
    (r"argument (?P<name>[^:]+): (?P<detail>.+)", "usage.argument"),
    (r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)", "usage.invalid_choice"),
    (r"invalid (?P<type>\w+) value: (?P<value>.+)", "usage.invalid_value"),
    (r"expected one argument", "usage.expected_one"),
    (r"not allowed with argument (?P<other>.+)", "usage.not_allowed_with"),
))


def usage_error_text(message: str) -> str:
    """argparse's English error ``message`` in the UI language (unknown ones stay as they are)."""
    for pattern, message_id in _USAGE_ERRORS:
        match = pattern.fullmatch(message)
        if match:
            params = match.groupdict()
            if "detail" in params:
                params["detail"] = usage_error_text(params["detail"])
            return translate(message_id, **params)
    return message


def _undecodable(arg: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in arg)


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          translate("usage.prefix") if prefix is None else prefix)


class ReteArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts (errors, headings) follow the UI language.

    Subparsers are built with the same class (argparse uses ``type(self)``), so every
    subcommand's errors are translated too; usage errors still exit with 2.
    """

    def __init__(self, *args: Any, parents: Sequence[argparse.ArgumentParser] = (),
                 **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("usage.positionals")
        self._optionals.title = translate("usage.options")
        for action in self._actions:
            if action.dest == "help":
                action.help = translate("usage.help")
        # Parents after the titles, so their options join the translated groups (as argparse
        # itself does it at the end of __init__).
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = translate("usage.error", prog=self.prog, message=usage_error_text(message))
        self.exit(2, neutralised(text) + "\n")  # it quotes the argument typed


# ``rete --help`` lists commands in the order a user meets them, not in module order: set-up,
# daily work, the network, the laboratorio and figures, the handbook, then data protection and
# the vault's own maintenance. Groups filled by several modules are ordered too. Commands not
# named here (a new module) come last, in discovery order.
COMMAND_ORDER: dict[str, tuple[str, ...]] = {
    "rete": (
        "init", "demo", "unlock-check", "passwd", "recover", "operator",
        "case", "person", "note", "attachment", "risk", "task", "protocol", "contact", "office",
        "search",
        "packet", "inbox", "transport", "identity", "directory",
        "lab", "stats",
        "profile", "glossary", "who-to-call", "leaflet", "info-sheet", "prevention",
        "retention", "processing-register", "privacy-contacts", "audit", "vault", "backup",
        "restore",
    ),
    "case": ("new", "list", "show", "risk", "status", "close", "consent", "basis",
             "apply-protocol", "violence", "measure", "source", "service", "handout", "erase"),
    "person": ("add", "relate", "export"),
    "protocol": ("import", "list", "updates", "diff"),
}


def subcommands(parser: argparse.ArgumentParser) -> Commands | None:
    """The subcommands action of ``parser``, if it has one."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def order_subcommands(sub: Commands, order: Sequence[str]) -> None:
    """Sort ``sub``'s choices (usage line) and their help rows by ``order``; others last."""
    rank = {name: i for i, name in enumerate(order)}
    items = sorted(sub.choices.items(), key=lambda item: rank.get(item[0], len(rank)))
    sub.choices.clear()  # the same dict argparse keeps as its name -> parser map
    sub.choices.update(items)
    sub._choices_actions.sort(key=lambda action: rank.get(action.dest, len(rank)))


def build_parser() -> argparse.ArgumentParser:
    # Options accepted both before and after the subcommand; SUPPRESS keeps the global value.
    common = ReteArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=translate("help.option.json"))
    common.add_argument("--vault", default=argparse.SUPPRESS, help=translate("help.option.vault"))
    parser = ReteArgumentParser(prog="rete", description=translate("help.rete"),
                                epilog=translate("help.rete.epilog"))
    parser.add_argument("--version", action="version", version=__version__,
                        help=translate("usage.version"))
    parser.add_argument("--vault", default=os.environ.get("RETE_VAULT"),
                        help=translate("help.option.vault"))
    parser.add_argument("--json", action="store_true", help=translate("help.option.json"))
    sub = cast(Commands, parser.add_subparsers(dest="command", required=True))
    for module in command_modules():
        module.register(sub, common)  # type: ignore[attr-defined]
    for name, order in COMMAND_ORDER.items():
        group = sub if name == "rete" else subcommands(sub.choices[name])
        if group is not None:
            order_subcommands(group, order)
    return parser


def run_cli(argv: Sequence[str]) -> int:
    not_utf8 = next((arg for arg in argv if _undecodable(arg)), None)
    if not_utf8 is not None:  # Python kept the raw bytes as surrogates: nothing could store them
        print(translate("usage.not_utf8", value=ascii(not_utf8)), file=sys.stderr)
        return BadInput.exit_code
    args = build_parser().parse_args(argv)
    ctx = Context(args)
    try:
        return int(args.handler(ctx))
    except ReteError as exc:  # its text may quote the bad input: neutralised
        print(neutralised(_cli_message(exc)), file=sys.stderr)
        return exc.exit_code
    except OverflowError:  # a number too large for the database or the calendar
        print(translate("usage.number_too_large"), file=sys.stderr)
        return BadInput.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `rete case list | head`: the reader left, nothing went wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        damage = damage_error(exc)
        if damage is not None:  # a damaged page met while reading: damage, not a crash
            print(neutralised(_cli_message(damage)), file=sys.stderr)
            return damage.exit_code
        if os.environ.get("RETE_DEBUG") == "1":
            raise
        print(translate("cli.internal_error", kind=type(exc).__name__), file=sys.stderr)
        return 1
