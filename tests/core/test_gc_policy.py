"""The app's one GC policy (reader/core/gc_policy.py): no collections while the model loads,
no full ones while a document is analysed, the collector's thresholds as they were after,
whatever the order in which overlapping loads and analyses end."""

from __future__ import annotations

import gc
import threading

import pytest

from reader.core import gc_policy
from reader.core.gc_policy import NO_FULL


@pytest.fixture
def thresholds():
    found = gc.get_threshold()
    gc.set_threshold(600, 8, 11)
    yield (600, 8, 11)
    gc.set_threshold(*found)


def test_a_load_pauses_collections_and_freezes_what_it_made(thresholds):
    frozen = gc.get_freeze_count()
    with gc_policy.paused():
        assert gc.get_threshold()[0] == 0
        made = [[n] for n in range(1000)]
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() >= frozen + len(made)


def test_an_analysis_stops_only_full_collections(thresholds):
    with gc_policy.analysing():
        assert gc.get_threshold() == (600, 8, NO_FULL)
        with gc_policy.paused():  # the model loads for it
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold() == (600, 8, NO_FULL)
    assert gc.get_threshold() == thresholds


def test_overlapping_loads_and_analyses_in_threads_restore_the_thresholds(thresholds):
    # The preload's model load next to an analysis cancelled before the load is done: the
    # analysis ends first, the load after; then the other way round.
    while_only = {"load": lambda t: t[0] == 0, "analysis": lambda t: t == (600, 8, NO_FULL)}
    for first_out, second_out in (("analysis", "load"), ("load", "analysis")):
        entered = {kind: threading.Event() for kind in while_only}
        leave = {kind: threading.Event() for kind in while_only}

        def run(kind, entered=entered, leave=leave):
            with gc_policy.analysing() if kind == "analysis" else gc_policy.paused():
                entered[kind].set()
                leave[kind].wait(10)

        threads = {kind: threading.Thread(target=run, args=(kind,)) for kind in while_only}
        for thread in threads.values():
            thread.start()
        assert all(event.wait(10) for event in entered.values())
        assert gc.get_threshold()[0] == 0  # the load's pause wins while it lasts
        leave[first_out].set()
        threads[first_out].join(10)
        assert while_only[second_out](gc.get_threshold())
        leave[second_out].set()
        threads[second_out].join(10)
        assert gc.get_threshold() == thresholds


def test_collections_switched_off_by_someone_else_stay_theirs():
    found = gc.get_threshold()
    gc.set_threshold(0)
    try:
        with gc_policy.analysing(), gc_policy.paused():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*found)


def test_a_book_is_analysed_without_full_collections(analyzer, thresholds):
    from reader.core.document import SourceText
    from reader.core.session import ReadingSession

    session = ReadingSession(analyzer)
    session.first_chars, session.part_chars = 200, 400
    text = "".join(f"Paragraphe {i} : le ministre parle de la sécurité.\n" for i in range(60))
    seen = []
    session.analyse(SourceText(text=text), partial=lambda _r: seen.append(gc.get_threshold()))
    assert seen and all(t == (600, 8, NO_FULL) for t in seen)
    assert gc.get_threshold() == thresholds


def test_a_result_holds_no_list_as_long_as_its_text(sample_doc):
    """A young collection walks every young list whole holding the GIL: a book's per-token
    list of 724k WordInfo held it 15 + 15 ms after its making (28 ms and more beside the
    window). What a result keeps per token is untracked (arrays, int/str dicts) or a view."""
    from reader.core.learner import Learner
    from reader.core.session import assessed

    result = assessed(sample_doc, Learner("B1"))
    n = len(sample_doc.tokens)
    assert len(result.assessment.words) == n  # still one WordInfo (or None) per token
    walked_long, seen = [], set()
    todo = [(result.assessment, 0), (result.shading, 0)]
    while todo:
        obj, depth = todo.pop()
        if id(obj) in seen or depth > 3:
            continue
        seen.add(id(obj))
        referents = gc.get_referents(obj)  # what a collection visits in it
        if gc.is_tracked(obj) and len(referents) >= n:
            walked_long.append(type(obj).__name__)
        todo += [(o, depth + 1) for o in referents]
    assert walked_long == []
