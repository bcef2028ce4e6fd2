"""Laying a handout out for a paged device: text documents cut into whole-line slices."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.handout import Handout, HandoutEntry
from .paginate import Slice

SERIF = ["Charter", "Georgia", "Times New Roman", "Nimbus Roman", "DejaVu Serif", "serif"]
MARGINS_MM = (18.0, 16.0, 18.0, 14.0)  # left, top, right, bottom
NOTE_SCALE = 0.8
GLOSS_SCALE = 0.62


@dataclass
class Strip:
    """Draw rows [y0, y1) of `doc` at the slice's place, plus decorations."""

    doc: object  # QTextDocument
    y0: float
    y1: float
    x: float = 0.0
    line_number: int = 0
    glosses: list[tuple[float, float, str]] = field(default_factory=list)  # x, baseline, text
    notes: list[int] = field(default_factory=list)  # note block numbers in Composition.notes
    rule_below: bool = False
    block: object = None  # QTextBlock: draw only its line `line`, not the whole document
    line: int = -1


@dataclass
class Composition:
    """Everything needed to paint the handout on pages of `width` x `height` device units."""

    slices: list[Slice]
    notes: object | None  # QTextDocument, one block per note
    width: float
    height: float
    fonts: dict[str, object]
    footer_height: float
    note_separator: float
    gloss_band: float = 0.0
    legend: str = ""  # the footer line explaining the approximate mark


def font(device, scale: float, size: float, *, bold: bool = False, italic: bool = False):
    """The handout's serif font at `size * scale` points."""
    from PySide6.QtGui import QFont

    f = QFont()
    f.setFamilies(SERIF)
    f.setStyleHint(QFont.StyleHint.Serif)
    f.setPointSizeF(max(6.0, size * scale))
    f.setBold(bold)
    f.setItalic(italic)
    # No ligatures: copied or searched PDF text must read "affaires", not "aﬀaires".
    for tag in ("liga", "clig", "dlig"):
        f.setFeature(QFont.Tag(tag), 0)
    return f


MONO = ["DejaVu Sans Mono", "Liberation Mono", "Nimbus Mono PS", "Courier New"]


def mono_font(device, scale: float, size: float):
    """A monospace font for code blocks (commands, listings) at `size * scale` points."""
    from PySide6.QtGui import QFont

    f = QFont()
    f.setFamilies(MONO)
    f.setStyleHint(QFont.StyleHint.Monospace)
    f.setFixedPitch(True)
    f.setPointSizeF(max(6.0, size * scale))
    return f


