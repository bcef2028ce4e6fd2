"""Glosses derived from other entries where a dictionary has none of its own:
-ment adverbs from their adjectives (fermement -> firmly, from ferme -> firm), words that
only occur inside expressions (parce -> "because (parce que)"), and the prefix of
hyphenated compounds (mi- -> "half", from mi-temps, mi-cuit...)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from glossary_parse import Article
from glossary_rank import english_zipf

MIN_ADVERB_ZIPF = 2.0  # the English -ly adverb must be a word people use
MAX_EXPRESSIONS = 3

# Adverb endings -> the adjective forms they come from (longest first).
_ADVERB_ENDINGS = (
    ("emment", ("ent",)),
    ("amment", ("ant",)),
    ("ément", ("é", "e")),
    ("ûment", ("u",)),
    ("ument", ("u",)),
    ("ïment", ("ï",)),
    ("iment", ("i",)),
    ("ment", ("",)),
)


def adjective_forms(adverb: str) -> list[str]:
    """French adjective forms an adverb may be built on: fermement -> [ferme]."""
    for ending, replacements in _ADVERB_ENDINGS:
        if adverb.endswith(ending) and len(adverb) > len(ending) + 2:
            stem = adverb[: -len(ending)]
            return [stem + r for r in replacements]
    return []


def english_adverbs(adjective: str) -> list[str]:
    """The English -ly form of an English adjective ([] when none is in use): firm -> [firmly]."""
    w = adjective.strip()
    if not re.fullmatch(r"[a-z]+", w) or len(w) < 3 or w.endswith("ly"):
        return []
    cands = {w + "ly"}
    if w.endswith("y"):
        cands.add(w[:-1] + "ily")
    if w.endswith("le"):
        cands.add(w[:-1] + "y")
    if w.endswith("ic"):
        cands.add(w + "ally")
    if w.endswith("ue"):
        cands.add(w[:-1] + "ly")  # true -> truly
    if w.endswith("ull"):
        cands.add(w + "y")  # full -> fully (not well -> welly)
    scored = [(english_zipf(c), c) for c in cands]
    # only the most frequent spelling: truly, not the misspelling truely
    return [c for z, c in sorted(scored, reverse=True) if z >= MIN_ADVERB_ZIPF][:1]


def adverb_senses(
    adverb: str,
    adjectives: list[Article],
    english_french: dict[str, set[str]],
) -> list[list[str]]:
    """Senses for a -ment adverb: each adjective sense's glosses turned into -ly adverbs.
    An English adverb that the eng-fra dictionary translates otherwise is dropped
    (hard -> hardly is 'à peine', not 'durement')."""
    out: list[list[str]] = []
    seen: set[str] = set()
    stem = adverb[:4]
    for art in adjectives:
        for sense in art.senses:
            glosses = []
            for gloss in sense:
                for english in english_adverbs(gloss):
                    known = english_french.get(english)
                    if known and not any(f.startswith(stem) for f in known):
                        continue
                    if english not in seen:
                        seen.add(english)
                        glosses.append(english)
                    break
            if glosses:
                out.append(glosses)
    return out


def derive_adverbs(
    adverbs: dict[str, list[str]],
    adjective_entries: dict[str, list[Article]],
    english_french: dict[str, set[str]],
) -> dict[str, Article]:
    """{adverb: Article} for adverbs (with their candidate adjective lemmas) lacking a gloss."""
    out: dict[str, Article] = {}
    for adverb, lemmas in sorted(adverbs.items()):
        arts = [a for lem in lemmas for a in adjective_entries.get(lem, ()) if a.pos == "ADJ"]
        senses = adverb_senses(adverb, arts, english_french)
        if senses:
            out[adverb] = Article(adverb, "ADV", "", senses)
    return out


def _words(key: str) -> list[str]:
    return [w for w in re.split(r"[ \-]", key.replace("...", " ")) if w]


def expression_senses(
    word: str, expressions: list[str], glosses: dict[str, str], score
) -> list[list[str]]:
    """'because (parce que)' senses for a word known only inside expressions, best first
    (`score(expression, gloss)`: higher is shown first)."""
    ranked = sorted(expressions, key=lambda e: (-score(e, glosses[e]), e))
    return [[f"{glosses[e]} ({e})"] for e in ranked[:MAX_EXPRESSIONS]]


def derive_expression_heads(
    words: set[str], first_glosses: dict[str, str], score
) -> dict[str, Article]:
    """{word: Article} for each word in `words` that only occurs inside multi-word headwords."""
    by_word: dict[str, list[str]] = defaultdict(list)
    for key in first_glosses:
        parts = _words(key)
        if len(parts) < 2:
            continue
        for w in set(parts):
            if w in words:
                by_word[w].append(key)
    return {
        w: Article(w, "", "", expression_senses(w, exprs, first_glosses, score))
        for w, exprs in sorted(by_word.items())
    }


def derive_prefixes(first_glosses: dict[str, str], known: set[str]) -> dict[str, Article]:
    """{'mi-': Article(['half'])}: the English word most compounds 'mi-X' start with, when at
    least two compounds and most of them agree (mi-temps halftime, mi-cuit half-baked)."""
    glosses: dict[str, list[str]] = defaultdict(list)
    for key, gloss in first_glosses.items():
        if "-" not in key or " " in key:
            continue
        prefix = key.split("-", 1)[0]
        if prefix not in known and len(prefix) >= 2:
            glosses[prefix].append(gloss.lower())
    out: dict[str, Article] = {}
    for prefix, found in sorted(glosses.items()):
        if len(found) < 2:
            continue
        heads = {re.split(r"[ \-]", g, maxsplit=1)[0] for g in found}
        agree = Counter({h[:n]: 0 for h in heads for n in range(3, len(h) + 1)})
        for stem in agree:
            agree[stem] = sum(g.startswith(stem) for g in found)
        best = max(agree.items(), key=lambda kv: (kv[1], len(kv[0])), default=("", 0))
        stem, n = best
        if n >= 2 and n * 2 > len(found) and stem in heads and english_zipf(stem) >= 3.0:
            out[prefix + "-"] = Article(prefix + "-", "", "", [[stem]])
    return out
