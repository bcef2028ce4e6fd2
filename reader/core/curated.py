"""Curated senses (assets/curated-glosses.tsv): false friends and reviewed first senses.

Written by hand from bilingual judgement, not derived from any dictionary: they lead a word's
senses so that a false friend (éventuel: "possible", not "eventual") or a dictionary's odd
first sense (répondre: "reduce the price") never comes first. One row per (lemma, POS,
gender): le livre (book) and la livre (pound) are two entries. The user's glosses still win.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import stamped_file

log = logging.getLogger(__name__)

FILENAME = "curated-glosses.tsv"
# Computing senses, chosen where the text is about computers (reader.core.topic).
TECHNICAL_FILENAME = "technical-glosses.tsv"
POS_TAGS = frozenset("NOUN VERB ADJ ADV ADP CCONJ SCONJ PRON DET INTJ NUM EXPR".split())
_POS_EQUIV = {"AUX": "VERB", "PROPN": "NOUN"}
_KEY_MAP = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u00a0": " "})


@dataclass(frozen=True, slots=True)
class CuratedEntry:
    """A hand-written entry: English senses best first, and why (e.g. "false friend")."""

    lemma: str
    pos: str
    gender: str  # 'm' | 'f' | ''
    senses: tuple[str, ...]
    note: str = ""

    @property
    def false_friend(self) -> bool:
        """True when the note warns of a false friend."""
        return self.note.startswith("false friend")


def _key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_KEY_MAP).lower()
    return " ".join(text.split())


# Senses are separated by ";" outside brackets: "upstream (en amont: upstream; beforehand)"
# is one sense with its note.
_SENSE_SEP = re.compile(r";(?![^()]*\))")


def parse_table(
    text: str, filename: str = FILENAME
) -> dict[tuple[str, str], tuple[CuratedEntry, ...]]:
    """(lemma, POS) -> entries from the TSV text; raises ValueError naming a bad line."""
    table: dict[tuple[str, str], list[CuratedEntry]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise ValueError(f"{filename} line {number}: expected 5 columns, got {len(cols)}")
        lemma, pos, gender, senses, note = (c.strip() for c in cols)
        parsed = tuple(s.strip() for s in _SENSE_SEP.split(senses) if s.strip())
        if not lemma or pos not in POS_TAGS or gender not in ("", "m", "f") or not parsed:
            raise ValueError(f"{filename} line {number}: bad row {line!r}")
        entry = CuratedEntry(_key(lemma), pos, gender, parsed, note)
        table.setdefault((entry.lemma, pos), []).append(entry)
    return {k: tuple(v) for k, v in table.items()}


Key = tuple[str, str]  # (lemma key, POS)
# A key's entries kept as one string until looked up: "gender\tsense\x1fsense\tnote" per
# entry, entries joined by "\n" (no field holds a tab or a newline: they are TSV fields).
# Plain strings load in a third of the time of the same rows as tuples, and the cyclic
# garbage collector never walks them.
_SEP = "\x1f"


class _Table:
    """The curated table, each key's entries made on its first look-up: a text looks up a
    few thousand of the ~19k keys, and making them all took as long as reading the table."""

    __slots__ = ("_rows", "_made")

    def __init__(self, rows: dict[str, str]) -> None:
        self._rows = rows  # "lemma key\tPOS" -> its entries, packed
        self._made: dict[Key, tuple[CuratedEntry, ...]] = {}

    def get(self, key: Key, default: tuple = ()) -> tuple[CuratedEntry, ...]:
        made = self._made.get(key)
        if made is None:
            packed = self._rows.get(f"{key[0]}\t{key[1]}")
            if packed is None:
                return default
            made = tuple(_unpack(key, row) for row in packed.split("\n"))
            self._made[key] = made  # two threads making it at once make equal entries
        return made

    def __len__(self) -> int:
        return len(self._rows)

    def values(self):
        for packed in self._rows:
            lemma, pos = packed.split("\t")
            yield self.get((lemma, pos))


def _unpack(key: Key, row: str) -> CuratedEntry:
    gender, senses, note = row.split("\t")
    return CuratedEntry(key[0], key[1], gender, tuple(senses.split(_SEP)), note)


def _pack(table: dict[Key, tuple[CuratedEntry, ...]]) -> dict[str, str] | None:
    """The table packed for _Table, or None when a field holds a separator (not packable)."""
    rows = {}
    for (lemma, pos), entries in table.items():
        packed = []
        for e in entries:
            fields = (lemma, e.gender, *e.senses, e.note)
            if any(c in f for f in fields for c in ("\t", "\n", _SEP)):
                return None
            packed.append(f"{e.gender}\t{_SEP.join(e.senses)}\t{e.note}")
        rows[f"{lemma}\t{pos}"] = "\n".join(packed)
    return rows


# The parsed table kept in the cache folder (parsing the TSV, ~19k rows, took 200-370 ms
# on the first screen's path: the window's first look-ups wait for it). The file holds
# marshal data behind a header naming its format, this Python's marshal, the TSV it was
# made from (size and SHA-256: read and hashed in ~2 ms; the modification time is left
# out, as a checkout rewrites an unchanged file) and the payload's SHA-256. A file that does
# not match in every point is ignored and rewritten; an unwritable folder leaves the table
# parsed each time, as before.
CACHE_FORMAT = 2  # 2: the header holds the payload's length (reader.core.stamped_file)
CACHE_NAME = "curated-glosses.marshal"


def cache_file() -> Path:
    """Where the parsed table is kept (raises OSError when the data folder is unusable)."""
    from .paths import cache_dir

    return cache_dir() / CACHE_NAME


def _source_stamp(data: bytes) -> tuple:
    return (CACHE_FORMAT, marshal.version, len(data), hashlib.sha256(data).digest())


def read_cache(path: Path, data: bytes) -> dict[str, str] | None:
    """The rows stored at `path` for the TSV `data`, or None if missing, stale or damaged."""
    payload = stamped_file.read(path, _source_stamp(data), "the curated table's cache")
    if payload is None:
        return None
    try:
        rows = marshal.loads(payload)
        if not isinstance(rows, dict):
            raise ValueError("not a table")
        return rows
    except Exception as exc:  # stale or damaged: the caller parses and rewrites it
        log.info("ignoring the curated table's cache %s: %s", path.name, exc)
        return None


def write_cache(path: Path, data: bytes, rows: dict[str, str]) -> bool:
    """Store `rows` (parsed from the TSV `data`) at `path` atomically; False if it cannot."""
    return stamped_file.write(
        path, marshal.dumps(rows), _source_stamp(data), "the curated table's cache"
    )


def load_table(source: Path, cache: Path | None) -> _Table | dict:
    """The table of the TSV at `source`, from `cache` when it holds this very TSV parsed,
    else parsed (and stored at `cache` when given and writable)."""
    data = source.read_bytes()
    rows = read_cache(cache, data) if cache is not None else None
    if rows is not None:
        return _Table(rows)
    table = parse_table(data.decode("utf-8"), source.name)
    rows = _pack(table)
    if rows is None:  # a field holds a separator: used as parsed
        return table
    if cache is not None:
        write_cache(cache, data, rows)
    return _Table(rows)


_table: _Table | dict[Key, tuple[CuratedEntry, ...]] | None = None
_technical: dict[Key, tuple[CuratedEntry, ...]] | None = None
_lock = threading.Lock()


def _load() -> _Table | dict[Key, tuple[CuratedEntry, ...]]:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                from .paths import asset

                try:
                    cache = cache_file()
                except OSError:  # no data folder: parsed each time
                    cache = None
                _table = load_table(asset(FILENAME), cache)
    return _table


def _load_technical() -> dict[tuple[str, str], tuple[CuratedEntry, ...]]:
    global _technical
    if _technical is None:
        with _lock:
            if _technical is None:
                from .paths import asset

                text = asset(TECHNICAL_FILENAME).read_text(encoding="utf-8")
                _technical = parse_table(text, TECHNICAL_FILENAME)
    return _technical


def technical_entries(lemma: str, pos: str) -> tuple[CuratedEntry, ...]:
    """The computing senses of (lemma, POS) (pilote: driver), for a text about computers."""
    if not lemma:
        return ()
    return _load_technical().get((_key(lemma), _POS_EQUIV.get(pos, pos)), ())


def curated_entries(lemma: str, pos: str) -> tuple[CuratedEntry, ...]:
    """Every curated entry for (lemma, POS), one per gender (le livre, la livre)."""
    if not lemma:
        return ()
    return _load().get((_key(lemma), _POS_EQUIV.get(pos, pos)), ())


def curated_entry(lemma: str, pos: str, gender: str = "") -> CuratedEntry | None:
    """The curated entry for (lemma, POS), of `gender` when given and known; else None."""
    entries = curated_entries(lemma, pos)
    if gender:
        for entry in entries:
            if entry.gender == gender:
                return entry
    return entries[0] if entries else None


def all_entries() -> list[CuratedEntry]:
    """Every curated entry (for reviews and benchmarks)."""
    return [e for entries in _load().values() for e in entries]
