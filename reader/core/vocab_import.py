"""Import words the learner already knows: a word list, a CSV, or an Anki export.

Anki packages (.apkg, .colpkg) are zip files holding a SQLite collection: the modern
`collection.anki21b` (zstd-compressed), else `collection.anki21`, else the legacy
`collection.anki2`. The first field of every note is taken as the word.
"""

from __future__ import annotations

import csv
import html
import logging
import re
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ReaderError
from .vocab_item import VocabItem

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .vocab import VocabList

log = logging.getLogger(__name__)
ANKI_SUFFIXES = (".apkg", ".colpkg")
CSV_SUFFIXES = (".csv", ".tsv")
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_TAG = re.compile(r"<[^>]*>")
_SOUND = re.compile(r"\[sound:[^\]]*\]")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_ARTICLE = re.compile(r"^(?:(?:le|la|les|un|une|des|se)\s+|[ls]')", re.IGNORECASE)
_SEPARATORS = re.compile(r"[,;/|\t=:]|\s[-–—]\s")


# A word-list file larger than this is not a word list (1.5 million lines of words).
MAX_IMPORT_BYTES = 30_000_000
# An entry longer than this is not a word or expression (a pasted paragraph, binary junk).
MAX_ENTRY_CHARS = 100
MAX_ANKI_COLLECTION_BYTES = 500_000_000
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    """What an import did: words read, lemmas newly marked known, words not understood."""

    source: str
    words_read: int = 0
    marked_known: list[str] = field(default_factory=list)
    already_known: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    refused: int = 0  # lines refused: control characters, NUL, far too long
    estimate_before: int | None = None
    estimate_after: int | None = None

    def summary(self) -> str:
        """One line for the status bar or the terminal."""
        text = (
            f"{self.source}: {self.words_read} words read, {len(self.marked_known)} newly "
            f"marked known, {len(self.already_known)} already known"
        )
        if self.skipped:
            text += f", {len(self.skipped)} skipped"
        if self.refused:
            text += (
                f", {self.refused} line{'s' if self.refused != 1 else ''} refused (control "
                f"characters or longer than {MAX_ENTRY_CHARS} characters)"
            )
        if self.estimate_before is not None and self.estimate_after is not None:
            text += f"; vocabulary estimate {self.estimate_before} -> {self.estimate_after}"
        return text


def acceptable(entry: str) -> bool:
    """Can this entry be a word or an expression? (no controls, NUL, surrogates; short)"""
    return len(entry) <= MAX_ENTRY_CHARS and not _BAD_CHARS.search(entry)


# -- reading files -----------------------------------------------------------------------


