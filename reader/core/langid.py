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
from collections.abc import Callable, Sequence
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
# French words beyond the table's TOP_WORDS (portions, dons) get a rank estimated from their
# French Zipf frequency (Zipf's law: one Zipf unit = a factor of 10 in rank), calibrated on
# the table: the French word of rank 8000 has Zipf ~3.9 in wordfreq.
CALIBRATION_RANK = 8000
CALIBRATION_ZIPF = 3.9

# French Zipf frequency of a word French dictionaries know, 0.0 for one they do not.
FrenchZipf = Callable[[str], float]
# A word STRONG_FACTOR times more common in another language than in French is evidence
# for that language even though French dictionaries have it ("set", "are", "back").
STRONG_FACTOR = 20

_MISSING = 10 * TOP_WORDS
_lock = threading.Lock()
_table: dict[str, dict[str, int]] | None = None


def load() -> None:
    """Read the table now (else on first use): the app does it before its window shows."""
    _load()


def _load() -> dict[str, dict[str, int]]:
    global _table
    with _lock:
        if _table is None:
            from .paths import asset

            ranks: dict[str, dict[str, int]] = {lang: {} for lang in LANGUAGES}
            # Inflated in 64 KB steps, then each language's block split and ranked in a few
            # calls: one call decompressing or splitting all of it held the GIL 10-20 ms,
            # and a Python step per line kept the window waiting behind ~70k of them.
            with gzip.open(asset(TABLE_FILE), "rb") as raw:
                data = b"".join(iter(lambda: raw.read(1 << 16), b""))
            text = data.decode("utf-8").replace("\r\n", "\n")
            for block in ("\n" + text.rstrip("\n")).split("\n#")[1:]:
                lang, *words = block.split("\n")
                current = ranks.setdefault(lang, {})
                fresh = [w for w in dict.fromkeys(words) if w not in current]
                current.update(
                    zip(fresh, range(len(current), len(current) + len(fresh)), strict=True)
                )
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


def _french_rank(word: str, french: FrenchZipf) -> float:
    """The word's French rank: the table's, else estimated from its French Zipf frequency
    (_MISSING when French dictionaries lack it)."""
    r = rank(word, "fr")
    if r is not None:
        return r
    zipf = french(word)
    if zipf <= 0:
        return _MISSING
    return CALIBRATION_RANK * 10 ** (CALIBRATION_ZIPF - zipf)


def _best_other(word: str) -> tuple[str, int]:
    table = _load()
    return min(
        ((lang, table[lang].get(word, _MISSING)) for lang in LANGUAGES if lang != "fr"),
        key=lambda kv: kv[1],
    )


def french_votes(word: str, french: FrenchZipf | None = None) -> frozenset[str]:
    """votes(), where a French word too rare for the table ("portions", ranked 7343rd in
    English) also votes for French when its estimated French rank passes the same test."""
    v = votes(word)
    if french is None or "fr" in v or rank(word, "fr") is not None or not french(word):
        return v
    if _french_rank(word, french) <= RANK_FACTOR * _best_other(word)[1] + RANK_SLACK:
        return v | {"fr"}
    return v


def strong(word: str, lang: str, french: FrenchZipf | None = None) -> bool:
    """Whether a word is strong evidence for `lang` in a French text: French dictionaries
    lack it ("they", "the"), or it is STRONG_FACTOR times more common in `lang` ("set",
    rank 227 in English, ~6700 in French), unlike French words that are also English
    ones ("portions", "client", "four")."""
    if french is None:
        return True
    other = rank(word, lang)
    if other is None:
        return False
    return _french_rank(word, french) >= STRONG_FACTOR * (other + 1)


def shares(words: Sequence[str], french: FrenchZipf | None = None) -> dict[str, float]:
    """Share of `words` (lower case) voting for each language."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for w in words:
        for lang in french_votes(w, french):
            counts[lang] += 1
    n = len(words) or 1
    return {lang: c / n for lang, c in counts.items()}


def paragraph_language(words: Sequence[str], french: FrenchZipf | None = None) -> str:
    """The language of a paragraph's words: another language's code when the evidence is
    clear, else '' (French, or too little to tell).

    With `french` (the French dictionary's word frequencies), a paragraph made only of words
    French also has ("Os, portions, actions.") stays French: another language needs at least
    one strong() word."""
    voting = [w for w in words if french_votes(w, french)]
    if len(voting) < PARAGRAPH_MIN_WORDS:
        return ""
    sh = shares(voting, french)
    fr = sh.pop("fr")
    lang, best = max(sh.items(), key=lambda kv: kv[1])
    if best >= PARAGRAPH_SHARE and best >= fr + PARAGRAPH_MARGIN:
        if any(lang in votes(w) and strong(w, lang, french) for w in voting):
            return lang
    return ""


def foreign_runs(
    words: Sequence[str], french: FrenchZipf | None = None
) -> list[tuple[int, int, str]]:
    """(first, last + 1, lang) of runs of another language inside French words.

    With `french`, a run made only of words French also has (none of them strong()) is not
    evidence enough: it stays French."""
    out: list[tuple[int, int, str]] = []
    run_lang, first, last, count, is_strong = "", -1, -1, 0, False

    def close() -> None:
        if run_lang and count >= RUN_MIN_WORDS and is_strong:
            out.append((first, last + 1, run_lang))

    for i, w in enumerate(words):
        v = french_votes(w, french)
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
            run_lang, first, count, is_strong = lang, i, 0, False
        last, count = i, count + 1
        is_strong = is_strong or strong(w, lang, french)
    close()
    return out
