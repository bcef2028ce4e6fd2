"""The article panel's Meaning column is filled in small steps after the rows are shown,
not in one long stretch of the GUI thread when a part of the book arrives."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _shown_rows(window) -> list[int]:
    return list(range(min(10, window.panel.model.rowCount())))


def test_meanings_are_looked_up_in_steps_after_the_rows_are_shown(make_window, qtbot):
    window = make_window()
    words = window.words
    qtbot.waitUntil(lambda: not words.meanings_pending(), timeout=10_000)
    rows = _shown_rows(window)
    assert rows
    want = {r: words.meaning(window.panel.rows()[r][1]) for r in rows}
    assert any(want.values())  # the sample's difficult words have meanings

    # The rows come again (a new part of a book; the glosses changed): nothing is looked
    # up while they are set; one look-up per step (budget 0), the column shown at the end.
    words.MEANING_STEP_MS = 0.0
    steps = []
    real_fill = words._fill_meanings
    words._meaning_step.timeout.disconnect()
    words._meaning_step.timeout.connect(lambda: (steps.append(1), real_fill()))
    window.session.glosses_changed()
    assert all(window.panel.meaning_shown(r) == "" for r in rows)
    assert words.meanings_pending()
    qtbot.waitUntil(lambda: not words.meanings_pending(), timeout=10_000)
    assert len(steps) >= len(rows)
    assert {r: window.panel.meaning_shown(r) for r in rows} == want


def test_sorted_by_meaning_the_rows_are_sorted_once_the_meanings_are_in(make_window, qtbot):
    window = make_window()
    words = window.words
    window.panel.model.sort(3, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not words.meanings_pending(), timeout=10_000)
    model = window.panel.model
    shown = [model.meaning(r).lower() for r in range(model.rowCount())]
    assert any(shown) and shown == sorted(shown)
