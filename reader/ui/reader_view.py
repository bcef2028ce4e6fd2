"""The article view: read-only text, highlights drawn as extra selections from token
offsets, hover and click on words, a keyboard cursor moving word by word.

Only the words on screen (plus a screen above and below) get a selection: re-colouring
costs the same on a book as on an article. Scrolling past that band draws the next one.

A long text is shown through a window: the QTextDocument holds (and Qt lays out) at most
WINDOW_CHARS of it around the reading place, not the whole book (laid out, a 638k-word
book took ~200 MB). As the reader nears an edge of the window, paragraphs are added there
and as many dropped at the other end, the scroll value moved by their height so the text on
screen stays put; going to a place out of the window (the saved place, a search hit, a word
read aloud, the scroll bar dragged) loads the window around it. Every public method takes
and gives offsets in the whole text; the scroll bar on screen stands for the whole text
(`book_bar`, its value a text offset) while the text edit's own bar, hidden, scrolls the
window by pixels. A text shorter than the window is shown whole, with the edit's own bar.

A window is put in the document in pieces, so that the event loop never waits on laying out
all of it (60k characters took 50-70 ms on the GUI thread): FIRST_CHARS around the reading
place at once, then FILL_CHARS a turn of the event loop, below the screen first (nothing on
screen moves) then above it (the scroll value moved by their height, as when it slides).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QAbstractSlider, QFrame, QMenu, QScrollBar, QTextEdit

from ..core import gui_turns
from ..core.document import SourceText
from . import theme as themes

HOVER_DELAY_MS = 280
FOCUS_PEN = 2.5  # px: the box around the keyboard's current word
MAX_COLUMN_CHARS = 72
KINDS = ("strong", "medium", "learning", "name")
HEADING_KINDS = ("title", "heading")  # source blocks shown bold and larger
MARGIN_SCREENS = 1.0  # screens drawn above and below the visible one
MAX_DRAWN_CHARS = 60_000  # never more, whatever the layout says (tiny fonts, huge windows)
# The most of a text the document holds: laid out at once in ~30-75 ms (a screen is ~3k).
WINDOW_CHARS = 60_000
SLIDE_CHARS = 16_000  # added at the edge the reader nears (~10 ms), as much dropped at the other
EDGE_CHARS = 12_000  # the screen nearer than this to an edge of the window: it slides
PARAGRAPH_REACH = 200_000  # a window is cut between paragraphs up to this long
FIRST_CHARS = 6_000  # put in at once around the reading place: a screen or two (~3 ms)
FILL_CHARS = 4_000  # then the rest of the window, this much a turn of the event loop (~3 ms)
FILL_EDGE = 1_500  # while it fills, a screen this near an edge of the held part slides at once
_STEPS = {  # the book bar's actions that scroll by pixels (actionTriggered gives an int)
    QAbstractSlider.SliderAction.SliderSingleStepAdd.value,
    QAbstractSlider.SliderAction.SliderSingleStepSub.value,
    QAbstractSlider.SliderAction.SliderPageStepAdd.value,
    QAbstractSlider.SliderAction.SliderPageStepSub.value,
}
_NON_BMP = re.compile("[\U00010000-\U0010ffff]")


class BookBar(QScrollBar):
    """The scroll bar of a long text: its value is the text offset at the top of the screen.
    Steps and the wheel scroll the window by pixels, like the text edit's own bar."""

    def __init__(self, view: ReaderView):
        super().__init__(Qt.Orientation.Vertical, view)
        self.setObjectName("BookBar")
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.view = view

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.view.wheelEvent(event)


