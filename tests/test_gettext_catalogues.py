"""The gettext loader every domain uses (core messages, the victim leaflet, ...): the languages
come from the files, a catalogue compiled by ``scripts/compile-catalogues`` is found by
``rete_desktop.i18n`` with no Python edit."""

from __future__ import annotations

import subprocess
from pathlib import Path

from rete_desktop.i18n import languages, translation

ROOT = Path(__file__).resolve().parents[1]

_PO = '''msgid ""
msgstr ""
"Language: {lang}\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgctxt "card.title"
msgid "Who to call"
msgstr "{title}"

msgctxt "card.days"
msgid "{{count}} day"
msgid_plural "{{count}} days"
msgstr[0] "{one}"
msgstr[1] "{many}"
'''


def _compile(tmp_path: Path, catalogues: dict[str, tuple[str, str, str]]) -> Path:
    po_dir, locale = tmp_path / "po", tmp_path / "locale"
    for lang, (title, one, many) in catalogues.items():
        (po_dir / "card").mkdir(parents=True, exist_ok=True)
        (po_dir / "card" / f"{lang}.po").write_text(
            _PO.format(lang=lang, title=title, one=one, many=many), encoding="utf-8")
    subprocess.run([str(ROOT / "scripts" / "compile-catalogues"), str(po_dir), str(locale)],
                   check=True, capture_output=True)
    return locale


def test_a_new_language_is_found_from_its_file_alone(tmp_path: Path) -> None:
    locale = _compile(tmp_path, {
        "it": ("Chi chiamare", "{count} giorno", "{count} giorni"),
        "de": ("Wen anrufen", "{count} Tag", "{count} Tage"),
    })
    assert languages("card", locale) == ("it", "de", "en")
    german = translation("card", "de", locale)
    assert german.pgettext("card.title", "Who to call") == "Wen anrufen"
    assert german.npgettext("card.days", "{count} day", "{count} days", 1) == "{count} Tag"
    assert german.npgettext("card.days", "{count} day", "{count} days", 4) == "{count} Tage"
    italian = translation("card", "it", locale)
    assert italian.npgettext("card.days", "{count} day", "{count} days", 2) == "{count} giorni"


def test_a_language_without_catalogue_reads_english(tmp_path: Path) -> None:
    locale = _compile(tmp_path, {"it": ("Chi chiamare", "{count} giorno", "{count} giorni")})
    for lang in ("en", "ur"):
        assert translation("card", lang, locale).pgettext("card.title", "Who to call") \
            == "Who to call"
    assert languages("card", locale) == ("it", "en")
    assert languages("no-such-domain", locale) == ("en",)
