"""What the status bar says while a text is analysed. The text is on screen (and can be
read) at once; while the language model loads, say so with the seconds it has taken, then
the analysis's progress; and measure the time from the text to its first highlights."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

LOADING = "Ready to read. Loading the French language model for the highlights… {seconds} s"


class AnalysisStatus(QObject):
    """Feeds `show(text)` with the analysis's state; times the first highlights."""

    def __init__(self, show: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.show = show
        self._started = 0.0
        self._loading = False
        self.first_highlights_s: float | None = None  # text shown -> first highlights
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._loading_message)

    def started(self, model_loaded: bool) -> None:
        """The text is on screen; its analysis starts (loading the model first if need be)."""
        self._started = time.perf_counter()
        self.first_highlights_s = None
        self._loading = not model_loaded
        if self._loading:
            self._loading_message()
            self._tick.start()
        else:
            self.show("Analysing…")

    def progress(self, percent: int, ahead: int | None = None) -> None:
        """`ahead`: where the screen is (percent of the text) when the analysis has not
        reached it yet: its highlights come when the analysis gets there."""
        self._loading = False
        self._tick.stop()
        if ahead is not None:
            self.show(f"Analysing… {percent}% — this page is highlighted at {ahead}%")
        else:
            self.show(f"Analysing… {percent}%")

    def highlighted(self) -> None:
        """Highlights are on screen (a first part or the whole text)."""
        self._loading = False
        self._tick.stop()
        if self.first_highlights_s is None and self._started:
            self.first_highlights_s = time.perf_counter() - self._started
            log.info("first highlights %.2f s after the text was shown", self.first_highlights_s)

    def stop(self) -> None:
        self._loading = False
        self._tick.stop()

    def _loading_message(self) -> None:
        if self._loading:
            self.show(LOADING.format(seconds=round(time.perf_counter() - self._started)))
