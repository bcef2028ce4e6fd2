"""Freed memory given back to the system (glibc's malloc_trim), or nothing elsewhere."""

from __future__ import annotations

import sys

from reader.core import memory


def test_freed_memory_is_returned_on_glibc(monkeypatch):
    monkeypatch.setattr(memory, "_trim", None)
    assert memory.release_free_memory() is sys.platform.startswith("linux")


def test_without_malloc_trim_nothing_happens(monkeypatch):
    monkeypatch.setattr(memory, "_trim", None)
    monkeypatch.setattr(memory.sys, "platform", "darwin")
    assert memory.release_free_memory() is False
    assert memory._trim is False  # looked for once
