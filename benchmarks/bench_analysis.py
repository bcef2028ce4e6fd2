"""Analysis throughput against bare spaCy, and the analysis cache, in one run.

    .venv/bin/python benchmarks/bench_analysis.py [--words 100000]

Prints tokens/s of Analyzer.analyze next to bare `nlp.pipe` over the same
paragraphs with the same pipeline (the baseline), their ratio, and the time to
reopen the same document from the analysis cache.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from reader.core.analysis import Analyzer  # noqa: E402
from reader.core.cache import AnalysisCache  # noqa: E402


def take_words(text: str, n: int) -> str:
    out, count = [], 0
    for line in text.splitlines():
        out.append(line)
        count += len(re.findall(r"\w+", line))
        if count >= n:
            break
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    large, _ = corpus.build()
    text = take_words(large.read_text(encoding="utf-8"), args.words)

    analyzer = Analyzer()
    t0 = time.perf_counter()
    nlp = analyzer.load()
    print(f"spacy.load: {time.perf_counter() - t0:.2f} s  pipes={nlp.pipe_names}")
    paras = [p for p in text.split("\n") if p.strip()]

    # Warm both paths once on a little text.
    list(nlp.pipe(paras[:20]))
    analyzer.analyze("\n".join(paras[:20]))

    # Alternate the two, several rounds, and keep each one's best (the machine is shared).
    bare_times, our_times = [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        n_bare = sum(len(d) for d in nlp.pipe(paras, batch_size=32))
        bare_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        doc = analyzer.analyze(text)
        our_times.append(time.perf_counter() - t0)
    bare, ours = min(bare_times), min(our_times)
    n_ours = len(doc.tokens)

    print(f"text: {args.words} words, {len(paras)} paragraphs")
    print(f"baseline nlp.pipe : {n_bare / bare:8.0f} tokens/s ({bare:.1f} s)")
    print(f"Analyzer.analyze  : {n_ours / ours:8.0f} tokens/s ({ours:.1f} s)")
    print(f"ratio (ours/bare) : {bare / ours:.2f}x  (target >= 0.80)")

    with tempfile.TemporaryDirectory() as tmp:
        cache = AnalysisCache(Path(tmp))
        key = analyzer.version_key()
        t0 = time.perf_counter()
        cache.put(doc, key)
        put = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = list(cache.get_parts(text, key))[-1]  # the complete Document
        get = time.perf_counter() - t0
        assert again is not None and len(again.tokens) == n_ours
        print(f"cache write       : {put:.3f} s")
        print(f"cache reopen      : {get:.3f} s  = {get / ours:.3f}x of analysing (target < 0.5 s)")


if __name__ == "__main__":
    main()
