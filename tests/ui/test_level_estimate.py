"""The learner's own words refine the vocabulary size behind the highlights."""

from __future__ import annotations

import sqlite3


def _lemmas_ranked(lo: int, hi: int, n: int) -> list[str]:
    """`n` content lemmas with frequency ranks between lo and hi (from the shipped lexicon)."""
    from reader.core.lexicon import LEXICON_FILE
    from reader.core.paths import asset

    conn = sqlite3.connect(f"file:{asset(LEXICON_FILE).as_posix()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT lemma FROM lemma WHERE id BETWEEN ? AND ? AND pos IN ('NOUN', 'ADJ', 'VERB')"
            " ORDER BY id",
            (lo, hi),
        ).fetchall()
    finally:
        conn.close()
    step = max(1, len(rows) // n)
    return [r[0] for r in rows[::step]][:n]


def _hard(window) -> int:
    return sum(1 for k in window.view.highlights().values() if k in ("strong", "medium"))


def test_knowing_many_rarer_words_raises_the_estimate_and_reduces_highlights(make_window, qtbot):
    from reader.core.lexicon import LEVEL_VOCAB

    window = make_window()
    assert window.session.statuses is not None
    window.level.set_value("B1")
    before = _hard(window)
    assert before > 0 and not window.panel.estimate.isVisible()
    sample_lemmas = {t.lemma for t in window.result.doc.tokens}
    known = [w for w in _lemmas_ranked(4_000, 12_000, 60) if w not in sample_lemmas][:40]
    assert len(known) >= 30
    # the learner imports a list of words they know (none of them in this article)
    window.vocab.action.trigger()
    window.session.statuses.set_many(known, "known")
    with qtbot.waitSignal(window.estimator.estimate_changed, timeout=20_000):
        window.vocab.panel.statuses_changed.emit(known)

    estimate = window.session.estimates.get("B1")
    assert estimate is not None and estimate > LEVEL_VOCAB["B1"]
    assert window.result.assessment.learner.size == estimate
    assert window.panel.estimate.isVisible()
    assert f"~{estimate:,} words" in window.panel.estimate.text()
    after = _hard(window)
    assert after < before

    # switched off: back to the plain B1 model
    window.evidence_action.trigger()
    assert window.settings.get("use_evidence") is False
    assert window.result.assessment.learner.size == LEVEL_VOCAB["B1"]
    assert _hard(window) == before
    assert not window.panel.estimate.isVisible()
    window.evidence_action.trigger()


def test_little_evidence_keeps_the_level_model(make_window, qtbot):
    from reader.core.lexicon import LEVEL_VOCAB

    window = make_window()
    assert window.session.statuses is not None
    window.level.set_value("B1")
    window.session.statuses.set_many(_lemmas_ranked(4_000, 12_000, 5), "known")
    with qtbot.waitSignal(window.estimator.estimate_changed, timeout=20_000):
        window.estimator.update_now()
    assert window.session.evidence_count == 5
    assert window.result.assessment.learner.size == LEVEL_VOCAB["B1"]
    assert not window.panel.estimate.isVisible()