def page_layout(paper: str):
    """A portrait QPageLayout for 'A4' or 'Letter' with the handout's margins."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    size = QPageSize(QPageSize.PageSizeId.A4 if paper == "A4" else QPageSize.PageSizeId.Letter)
    left, top, right, bottom = MARGINS_MM
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


class Composer:
    """Builds the text documents for `handout` measured on `device` (QPdfWriter or QPrinter)."""

    def __init__(self, handout: Handout, device, width: float, height: float):
        self.handout = handout
        self.device = device
        self.width = width
        self.height = height
        self.dpi = device.logicalDpiY()
        size = handout.options.font_size
        self.fonts = {
            "body": font(device, 1.0, size),
            "title": font(device, 1.55, size, bold=True),
            "heading": font(device, 1.2, size, bold=True),
            "source": font(device, 0.9, size, italic=True),
            "note": font(device, NOTE_SCALE, size),
            "gloss": font(device, GLOSS_SCALE, size, italic=True),
            "small": font(device, 0.7, size),
            "code": mono_font(device, 0.85, size),
        }

    def pt(self, points: float) -> float:
        """Points to device units."""
        return points * self.dpi / 72.0

    def vpt(self, points: float) -> float:
        """Points in the unit Qt uses for vertical block margins and cell padding (1/96 in)."""
        return points * 96.0 / 72.0

    def _metrics(self, name: str):
        from PySide6.QtGui import QFontMetricsF

        return QFontMetricsF(self.fonts[name], self.device)

    def new_doc(self, width: float):
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.fonts["body"])
        doc.setTextWidth(width)
        return doc

    # -- the whole page ------------------------------------------------------------------

    def compose(self) -> Composition:
        opts = self.handout.options
        footer = self._metrics("small").height() * 2.2
        slices = self.header_slices()
        gutter = self.pt(opts.font_size * 2.2) if opts.line_numbers else 0.0
        self.marks = self.handout.note_marks()
        notes = self.notes_doc() if self.marks else None
        slices += self.body_slices(gutter, notes)
        if opts.layout == "glossary":
            slices += self.glossary_slices()
        sep = self.pt(opts.font_size * 1.2)
        return Composition(
            slices,
            notes,
            self.width,
            self.height - footer,
            self.fonts,
            footer,
            sep,
            legend=self.handout.legend,
        )

    def header_slices(self) -> list[Slice]:
        from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor

        h = self.handout
        opts = h.options
        lines: list[tuple[str, str]] = []
        if opts.show_title and h.title:
            lines.append(("title", h.title))
        if opts.show_source and h.source_line:
            lines.append(("source", h.source_line))
        if opts.name_line:
            lines.append(("body", "Name: " + "_" * 28 + "     Class / date: " + "_" * 18))
        if not lines:
            return []
        doc = self.new_doc(self.width)
        cursor = QTextCursor(doc)
        for i, (kind, text) in enumerate(lines):
            bf = QTextBlockFormat()
            bf.setBottomMargin(self.vpt(opts.font_size * (0.5 if kind == "title" else 0.8)))
            if kind == "body":
                bf.setTopMargin(self.vpt(opts.font_size * 0.6))
            cf = QTextCharFormat()
            cf.setFont(self.fonts[kind])
            if kind == "source":
                from PySide6.QtGui import QColor

                cf.setForeground(QColor("#444444"))
            if i:
                cursor.insertBlock(bf, cf)
            else:
                cursor.setBlockFormat(bf)
            cursor.insertText(text, cf)
        height = doc.documentLayout().documentSize().height()
        strip = Strip(doc, 0.0, height, rule_below=True)
        return [Slice(height + self.pt(opts.font_size), keep_with_next=True, payload=strip)]

    # -- the text ------------------------------------------------------------------------

    def notes_doc(self):
        """One block per entry: number, word, grammar, gloss, teacher's note."""
        from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor

        doc = self.new_doc(self.width)
        cursor = QTextCursor(doc)
        nf = self.fonts["note"]
        indent = self._metrics("note").horizontalAdvance("000 ")
        option = doc.defaultTextOption()
        option.setTabStopDistance(indent * 96.0 / self.dpi)
        doc.setDefaultTextOption(option)
        for i, e in enumerate(self.handout.noted()):
            bf = QTextBlockFormat()
            bf.setLeftMargin(indent)
            bf.setTextIndent(-indent)
            bf.setBottomMargin(self.vpt(1.5))
            plain = QTextCharFormat()
            plain.setFont(nf)
            if i:
                cursor.insertBlock(bf, plain)
            else:
                cursor.setBlockFormat(bf)
            bold = QTextCharFormat(plain)
            bold.setFontWeight(700)
            grey = QTextCharFormat(plain)
            grey.setForeground(QColor("#444444"))
            italic = QTextCharFormat(plain)
            italic.setFontItalic(True)
            cursor.insertText(f"{self.marks[e.number]}\t", bold)
            cursor.insertText(e.word, bold)
            if self.handout.options.layout == "notes" or e.cut:
                cursor.insertText(f" ({e.grammar}) ", grey)
                cursor.insertText(e.shown_gloss, plain)
            if e.note:
                cursor.insertText(f" — {e.note}", italic)
        return doc

    def body_slices(self, gutter: float, notes) -> list[Slice]:
        from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat

        opts = self.handout.options
        layout = opts.layout
        doc = self.new_doc(self.width - gutter)
        cursor = QTextCursor(doc)
        size = opts.font_size
        band = 0.0
        if layout == "interlinear":
            band = self._metrics("gloss").height() + self.pt(1.0)
        placed: dict[int, list[tuple[int, int, HandoutEntry]]] = {}
        self.shown: dict[int, str] = {}
        kinds: list[str] = []
        gloss_metrics = self._metrics("gloss")
        body_metrics = self._metrics("body")
        for i, para in enumerate(self.handout.body()):
            heading = para.kind in ("title", "heading", "subtitle")
            bf = QTextBlockFormat()
            bf.setTopMargin(self.vpt(size * (0.9 if heading else 0.0)) + band * 96.0 / self.dpi)
            bf.setBottomMargin(self.vpt(size * (0.35 if heading else 0.55)))
            if band:
                # Qt counts line distances in 1/96 inch.
                bf.setLineHeight(
                    band * 96.0 / self.dpi,
                    QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value,
                )
            if para.kind == "quote":
                bf.setLeftMargin(self.pt(size * 1.5))
            base = QTextCharFormat()
            base.setFont(
                self.fonts["title" if para.kind == "title" else "heading"]
                if heading
                else self.fonts["code" if para.kind == "code" else "body"]
            )
            if i:
                cursor.insertBlock(bf, base)
            else:
                cursor.setBlockFormat(bf)
            kinds.append(para.kind)
            block_start = cursor.position()
            pending_space = 0.0
            for run in para.runs:
                if run.entry is None:
                    text = run.text
                    if pending_space and text[:1].isspace():
                        spaced = QTextCharFormat(base)
                        f = spaced.font()
                        f.setWordSpacing(pending_space)
                        spaced.setFont(f)
                        cursor.insertText(text[:1], spaced)
                        text = text[1:]
                        pending_space = 0.0
                    cursor.insertText(text, base)
                    continue
                e = run.entry
                start = cursor.position() - block_start
                word = QTextCharFormat(base)
                if layout == "interlinear":
                    shown = self._fit_gloss(e, run.text, gloss_metrics, body_metrics, size)
                    self.shown[e.number] = shown
                    need = gloss_metrics.horizontalAdvance(shown) + self.pt(size * 0.4)
                    pending_space = max(0.0, need - body_metrics.horizontalAdvance(run.text))
                    word.setFontUnderline(False)
                else:
                    word.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    word.setFontUnderline(True)
                cursor.insertText(run.text, word)
                end = cursor.position() - block_start
                if e.number in self.marks:
                    mark = QTextCharFormat(base)
                    mark.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                    mark.setFontWeight(700)
                    mark.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
                    cursor.insertText(str(self.marks[e.number]), mark)
                    end = cursor.position() - block_start
                placed.setdefault(i, []).append((start, end, e))
        return self._line_slices(doc, gutter, band, kinds, placed, notes)

    def _fit_gloss(self, e: HandoutEntry, word: str, gloss_m, body_m, size: float) -> str:
        """The gloss over `word`, abbreviated so it takes little more room than the word."""
        from PySide6.QtCore import Qt

        room = body_m.horizontalAdvance(word) + self.pt(size * 0.9)
        shown = e.over_word
        if gloss_m.horizontalAdvance(shown) <= room:
            return shown
        return gloss_m.elidedText(shown, Qt.TextElideMode.ElideRight, room)

    def _line_slices(self, doc, gutter, band, kinds, placed, notes) -> list[Slice]:
        layout = doc.documentLayout()
        note_heights = note_block_heights(notes) if notes is not None else []
        gm = self._metrics("gloss")
        out: list[Slice] = []
        prev_bottom = 0.0
        line_no = 0
        block = doc.begin()
        b = 0
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            tl = block.layout()
            count = tl.lineCount()
            heading = kinds[b] in ("title", "heading", "subtitle")
            for k in range(count):
                line = tl.lineAt(k)
                top = rect.top() + line.y()
                bottom = top + line.ascent() + line.descent()
                y0 = top - band
                strip = Strip(doc, y0, bottom, x=gutter, block=block, line=k)
                if not heading:
                    line_no += 1
                    strip.line_number = line_no
                lo, hi = line.textStart(), line.textStart() + line.textLength()
                heights = []
                for start, end, e in placed.get(b, []):
                    if e.number in self.marks and lo <= end - 1 < hi:
                        strip.notes.append(self.marks[e.number] - 1)
                        heights.append(note_heights[self.marks[e.number] - 1])
                    if band and lo <= start < hi:
                        x = line.cursorToX(start)[0]
                        shown = self.shown.get(e.number, e.shown_gloss)
                        strip.glosses.append((x, top - band + gm.ascent(), shown))
                keep = heading or (k == 0 and count > 1) or (count > 2 and k == count - 2)
                out.append(Slice(bottom - y0, max(0.0, y0 - prev_bottom), keep, heights, strip))
                prev_bottom = bottom
            block = block.next()
            b += 1
        return out

    # -- the glossary table ------------------------------------------------------------------

    def glossary_slices(self) -> list[Slice]:
        opts = self.handout.options
        size = opts.font_size
        head = self.new_doc(self.width)
        from PySide6.QtGui import QTextCharFormat, QTextCursor

        cf = QTextCharFormat()
        cf.setFont(self.fonts["heading"])
        QTextCursor(head).insertText("Glossary", cf)
        hh = head.documentLayout().documentSize().height()
        out = [
            Slice(hh, self.pt(size * 1.2), True, payload=Strip(head, 0.0, hh)),
        ]
        header = ("#", "Word", "Lemma", "POS", "le/la", "Meaning")
        head_row = self._row_slice(header, bold=True, gap=self.pt(size * 0.4), keep=True)
        out.append(head_row)
        for e in self.handout.glossary_entries():
            meaning = e.shown_gloss + (f" — {e.note}" if e.note else "")
            cells = (str(e.number), e.word, e.lemma, e.pos_label, e.article, meaning)
            row = self._row_slice(cells)
            row.header = head_row  # repeated at the top of a page the table continues on
            out.append(row)
        return out

    def _row_slice(self, cells, bold: bool = False, gap: float = 0.0, keep: bool = False) -> Slice:
        from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextLength, QTextTableFormat

        widths = (6, 19, 19, 10, 8, 38)
        doc = self.new_doc(self.width)
        doc.setDefaultFont(self.fonts["note"])  # an empty cell's line is as tall as the others
        tf = QTextTableFormat()
        tf.setBorder(0)
        tf.setCellPadding(self.vpt(2))
        tf.setCellSpacing(0)
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        tf.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        cursor = QTextCursor(doc)
        table = cursor.insertTable(1, len(cells), tf)
        cf = QTextCharFormat()
        cf.setFont(self.fonts["note"])
        if bold:
            cf.setFontWeight(700)
        for col, text in enumerate(cells):
            cell_cursor = table.cellAt(0, col).firstCursorPosition()
            fmt = QTextCharFormat(cf)
            if col == 1 and not bold:
                fmt.setFontWeight(700)
            cell_cursor.insertText(text, fmt)
        h = doc.documentLayout().documentSize().height()
        return Slice(h, gap, keep, payload=Strip(doc, 0.0, h, rule_below=True))


def note_block_heights(doc) -> list[float]:
    """Height each note takes, spacing to the next one included (they are drawn as a strip)."""
    layout = doc.documentLayout()
    tops = []
    block = doc.begin()
    while block.isValid():
        tops.append(layout.blockBoundingRect(block))
        block = block.next()
    return [
        (tops[i + 1].top() if i + 1 < len(tops) else r.bottom()) - r.top()
        for i, r in enumerate(tops)
    ]
