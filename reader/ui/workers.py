"""Background jobs: a QRunnable runs a function; a dispatcher QObject on the GUI thread
delivers progress, partial results, the result or the error to callbacks.

Jobs never touch widgets: they receive a `Reporter` and return a value.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from ..core import gui_turns

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when its handle was cancelled."""


class _Signals(QObject):
    progress = Signal(int, int)
    partial = Signal(object)
    done = Signal(object)
    failed = Signal(object)


class Reporter:
    """What a running job may use: report progress or partial results, check cancel."""

    def __init__(self, signals: _Signals):
        self._signals = signals
        self.cancelled = False

    def progress(self, done: int, total: int) -> None:
        self.check()
        self._emit(self._signals.progress, int(done), int(total))

    def partial(self, value: Any) -> None:
        self.check()
        self._emit(self._signals.partial, value)

    def _emit(self, signal, *args) -> None:
        if not _emit(signal, *args):
            self.cancelled = True  # nobody is listening any more (the app has quit)
            raise Cancelled()

    def check(self) -> None:
        """Raise Cancelled if the job was cancelled."""
        if self.cancelled:
            raise Cancelled()


class JobHandle(QObject):
    """One background job; its callbacks run on the GUI thread."""

    def __init__(
        self,
        fn: Callable[[Reporter], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
        name: str = "job",
    ):
        super().__init__()
        self.name = name
        self.finished = False
        self._callbacks = (on_done, on_failed, on_progress, on_partial)
        self.signals = _Signals()
        self.reporter = Reporter(self.signals)
        self.signals.progress.connect(self._on_progress)
        self.signals.partial.connect(self._on_partial)
        self.signals.done.connect(self._on_done)
        self.signals.failed.connect(self._on_failed)
        self._runnable = _Runnable(fn, self.reporter, self.signals, name)

    def cancel(self) -> None:
        """Ask the job to stop; no callback runs after this."""
        self.reporter.cancelled = True

    @property
    def cancelled(self) -> bool:
        return self.reporter.cancelled

    # What a job hands over is a turn of the window's (gui_turns): the jobs wait meanwhile.
    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.cancelled and self._callbacks[2]:
            with gui_turns.turn():
                self._callbacks[2](done, total)

    @Slot(object)
    def _on_partial(self, value: object) -> None:
        if not self.cancelled and self._callbacks[3]:
            with gui_turns.turn():
                self._callbacks[3](value)

    @Slot(object)
    def _on_done(self, value: object) -> None:
        self.finished = True
        self._release()
        if not self.cancelled:
            with gui_turns.turn():
                self._callbacks[0](value)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.finished = True
        self._release()
        if self.cancelled or isinstance(exc, Cancelled):
            return
        if self._callbacks[1]:
            with gui_turns.turn():
                self._callbacks[1](exc)  # type: ignore[arg-type]
        else:
            log.error("background job %s failed: %r", self.name, exc)

    def _release(self) -> None:
        """Let the handle go in an event of its own, after the one delivering its result:
        dropped inside it, a handle nothing else held was deleted in the middle of Qt's
        call into it, and ~QObject read its freed Python side (a crash in 1 launch of 12
        under the benchmark, in PyDict_GetItem < Sbk_GetPyOverride < QObject::~QObject <
        SignalManager::qt_metacall)."""
        QTimer.singleShot(0, functools.partial(_running.discard, self))


class _Runnable(QRunnable):
    def __init__(self, fn, reporter: Reporter, signals: _Signals, name: str):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._reporter, self._signals, self._name = fn, reporter, signals, name

    def run(self) -> None:
        try:
            result = self._fn(self._reporter)
        except Cancelled as exc:
            _emit(self._signals.failed, exc)
        except Exception as exc:  # reported to the GUI thread, never lost
            if self._reporter.cancelled:
                return
            from ..core.errors import ReaderError

            if isinstance(exc, ReaderError):  # a refused file, a full disk: one line, no trace
                log.warning("%s: %s", self._name, exc)
            else:
                log.exception("background job %s failed", self._name)
            _emit(self._signals.failed, exc)
        else:
            _emit(self._signals.done, result)


def _emit(signal, *args) -> bool:
    """Emit from a worker; False when the receiving side is gone (the app quit while the
    job ran: Qt deleted the signals' object), which is not an error."""
    try:
        signal.emit(*args)
    except RuntimeError as exc:  # "Signal source has been deleted"
        log.debug("job result dropped after shutdown: %s", exc)
        return False
    return True


# Handles stay referenced until their job reports back.
_running: set[JobHandle] = set()


def start(
    fn: Callable[[Reporter], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_partial: Callable[[Any], None] | None = None,
    name: str = "job",
) -> JobHandle:
    """Run `fn(reporter)` on the thread pool; callbacks run on the GUI thread."""
    _watch_quit()
    handle = JobHandle(fn, on_done, on_failed, on_progress, on_partial, name)
    _running.add(handle)
    QThreadPool.globalInstance().start(handle._runnable)
    return handle


SHUTDOWN_WAIT_MS = 3000  # at quit, how long running jobs get to notice they are cancelled
_quit_watched: list[bool] = []


def _watch_quit() -> None:
    """Once: when the app quits, cancel every job and give them a moment to stop, so no
    job reports to objects Qt is deleting."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None or _quit_watched:
        return
    _quit_watched.append(True)
    app.aboutToQuit.connect(shutdown)


def shutdown(wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
    """Cancel every running job and wait up to `wait_ms` for the pool to be idle; True when
    it is (a job busy in one long call, e.g. loading spaCy, may outlast the wait)."""
    for handle in list(_running):
        handle.cancel()
    return QThreadPool.globalInstance().waitForDone(wait_ms)


def busy() -> bool:
    """Whether a pool thread is still running a job (cancelled or not)."""
    return QThreadPool.globalInstance().activeThreadCount() > 0


def running() -> list[JobHandle]:
    """Jobs started and not yet reported back."""
    return list(_running)


def give_the_window_first_turn() -> None:
    """The calling (GUI) thread's turns come first (reader.core.gui_turns): what jobs hand
    over is handled, and the window repainted, while they wait at their check points; and
    every module a job imports for the first time is one. Once, at the app's start."""
    gui_turns.set_gui_thread()
    gui_turns.watch_imports()
