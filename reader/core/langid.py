"""Which language a run of words is in, from the most frequent words of seven languages.

The table (assets/langwords.txt.gz, built by tools/build_langid.py from wordfreq) is a few
hundred kilobytes, read once; wordfreq itself is never loaded for this (its lists for seven
languages take ~200 MB). A word votes for a language when it is among that language's
common words and not much more common in another one ("the" is in the French web list
too, but ranks far higher in English).
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Sequence
from functools import lru_cache

TABLE_FILE = "langwords.txt.gz"
LANGUAGES = ("fr", "en", "es", "it", "pt", "de", "nl")
NAMES = {
    "fr": "French",
    "en": "English",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "de": "German",
    "nl": "Dutch",
}
TOP_WORDS = 10_000  # words kept per language
# A word counts for a language when its rank there is at most RANK_FACTOR times (+ slack)
# its best rank elsewhere. Measured on news-like sentences: French text scores 0.93-0.96
# for French, other languages 0.00-0.19.
RANK_FACTOR = 3
RANK_SLACK = 100
# A paragraph is in another language when at least this share of its words vote for it
# and it leads French by PARAGRAPH_MARGIN (with at least PARAGRAPH_MIN_WORDS voting words).
PARAGRAPH_SHARE = 0.5
PARAGRAPH_MARGIN = 0.2
PARAGRAPH_MIN_WORDS = 3
# Inside a French paragraph, a run of at least RUN_MIN_WORDS words voting for one other
# language and not for French ("set user ID"), with nothing only French between them, is
# that language.
RUN_MIN_WORDS = 2

_MISSING = 10 * TOP_WORDS
_lock = threading.Lock()
_table: dict[str, dict[str, int]] | None = None


def _load() -> dict[str, dict[str, int]]:
    global _table
    with _lock:
        if _table is None:
            from .paths import asset

            ranks: dict[str, dict[str, int]] = {lang: {} for lang in LANGUAGES}
            current: dict[str, int] | None = None
            text = gzip.decompress(asset(TABLE_FILE).read_bytes()).decode("utf-8")
            for line in text.splitlines():
                if line.startswith("#"):
                    current = ranks.setdefault(line[1:], {})
                elif current is not None and line not in current:
                    current[line] = len(current)
            _table = ranks
        return _table


def rank(word: str, lang: str) -> int | None:
    """0-based frequency rank of a lower-case word in `lang`'s list, or None."""
    return _load()[lang].get(word)


@lru_cache(maxsize=200_000)
def votes(word: str) -> frozenset[str]:
    """The languages a lower-case word is evidence for (empty when it is common nowhere)."""
    table = _load()
    ranks = {lang: table[lang].get(word, _MISSING) for lang in LANGUAGES}
    out = set()
    for lang, r in ranks.items():
        if r == _MISSING:
            continue
        best_other = min(v for k, v in ranks.items() if k != lang)
        if r <= RANK_FACTOR * best_other + RANK_SLACK:
            out.add(lang)
    return frozenset(out)


@lru_cache(maxsize=200_000)
def other_language(word: str) -> str:
    """The language a word is evidence for when it is not French: the one of its votes where
    it ranks best ('' when it votes for French or for nothing)."""
    v = votes(word)
    if not v or "fr" in v:
        return ""
    table = _load()
    return min(v, key=lambda lang: table[lang].get(word, _MISSING))


def shares(words: Sequence[str]) -> dict[str, float]:
    """Share of `words` (lower case) voting for each language."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for w in words:
        for lang in votes(w):
            counts[lang] += 1
    n = len(words) or 1
    return {lang: c / n for lang, c in counts.items()}


def paragraph_language(words: Sequence[str]) -> str:
    """The language of a paragraph's words: another language's code when the evidence is
    clear, else '' (French, or too little to tell)."""
    voting = [w for w in words if votes(w)]
    if len(voting) < PARAGRAPH_MIN_WORDS:
        return ""
    sh = shares(voting)
    fr = sh.pop("fr")
    lang, best = max(sh.items(), key=lambda kv: kv[1])
    if best >= PARAGRAPH_SHARE and best >= fr + PARAGRAPH_MARGIN:
        return lang
    return ""


def foreign_runs(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, lang) of runs of another language inside French words."""
    out: list[tuple[int, int, str]] = []
    run_lang, first, last, count = "", -1, -1, 0

    def close() -> None:
        if run_lang and count >= RUN_MIN_WORDS:
            out.append((first, last + 1, run_lang))

    for i, w in enumerate(words):
        v = votes(w)
        if not v:
            continue  # unknown: no evidence
        if "fr" in v:
            if run_lang not in v:  # French (and not the run's language): the run ends
                close()
                run_lang, count = "", 0
            continue  # common in French and in the run's language: neutral inside it
        lang = other_language(w)
        if lang != run_lang:
            close()
            run_lang, first, count = lang, i, 0
        last, count = i, count + 1
    close()
    return out
