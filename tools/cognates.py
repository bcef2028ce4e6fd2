"""English cognates: how close a French lemma's spelling is to one of its own English glosses.

Used by tools/build_lexicon.py to store a 0..1 `cognate` score per (lemma, POS). A French word
whose form is close to a common English word with the same meaning (invasion, diplomatie ->
diplomacy, agression -> aggression) is easier for an English speaker than its frequency says.
"Same meaning" comes from the shipped glossary: only the lemma's own English glosses count, so
false friends (librairie: bookshop) score 0.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import defaultdict
from pathlib import Path

from reader.core.edit_distance import edit_distance

# Regular French -> English spelling correspondences of learned vocabulary (suffixes first).
SUFFIXES = (
    ("ique", "ic"),
    ("iques", "ics"),
    ("isme", "ism"),
    ("iste", "ist"),
    ("aire", "ary"),
    ("oire", "ory"),
    ("eux", "ous"),
    ("euse", "ous"),
    ("ie", "y"),
    ("é", "y"),
    ("té", "ty"),
    ("if", "ive"),
    ("ive", "ive"),
    ("iser", "ize"),
    ("ifier", "ify"),
    ("er", "ate"),
    ("er", "e"),
    ("er", ""),
    ("ir", ""),
    ("re", "er"),
    ("eur", "or"),
    ("eur", "er"),
    ("ment", "ly"),
    ("el", "al"),
    ("elle", "al"),
    ("ance", "ance"),
    ("at", "ate"),
)
MIN_LENGTH = 4  # shorter words match English ones by chance
MIN_SIMILARITY = 0.7  # below this, not a cognate (score 0)
MIN_ENGLISH_ZIPF = 3.0  # the English word must be common (about once per million words)
MAX_SENSES = 3  # only the lemma's main senses
GLOSSARY_FILES = ("glossary-freedict.sqlite", "glossary-pivot.sqlite")
CURATED_FILE = "curated-glosses.tsv"  # hand-written senses: they replace the bundled ones
FALSE_FRIEND = "false friend"


def strip_accents(text: str) -> str:
    """Lower case without diacritics (é -> e, ç -> c, œ -> oe)."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def variants(lemma: str) -> set[str]:
    """The lemma and its regular English-looking respellings, without accents."""
    lemma = lemma.lower()
    out = {strip_accents(lemma)}
    for fr, en in SUFFIXES:
        if lemma.endswith(fr) and len(lemma) - len(fr) >= 3:
            out.add(strip_accents(lemma[: -len(fr)]) + en)
    return out


def similarity(lemma: str, english: str) -> float:
    """1 - normalised edit distance between the best respelling of `lemma` and `english`."""
    english = english.lower()
    best = 0.0
    for v in variants(lemma):
        dist = edit_distance(v, english)
        best = max(best, 1.0 - dist / max(len(v), len(english)))
    return best


def english_glosses(assets: Path) -> dict[tuple[str, str], list[str]]:
    """(lemma, POS) -> its single-word English glosses from the shipped glossary, main senses."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in GLOSSARY_FILES:
        path = assets / name
        if not path.is_file():
            continue
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        rows = conn.execute("SELECT key, pos, senses FROM entries ORDER BY rowid").fetchall()
        conn.close()
        for key, pos, senses in rows:
            for sense in json.loads(senses)[:MAX_SENSES]:
                for gloss in sense:
                    if gloss.isalpha() and gloss not in out[(key, pos)]:
                        out[(key, pos)].append(gloss)
    for (lemma, pos), (senses, note) in curated(assets / CURATED_FILE).items():
        # A curated entry wins, as in the glossary; a false friend is never a cognate.
        out[(lemma, pos)] = [] if FALSE_FRIEND in note else senses
    return dict(out)


def curated(path: Path) -> dict[tuple[str, str], tuple[list[str], str]]:
    """(lemma, POS) -> (single-word English glosses of its main senses, note)."""
    out: dict[tuple[str, str], tuple[list[str], str]] = {}
    if not path.is_file():
        return out
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 4 or cells[0] == "lemma":
            continue
        senses = [s.strip() for s in cells[3].split(";")][:MAX_SENSES]
        words = [w for s in senses for w in s.split(",") if w.strip().isalpha()]
        out[(cells[0], cells[1])] = ([w.strip() for w in words], cells[4] if len(cells) > 4 else "")
    return out


def cognate_score(lemma: str, glosses: list[str] | tuple[str, ...]) -> float:
    """0..1: similarity to the closest common English gloss (0 when none is close enough)."""
    if len(lemma) < MIN_LENGTH or not glosses:
        return 0.0
    import wordfreq

    best = 0.0
    for gloss in glosses:
        if len(gloss) < MIN_LENGTH or wordfreq.zipf_frequency(gloss, "en") < MIN_ENGLISH_ZIPF:
            continue
        best = max(best, similarity(lemma, gloss))
    return best if best >= MIN_SIMILARITY else 0.0
