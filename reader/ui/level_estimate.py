"""The learner's own words refine the level: a background estimate of their vocabulary
size (the slider's level as the prior), used for the highlights once there is enough."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.session import Change, ReadingSession
from . import workers
from .panels.article_panel import ArticlePanel

SETTLE_MS = 400  # look-ups and marks in a row give one estimate


class LevelEstimator(QObject):
    """Keeps the session's estimate up to date (in a worker) and shows it in the panel."""

    estimate_changed = Signal()

    def __init__(self, session: ReadingSession, panel: ArticlePanel, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.panel = session, panel
        self._job: workers.JobHandle | None = None
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.update_now)
        session.subscribe(self._session_changed)

    def _session_changed(self, change: Change) -> None:
        if change in (Change.STATUSES, Change.LOOKUPS):
            self._timer.start()  # estimate again once the learner pauses
        elif change is Change.LEVEL and self.session.level not in self.session.estimates:
            self.update_now()  # a new prior
        elif change is Change.ESTIMATE:
            self.panel.set_estimate(self.session.shown_estimate(), self.session.evidence_count)
        elif change is Change.STORE:
            self.update_now()

    def update_now(self) -> None:
        """Start the estimate in the background (it reads the store and fits a curve)."""
        self._timer.stop()
        if self.session.statuses is None:
            return
        if self._job is not None:
            self._job.cancel()
        session, level = self.session, self.session.level
        self._job = workers.start(
            lambda _rep: session.estimate(level),
            lambda result: self._done(level, result),
            name="estimate",
        )

    def cancel(self) -> None:
        """Stop any pending estimate (the window is closing)."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()

    def _done(self, level: str, result: tuple[int, int | None]) -> None:
        self.session.set_estimate(level, *result)
        self.estimate_changed.emit()
