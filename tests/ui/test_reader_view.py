"""The reader view draws highlights for the words on screen, wherever the reader scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor


@pytest.fixture
def long_view(qtbot, sample_doc):
    """A small view on the sample article, every word highlighted strong or medium."""
    from reader.ui.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(420, 260)
    view.show()
    view.set_reading_font("", 16)
    view.show_text(sample_doc.text)
    view.set_document(sample_doc)
    kinds = {
        t.index: ("strong" if i % 2 else "medium")
        for i, t in enumerate(t for t in sample_doc.tokens if t.is_word)
    }
    view.set_highlights(kinds)
    return view, kinds


def _drawn(view) -> dict[tuple[int, int], str]:
    """(start, end) -> colour of every highlight selection drawn."""
    return {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.background().color().name()
        for s in view.extraSelections()
        if s.format.background().style() != 0
    }


def _colour(view, kind: str) -> str:
    return QColor(view.kind_format(kind).background().color()).name()


def test_words_on_screen_are_drawn_in_their_highlight_colour(long_view, sample_doc):
    view, kinds = long_view
    drawn = _drawn(view)
    first_words = [t for t in sample_doc.tokens if t.is_word][:10]
    for tok in first_words:
        assert view.highlight_at(tok.start) == kinds[tok.index]
        assert drawn[(tok.start, tok.end)] == _colour(view, kinds[tok.index])
    # only the band around the screen is drawn, not the whole article
    assert view.verticalScrollBar().maximum() > 0
    assert len(drawn) < len(kinds)


def test_scrolling_to_the_end_draws_the_last_words(long_view, sample_doc):
    view, kinds = long_view
    last = [t for t in sample_doc.tokens if t.is_word][-1]
    assert (last.start, last.end) not in _drawn(view)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert _drawn(view)[(last.start, last.end)] == _colour(view, kinds[last.index])
    lo, hi = view.drawn_range()
    assert lo <= last.start and hi >= last.end
    # every highlighted word in the drawn band is drawn, each in its own colour
    drawn = _drawn(view)
    for index, kind in kinds.items():
        tok = sample_doc.tokens[index]
        if tok.start >= lo and tok.end <= hi:
            assert drawn[(tok.start, tok.end)] == _colour(view, kind)
