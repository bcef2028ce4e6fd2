"""The window's thread comes first: while it does heavy work, background work waits at its
next check point. The app's one policy for sharing the GIL with the window (the switch
interval is set next to it, in reader.app).

Why: the jobs (reading a file, importing and loading spaCy, analysing, counting topics)
and the window's thread share one GIL, which Python hands from thread to thread every
switch interval. Next to a job running Python, a turn of the event loop needing W ms of
Python got about half the GIL and took ~2W: bench_perf's book run had 3 gaps of 52-75 ms
at 4c525e5-14973c6, each a GUI turn of 21-28 ms of CPU (the window's first paint, the text
shown, the end of the book's highlights) next to a job (the importer's steps, spaCy's
import, the topic count).

How: the GUI thread marks its heavy turns (`turn()`): a job's result or part delivered to
the window, a repaint of the window. Background code calls `give_way()` at its check
points: each paragraph the analysis builds, each step of a long scan or import, and each
module a job imports for the first time (an audit hook, see `watch_imports`). There it
waits, the GIL released, until the turn ends. A turn is given way to for its first
MAX_WAIT_S only: a longer one is a stall already, and a GUI thread blocked on a job's lock
(or waiting for a job to finish) would otherwise slow that job at every check point; with
the bound a turn costs a job at most MAX_WAIT_S, and nothing can deadlock.

(Qt's event dispatcher signals, awake and aboutToBlock, do not bracket the handling of
events under the glib dispatcher that xcb uses: they came back to back, the events
handled outside them; hence the explicit turns.)

Nothing waits until `set_gui_thread()` is called (the app's start): the command line, the
benchmarks' bare pipelines and most tests run as before.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterator

MAX_WAIT_S = 0.1  # a GUI turn longer than this is waited for no more (see above)

_idle = threading.Event()
_idle.set()
_busy_since = 0.0  # time.monotonic() when the current turn began
_gui_thread: int | None = None  # never waits (its own check points, e.g. a look-up)
_depth = 0  # turns open on the GUI thread
_stats_lock = threading.Lock()
_stats = {"turns": 0, "waits": 0, "seconds": 0.0}
_watching = False


def set_gui_thread(ident: int | None = None) -> None:
    """The thread whose turns come first (default: the calling thread)."""
    global _gui_thread
    _gui_thread = threading.get_ident() if ident is None else ident


def busy() -> None:
    """The GUI thread begins a turn: background work waits at its check points."""
    global _busy_since
    _busy_since = time.monotonic()
    _idle.clear()


def idle() -> None:
    """The GUI thread's turn is over: background work goes on."""
    _idle.set()


def enter() -> bool:
    """Begin a turn of the GUI thread's (see `turn`); False, and nothing begun, on another
    thread or before set_gui_thread. Each True is matched by one `leave()`."""
    global _depth
    if _gui_thread is None or threading.get_ident() != _gui_thread:
        return False
    # A turn inside another (a delivery during the first show's turn) is given way to for
    # its own first MAX_WAIT_S: the clock starts again.
    busy()
    if not _depth:
        _stats["turns"] += 1  # the GUI thread's own count (no lock: one writer)
    _depth += 1
    return True


def leave() -> None:
    """End a turn `enter()` began (the outermost one's end lets background work go on)."""
    global _depth
    _depth = max(0, _depth - 1)
    if not _depth:
        idle()


@contextlib.contextmanager
def turn() -> Iterator[None]:
    """A heavy piece of the GUI thread's work: background work waits while it runs. Turns
    nest (the outermost one counts; each one starts the MAX_WAIT_S clock again); on any
    other thread, or before set_gui_thread, this does nothing."""
    if not enter():
        yield
        return
    try:
        yield
    finally:
        leave()


def is_busy() -> bool:
    """Whether the GUI thread is in a turn now."""
    return not _idle.is_set()


def give_way() -> None:
    """A check point of background work: while the GUI thread is in a turn (for the turn's
    first MAX_WAIT_S), wait for it to end, holding no GIL. At once otherwise, and always on
    the GUI thread itself."""
    if _idle.is_set() or threading.get_ident() == _gui_thread:
        return
    left = _busy_since + MAX_WAIT_S - time.monotonic()
    if left <= 0:
        return
    start = time.perf_counter()
    _idle.wait(left)
    waited = time.perf_counter() - start
    with _stats_lock:
        _stats["waits"] += 1
        _stats["seconds"] += waited


def stats() -> dict[str, float]:
    """The GUI thread's turns, how often background work gave way to them, and for how
    long in all (seconds)."""
    with _stats_lock:
        return dict(_stats)


def _on_audit(event: str, args: tuple) -> None:
    if event == "import":
        give_way()


def watch_imports() -> None:
    """Every first import of a module is a check point (once per process; an audit hook
    cannot be removed). A job importing spaCy runs ~1,000 modules' code, none of it ours:
    the hook is called before Python takes any import lock, so the GUI thread is never
    kept from importing while a job waits."""
    global _watching
    if _watching:
        return
    _watching = True
    sys.addaudithook(_on_audit)
