"""Non-sensitive preferences (language, auto-lock minutes, the folder file dialogs last used)
in an INI file beside no vault data.

The file lives in the user's config directory (``RETE_CONFIG_DIR`` overrides it, as the tests
do); nothing in it reveals case data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from rete_desktop.i18n import current_language
from rete_desktop.preferences import settings_file

DEFAULT_IDLE_MINUTES = 5
CLIPBOARD_SECONDS = 30


@dataclass
class Settings:
    language: str = "it"
    idle_minutes: float = DEFAULT_IDLE_MINUTES
    clipboard_seconds: float = CLIPBOARD_SECONDS

    @classmethod
    def load(cls) -> Settings:
        store = QSettings(str(settings_file()), QSettings.Format.IniFormat)
        try:
            idle = float(store.value("idle_minutes", DEFAULT_IDLE_MINUTES))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            idle = DEFAULT_IDLE_MINUTES
        # the language in force is the one chosen at start-up (i18n.choose_language)
        return cls(current_language(), max(idle, 0.05))

    def save(self) -> None:
        store = QSettings(str(settings_file()), QSettings.Format.IniFormat)
        store.setValue("language", self.language)
        store.setValue("idle_minutes", self.idle_minutes)
        store.sync()


def last_folder() -> Path:
    """Where file dialogs start: the folder last used, else the home folder (never the
    directory the app was started from)."""
    value = str(QSettings(str(settings_file()), QSettings.Format.IniFormat)
                .value("last_folder", "") or "")
    folder = Path(value) if value else None
    return folder if folder is not None and folder.is_absolute() and folder.is_dir() \
        else Path.home()


def remember_folder(folder: Path) -> None:
    store = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    store.setValue("last_folder", str(folder))
    store.sync()
