"""Rank English senses by evidence from independent sources, one entry per (lemma, POS, gender).

Sources (families): fd = FreeDict fra-eng (sense order), rev = FreeDict eng-fra read in
reverse, deu = WikDict fra-deu -> Ding deu-eng, nld = FreeDict fra-nld -> nld-eng, cat / spa /
epo = Apertium chained through Catalan, Spanish, Esperanto. A candidate's score adds each
family's vote (by its rank there), Apertium's default, how common the English word is
(wordfreq) and how often WordNet's tagged corpus uses it in that part of speech, closeness of
spelling (cognates); a candidate only the reversed dictionary gives is penalised. WEIGHTS were
tuned on first-sense agreement with a reference dictionary (benchmarks only; nothing of it is
copied here).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from glossary_rank import cognate, english_zipf, match_key

FAMILIES = ("fd", "rev", "deu", "nld", "cat", "spa", "epo")
WEIGHTS = {
    "fd": 1.6,
    "rev": 0.5,
    "deu": 1.2,
    "nld": 0.3,
    "cat": 1.4,
    "spa": 0.8,
    "epo": 0.35,
    "default": 0.25,  # Apertium's default translation (first on both steps)
    "zipf": 0.15,  # per Zipf unit above 3 (below: penalty)
    "wordnet": 0.1,  # per log(1 + tagged uses in this POS)
    "cognate": 1.6,  # spelling similarity above 0.5
    "rev_only": 1.0,  # penalty: only the reversed eng->fra dictionary gives it
    "multiword": 0.45,  # penalty: a several-word gloss for a one-word French lemma
    "agree": 0.35,  # per extra independent family
    "rare": 0.5,  # penalty per Zipf unit below RARE_ZIPF
}
RARE_ZIPF = 3.0
# Measured on the first senses of a reference dictionary's 9,668 most frequent lemmas
# (a throwaway script reading ../shared; nothing of it is kept): these weights 5,640 agree
# (with the rare-word penalty and the Esperanto verbs), a greedy search's optimum 5,649
# on the earlier evidence (it drops English frequency, WordNet and two pivots, and lets
# rare words lead: kept out), the first hand-set weights 5,482; the old lookup 4,467.
MAX_SENSES = 6
# Words that mean nothing alone: their gloss is the construction's ("ne ... pas": not), which
# FreeDict's expression entries give.
NOT_ALONE = frozenset({"ne", "n'"})
APPROX_MARGIN = 1.0
WN_POS = {"1": "NOUN", "2": "VERB", "3": "ADJ", "4": "ADV", "5": "ADJ"}
GENDERED = ("fd", "deu", "cat", "spa", "epo")


def load_wordnet_counts(path: Path = Path("/usr/share/wordnet/index.sense")) -> dict:
    """{(english lemma, POS): tagged uses} summed over the senses of WordNet 3.0."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            key, _off, _n, cnt = line.split()
            lemma, _, rest = key.partition("%")
            pos = WN_POS.get(rest[:1], "")
            counts[(lemma.replace("_", " "), pos)] += int(cnt)
    return dict(counts)


def is_wordnet_word(counts: dict, word: str) -> bool:
    return any((word, p) in counts for p in ("NOUN", "VERB", "ADJ", "ADV"))


@dataclass
class Candidate:
    display: str
    votes: dict[str, float] = field(default_factory=dict)  # family -> best vote
    default: bool = False

    def add(self, family: str, vote: float, display: str = "", default: bool = False) -> None:
        self.votes[family] = max(self.votes.get(family, 0.0), vote)
        self.default = self.default or default
        if display and family == "fd" and self.display != display and "(" not in self.display:
            self.display = display  # FreeDict's wording ("sum (of money)")


@dataclass
class Entry:
    key: str
    pos: str
    gender: str
    cands: dict[str, Candidate] = field(default_factory=dict)
    gendered: bool = False  # some gendered source gave it

    def add(self, english: str, family: str, vote: float, default: bool = False) -> None:
        k = match_key(english)
        if not k or len(k) > 60:
            return
        c = self.cands.get(k)
        if c is None:
            c = self.cands[k] = Candidate(_display(english))
        c.add(family, vote, _display(english) if family == "fd" else "", default)


