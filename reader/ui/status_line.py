"""The window's status bar: one message line, a progress bar, the analysis's state."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStatusBar,
    QStyle,
    QStyleOptionProgressBar,
)

from .analysis_status import AnalysisStatus

BUSY_FPS = 8  # frames a second of the bar's "busy" motion
BUSY_STEPS = 24  # positions of the moving block, there and back (3 s at BUSY_FPS)
BUSY_SHARE = 0.3  # the block's width, as a share of the bar's


class ProgressBar(QProgressBar):
    """Qt's progress bar, whose "busy" state (work without a known end) moves BUSY_FPS
    frames a second, drawn here: the style's own motion ran at ~60 frames a second, and
    each frame repaints the window, a turn of the GUI thread's that the jobs wait for
    (reader.core.gui_turns). While a book's model loaded that was ~140 repaints, the first
    highlights 0.4-0.6 s later."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._busy = False
        self._step = 0
        self._frames = QTimer(self, interval=1000 // BUSY_FPS)
        self._frames.timeout.connect(self._next_frame)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """Busy: a block moving to and fro; otherwise the value between minimum and
        maximum, as Qt draws it."""
        if busy == self._busy:
            return
        self._busy = busy
        self._step = 0
        if busy:
            self.setRange(0, 1)  # determinate: the style does not animate it
            self.setValue(0)
            self._frames.start()
        else:
            self._frames.stop()
        self.update()

    def _next_frame(self) -> None:
        if self.isVisible():
            self._step = (self._step + 1) % BUSY_STEPS
            self.update()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._frames.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._busy:
            self._frames.start()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self._busy:
            super().paintEvent(event)
            return
        option = QStyleOptionProgressBar()
        self.initStyleOption(option)
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_ProgressBarGroove, option, painter, self)
        inner = self.rect().adjusted(2, 2, -2, -2)
        width = max(4, int(inner.width() * BUSY_SHARE))
        half = BUSY_STEPS // 2
        there = self._step if self._step <= half else BUSY_STEPS - self._step
        x = inner.left() + (inner.width() - width) * there // half
        painter.fillRect(QRect(x, inner.top(), width, inner.height()), self.palette().highlight())
        painter.end()


class StatusLine(QObject):
    """What the status bar says: the state of the work (`busy`, `idle`, `progress_to`) and
    passing notes (`flash`, shown for a few seconds over it)."""

    def __init__(self, bar: QStatusBar):
        super().__init__(bar)
        self.bar = bar
        self.progress = ProgressBar(maximumWidth=220, textVisible=False, maximumHeight=14)
        self.progress.hide()
        self.label = QLabel()  # never widens the window (a long message is cut)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.analysis = AnalysisStatus(self.label.setText, self)
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.progress)

    def busy(self, text: str) -> None:
        """Work without a known end: `text` and a moving bar."""
        self.label.setText(text)
        self.progress.set_busy(True)
        self.progress.show()

    def progress_to(self, done: int, total: int) -> None:
        self.progress.set_busy(False)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def idle(self, text: str) -> None:
        self.label.setText(text)
        self.progress.set_busy(False)
        self.progress.hide()

    def flash(self, text: str, ms: int = 4000) -> None:
        """A passing note (a word marked, a file saved) over the state for `ms`."""
        self.bar.showMessage(text, ms)
