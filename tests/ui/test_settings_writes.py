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


def test_opening_a_file_writes_no_setting_in_the_turn_that_shows_it(
    make_window, qtbot, tmp_path, monkeypatch
):
    """A settings write waits on the disk (fsync): the last document and the recent files
    are saved in events of their own, not in the file-read job's hand-over that shows the
    text (a stall there on a busy disk)."""
    from reader.ui import workers
    from reader.ui.settings import Settings

    showing = []
    real_done = workers.JobHandle._on_done

    def done(self, value):
        showing.append(True)
        try:
            real_done(self, value)
        finally:
            showing.pop()

    writes = []
    real_set = Settings.set

    def spying_set(self, key, value):
        writes.append((key, bool(showing)))
        real_set(self, key, value)

    monkeypatch.setattr(workers.JobHandle, "_on_done", done)
    monkeypatch.setattr(Settings, "set", spying_set)
    window = make_window(open_sample=False)
    page = tmp_path / "texte.txt"
    page.write_text("Le ministre parle de la sécurité des routes.\n", encoding="utf-8")
    where = str(page.resolve())
    writes.clear()
    with qtbot.waitSignal(window.document_shown, timeout=30_000):
        window.open_path(str(page))
    qtbot.waitUntil(
        lambda: (
            window.settings.get("last_document") == where
            and where in window.settings.get("recent_files")
        )
    )
    saved = [(key, in_show) for key, in_show in writes if key in ("last_document", "recent_files")]
    assert {key for key, _ in saved} == {"last_document", "recent_files"}
    assert not any(in_show for _, in_show in saved), saved
    assert Settings().get("last_document") == where  # on disk
