"""Writes the gettext catalogues of the core's messages from ``rete_desktop/messages/*.py``.

``po/rete-core.pot``: one entry per message id, ``msgctxt`` = the id, ``msgid`` = the English
text (a ``{n:one|many}`` choice becomes ``msgid``/``msgid_plural``). ``po/rete-core/<lang>.po``:
brought up to date with the template. The ``.po`` is the source of a language's texts: an entry
already translated there is kept; only a message id new to the ``.po`` (or whose English changed)
takes the text written beside the English in ``messages/*.py``, so messages added the old way are
picked up. Run by ``scripts/update-translations``; ``tests/test_core_catalogue.py`` fails while
the files are behind ``messages/*.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

import rete_desktop.cli  # noqa: F401 (registers the CLI's help and usage texts)
from rete_desktop import messages
from rete_desktop.i18n import CORE_DOMAIN, placeholders, source_text

ROOT = Path(__file__).resolve().parents[1]
PO_DIR = ROOT / "po"
_HEADER = """\
# The messages of Rete Desktop's core (errors, verdicts, PDF texts): msgctxt is the message id of
# rete_desktop/messages/*.py, msgid the English text. Rebuilt by ./scripts/update-translations;
# translate the msgstr lines here (this file is the source of the language's texts)."""


def _msgid(text: str) -> str | tuple[str, str]:
    source = source_text(text)
    return source.singular if source.plural is None else (source.singular, source.plural)


def template() -> Catalog:
    """Every message id with its English text, commented with the area it belongs to."""
    pot = Catalog(project="rete-desktop", domain=CORE_DOMAIN, fuzzy=False,
                  msgid_bugs_address="", header_comment=_HEADER)
    for area, table in messages.AREAS.items():
        for message_id, texts in table.items():
            pot.add(_msgid(texts["en"]), context=message_id,
                    auto_comments=[f"{area if '/' in area else f'messages/{area}'}.py"],
                    flags=["python-brace-format"] if placeholders(texts["en"]) else [])
    return pot


def _read(path: Path, locale: str | None = None) -> Catalog | None:
    if not path.exists():
        return None
    with path.open("rb") as f:
        return read_po(f, locale=locale, domain=CORE_DOMAIN)


def _write(path: Path, catalog: Catalog, previous: Catalog | None) -> None:
    if previous is not None:  # unchanged dates: rerunning the script changes no file
        catalog.creation_date = previous.creation_date
        catalog.revision_date = previous.revision_date
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False)


def _seed(message: Message, lang: str) -> str | tuple[str, str] | None:
    """The text written beside the English in ``messages/*.py``, shaped like the entry."""
    text = messages.CATALOG[str(message.context)].get(lang)
    if not text:
        return None
    if not isinstance(message.id, tuple):
        return text
    source = source_text(text)
    return (source.singular, source.plural or source.singular)


def updated(pot: Catalog, lang: str, previous: Catalog | None) -> Catalog:
    """``pot`` translated into ``lang``: the ``.po``'s own texts first, new ids seeded."""
    known = {m.context: m for m in previous or [] if m.id}
    if previous is None:  # a new language: plural rule from CLDR, to be checked by its translator
        po = Catalog(locale=lang, header_comment=_HEADER, project=pot.project,
                     domain=CORE_DOMAIN, fuzzy=False, msgid_bugs_address="")
    else:  # its header (plural rule, translator) stays as the translator left it
        po = previous
        for old in known.values():
            po.delete(old.id, old.context)
    for message in pot:
        if not message.id:
            continue
        old = known.get(message.context)
        string: str | tuple[str, str] | None
        flags = set(message.flags)
        if old is not None and old.id == message.id and old.string:
            string, flags = old.string, flags | ({"fuzzy"} & set(old.flags))
        else:
            string = _seed(message, lang)
            if string is None and old is not None and old.string:  # English changed
                string, flags = old.string, flags | {"fuzzy"}
        if not string:
            string = ("", "") if isinstance(message.id, tuple) else ""
        po.add(message.id, string,
               context=message.context, auto_comments=message.auto_comments, flags=flags,
               user_comments=old.user_comments if old is not None else [])
    return po


def main() -> None:
    pot_path = PO_DIR / f"{CORE_DOMAIN}.pot"
    pot = template()
    _write(pot_path, pot, _read(pot_path))
    langs = {p.stem for p in (PO_DIR / CORE_DOMAIN).glob("*.po")} or {"it"}
    for lang in sorted(langs | set(sys.argv[1:])):
        path = PO_DIR / CORE_DOMAIN / f"{lang}.po"
        previous = _read(path, lang)
        _write(path, updated(pot, lang, previous), previous)


if __name__ == "__main__":
    main()
