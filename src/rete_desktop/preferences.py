"""The file of non-sensitive preferences (language, auto-lock minutes, last folders), read
without Qt.

The desktop app writes it with ``QSettings`` (:mod:`rete_desktop.ui.settings`); the language is
read here at start-up, before Qt is loaded and by the command line too, so ``rete`` and the app
speak the language chosen in Office → Settings. ``RETE_CONFIG_DIR`` overrides the folder (tests).
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

import platformdirs


def settings_file() -> Path:
    base = os.environ.get("RETE_CONFIG_DIR") or platformdirs.user_config_dir(
        "rete-desktop", appauthor=False
    )
    return Path(base) / "settings.ini"


def saved_language() -> str | None:
    """The language saved in Office → Settings, if any (an unreadable file counts as none)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    return parser.get("General", "language", fallback=None)
