"""Samples of what each derivation rule of issue 13 builds, to read and judge by hand.

For every lemma of Lexique (assets/glossary-lexique.sqlite) that neither a bundled dictionary nor
the curated table glosses, each rule of reader.core.derivation is tried as the lookup tries it; 50 random outputs per rule
are printed (seeded, so a re-run shows the same ones) with the rule's total count. A rule with
more than 1 wrong in 10 on its sample is dropped or narrowed (the verdicts are in the commit
that added or changed the rule).

    .venv/bin/python tools/derivation_sample.py [--rule NAME] [--n 50] [--seed 13]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core import derivation  # noqa: E402
from reader.core.glossary import Glossary  # noqa: E402
from reader.core.paths import assets_dir  # noqa: E402


def unglossed_lemmas(bare: Glossary) -> list[tuple[str, str]]:
    """(lemma, POS) of Lexique that the dictionaries and the curated table leave without a
    gloss."""
    conn = sqlite3.connect(assets_dir() / "glossary-lexique.sqlite")
    rows = conn.execute(
        "SELECT DISTINCT lemma, pos FROM forms WHERE pos IN ('NOUN', 'ADJ', 'VERB', 'ADV')"
    ).fetchall()
    out = []
    for lemma, pos in sorted(rows):
        if " " in lemma or not lemma.replace("-", "").isalpha():
            continue
        if not bare.lookup(lemma, pos, lemma).senses:
            out.append((lemma, pos))
    return out


def rules(g: Glossary) -> dict:
    """Rule name -> f(lemma, POS) -> English ('' when the rule does not apply)."""
    cog = g._cognate_english

    def participle(lemma: str, pos: str) -> str:
        if pos != "VERB" or not lemma.endswith("er"):
            return ""
        verb = g._built_verb(lemma)
        return g._participle_gloss(verb) if verb else ""

    def compound(lemma: str, pos: str) -> str:
        found = g._compound(lemma, pos) if "-" in lemma.strip("-") else None
        return found.entry.senses[0][0] if found is not None and found.entry.senses else ""

    return {
        "cognate": lambda w, p: (
            derivation.cognate(w, p, g._learned_english) if p in ("NOUN", "ADJ") else ""
        ),
        "spelt_same": lambda w, p: (
            g._spelt_same(w)
            if p in ("NOUN", "ADJ") and len(w) >= 6 and w.isascii() and g._learned_english(w)
            else ""
        ),
        "adverb": lambda w, p: derivation.adverb(w, g._first_gloss, cog) if p == "ADV" else "",
        "ement_noun": lambda w, p: (
            derivation.ement_noun(w, g._verb_gloss, cog) if p == "NOUN" else ""
        ),
        "ement_action": lambda w, p: (
            derivation.ement_action(w, g._action_verb, cog) if p == "NOUN" else ""
        ),
        "ite_noun": lambda w, p: derivation.ite_noun(w, g._sure_gloss, cog) if p == "NOUN" else "",
        "age_noun": lambda w, p: (
            derivation.action_noun(w, g._action_verb, g.data.is_english, cog) if p == "NOUN" else ""
        ),
        "verb_cognate": lambda w, p: (
            derivation.verb_cognate(w, g._english_verb) if p == "VERB" else ""
        ),
        "re_verb": lambda w, p: g._re_gloss(w) if p == "VERB" else "",
        "agent_noun": lambda w, p: (
            derivation.agent_noun(w, g._action_verb, cog) if p == "NOUN" else ""
        ),
        "compound": lambda w, p: compound(w, p),
        "noun_verb": lambda w, p: g._noun_verb(w) if p == "VERB" else "",
        "cognate_eur": lambda w, p: (
            derivation.agent_noun(w, g._cognate_verb, g.data.is_english) if p == "NOUN" else ""
        ),
        "meter_pre_noun": lambda w, p: (
            derivation.meter_compound(w, g._sure_gloss) or derivation.pre_noun(w, g._sure_gloss)
            if p == "NOUN"
            else ""
        ),
        "built_verb": lambda w, p: g._built_verb(w) if p == "VERB" else "",
        "learned_cognate": lambda w, p: (
            derivation.learned_cognate(w, p, g._spelled, g.data.is_english)
            if p in ("NOUN", "ADJ")
            else ""
        ),
        "capitalised_cognate": lambda w, p: (  # a cognate English writes with a capital
            e
            if p in ("NOUN", "ADJ")
            and (c := derivation.cognate(w, p, cog))
            and (e := g._spelled(c)) != c
            else ""
        ),
        "proper_compound": lambda w, p: (
            derivation.proper_compound(w, p, g._first_gloss) if p in ("NOUN", "ADJ") else ""
        ),
        "place_demonym": lambda w, p: (
            derivation.demonym(w, p, g._english_place, ("ien", "ois", "ais", "ain"))
            if p in ("NOUN", "ADJ")
            else ""
        ),
        "participle": participle,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule", default="", help="only this rule")
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    bare = Glossary(derived=False)
    g = Glossary()
    lemmas = unglossed_lemmas(bare)
    print(f"{len(lemmas)} Lexique lemmas (content POS) no dictionary glosses")
    for name, rule in rules(g).items():
        if args.rule and name != args.rule:
            continue
        out = [(w, p, e) for w, p in lemmas if (e := rule(w, p))]
        sample = random.Random(args.seed).sample(out, min(args.n, len(out)))
        print(f"\n== {name}: {len(out)} outputs; {len(sample)} random ones")
        for w, p, e in sorted(sample):
            print(f"  {w:28s} {p:5s} {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
