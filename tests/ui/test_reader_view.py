"""The reader view draws highlights for the words on screen, wherever the reader scrolls."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
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


def _selected(view, start: int, end: int) -> str:
    from PySide6.QtGui import QTextCursor

    cur = QTextCursor(view.document())
    cur.setPosition(view.qt_pos(start))
    cur.setPosition(view.qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
    return cur.selectedText()


def _paragraphs(count: int) -> tuple[str, list[tuple[int, int]]]:
    """A book of `count` numbered paragraphs (every tenth a heading, one very long), with a character
    outside the BMP and a CR in each (both must keep text offsets and document positions
    in step); and its headings."""
    out, headings, size = [], [], 0
    for n in range(count):
        if n % 10 == 0:
            line = f"Chapitre {n}"
            headings.append((size, size + len(line)))
        elif n == 301:  # one very long paragraph (~42k characters)
            line = f"Paragraphe {n} : " + "la réunion aura lieu demain matin. " * 1200
        else:
            line = (
                f"Paragraphe {n} : le 🙂 ministre\r a déclaré que la réunion "
                + "des affaires étrangères aura lieu demain matin à Paris. " * 3
            )
        out.append(line)
        size += len(line) + 1
    return "\n".join(out) + "\n", headings


def _book_doc(text: str):
    """The book as an analysed Document: every run of letters a word."""
    from reader.core.document import Document, Token

    tokens = [
        Token(i, m.group(), m.start(), m.end(), 0, 0, m.group().lower(), "NOUN", "", True)
        for i, m in enumerate(re.finditer(r"\w+", text))
    ]
    return Document(text=text, tokens=tokens)


@pytest.fixture
def book_view(qtbot):
    """A 2,000-paragraph book (~300k characters) in a 600x400 view."""
    from reader.ui.reader_view import ReaderView

    text, headings = _paragraphs(2000)
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.set_reading_font("", 14)
    view.show_text(text, headings)
    return view, text


def _on_screen(view, offset: int) -> bool:
    rect = view.range_rect(offset, offset + 1)
    return rect.top() >= 0 and rect.bottom() <= view.viewport().height()


def _paragraph_at(text: str, offset: int) -> int:
    """The number of the paragraph holding `offset`."""
    line_start = text.rfind("\n", 0, offset + 1) + 1
    return int(re.match(r"\w+ (\d+)", text[line_start:]).group(1))


def _paragraph_on_top(view, text: str) -> int:
    """The number of the paragraph at the top of the screen."""
    return _paragraph_at(text, view.top_offset())


def test_a_book_is_held_as_a_window_not_laid_out_whole(book_view):
    from reader.ui import reader_view

    view, text = book_view
    assert len(text) > 5 * reader_view.WINDOW_CHARS
    assert view.document().blockCount() < 2000 / 4  # a window of paragraphs, not the book
    base, end = view.window_range()
    assert base == 0 and end <= reader_view.WINDOW_CHARS + 4_000
    assert view.toPlainText() == text[base:end].replace("\r", " ")
    # the bar on screen stands for the whole book; the edit's own (the window's) is hidden
    assert view.book_bar.isVisible() and not view.verticalScrollBar().isVisible()
    assert view.book_bar.maximum() > len(text) * 0.9
    assert _paragraph_on_top(view, text) == 0
    emoji = text.index("🙂")
    assert _selected(view, emoji, emoji + 10) == "🙂 ministre"


def test_scrolling_through_a_book_keeps_the_text_still_while_the_window_slides(book_view):
    # through a paragraph longer than the window too: it is never cut (its lines would wrap
    # anew)
    view, text = book_view
    bar = view.verticalScrollBar()
    windows = {view.window_range()}
    while view.top_offset() < 170_000:
        probe = view.top_offset() + 100
        before = view.range_rect(probe, probe + 1).top()
        bar.setValue(bar.value() + 190)
        windows.add(view.window_range())
        # no jump, ever (lines sit at fractions of a pixel: a rectangle rounds them)
        assert abs(view.range_rect(probe, probe + 1).top() - (before - 190)) <= 1
    assert len(windows) >= 5  # the window slid forward several times
    while view.top_offset() > 30_000:  # and back
        probe = view.top_offset() + 100
        before = view.range_rect(probe, probe + 1).top()
        bar.setValue(bar.value() - 170)
        windows.add(view.window_range())
        assert abs(view.range_rect(probe, probe + 1).top() - (before + 170)) <= 1
    assert view.document().blockCount() < 2000 / 4
    # what the window holds is the book's text at the right place, headings bold
    base, end = view.window_range()
    assert base > 0
    assert view.toPlainText() == text[base:end].replace("\r", " ")
    heading = text.index("Chapitre", base + 100)
    assert view.book_bar.value() == view.top_offset()
    from PySide6.QtGui import QTextCursor

    cur = QTextCursor(view.document())
    cur.setPosition(view.qt_pos(heading) + 2)
    assert cur.charFormat().fontWeight() > 500


def test_a_window_put_in_piece_by_piece_keeps_the_text_on_screen_still(book_view, qtbot):
    # going deep into a book puts a screen or two in at once, the rest of the window from the
    # event loop (laying 60k characters out at once stalled it): the text on screen never moves
    from PySide6.QtGui import QTextCursor

    from reader.ui import reader_view

    view, text = book_view
    view.show_text("Un texte court.\n")
    added = []  # characters the document took in (a format change adds as many as it removes)
    view.document().contentsChange.connect(lambda _at, out, into: added.append(into - out))
    _same, headings = _paragraphs(2000)
    view.show_text(text, headings)  # a long text after a short one: its first screens go in
    assert sum(n for n in added if n > 0) < reader_view.FIRST_CHARS + 1_000
    place = text.index("Paragraphe 1234 ")
    view.scroll_to_offset(place, place + 10)
    base, end = view.window_range()
    assert end - base < reader_view.WINDOW_CHARS // 4 and base <= place < end
    assert _on_screen(view, place)
    probe = view.top_offset() + 100
    top = view.range_rect(probe, probe + 1).top()
    windows = {view.window_range()}
    for _ in range(500):
        qtbot.wait(1)
        windows.add(view.window_range())
        assert abs(view.range_rect(probe, probe + 1).top() - top) <= 1
        base, end = view.window_range()
        if end - base >= reader_view.WINDOW_CHARS:
            break
    assert len(windows) >= 5  # in several pieces, above and below the screen
    assert base < place - reader_view.EDGE_CHARS and end > place + 2 * reader_view.EDGE_CHARS
    assert view.toPlainText() == text[base:end].replace("\r", " ")
    assert view.book_bar.value() == view.top_offset()
    cur = QTextCursor(view.document())  # a heading put in above the screen is bold
    cur.setPosition(view.qt_pos(text.index("Chapitre", base)) + 2)
    assert cur.charFormat().fontWeight() > 500


def test_dragging_the_bar_to_half_shows_the_middle_of_the_book(book_view, qtbot):
    view, text = book_view
    bar = view.book_bar
    bar.setSliderDown(True)
    bar.setValue(bar.maximum() // 2)
    bar.setSliderDown(False)
    assert _on_screen(view, len(text) // 2)  # the middle of the book
    assert 0 <= _paragraph_at(text, len(text) // 2) - _paragraph_on_top(view, text) <= 5
    assert abs(bar.value() - bar.maximum() // 2) < 1_000  # the handle stays where dropped
    bar.setValue(bar.maximum())
    last = text.rstrip().rindex("Paragraphe")
    assert _on_screen(view, last)
    assert _on_screen(view, len(text.rstrip()) - 1)  # the very end of the book
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.top_offset() == 0 and _on_screen(view, 0)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _on_screen(view, len(text.rstrip()) - 1)
    assert bar.value() == bar.maximum()


def test_a_search_hit_near_the_end_of_a_book_is_shown_and_marked(book_view):
    view, text = book_view
    view.set_document(_book_doc(text))
    hit = text.index("Paragraphe 1995 ")
    view.set_found([(hit, hit + 15)])
    view.scroll_to_offset(hit, hit + 15)  # the find bar does this
    assert _on_screen(view, hit)
    drawn = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()}
    assert (view.qt_pos(hit), view.qt_pos(hit + 15)) in drawn
    assert _selected(view, hit, hit + 15) == "Paragraphe 1995"


def test_words_of_a_slid_window_are_hovered_and_highlighted_where_drawn(book_view):
    view, text = book_view
    doc = _book_doc(text)
    view.set_document(doc)
    kinds = {t.index: "strong" for t in doc.tokens if t.text == "ministre"}
    view.set_highlights(kinds)
    offset = text.index("Paragraphe 1501 ")
    view.scroll_to_top(offset)
    word = doc.token_at(text.index("ministre", offset))
    assert view.highlight_at(word.start) == "strong"
    drawn = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()}
    assert (view.qt_pos(word.start), view.qt_pos(word.end)) in drawn
    assert _selected(view, word.start, word.end) == "ministre"
    assert view.token_index_at(view.token_rect(word.index).center()) == word.index


def test_a_saved_place_deep_in_a_book_is_restored(book_view, qtbot):
    view, text = book_view
    place = text.index("Paragraphe 1234 ")
    view.scroll_to_top(place)
    qtbot.wait(20)  # the place is set again once Qt has laid the window out
    assert _paragraph_on_top(view, text) == 1234
    assert abs(view.top_offset() - place) < 200
    assert view.book_bar.value() == view.top_offset()


def test_a_short_text_is_held_whole_with_the_usual_scroll_bar(long_view, sample_doc):
    view, _kinds = long_view
    assert view.window_range() == (0, len(sample_doc.text))
    assert view.toPlainText() == sample_doc.text.replace("\r", " ")
    assert view.verticalScrollBar().isVisible() and not view.book_bar.isVisible()


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
    assert view.move_focus(1) == words[0]  # the text's top is on screen: its first word


def test_the_keyboard_starts_from_the_screen_deep_in_a_book(book_view, qtbot):
    """Alt+Right with no word chosen, or with the chosen word scrolled away, picks the
    first word on screen (Alt+Left the last), not the book's first word."""
    view, text = book_view
    view.set_document(_book_doc(text))
    view.scroll_to_top(text.index("Paragraphe 1201 "))
    qtbot.wait(10)
    first = view.move_focus(1)
    assert view.doc.tokens[first].text == "Paragraphe"
    assert _paragraph_at(text, view.doc.tokens[first].start) == 1201
    view.scroll_to_top(text.index("Paragraphe 1501 "))
    qtbot.wait(10)
    nxt = view.move_focus(1)  # the chosen word is far above the screen now
    assert _paragraph_at(text, view.doc.tokens[nxt].start) == 1501
    view.set_focus_token(None)
    last = view.move_focus(-1)
    assert _on_screen(view, view.doc.tokens[last].start)
    assert _paragraph_at(text, view.doc.tokens[last].start) > 1501