def _display(english: str) -> str:
    g = english.strip()
    return g[3:] if g.startswith("to ") and len(g) > 3 else g


def score(entry: Entry, cand: Candidate, wn: dict, weights: dict = WEIGHTS) -> float:
    """How likely `cand` is the sense a learner needs first."""
    fams = cand.votes
    s = sum(weights[f] * v for f, v in fams.items())
    indep = len({f for f in fams if f != "rev"})
    s += weights["agree"] * max(indep - 1, 0)
    if cand.default:
        s += weights["default"]
    core = match_key(cand.display)
    z = english_zipf(core)
    s += weights["zipf"] * (z - 3.0)
    if z < RARE_ZIPF:  # a rare English word (lira, goshawk, abut) rarely leads
        s -= weights["rare"] * (RARE_ZIPF - z)
    uses = wn.get((core, entry.pos), 0) if entry.pos in ("NOUN", "VERB", "ADJ", "ADV") else 0
    s += weights["wordnet"] * math.log1p(uses)
    c = cognate(entry.key, core)
    if c > 0.5:
        s += weights["cognate"] * (c - 0.5) * 2
    if set(fams) == {"rev"}:
        s -= weights["rev_only"]
    if " " in core and " " not in entry.key:
        s -= weights["multiword"]
    return s


def ranked(entry: Entry, wn: dict, weights: dict = WEIGHTS) -> list[tuple[Candidate, float]]:
    scored = [(c, score(entry, c, wn, weights)) for c in entry.cands.values()]
    scored.sort(key=lambda cs: (-cs[1], cs[0].display))
    return scored


def english_ok(word: str, wn: dict) -> bool:
    """A plausible English word or phrase (not a pivot word leaking through)."""
    core = match_key(word)
    if not core or re.search(r"[^a-z '\-.]", core.lower()):
        return False
    if english_zipf(core) >= 2.0:
        return True
    return is_wordnet_word(wn, core.lower())


