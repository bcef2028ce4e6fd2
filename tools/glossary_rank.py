"""Re-rank glosses so the first one is what a learner needs: cognates, then frequent English."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

STRONG_COGNATE = 0.62


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def _core(gloss: str) -> str:
    """The gloss without parenthesised notes and a leading 'to '."""
    g = re.sub(r"\([^)]*\)", "", gloss).strip()
    return re.sub(r"^to ", "", g)


# Trailing particles of a pivot phrase: "submit to", "agree (up)on" match FreeDict's "submit".
_PARTICLES = frozenset("to on upon for with of about from at into oneself".split())


def match_key(gloss: str) -> str:
    """A gloss reduced for matching across dictionaries: 'to submit' / 'submit to' ->
    'submit', 'agree (up)on' -> 'agree' (lower case, no parenthesised notes)."""
    words = re.sub(r"\([^)]*\)", " ", gloss.lower()).replace("/", " ").split()
    if len(words) > 1 and words[0] == "to":
        words = words[1:]
    while len(words) > 1 and words[-1] in _PARTICLES:
        words.pop()
    return " ".join(words)


def cognate(french: str, english: str) -> float:
    """Spelling similarity (0..1) between a French headword and an English gloss."""
    a, b = _plain(french), _plain(_core(english))
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


@lru_cache(maxsize=200_000)
def english_zipf(gloss: str) -> float:
    """How common the gloss is in English (wordfreq Zipf scale, 0 when unknown)."""
    from wordfreq import zipf_frequency

    core = _core(gloss)
    return zipf_frequency(core, "en") if core else 0.0


def gloss_key(french: str, gloss: str, support: dict[str, float]) -> tuple:
    """Sort key: strong cognates, then glosses the pivot also finds, then single words,
    then more frequent English words."""
    strong = cognate(french, gloss) >= STRONG_COGNATE
    multiword = len(_core(gloss).split()) > 1 and " " not in french
    return (not strong, not _supported(gloss, support), multiword, -english_zipf(gloss))


def _supported(gloss: str, support: dict[str, float]) -> bool:
    """True when the WikDict->Ding pivot reaches this gloss with a fair share of the votes."""
    if not support:
        return False
    top = max(support.values())
    return support.get(_core(gloss), 0.0) >= 0.5 * top


# A more common gloss the pivot also reaches moves before the first one when the first is
# this much rarer (Zipf): soumettre "subdue" -> "submit", tuer "slay" -> "kill".
PROMOTE_ZIPF = 1.0


def promote(french: str, glosses: list[str], pivot: dict[str, float]) -> list[str]:
    """A ranked sense with, first, the most common gloss the pivot also reaches (pivot keyed
    by match_key, a fair share of the votes) when it is much more common than the first;
    a strong cognate first stays first (augmenter: augment, not increase)."""
    if len(glosses) < 2 or not pivot or cognate(french, glosses[0]) >= STRONG_COGNATE:
        return glosses
    top = max(pivot.values())
    reached = [
        g for g in glosses[1:] if pivot.get(match_key(g), 0.0) >= 0.5 * top and " " not in _core(g)
    ]
    if not reached or pivot.get(match_key(glosses[0]), 0.0) >= top:
        return glosses  # the first is already the pivot's favourite (agréer: accept)
    best = max(reached, key=english_zipf)
    if english_zipf(best) < english_zipf(glosses[0]) + PROMOTE_ZIPF:
        return glosses
    return [best] + [g for g in glosses if g != best]


def rerank_sense(
    french: str, glosses: list[str], support: dict[str, float] | None = None
) -> list[str]:
    """Glosses of one sense, best first (duplicates removed)."""
    seen: set[str] = set()
    unique = [g for g in glosses if not (g.lower() in seen or seen.add(g.lower()))]
    return sorted(unique, key=lambda g: gloss_key(french, g, support or {}))


def rerank(
    french: str,
    senses: list[list[str]],
    support: dict[str, float] | None = None,
    pivot: dict[str, float] | None = None,
) -> list[list[str]]:
    """Senses keep their order, except that a later sense moves first when it has a strong
    cognate the first lacks, or pivot support and a much more common English word
    (administrateur: administrator before manager; aller: go before fare; devoir keeps must
    before owe). `pivot` (keyed by match_key) may then promote a gloss within its sense."""
    support = support or {}
    ranked = [promote(french, rerank_sense(french, s, support), pivot or {}) for s in senses if s]
    if len(ranked) > 1:
        first_cognate = _has_cognate(french, ranked[0])
        singles = [g for g in ranked[0] if " " not in _core(g)] or ranked[0]
        first_zipf = max(english_zipf(g) for g in singles)
        for i, sense in enumerate(ranked[1:], start=1):
            if (not first_cognate and _has_cognate(french, sense)) or (
                max((english_zipf(g) for g in sense if _supported(g, support)), default=0.0)
                >= first_zipf + 0.8
            ):
                ranked.insert(0, ranked.pop(i))
                break
    return ranked


def _has_cognate(french: str, sense: list[str]) -> bool:
    return any(cognate(french, g) >= STRONG_COGNATE for g in sense)
