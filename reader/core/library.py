"""The learner's library: every document opened, with its reading progress ("library" component).

One row per document text (the key survives renaming or moving the file): title, where it
came from (file or web address), its words and level, how far the learner read (the place
to reopen and the furthest point reached) and the share of its words they know. No Qt here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .store import Store
from .gui_turns import give_way

COMPONENT = "library"
MIGRATIONS = [
    """
    CREATE TABLE library (
        doc_key TEXT PRIMARY KEY,
        path TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        words INTEGER NOT NULL DEFAULT 0,
        level TEXT NOT NULL DEFAULT '',
        length INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        furthest INTEGER NOT NULL DEFAULT 0,
        known REAL NOT NULL DEFAULT 0,
        first_opened TEXT NOT NULL,
        last_opened TEXT NOT NULL
    )
    """,
]
_COLUMNS = (
    "doc_key",
    "path",
    "title",
    "source",
    "words",
    "level",
    "length",
    "position",
    "furthest",
    "known",
    "first_opened",
    "last_opened",
)
KNOWN_STATUSES = frozenset({"known", "ignored"})


def _normal(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def document_key(text: str) -> str:
    """A key for a document's text (same rule as the handouts': line ends normalised)."""
    return text_key(text)[0]


_KEY_STEP = 1 << 18  # characters encoded per call (a 4 MB book at once held the GIL ~10 ms)


def text_key(text: str) -> tuple[str, int]:
    """The document key of `text` and its length, line ends normalised (what `opened_key`
    records). A book's text is megabytes: the window computes this in a worker, encoded a
    step at a time, the window's turns first (reader.core.gui_turns)."""
    normal = _normal(text)
    digest = hashlib.sha256()
    for i in range(0, len(normal), _KEY_STEP):
        give_way()
        digest.update(normal[i : i + _KEY_STEP].encode("utf-8"))
    return digest.hexdigest()[:32], len(normal)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One document of the library."""

    doc_key: str
    path: str  # the file, '' for pasted text or a web page
    title: str
    source: str  # the file's name or the page's address
    words: int
    level: str  # the text's estimated level (A1..C2) or ''
    length: int  # characters
    position: int  # where the learner was (character offset)
    furthest: int  # the furthest point reached (character offset)
    known: float  # 0..1: share of the text's words the learner knows
    first_opened: str
    last_opened: str

    @property
    def percent_read(self) -> int:
        return round(100 * min(self.furthest, self.length) / self.length) if self.length else 0

    @property
    def percent_known(self) -> int:
        return round(100 * self.known)

    @property
    def reopenable(self) -> bool:
        """The file is still there (pasted texts and web pages are not kept)."""
        return bool(self.path) and Path(self.path).is_file()


def known_share(lemmas: Iterable[str], statuses: Mapping[str, str]) -> float:
    """Share of the word tokens (their lemmas) the learner marked known or ignored."""
    total = known = 0
    for lemma in lemmas:
        total += 1
        if statuses.get(lemma) in KNOWN_STATUSES:
            known += 1
    return known / total if total else 0.0


def known_share_counts(counts: Mapping[str, int], statuses: Mapping[str, str]) -> float:
    """`known_share` from {lemma: word tokens with it} (`Document.word_lemma_counts`): one
    step per distinct lemma, not per running word."""
    total = known = 0
    for lemma, count in counts.items():
        total += count
        if statuses.get(lemma) in KNOWN_STATUSES:
            known += count
    return known / total if total else 0.0


class Library:
    """The documents the learner opened, most recent first, in the user's Store."""

    def __init__(self, store: Store | None = None):
        self.store = store if store is not None else Store()
        self.store.ensure(COMPONENT, MIGRATIONS)

    def opened(
        self,
        text: str,
        *,
        path: str = "",
        title: str = "",
        source: str = "",
        words: int = 0,
        level: str = "",
    ) -> LibraryEntry:
        """Record that the learner opened this text now; returns its entry (place kept)."""
        key, length = text_key(text)
        return self.opened_key(
            key, length, path=path, title=title, source=source, words=words, level=level
        )

    def opened_key(
        self,
        key: str,
        length: int,
        *,
        path: str = "",
        title: str = "",
        source: str = "",
        words: int = 0,
        level: str = "",
    ) -> LibraryEntry:
        """`opened` for a text whose `text_key` is (key, length)."""
        stamp = _now()
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO library (doc_key, path, title, source, words, level, length, "
                "first_opened, last_opened) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(doc_key) DO UPDATE SET last_opened = excluded.last_opened, "
                "length = excluded.length, "
                "path = CASE WHEN excluded.path != '' THEN excluded.path ELSE path END, "
                "title = CASE WHEN excluded.title != '' THEN excluded.title ELSE title END, "
                "source = CASE WHEN excluded.source != '' THEN excluded.source ELSE source END, "
                "words = CASE WHEN excluded.words > 0 THEN excluded.words ELSE words END, "
                "level = CASE WHEN excluded.level != '' THEN excluded.level ELSE level END",
                (key, path, title, source, words, level, length, stamp, stamp),
            )
        entry = self.get(key)
        assert entry is not None
        return entry

    def update(
        self,
        doc_key: str,
        *,
        position: int | None = None,
        known: float | None = None,
        words: int | None = None,
        level: str | None = None,
    ) -> None:
        """Save the place (the furthest point only grows), the known share, words, level."""
        with self.store.transaction() as conn:
            if position is not None:
                conn.execute(
                    "UPDATE library SET position = max(0, min(?, length)), "
                    "furthest = max(furthest, min(?, length)) WHERE doc_key = ?",
                    (position, position, doc_key),
                )
            if known is not None:
                conn.execute(
                    "UPDATE library SET known = ? WHERE doc_key = ?",
                    (max(0.0, min(1.0, known)), doc_key),
                )
            if words is not None:
                conn.execute("UPDATE library SET words = ? WHERE doc_key = ?", (words, doc_key))
            if level is not None:
                conn.execute("UPDATE library SET level = ? WHERE doc_key = ?", (level, doc_key))

    def get(self, doc_key: str) -> LibraryEntry | None:
        rows = self.store.query(
            f"SELECT {', '.join(_COLUMNS)} FROM library WHERE doc_key = ?", (doc_key,)
        )
        return LibraryEntry(*rows[0]) if rows else None

    def entry_for_text(self, text: str) -> LibraryEntry | None:
        return self.get(document_key(text))

    def entries(self) -> list[LibraryEntry]:
        """Every document, the most recently opened first."""
        rows = self.store.query(
            f"SELECT {', '.join(_COLUMNS)} FROM library ORDER BY last_opened DESC, rowid DESC"
        )
        return [LibraryEntry(*row) for row in rows]

    def last(self) -> LibraryEntry | None:
        """The most recently opened document that can be reopened (its file still there)."""
        return next((e for e in self.entries() if e.reopenable), None)

    def remove(self, doc_key: str) -> bool:
        """Take a document off the library (the file itself is not touched)."""
        with self.store.transaction() as conn:
            return conn.execute("DELETE FROM library WHERE doc_key = ?", (doc_key,)).rowcount > 0
