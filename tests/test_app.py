"""The app shell: logging into the data directory, the global error hook, quiet Qt logs."""

from __future__ import annotations

import logging
import sys
from pathlib import Path


def test_errors_are_logged_and_shown_instead_of_killing_the_app(data_dir, qapp, monkeypatch):
    from reader import app

    shown = []
    monkeypatch.setattr(
        "reader.ui.messages.show",
        lambda kind, parent, title, text, details="": shown.append((kind, text, details)),
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        log_path = app.setup_logging()
        app.install_excepthook(log_path)
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in root.handlers[len(handlers) :]:
            handler.close()
        root.handlers[:] = handlers
    assert log_path.parent == data_dir
    assert "boom in a slot" in log_path.read_text(encoding="utf-8")
    assert shown and shown[0][0] == "error"
    assert "boom in a slot" in shown[0][1] and str(log_path) in shown[0][1]
    assert "Traceback" in shown[0][2]


def test_arguments():
    from reader.app import parse_args

    args = parse_args(["article.txt", "--level", "b2"])
    assert args.path == "article.txt" and args.level == "b2"
    assert parse_args([]).path is None


PLAY_CLIP = """
import sys, wave
from pathlib import Path
if sys.argv[1] == "quiet":
    from reader.app import quiet_qt_logs
    quiet_qt_logs()
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication
app = QApplication([])
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
path = Path(sys.argv[2])
with wave.open(str(path), "wb") as out:
    out.setnchannels(1); out.setsampwidth(2); out.setframerate(16000)
    out.writeframes(b"\\0\\1" * 4000)
player = QMediaPlayer(); audio = QAudioOutput(); player.setAudioOutput(audio)
# Until the clip has been played through (FFmpeg speaks when it opens the file), 10 s at most.
done = (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia)
player.mediaStatusChanged.connect(lambda status: status in done and app.quit())
player.setSource(QUrl.fromLocalFile(str(path))); player.play()
QTimer.singleShot(10_000, app.quit)
app.exec()
"""


def test_playing_a_clip_prints_no_ffmpeg_chatter(tmp_path):
    import os
    import subprocess

    import pytest

    pytest.importorskip("PySide6.QtMultimedia")
    env = {k: v for k, v in os.environ.items() if k != "QT_LOGGING_RULES"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    root = str(Path(__file__).resolve().parent.parent)

    # Both at once (each mostly waits for its clip to play).
    procs = {
        mode: subprocess.Popen(
            [sys.executable, "-c", PLAY_CLIP, mode, str(tmp_path / f"{mode}.wav")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=root,
        )
        for mode in ("loud", "quiet")
    }
    stderr = {}
    try:
        for mode, proc in procs.items():
            stderr[mode] = proc.communicate(timeout=60)[1]
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    if "Input #0" not in stderr["loud"]:
        pytest.skip("this Qt's FFmpeg prints nothing for a clip here")
    assert "Input #0" not in stderr["quiet"]


def test_the_model_loads_in_the_background_from_launch(data_dir, qtbot, caplog):
    import threading

    from reader import app
    from reader.core.session import ReadingSession

    class Model:
        loaded = False
        thread = None

        def load(self):
            self.thread = threading.current_thread()
            self.loaded = True

    session = ReadingSession(analyzer=Model())
    app.preload(session)  # no text opened yet
    qtbot.waitUntil(lambda: session.analyzer.loaded, timeout=5000)
    assert session.analyzer.thread is not threading.main_thread()

    class Missing:
        loaded = False

        def load(self):
            raise OSError("no model fr_core_news_sm")

    caplog.set_level(logging.INFO)
    app.preload(ReadingSession(analyzer=Missing()))  # told when a text is analysed
    failed = "loading the analysis pipeline failed: no model fr_core_news_sm"
    qtbot.waitUntil(lambda: failed in caplog.text, timeout=5000)


def test_the_model_load_starts_once_the_first_text_is_shown(qtbot, monkeypatch):
    # the open job and spaCy's import side by side starved the window of the GIL: the load
    # waits for the text on screen and painted, or PRELOAD_AT_LATEST_MS when none shows
    from PySide6.QtCore import QObject, Signal

    from reader import app

    class Window(QObject):
        document_shown = Signal()

        def __init__(self):
            super().__init__()
            self.waiting = []

        def after_paint(self, callback) -> None:
            self.waiting.append(callback)

        def paint(self) -> None:
            waiting, self.waiting = self.waiting, []
            for callback in waiting:
                callback()

    started = []
    monkeypatch.setattr(app, "preload", lambda session: started.append(session))
    window = Window()
    app.preload_once("session", window)
    assert started == []  # not while the text is being read
    window.document_shown.emit()
    assert started == []  # nor while it is painted
    window.paint()
    window.document_shown.emit()  # another text: the model is loading already
    window.paint()
    assert started == ["session"]
    qtbot.wait(app.PRELOAD_AT_LATEST_MS + 200)
    assert started == ["session"]  # the fallback does not start it twice

    late = Window()
    app.preload_once("other", late)  # nothing shown (a file that fails to open)
    qtbot.waitUntil(lambda: "other" in started, timeout=app.PRELOAD_AT_LATEST_MS + 2000)
    assert started == ["session", "other"]


def test_what_opening_a_text_needs_is_read_before_the_window_shows(monkeypatch):
    import sys

    from reader import app
    from reader.core import langid

    monkeypatch.setattr(langid, "_table", None)  # as in a fresh process
    app.load_before_show()
    assert langid._table is not None and set(langid._table) == set(langid.LANGUAGES)
    assert "reader.core.importers.txt" in sys.modules
    assert "en" in langid.votes("the") and "fr" in langid.votes("maison")


def test_one_analyzer_when_threads_ask_at_once(monkeypatch):
    import threading
    import time

    from reader.core import analysis, lexicon

    def slow_lexicon():
        time.sleep(0.05)  # long enough for the other thread to ask meanwhile
        return object()

    monkeypatch.setattr(analysis, "_default", None)
    monkeypatch.setattr(lexicon, "default_lexicon", slow_lexicon)
    got = []
    threads = [threading.Thread(target=lambda: got.append(analysis.default_analyzer()))]
    threads.append(threading.Thread(target=lambda: got.append(analysis.default_analyzer())))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 2 and got[0] is got[1]


def test_the_shipped_databases_are_read_ahead_whole_from_launch(monkeypatch):
    # After a boot they are cold on disk and each Meaning look-up on the GUI thread waited
    # for the disk; the system is asked to read every byte of them at launch.
    import os

    from reader import app
    from reader.core.paths import assets_dir

    if not hasattr(os, "posix_fadvise"):
        return  # elsewhere they are read through in the thread
    advised: dict[str, list[tuple[int, int]]] = {}
    real = os.posix_fadvise

    def record(fd, offset, length, advice):
        assert advice == os.POSIX_FADV_WILLNEED
        advised.setdefault(os.readlink(f"/proc/self/fd/{fd}"), []).append((offset, length))
        return real(fd, offset, length, advice)

    monkeypatch.setattr(os, "posix_fadvise", record)
    thread = app.read_assets_ahead()
    thread.join(10)
    databases = sorted(assets_dir().glob("*.sqlite"))
    assert databases and set(advised) == {str(p.resolve()) for p in databases}
    for path in databases:
        covered = 0
        for offset, length in sorted(advised[str(path.resolve())]):
            assert offset <= covered  # no hole
            covered = max(covered, offset + length)
        assert covered >= path.stat().st_size


def test_reading_ahead_leaves_a_missing_asset_to_be_reported_as_missing(tmp_path, monkeypatch):
    import pytest

    from reader import app
    from reader.core import paths
    from reader.core.glossary import BundledData

    (tmp_path / "glossary-pivot.sqlite").mkdir()  # unreadable as a file
    monkeypatch.setattr(paths, "assets_dir", lambda: tmp_path)
    thread = app.read_assets_ahead()
    thread.join(10)
    assert not thread.is_alive()
    with pytest.raises(FileNotFoundError, match="Glossary data missing"):
        BundledData(tmp_path)

    def no_assets():
        raise FileNotFoundError("French Reader assets not found")

    monkeypatch.setattr(paths, "assets_dir", no_assets)
    assert app.read_assets_ahead() is None
