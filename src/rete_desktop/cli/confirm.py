"""Asking a person to confirm a step that needs a human check (fingerprints, secret export)."""

from __future__ import annotations

import sys
from typing import Any

from rete_desktop.errors import ReteError
from rete_desktop.i18n import translate

_YES = {"y", "yes", "s", "si", "sì"}


class ConfirmationNeeded(ReteError):
    """No ``--yes`` and no terminal to ask on: a usage error, nothing was changed."""

    exit_code = 2


def confirm(yes: bool, refusal_id: str, **params: Any) -> None:
    """Return if ``--yes`` was given or the person types yes; otherwise raise, changing nothing.

    Without a terminal (scripts, tests) the refusal names the option to use.
    """
    if yes:
        return
    if not sys.stdin.isatty():
        raise ConfirmationNeeded(refusal_id, **params)
    answer = input(translate("directory.confirm_prompt")).strip().lower()
    if answer not in _YES:
        raise ConfirmationNeeded("directory.not_confirmed")
