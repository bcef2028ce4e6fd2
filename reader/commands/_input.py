"""Reading the input of a command: a path (any importable format) or '-' for stdin."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.document import SourceText
from ..core.errors import ImportFailure


def read_source(path: str) -> SourceText:
    """Import `path` ('-' reads standard input) or raise ImportFailure with one clear line."""
    from ..core import importers

    if path == "-":
        data = sys.stdin.buffer.read()
        return importers.load_bytes(data, name="<stdin>")
    p = Path(path)
    if not p.exists():
        raise ImportFailure(f"{path}: no such file")
    if p.is_dir():
        raise ImportFailure(f"{path}: is a folder, not a file")
    return importers.load_path(p)
