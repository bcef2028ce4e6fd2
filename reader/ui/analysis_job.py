"""The analysis of the text on screen, in a worker: each part goes back to the session on the
GUI thread, the progress to the status line; one job at a time."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..core.document import SourceText
from ..core.session import AnalysisResult, ReadingSession
from . import messages, workers
from .status_line import StatusLine

log = logging.getLogger(__name__)


class AnalysisJob(QObject):
    """Runs `session.analyse` on the text the session shows; a new start cancels the last."""

    part_shown = Signal()  # a part of a large document is highlighted (the rest follows)
    finished = Signal()  # words, highlights and the panel are ready

    def __init__(self, session: ReadingSession, status: StatusLine, parent: QWidget):
        super().__init__(parent)
        self.session, self.status = session, status
        self._job: workers.JobHandle | None = None
        self._pending = 0  # counts starts and cancels (see start)

    def start(
        self, source: SourceText, after: Callable[[Callable[[], None]], None] | None = None
    ) -> None:
        """Analyse `source` (the session has just begun it) in the background. With `after`
        (e.g. the window's after_paint), the work starts once `after` calls back, unless
        cancelled or another start came meanwhile; the status line says at once that it is
        coming."""
        self.cancel()
        self.status.busy("")
        self.status.analysis.started(self.session.model_loaded)
        ticket = self._pending

        def go() -> None:
            if ticket == self._pending and self.session.source is source:
                self._run(source)

        if after is None:
            go()
        else:
            after(go)

    def _run(self, source: SourceText) -> None:
        self.cancel()
        session = self.session
        self._job = workers.start(
            lambda rep: session.analyse(source, rep.progress, rep.partial, rep.check),
            self._done,
            self._failed,
            on_progress=self._progress,
            on_partial=self._partial,
            name="analysis",
        )

    def cancel(self) -> None:
        self._pending += 1  # a start waiting for `after` will not come
        if self._job is not None:
            self._job.cancel()

    def _progress(self, done: int, total: int) -> None:
        view = getattr(self.parent(), "view", None)
        top = view.top_offset() if view is not None and view.text else 0
        # the reader went ahead of the analysis (the book's bar): say when highlights come
        ahead = 100 * top // max(1, total) if top > done else None
        self.status.analysis.progress(100 * done // max(1, total), ahead)
        self.status.progress_to(done, total)

    def _partial(self, result: AnalysisResult) -> None:
        """A first part of a large document: highlight it while the rest is analysed."""
        self.session.accept(result)
        self.part_shown.emit()

    def _done(self, result: AnalysisResult) -> None:
        self.session.accept(result)
        self.status.analysis.stop()
        notes = "; ".join(result.notes)
        unavailable = " — word statuses unavailable" if self.session.store_error else ""
        notes = f" — {notes}" if notes else ""
        self.status.idle(f"{result.word_count:,} words{notes}{unavailable}")
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        log.error("analysis failed: %r", exc)
        self.status.analysis.stop()
        self.status.idle("Analysis failed")
        text = str(exc) or type(exc).__name__
        messages.error(self.parent(), "The text could not be analysed", text)
