"""Worksheets -> PDF with QtGui. The vocabulary sheet is laid out like the handout's glossary
(rows never cut, the header row repeated on each page); the cloze text is Qt's layout of the
worksheet's HTML, with the answer key on a page of its own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..core.handout import Handout
from .layout import SERIF, Composer, Composition, Strip, page_layout
from .paginate import Slice

PDF_RESOLUTION = 600
VOCAB_HEADER = ("#", "Word", "Grammar", "Meaning", "In the text", "Level")
VOCAB_WIDTHS = (5, 17, 13, 18, 40, 7)


def write_worksheet_pdf(handout: Handout, kind: str, path: Path | str) -> int:
    """Write the worksheet `kind` ('vocabulary' or 'cloze') to `path`; returns the pages."""
    from PySide6.QtGui import QPdfWriter

    from ..core.exporters.worksheet_html import TITLES
    from . import ensure_gui_app

    if kind not in TITLES:
        raise ValueError(f"unknown worksheet {kind!r} (choose vocabulary or cloze)")
    ensure_gui_app()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(handout.options.paper))
    writer.setTitle(f"{TITLES[kind]} — {handout.title}")
    writer.setCreator("French Reader")
    if kind == "vocabulary":
        pages = _vocabulary(handout, writer)
    else:
        pages = _cloze(handout, writer)
    del writer  # flushes and closes the file
    return pages


def _vocabulary(handout: Handout, device) -> int:
    from ..core.exporters.worksheet_html import TITLES
    from ..core.worksheet import vocabulary_rows
    from .pdf import paint_composition

    title = f"{TITLES['vocabulary']} — {handout.title}" if handout.title else "Vocabulary"
    sheet = Handout(handout.document, [], replace(handout.options, title=title))
    rect = device.pageLayout().paintRectPixels(device.resolution())
    composer = Composer(sheet, device, float(rect.width()), float(rect.height()))
    size = handout.options.font_size
    slices = composer.header_slices()
    head = _row(composer, [[(t, True)] for t in VOCAB_HEADER], composer.pt(size * 0.4))
    slices.append(head)
    for r in vocabulary_rows(handout):
        cells = [
            [(str(r.number), False)],
            [(r.headword, True)],
            [(r.grammar, False)],
            [(r.gloss, False)],
            [(r.before, False), (r.word, True), (r.after, False)],
            [(r.level, False)],
        ]
        row = _row(composer, cells)
        row.header = head
        slices.append(row)
    footer = composer._metrics("small").height() * 2.2
    comp = Composition(
        slices,
        None,
        composer.width,
        composer.height - footer,
        composer.fonts,
        footer,
        0.0,
        legend=handout.legend,
    )
    return paint_composition(comp, device)


def _row(composer: Composer, cells, gap: float = 0.0) -> Slice:
    """One table row as an unbreakable slice; cells are lists of (text, bold) pieces."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextLength, QTextTableFormat

    doc = composer.new_doc(composer.width)
    doc.setDefaultFont(composer.fonts["note"])  # an empty cell's line is as tall as the others
    tf = QTextTableFormat()
    tf.setBorder(0)
    tf.setCellPadding(composer.vpt(2.5))
    tf.setCellSpacing(0)
    tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    tf.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in VOCAB_WIDTHS]
    )
    table = QTextCursor(doc).insertTable(1, len(cells), tf)
    for col, pieces in enumerate(cells):
        cursor = table.cellAt(0, col).firstCursorPosition()
        for text, bold in pieces:
            fmt = QTextCharFormat()
            fmt.setFont(composer.fonts["note"])
            if bold:
                fmt.setFontWeight(700)
            cursor.insertText(text, fmt)
    h = doc.documentLayout().documentSize().height()
    return Slice(h, gap, gap > 0, payload=Strip(doc, 0.0, h, rule_below=True))


def _cloze(handout: Handout, device) -> int:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QTextDocument

    from ..core.exporters.worksheet_html import render_worksheet_html

    doc = QTextDocument()
    font = QFont()
    font.setFamilies(SERIF)
    font.setPointSizeF(handout.options.font_size)
    doc.setDefaultFont(font)
    doc.setHtml(render_worksheet_html(handout, "cloze", for_qt=True))
    rect = device.pageLayout().paintRectPoints()
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    pages = doc.pageCount()
    doc.print_(device)
    return pages
