"""Give the memory a finished part of the analysis freed back to the system.

glibc keeps freed blocks in its heaps for reuse: while a book is analysed, each part's
transient objects (spaCy's Docs and arrays, per-paragraph lists) leave 20-45 MB free but
still counted in the process's resident size. `malloc_trim(0)` returns those pages (2-15 ms
on a book's heap). Elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import sys
import threading

_lock = threading.Lock()
_trim = None  # the C function, False when there is none


def release_free_memory() -> bool:
    """Return freed heap memory to the system (glibc's malloc_trim); False when this C
    library has no such call."""
    global _trim
    with _lock:
        if _trim is None:
            _trim = _find_trim()
    if not _trim:
        return False
    _trim(0)
    return True


def _find_trim():
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # musl and others: no malloc_trim
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim
