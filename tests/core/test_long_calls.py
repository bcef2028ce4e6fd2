"""Work over a whole book is done in steps (no single call holds the GIL while the window
waits for it), with the same results as in one go."""

from __future__ import annotations

from reader.core import analysis


def test_capitals_found_in_steps_are_those_of_one_pass(monkeypatch, sample_text):
    texts = [
        sample_text,
        "Il a vu à Paris et à Jean-Marc que Lyon est belle, Nantes aussi ; Brest encore.",
        "le " + "x" * 40 + " puis Abcdefghij et\nla Rochelle-Sur-Mer, puis Zoé",  # no space
    ]
    monkeypatch.setattr(analysis, "_CAPITALS_STEP", 9)
    for text in texts:
        want = frozenset(analysis._MID_CAPITAL.findall(text))
        assert analysis.mid_capitals(text) == want and want
    assert {"Paris", "Jean-Marc", "Lyon"} <= analysis.mid_capitals(texts[1])
    assert "Abcdefghij" in analysis.mid_capitals(texts[2])
