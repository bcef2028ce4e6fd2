"""GUI-thread stalls while the real MainWindow opens a big book (issue 9: never > 100 ms).

    .venv/bin/python benchmarks/bench_gui_stalls.py [--words 0] [--profile] [--cold-assets]

Opens benchmarks/.data/fr_large.txt (built by corpus.py; --words cuts it) in a shown
MainWindow (offscreen Qt, temporary FRENCH_READER_DATA_DIR: no cache, fresh store) with
a 5 ms QTimer on the GUI thread recording the longest gap between ticks:

- from the open until the first screen is highlighted (part_shown),
- from then until the whole book is analysed (analysis_finished, plus 0.5 s after),
- then level changes and word-by-word keyboard moves on the whole book.

Baseline: the same timer on the same idle window, in the same run. The slowest calls of
the window's GUI-thread slots are listed too (--profile adds a cProfile of the GUI thread).
--cold-assets first drops the shipped databases from the page cache (as after a boot; the
app's launch then asks for them to be read ahead, as reader.app.main does).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FRENCH_READER_DATA_DIR", tempfile.mkdtemp(prefix="fr-stalls-"))
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# GUI-thread methods whose calls are timed (patched on the class before the window exists).
TIMED = {
    "reader.ui.reader_view:ReaderView": (
        "show_text",
        "_slide",
        "_refresh",
        "set_highlights",
        "move_focus",
    ),
    "reader.ui.main_window:MainWindow": (
        "show_source",
        "_session_changed",
        "_analysis_partial",
        "_analysis_done",
        "_draw_highlights",
        "_level_changed",
    ),
    "reader.ui.word_actions:WordActions": (
        "document_ready",
        "update_panel",
        "relevel",
        "_fill_meanings",
        "meaning",
    ),
    "reader.ui.panels.article_panel:ArticlePanel": ("set_words", "set_figures"),
}

slowest: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)


def _timed(name: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            ms = (time.perf_counter() - t0) * 1000
            calls[name] += 1
            slowest[name] = max(slowest[name], ms)

    return wrapper


def patch_timed() -> None:
    import importlib

    for target, names in TIMED.items():
        module, cls_name = target.split(":")
        cls = getattr(importlib.import_module(module), cls_name)
        for name in names:
            if hasattr(cls, name):
                setattr(cls, name, _timed(f"{cls_name}.{name}", getattr(cls, name)))


class GapMeter:
    """A 5 ms timer on the GUI thread: the longest gap between ticks, per phase."""

    def __init__(self):
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.clock.start()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.phase = ""
        self.worst: dict[str, float] = defaultdict(float)
        self.ticks: dict[str, int] = defaultdict(int)

    def now(self) -> float:
        return self.clock.nsecsElapsed() / 1e6

    def start(self, phase: str) -> None:
        self.phase = phase
        self.last = self.now()
        self.timer.start()

    def switch(self, phase: str) -> None:
        """Close the current phase at the last tick; later gaps count for `phase`."""
        self._tick()
        self.phase = phase

    def _tick(self) -> None:
        now = self.now()
        self.worst[self.phase] = max(self.worst[self.phase], now - self.last)
        self.ticks[self.phase] += 1
        self.last = now


def run_for(app, ms: int) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(ms, app.quit)
    app.exec()


def run_steps(app, steps: list, spacing_ms: int = 60) -> None:
    """Run each step from the event loop, `spacing_ms` apart (the timer ticks between)."""
    from PySide6.QtCore import QTimer

    for i, step in enumerate(steps):
        QTimer.singleShot(spacing_ms * (i + 1), step)
    QTimer.singleShot(spacing_ms * (len(steps) + 2), app.quit)
    app.exec()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=0, help="cut the book (0 = all of it)")
    ap.add_argument("--profile", action="store_true", help="cProfile the GUI thread")
    ap.add_argument(
        "--cold-assets", action="store_true", help="the shipped databases out of the page cache"
    )
    args = ap.parse_args()
    if args.cold_assets:
        from bench_perf import evict_assets

        left = evict_assets()
        print(f"shipped databases evicted from the page cache ({left:.0%} still resident)")

    import corpus
    from bench_perf import take_words

    large, _medium = corpus.build()
    book_path = large
    if args.words:
        book_path = Path(os.environ["FRENCH_READER_DATA_DIR"]) / "book.txt"
        book_path.write_text(
            take_words(large.read_text(encoding="utf-8"), args.words), encoding="utf-8"
        )
    text = book_path.read_text(encoding="utf-8")

    patch_timed()
    from PySide6.QtWidgets import QApplication

    from reader.core.analysis import default_analyzer
    from reader.app import read_assets_ahead, share_the_gil_finely
    from reader.core.session import ReadingSession
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    read_assets_ahead()  # as the app does at launch
    app = QApplication.instance() or QApplication(sys.argv)
    analyzer = default_analyzer()
    analyzer.load()  # before the measurement: the app loads it in a worker anyway
    share_the_gil_finely()  # as the app does at start-up
    services = ReadingSession(analyzer)
    services.open_store()
    window = MainWindow(Settings(), services)
    window.resize(1180, 780)
    window.show()
    run_for(app, 300)
    meter = GapMeter()
    meter.start("idle")
    run_for(app, 2000)

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()  # profiles the calling (GUI) thread only
        profiler.enable()
    marks: dict[str, float] = {}
    t0 = time.perf_counter()

    def first_part() -> None:
        if "first" not in marks:
            window.view.viewport().repaint()
            marks["first"] = time.perf_counter() - t0
            meter.switch("rest")

    def finished() -> None:
        window.view.viewport().repaint()
        marks["done"] = time.perf_counter() - t0
        from PySide6.QtCore import QTimer

        QTimer.singleShot(500, app.quit)

    window.part_shown.connect(first_part)
    window.analysis_finished.connect(finished)
    window.document_shown.connect(lambda: marks.setdefault("shown", time.perf_counter() - t0))
    meter.switch("open")
    window.open_path(str(book_path), remember=False)
    app.exec()
    if "first" not in marks:  # small text: no part, the whole analysis is the first screen
        marks["first"] = marks["done"]

    t_levels: list[float] = []
    t_keys: list[float] = []

    def level(name: str) -> None:
        t = time.perf_counter()
        window.level.set_value(name)
        window.view.viewport().repaint()
        t_levels.append((time.perf_counter() - t) * 1000)

    def key(step: int) -> None:
        t = time.perf_counter()
        window.words.move(step)
        t_keys.append((time.perf_counter() - t) * 1000)

    meter.switch("levels")
    run_steps(app, [functools.partial(level, n) for n in ("A1", "C1", "B1", "C2", "A2", "B2")])
    meter.switch("keys")
    window.view.setFocus()
    run_steps(app, [functools.partial(key, s) for s in [1] * 20 + [-1] * 5])
    meter.switch("end")
    if profiler is not None:
        profiler.disable()
    meter.timer.stop()

    idle = meter.worst["idle"]
    words = sum(1 for _ in window.result.doc.word_tokens())

    def line(name: str, gap: float, extra: str = "") -> None:
        print(f"  {name:<44} {gap:8.1f} ms  {gap / idle:6.1f}x idle   {extra}")

    print(
        f"book {book_path.name}: {words:,} words, {len(text):,} chars; "
        f"Qt {os.environ['QT_QPA_PLATFORM']}; 5 ms timer on the GUI thread"
    )
    print(
        f"  {'phase: longest gap between ticks':<44} {'gap':>8}     {'ratio':>6}        (target < 100 ms)"
    )
    line("baseline: idle window (2 s)", idle)
    line(
        "open -> first screen highlighted",
        meter.worst["open"],
        f"text shown at {marks.get('shown', 0):.2f} s, highlighted at {marks['first']:.2f} s",
    )
    line(
        "first screen -> whole book analysed (+0.5 s)",
        meter.worst["rest"],
        f"done at {marks['done']:.1f} s",
    )
    line(
        "6 level changes on the whole book",
        meter.worst["levels"],
        f"max {max(t_levels):.0f} ms each",
    )
    line("25 word-by-word key moves", meter.worst["keys"], f"max {max(t_keys):.2f} ms each")
    print("  slowest single call per GUI-thread method (ms, calls):")
    for name, ms in sorted(slowest.items(), key=lambda kv: -kv[1]):
        print(f"    {name:<40} {ms:8.1f}  x{calls[name]}")
    if profiler is not None:
        import pstats

        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
    window.close()
    services.close()


if __name__ == "__main__":
    main()