class ReaderView(QTextEdit):
    """Shows one text; knows tokens' offsets once the analysis arrives."""

    token_hovered = Signal(int)  # the mouse rested on a word
    hover_left = Signal()  # the mouse left the word it rested on
    token_clicked = Signal(int)
    focus_moved = Signal(int)  # the keyboard's current word changed
    blank_clicked = Signal()  # a click on no word (closes a pinned pop-up)
    text_size_changed = Signal(int)  # the reading font's point size (A+/A-, font dialog)
    explain_requested = Signal(int)  # context menu: explain the sentence of this word token
    painted = Signal()  # the text was painted (MainWindow.after_paint)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ReaderView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.theme = themes.LIGHT
        self.text = ""
        self.doc = None
        self._non_bmp: list[int] = []  # python offsets of characters outside the BMP
        self._headings: list[tuple[int, int]] = []
        self._code: list[tuple[int, int]] = []  # code blocks: monospace
        self._kinds: dict[int, str] = {}
        self._show_names = True
        self._found: list[tuple[int, int]] = []
        self._spoken: tuple[int, int] | None = None
        self._spoken_word: tuple[int, int] | None = None
        self._focus: int | None = None
        self._hover: int | None = None
        self._pending: int | None = None
        self._font_family = ""
        self._font_size = 15
        self._hover_timer = QTimer(self, singleShot=True, interval=HOVER_DELAY_MS)
        self._hover_timer.timeout.connect(self._hover_settled)
        self._drawn_px: tuple[float, float] | None = None  # document y band with selections
        self._drawn_chars: tuple[int, int] = (0, 0)  # the text offsets of that band
        self._drawn_highlights: list[tuple[int, int, str]] = []  # (start, end, kind) drawn
        self._drawn_focus: tuple[int, int] | None = None  # the focus word drawn
        self._plain = ""  # `text` as the document holds it (same length)
        self._base = 0  # _plain[_base:_end] is in the document (all of it when short)
        self._end = 0
        self._sliding = False
        # The window being put in (text offsets) while the document holds only part of it.
        self._target: tuple[int, int] | None = None
        self._fill_timer = QTimer(self, singleShot=True, interval=0)
        self._fill_timer.timeout.connect(self._fill_step)
        self.book_bar = BookBar(self)
        self.book_bar.hide()
        self._bar_value = 0  # the value the view last gave book_bar
        self.book_bar.actionTriggered.connect(self._book_bar_action)
        self.book_bar.valueChanged.connect(self._book_bar_moved)
        self.book_bar.sliderReleased.connect(self._sync_book_bar)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- content ------------------------------------------------------------------------

    def show_source(self, source: SourceText) -> None:
        """Show an imported text (no analysis yet), its titles, code blocks and inline code
        marked (as prepare_source made them in the worker that read it, else now)."""
        prepared = source.prepared.get("view")
        if prepared is None or prepared.text is not source.text:
            prepared = _shown(source)
        self._show(prepared)

    def show_text(
        self,
        text: str,
        headings: list[tuple[int, int]] | None = None,
        code: list[tuple[int, int]] | None = None,
    ) -> None:
        """Show `text` (no analysis yet) from its start: all of it, or the window at its
        start when it is long. `headings` are shown bold and larger, `code` blocks
        (commands, listings) monospace."""
        self._show(_Shown(text, *_plain(text), sorted(headings or []), sorted(code or [])))

    def _show(self, shown: _Shown) -> None:
        self.text = shown.text
        self.doc = None
        self._kinds, self._found = {}, []
        self._spoken = self._spoken_word = None
        self._focus = self._hover = None
        self._plain, self._non_bmp = shown.plain, shown.non_bmp
        self._headings, self._code = shown.headings, shown.code
        windowed = self.windowed()
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if windowed
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.book_bar.setVisible(windowed)
        # The old text out first: the margins' resize event (a long text's bar) laid it out
        # anew, or slid its window over the new text (16k characters laid out for nothing).
        with self._held():
            self.document().setPlainText("")
            self._base = self._end = 0
            self._update_margins()
        self._load_window(0)
        self.verticalScrollBar().setValue(0)
        self._refresh()
        self._sync_book_bar()

    def windowed(self) -> bool:
        """Whether the text is too long to be held whole: the document holds a window."""
        return len(self._plain) > WINDOW_CHARS

    def window_range(self) -> tuple[int, int]:
        """The text offsets the document holds now (the whole text when it is short)."""
        return self._base, self._end

    def _load_window(self, offset: int) -> None:
        """Put the window around text offset `offset` (the whole text when short) in the
        document: FIRST_CHARS around `offset` at once, laid out; the rest from the event
        loop (_fill_step)."""
        size = len(self._plain)
        if not self.windowed():
            base, end = 0, size
        else:
            base = _start(self._plain, max(0, offset - WINDOW_CHARS // 3))
            end = _cut(self._plain, base + WINDOW_CHARS)
            if end >= size:
                base, end = _start(self._plain, size - WINDOW_CHARS), size
        offset = max(base, min(offset, end))
        lo = max(base, _start(self._plain, offset - FIRST_CHARS // 3))
        hi = min(end, _cut(self._plain, lo + FIRST_CHARS))
        self._target = (base, end) if (lo, hi) != (base, end) else None
        self._base, self._end = lo, hi
        self._drawn_px = None  # drawn for the old window
        # Not QTextEdit.setPlainText: it gives the whole new text the character format at
        # its text cursor, a heading's (bold, larger) when the reader last clicked a title.
        self.document().setPlainText(self._plain[lo:hi])
        self.setTextCursor(QTextCursor(self.document()))
        self.setCurrentCharFormat(QTextCharFormat())
        self._apply_formats()
        self._lay_out()
        if self._target is not None:
            self._fill_timer.start()
        else:
            self._fill_timer.stop()

    def _lay_out(self) -> None:
        """Lay the document out now: the scroll range is then right at once."""
        doc = self.document()
        doc.documentLayout().blockBoundingRect(doc.lastBlock())
        self._sized()

    def _ensure_window(self, start: int, end: int, margin: int = EDGE_CHARS) -> bool:
        """Load the window around text[start:end] unless the one held has it, with `margin`
        more on each side (or the text's edge); True when the window changed."""
        if not self.windowed():
            self._grow_to(start, end)
            return False
        base, stop = self._target or (self._base, self._end)  # what the window will hold
        inside = (base == 0 or start - base >= margin) and (
            stop == len(self._plain) or stop - end >= margin
        )
        if inside and base <= start and end <= stop:
            self._grow_to(start, end)
            return False
        with self._held():
            self._load_window(start)
        return True

    def _grow_to(self, start: int, end: int) -> None:
        """While the window fills: put in at once what text[start:end] and a screen or two
        around it need (the rest still comes from the event loop)."""
        if self._target is None:
            return
        base, stop = self._target
        lo = max(base, _start(self._plain, start - FIRST_CHARS // 3))
        hi = min(stop, _cut(self._plain, end + FIRST_CHARS * 2 // 3))
        if hi > self._end or lo < self._base:
            self._drawn_px = None  # the caller scrolls: the band is drawn anew
        if hi > self._end:
            self._put_after(hi)
        if lo < self._base:
            with self._held():
                self._put_before(lo)
        self._filled()

    def _fill_step(self) -> None:
        """Put the next piece of the window in: below the screen until twice as much text
        is held below it as above, then above it (the text on screen stays put). A turn of
        the GUI thread's (gui_turns): the jobs started as a book is shown (its analysis,
        spaCy's load, its library key) wait meanwhile; beside them, these steps of ~3 ms
        were the 47-93 ms gaps that followed a book's first paint."""
        if self._target is None:
            return
        with gui_turns.turn():
            self._fill_next()

    def _fill_next(self) -> None:
        base, stop = self._target
        top, bottom = self._screen_range()
        old_end = self._end
        if self._end < stop and (
            self._base <= base or self._end - bottom <= 2 * (top - self._base)
        ):
            self._put_after(min(stop, _cut(self._plain, self._end + FILL_CHARS)))
            if self._drawn_chars[1] >= old_end:  # the band drawn was cut by the window's end
                self._refresh()
        elif self._base > base:
            with self._held():
                shift = self._put_before(max(base, _start(self._plain, self._base - FILL_CHARS)))
            if self._drawn_px is not None:  # its selections moved with their text
                self._drawn_px = (self._drawn_px[0] + shift, self._drawn_px[1] + shift)
        self._filled()
        self._sync_book_bar()
        if self._target is not None:
            self._fill_timer.start()

    def _filled(self) -> None:
        """The window is whole once the document holds all of it."""
        if self._target is not None:
            base, stop = self._target
            if self._base <= base and self._end >= stop:
                self._target = None

    def set_document(self, doc) -> None:
        """The analysed Document for the text shown (same text)."""
        self.doc = doc

    def set_highlights(self, kinds: dict[int, str]) -> None:
        """token index -> one of KINDS; every other word is drawn plain. The view keeps
        `kinds` (not a copy: a book's is large) and only draws the band on screen."""
        self._kinds = kinds
        if self._drawn_px is not None and self.doc is not None:
            y0, y1, lo, hi = self._band()
            if (
                (y0, y1) == self._drawn_px
                and (lo, hi) == self._drawn_chars
                and self._band_highlights(lo, hi) == self._drawn_highlights
                and self._focus_span() == self._drawn_focus
            ):
                # The screen shows these very highlights (a book's next part, while the reader
                # is further up): Qt's selections left as they are, not made again (~10-20 ms
                # of the GUI thread at each part).
                return
        self._refresh()

    def _focus_span(self) -> tuple[int, int] | None:
        """(start, end) of the keyboard's current word, or None."""
        if self._focus is None or self.doc is None:
            return None
        tok = self.doc.tokens[self._focus]
        return tok.start, tok.end

    def _band_highlights(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, kind) of the highlights drawn over text[lo:hi], in text order."""
        doc, kinds, hide_names = self.doc, self._kinds, not self._show_names
        if doc is None or not kinds:
            return []
        first = bisect_left(doc.tokens, lo, key=_token_end)
        last = bisect_left(doc.tokens, hi, key=_token_start)
        drawn = []
        for index in range(first, last):
            kind = kinds.get(index)
            if kind is not None and not (hide_names and kind == "name"):
                tok = doc.tokens[index]
                drawn.append((tok.start, tok.end, kind))
        return drawn

    def set_show_names(self, show: bool) -> None:
        """Draw the "name" kind or not (the kinds stay: toggling costs one band)."""
        if show != self._show_names:
            self._show_names = show
            self._refresh()

    def highlights(self) -> dict[int, str]:
        """Every highlight drawn or to be drawn: token index -> kind."""
        if self._show_names:
            return dict(self._kinds)
        return {i: k for i, k in self._kinds.items() if k != "name"}

    def highlight_at(self, offset: int) -> str | None:
        """The highlight kind drawn over the word at text offset `offset`, or None."""
        tok = self.doc.token_at(offset) if self.doc is not None else None
        kind = self._kinds.get(tok.index) if tok is not None else None
        return None if kind == "name" and not self._show_names else kind

    def set_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        self._refresh()

    def set_reading_font(self, family: str, size: int) -> None:
        """Set the reading font (family "" = the first installed reading font)."""
        from PySide6.QtGui import QFontDatabase

        if not family:
            installed = set(QFontDatabase.families())
            family = next((f for f in themes.READING_FONTS if f in installed), "")
        self._font_family, self._font_size = family, max(8, min(40, size))
        font = QFont(family) if family else QFont()
        font.setPointSize(self._font_size)
        top = self.top_offset()
        self.document().setDefaultFont(font)
        self._apply_formats()
        self._update_margins()
        self._drawn_px = None  # laid out anew: draw the band, slide if the screen needs it
        self._keep_top(top)
        self.text_size_changed.emit(self._font_size)

    @property
    def font_size(self) -> int:
        return self._font_size

    def zoom(self, steps: int) -> int:
        """Make the text bigger (steps > 0) or smaller; returns the new size."""
        self.set_reading_font(self._font_family, self._font_size + steps)
        return self._font_size

    # -- offsets ------------------------------------------------------------------------

    def qt_pos(self, offset: int) -> int:
        """Text offset -> QTextDocument position (UTF-16 units, from the window's start; an
        offset out of the window gives the window's nearest edge)."""
        offset = max(self._base, min(offset, self._end))
        pos = offset - self._base
        if self._non_bmp:
            pos += bisect_left(self._non_bmp, offset) - bisect_left(self._non_bmp, self._base)
        return pos

    def py_offset(self, pos: int) -> int:
        """QTextDocument position -> text offset."""
        if not self._non_bmp:
            return self._base + pos
        lo, hi = self._base, self._end
        while lo < hi:
            mid = (lo + hi) // 2
            if self.qt_pos(mid) < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def token_rect(self, index: int) -> QRect:
        """Where token `index` is drawn, in viewport coordinates."""
        tok = self.doc.tokens[index]
        return self.range_rect(tok.start, tok.end)

    def range_rect(self, start: int, end: int, whole: bool = False) -> QRect:
        """The bounding box of text[start:end] in viewport coordinates (out of the window:
        the window's edge, off the screen). A range wrapped onto the next line gives its
        first line's part, or with `whole` the full width of all its lines (what a card
        must not cover: "à plusieurs | reprises")."""
        cur = QTextCursor(self.document())
        cur.setPosition(self.qt_pos(start))
        first = self.cursorRect(cur)
        cur.setPosition(self.qt_pos(end))
        last = self.cursorRect(cur)
        if last.top() > first.top() + first.height() // 2:  # wrapped
            block_end = self.viewport().width()
            if whole:
                cur.setPosition(self.qt_pos(start))
                cur.movePosition(QTextCursor.MoveOperation.EndOfLine)
                right = max(block_end, self.cursorRect(cur).right() + 1)
                return QRect(0, first.top(), right, last.bottom() - first.top() + 1)
            return QRect(
                first.left(), first.top(), max(1, block_end - first.left()), first.height()
            )
        return first.united(last)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The right-click menu at viewport point `pos`: the standard one plus
        "Explain this sentence" for the word under the pointer."""
        menu = self.createStandardContextMenu(self.viewport().mapToGlobal(pos))
        index = self.token_index_at(pos)
        action = menu.addAction("Explain this sentence\tCtrl+E")
        action.setEnabled(index is not None)
        if index is not None:
            action.triggered.connect(lambda: self.explain_requested.emit(index))
        return menu

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt override)
        """What Copy puts on the clipboard: Select All in a long text selects the whole window
        the document holds, and copies the whole text."""
        cur = self.textCursor()
        whole = (
            cur.selectionStart() == 0 and cur.selectionEnd() >= self.document().characterCount() - 1
        )
        if self.windowed() and whole:
            data = QMimeData()
            data.setText(self.text)
            return data
        return super().createMimeDataFromSelection()

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def token_index_at(self, pos: QPoint) -> int | None:
        """The word token drawn under viewport point `pos`, or None."""
        if self.doc is None:
            return None
        layout = self.document().documentLayout()
        point = QPointF(
            pos.x() + self.horizontalScrollBar().value(),
            pos.y() + self.verticalScrollBar().value(),
        )
        hit = layout.hitTest(point, Qt.HitTestAccuracy.ExactHit)
        if hit < 0:
            return None
        for candidate in (hit, hit - 1):
            tok = self.doc.token_at(self.py_offset(max(0, candidate)))
            if (
                tok is not None
                and tok.is_word
                and self.token_rect(tok.index).adjusted(-1, -1, 1, 1).contains(pos)
            ):
                return tok.index
        return None

    # -- keyboard cursor, speech and find marks ---------------------------------------------

    def focus_token(self) -> int | None:
        return self._focus

    def set_focus_token(self, index: int | None, scroll: bool = True) -> None:
        self._focus = index
        self._refresh()
        if index is not None:
            if scroll:
                self.scroll_to_token(index)
            self.focus_moved.emit(index)

    def move_focus(self, step: int) -> int | None:
        """Move the keyboard cursor to the next (step 1) or previous (-1) word."""
        if self.doc is None or not self.doc.tokens:
            return None
        tokens = self.doc.tokens
        first, last = self._word_from(0, 1), self._word_from(len(tokens) - 1, -1)
        if first is None:
            return None
        if self._focus is None or not self._token_on_screen(self._focus):
            # start from the screen the reader is looking at, not the text's first word
            target = self.word_on_screen(step)
            if target is None:
                target = first if step > 0 else last
        elif step > 0:
            target = self._word_from(self._focus + 1, 1)
            target = last if target is None else target
        else:
            target = self._word_from(self._focus - 1, -1)
            target = first if target is None else target
        self.set_focus_token(target)
        return target

    def _token_on_screen(self, index: int) -> bool:
        tok = self.doc.tokens[index]
        if not self._base <= tok.start < self._end:
            return False
        rect = self.range_rect(tok.start, tok.end)
        return rect.bottom() > 0 and rect.top() < self.viewport().height()

    def word_on_screen(self, step: int = 1) -> int | None:
        """The first (step 1) or last (-1) word on screen, or None."""
        bar = self.verticalScrollBar()
        y = bar.value() + (0 if step > 0 else self.viewport().height() - 1)
        hit = self.document().documentLayout().hitTest(QPointF(0, y), Qt.HitTestAccuracy.FuzzyHit)
        first = self.doc.token_from(self.py_offset(max(0, hit)))
        index = self._word_from(min(first, len(self.doc.tokens) - 1), step)
        return index if index is not None and self._token_on_screen(index) else None

    def _word_from(self, index: int, step: int) -> int | None:
        """The first word token at or after (step 1) / before (-1) `index`, or None.

        Walks from `index`: a few tokens separate two words, whatever the text's size."""
        tokens = self.doc.tokens
        while 0 <= index < len(tokens):
            tok = tokens[index]
            if tok.is_word and not tok.elided:
                return index
            index += step
        return None

    def scroll_to_token(self, index: int) -> None:
        tok = self.doc.tokens[index]
        self.scroll_to_offset(tok.start, tok.end)

    def scroll_to_offset(self, start: int, end: int) -> None:
        """Scroll text[start:end] into view (the reader's own text cursor stays put)."""
        bar = self.verticalScrollBar()
        with self._held():  # no sliding while the cursors below scroll back and forth
            # in the window is enough: the window slides after the scroll if need be (the
            # next word read aloud or chosen by keyboard never reloads the window)
            self._ensure_window(start, end, margin=0)
            cur = self._cursor(start, end)
            keep = self.textCursor()
            self.setTextCursor(cur)
            self.ensureCursorVisible()
            value = bar.value()
            keep.clearSelection()
            self.setTextCursor(keep)  # scrolls back to `keep`...
            bar.setValue(value)  # ... so scroll to the range again
        self._scrolled(bar.value())

    def top_offset(self) -> int:
        """The text offset of the first character at the top of the screen."""
        point = QPointF(0, self.verticalScrollBar().value())
        hit = self.document().documentLayout().hitTest(point, Qt.HitTestAccuracy.FuzzyHit)
        return self.py_offset(max(0, hit)) if self.text else 0

    def scroll_to_top(self, offset: int) -> None:
        """Scroll so that the line holding text offset `offset` is at the top."""
        offset = max(0, min(offset, len(self.text)))
        self._top_at(offset)
        # Qt sets the scroll range once it has laid the window out at its size, after this
        # event: put the line at the top again then (if the same text is still shown).
        text = self.text
        QTimer.singleShot(0, self, lambda: self.text is text and self._top_at(offset))

    def _keep_top(self, top: int) -> None:
        """After a new layout (font, width): the line that held text offset `top` at the top
        of the screen is at the top again (the reader keeps their place), not the same pixel."""
        if self.text and top > self._base and self.verticalScrollBar().value() > 0:
            self._top_at(top)
        else:
            self._scrolled(self.verticalScrollBar().value())

    def _top_at(self, offset: int) -> None:
        bar = self.verticalScrollBar()
        with self._held():
            self._ensure_window(offset, offset)
            cur = QTextCursor(self.document())
            cur.setPosition(self.qt_pos(offset))
            bar.setValue(self.cursorRect(cur).top() + bar.value())
        self._scrolled(bar.value())

    def set_spoken(self, sentence: tuple[int, int] | None, word: tuple[int, int] | None) -> None:
        """Mark the sentence and word being read aloud (offsets) and keep them in view."""
        self._spoken, self._spoken_word = sentence, word
        self._refresh()
        if word:
            self.scroll_to_offset(*word)
        elif sentence:
            self.scroll_to_offset(sentence[0], min(sentence[1], sentence[0] + 1))

    def set_found(self, ranges: list[tuple[int, int]]) -> None:
        self._found = list(ranges)
        self._refresh()

    # -- the window on a long text --------------------------------------------------------

    def _scrolled(self, value: int) -> None:
        """Slide the window when the screen nears its edge; draw the next band when the
        visible screen leaves the one drawn."""
        if self._sliding:
            return
        band = self._drawn_px
        if self.windowed() and self._slide():
            self._refresh()
        elif band is None or value < band[0] or value + self.viewport().height() > band[1]:
            self._refresh()
        self._sync_book_bar()

    def _slide(self) -> bool:
        """Add text at the edge of the window the screen is near (as much dropped at the
        other end) until the screen is well inside; True when it moved."""
        moved = False
        # While the window fills, only a screen at the very edge of what is held slides it
        # (the filling puts the rest in soon); a slide ends the filling.
        edge = FILL_EDGE if self._target is not None else EDGE_CHARS
        with self._held():
            for _ in range(2 * WINDOW_CHARS // SLIDE_CHARS):
                top, bottom = self._screen_range()
                if self._base > 0 and top - self._base < edge:
                    self._prepend()
                elif self._end < len(self._plain) and self._end - bottom < edge:
                    self._append()
                else:
                    break
                moved, edge = True, EDGE_CHARS
                self._target = None
        return moved

    @contextmanager
    def _held(self) -> Iterator[None]:
        """The window stays as it is while the scroll value moves inside this."""
        was, self._sliding = self._sliding, True
        try:
            yield
        finally:
            self._sliding = was

    def _screen_range(self) -> tuple[int, int]:
        """The text offsets at the top left and bottom right of the screen."""
        layout, top = self.document().documentLayout(), self.verticalScrollBar().value()
        fuzzy = Qt.HitTestAccuracy.FuzzyHit
        first = layout.hitTest(QPointF(0, top), fuzzy)
        last = layout.hitTest(
            QPointF(self.viewport().width(), top + self.viewport().height()), fuzzy
        )
        return self.py_offset(max(0, first)), self.py_offset(max(0, last))

    def _line_y(self, pos: int) -> float:
        """The document y of the line holding document position `pos`."""
        doc = self.document()
        block = doc.findBlock(pos)
        y = doc.documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(pos - block.position())
        return y + (line.y() if line.isValid() else 0.0)

    def _put_before(self, new: int) -> float:
        """Put text[new:window start] at the window's start, the screen unmoved (call it
        held); returns the height it added above."""
        bar, old = self.verticalScrollBar(), self._base
        value, before = bar.value(), self._line_y(0)
        QTextCursor(self.document()).insertText(self._plain[new:old], QTextCharFormat())
        self._base = new
        self._format_headings(new, old)
        self._sized()
        height = self._line_y(self.qt_pos(old)) - before
        bar.setValue(value + round(height))
        return height

    def _put_after(self, new: int) -> None:
        """Put text[window end:new] at the window's end (below it: nothing moves)."""
        old = self._end
        cur = QTextCursor(self.document())
        cur.movePosition(QTextCursor.MoveOperation.End)
        # New blocks take the last block's format (line height, spacing); characters
        # take the plain one, not a heading's that may end just before.
        cur.insertText(self._plain[old:new], QTextCharFormat())
        self._end = new
        self._format_headings(old, new)
        self._sized()

    def _prepend(self) -> None:
        """Put the paragraphs before the window at its start, the screen unmoved."""
        self._put_before(_start(self._plain, self._base - SLIDE_CHARS))
        if self._end - self._base > WINDOW_CHARS:  # below the screen: nothing moves
            end = _cut(self._plain, self._base + WINDOW_CHARS)
            if end < self._end:
                cur = QTextCursor(self.document())
                cur.setPosition(self.qt_pos(end))
                cur.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
                cur.removeSelectedText()
                self._end = end
                self._sized()

    def _append(self) -> None:
        """Put the paragraphs after the window at its end (as many dropped at its start),
        the screen unmoved."""
        self._put_after(_cut(self._plain, self._end + SLIDE_CHARS))
        cur = QTextCursor(self.document())
        base = _start(self._plain, self._end - WINDOW_CHARS)
        if base > self._base:
            bar = self.verticalScrollBar()
            value, pos = bar.value(), self.qt_pos(base)
            height = self._line_y(pos) - self._line_y(0)
            cur.setPosition(0)
            cur.setPosition(pos, QTextCursor.MoveMode.KeepAnchor)
            cur.removeSelectedText()
            self._base = base
            self._sized()
            bar.setValue(value - round(height))

    def _sized(self) -> None:
        """Tell the text edit the document's height now (its scroll range follows)."""
        layout = self.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())

    def _sync_book_bar(self) -> None:
        """Give the whole text's scroll bar the place on screen (not while it is dragged)."""
        bar = self.book_bar
        if not self.windowed() or bar.isSliderDown():
            return
        top, bottom = self._screen_range()
        page, size = max(1, bottom - top), len(self._plain)
        maximum = max(0, size - page)
        inner = self.verticalScrollBar()
        at_end = self._end >= size and inner.value() >= inner.maximum()
        self._bar_value = maximum if at_end else min(top, maximum)
        blocked = bar.blockSignals(True)
        try:
            bar.setRange(0, maximum)
            bar.setPageStep(page)
            bar.setSingleStep(max(1, page // 10))
            bar.setValue(self._bar_value)
        finally:
            bar.blockSignals(blocked)

    def _book_bar_action(self, action: int) -> None:
        """A click on the bar's arrows or beside its handle scrolls the text by pixels."""
        if int(action) in _STEPS:
            self.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction(action))
            self.book_bar.setSliderPosition(self._bar_value)

    def _book_bar_moved(self, value: int) -> None:
        """The bar dragged (or sent to an end): show that place of the text."""
        if value == self._bar_value:
            return
        self._bar_value = value
        if value >= self.book_bar.maximum():
            self._ensure_window(len(self._plain), len(self._plain))
            inner = self.verticalScrollBar()
            inner.setValue(inner.maximum())
            self._scrolled(inner.value())
        else:
            self._top_at(value)

    # -- drawing ------------------------------------------------------------------------

    def _apply_formats(self) -> None:
        cur = QTextCursor(self.document())
        cur.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(self._font_size * 0.8)
        cur.mergeBlockFormat(block)
        self._format_headings(self._base, self._end)

    def _format_headings(self, lo: int, hi: int) -> None:
        """Give the headings and code in text[lo:hi] (within the window) their format."""
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.DemiBold)
        heading.setFontPointSize(round(self._font_size * 1.35))
        code = QTextCharFormat()
        code.setFontFamilies(themes.MONO_FONTS)
        code.setFontFixedPitch(True)
        code.setFontPointSize(round(self._font_size * 0.9))
        lo, hi = max(lo, self._base), min(hi, self._end)
        cur = QTextCursor(self.document())
        for spans, fmt in ((self._headings, heading), (self._code, code)):
            first = max(0, bisect_left(spans, (lo, -1)) - 1)  # one may start before lo
            for start, end in spans[first:]:
                if start >= hi:
                    break
                start, end = max(start, lo), min(end, hi)
                if start < end:
                    cur.setPosition(self.qt_pos(start))
                    cur.setPosition(self.qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
                    cur.mergeCharFormat(fmt)

    def _in_window(self, start: int, end: int) -> bool:
        """Whether text[start:end] is (partly) in the window."""
        return start < self._end and end > self._base or self._base <= start == end <= self._end

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(start, end)
        sel.format = fmt
        return sel

    def _cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting text[start:end] (cut to the window)."""
        cur = QTextCursor(self.document())
        cur.setPosition(self.qt_pos(end))
        cur.setPosition(self.qt_pos(start), QTextCursor.MoveMode.KeepAnchor)
        return cur

    def kind_format(self, kind: str) -> QTextCharFormat:
        """The character format a highlight kind is drawn with."""
        t = self.theme
        fmt = QTextCharFormat()
        if kind in ("strong", "medium", "learning"):
            fmt.setBackground(QColor(getattr(t, kind)))
            if t.dark:
                fmt.setForeground(QColor("#ffffff"))
        if kind == "learning":
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(QColor(t.accent))
        elif kind == "name":
            fmt.setForeground(QColor(t.name_text))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(t.name_text))
        return fmt

    def drawn_range(self) -> tuple[int, int]:
        """The text offsets whose highlights are currently drawn (the visible band)."""
        return self._drawn_chars

    def _band(self) -> tuple[float, float, int, int]:
        """The document y band to draw (visible screen plus margins) and its text offsets."""
        height = max(1, self.viewport().height())
        top = float(self.verticalScrollBar().value())
        y0 = max(0.0, top - height * MARGIN_SCREENS)
        y1 = top + height * (1 + MARGIN_SCREENS)
        layout = self.document().documentLayout()
        fuzzy = Qt.HitTestAccuracy.FuzzyHit
        first = layout.hitTest(QPointF(0, y0), fuzzy)
        last = layout.hitTest(QPointF(self.viewport().width(), y1), fuzzy)
        start = self.py_offset(max(0, first))
        end = self.py_offset(last) + 1 if last >= 0 else self._end
        return y0, y1, start, min(end, start + MAX_DRAWN_CHARS, self._end)

    def _refresh(self) -> None:
        y0, y1, lo, hi = self._band()
        self._drawn_px, self._drawn_chars = (y0, y1), (lo, hi)
        sels = []
        if self._spoken and self._in_window(*self._spoken):  # under the highlights
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.theme.spoken_sentence))
            sels.append(self._selection(*self._spoken, fmt))
        self._drawn_highlights = self._band_highlights(lo, hi)
        if self._drawn_highlights:
            formats = {k: self.kind_format(k) for k in KINDS}
            sels.extend(self._selection(s, e, formats[k]) for s, e, k in self._drawn_highlights)
        if self._found:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.theme.found))
            sels.extend(self._selection(s, e, fmt) for s, e in self._found if e > lo and s < hi)
        if self._spoken_word and self._in_window(*self._spoken_word):
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.theme.spoken_word))
            sels.append(self._selection(*self._spoken_word, fmt))
        focus = self._drawn_focus = self._focus_span()
        if focus is not None and self._in_window(*focus):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(self.theme.focus))
            fmt.setFontUnderline(True)
            sels.append(self._selection(*focus, fmt))
        self.setExtraSelections(sels)
        self.viewport().update()  # the focus box (paintEvent)

    def focus_box(self) -> QRect | None:
        """Where the keyboard's current word is boxed (viewport coordinates), or None."""
        if self._focus is None or self.doc is None:
            return None
        tok = self.doc.tokens[self._focus]
        if not self._in_window(tok.start, tok.end):
            return None
        return self.range_rect(tok.start, tok.end).adjusted(-3, -1, 3, 1)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """The text, then a box around the keyboard's current word: seen at a glance, and
        the word's own highlight stays visible inside it."""
        super().paintEvent(event)
        box = self.focus_box()
        if box is not None and box.intersects(event.rect()):
            from PySide6.QtGui import QPainter, QPen

            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(self.theme.focus), FOCUS_PEN))
            painter.drawRoundedRect(box, 3, 3)
            painter.end()
        self.painted.emit()

    def _update_margins(self) -> None:
        from PySide6.QtGui import QFontMetrics

        width = self.width()
        column = QFontMetrics(self.document().defaultFont()).averageCharWidth() * MAX_COLUMN_CHARS
        side = max(16, (width - column) // 2)
        # A long text's bar stands where the edit's own bar would (the text edit's margins
        # are inside its own bar): the same column either way.
        bar = self.book_bar.sizeHint().width() if self.windowed() else 0
        self.setViewportMargins(side, 12, side + bar, 12)
        if bar:
            self.book_bar.setGeometry(width - bar, 0, bar, self.height())

    # -- events -------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        top = self.top_offset()
        super().resizeEvent(event)
        self._update_margins()
        self._drawn_px = None
        self._keep_top(top)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Ctrl+Home / Ctrl+End go to the start / end of the whole text, not the window's."""
        key = event.key()
        if (
            self.windowed()
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and key in (Qt.Key.Key_Home, Qt.Key.Key_End)
        ):
            at = 0 if key == Qt.Key.Key_Home else len(self._plain)
            self._ensure_window(at, at)
        super().keyPressEvent(event)
        self._scrolled(self.verticalScrollBar().value())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        index = self.token_index_at(event.position().toPoint())
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if index is not None else Qt.CursorShape.IBeamCursor
        )
        if index == self._pending:
            return
        self._pending = index
        self._hover_timer.start()

    def leaveEvent(self, event) -> None:  # noqa: N802
        super().leaveEvent(event)
        self._pending = None
        self._hover_timer.start()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        index = self.token_index_at(event.position().toPoint())
        if index is None:
            self.blank_clicked.emit()
        else:
            self._hover_timer.stop()
            self._hover = self._pending = index
            self.set_focus_token(index, scroll=False)
            self.token_clicked.emit(index)

    def _hover_settled(self) -> None:
        if self._pending == self._hover:
            return
        self._hover = self._pending
        if self._hover is None:
            self.hover_left.emit()
        else:
            self.token_hovered.emit(self._hover)


class _Shown(NamedTuple):
    """A text as the view shows it: `plain` is `text` with CR and NUL as spaces (same length:
    Qt would turn a CR into a paragraph break), `non_bmp` its characters outside the BMP,
    `headings` and `code` the ranges shown bold or monospace, in order."""

    text: str
    plain: str
    non_bmp: list[int]
    headings: list[tuple[int, int]]
    code: list[tuple[int, int]]


def _plain(text: str) -> tuple[str, list[int]]:
    plain = text
    for odd in "\r\x00":
        if odd in plain:  # a scan, not a copy of a book (~0.5-4 ms each)
            plain = plain.replace(odd, " ")
    return plain, _non_bmp_offsets(text)


def _shown(source: SourceText) -> _Shown:
    headings = [(b.start, b.end) for b in source.blocks if b.kind in HEADING_KINDS]
    code = [(b.start, b.end) for b in (*source.blocks, *source.spans) if b.kind == "code"]
    return _Shown(source.text, *_plain(source.text), sorted(headings), sorted(code))


def prepare_source(source: SourceText) -> SourceText:
    """In the worker that read `source`: what show_source needs of it (scans of the whole
    text and its blocks, ~10 ms of a 3.8 MB book's show on the GUI thread), kept with it."""
    source.ensure_blocks()
    source.prepared["view"] = _shown(source)
    return source


def _non_bmp_offsets(text: str) -> list[int]:
    """The offsets of the characters outside the BMP (each two UTF-16 units in Qt). Only a
    str holding one is stored 4 bytes a character (PEP 393): the others (nearly every book)
    are not searched (a 3.8M-character book took ~30 ms on the GUI thread)."""
    if sys.getsizeof(text) < 4 * len(text):
        return []
    return [m.start() for m in _NON_BMP.finditer(text)]


def _cut(text: str, at: int) -> int:
    """Where to end a piece of `text` near `at`: after the next line break, or the text's end
    (a paragraph cut in two would wrap its lines anew, moving the text on screen); inside a
    paragraph only when it is longer than PARAGRAPH_REACH."""
    if at >= len(text):
        return len(text)
    newline = text.find("\n", at, at + PARAGRAPH_REACH)
    if newline >= 0:
        return newline + 1
    return len(text) if len(text) <= at + PARAGRAPH_REACH else at


def _start(text: str, at: int) -> int:
    """Where to start a piece of `text` near `at`: after the line break before it, or the
    text's start (inside a paragraph only when it is longer than PARAGRAPH_REACH)."""
    if at <= 0:
        return 0
    newline = text.rfind("\n", max(0, at - PARAGRAPH_REACH), at)
    if newline >= 0:
        return newline + 1
    return 0 if at <= PARAGRAPH_REACH else at


def _token_start(tok) -> int:
    return tok.start


def _token_end(tok) -> int:
    return tok.end
