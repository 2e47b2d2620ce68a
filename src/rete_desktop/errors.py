"""Typed errors shared by every layer.

Each error carries a message id from :mod:`rete_desktop.i18n` (so the CLI and the GUI show the
same translated text) and the CLI exit code it maps to (see shared/cli-contract.md).
"""

from __future__ import annotations

from typing import Any


class ReteError(Exception):
    """Base class: an expected failure with a translatable message."""

    exit_code = 1

    def __init__(self, message_id: str, **params: Any) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.params = params

    def message(self, lang: str | None = None) -> str:
        from rete_desktop.i18n import translate

        return translate(self.message_id, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class AccessDenied(ReteError):
    """Wrong passphrase or recovery key, or the vault is held by another process."""

    exit_code = 3


class BadInput(ReteError):
    """A malformed, foreign, truncated or oversized file, or a value failing validation."""

    exit_code = 4


class SecurityRefused(ReteError):
    """Refused for security: signatures, senders, recipients, replays, expiry."""

    exit_code = 5


class NotFound(ReteError):
    """No such vault, case, contact or office."""

    exit_code = 6


class StorageFailure(ReteError):
    """The disk refused a write (full, read-only, vanished); nothing was changed."""

    exit_code = 1


class TransportFailed(ReteError):
    """The mail server or the shared folder could not be used (unreachable, login refused,
    certificate not trusted): nothing was sent or marked, try again (docs/transport.md)."""

    exit_code = 7
