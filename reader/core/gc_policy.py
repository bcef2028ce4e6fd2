"""The app's one garbage-collection policy: what the cyclic collector may walk, and when.

Why: a full (generation 2) collection walks every tracked object holding the GIL, and while
it runs the window's thread cannot run Python (no event loop: a stall). The app holds two
big sets of long-lived objects: the spaCy model (~470k objects, loaded once) and the open
document (a book is a million tokens and assessments, built part by part in a worker).
Reference counting frees nearly everything the app drops (a closed document, a replaced
assessment hold no cycles), so the collector has little to find and much to walk.

What:
- `paused()`: no automatic collections while the model loads; what was loaded is then frozen
  (`gc.freeze`: left out of every later collection). Importing spaCy and loading the model
  make ~400k objects; each full collection on the way walked them all (27-98 ms measured),
  and srsly, which switches the collector off around each msgpack read and back on after,
  left tens of thousands of new objects for one long young collection (107 ms). A zero
  threshold stops automatic collections even when srsly switches the collector back on.
- `analysing()`: no full collections while a document is analysed (the young generations
  are collected as usual); what was built is frozen on leaving (the document about to be
  shown: no full collection walks it before the window keeps it), and the thresholds come
  back when the last analysis ends. Between two
  parts of a book, everything the part built was in generation 2 and a full collection
  walked it (58 ms near the end of a 500k-word book, on a busy machine), finding nothing
  (60k words analysed: 0 objects collected by full collections, 516 by young ones).
- `keep()`: what the session now shows lives as long as the document, so it leaves the
  collector's sight (frozen as each part and each re-colouring arrives: a 100k-word book
  frozen only once complete stalled 622 ms while loading and 203 ms on level changes;
  frozen at each part, 76-78 ms and 61-112 ms). Nothing is ever unfrozen: `gc.unfreeze()`
  would hand the collector back the model too, and the next full collection would walk it
  (~170 ms measured while a book loads); a closed document is freed by reference counting.

The two contexts nest and may overlap from different threads (the model's preload next to
an analysis); the thresholds in force follow from what is active, and the ones found before
the first came back after the last. When collections were off already (a zero threshold set
by someone else), nothing is changed.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

NO_FULL = 1 << 30  # a generation-2 threshold never reached (young collections go on)

_lock = threading.Lock()
_found: tuple[int, ...] | None = None  # the thresholds before the first active context
_pauses = 0
_analyses = 0


def _enter(kind: str) -> bool:
    """Count a context in; False when collections are someone else's business."""
    global _found, _pauses, _analyses
    with _lock:
        if _found is None:
            thresholds = gc.get_threshold()
            if not thresholds[0]:  # collections are off already: someone else manages them
                return False
            _found = thresholds
        if kind == "pause":
            _pauses += 1
        else:
            _analyses += 1
        _apply()
        return True


def _leave(kind: str) -> None:
    global _pauses, _analyses
    with _lock:
        if kind == "pause":
            _pauses -= 1
        else:
            _analyses -= 1
        gc.freeze()
        _apply()


def _apply() -> None:
    global _found
    if _found is None:
        return
    if _pauses:
        gc.set_threshold(0)
    elif _analyses:
        gc.set_threshold(_found[0], *(_found[1:2] or (10,)), NO_FULL)
    else:
        gc.set_threshold(*_found)
        _found = None


@contextlib.contextmanager
def _scope(kind: str) -> Iterator[None]:
    if not _enter(kind):
        yield
        return
    try:
        yield
    finally:
        _leave(kind)


def paused() -> contextlib.AbstractContextManager[None]:
    """No automatic collections inside; what exists on leaving is frozen."""
    return _scope("pause")


def analysing() -> contextlib.AbstractContextManager[None]:
    """No full collections inside (young ones as usual); what exists on leaving is frozen."""
    return _scope("analysis")


def keep() -> None:
    """Everything alive now (the document shown, the model) leaves the collector's sight."""
    gc.freeze()
