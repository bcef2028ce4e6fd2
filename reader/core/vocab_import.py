"""Import words the learner already knows: a word list, a CSV, or an Anki export.

Anki packages (.apkg, .colpkg) are zip files holding a SQLite collection: the modern
`collection.anki21b` (zstd-compressed), else `collection.anki21`, else the legacy
`collection.anki2`. The first field of every note is taken as the word.
"""

from __future__ import annotations

import html
import logging
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable
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


@dataclass
class ImportReport:
    """What an import did: words read, lemmas newly marked known, words not understood."""

    source: str
    words_read: int = 0
    marked_known: list[str] = field(default_factory=list)
    already_known: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
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
        if self.estimate_before is not None and self.estimate_after is not None:
            text += f"; vocabulary estimate {self.estimate_before} -> {self.estimate_after}"
        return text


# -- reading files -----------------------------------------------------------------------


def read_word_list(path: Path | str) -> list[str]:
    """Words from a text file: one per line (or comma/tab separated); '#' starts a comment."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    words = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return words


def read_anki_words(path: Path | str) -> list[str]:
    """The first field of every note in an Anki .apkg/.colpkg, as plain text."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ReaderError(f"{path.name}: not an Anki package ({exc})") from exc
    with archive, tempfile.TemporaryDirectory(prefix="reader-anki-import-") as tmp:
        names = set(archive.namelist())
        for member in ("collection.anki21b", "collection.anki21", "collection.anki2"):
            if member in names:
                break
        else:
            raise ReaderError(f"{path.name}: no Anki collection inside")
        data = archive.read(member)
        if data.startswith(_ZSTD_MAGIC):
            data = _unzstd(data, path.name)
        db = Path(tmp) / "collection.sqlite"
        db.write_bytes(data)
        conn = sqlite3.connect(db)
        try:
            rows = conn.execute("SELECT flds FROM notes ORDER BY id").fetchall()
        except sqlite3.DatabaseError as exc:
            raise ReaderError(f"{path.name}: the Anki collection cannot be read ({exc})") from exc
        finally:
            conn.close()
    return [w for w in (note_text(flds.split("\x1f", 1)[0]) for (flds,) in rows) if w]


def _unzstd(data: bytes, name: str) -> bytes:
    try:
        import zstandard
    except ImportError as exc:
        raise ReaderError(f"{name}: needs the 'zstandard' package to read") from exc
    try:
        return zstandard.ZstdDecompressor().stream_reader(data).read()
    except zstandard.ZstdError as exc:
        raise ReaderError(f"{name}: damaged Anki collection ({exc})") from exc


def note_text(field_html: str) -> str:
    """A note field as plain text: no sounds, tags or entities; single spaces."""
    text = _SOUND.sub(" ", field_html)
    text = re.sub(r"<br\s*/?>|</div>|</p>", "\n", text, flags=re.IGNORECASE)
    text = html.unescape(_TAG.sub("", text))
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    return " ".join(first_line.split())


def read_words(path: Path | str) -> list[VocabItem]:
    """Items from a word list, a CSV (ours or any with a 'lemma' column) or an Anki export."""
    from .exporters.vocab_csv import is_vocab_csv, parse_csv

    path = Path(path)
    if not path.is_file():
        raise ReaderError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in ANKI_SUFFIXES:
        return [VocabItem(lemma=w, status="known") for w in read_anki_words(path)]
    if suffix in CSV_SUFFIXES:
        text = path.read_text(encoding="utf-8-sig")
        first = text.split("\n", 1)[0]
        import csv

        header = next(csv.reader([first]), [])
        if is_vocab_csv(header):
            return parse_csv(text, name=path.name)
    return [VocabItem(lemma=w, status="known") for w in read_word_list(path)]


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


def lemmas_from(words: Iterable[str], lexicon: Lexicon | None) -> tuple[list[str], list[str]]:
    """(lemmas in first-seen order without repeats, entries that gave no word)."""
    seen: dict[str, None] = {}
    skipped = []
    for raw in words:
        word = clean_word(raw)
        if not word or not any(c.isalpha() for c in word):
            skipped.append(raw)
            continue
        seen.setdefault(to_lemma(word, lexicon), None)
    return list(seen), skipped


# -- marking known -----------------------------------------------------------------------


def import_known(
    vocab: VocabList, path: Path | str, lexicon: Lexicon | None = None
) -> ImportReport:
    """Mark the words of `path` known (a CSV of ours restores its rows); undoable as one step."""
    path = Path(path)
    statuses = vocab.statuses
    report = ImportReport(source=path.name)
    if lexicon is not None:
        report.estimate_before = _estimate(statuses, lexicon)
    items = read_words(path)
    report.words_read = len(items)
    full_rows = [i for i in items if i.sentence or i.source or i.status != "known"]
    if full_rows:  # our own CSV export: bring back statuses and context as they were
        current = {i.lemma: i for i in vocab.items()}
        report.already_known = [i.lemma for i in items if _known(current.get(i.lemma))]
        report.marked_known = [
            i.lemma for i in items if i.status == "known" and not _known(current.get(i.lemma))
        ]
        vocab.add(items, label=f"import {path.name}:")
    else:
        lemmas, report.skipped = lemmas_from((i.lemma for i in items), lexicon)
        current = {i.lemma: i for i in vocab.items()}
        report.already_known = [lem for lem in lemmas if _known(current.get(lem))]
        report.marked_known = [lem for lem in lemmas if not _known(current.get(lem))]
        if report.marked_known:
            vocab.set_status(report.marked_known, "known")
    if lexicon is not None:
        report.estimate_after = _estimate(statuses, lexicon)
    return report


def _known(item: VocabItem | None) -> bool:
    return item is not None and item.status == "known"


def _estimate(statuses, lexicon: Lexicon) -> int | None:
    try:
        return int(statuses.estimate_vocab_size(lexicon))
    except Exception as exc:  # the estimate is a bonus; the import itself succeeded
        log.warning("vocabulary estimate unavailable: %s", exc)
        return None
