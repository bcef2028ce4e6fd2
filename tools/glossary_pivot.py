"""The approximate pivot: French -> German (WikDict) -> English (Ding), voted."""

from __future__ import annotations

import re
from collections import defaultdict

from glossary_dictd import DictdDatabase
from glossary_parse import Article, DingTranslation, parse_ding
from glossary_rank import cognate, english_zipf

MAX_SENSES = 6
MAX_GERMAN = 4
MAX_GLOSSES = 4
MIN_ZIPF = 2.0


class Ding:
    """Ding deu-eng with a lower-cased key index; articles parsed on demand."""

    def __init__(self, db: DictdDatabase):
        self.db = db
        self.index: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for head, offset, length in db._index:
            self.index[head.lower()].append((offset, length))
        self._cache: dict[str, list[DingTranslation]] = {}

    def translations(self, german: str) -> list[DingTranslation]:
        key = german.lower()
        if key not in self._cache:
            out: list[DingTranslation] = []
            for offset, length in self.index.get(key, ()):
                text = self.db.article(offset, length)
                # Only articles whose headword is this German word (the index also lists words
                # found inside longer headwords).
                head = text.split("\n", 1)[0].split(" /")[0].split(" <")[0].strip().lower()
                if head == key:
                    out.extend(parse_ding(text))
            self._cache[key] = out
        return self._cache[key]


def _german_keys(word: str) -> list[str]:
    w = re.sub(r"\([^)]*\)", "", word).strip()
    keys = [w] if w else []
    if w.startswith("sich "):
        keys.append(w[5:])
    return keys


def _pos_ok(wanted: str, got: str) -> bool:
    return not wanted or not got or wanted == got


def pivot_senses(art: Article, ding: Ding) -> list[str]:
    """English glosses for a WikDict article, best first: votes across German translations,
    then cognates, then frequent English words. Empty when nothing credible is found."""
    votes: dict[str, float] = defaultdict(float)
    for i, german_words in enumerate(art.senses[:MAX_SENSES]):
        defs = art.definitions[i] if i < len(art.definitions) else []
        weight = 1.0 / (i + 1)
        if defs and defs[0].startswith("("):
            weight *= 0.3  # a domain-labelled sense: (Aviation), (Marine)...
        for german in german_words[:MAX_GERMAN]:
            best: dict[str, float] = {}
            count: dict[str, int] = defaultdict(int)
            for key in _german_keys(german):
                for tr in ding.translations(key):
                    english = tr.english
                    if not _pos_ok(art.pos, tr.pos) or len(english.split()) > 3:
                        continue
                    if "/" in english or english_zipf(english) < MIN_ZIPF:
                        continue
                    w = weight * (0.3 if tr.field_label else 1.0)
                    best[english] = max(best.get(english, 0.0), w)
                    count[english] += 1
            for english, w in best.items():
                votes[english] += w * (1.0 + 0.25 * min(count[english] - 1, 2))
    if not votes:
        return []

    def score(english: str) -> float:
        bonus = max(0.0, cognate(art.head, english) - 0.5)
        return votes[english] + bonus + 0.1 * english_zipf(english)

    ranked = sorted(votes, key=lambda e: (-score(e), e))
    return ranked[:MAX_GLOSSES]
