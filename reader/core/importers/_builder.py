"""Assemble cleaned paragraphs into a SourceText with exact block and chapter offsets."""

from __future__ import annotations

import re
import unicodedata

from ..document import Block, Chapter, SourceText
from ..errors import ImportFailure
from ..gui_turns import give_way
from ..textsafe import without_surrogates
from ._htmlblocks import CODE_CLOSE, CODE_OPEN

# Spaces French typography uses on purpose (before ; : ! ? », after «); a run that
# contains one keeps it instead of becoming a plain space.
_KEPT_SPACES = "\u202f\u00a0\u2009\u2007"
# Runs of 2+ whitespace characters, or one that is not a plain space (\s covers NBSP,
# U+2000-U+200A, U+3000, U+2028/9, U+0085); plain single spaces never match (fast path).
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")  # Cc but whitespace
# Invisible characters that only get in the way of reading and analysis.
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_LIGATURE_RE = re.compile("[\ufb00-\ufb06]")
# Anything clean_inline changes besides NFC, two spaces and the ends: an invisible character,
# a ligature, a control, a lone surrogate, whitespace other than a plain space (every other
# character str.isspace() accepts; a test keeps the list whole). Most lines of a book have
# none: one search instead of three substitutions.
_NEEDS_CLEANING = re.compile(
    "[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufb00-\ufb06\x00-\x1f\x7f-\x9f\ud800-\udfff"
    "\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
# A run of titles/headings is set apart from the paragraphs around it by a blank line.
_SET_APART = ("title", "heading")
_MARKS = re.compile(f"([{CODE_OPEN}{CODE_CLOSE}])")
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb06": "st",
    }
)


def _space_for(match: re.Match) -> str:
    run = match.group()
    for ch in run:
        if ch in _KEPT_SPACES:
            return ch
    return " "


def clean_inline(text: str) -> str:
    """One clean line: NFC, no control or invisible characters, single spaces, stripped."""
    if not text:
        return ""
    if (
        "  " not in text
        and _NEEDS_CLEANING.search(text) is None
        and unicodedata.is_normalized("NFC", text)
    ):
        return text.strip()
    return _cleaned(text)


def _cleaned(text: str) -> str:
    """clean_inline's every step (the long way)."""
    text = without_surrogates(_INVISIBLE_RE.sub("", text))
    if _LIGATURE_RE.search(text):
        text = text.translate(_LIGATURES)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _CONTROLS.sub("", text)
    return _SPACE_RUN.sub(_space_for, text).strip()


def too_large_message(label: str, max_chars: int) -> str:
    """The one message for a text over the size limit."""
    return (
        f"{label} is too large: it has more than {max_chars:,} characters of text "
        f"(the limit, about {max_chars // 6:,} words)."
    )


class TextBuilder:
    """Collects blocks in reading order; `build()` returns the SourceText.

    With `code_marks`, inline code marked by `html_blocks(mark_code=True)` becomes a "code"
    span of the SourceText (the marks are taken out of the text)."""

    def __init__(self, max_chars: int, label: str = "This file", code_marks: bool = False):
        self.max_chars = max_chars
        self.label = label
        self.code_marks = code_marks
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []
        self._spans: list[Block] = []
        self._chapters: list[list] = []  # [title, start, end]
        self._pending_chapter: str | None = None
        self._pending_break = False

    @property
    def length(self) -> int:
        return self._length

    @property
    def block_count(self) -> int:
        return len(self._blocks)

    def start_chapter(self, title: str = "") -> None:
        """The next block opens a new chapter called `title` (empty chapters are dropped)."""
        self._pending_chapter = clean_inline(title)

    def add(self, kind: str, raw: str) -> Block | None:
        """Add one block; its text is cleaned and empty blocks are skipped."""
        give_way()  # every importer comes here: the window's turn first (gui_turns)
        text = clean_inline(raw)
        spans: list[tuple[int, int]] = []
        if self.code_marks and (CODE_OPEN in text or CODE_CLOSE in text):
            text, spans = _take_code_marks(text)
        if not text:
            return None
        if self._pending_chapter is not None:
            title = self._pending_chapter or f"{len(self._chapters) + 1}"
            self._chapters.append([title, -1, -1])
            self._pending_chapter = None
            self._pending_break = True
        if not self._parts:
            sep = ""
        elif self._pending_break or (kind in _SET_APART) != (self._blocks[-1].kind in _SET_APART):
            sep = "\n\n"
        else:
            sep = "\n"
        self._pending_break = False
        start = self._length + len(sep)
        end = start + len(text)
        if end > self.max_chars:
            raise ImportFailure(too_large_message(self.label, self.max_chars))
        self._parts.append(sep)
        self._parts.append(text)
        self._length = end
        chapter = max(len(self._chapters) - 1, 0)
        if self._chapters:
            record = self._chapters[-1]
            if record[1] < 0:
                record[1] = start
            record[2] = end
        block = Block(kind, start, end, chapter)
        self._blocks.append(block)
        self._spans.extend(Block("code", start + a, start + b, chapter) for a, b in spans)
        return block

    def text_of(self, block: Block) -> str:
        """The cleaned text of a block added to this builder."""
        return self._parts[2 * self._blocks.index(block) + 1]

    def build(self, title: str = "", meta: dict[str, str] | None = None) -> SourceText:
        """The SourceText; raises ImportFailure when no readable text was found."""
        if not self._blocks:
            raise ImportFailure(f"{self.label} contains no readable text.")
        text = "".join(self._parts)
        chapters = [Chapter(i, t, s, e) for i, (t, s, e) in enumerate(self._chapters)]
        return SourceText(
            text=text,
            title=clean_inline(title),
            blocks=list(self._blocks),
            chapters=chapters,
            spans=list(self._spans),
            meta={k: clean_inline(v) for k, v in (meta or {}).items() if v and clean_inline(v)},
        )


def _take_code_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(`text` without the inline code marks, the (start, end) of each marked run); runs
    that touch are one span."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos, opened = 0, -1
    for piece in _MARKS.split(text):
        if piece == CODE_OPEN:
            opened = pos
        elif piece == CODE_CLOSE:
            if 0 <= opened < pos:
                if spans and spans[-1][1] == opened:
                    opened = spans.pop()[0]
                spans.append((opened, pos))
            opened = -1
        else:
            out.append(piece)
            pos += len(piece)
    return "".join(out), spans
