"""Gloss coverage and lookup latency.

Coverage: share of content-word (NOUN, VERB, ADJ, ADV; names excluded) lemma types and tokens
with an English gloss, on the sample article (spaCy analysis), on wordfreq's top 3,000 French
words and on ranks 3,000-20,000 (POS and lemma from Lexique, tokens weighted by frequency).
wordfreq splits "j'ai" into "j" + "ai": an elided word is counted as its full form (j -> je,
n -> ne), as the analysis reads it in a text, not as the letter j (the figure counting letters
as nouns is printed too). Each coverage line is printed for the dictionaries alone (headwords'
own glosses: the baseline) and with derived glosses (-ment adverbs, words known only inside
expressions, compounds glossed part by part). Gender: agreement with WikDict on nouns present
in both. Latency: Glossary.lookup_token p50/p99 against a plain dict lookup in the same run.

    .venv/bin/python benchmarks/bench_glossary.py
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.french import elision_full_form  # noqa: E402
from reader.core.glossary import BundledData, Glossary  # noqa: E402
from reader.core.paths import asset, sample_article  # noqa: E402

CONTENT = ("NOUN", "VERB", "ADJ", "ADV")


def pct(n: float, d: float) -> str:
    return f"{100 * n / d:5.1f}%" if d else "  n/a"


def sample_coverage(glossaries: dict[str, Glossary]):
    from reader.core.analysis import default_analyzer

    doc = default_analyzer().analyze(sample_article().read_text(encoding="utf-8"))
    tokens = [t for t in doc.tokens if t.is_word and not t.is_name and t.pos in CONTENT]
    for label, glossary in glossaries.items():
        hits = {}
        sources: dict[str, int] = {}
        missing = set()
        for t in tokens:
            r = glossary.lookup_token(t)
            ok = bool(r.senses)
            hits[(t.lemma, t.pos)] = hits.get((t.lemma, t.pos), False) or ok
            sources[r.source or "none"] = sources.get(r.source or "none", 0) + 1
            if not ok:
                missing.add(t.lemma)
        tok_ok = sum(1 for t in tokens if hits[(t.lemma, t.pos)])
        print(
            f"sample article  {label:12s} tokens {pct(tok_ok, len(tokens))} of {len(tokens):5d}   "
            f"lemma types {pct(sum(hits.values()), len(hits))} of {len(hits):5d}"
        )
        print(f"  sources (tokens): {dict(sorted(sources.items()))}")
        print(f"  no English gloss: {', '.join(sorted(missing))}")
    return doc


def _lexique_row(lex: sqlite3.Connection, word: str) -> tuple[str, str] | None:
    return lex.execute(
        "SELECT lemma, pos FROM forms WHERE form = ? ORDER BY freq DESC LIMIT 1", (word,)
    ).fetchone()


def wordlist_coverage(glossaries: dict[str, Glossary], lo: int, hi: int) -> None:
    from wordfreq import top_n_list, word_frequency

    words = top_n_list("fr", hi)[lo:hi]
    lex = sqlite3.connect(asset("glossary-lexique.sqlite"))
    rows = {}
    skipped = 0
    for w in words:
        row = _lexique_row(lex, w)
        if row is None:
            skipped += 1  # not a French word form in Lexique: names, English, abbreviations
            continue
        full = elision_full_form(w + "'")
        rows[w] = (row, _lexique_row(lex, full) if full else row)
    for label, glossary in glossaries.items():
        for elided_as_letters in (False, True):
            types: dict[tuple[str, str], bool] = {}
            tok_total = tok_ok = 0.0
            for w, (letter_row, full_row) in rows.items():
                row = letter_row if elided_as_letters else full_row
                if row is None or row[1] not in CONTENT:
                    continue
                lemma, pos = row
                ok = bool(glossary.lookup(lemma if row is not letter_row else w, pos, lemma).senses)
                types[(lemma, pos)] = types.get((lemma, pos), False) or ok
                f = word_frequency(w, "fr")
                tok_total += f
                tok_ok += f if ok else 0.0
            if elided_as_letters:
                print(f"    (j, m... counted as the letters j, m: tokens {pct(tok_ok, tok_total)})")
                continue
            print(
                f"wordfreq {lo:>5}-{hi:<6} {label:12s} tokens {pct(tok_ok, tok_total)} "
                f"(freq-weighted)   lemma types {pct(sum(types.values()), len(types))} "
                f"of {len(types):5d}   ({skipped} words not in Lexique skipped)"
            )


def gender_agreement(glossary: Glossary) -> None:
    wik = sqlite3.connect(asset("glossary-wikdict.sqlite"))
    free = sqlite3.connect(asset("glossary-freedict.sqlite"))
    w_gender = {}
    for key, gender in wik.execute("SELECT key, gender FROM entries WHERE pos = 'NOUN'"):
        if gender:
            w_gender.setdefault(key, set()).add(gender)
    both = agree = raw_agree = raw_n = 0
    for key, gender in free.execute("SELECT key, gender FROM entries WHERE pos = 'NOUN'"):
        if key not in w_gender or len(w_gender[key]) != 1:
            continue
        expected = next(iter(w_gender[key]))
        both += 1
        agree += glossary.lookup(key, pos="NOUN").gender == expected
        if gender:
            raw_n += 1
            raw_agree += gender == expected
    print(
        f"gender vs WikDict  glossary {pct(agree, both)} of {both} nouns in both   "
        f"(raw FreeDict gender: {pct(raw_agree, raw_n)} of {raw_n})"
    )


def latency(doc) -> None:
    words = [t for t in doc.tokens if t.is_word]
    glossary = Glossary(data=BundledData())  # cold caches
    times_cold = []
    for t in words:
        t0 = time.perf_counter_ns()
        glossary.lookup_token(t)
        times_cold.append(time.perf_counter_ns() - t0)
    times_warm = []
    for t in words:
        t0 = time.perf_counter_ns()
        glossary.lookup_token(t)
        times_warm.append(time.perf_counter_ns() - t0)
    table = {t.norm: t.lemma for t in words}
    times_dict = []
    for t in words:
        t0 = time.perf_counter_ns()
        table.get(t.norm)
        times_dict.append(time.perf_counter_ns() - t0)

    def q(xs, p):
        return statistics.quantiles(xs, n=100)[p - 1] / 1000

    base50, base99 = q(times_dict, 50), q(times_dict, 99)
    for name, xs in (("lookup cold", times_cold), ("lookup warm", times_warm)):
        p50, p99 = q(xs, 50), q(xs, 99)
        print(
            f"{name:12s} p50 {p50:7.1f} us  p99 {p99:7.1f} us  max {max(xs) / 1000:7.1f} us   "
            f"(x{p50 / base50:,.0f} / x{p99 / base99:,.0f} a dict lookup)"
        )
    print(f"{'dict lookup':12s} p50 {base50:7.3f} us  p99 {base99:7.3f} us   ({len(words)} tokens)")


def main() -> int:
    t0 = time.perf_counter()
    data = BundledData()
    print(f"open glossary data: {1000 * (time.perf_counter() - t0):.1f} ms")
    glossary = Glossary(data=data)
    both = {"dictionaries": Glossary(data=data, derived=False), "+ derived": glossary}
    doc = sample_coverage(both)
    wordlist_coverage(both, 0, 3000)
    wordlist_coverage(both, 3000, 20000)
    gender_agreement(glossary)
    latency(doc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
