"""The analysis's passes over a whole book take short cuts (before the first screen, while
the window waits for the GIL); they give what the plain definitions give."""

from __future__ import annotations

import random
import re

from reader.core import analysis
from reader.core.document import Block

# The plain definitions the short cuts replace.
LOOK_BEHIND_FIRST = re.compile(r"(?<=[a-zà-ÿ0-9,;] )[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-Þa-zà-ÿ]+)*")
LONG_RUN = re.compile(rf"\S{{{analysis.MAX_RUN_CHARS + 1},}}")


def runs_cut_plainly(blocks, text):
    for b in blocks:
        start = b.start
        for run in LONG_RUN.finditer(text, b.start, b.end):
            for cut in range(
                run.start() + analysis.MAX_RUN_CHARS, run.end(), analysis.MAX_RUN_CHARS
            ):
                yield Block(b.kind, start, cut, b.chapter)
                start = cut
        yield Block(b.kind, start, b.end, b.chapter)


def test_capitals_inside_sentences_as_the_look_behind_first_pattern(monkeypatch, sample_text):
    rng = random.Random(5)
    pieces = ["le ", "a ", "9 ", ", ", "; ", ". ", "  ", "\n", "é ", "Paris", "Jean-Marc"]
    pieces += ["Zoé", "Élodie", "ÉTAT", "x", "Ab-cd-Ef", "-", "l'", "É", "ça "]
    texts = [sample_text] + ["".join(rng.choice(pieces) for _ in range(60)) for _ in range(500)]
    monkeypatch.setattr(analysis, "_CAPITALS_STEP", 13)  # steps cut everywhere
    for text in texts:
        want = frozenset(LOOK_BEHIND_FIRST.findall(text))
        assert frozenset(analysis._MID_CAPITAL.findall(text)) == want, text
        assert analysis.mid_capitals(text) == want, text
    assert {"Paris", "Jean-Marc"} <= analysis.mid_capitals("vu à Paris et à Jean-Marc")


def test_long_runs_cut_as_before():
    n = analysis.MAX_RUN_CHARS
    parts = ["mot " * 30, "x" * n, "y" * (n + 1), "z" * (3 * n + 7), " ", "\n", "court."]
    rng = random.Random(8)
    for _ in range(40):
        text = "".join(rng.choice(parts) for _ in range(12))
        cuts = sorted({0, len(text), *(rng.randrange(len(text)) for _ in range(6))})
        blocks = [
            Block("paragraph", a, b, 0) for a, b in zip(cuts, cuts[1:], strict=False) if b > a
        ]
        got = list(analysis._unbroken_runs_cut(blocks, text))
        assert got == list(runs_cut_plainly(blocks, text))
    exact = "y" * (n + 1)
    assert [
        (b.start, b.end) for b in analysis._unbroken_runs_cut([Block("p", 0, n + 1)], exact)
    ] == [
        (0, n),
        (n, n + 1),
    ]
