"""Words > My progress…: words known over time (a line) and words looked up per day (bars),
drawn with QPainter. Left/Right (Home/End, PgUp/PgDn) walk the days; Escape closes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from . import workers

if TYPE_CHECKING:
    from ..core.progress import Day
    from ..core.session import ReadingSession

log = logging.getLogger(__name__)
KNOWN_COLOUR = QColor("#2e7d32")
KNOWN_COLOUR_DARK = QColor("#7bd47f")  # on a dark background (the dark theme)
LOOKUP_COLOUR = QColor("#e08a00")


class ProgressChart(QWidget):
    """Two charts over the same days; one day is current (keyboard and mouse)."""

    day_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.days: list[Day] = []
        self.current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Progress chart")

    def set_days(self, days: list[Day]) -> None:
        self.days = list(days)
        self.set_current(len(self.days) - 1)

    def set_current(self, index: int) -> None:
        if not self.days:
            self.current = -1
        else:
            self.current = max(0, min(index, len(self.days) - 1))
        self.update()
        self.day_changed.emit(self.current)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_PageUp: -7,
            Qt.Key.Key_PageDown: 7,
        }
        key = event.key()
        if key in steps and self.days:
            self.set_current(self.current + steps[key])
        elif key == Qt.Key.Key_Home and self.days:
            self.set_current(0)
        elif key == Qt.Key.Key_End and self.days:
            self.set_current(len(self.days) - 1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        plot = self._plot_rect(self._halves()[0])
        if self.days and plot.width() > 0:
            share = (event.position().x() - plot.left()) / plot.width()
            self.set_current(round(share * max(len(self.days) - 1, 1)))
        super().mousePressEvent(event)

    # -- drawing ------------------------------------------------------------------------

    def _halves(self) -> tuple[QRectF, QRectF]:
        r = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        top = QRectF(r.left(), r.top(), r.width(), r.height() * 0.55)
        bottom = QRectF(r.left(), top.bottom() + 8, r.width(), r.bottom() - top.bottom() - 8)
        return top, bottom

    def _plot_rect(self, area: QRectF) -> QRectF:
        return area.adjusted(48, 22, -12, -18)

    def _x(self, plot: QRectF, i: int) -> float:
        n = len(self.days)
        return plot.center().x() if n == 1 else plot.left() + plot.width() * i / (n - 1)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        if not self.days:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No progress to show yet.")
            return
        top, bottom = self._halves()
        self._line(p, top, text)
        self._bars(p, bottom, text)
        if self.hasFocus():
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 2)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _frame(self, p: QPainter, area: QRectF, title: str, top: int, text: QColor) -> QRectF:
        plot = self._plot_rect(area)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(text)
        p.drawText(QRectF(area.left(), area.top(), area.width(), 20), title)
        p.setFont(self.font())
        grid = QColor(text)
        grid.setAlpha(60)
        for value in (0, top):
            y = plot.bottom() - plot.height() * (value / top if top else 0)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            label = QRectF(area.left(), y - 9, 44, 18)
            p.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        first, last = self.days[0].day, self.days[-1].day
        row = QRectF(plot.left(), plot.bottom() + 2, plot.width(), 16)
        p.drawText(row, Qt.AlignmentFlag.AlignLeft, first)
        if last != first:
            p.drawText(row, Qt.AlignmentFlag.AlignRight, last)
        return plot

    def _cursor(self, p: QPainter, plot: QRectF, text: QColor) -> None:
        if self.current >= 0:
            colour = QColor(text)
            colour.setAlpha(110)
            x = self._x(plot, self.current)
            p.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))

    def _line(self, p: QPainter, area: QRectF, text: QColor) -> None:
        top = max(1, max(d.known for d in self.days))
        plot = self._frame(p, area, "Words known", top, text)
        path = QPainterPath()
        for i, day in enumerate(self.days):
            point = QPointF(self._x(plot, i), plot.bottom() - plot.height() * day.known / top)
            path.lineTo(point) if i else path.moveTo(point)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        colour = KNOWN_COLOUR_DARK if dark else KNOWN_COLOUR
        p.setPen(QPen(colour, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        if len(self.days) == 1:
            p.setBrush(colour)
            p.drawEllipse(path.currentPosition(), 4, 4)
        self._cursor(p, plot, text)

    def _bars(self, p: QPainter, area: QRectF, text: QColor) -> None:
        top = max(1, max(d.looked_up for d in self.days))
        plot = self._frame(p, area, "Words looked up per day", top, text)
        n = len(self.days)
        width = max(1.0, min(24.0, plot.width() / max(n, 1) * 0.7))
        p.setPen(Qt.PenStyle.NoPen)
        for i, day in enumerate(self.days):
            if day.looked_up:
                h = plot.height() * day.looked_up / top
                colour = LOOKUP_COLOUR.darker(130) if i == self.current else LOOKUP_COLOUR
                p.setBrush(colour)
                p.drawRect(QRectF(self._x(plot, i) - width / 2, plot.bottom() - h, width, h))
        self._cursor(p, plot, text)


class ProgressDialog(QDialog):
    """The chart, the summary sentence and the current day's figures."""

    def __init__(self, session: ReadingSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("My progress")
        self.session = session
        self.summary = QLabel(wordWrap=True, objectName="ProgressSummary")
        self.chart = ProgressChart(self)
        self.day_line = QLabel(objectName="ProgressDay")
        self.day_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel("Left/Right: day by day · PgUp/PgDn: a week · Home/End: first/last day")
        hint.setObjectName("ProgressHint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.chart, self.day_line, hint, buttons):
            layout.addWidget(widget)
        layout.setStretchFactor(self.chart, 1)
        self.chart.day_changed.connect(self._show_day)
        self.resize(640, 460)
        self._job: workers.JobHandle | None = None

    def refresh(self) -> workers.JobHandle | None:
        """Read the days from the store in the background."""
        statuses = self.session.statuses
        if statuses is None:
            self._set_days([], "Your word list could not be opened: no progress to show.")
            return None
        self.summary.setText("Reading your progress…")
        from datetime import date

        from ..core.progress import daily, summary

        def job(_reporter):
            days = daily(statuses, until=date.today())
            return days, summary(days)

        def failed(exc: BaseException) -> None:
            log.error("progress could not be read: %s", exc)
            self._set_days([], "Your progress could not be read from your word list.")

        if self._job is not None:
            self._job.cancel()
        self._job = workers.start(job, lambda r: self._set_days(*r), failed, name="progress")
        return self._job

    def _set_days(self, days: list[Day], text: str) -> None:
        self.summary.setText(text)
        self.chart.setAccessibleDescription(text)
        self.chart.set_days(days)
        self.chart.setFocus()

    def _show_day(self, index: int) -> None:
        if index < 0:
            self.day_line.setText("")
            return
        day = self.chart.days[index]
        words = "word" if day.looked_up == 1 else "words"
        self.day_line.setText(f"{day.day}: {day.known} known · {day.looked_up} {words} looked up")
        self.chart.setAccessibleName(f"Progress chart: {self.day_line.text()}")

    def done(self, result: int) -> None:  # noqa: D102 (Qt override)
        if self._job is not None:
            self._job.cancel()
        super().done(result)


def show_progress(session: ReadingSession, parent: QWidget) -> ProgressDialog:
    """Open (or bring back) the progress dialog with fresh figures."""
    dialog = parent.findChild(ProgressDialog)
    if dialog is None:
        dialog = ProgressDialog(session, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.refresh()
    return dialog
