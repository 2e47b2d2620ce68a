"""Every core message exists in Italian and English with the same placeholders."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import rete_desktop.messages as messages
from rete_desktop.i18n import choose_language, current_language, placeholders, translate


def _all_entries():
    for name, area in messages.AREAS.items():
        for message_id, texts in area.items():
            yield name, message_id, texts


@pytest.mark.parametrize("area,message_id,texts", list(_all_entries()))
def test_message_has_its_english_and_any_italian_seed_the_same_placeholders(
        area, message_id, texts) -> None:
    """The Italian is in po/rete-core/it.po (test_core_catalogue checks it); an ``it`` beside
    the English is only a seed for a new id (docs/i18n.md)."""
    assert "en" in texts and set(texts) <= {"it", "en"}, message_id
    assert texts["en"].strip()
    if "it" in texts:
        assert placeholders(texts["it"]) == placeholders(texts["en"]), message_id


def test_message_ids_are_unique_across_areas() -> None:
    import rete_desktop.cli  # noqa: F401 (its help and usage texts join the catalogue)

    seen: dict[str, str] = {}
    for area, table in messages.AREAS.items():
        for message_id in table:
            assert message_id not in seen, f"{message_id} in {area} and {seen[message_id]}"
            seen[message_id] = area
    assert {"cli/help_texts", "cli/usage_texts"} <= set(messages.AREAS)


def test_the_language_is_rete_lang_then_the_saved_setting_then_the_locale_then_italian(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from rete_desktop.preferences import saved_language
    from rete_desktop.ui.settings import Settings

    for var in ("RETE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("RETE_CONFIG_DIR", str(tmp_path))
    assert saved_language() is None
    assert choose_language(saved_language()) == "it" == current_language()
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert choose_language(saved_language()) == "it"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert choose_language(saved_language()) == "en"
    Settings(language="it").save()  # Office → Settings, as the app writes it
    assert choose_language(saved_language()) == "it"
    monkeypatch.setenv("RETE_LANG", "en")
    assert choose_language(saved_language()) == "en"
    monkeypatch.setenv("RETE_LANG", "it")
    assert current_language() == "en", "chosen once: a later change is for the next start"
    assert Settings.load().language == "en"


def test_the_command_line_speaks_the_language_saved_in_the_app(tmp_path) -> None:
    from rete_desktop.ui.settings import Settings

    env = {k: v for k, v in os.environ.items() if k not in ("RETE_LANG", "LC_ALL", "LANG")}
    env.update(RETE_CONFIG_DIR=str(tmp_path), LANG="it_IT.UTF-8",
               RETE_VAULT=str(tmp_path / "missing"))
    os.environ["RETE_CONFIG_DIR"] = str(tmp_path)
    try:
        Settings(language="en").save()
    finally:
        del os.environ["RETE_CONFIG_DIR"]
    done = subprocess.run([sys.executable, "-m", "rete_desktop", "case", "list"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.stderr.startswith("No vault at"), done.stderr


def test_translate_fills_placeholders() -> None:
    assert translate("case.not_found", "it", id="2026/0001") == "Caso 2026/0001 non trovato."


def test_system_reasons_follow_the_message_language(tmp_path) -> None:
    """An OS refusal raised once reads right in both languages (no English inside Italian)."""
    from rete_desktop.cli.context import read_file_arg
    from rete_desktop.errors import BadInput

    with pytest.raises(BadInput) as err:
        read_file_arg(str(tmp_path / "missing.age"), 100)
    assert "non esiste" in err.value.message("it") and "No such" not in err.value.message("it")
    assert "does not exist" in err.value.message("en")
    with pytest.raises(BadInput) as err:
        read_file_arg(str(tmp_path), 100)
    assert "cartella" in err.value.message("it")
