"""The window's status bar: one message line, a progress bar, the analysis's state."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar

from .analysis_status import AnalysisStatus


class StatusLine(QObject):
    """What the status bar says: the state of the work (`busy`, `idle`, `progress_to`) and
    passing notes (`flash`, shown for a few seconds over it)."""

    def __init__(self, bar: QStatusBar):
        super().__init__(bar)
        self.bar = bar
        self.progress = QProgressBar(maximumWidth=220, textVisible=False, maximumHeight=14)
        self.progress.hide()
        self.label = QLabel()  # never widens the window (a long message is cut)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.analysis = AnalysisStatus(self.label.setText, self)
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.progress)

    def busy(self, text: str) -> None:
        """Work without a known end: `text` and a moving bar."""
        self.label.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()

    def progress_to(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def idle(self, text: str) -> None:
        self.label.setText(text)
        self.progress.hide()

    def flash(self, text: str, ms: int = 4000) -> None:
        """A passing note (a word marked, a file saved) over the state for `ms`."""
        self.bar.showMessage(text, ms)
