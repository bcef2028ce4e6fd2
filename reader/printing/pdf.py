"""Handout -> PDF (vector, selectable text) or any paged device, with QtGui only."""

from __future__ import annotations

from pathlib import Path

from ..core.handout import Handout
from .layout import Composer, Composition, Strip, page_layout
from .paginate import paginate

PDF_RESOLUTION = 600


def write_pdf(handout: Handout, path: Path | str) -> int:
    """Write the handout to `path` as PDF; returns the number of pages."""
    from PySide6.QtGui import QPdfWriter

    from . import ensure_gui_app

    ensure_gui_app()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(handout.options.paper))
    writer.setTitle(handout.title or "Handout")
    writer.setCreator("French Reader")
    pages = paint_handout(handout, writer)
    del writer  # flushes and closes the file
    return pages


def paint_handout(handout: Handout, device) -> int:
    """Lay out and paint the handout on `device` (QPdfWriter or QPrinter); returns pages."""

    return paint_composition(compose(handout, device), device)


def paint_composition(comp: Composition, device) -> int:
    """Cut `comp` into pages and paint them on `device`; returns the number of pages."""
    from PySide6.QtGui import QPainter

    pages = paginate(comp.slices, comp.height, comp.note_separator)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting (is the output file writable?)")
    try:
        for n, page in enumerate(pages):
            if n:
                device.newPage()
            _paint_page(painter, comp, [comp.slices[i] for i in page], n + 1, len(pages))
    finally:
        painter.end()
    return len(pages)


def compose(handout: Handout, device) -> Composition:
    """The handout laid out for `device`'s paintable area."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    return Composer(handout, device, float(rect.width()), float(rect.height())).compose()


def _paint_page(painter, comp: Composition, slices, number: int, total: int) -> None:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor

    y = 0.0
    notes: list[int] = []
    grey = QColor("#777777")
    head = slices[0].header if slices else None
    if head is not None:
        _draw_strip(painter, head.payload, 0.0)
        _rule_below(painter, comp, head, 0.0)
        y = head.height
    for k, s in enumerate(slices):
        strip: Strip = s.payload
        y += s.gap if k else 0.0
        _draw_strip(painter, strip, y)
        base = y - strip.y0
        if strip.line_number and strip.line_number % 5 == 0:
            painter.setFont(comp.fonts["small"])
            painter.setPen(grey)
            r = QRectF(0, y, strip.x * 0.75, strip.y1 - strip.y0)
            painter.drawText(
                r,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                str(strip.line_number),
            )
        if strip.glosses:
            painter.setFont(comp.fonts["gloss"])
            painter.setPen(QColor("#1d2a5a"))
            fm = painter.fontMetrics()
            for x, baseline, text in strip.glosses:
                left = min(strip.x + x, comp.width - fm.horizontalAdvance(text))
                painter.drawText(QPointF(max(strip.x, left), base + baseline), text)
        _rule_below(painter, comp, s, y)
        notes += strip.notes
        y += s.height
    if notes and comp.notes is not None:
        _draw_notes(painter, comp, notes)
    painter.setFont(comp.fonts["small"])
    painter.setPen(grey)
    footer = QRectF(0, comp.height, comp.width, comp.footer_height)
    painter.drawText(
        footer, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, f"{number} / {total}"
    )
    if comp.legend:
        painter.drawText(
            footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, comp.legend
        )


def _rule_below(painter, comp: Composition, s, y: float) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QPen

    strip: Strip = s.payload
    if strip.rule_below:
        painter.setPen(QPen(QColor("#bbbbbb"), max(1.0, comp.width / 2400)))
        bottom = y + (strip.y1 - strip.y0) + (s.height - (strip.y1 - strip.y0)) * 0.4
        painter.drawLine(QPointF(0, bottom), QPointF(comp.width, bottom))


def _draw_strip(painter, strip: Strip, y: float) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    painter.save()
    painter.setPen(QColor("black"))
    painter.translate(strip.x, y - strip.y0)
    if strip.block is not None:
        # One line only: drawing the document clipped would still put the hidden
        # lines' text in the PDF, where copying and searching would find it.
        rect = strip.doc.documentLayout().blockBoundingRect(strip.block)
        strip.block.layout().lineAt(strip.line).draw(painter, rect.topLeft())
    else:
        width = strip.doc.textWidth()
        strip.doc.drawContents(painter, QRectF(0, strip.y0, width, strip.y1 - strip.y0))
    painter.restore()


def _draw_blocks(painter, doc, first: int, last: int, y: float) -> None:
    """Draw blocks first..last of `doc` with the top of `first` at `y`."""
    from PySide6.QtCore import QPointF

    layout = doc.documentLayout()
    top = layout.blockBoundingRect(doc.findBlockByNumber(first)).top()
    for n in range(first, last + 1):
        block = doc.findBlockByNumber(n)
        rect = layout.blockBoundingRect(block)
        # QTextLayout.draw adds the layout's own position in the document.
        at = QPointF(rect.left(), y + rect.top() - top) - block.layout().position()
        block.layout().draw(painter, at)


def _draw_notes(painter, comp: Composition, indices: list[int]) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QPen

    doc = comp.notes
    layout = doc.documentLayout()
    first = layout.blockBoundingRect(doc.findBlockByNumber(min(indices)))
    last = layout.blockBoundingRect(doc.findBlockByNumber(max(indices)))
    height = last.bottom() - first.top()
    top = comp.height - height
    painter.setPen(QPen(QColor("#888888"), max(1.0, comp.width / 2400)))
    rule_y = top - comp.note_separator * 0.5
    painter.drawLine(QPointF(0, rule_y), QPointF(comp.width * 0.3, rule_y))
    painter.setPen(QColor("black"))
    _draw_blocks(painter, doc, min(indices), max(indices), top)
