"""The article view: read-only text, highlights drawn as extra selections from token
offsets, hover and click on words, a keyboard cursor moving word by word.

Only the words on screen (plus a screen above and below) get a selection: re-colouring
costs the same on a book as on an article. Scrolling past that band draws the next one.

A long text is shown in pieces: the first screenful at once, the rest appended from a
zero-timer a chunk at a time (Qt lays out what it inserts: a whole book at once would
hold the event loop for seconds). Positions never move: a chunk only adds at the end.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit

from ..core.document import SourceText
from . import theme as themes

HOVER_DELAY_MS = 280
FOCUS_PEN = 2.5  # px: the box around the keyboard's current word
MAX_COLUMN_CHARS = 72
KINDS = ("strong", "medium", "learning", "name")
HEADING_KINDS = ("title", "heading")  # source blocks shown bold and larger
MARGIN_SCREENS = 1.0  # screens drawn above and below the visible one
MAX_DRAWN_CHARS = 60_000  # never more, whatever the layout says (tiny fonts, huge windows)
FIRST_CHARS = 50_000  # shown at once (many screens); the rest is appended in chunks
CHUNK_CHARS = 16_000  # appended per event-loop turn (Qt lays it out then: ~10-25 ms)
# Until the first highlights are drawn, a chunk every PATIENT_APPEND_MS, not back to back:
# appending a book (240 chunks) holds the GIL most of the time and the model loading in the
# background for those first highlights took 1.3-2.5x as long (1.0 -> 1.8-2.6 s).
PATIENT_APPEND_MS = 30
_NON_BMP = re.compile("[\U00010000-\U0010ffff]")


class ReaderView(QTextEdit):
    """Shows one text; knows tokens' offsets once the analysis arrives."""

    token_hovered = Signal(int)  # the mouse rested on a word
    hover_left = Signal()  # the mouse left the word it rested on
    token_clicked = Signal(int)
    focus_moved = Signal(int)  # the keyboard's current word changed
    blank_clicked = Signal()  # a click on no word (closes a pinned pop-up)
    text_complete = Signal()  # the last chunk of the text is in the document
    text_size_changed = Signal(int)  # the reading font's point size (A+/A-, font dialog)
    explain_requested = Signal(int)  # context menu: explain the sentence of this word token

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
        self._plain = ""  # `text` as the document holds it (same length)
        self._loaded = 0  # text[:_loaded] is in the document; the rest is being appended
        self._append_timer = QTimer(self, interval=0)
        self._append_timer.timeout.connect(self._append_chunk)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- content ------------------------------------------------------------------------

    def show_source(self, source: SourceText) -> None:
        """Show an imported text (no analysis yet), its titles, code blocks and inline code
        marked."""
        headings = [(b.start, b.end) for b in source.blocks if b.kind in HEADING_KINDS]
        code = [(b.start, b.end) for b in (*source.blocks, *source.spans) if b.kind == "code"]
        self.show_text(source.text, headings, code)

    def show_text(
        self,
        text: str,
        headings: list[tuple[int, int]] | None = None,
        code: list[tuple[int, int]] | None = None,
    ) -> None:
        """Show `text` (no analysis yet): its first screens at once, the rest in chunks
        appended from the event loop (text_complete tells when all of it is in). `headings`
        are shown bold and larger, `code` blocks (commands, listings) monospace."""
        self.text = text
        self.doc = None
        self._kinds, self._found = {}, []
        self._spoken = self._spoken_word = None
        self._focus = self._hover = None
        self._non_bmp = [m.start() for m in _NON_BMP.finditer(text)]
        self._headings = sorted(headings or [])
        self._code = sorted(code or [])
        # Same length as `text`: Qt would turn a CR into a paragraph break.
        self._plain = text.replace("\r", " ").replace("\x00", " ")
        self._loaded = _cut(self._plain, FIRST_CHARS)
        self._append_timer.stop()
        self._append_timer.setInterval(PATIENT_APPEND_MS)  # full speed once highlighted
        # Not QTextEdit.setPlainText: it gives the whole new text the character format at
        # its text cursor, a heading's (bold, larger) when the reader last clicked a title.
        self.document().setPlainText(self._plain[: self._loaded])
        self.setTextCursor(QTextCursor(self.document()))
        self.setCurrentCharFormat(QTextCharFormat())
        self._apply_formats()
        self._refresh()
        self.verticalScrollBar().setValue(0)
        if self._loaded < len(self._plain):
            self._append_timer.start()
        else:
            self.text_complete.emit()

    def shown_chars(self) -> int:
        """How much of `text` is in the document so far (all of it once text_complete)."""
        return self._loaded

    def is_complete(self) -> bool:
        return self._loaded >= len(self._plain)

    def _append_chunk(self) -> None:
        """Append the next chunk of the text (from the zero-timer)."""
        was = self._loaded
        self._append_through(was + 1)
        if self._drawn_chars[1] >= was:  # the drawn band reached the old end: draw it anew
            self._refresh()

    def _append_through(self, offset: int) -> None:
        """Append chunks until text[:offset] is in the document."""
        was = self._loaded
        while self._loaded < min(offset, len(self._plain)):
            start, end = self._loaded, _cut(self._plain, self._loaded + CHUNK_CHARS)
            cur = QTextCursor(self.document())
            cur.movePosition(QTextCursor.MoveOperation.End)
            # New blocks take the last block's format (line height, spacing); characters
            # take the plain one, not a heading's that may end just before.
            cur.insertText(self._plain[start:end], QTextCharFormat())
            self._loaded = end
            self._format_headings(start, end)
        if self._loaded > was and self.is_complete():
            self._append_timer.stop()
            self.text_complete.emit()

    def set_document(self, doc) -> None:
        """The analysed Document for the text shown (same text)."""
        self.doc = doc

    def set_highlights(self, kinds: dict[int, str]) -> None:
        """token index -> one of KINDS; every other word is drawn plain. The view keeps
        `kinds` (not a copy: a book's is large) and only draws the band on screen."""
        self._kinds = kinds
        self._refresh()
        self._append_timer.setInterval(0)  # the rest of the text now as fast as it goes

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
        self.document().setDefaultFont(font)
        self._apply_formats()
        self._update_margins()
        self._refresh()
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
        """Python string offset -> QTextDocument position (UTF-16 units)."""
        return offset + bisect_left(self._non_bmp, offset) if self._non_bmp else offset

    def py_offset(self, pos: int) -> int:
        """QTextDocument position -> Python string offset."""
        if not self._non_bmp:
            return pos
        lo, hi = 0, len(self.text)
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

    def range_rect(self, start: int, end: int) -> QRect:
        """The bounding box of text[start:end] in viewport coordinates."""
        self._append_through(end)
        cur = QTextCursor(self.document())
        cur.setPosition(self.qt_pos(start))
        first = self.cursorRect(cur)
        cur.setPosition(self.qt_pos(end))
        last = self.cursorRect(cur)
        if last.top() > first.top() + first.height() // 2:  # wrapped: the first line only
            block_end = self.viewport().width()
            return QRect(first.left(), first.top(), block_end - first.left(), first.height())
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
        if self._focus is None:
            target = first if step > 0 else last
        elif step > 0:
            target = self._word_from(self._focus + 1, 1)
            target = last if target is None else target
        else:
            target = self._word_from(self._focus - 1, -1)
            target = first if target is None else target
        self.set_focus_token(target)
        return target

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
        cur = self._cursor(start, end)
        keep = self.textCursor()
        self.setTextCursor(cur)
        self.ensureCursorVisible()
        bar = self.verticalScrollBar()
        value = bar.value()
        keep.clearSelection()
        self.setTextCursor(keep)  # scrolls back to `keep`...
        bar.setValue(value)  # ... so scroll to the range again

    def top_offset(self) -> int:
        """The text offset of the first character at the top of the screen."""
        point = QPointF(0, self.verticalScrollBar().value())
        hit = self.document().documentLayout().hitTest(point, Qt.HitTestAccuracy.FuzzyHit)
        return self.py_offset(max(0, hit)) if self.text else 0

    def scroll_to_top(self, offset: int) -> None:
        """Scroll so that the line holding text offset `offset` is at the top."""
        offset = max(0, min(offset, len(self.text)))
        self._append_through(offset + 1)
        cur = QTextCursor(self.document())
        cur.setPosition(self.qt_pos(offset))
        top = self.cursorRect(cur).top() + self.verticalScrollBar().value()
        # Qt sets the scroll range once it has laid the text out, after this event
        QTimer.singleShot(0, self, lambda: self.verticalScrollBar().setValue(top))

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

    # -- drawing ------------------------------------------------------------------------

    def _apply_formats(self) -> None:
        cur = QTextCursor(self.document())
        cur.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(self._font_size * 0.8)
        cur.mergeBlockFormat(block)
        self._format_headings(0, self._loaded)

    def _format_headings(self, lo: int, hi: int) -> None:
        """Give the headings starting in text[lo:hi] their format."""
        cur = QTextCursor(self.document())
        first = bisect_left(self._headings, (lo, -1))
        for start, end in self._headings[first:]:
            if start >= hi:
                break
            cur.setPosition(self.qt_pos(start))
            cur.setPosition(self.qt_pos(min(end, self._loaded)), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.DemiBold)
            fmt.setFontPointSize(round(self._font_size * 1.35))
            cur.mergeCharFormat(fmt)
        first = bisect_left(self._code, (lo, -1))
        for start, end in self._code[first:]:
            if start >= hi:
                break
            cur.setPosition(self.qt_pos(start))
            cur.setPosition(self.qt_pos(min(end, self._loaded)), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontFamilies(themes.MONO_FONTS)
            fmt.setFontFixedPitch(True)
            fmt.setFontPointSize(round(self._font_size * 0.9))
            cur.mergeCharFormat(fmt)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(start, end)
        sel.format = fmt
        return sel

    def _cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting text[start:end] (appending the text up to it if need be)."""
        self._append_through(end)
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
        end = self.py_offset(last) + 1 if last >= 0 else len(self.text)
        return y0, y1, start, min(end, start + MAX_DRAWN_CHARS, len(self.text))

    def _scrolled(self, value: int) -> None:
        """Draw the next band when the visible screen leaves the one drawn."""
        band = self._drawn_px
        if band is None or value < band[0] or value + self.viewport().height() > band[1]:
            self._refresh()

    def _refresh(self) -> None:
        y0, y1, lo, hi = self._band()
        self._drawn_px, self._drawn_chars = (y0, y1), (lo, hi)
        sels = []
        doc = self.doc
        if self._spoken:  # under the highlights: a spoken difficult word stays highlighted
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.theme.spoken_sentence))
            sels.append(self._selection(*self._spoken, fmt))
        if doc is not None and self._kinds:
            formats = {k: self.kind_format(k) for k in KINDS}
            first = bisect_left(doc.tokens, lo, key=_token_end)
            last = bisect_left(doc.tokens, hi, key=_token_start)
            kinds, hide_names = self._kinds, not self._show_names
            for index in range(first, last):
                kind = kinds.get(index)
                if kind is not None and not (hide_names and kind == "name"):
                    tok = doc.tokens[index]
                    sels.append(self._selection(tok.start, tok.end, formats[kind]))
        if self._found:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.theme.found))
            sels.extend(self._selection(s, e, fmt) for s, e in self._found if e > lo and s < hi)
        if self._spoken_word:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.theme.spoken_word))
            sels.append(self._selection(*self._spoken_word, fmt))
        if self._focus is not None and doc is not None:
            tok = doc.tokens[self._focus]
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(self.theme.focus))
            fmt.setFontUnderline(True)
            sels.append(self._selection(tok.start, tok.end, fmt))
        self.setExtraSelections(sels)
        self.viewport().update()  # the focus box (paintEvent)

    def focus_box(self) -> QRect | None:
        """Where the keyboard's current word is boxed (viewport coordinates), or None."""
        if self._focus is None or self.doc is None:
            return None
        return self.token_rect(self._focus).adjusted(-3, -1, 3, 1)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """The text, then a box around the keyboard's current word: seen at a glance, and
        the word's own highlight stays visible inside it."""
        super().paintEvent(event)
        box = self.focus_box()
        if box is None or not box.intersects(event.rect()):
            return
        from PySide6.QtGui import QPainter, QPen

        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.theme.focus), FOCUS_PEN))
        painter.drawRoundedRect(box, 3, 3)
        painter.end()

    def _update_margins(self) -> None:
        width = self.width()
        column = self.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
        font = self.document().defaultFont()
        from PySide6.QtGui import QFontMetrics

        column = QFontMetrics(font).averageCharWidth() * MAX_COLUMN_CHARS
        side = max(16, (width - column) // 2)
        self.setViewportMargins(side, 12, side, 12)

    # -- events -------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_margins()
        self._refresh()

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


def _cut(text: str, at: int) -> int:
    """Where to end a piece of `text` near `at`: after a line break when one is close."""
    if at >= len(text):
        return len(text)
    newline = text.find("\n", at, at + 4_000)
    return newline + 1 if newline >= 0 else at


def _token_start(tok) -> int:
    return tok.start


def _token_end(tok) -> int:
    return tok.end
