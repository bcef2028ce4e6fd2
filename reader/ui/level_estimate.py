"""The learner's own words refine the level: a background estimate of their vocabulary
size (the slider's level as the prior), used for the highlights once there is enough."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from . import workers

SETTLE_MS = 400  # look-ups and marks in a row give one estimate


class LevelEstimator(QObject):
    """Keeps Services.estimates up to date and re-colours when the estimate moves."""

    estimate_changed = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self._job: workers.JobHandle | None = None
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.update_now)

    @property
    def services(self):
        return self.w.services

    def schedule(self) -> None:
        """The evidence changed: estimate again once the learner pauses."""
        self._timer.start()

    def level_changed(self, level: str) -> None:
        """A new prior: estimate for it unless already known."""
        if level not in self.services.estimates:
            self.update_now()

    def update_now(self) -> None:
        """Start the estimate in the background (it reads the store and fits a curve)."""
        self._timer.stop()
        if self.services.statuses is None:
            return
        if self._job is not None:
            self._job.cancel()
        level, services = self.w.level.value(), self.services
        self._job = workers.start(
            lambda _rep: services.estimate(level),
            lambda result: self._done(level, result),
            name="estimate",
        )

    def cancel(self) -> None:
        """Stop any pending estimate (the window is closing)."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()

    def set_enabled(self, enabled: bool) -> None:
        """Switch between the estimate and the plain level for the highlights."""
        self.services.use_evidence = enabled
        self._show()
        self.w.words.relevel()

    def _done(self, level: str, result: tuple[int, int | None]) -> None:
        count, size = result
        self.services.evidence_count = count
        self.services.estimates = {level: size} if size else {}
        self._show()
        current = self.w.result.assessment if self.w.result is not None else None
        wanted = self.services.learner(self.w.level.value())
        if current is not None and current.learner != wanted:
            self.w.words.relevel()
        self.estimate_changed.emit()

    def _show(self) -> None:
        services = self.services
        size = services.estimates.get(self.w.level.value()) if services.use_evidence else None
        self.w.panel.set_estimate(size, services.evidence_count)
