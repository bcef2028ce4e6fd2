"""Curated senses (assets/curated-glosses.tsv): false friends and reviewed first senses.

Written by hand from bilingual judgement, not derived from any dictionary: they lead a word's
senses so that a false friend (éventuel: "possible", not "eventual") or a dictionary's odd
first sense (répondre: "reduce the price") never comes first. One row per (lemma, POS,
gender): le livre (book) and la livre (pound) are two entries. The user's glosses still win.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

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


_table: dict[tuple[str, str], tuple[CuratedEntry, ...]] | None = None
_technical: dict[tuple[str, str], tuple[CuratedEntry, ...]] | None = None
_lock = threading.Lock()


def _load() -> dict[tuple[str, str], tuple[CuratedEntry, ...]]:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                from .paths import asset

                _table = parse_table(asset(FILENAME).read_text(encoding="utf-8"))
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
