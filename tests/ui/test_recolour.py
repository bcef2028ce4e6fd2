"""Book-scale work stays off the GUI thread: highlights and panel rows come precomputed
from the analysis worker; on a large document a level change re-colours in a worker."""

from __future__ import annotations

import threading

from reader.core import highlighting
from reader.ui import workers


def _on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _hard(window) -> dict[int, str]:
    return {i: k for i, k in window.view.highlights().items() if k in ("strong", "medium")}


def test_the_word_list_is_made_in_a_turn_after_the_highlights(make_window, qtbot):
    """The analysis's hand-over applies the highlights and returns: the word list (a book's
    thousands of rows) is made in an event-loop turn of its own, so the two never add up to
    one stall; analysis_finished comes once the list is there."""
    window = make_window(open_sample=False)
    seen: list[tuple[str, int, int]] = []

    def note(what: str) -> None:
        seen.append((what, len(_hard(window)), len(window.panel.rows())))

    window.highlights_changed.connect(lambda: note("highlights"))
    window.job.finished.connect(lambda: note("hand-over returns"))
    window.analysis_finished.connect(lambda: note("finished"))
    with qtbot.waitSignal(window.analysis_finished, timeout=90_000):
        window.open_sample()
    assert [s[0] for s in seen] == ["highlights", "hand-over returns", "finished"]
    (_, lit, listed), (_, lit_after, listed_after), (_, lit_end, listed_end) = seen
    assert lit > 5 and listed == 0  # highlighted, the list not made yet
    assert listed_after == 0  # ... nor when the hand-over's turn ends
    assert listed_end > 5 and lit_end == lit


def test_opening_computes_highlights_and_rows_in_the_worker(make_window, qtbot, monkeypatch):
    real_shade = highlighting.shade
    shaded_on_gui: list[bool] = []

    def spying_shade(doc, assessment):
        shaded_on_gui.append(_on_gui_thread())
        return real_shade(doc, assessment)

    monkeypatch.setattr(highlighting, "shade", spying_shade)
    # The panel's rows are sorted in the worker too: the list does not sort them itself.
    from reader.ui.panels.word_list_model import WordListModel

    real_sort = WordListModel._sort_rows
    sorted_on_gui: list[int] = []

    def spying_sort(model):
        sorted_on_gui.append(len(model._rows))
        real_sort(model)

    monkeypatch.setattr(WordListModel, "_sort_rows", spying_sort)
    window = make_window(open_sample=False)
    with qtbot.waitSignal(window.analysis_finished, timeout=90_000):
        window.open_sample()
    assert shaded_on_gui and not any(shaded_on_gui)
    assert _hard(window)  # ... and shown: the difficult words are highlighted
    rows = window.panel.rows()
    assert [r[:2] for r in window.result.shading.rows] == [
        (lemma, first) for lemma, first in sorted(rows, key=lambda r: r[1])
    ]
    assert len(rows) > 5 and not any(sorted_on_gui)  # (only empty lists)
    from reader.ui.find_bar import fold

    shown = [(fold(lemma), lemma) for lemma, _first in rows]  # by word, accents aside
    assert shown == sorted(shown) and len(set(shown)) == len(shown)
    # The expressions' index by token, made in the worker, is the one the pop-ups use.
    expressions, by_token = window.result.prepared["expressions"]
    assert expressions is window.result.expressions and window.words._expr_at is by_token
    assert all(
        by_token[i] in expressions for e in expressions for i in range(e.first_token, e.last_token)
    )


def test_level_change_on_a_large_document_runs_in_a_worker_stale_result_dropped(
    make_window, qtbot, monkeypatch
):
    from reader.core import learner as learner_mod

    window = make_window()
    assert window.level.value() == "B1"  # the default level
    b1 = _hard(window)
    # What each level looks like when re-coloured at once (the article path).
    expected = {}
    for level in ("A1", "C1"):
        with qtbot.waitSignal(window.highlights_changed):
            window.level.set_value(level)
        expected[level] = _hard(window)
    with qtbot.waitSignal(window.highlights_changed):
        window.level.set_value("B1")
    assert _hard(window) == b1 and expected["A1"] != expected["C1"]

    # Now the sample counts as a book: its re-colouring goes to a worker.
    monkeypatch.setattr(highlighting, "SYNC_TOKENS", 100)
    assert len(window.result.doc.tokens) > 100
    real_relevel = learner_mod.Assessment.relevel
    ran: list[tuple[str, bool]] = []
    release_a1 = threading.Event()

    def spying_relevel(self, learner, statuses=None):
        ran.append((learner.level, _on_gui_thread()))
        if learner.level == "A1":
            release_a1.wait(10)  # A1 finishes only after the reader moved on to C1
        return real_relevel(self, learner, statuses)

    monkeypatch.setattr(learner_mod.Assessment, "relevel", spying_relevel)
    shown: list[str] = []
    window.highlights_changed.connect(lambda: shown.append(window.result.assessment.learner.level))

    window.level.set_value("A1")
    assert window.words.relevel_pending()
    assert _hard(window) == b1  # nothing recomputed on the GUI thread: B1 still shown
    window.level.set_value("C1")
    qtbot.waitUntil(lambda: shown == ["C1"], timeout=20_000)
    assert _hard(window) == expected["C1"]

    release_a1.set()
    qtbot.waitUntil(lambda: not any(j.name == "relevel" for j in workers.running()))
    qtbot.wait(50)  # let a late A1 result reach the event loop, if it were delivered
    assert ("A1", False) in ran and ("C1", False) in ran
    assert not any(on_gui for _level, on_gui in ran)
    assert shown == ["C1"]  # the stale A1 result was dropped
    assert window.result.assessment.learner.level == "C1"
    assert _hard(window) == expected["C1"]
    assert not window.words.relevel_pending()


def test_names_toggle_redraws_without_recomputing(make_window, qtbot, monkeypatch):
    window = make_window()
    names = {i for i, k in window.view.highlights().items() if k == "name"}
    assert names
    calls = []
    monkeypatch.setattr(highlighting, "highlight_kinds", lambda *a, **k: calls.append(a) or {})
    with qtbot.waitSignal(window.highlights_changed):
        window.names_action.trigger()
    assert not names & set(window.view.highlights())
    assert _hard(window)  # the difficult words are still drawn
    with qtbot.waitSignal(window.highlights_changed):
        window.names_action.trigger()
    assert names <= set(window.view.highlights())
    assert calls == []