def read_text(path: Path | str) -> str:
    """A text file's content, its encoding detected as the document importers do."""
    from .importers.txt import decode_bytes

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ReaderError(
                f"{path.name} is too large for a word list ({size / 1e6:,.0f} MB; the limit "
                f"is {MAX_IMPORT_BYTES // 1_000_000} MB)."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc
    if not data:
        return ""
    text, _encoding = decode_bytes(data, f"“{path.name}”")
    return text


def read_word_list(path: Path | str) -> tuple[list[str], int]:
    """(entries, refused lines) of a text file: one per line; '#' starts a comment."""
    text = read_text(path)
    clean = not _BAD_CHARS.search(text)  # the usual case: only lengths to check
    words: list[str] = []
    refused = 0
    for line in text.splitlines():
        if "#" in line:
            line = line.split("#", 1)[0]
        line = line.strip()
        if not line:
            continue
        if len(line) <= MAX_ENTRY_CHARS and (clean or acceptable(line)):
            words.append(line)
        else:
            refused += 1
    return words, refused


def read_anki_words(path: Path | str) -> list[str]:
    """The first field of every note in an Anki .apkg/.colpkg, as plain text."""
    return _read_anki(path)[0]


def _read_anki(path: Path | str) -> tuple[list[str], int]:
    """(first fields of the notes, notes refused: no field, controls, too long)."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReaderError(f"{path.name}: not an Anki package (not a readable ZIP file)") from exc
    with archive, tempfile.TemporaryDirectory(prefix="reader-anki-import-") as tmp:
        names = set(archive.namelist())
        for member in ("collection.anki21b", "collection.anki21", "collection.anki2"):
            if member in names:
                break
        else:
            raise ReaderError(f"{path.name}: no Anki collection inside")
        if archive.getinfo(member).file_size > MAX_ANKI_COLLECTION_BYTES:
            raise ReaderError(f"{path.name}: the Anki collection is too large to import")
        try:
            with archive.open(member) as fh:
                data = fh.read(MAX_ANKI_COLLECTION_BYTES + 1)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
            raise ReaderError(f"{path.name}: damaged Anki package") from exc
        if data.startswith(_ZSTD_MAGIC):
            data = _unzstd(data, path.name)
        db = Path(tmp) / "collection.sqlite"
        db.write_bytes(data)
        conn = sqlite3.connect(db)
        try:
            rows = conn.execute("SELECT flds FROM notes ORDER BY id").fetchall()
        except sqlite3.Error as exc:
            raise ReaderError(f"{path.name}: the Anki collection cannot be read") from exc
        finally:
            conn.close()
    words: list[str] = []
    refused = 0
    for (flds,) in rows:
        if isinstance(flds, bytes):
            flds = flds.decode("utf-8", "replace")
        word = note_text(flds.split("\x1f", 1)[0]) if isinstance(flds, str) else ""
        if not word:
            if not isinstance(flds, str):
                refused += 1
            continue
        if acceptable(word):
            words.append(word)
        else:
            refused += 1
    return words, refused


def _unzstd(data: bytes, name: str) -> bytes:
    try:
        import zstandard
    except ImportError as exc:
        raise ReaderError(f"{name}: needs the 'zstandard' package to read") from exc
    try:
        out = zstandard.ZstdDecompressor().stream_reader(data).read(MAX_ANKI_COLLECTION_BYTES + 1)
    except zstandard.ZstdError as exc:
        raise ReaderError(f"{name}: damaged Anki collection") from exc
    if len(out) > MAX_ANKI_COLLECTION_BYTES:
        raise ReaderError(f"{name}: the Anki collection is too large to import")
    return out


def note_text(field_html: str) -> str:
    """A note field as plain text: no sounds, tags or entities; single spaces."""
    text = _SOUND.sub(" ", field_html)
    text = re.sub(r"<br\s*/?>|</div>|</p>", "\n", text, flags=re.IGNORECASE)
    text = html.unescape(_TAG.sub("", text))
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    return " ".join(first_line.split())


def read_words(path: Path | str) -> list[VocabItem]:
    """Items from a word list, a CSV (ours or any with a 'lemma' column) or an Anki export."""
    rows, words, _refused = read_entries(path)
    return rows if rows is not None else [VocabItem(lemma=w, status="known") for w in words]


def read_entries(path: Path | str) -> tuple[list[VocabItem] | None, list[str], int]:
    """(CSV rows or None, plain entries, refused lines) from a word list, CSV or Anki export."""
    from .exporters.vocab_csv import is_vocab_csv, parse_csv

    path = Path(path)
    if path.is_dir():
        raise ReaderError(f"{path}: is a folder, not a word list")
    if not path.is_file():
        raise ReaderError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in ANKI_SUFFIXES:
        words, refused = _read_anki(path)
        return None, words, refused
    if suffix in CSV_SUFFIXES:
        text = read_text(path)
        first = text.split("\n", 1)[0]
        header = next(csv.reader([first[:10_000]]), [])
        if is_vocab_csv(header):
            items = parse_csv(text, name=path.name)
            kept = [i for i in items if acceptable(i.lemma)]
            return kept, [], len(items) - len(kept)
    words, refused = read_word_list(path)
    return None, words, refused


# -- words to lemmas ---------------------------------------------------------------------


def clean_word(text: str) -> str:
    """The head word of a card or list entry: 'la maison (f), house' -> 'maison'."""
    text = text.replace("\u2019", "'")
    text = _PARENS.sub(" ", text)
    text = _SEPARATORS.split(text, 1)[0]
    text = " ".join(text.split()).strip(" .!?¡¿\"'«»")
    previous = None
    while previous != text:
        previous = text
        text = _ARTICLE.sub("", text, count=1).strip()
    return text.lower()


def to_lemma(word: str, lexicon: Lexicon | None) -> str:
    """The lemma of a cleaned word: itself if the lexicon knows it as one, else its likeliest."""
    if lexicon is None or " " in word:
        return word
    if lexicon.entry(word) is not None:
        return word
    candidates = lexicon.candidates(word)
    return candidates[0][0] if candidates else word


def lemmas_from(
    words: Iterable[str], lexicon: Lexicon | None, progress: Progress | None = None
) -> tuple[list[str], list[str]]:
    """(lemmas in first-seen order without repeats, entries that gave no word)."""
    words = list(words)
    seen: dict[str, None] = {}
    cleaned: dict[str, str] = {}  # repeated entries are looked up once
    skipped = []
    for n, raw in enumerate(words):
        if progress is not None and n % 20_000 == 0:
            progress(n, len(words))
        lemma = cleaned.get(raw)
        if lemma is None:
            word = clean_word(raw)
            if not word or not any(c.isalpha() for c in word):
                skipped.append(raw)
                continue
            lemma = cleaned[raw] = to_lemma(word, lexicon)
        seen.setdefault(lemma, None)
    return list(seen), skipped


# -- marking known -----------------------------------------------------------------------


def import_known(
    vocab: VocabList,
    path: Path | str,
    lexicon: Lexicon | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Mark the words of `path` known (a CSV of ours restores its rows); undoable as one step.

    `progress(done, total)` is called now and then (entries looked at); run it off the GUI
    thread: a long list takes seconds.
    """
    path = Path(path)
    statuses = vocab.statuses
    report = ImportReport(source=path.name)
    if lexicon is not None:
        report.estimate_before = _estimate(statuses, lexicon)
    rows, words, report.refused = read_entries(path)
    full_rows = rows is not None and any(
        i.sentence or i.source or i.status != "known" for i in rows
    )
    if rows is not None and not full_rows:
        words = [i.lemma for i in rows]
    items = rows or []
    report.words_read = len(items) if full_rows else len(words)
    if full_rows:  # our own CSV export: bring back statuses and context as they were
        current = {i.lemma: i for i in vocab.items()}
        report.already_known = [i.lemma for i in items if _known(current.get(i.lemma))]
        report.marked_known = [
            i.lemma for i in items if i.status == "known" and not _known(current.get(i.lemma))
        ]
        vocab.add(items, label=f"import {path.name}:")
    else:
        lemmas, report.skipped = lemmas_from(words, lexicon, progress)
        current = {i.lemma: i for i in vocab.items()}
        report.already_known = [lem for lem in lemmas if _known(current.get(lem))]
        report.marked_known = [lem for lem in lemmas if not _known(current.get(lem))]
        if report.marked_known:
            vocab.set_status(report.marked_known, "known")
    if lexicon is not None:
        report.estimate_after = _estimate(statuses, lexicon)
    if progress is not None:
        progress(report.words_read, report.words_read)
    return report


def _known(item: VocabItem | None) -> bool:
    return item is not None and item.status == "known"


def _estimate(statuses, lexicon: Lexicon) -> int | None:
    """The vocabulary estimate, or None (no evidence yet is not an error)."""
    try:
        value = statuses.estimate_vocab_size(lexicon)
    except Exception as exc:  # the estimate is a bonus; the import itself succeeded
        log.warning("vocabulary estimate unavailable: %s", exc)
        return None
    return int(value) if value is not None else None
