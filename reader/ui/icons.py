"""Media icons drawn in the theme's text colour (the style's own are dark glyphs that all
but vanish on the dark theme)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

SHAPES = ("play", "pause", "stop", "previous", "next")
SIZE = 32  # drawn at this size; Qt scales it for the button


def media_icon(shape: str, colour: QColor, disabled: QColor) -> QIcon:
    """A play/pause/stop/previous/next icon: `colour` when enabled, `disabled` when not."""
    icon = QIcon()
    icon.addPixmap(_pixmap(shape, colour), QIcon.Mode.Normal)
    icon.addPixmap(_pixmap(shape, colour), QIcon.Mode.Active)
    icon.addPixmap(_pixmap(shape, disabled), QIcon.Mode.Disabled)
    return icon


def _pixmap(shape: str, colour: QColor) -> QPixmap:
    pix = QPixmap(SIZE, SIZE)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    s = SIZE
    if shape == "play":
        p.drawPolygon(_poly((0.3, 0.2), (0.8, 0.5), (0.3, 0.8)))
    elif shape == "pause":
        p.drawRect(QRectF(0.25 * s, 0.2 * s, 0.17 * s, 0.6 * s))
        p.drawRect(QRectF(0.58 * s, 0.2 * s, 0.17 * s, 0.6 * s))
    elif shape == "stop":
        p.drawRect(QRectF(0.25 * s, 0.25 * s, 0.5 * s, 0.5 * s))
    elif shape == "previous":
        p.drawRect(QRectF(0.2 * s, 0.25 * s, 0.1 * s, 0.5 * s))
        p.drawPolygon(_poly((0.8, 0.25), (0.32, 0.5), (0.8, 0.75)))
    elif shape == "next":
        p.drawPolygon(_poly((0.2, 0.25), (0.68, 0.5), (0.2, 0.75)))
        p.drawRect(QRectF(0.7 * s, 0.25 * s, 0.1 * s, 0.5 * s))
    p.end()
    return pix


def _poly(*points: tuple[float, float]) -> QPolygonF:
    return QPolygonF([QPointF(x * SIZE, y * SIZE) for x, y in points])
