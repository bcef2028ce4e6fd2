"""The reader view draws highlights for the words on screen, wherever the reader scrolls."""

from __future__ import annotations

import re

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


def _book(sample_text: str, chars: int) -> str:
    """The sample's paragraphs repeated to `chars`, with a character outside the BMP and
    a CR (both must keep text offsets and document positions in step)."""
    paragraphs = [p for p in sample_text.splitlines() if p.strip()]
    out, size = [], 0
    while size < chars:
        for p in paragraphs:
            out.append(p)
            size += len(p) + 1
    out.insert(3, "Un signe 🙂 rare\r et un retour")
    return "\n".join(out) + "\n"


def _selected(view, start: int, end: int) -> str:
    from PySide6.QtGui import QTextCursor

    cur = QTextCursor(view.document())
    cur.setPosition(view.qt_pos(start))
    cur.setPosition(view.qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
    return cur.selectedText()


def test_a_long_text_is_shown_first_then_appended_in_chunks(qtbot, sample_text):
    from reader.ui import reader_view
    from reader.ui.reader_view import ReaderView

    text = _book(sample_text, reader_view.FIRST_CHARS + 6 * reader_view.CHUNK_CHARS)
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    sizes = []
    view.document().contentsChanged.connect(lambda: sizes.append(view.shown_chars()))
    view.show_text(text, headings=[(0, len(text.split("\n", 1)[0]))])
    first = view.shown_chars()
    # the first screens are there at once, the rest not yet
    assert 0 < first < len(text)
    assert view.toPlainText() == text[:first].replace("\r", " ")
    assert not view.is_complete()
    with qtbot.waitSignal(view.text_complete, timeout=10_000):
        pass
    assert view.is_complete() and view.shown_chars() == len(text)
    assert view.toPlainText().replace("\u2029", "\n") == text.replace("\r", " ")
    chunks = sorted(set(sizes))
    assert len(chunks) >= 5  # appended a chunk at a time, from the event loop
    assert (
        max(b - a for a, b in zip(chunks, chunks[1:], strict=False))
        <= reader_view.CHUNK_CHARS + 4_000
    )
    # offsets map to the same characters in the first piece and in the appended ones
    emoji = text.index("🙂")
    assert _selected(view, emoji, emoji + 6) == "🙂 rare"
    last = list(re.finditer(r"\w+", text))[-1]
    assert _selected(view, last.start(), last.end()) == last.group()
    # appended paragraphs keep the reading layout (line height) of the first ones
    last_block = view.document().lastBlock().previous()
    assert last_block.blockFormat().lineHeight() == 150


def test_reaching_text_not_yet_appended_appends_it_at_once(qtbot, sample_text):
    from reader.ui import reader_view
    from reader.ui.reader_view import ReaderView

    text = _book(sample_text, reader_view.FIRST_CHARS + 10 * reader_view.CHUNK_CHARS)
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.show_text(text)
    assert not view.is_complete()
    end = len(text.rstrip())
    view.set_found([(end - 5, end)])
    view.scroll_to_offset(end - 5, end)  # find, speech, or a word in the panel does this
    assert view.shown_chars() >= end
    assert view.verticalScrollBar().value() > 0
    drawn = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()}
    assert (view.qt_pos(end - 5), view.qt_pos(end)) in drawn  # the find mark, on screen


def test_keyboard_moves_word_by_word_skipping_punctuation(qtbot, sample_doc):
    from reader.ui.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.show_text(sample_doc.text)
    view.set_document(sample_doc)
    words = [t.index for t in sample_doc.tokens if t.is_word and not t.elided]
    seen = [view.move_focus(1) for _ in range(40)]
    assert seen == words[:40]
    assert [view.move_focus(-1) for _ in range(3)] == words[36:39][::-1]
    view.set_focus_token(words[-1], scroll=False)
    assert view.move_focus(1) == words[-1]  # stays on the last word
    view.set_focus_token(None)
    assert view.move_focus(-1) == words[-1]


def test_the_whole_text_arrives_with_or_without_highlights(qtbot, sample_text):
    # Before the first highlights the tail is appended slowly (the model is loading), after
    # them at full speed; either way all of it arrives, even if no analysis ever comes.
    from reader.ui import reader_view
    from reader.ui.reader_view import ReaderView

    text = _book(sample_text, reader_view.FIRST_CHARS + 4 * reader_view.CHUNK_CHARS)
    for highlighted in (False, True):
        view = ReaderView()
        qtbot.addWidget(view)
        view.show()
        with qtbot.waitSignal(view.text_complete, timeout=10_000):
            view.show_text(text)
            if highlighted:
                view.set_highlights({0: "strong"})
        assert view.toPlainText().replace("\u2029", "\n") == text.replace("\r", " ")
