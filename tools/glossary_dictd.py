"""Read dictd databases (`.index` + `.dict.dz`), as shipped by Debian's dict-freedict-* packages."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

_B64 = {
    c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}


def b64_number(s: str) -> int:
    """Decode dictd's base-64 offsets and lengths."""
    n = 0
    for c in s:
        n = n * 64 + _B64[c]
    return n


def find_file(src: Path, name: str, suffixes: tuple[str, ...]) -> Path:
    """The first existing `src/name+suffix` (plain or gzip-compressed copies)."""
    for suffix in suffixes:
        path = src / f"{name}{suffix}"
        if path.is_file():
            return path
    raise FileNotFoundError(f"{name}{suffixes[0]} not found in {src}")


class DictdDatabase:
    """One dictd database loaded in memory: headword -> list of article texts."""

    def __init__(self, src: Path, name: str):
        self.name = name
        index_path = find_file(src, name, (".index", ".index.gz"))
        dict_path = find_file(src, name, (".dict.dz", ".dict", ".dict.gz"))
        opener = gzip.open if dict_path.suffix in {".dz", ".gz"} else open
        with opener(dict_path, "rb") as fh:
            self._data = fh.read()
        opener = gzip.open if index_path.suffix == ".gz" else open
        with opener(index_path, "rt", encoding="utf-8") as fh:
            self._index = [line.rstrip("\n").split("\t")[:3] for line in fh if line.strip()]

    def article(self, offset: str, length: str) -> str:
        start = b64_number(offset)
        return self._data[start : start + b64_number(length)].decode("utf-8", "replace")

    def entries(self) -> Iterator[tuple[str, str]]:
        """(headword, article text) for every real entry (database metadata skipped)."""
        for head, offset, length in self._index:
            if head.startswith("00database") or head.startswith("00-database"):
                continue
            yield head, self.article(offset, length)

    def info(self) -> str:
        """The database's own description (copyright, edition)."""
        for head, offset, length in self._index:
            if head == "00databaseinfo":
                return self.article(offset, length)
        return ""
