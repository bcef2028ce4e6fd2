"""Issue 9 in one command: every speed and memory figure next to its baseline, same run.

    .venv/bin/python benchmarks/bench_perf.py [--words 20000] [--book-words 0]

Builds its inputs (benchmarks/corpus.py: 500k+ words of real French from Debian's
French documentation, plus a 100k-word prefix), then measures:

1. throughput of Analyzer.analyze vs bare nlp.pipe, same pipeline, same paragraphs
   (CPU time, best of rounds, alternated: the machine is shared);
2. opening the 500k-word book: time to the first partial Document + its assessment
   (baseline: the whole book's analysis at the measured rate);
3. the whole book loading in a QThread: longest gap of a 5 ms QTimer on the GUI thread
   (baseline: the same loop idle) and peak memory (baseline: after spaCy loaded);
4. reopening a 100k-word document from the cache: first part + assess, and the whole
   document (baseline: analysing it);
5. a level change on the 100k-word document: Assessment.relevel and the reader view's
   re-colour (baseline: the first assess), and the word pop-up's look-ups (p50/p99).

Figures only, no verdicts beyond "target" columns; nothing here is used by the tests.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from reader.core.cache import AnalysisCache  # noqa: E402
from reader.core.document import SourceText  # noqa: E402
from reader.core.loader import open_document, version_key  # noqa: E402


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def take_words(text: str, n: int) -> str:
    out, count = [], 0
    for line in text.splitlines():
        out.append(line)
        count += len(re.findall(r"\w+", line))
        if n and count >= n:
            break
    return "\n".join(out) + "\n"


def row(name: str, value: str, baseline: str, ratio: str = "", target: str = "") -> None:
    print(f"{name:<34} {value:>14}   {baseline:<34} {ratio:>9}   {target}")


def cpu() -> float:
    return time.process_time()


def bench_throughput(analyzer, text: str, rounds: int) -> float:
    """Ratio (ours/bare speed); prints tokens/s of both."""
    nlp = analyzer.load()
    src = SourceText(text)
    src.ensure_blocks()
    paras = [text[b.start : b.end] for b in src.blocks]
    list(nlp.pipe(paras[:20]))
    analyzer.analyze("\n".join(paras[:20]))
    bare_t, ours_t = [], []
    for _ in range(rounds):
        t0 = cpu()
        n_bare = sum(len(d) for d in nlp.pipe(paras, batch_size=32))
        bare_t.append(cpu() - t0)
        t0 = cpu()
        doc = analyzer.analyze(src)
        ours_t.append(cpu() - t0)
    bare, ours = min(bare_t), min(ours_t)
    rate = len(doc.tokens) / ours
    row(
        "1. Analyzer.analyze",
        f"{rate:,.0f} tok/s",
        f"bare nlp.pipe {n_bare / bare:,.0f} tok/s",
        f"{bare / ours:.2f}x",
        ">= 0.80x",
    )
    print(
        f"   ({len(doc.tokens):,} tokens; pipes {'+'.join(nlp.pipe_names)}; CPU s, best of {rounds})"
    )
    return rate


def bench_first_screen(analyzer, book: str, rate: float, learner_mod, learner) -> None:
    t0 = time.perf_counter()
    parts = open_document(SourceText(book, title="livre"), analyzer)
    first = next(parts)
    t_doc = time.perf_counter() - t0
    learner_mod.assess(first, learner)
    t_first = time.perf_counter() - t0
    parts.close()
    n_words = len(re.findall(r"\w+", book))
    whole = n_words * 1.2 / rate  # tokens ~ 1.2 x words in this text
    row(
        "2. book: first screen highlighted",
        f"{t_first:.2f} s",
        f"whole book analysis ~{whole:,.0f} s",
        f"{t_first / whole:.4f}x",
        "< 3 s",
    )
    print(
        f"   (book {n_words:,} words, {len(book):,} chars; first part {len(first.tokens)} tokens, "
        f"{first.paragraphs[-1].end:,} chars; analysis {t_doc:.2f} s, assess {t_first - t_doc:.2f} s;"
        " spaCy already loaded)"
    )


def bench_book_in_thread(analyzer, book: str, cache_dir: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QThread, QTimer, Signal

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)

    def max_gap(duration_ms: int | None, thread=None) -> tuple[float, int]:
        clock = QElapsedTimer()
        gaps: list[float] = []
        last = [0.0]
        timer = QTimer(interval=5)

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        timer.timeout.connect(tick)
        clock.start()
        timer.start()
        if thread is None:
            QTimer.singleShot(duration_ms, app.quit)
        else:
            thread.finished.connect(app.quit)
            thread.start()
        app.exec()
        timer.stop()
        return max(gaps[1:] or [0.0]), len(gaps)

    class Loader(QThread):
        partial = Signal(object)

        def __init__(self):
            super().__init__()
            self.parts = 0
            self.doc = None
            self.cache = AnalysisCache(cache_dir)

        def run(self) -> None:
            for doc in open_document(SourceText(book), analyzer, self.cache):
                self.partial.emit(doc)
                self.doc = doc

    idle, _ = max_gap(2000)
    gc.collect()
    base_mem = current_rss_mb()
    loader = Loader()
    received = []
    loader.partial.connect(lambda d: received.append(len(d.tokens)))
    t0 = time.perf_counter()
    busy, ticks = max_gap(None, loader)
    took = time.perf_counter() - t0
    row(
        "3. book in a QThread: longest stall",
        f"{busy:.1f} ms",
        f"idle loop {idle:.1f} ms",
        "",
        "< 100 ms",
    )
    row(
        "   peak memory (whole process)",
        f"{rss_mb():,.0f} MB",
        f"after spaCy load {base_mem:,.0f} MB",
        f"+{rss_mb() - base_mem:,.0f} MB",
        "< 1,536 MB",
    )
    print(
        f"   ({len(loader.doc.tokens):,} tokens in {took:.0f} s, {len(received)} Documents delivered,"
        f" {ticks} timer ticks)"
    )
    del loader
    gc.collect()
    cache = AnalysisCache(cache_dir)
    t0 = time.perf_counter()
    again = list(cache.get_parts(book, version_key(analyzer)))[-1]  # the complete one
    row(
        "   book reopened from the cache",
        f"{time.perf_counter() - t0:.2f} s",
        f"analysing it {took:.0f} s",
    )
    assert again is not None


def bench_reopen(analyzer, text: str, cache_dir: Path, learner_mod):
    cache = AnalysisCache(cache_dir)
    t0 = time.perf_counter()
    doc = list(open_document(SourceText(text), analyzer, cache))[-1]
    first = time.perf_counter() - t0
    times, whole = [], []
    learner = learner_mod.Learner(level="B1")
    for _ in range(3):
        t0 = time.perf_counter()
        parts = open_document(SourceText(text), analyzer, AnalysisCache(cache_dir))
        learner_mod.assess(next(parts), learner)
        times.append(time.perf_counter() - t0)
        docs = list(parts)
        whole.append(time.perf_counter() - t0)
    assert docs[-1].complete and docs[-1].tokens == doc.tokens
    reopen = statistics.median(times)
    row(
        "4. 100k words reopened: highlights",
        f"{reopen:.3f} s",
        f"first open (analysis) {first:.1f} s",
        f"{reopen / first:.4f}x",
        "< 0.5 s",
    )
    row("   ... whole document decoded", f"{statistics.median(whole):.3f} s", "")
    print(
        f"   ({len(doc.tokens):,} tokens; first part + assess; median of 3 reopens, fresh cache object)"
    )
    return doc


def bench_interaction(doc, learner_mod) -> None:
    b1 = learner_mod.Learner(level="B1")
    t0 = time.perf_counter()
    assessment = learner_mod.assess(doc, b1)
    t_assess = time.perf_counter() - t0
    times = []
    for level in ("A1", "A2", "B2", "C1", "C2", "B1"):
        t0 = time.perf_counter()
        assessment = assessment.relevel(learner_mod.Learner(level=level))
        times.append(time.perf_counter() - t0)
    row(
        "5. level change: relevel (100k)",
        f"{max(times) * 1000:.0f} ms",
        f"first assess {t_assess * 1000:.0f} ms",
        f"{max(times) / t_assess:.2f}x",
        "< 200 ms (max of 6 levels)",
    )
    bench_recolour(doc, assessment, learner_mod)
    bench_popup(doc, assessment)


def bench_recolour(doc, assessment, learner_mod) -> None:
    try:
        from PySide6.QtWidgets import QApplication

        from reader.core.highlighting import highlight_kinds
        from reader.ui.reader_view import ReaderView
    except ImportError as exc:
        print(f"   reader view re-colour: not measured ({exc})")
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None and not isinstance(
        QCoreApplication.instance(), QApplication
    ):
        print("   reader view re-colour: needs a QApplication (run with --no-book)")
        return
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 (kept alive)
    view = ReaderView()
    view.resize(900, 700)
    view.show()  # laid out as on screen: the view draws the visible band
    t0 = time.perf_counter()
    view.show_text(doc.text)
    t_show = time.perf_counter() - t0
    view.set_document(doc)
    times = []
    for level in ("A2", "C1", "B1"):
        t0 = time.perf_counter()
        again = assessment.relevel(learner_mod.Learner(level=level))
        kinds = highlight_kinds(doc, again)
        view.set_highlights(kinds)
        times.append(time.perf_counter() - t0)
    row(
        "   view re-colour (relevel+kinds+set)",
        f"{max(times) * 1000:.0f} ms",
        f"show_text {t_show * 1000:.0f} ms",
        f"{max(times) / t_show:.2f}x",
        f"< 200 ms ({len(kinds):,} highlights, {len(view.extraSelections()):,} drawn)",
    )


def bench_popup(doc, assessment) -> None:
    import random

    try:
        from reader.core.glossary import default_glossary
    except ImportError as exc:
        print(f"   pop-up: not measured ({exc})")
        return
    try:
        from reader.ui.gloss_popup import build_entry
    except ImportError:
        build_entry = None
    glossary = default_glossary()
    words = [t for t in doc.tokens if t.is_word]
    random.seed(9)
    sample = random.sample(words, min(2000, len(words)))
    infos = assessment.words
    glossary.lookup_token(sample[0])
    times = []
    for tok in sample:
        t0 = time.perf_counter()
        gloss = glossary.lookup_token(tok)
        info = infos[tok.index]
        if build_entry is not None:
            build_entry(tok, info, gloss)
        times.append(time.perf_counter() - t0)
    times.sort()
    p50, p99 = times[len(times) // 2] * 1000, times[int(len(times) * 0.99)] * 1000
    row(
        "   pop-up content (lookup+entry)",
        f"p99 {p99:.2f} ms",
        f"p50 {p50:.2f} ms, max {times[-1] * 1000:.1f} ms",
        "",
        f"< 16 ms p99 ({len(sample)} words{'' if build_entry else ', no build_entry'})",
    )


def bench_launch() -> None:
    """Window shown after launch (the real app in a fresh process, via bench_ui)."""
    import bench_ui

    with tempfile.TemporaryDirectory() as tmp:
        cold, _warm = bench_ui.bare_analysis()
        marks = bench_ui.run_app(tmp)
    shown = marks["window_shown"]
    row(
        "6. launch -> window shown",
        f"{shown:.2f} s",
        f"bare cold analysis {cold:.2f} s",
        f"{shown / cold:.2f}x",
        "< 1 s",
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=20_000, help="words for the throughput test")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--book-words", type=int, default=0, help="cut the book (0 = all of it)")
    ap.add_argument("--no-book", action="store_true", help="skip the whole-book QThread load")
    args = ap.parse_args()

    large, medium = corpus.build()
    book = take_words(large.read_text(encoding="utf-8"), args.book_words)
    text100k = medium.read_text(encoding="utf-8")

    from reader.core import learner as learner_mod
    from reader.core.analysis import default_analyzer
    from reader.core.lexicon import default_lexicon

    t0 = time.perf_counter()
    analyzer = default_analyzer()
    default_lexicon()
    analyzer.load()
    print(
        f"spaCy + lexicon load: {time.perf_counter() - t0:.1f} s (cold start, before anything below)"
    )
    row("figure", "value", "baseline (same run)", "ratio", "target")
    bench_launch()
    rate = bench_throughput(analyzer, take_words(text100k, args.words), args.rounds)
    bench_first_screen(analyzer, book, rate, learner_mod, learner_mod.Learner(level="B1"))
    with tempfile.TemporaryDirectory() as tmp:
        doc100k = bench_reopen(analyzer, text100k, Path(tmp) / "medium", learner_mod)
        bench_interaction(doc100k, learner_mod)
        if not args.no_book:
            bench_book_in_thread(analyzer, book, Path(tmp) / "book")


if __name__ == "__main__":
    main()
