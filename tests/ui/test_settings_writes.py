"""The settings file is written when a setting changes, not when it is set to what it is."""

from __future__ import annotations

import os


def _written(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_ino, st.st_mtime_ns


def test_a_setting_set_unchanged_is_not_written_again(data_dir):
    from reader.ui.settings import Settings

    settings = Settings()
    settings.set("last_document", "/livres/roman.txt")
    settings.add_recent("/livres/roman.txt")
    settings.set("geometry", b"\x01\x02")
    before = _written(settings.path)
    # a relaunch on the same document: the same values set again
    settings.set("last_document", "/livres/roman.txt")
    settings.add_recent("/livres/roman.txt")
    settings.set("geometry", b"\x01\x02")
    assert _written(settings.path) == before
    settings.set("last_document", "/livres/autre.txt")  # a change is written at once
    assert _written(settings.path) != before
    again = Settings()
    assert again.get("last_document") == "/livres/autre.txt"
    assert again.get("recent_files") == ["/livres/roman.txt"]
    assert again.get("geometry") == b"\x01\x02"
