"""Gather the evidence of every source into a glossary_evidence.Collector."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import glossary_apertium
from glossary_dictd import DictdDatabase
from glossary_evidence import Collector, english_ok, rank_vote
from glossary_parse import Article, parse_freedict
from glossary_pivot import Ding, pivot_votes

from reader.core.glossary import normalise_key

CONTENT = ("NOUN", "VERB", "ADJ", "ADV")


def add_freedict(col: Collector, free: dict[str, list[Article]], wn: dict) -> None:
    for key, arts in free.items():
        for art in arts:
            for i, sense in enumerate(art.senses):
                for j, gloss in enumerate(sense):
                    if "(" in gloss and gloss.index("(") == 0:
                        continue
                    if english_ok(gloss.split("(")[0], wn):
                        vote = rank_vote(i) / (1.0 + 0.3 * j)
                        col.add(key, art.pos, art.gender, gloss, "fd", vote)


def add_reversed(col: Collector, rev: dict[str, list[Article]], wn: dict) -> None:
    for key, arts in rev.items():
        for art in arts:
            for sense in art.senses:
                for j, gloss in enumerate(sense):
                    if english_ok(gloss, wn):
                        col.add(key, art.pos, "", gloss, "rev", rank_vote(j))


def add_german(col: Collector, wik: dict[str, list[Article]], ding: Ding, wn: dict) -> None:
    for key, arts in wik.items():
        for art in arts:
            votes = pivot_votes(art, ding)
            if not votes:
                continue
            top = max(votes.values())
            best = sorted(votes.items(), key=lambda kv: -kv[1])[:8]
            for english, v in best:
                if english_ok(english, wn):
                    col.add(key, art.pos, art.gender, english, "deu", v / top)


def add_dutch(col: Collector, src: Path, wn: dict) -> int:
    """FreeDict fra-nld -> nld-eng (no POS: votes only where they agree with others)."""
    try:
        fra_nld = DictdDatabase(src, "freedict-fra-nld")
        nld_eng = DictdDatabase(src, "freedict-nld-eng")
    except FileNotFoundError:
        return 0
    eng: dict[str, list[str]] = defaultdict(list)
    for _head, text in nld_eng.entries():
        art = parse_freedict(text)
        for sense in art.senses:
            eng[art.head].extend(g for g in sense if g not in eng[art.head])
    n = 0
    for _, text in fra_nld.entries():
        art = parse_freedict(text)
        key = normalise_key(art.head)
        votes: dict[str, float] = defaultdict(float)
        dutch = [d for s in art.senses for d in s][:6]
        for i, d in enumerate(dutch):
            for j, e in enumerate(eng.get(d, ())[:6]):
                votes[e] = max(votes[e], rank_vote(i) / (1.0 + 0.3 * j))
        for e, v in votes.items():
            if english_ok(e, wn):
                col.add(key, art.pos, art.gender, e, "nld", v)
                n += 1
    return n


def add_apertium(col: Collector, lemmas: list[str], wn: dict, chains=("cat", "spa", "epo")) -> int:
    if not glossary_apertium.available():
        raise SystemExit(
            "Apertium pairs missing: apt-get install lttoolbox "
            + " ".join(glossary_apertium.PACKAGES)
        )
    n = 0
    for name in chains:
        for t in glossary_apertium.chain(name, lemmas):
            if t.rank >= 9 and not english_ok(t.english, wn):
                continue  # the pivot word leaking through untranslated
            if not english_ok(t.english, wn):
                continue
            vote = 0.4 if t.rank >= 9 else rank_vote(t.rank)
            col.add(normalise_key(t.lemma), t.pos, t.gender, t.english, name, vote, t.rank == 0)
            n += 1
    return n
