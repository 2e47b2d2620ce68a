"""What an erasure removes (or would remove), in words: ``2 note, 1 persona``.

The names are the ``erasure.count.<table>.one|many`` messages (``messages/dataprotection.py``),
in the order they are written there; the CLI and the Data protection page both say it this way.
"""

from __future__ import annotations

from collections.abc import Mapping

from rete_desktop import messages
from rete_desktop.i18n import translate

_PREFIX, _ONE = "erasure.count.", ".one"


def erased_in_words(counts: Mapping[str, int], lang: str | None = None) -> str:
    """The non-zero ``counts`` named in ``lang``; a table without a name yet reads ``table=n``."""
    named = [key.removeprefix(_PREFIX).removesuffix(_ONE) for key in messages.CATALOG
             if key.startswith(_PREFIX) and key.endswith(_ONE)]
    order = sorted(counts, key=lambda t: (named.index(t) if t in named else len(named), t))
    parts = [
        translate(f"{_PREFIX}{table}.{'one' if counts[table] == 1 else 'many'}", lang,
                  count=counts[table]) if table in named else f"{table}={counts[table]}"
        for table in order if counts[table]
    ]
    return ", ".join(parts) or translate(f"{_PREFIX}nothing", lang)
