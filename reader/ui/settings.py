"""The app's settings: a QSettings file in the data directory, defaults in one dict."""

from __future__ import annotations

import json
from typing import Any

ORGANIZATION = "French Reader"
APPLICATION = "french-reader"
SETTINGS_FILE = "settings.ini"
MAX_RECENT = 10

DEFAULTS: dict[str, Any] = {
    "level": "B1",
    "theme": "light",  # light | dark
    "font_family": "",  # "" = the theme's reading font
    "font_size": 15,
    "show_names": True,
    "hover_popup": True,
    "hover_lookup_ms": 1500,  # a hover resting this long on one word is a look-up (-1: never)
    "recent_files": [],
    "reopen_last": True,  # start where the reader left: the last document, at its place
    "last_document": "",
    "reading_places": [],  # "offset<TAB>path", the most recent first
    "last_dir": "",
    "geometry": b"",
    "window_state": b"",
    "panel_visible": True,
    "vocab_visible": False,
    "use_evidence": True,  # highlights use the vocabulary size estimated from your words
    "english_cognates": True,  # words like English ones with the same meaning count as easier
    "analysis_cache_mb": 500,  # analyses kept on disk; the least recently used go first
    "anki_cards": "basic",  # Anki export: basic, cloze or basic,cloze
    "anki_audio": "none",  # opus | mp3 | wav | none
    "anki_gender_colours": True,
    "anki_translation": True,  # the sentence's rough translation (Apertium) on the cards
    "teacher_name": "",  # the handout editor's "Teacher" field, kept between handouts
}


class Settings:
    """Typed access to the user's settings; unknown keys are refused."""

    def __init__(self, path: str | None = None):
        from PySide6.QtCore import QSettings

        if path is None:
            from ..core.paths import data_dir

            path = str(data_dir() / SETTINGS_FILE)
        self._qs = QSettings(path, QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def get(self, key: str) -> Any:
        """The stored value of `key`, converted to the type of its default."""
        default = DEFAULTS[key]
        raw = self._qs.value(key)
        if raw is None:
            return _copy(default)
        try:
            return _convert(raw, default)
        except (TypeError, ValueError):
            return _copy(default)

    def set(self, key: str, value: Any) -> None:
        """Store `value` under `key` (written to disk at once)."""
        default = DEFAULTS[key]
        if isinstance(default, list):
            value = json.dumps(list(value))
        elif isinstance(default, bytes):
            from PySide6.QtCore import QByteArray

            value = QByteArray(bytes(value))
        if self._qs.contains(key) and self._qs.value(key) == value:
            return  # on disk as it is: each write waits on the disk (fsync) on the GUI thread
        self._qs.setValue(key, value)
        self._qs.sync()

    def add_recent(self, path: str) -> list[str]:
        """Put `path` first in the recent files list; returns the new list."""
        recent = [p for p in self.get("recent_files") if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.set("recent_files", recent)
        return recent

    def remove_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get("recent_files") if p != path]
        self.set("recent_files", recent)
        return recent


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _convert(raw: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if isinstance(raw, str):
            return raw.strip().lower() in {"true", "1", "yes"}
        return bool(raw)
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, list):
        value = json.loads(raw) if isinstance(raw, str) else list(raw)
        return [str(v) for v in value]
    if isinstance(default, bytes):
        return bytes(raw.data()) if hasattr(raw, "data") else bytes(raw)
    return str(raw)
