"""Capped inflation for PDF streams: a decompression bomb stops at a budget, not at 4 GB.

pdfminer inflates every Flate stream in full with `zlib.decompress`. `capped_zlib()`
returns a stand-in for the `zlib` module that pdfminer's stream decoder uses: it inflates
with a limit, charged to a per-thread budget set by `budget()` around one import. Outside
an import (no budget) it behaves like zlib.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import ImportFailure

_local = threading.local()
_STEP = 4 * 1024 * 1024  # inflate in steps, charging each to the budget


class InflateLimit(ImportFailure):
    """The streams of a document would inflate beyond the budget."""


class _Budget:
    def __init__(self, total: int, label: str):
        self.left = total
        self.total = total
        self.label = label
        self.exceeded = False

    def charge(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            self.exceeded = True
        if self.exceeded:
            raise InflateLimit(
                f"{self.label} is too large: its compressed content unpacks to more than "
                f"{self.total // 1_000_000} MB (a decompression bomb or a huge document)."
            )


@contextmanager
def budget(total: int, label: str) -> Iterator[_Budget]:
    """Within this block, capped inflation on this thread may produce `total` bytes in all."""
    previous = getattr(_local, "budget", None)
    _local.budget = current = _Budget(total, label)
    try:
        yield current
    finally:
        _local.budget = previous


def _current() -> _Budget | None:
    return getattr(_local, "budget", None)


def check_budget() -> None:
    """Raise InflateLimit if this thread's budget was overrun (even if the error was swallowed)."""
    current = _current()
    if current is not None and current.exceeded:
        current.charge(0)


class _CappedDecompressor:
    def __init__(self, inner):
        self._inner = inner

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        limit = _current()
        if limit is None:
            return self._inner.decompress(data, max_length)
        if limit.exceeded:
            limit.charge(0)
        cap = limit.left + 1 if not max_length else min(max_length, limit.left + 1)
        out = self._inner.decompress(data, cap)
        limit.charge(len(out))
        return out

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


class _CappedZlib:
    """The subset of the zlib module pdfminer's stream decoder uses, with a budget."""

    error = zlib.error
    MAX_WBITS = zlib.MAX_WBITS

    def __getattr__(self, name: str):
        return getattr(zlib, name)

    @staticmethod
    def decompressobj(*args, **kwargs) -> _CappedDecompressor:
        return _CappedDecompressor(zlib.decompressobj(*args, **kwargs))

    @staticmethod
    def decompress(data: bytes, wbits: int = zlib.MAX_WBITS, bufsize: int = 0) -> bytes:
        limit = _current()
        if limit is None:
            return zlib.decompress(data, wbits)
        d = zlib.decompressobj(wbits)
        parts = []
        pending = data
        while True:
            limit.charge(0)
            piece = d.decompress(pending, _STEP)
            limit.charge(len(piece))
            parts.append(piece)
            pending = d.unconsumed_tail
            if d.eof or (not pending and len(piece) < _STEP):
                break
        if not d.eof:
            # As zlib.decompress does: a stream that stops early is an error (pdfminer then
            # salvages what it can with a decompressobj, also capped).
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return b"".join(parts)


def salvage(data: bytes) -> bytes:
    """What pdfminer's `decompress_corrupted` does (inflate a stream with a bad checksum),
    in linear time and within the budget (pdfminer's feeds one byte at a time and grows
    its result by concatenation: quadratic on a truncated bomb)."""
    d = _CAPPED.decompressobj()
    parts = []
    step = 64 * 1024
    for start in range(0, len(data), step):
        try:
            parts.append(d.decompress(data[start : start + step]))
            while d.unconsumed_tail:
                parts.append(d.decompress(d.unconsumed_tail))
        except zlib.error:
            if start + step < len(data) - 3:
                raise
            break
    return b"".join(parts)


_CAPPED = _CappedZlib()
_installed = False
_install_lock = threading.Lock()


def install_in_pdfminer() -> None:
    """Make pdfminer's stream decoder inflate through the capped zlib (once per process)."""
    global _installed
    with _install_lock:
        if _installed:
            return
        from pdfminer import pdftypes

        pdftypes.zlib = _CAPPED
        pdftypes.decompress_corrupted = salvage
        _installed = True
