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


def gloss_key(french: str, gloss: str) -> tuple[int, int, float]:
    """Sort key: strong cognates first, then single words, then more frequent English words."""
    strong = cognate(french, gloss) >= STRONG_COGNATE
    multiword = len(_core(gloss).split()) > 1 and " " not in french
    return (0 if strong else 1, 1 if multiword else 0, -english_zipf(gloss))


def rerank_sense(french: str, glosses: list[str]) -> list[str]:
    """Glosses of one sense, best first (duplicates removed)."""
    seen: set[str] = set()
    unique = [g for g in glosses if not (g.lower() in seen or seen.add(g.lower()))]
    return sorted(unique, key=lambda g: gloss_key(french, g))


def rerank(french: str, senses: list[list[str]]) -> list[list[str]]:
    """Senses keep their order, except that one led by a strong cognate moves first
    when the first sense has none (administrateur: administrator before manager)."""
    ranked = [rerank_sense(french, s) for s in senses if s]
    if len(ranked) > 1 and not _has_cognate(french, ranked[0]):
        for i, sense in enumerate(ranked[1:], start=1):
            if _has_cognate(french, sense):
                ranked.insert(0, ranked.pop(i))
                break
    return ranked


def _has_cognate(french: str, sense: list[str]) -> bool:
    return any(cognate(french, g) >= STRONG_COGNATE for g in sense)