def test_the_wheel_and_clicks_on_a_books_bar_scroll_the_text(book_view, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider

    view, text = book_view
    bar, inner = view.book_bar, view.verticalScrollBar()
    at = QPointF(bar.width() / 2, bar.height() / 2)
    wheel = QWheelEvent(
        at,
        QPointF(bar.mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(0, -120),  # one notch down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(bar, wheel)
    assert inner.value() > 0 and view.top_offset() > 0
    assert bar.value() == view.top_offset()
    opt = QStyleOptionSlider()
    bar.initStyleOption(opt)
    below = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, opt, QStyle.SubControl.SC_ScrollBarAddPage, bar
    )
    before = inner.value()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=below.center())
    assert inner.value() == before + inner.pageStep()  # a screen down, by pixels
    assert bar.value() == view.top_offset()


def test_a_card_by_a_word_at_the_right_edge_stays_left_of_a_books_bar(book_view):
    from PySide6.QtCore import QRect

    from reader.ui.gloss_popup import GlossPopup

    view, _text = book_view
    popup = GlossPopup(view)
    popup.show_at(QRect(view.width() - 30, 300, 30, 20), pinned=True)  # card above
    assert popup.isVisible()
    assert popup.geometry().right() < view.book_bar.geometry().left()


def test_words_read_aloud_and_chosen_by_keyboard_far_into_a_book_stay_on_screen(book_view):
    view, text = book_view
    doc = _book_doc(text)
    view.set_document(doc)
    first = doc.token_at(text.index("ministre", text.index("Paragraphe 1701 ")))
    spoken = QColor(view.theme.spoken_word).name()
    windows = set()
    for index in range(first.index, first.index + 8_000, 80):  # ~55k characters on
        word = doc.tokens[index]
        view.set_spoken((word.start, word.end + 30), (word.start, word.end))
        assert _on_screen(view, word.start)
        drawn = _drawn(view)
        assert drawn[(view.qt_pos(word.start), view.qt_pos(word.end))] == spoken
        view.set_focus_token(index)
        box = view.focus_box()
        assert box is not None and view.viewport().rect().contains(box.center())
        windows.add(view.window_range())
    assert len(windows) >= 2  # the window moved along with the reading
    view.set_spoken(None, None)
    assert spoken not in _drawn(view).values()


def test_a_bigger_font_in_a_book_keeps_the_screen_full_of_its_text(book_view, qtbot):
    view, text = book_view
    view.scroll_to_top(text.index("Paragraphe 1501 "))
    for _ in range(6):
        view.zoom(4)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(10)
    # the window slid on: the screen is not left at its end with the book going on
    base, end = view.window_range()
    assert end - view.top_offset() > 2_000
    assert view.book_bar.value() == view.top_offset()


def test_zooming_and_resizing_keep_the_reader_at_the_same_line(book_view, qtbot):
    """A bigger or smaller font, a narrower window: the paragraph at the top stays there
    (the same pixel offset would show text thousands of characters earlier)."""
    view, text = book_view
    view.scroll_to_top(text.index("Paragraphe 1501 "))
    qtbot.wait(10)
    assert _paragraph_on_top(view, text) == 1501
    for step in (3, 3, -2):
        view.zoom(step)
        assert _paragraph_on_top(view, text) == 1501
    view.resize(420, 400)
    qtbot.wait(10)
    assert _paragraph_on_top(view, text) == 1501
    view.resize(800, 400)
    qtbot.wait(10)
    assert _paragraph_on_top(view, text) == 1501
    assert view.book_bar.value() == view.top_offset()


def test_select_all_and_copy_in_a_book_copy_the_whole_text(book_view, qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    view, text = book_view
    view.setFocus()
    qtbot.keySequence(view, QKeySequence.StandardKey.SelectAll)
    qtbot.keySequence(view, QKeySequence.StandardKey.Copy)
    assert QApplication.clipboard().text() == text  # not only the window the view holds
    cur = view.textCursor()  # a part selected by hand copies that part
    cur.setPosition(view.qt_pos(10))
    cur.setPosition(view.qt_pos(30), cur.MoveMode.KeepAnchor)
    view.setTextCursor(cur)
    qtbot.keySequence(view, QKeySequence.StandardKey.Copy)
    assert QApplication.clipboard().text() == text[10:30]


def test_a_range_wrapped_onto_the_next_line_is_boxed_whole_for_a_card(qtbot):
    """An expression cut by the line end ("à plusieurs | reprises"): the card must cover neither
    part, so the box given for it holds both lines; the first-line box is never inverted."""
    from reader.ui.reader_view import ReaderView

    text = "Le ministre a répondu aux questions à plusieurs reprises lors de la conférence. " * 8
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(420, 400)
    view.show()
    view.show_text(text)
    view.set_document(_book_doc(text))
    words = list(re.finditer(r"\w+", text))
    pairs = [
        (a, b)
        for a, b in zip(words, words[1:], strict=False)
        if view.range_rect(b.start(), b.end()).top() > view.range_rect(a.start(), a.end()).top()
    ]
    assert pairs  # some two words are split by a line end at this width
    for a, b in pairs:
        whole = view.range_rect(a.start(), b.end(), whole=True)
        assert whole.contains(view.range_rect(a.start(), a.end()))
        assert whole.contains(view.range_rect(b.start(), b.end()))
        assert view.range_rect(a.start(), b.end()).width() > 0


def test_a_new_part_with_the_same_words_on_screen_keeps_what_is_drawn(long_view, sample_doc):
    # A book's next part: the same highlights on screen, more below. What is drawn stays as
    # it is (not made again); the new highlights are drawn once scrolled to, and a change
    # on screen is drawn at once.
    view, kinds = long_view
    drawn = view.extraSelections()
    words = [t for t in sample_doc.tokens if t.is_word]
    last = words[-1]
    assert (last.start, last.end) not in _drawn(view)
    more = dict(kinds)
    more[last.index] = "learning"
    made = []
    real = view.setExtraSelections
    view.setExtraSelections = lambda sels: (made.append(len(sels)), real(sels))
    view.set_highlights(more)
    assert made == []  # Qt's selections not made again
    kept = view.extraSelections()
    assert len(kept) == len(drawn) and all(
        a.cursor.selectionStart() == b.cursor.selectionStart()
        and a.format.background() == b.format.background()
        for a, b in zip(kept, drawn, strict=True)
    )
    assert view.highlights()[last.index] == "learning"
    changed = dict(more)
    changed[words[0].index] = "learning"
    view.set_highlights(changed)
    assert _drawn(view)[(words[0].start, words[0].end)] == _colour(view, "learning")
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert _drawn(view)[(last.start, last.end)] == _colour(view, "learning")
