"""Pivot senses for words FreeDict has: the English words a FreeDict entry lacks (conférence:
"conference" besides "lecture"), kept only when the pivot corroborates them."""

from __future__ import annotations

import re
from collections import defaultdict

from glossary_parse import Article
from glossary_pivot import Ding, pivot_reach, pivot_votes
from glossary_rank import STRONG_COGNATE, cognate, english_zipf, match_key

MAX_WORDS = 4
MIN_SHARE = 0.5  # of the best-voted pivot word
MIN_SHARE_COGNATE = 0.4  # a near-identical cognate (conference) needs less
MIN_ZIPF = 3.5  # common English words only (not "malady", "aerodrome")
MIN_REACH = 2  # distinct German words that reach the word (Kater: tomcat but also hangover)
COGNATE = 0.8


def pivot_support(head: str, pos: str, wik: dict[str, list[Article]], ding: Ding) -> dict:
    """Pivot votes for a French headword's English words (same POS), keyed by match_key."""
    votes: dict[str, float] = defaultdict(float)
    for art in _same_pos(head, pos, wik):
        for english, v in pivot_votes(art, ding, slashed=True).items():
            key = match_key(english)
            if key:
                votes[key] += v
    return dict(votes)


def supplement(
    head: str, pos: str, senses: list[list[str]], wik: dict[str, list[Article]], ding: Ding
) -> list[str]:
    """Up to MAX_WORDS English words the pivot finds for `head` that FreeDict's senses lack,
    best first (strong cognates, then votes). Empty when nothing is corroborated."""
    votes: dict[str, float] = defaultdict(float)
    reach: dict[str, set] = defaultdict(set)
    shown: dict[str, str] = {}
    for art in _same_pos(head, pos, wik):
        for english, v in pivot_votes(art, ding, slashed=True).items():
            key = match_key(english)
            if key:
                votes[key] += v
                shown.setdefault(key, _display(english, pos))
        for english, pairs in pivot_reach(art, ding).items():
            reach[match_key(english)].update(german for _, german in pairs)
    if not votes:
        return []
    top = max(votes.values())
    have = [match_key(g) for s in senses for g in s]
    single = " " not in head

    def keep(key: str) -> bool:
        if not key or any(_variant(key, h) for h in have if h):
            return False
        if single and len(key.split()) > 2:
            return False
        if english_zipf(shown[key]) < MIN_ZIPF:
            return False
        share = votes[key] / top
        if cognate(head, key) >= COGNATE and share >= MIN_SHARE_COGNATE:
            return True
        return share >= MIN_SHARE and len(reach.get(key, ())) >= MIN_REACH

    kept = [k for k in votes if keep(k)]
    kept.sort(key=lambda k: (cognate(head, k) < STRONG_COGNATE, -votes[k], k))
    out: list[str] = []
    for key in kept:
        if not any(_variant(key, match_key(o)) for o in out):
            out.append(shown[key])
    return out[:MAX_WORDS]


def _same_pos(head: str, pos: str, wik: dict[str, list[Article]]) -> list[Article]:
    from reader.core.glossary import normalise_key

    arts = wik.get(normalise_key(head), [])
    if pos:
        return [a for a in arts if a.pos == pos]
    return arts if len({a.pos for a in arts}) == 1 else []


def _display(english: str, pos: str) -> str:
    """'agree (up)on' -> 'agree on'; a noun's 'selection of' -> 'selection'."""
    shown = re.sub(r"\s+", " ", re.sub(r"\((?:up)\)", "", english)).strip()
    if pos == "NOUN" and " " in shown:
        shown = match_key(shown) if shown.split()[-1] in ("of", "for", "to") else shown
    return shown


def _variant(a: str, b: str) -> bool:
    """True for the same word or an inflection / spelling variant of it (metre, meters;
    field, input field), not a different word (experience, experiment)."""
    if a == b or a in b.split() or b in a.split():
        return True
    return _stem(a) == _stem(b)


def _stem(word: str) -> str:
    """'metres', 'meter' -> 'meter'; 'judges', 'judge' -> 'judg'; 'moving' -> 'mov'."""
    w = re.sub(r"re(s?)$", r"er\1", word.replace("-", " "))
    for suffix in ("ing", "ed", "s", "e"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            w = w[: -len(suffix)]
    return w
