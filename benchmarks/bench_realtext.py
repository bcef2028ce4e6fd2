"""Real text is not only French words: what a technical chapter highlights, with and without
the non-word, language and name rules, in one run.

    .venv/bin/python benchmarks/bench_realtext.py [--chapter ch01] [--level B1] [--show 30]

Reads a chapter of Debian's French reference manual (package debian-reference-fr,
installed by benchmarks/corpus.py's package list) through the HTML importer, analyses it
twice: once with the real-text rules switched off (the yardstick: what the reader
highlighted before), once as shipped. For each it prints how many highlighted words are
paths, options, commands or code, numbers, English words (judged independently, with
wordfreq), and how many running words the article's figures count. Also prints analysis
throughput of both runs (the rules' cost).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core import analysis  # noqa: E402
from reader.core.importers import load_path  # noqa: E402
from reader.core.learner import Learner, assess  # noqa: E402

CHAPTERS = Path("/usr/share/debian-reference")
_CODE_CHARS = re.compile(r"[/\\_=$~@(){}<>|]|^-|\.\w")


def classify(doc, tok) -> str:
    """What a highlighted token really is, judged from the text around it (not from our rules)."""
    import wordfreq

    text = doc.text
    before = text[max(tok.start - 1, 0) : tok.start]
    after = text[tok.end : tok.end + 1]
    if _CODE_CHARS.search(tok.text) or before in "/-.$" and before or after in ("/", "(", "="):
        return "path/option/code"
    if any(c.isdigit() for c in tok.text):
        return "number"
    w = tok.text.lower()
    if wordfreq.zipf_frequency(w, "en") > wordfreq.zipf_frequency(w, "fr") + 1.0:
        return "English"
    return "French"


def run(source, level: str, rules: bool, rounds: int = 2):
    saved = (analysis._nonword_spans, analysis._mark_foreign)
    if not rules:  # the yardstick: the analysis as it was before these rules
        analysis._nonword_spans = lambda block_text, lexicon: []
        analysis._mark_foreign = lambda tokens, lexicon=None: None
    try:
        analyzer = analysis.Analyzer(lexicon=analysis.default_analyzer().lexicon)
        analyzer._nlp = analysis.default_analyzer().load()
        elapsed = float("inf")
        for _ in range(rounds):  # best of a few: the machine is shared
            t0 = time.perf_counter()
            doc = analyzer.analyze(source)
            elapsed = min(elapsed, time.perf_counter() - t0)
    finally:
        analysis._nonword_spans, analysis._mark_foreign = saved
    a = assess(doc, Learner(level))
    hl = [t for t, info in zip(doc.tokens, a.words, strict=True) if info and info.difficult]
    kinds = Counter(classify(doc, t) for t in hl)
    return doc, a, hl, kinds, elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chapter", default="ch01")
    ap.add_argument("--level", default="B1")
    ap.add_argument("--show", type=int, default=20, help="list this many suspicious words")
    args = ap.parse_args()
    path = CHAPTERS / f"{args.chapter}.fr.html"
    if not path.exists():
        sys.exit(f"{path} missing: apt-get install debian-reference-fr")
    source = load_path(path)
    print(f"{path.name}: {len(source.text):,} characters, level {args.level}")
    analysis.default_analyzer().analyze(source.text[:5000])  # warm up spaCy and the tables
    results = {}
    for rules in (False, True):
        results[rules] = run(source, args.level, rules)
    head = f"{'':28}{'before (no rules)':>18}{'with rules':>12}"
    print(head)
    rows = ["path/option/code", "number", "English", "French"]
    for row in rows:
        b, w = results[False][3][row], results[True][3][row]
        print(f"highlighted {row:<16}{b:>18}{w:>12}")
    for label, fn in (
        ("highlighted words", lambda r: len(r[2])),
        ("distinct difficult lemmas", lambda r: r[1].stats.difficult_lemmas),
        ("running words counted", lambda r: r[1].stats.words),
        ("tokens", lambda r: len(r[0].tokens)),
    ):
        print(f"{label:<28}{fn(results[False]):>18}{fn(results[True]):>12}")
    doc = results[True][0]
    print(f"non-word tokens             {sum(1 for t in doc.tokens if t.nonword):>30}")
    print(f"foreign-language tokens     {sum(1 for t in doc.tokens if t.lang):>30}")
    tb, tw = results[False][4], results[True][4]
    print(f"analysis time (s, best of 2){tb:>18.2f}{tw:>12.2f}   speed ratio {tb / tw:.2f}x")
    bad = [t.text for t in results[True][2] if classify(doc, t) != "French"]
    if bad and args.show:
        print("still highlighted, not French-looking:", ", ".join(bad[: args.show]))
    kept = {t.start for t in results[True][2]}
    before_doc = results[False][0]
    lost = Counter(
        f"{t.text}({doc.token_at(t.start).nonword or doc.token_at(t.start).lang})"
        for t in results[False][2]
        if t.start not in kept and classify(before_doc, t) == "French"
    )
    if lost and args.show:
        print(
            "French-looking words no longer highlighted (why):",
            ", ".join(w for w, _ in lost.most_common(args.show)),
        )


if __name__ == "__main__":
    main()
