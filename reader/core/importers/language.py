"""Is this text French? Evidence: the share of its words that are common French words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import langid

# Languages compared with French; names for the evidence line.
OTHER_LANGUAGES = {lang: langid.NAMES[lang] for lang in langid.LANGUAGES if lang != "fr"}
SAMPLE_WORDS = 4_000
MIN_SHARE = 0.5  # below this, too few words are French to call the text French
MIN_WORDS_TO_WARN = 12  # shorter texts are not judged

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class LanguageCheck:
    """Whether a text reads as French, with the share of French words and a sentence of evidence."""

    is_french: bool
    french_share: float
    evidence: str
    words: int = 0
    best_other: str = ""  # the other language that fits best ("English")
    best_other_share: float = 0.0


def sample_words(text: str, limit: int = SAMPLE_WORDS) -> list[str]:
    """Lower-case words from the start, middle and end of the text (at most `limit`)."""
    if len(text) > limit * 12:
        third = limit * 4
        mid = len(text) // 2
        text = " ".join((text[:third], text[mid : mid + third], text[-third:]))
    return [w.lower() for w in _WORD.findall(text)][:limit]


def french_check(text: str) -> LanguageCheck:
    """Compare the share of common French words with that of other languages' common words."""
    words = sample_words(text)
    n = len(words)
    if n == 0:
        return LanguageCheck(False, 0.0, "The text contains no words.", 0)
    shares = langid.shares(words)  # common words of each language (a small shipped table)
    fr = shares["fr"]
    others = {lang: shares[lang] for lang in OTHER_LANGUAGES}
    lang, other = max(others.items(), key=lambda kv: kv[1])
    name = OTHER_LANGUAGES[lang]
    is_french = fr >= MIN_SHARE and fr >= other
    if is_french:
        evidence = (
            f"{fr:.0%} of {n} words are common French words "
            f"(the next best fit, {name}, has {other:.0%})."
        )
    else:
        evidence = (
            f"Only {fr:.0%} of {n} words are common French words, "
            f"while {other:.0%} are common {name} words."
            if other > fr
            else f"Only {fr:.0%} of {n} words are common French words."
        )
    return LanguageCheck(is_french, fr, evidence, n, name, other)


def language_warning(text: str) -> str | None:
    """The warning an importer attaches when a text does not look French (None if it does)."""
    check = french_check(text)
    if check.is_french or check.words < MIN_WORDS_TO_WARN:
        return None
    return f"This text does not look French: {check.evidence}"
