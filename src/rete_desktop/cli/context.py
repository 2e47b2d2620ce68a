"""What every command handler gets: the parsed options, vault opening and output helpers."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from rete_desktop.errors import AccessDenied, BadInput, NotFound
from rete_desktop.i18n import Text, translate
from rete_desktop.storage.incoming import open_regular, read_limited, read_stream
from rete_desktop.storage.vault import Vault
from rete_desktop.storage.vault_files import default_vault_dir, vault_exists

Handler = Callable[["Context"], int]
# the subcommands of a group, as argparse hands them to each module's ``register``
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


@dataclass
class Context:
    args: argparse.Namespace

    @property
    def vault_dir(self) -> Path:
        return Path(self.args.vault) if self.args.vault else default_vault_dir()

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def passphrase(self) -> str:
        """``RETE_PASSPHRASE`` or a hidden prompt; never from argv."""
        return secret_from_env_or_prompt("RETE_PASSPHRASE", "cli.passphrase_prompt")

    def open_vault(self) -> Vault:
        """Unlock the vault; a missing vault is reported before asking for a passphrase."""
        if not vault_exists(self.vault_dir):
            raise NotFound("vault.not_found", path=str(self.vault_dir))
        vault = Vault.open(self.vault_dir, self.passphrase())
        if vault.read_only_reason is not None:
            self.say("vault.opened_read_only", reason=vault.read_only_reason)
        if vault.failed_attempts is not None:
            notice = vault.failed_attempts.notice()
            self.say(notice.message_id, **notice.params)
        return vault

    def new_passphrase(self) -> str:
        env = os.environ.get("RETE_NEW_PASSPHRASE")
        if env is not None:
            return env
        first = prompt_secret("cli.new_passphrase_prompt")
        if first != prompt_secret("cli.repeat_passphrase_prompt"):
            raise BadInput("vault.passphrase_mismatch")
        return first

    def say(self, message_id: str, **params: Any) -> None:
        """A human message on stderr, in the UI language."""
        print(neutralised(translate(message_id, **params)), file=sys.stderr)

    def emit(self, plain: str, data: Any) -> None:
        """Print ``data`` as one JSON document with --json, else the plain text."""
        if self.json:
            print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        elif plain:
            print(neutralised(plain))

    def emit_id(self, new_id: str) -> None:
        self.emit(new_id, {"id": new_id})


def command_group(
    sub: Commands, name: str, common: argparse.ArgumentParser, help: str
) -> Commands:
    """The subcommands of ``rete NAME`` (one module registers the whole group)."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, parents=[common], help=help)
        parser.set_defaults(_group=parser.add_subparsers(dest=f"{name}_command", required=True))
    group: Commands = parser.get_default("_group")
    return group


def secret_from_env_or_prompt(env_var: str, prompt_id: str) -> str:
    value = os.environ.get(env_var)
    if value is not None:
        return value
    return prompt_secret(prompt_id)


def prompt_secret(prompt_id: str) -> str:
    if not sys.stdin.isatty():
        raise AccessDenied("vault.passphrase_missing")
    try:
        return getpass.getpass(translate(prompt_id))
    except EOFError:  # Ctrl-D at the prompt
        raise AccessDenied("cli.cancelled") from None


# Characters a terminal acts on instead of showing: C0/C1 controls (escape sequences, bell,
# carriage return) and the bidirectional overrides that make text read backwards.
_TERMINAL_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutralised(text: str) -> str:
    """``text`` safe to print: a title from a packet or a file cannot move the cursor, clear
    the screen or change the terminal's title; such characters show as ``\\x1b``."""
    return _TERMINAL_CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256
                                  else f"\\u{ord(m.group()):04x}", text)


def one_line(text: str) -> str:
    """A single-line field (a title) kept on its line in a listing: line breaks shown as ``⏎``."""
    return text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


def read_text_arg(text: str | None, file: str | None, max_bytes: int = 1_000_000) -> str:
    """Text given inline, from a file, or from stdin (``-``), size-capped."""
    if text is not None:
        return text
    assert file is not None
    try:
        return read_file_arg(file, max_bytes).decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput("file.unreadable", path=file, reason=Text("system.not_utf8")) from None


def source_arg(path: str, max_bytes: int) -> bytes | Path:
    """A file to be read as a stream later (checked readable and under ``max_bytes`` now, so
    a wrong path is refused before the vault opens), or standard input's bytes for ``-``."""
    if path == "-":
        return read_stream(sys.stdin.buffer, max_bytes, path)
    with open_regular(path, max_bytes):
        return Path(path)


def read_file_arg(path: str, max_bytes: int) -> bytes:
    """The bytes of ``path`` (``-`` is stdin); more than ``max_bytes`` is refused unread."""
    if path == "-":
        return read_stream(sys.stdin.buffer, max_bytes, path)
    return read_limited(path, max_bytes)
