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


def test_meanings_filled_in_redraw_only_their_cells(make_window, qtbot):
    """The rows of a new part are drawn at once, the new meanings after: then only the
    cells whose meaning arrived are drawn again, not the whole list (13 ms a time on a
    book's parts)."""
    window = make_window()
    words, model = window.words, window.panel.model
    qtbot.waitUntil(lambda: not words.meanings_pending(), timeout=10_000)
    rows = _shown_rows(window)
    want = {r: words.meaning(model.row_at(r)[1]) for r in rows}
    assert any(want.values())
    words._forget_meanings()  # as another part's rows would: the meanings come anew
    rows_now = [model.row_at(r) for r in range(model.rowCount())]
    model.set_rows(rows_now, words.panel_meaning, model.sort_spec())
    assert all(window.panel.meaning_shown(r) == "" for r in rows)  # asked (drawn), queued
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), a.column(), b.row())))
    qtbot.waitUntil(lambda: not words.meanings_pending(), timeout=10_000)
    assert {r: window.panel.meaning_shown(r) for r in rows} == want
    assert all(a == b and column == 3 for a, column, b in changed)  # cells, not ranges
    assert set(rows) <= {a for a, _, _ in changed}


def test_a_view_draws_the_word_list_from_the_model(make_window, qtbot):
    """What the list's delegate draws a cell with (all its roles in one call, the roles'
    values reused from cell to cell) is the model's text and alignment."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    window = make_window()
    window.panel.meaning_shown(0)  # as the list draws it: looked up if it was not
    qtbot.waitUntil(lambda: not window.words.meanings_pending(), timeout=10_000)
    model, delegate = window.panel.model, QStyledItemDelegate()
    lemma, _first, count, cefr = model.row_at(0)
    drawn = []
    for column in range(4):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(0, column))
        drawn.append((option.text, bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight)))
    assert drawn == [
        (lemma, False), (str(count), True), (cefr, False), (window.panel.meaning_shown(0), False),
    ]  # fmt: skip
    assert drawn[3][0]  # the sample's first word has a meaning