class Collector:
    """Evidence gathered per (key, POS, gender)."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str, str], Entry] = {}
        self.loose: list[tuple[str, str, str, float]] = []  # (key, pos|'', english, vote)

    def entry(self, key: str, pos: str, gender: str) -> Entry:
        k = (key, pos, gender if pos == "NOUN" else "")
        e = self.entries.get(k)
        if e is None:
            e = self.entries[k] = Entry(*k)
        return e

    def add(self, key, pos, gender, english, family, vote, default=False) -> None:
        if not pos:
            self.loose.append((key, "", english, vote, family))
            return
        e = self.entry(key, pos, gender)
        e.gendered = e.gendered or (bool(gender) and family in GENDERED)
        e.add(english, family, vote, default)

    def _merge_spellings(self) -> None:
        """'coeur' (a source's spelling) votes with 'cœur' when that entry exists."""
        for k in [k for k in self.entries if "oe" in k[0]]:
            canon = (k[0].replace("oe", "œ"), k[1], k[2])
            if canon in self.entries:
                src = self.entries.pop(k)
                for c in src.cands.values():
                    for fam, v in c.votes.items():
                        self.entries[canon].add(c.display, fam, v, c.default)
        keys = {k[0] for k in self.entries}
        self.loose = [
            (_canon(key, keys), pos, english, vote, family)
            for key, pos, english, vote, family in self.loose
        ]

    def finish(self) -> list[Entry]:
        """Merge genderless noun evidence and POS-less votes; split genders only when the
        gendered sources disagree (le livre: book, la livre: pound)."""
        self._merge_spellings()
        by_key: dict[str, list[Entry]] = defaultdict(list)
        for e in self.entries.values():
            by_key[e.key].append(e)
        for key, _pos, english, vote, family in self.loose:
            entries = by_key.get(key)
            if not entries:
                e = self.entry(key, "", "")
                by_key[key] = [e]
                entries = [e]
            k = match_key(english)
            if len(entries) == 1:
                entries[0].add(english, family, vote)
                continue
            for e in entries:  # several entries: only vote for what another source gave
                if k in e.cands:
                    e.add(english, family, vote)
        out: list[Entry] = []
        for entries in by_key.values():
            out.extend(_merge_genders(entries))
        return out


def _canon(key: str, keys: set[str]) -> str:
    alt = key.replace("oe", "œ")
    return alt if alt != key and alt in keys else key


def _merge_genders(entries: list[Entry]) -> list[Entry]:
    nouns = [e for e in entries if e.pos == "NOUN"]
    rest = [e for e in entries if e.pos != "NOUN"]
    if not nouns:
        return rest
    bare = [e for e in nouns if not e.gender]
    gendered = [e for e in nouns if e.gender]
    if not gendered:
        return rest + bare
    for b in bare:  # genderless noun evidence votes for what the gendered entries have
        for g in gendered:
            for k, c in b.cands.items():
                if len(gendered) == 1 or k in g.cands:
                    for fam, v in c.votes.items():
                        g.add(c.display, fam, v, c.default)
    if len(gendered) == 2:
        a, b = sorted(gendered, key=_weight, reverse=True)
        if "fd" not in _families(b) and len(_families(b) & set(GENDERED)) < 2:
            # one pivot's gender alone is no second entry (l'affaire is feminine only)
            for c in b.cands.values():
                for fam, v in c.votes.items():
                    if c.display and match_key(c.display) in a.cands:
                        a.add(c.display, fam, v, c.default)
            return rest + [a]
        top_a = max(a.cands.values(), key=lambda c: sum(c.votes.values()), default=None)
        top_b = max(b.cands.values(), key=lambda c: sum(c.votes.values()), default=None)
        if top_a and top_b and match_key(top_a.display) == match_key(top_b.display):
            # same meaning under both genders (un/une après-midi): one entry
            main, other = (a, b) if _weight(a) >= _weight(b) else (b, a)
            for c in other.cands.values():
                for fam, v in c.votes.items():
                    main.add(c.display, fam, v, c.default)
            return rest + [main]
    return rest + gendered


def _families(e: Entry) -> set[str]:
    return {f for c in e.cands.values() for f in c.votes}


def _strength(e: Entry) -> float:
    """The votes of the entry's best-supported candidate."""
    return max((sum(c.votes.values()) for c in e.cands.values()), default=0.0)


def _weight(e: Entry) -> float:
    return sum(sum(c.votes.values()) for c in e.cands.values())


def rank_vote(rank: int) -> float:
    """A source's vote for its n-th candidate (0-based)."""
    return 1.0 / (1.0 + 0.6 * rank)


def build_rows(entries: list[Entry], wn: dict, weights: dict = WEIGHTS) -> list[tuple]:
    """(key, pos, gender, senses JSON, sources JSON, approximate flags) per entry."""
    import json

    rows = []
    # the entry with the most evidence first: it answers when the context cannot choose
    for i, e in enumerate(sorted(entries, key=lambda e: (e.key, -_strength(e), e.pos, e.gender))):
        if e.key in NOT_ALONE:
            continue
        r = ranked(e, wn, weights)
        if not r:
            continue
        top = r[0][1]
        kept = [(c, s) for c, s in r if s >= top - 3.0]
        if any(not _approximate(c) for c, _ in kept):
            # one pivot alone is noise beside corroborated senses, unless nearly as strong
            kept = [(c, s) for c, s in kept if not _approximate(c) or s >= top - APPROX_MARGIN]
        kept = kept[:MAX_SENSES]
        senses = [[c.display] for c, _ in kept]
        sources = [sorted(c.votes, key=FAMILIES.index) for c, _ in kept]
        approx = "".join("1" if _approximate(c) else "0" for c, _ in kept)
        rows.append(
            (
                i,
                e.key,
                e.pos,
                e.gender,
                json.dumps(senses, ensure_ascii=False, separators=(",", ":")),
                json.dumps(sources, separators=(",", ":")),
                approx,
            )
        )
    return rows


def _approximate(c: Candidate) -> bool:
    """Only one pivot family gives it (no direct dictionary, no second pivot)."""
    fams = set(c.votes)
    return not fams & {"fd", "rev"} and len(fams) < 2
