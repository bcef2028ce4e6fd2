"""UI responsiveness on the sample article, against the bare analysis in the same run.

Prints: launch -> window shown, -> text shown, -> highlights shown (a fresh app process,
the real `reader.app.main`), pop-up latency and level-change latency, next to the time
the analysis alone takes (spaCy load + analysing the sample) measured here.

    .venv/bin/python benchmarks/bench_ui.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, statistics, sys, time
T0 = float(sys.argv[1])
marks = {}
def mark(name):
    marks.setdefault(name, time.time() - T0)
import reader.ui.main_window as mw
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_init, _show = mw.MainWindow.__init__, mw.MainWindow.show
def init(self, *a, **k):
    _init(self, *a, **k)
    self.document_shown.connect(lambda: QTimer.singleShot(0, lambda: mark("text_shown")))
    self.analysis_finished.connect(lambda: QTimer.singleShot(0, lambda: done(self)))
def show(self):
    _show(self)
    self.repaint()
    mark("window_shown")
def done(w):
    w.view.viewport().repaint()
    mark("highlights_shown")
    doc = w.result.doc
    words = [t.index for t in doc.tokens if t.is_word and not t.is_name][:60]
    popup = []
    for i in words:
        t = time.perf_counter()
        w.words.open_token(i, pinned=True)
        w.popup.repaint()
        popup.append((time.perf_counter() - t) * 1000)
        w.popup.close_popup()
    relevel = []
    for level in ("A1", "C1", "B1", "C2", "A2", "B2"):
        t = time.perf_counter()
        w.level.set_value(level)
        w.view.viewport().repaint()
        relevel.append((time.perf_counter() - t) * 1000)
    marks["popup_ms"] = statistics.median(popup)
    marks["popup_max_ms"] = max(popup)
    marks["relevel_ms"] = statistics.median(relevel)
    marks["highlighted"] = len(w.view.highlights())
    print("RESULT " + json.dumps(marks), flush=True)
    QApplication.instance().quit()
mw.MainWindow.__init__, mw.MainWindow.show = init, show
import reader.app
sys.exit(reader.app.main([]))
"""


def run_app(data_dir: str) -> dict:
    env = dict(os.environ, FRENCH_READER_DATA_DIR=data_dir, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, repr(t0)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"app run failed:\n{out.stderr[-2000:]}")


def bare_analysis() -> tuple[float, float]:
    """(cold: import + load + analyse, warm: analyse again) in seconds, in a fresh process."""
    code = (
        "import time,sys; t=time.perf_counter();"
        "from reader.core.analysis import Analyzer; from reader.core.paths import sample_article;"
        "a=Analyzer(); text=sample_article().read_text(encoding='utf-8'); a.analyze(text);"
        "c=time.perf_counter()-t; t=time.perf_counter(); a.analyze(text);"
        "print(c, time.perf_counter()-t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    cold, warm = map(float, out.stdout.split()[-2:])
    return cold, warm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    apps, bares = [], []
    for _ in range(args.runs):
        bares.append(bare_analysis())
        with tempfile.TemporaryDirectory() as tmp:
            apps.append(run_app(tmp))
    cold = statistics.median(b[0] for b in bares)
    warm = statistics.median(b[1] for b in bares)

    def med(key: str) -> float:
        return statistics.median(a[key] for a in apps)

    print(
        f"sample article, {args.runs} runs, medians ({os.environ.get('QT_QPA_PLATFORM') or 'auto'} Qt)"
    )
    print(f"  bare analysis, cold (import + spaCy load + analyse): {cold:6.2f} s")
    print(f"  bare analysis, warm (analyse only):                 {warm * 1000:6.0f} ms")
    print(
        f"  app: launch -> window shown:    {med('window_shown'):6.2f} s "
        f"({med('window_shown') / cold:.2f}x the cold analysis)"
    )
    print(
        f"  app: launch -> text shown:      {med('text_shown'):6.2f} s "
        f"({med('text_shown') / cold:.2f}x)"
    )
    print(
        f"  app: launch -> highlights shown:{med('highlights_shown'):6.2f} s "
        f"({med('highlights_shown') / cold:.2f}x the cold analysis; "
        f"overhead {med('highlights_shown') - cold:+.2f} s)"
    )
    print(
        f"  pop-up latency (content + placement + paint): median {med('popup_ms'):.1f} ms, "
        f"worst {max(a['popup_max_ms'] for a in apps):.1f} ms "
        f"({med('popup_ms') / (warm * 1000):.2f}x a warm analysis of the whole sample)"
    )
    print(
        f"  level change -> re-coloured and painted: median {med('relevel_ms'):.1f} ms "
        f"({med('relevel_ms') / (warm * 1000):.2f}x a warm analysis)"
    )
    print(f"  highlighted tokens at the end (B2): {apps[0]['highlighted']}")


if __name__ == "__main__":
    main()
