"""How hard a passphrase is to guess, with zxcvbn (Dropbox's estimator, Python port).

A stolen copy of the vault can be attacked offline at the speed of Argon2, so "password1" must
be refused whatever its length. zxcvbn scores a passphrase by the cheapest way a cracker would
find it (common passwords, names, words, dates, keyboard rows, repeats); we ask for score 3
(about 10^8 guesses or more) and say, in the user's words, which weakness it found first.
The office and operator names are passed as words an attacker would try first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MIN_SCORE = 3  # zxcvbn: 0 too guessable … 4 very unguessable
MIN_LENGTH = 8
MAX_CHECKED = 100  # zxcvbn is quadratic in length; beyond this a passphrase is not the weak link


@dataclass(frozen=True)
class Verdict:
    """``score`` 0–4 and, when too weak, the message id of the main reason."""

    score: int
    reason: str | None

    @property
    def acceptable(self) -> bool:
        return self.reason is None


_REASON_OF_PATTERN = {
    "repeat": "passphrase.reason.repeat",
    "sequence": "passphrase.reason.sequence",
    "spatial": "passphrase.reason.keyboard",
    "date": "passphrase.reason.date",
    "regex": "passphrase.reason.date",  # zxcvbn's only regex is "recent year"
}


def assess(passphrase: str, user_inputs: Iterable[str] = ()) -> Verdict:
    """Score ``passphrase``; ``user_inputs`` are names tied to this office (office, operator)."""
    if len(passphrase) < MIN_LENGTH:
        return Verdict(0, "passphrase.reason.short")
    from zxcvbn import zxcvbn  # its word lists load on the first real passphrase, not at start

    words = [w for text in user_inputs for w in text.lower().split() if len(w) > 2]
    result = zxcvbn(passphrase[:MAX_CHECKED], user_inputs=words)
    score = int(result["score"])
    if score >= MIN_SCORE:
        return Verdict(score, None)
    return Verdict(score, _main_reason(result["sequence"]))


def _main_reason(sequence: Sequence[Mapping[str, Any]]) -> str:
    """The weakness of the longest recognised part (the one that made it guessable)."""
    known = [m for m in sequence if m.get("pattern") != "bruteforce"]
    if not known:
        return "passphrase.reason.guessable"
    match = max(known, key=lambda m: len(str(m.get("token", ""))))
    pattern = match.get("pattern")
    if pattern == "dictionary":
        name = match.get("dictionary_name")
        if name == "user_inputs":
            return "passphrase.reason.office_name"
        if name == "passwords":
            return "passphrase.reason.common"
        return "passphrase.reason.word"
    return _REASON_OF_PATTERN.get(str(pattern), "passphrase.reason.guessable")
