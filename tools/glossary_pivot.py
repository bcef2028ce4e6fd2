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


_GERMAN_PLACEHOLDERS = frozenset(
    "etw. jdn. jdm. jds. sich (sich) jdn./etw. jdm./etw. etw./jdn. jdn./sich".split()
)


def ding_core(head: str) -> str:
    """'etw. nehmen' -> 'nehmen': the headword without Ding's placeholders."""
    words = [w for w in head.split() if w not in _GERMAN_PLACEHOLDERS]
    return " ".join(words)


class Ding:
    """Ding deu-eng indexed by headword (placeholders removed); articles parsed on demand."""

    def __init__(self, db: DictdDatabase):
        self.db = db
        self.index: dict[str, list[tuple[str, str]]] = defaultdict(list)
        seen: set[tuple[str, str]] = set()
        for _, offset, length in db._index:
            if (offset, length) in seen:
                continue
            seen.add((offset, length))
            first = db.article(offset, length).split("\n", 1)[0]
            head = re.split(r" /| <", first, maxsplit=1)[0].strip()
            core = ding_core(head)
            if core:
                self.index[core].append((offset, length))
        self._cache: dict[str, list[DingTranslation]] = {}

    def translations(self, german: str) -> list[DingTranslation]:
        """English translations of `german` (case-sensitive: Sagen is not sagen)."""
        if german not in self._cache:
            out: list[DingTranslation] = []
            for offset, length in self.index.get(german, ()):
                out.extend(parse_ding(self.db.article(offset, length)))
            self._cache[german] = out
        return self._cache[german]


def _german_keys(word: str) -> list[str]:
    w = re.sub(r"\([^)]*\)", "", word).strip()
    keys = [w] if w else []
    core = ding_core(w)
    if core and core != w:
        keys.append(core)
    return keys


def _pos_ok(wanted: str, got: str) -> bool:
    return not wanted or not got or wanted == got


def _reached(art: Article, ding: Ding, slashed: bool):
    """(english, weight, sense index, German word, labelled) for every credible pivot translation;
    `slashed`: keep Ding's "submit to /" alternatives (as "submit to")."""
    for i, german_words in enumerate(art.senses[:MAX_SENSES]):
        defs = art.definitions[i] if i < len(art.definitions) else []
        weight = 1.0 / (i + 1)
        domain = bool(defs) and defs[0].startswith("(")
        if domain:
            weight *= 0.3  # a domain-labelled sense: (Aviation), (Marine)...
        for j, german in enumerate(german_words[:MAX_GERMAN]):
            # WikDict lists a sense's main translation first (différend: Meinungsverschiedenheit
            # before Preisdifferenz)
            w_german = 1.0 / (1.0 + 0.5 * j)
            for key in _german_keys(german):
                for tr in ding.translations(key):
                    english = tr.english
                    if slashed:
                        english = re.sub(r"\s*/$", "", english)
                    if not _pos_ok(art.pos, tr.pos) or len(english.split()) > 3:
                        continue
                    if "/" in english or english_zipf(english) < MIN_ZIPF:
                        continue
                    w = weight * w_german * (0.3 if tr.field_label else 1.0)
                    yield english, w, i, german, domain or tr.field_label


def pivot_votes(art: Article, ding: Ding, slashed: bool = False) -> dict[str, float]:
    """English words reached from the article's German translations, with their votes."""
    votes: dict[str, float] = defaultdict(float)
    best: dict[tuple[int, str], dict[str, float]] = defaultdict(dict)
    count: dict[tuple[int, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for english, w, i, german, _ in _reached(art, ding, slashed):
        b = best[(i, german)]
        b[english] = max(b.get(english, 0.0), w)
        count[(i, german)][english] += 1
    for where, b in best.items():
        for english, w in b.items():
            votes[english] += w * (1.0 + 0.25 * min(count[where][english] - 1, 2))
    return dict(votes)


def pivot_reach(art: Article, ding: Ding) -> dict[str, set[tuple[int, str]]]:
    """{English word: the (WikDict sense, German word) pairs that reach it, unlabelled}."""
    out: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for english, _, i, german, labelled in _reached(art, ding, slashed=True):
        if not labelled:
            out[english].add((i, german))
    return dict(out)


def pivot_senses(art: Article, ding: Ding) -> list[str]:
    """English glosses for a WikDict article, best first: votes across German translations,
    then cognates, then frequent English words. Empty when nothing credible is found."""
    votes = pivot_votes(art, ding)
    if not votes:
        return []

    single_french = " " not in art.head

    def score(english: str) -> float:
        # etymologically close and frequent both count (différend: disagreement, not beef);
        # a one-word French headword prefers a one-word gloss (not "price difference")
        closeness = 0.5 * cognate(art.head, english)
        multiword = 0.3 if single_french and " " in english.strip() else 0.0
        return votes[english] + closeness + 0.1 * english_zipf(english) - multiword

    ranked = sorted(votes, key=lambda e: (-score(e), e))
    return ranked[:MAX_GLOSSES]
