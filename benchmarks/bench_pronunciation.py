"""Pronunciation: agreement with Wiktionary's IPA (WikiPron) and the cost in the pop-up.

Run: .venv/bin/python benchmarks/bench_pronunciation.py [--wikipron PATH] [--limit N]

Reads ../shared/dictsrc/wikipron/fra_latn_broad_filtered.tsv (a reference only: never copied
into the project). For every WikiPron word that Lexique 3.83 knows (a deterministic sample
of --limit words), prints the exact-match rate and the phone error rate (phone edit distance
/ reference phones) of
  - Lexique's `phon` mapped to IPA (reader.core.pronunciation.lexique_ipa), any reading;
  - espeak-ng alone on the word (TextToPhonemes, the yardstick), measured in the same run;
then the same for words Lexique lacks (where the reader falls back on espeak-ng). Both sides
are compared after the same normalisation: no stress, length, syllable or liaison marks, and
/ɑ/ merged into /a/ (Lexique, like most current speakers, has no /ɑ/ vs /a/ contrast).
Last, the time the pop-up spends on a word's pronunciation (first look-up of each sentence,
espeak calls included) on the sample article, next to the glossary look-up it already does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import unicodedata
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.edit_distance import edit_distance  # noqa: E402
from reader.core.espeak_ipa import espeak_ipa  # noqa: E402
from reader.core.lexicon import Lexicon  # noqa: E402
from reader.core.pronunciation import clean_espeak, lexique_ipa  # noqa: E402

DEFAULT_WIKIPRON = ROOT.parent / "shared" / "dictsrc" / "wikipron" / "fra_latn_broad_filtered.tsv"
_DROP = str.maketrans("", "", "ˈˌː.‿ ")
_MERGE = {"ɑ": "a"}


def phones(ipa: str) -> list[str]:
    """IPA string -> phones (a letter with its combining marks), normalised."""
    text = unicodedata.normalize("NFD", ipa).translate(_DROP)
    out: list[str] = []
    for ch in text:
        if unicodedata.combining(ch) and out:
            out[-1] += ch
        elif ch == "\u0361" and out:  # tie bar
            out[-1] += ch
        else:
            out.append(_MERGE.get(ch, ch))
    return [unicodedata.normalize("NFC", p) for p in out]


def read_wikipron(path: Path) -> dict[str, list[list[str]]]:
    """word -> its reference pronunciations (phone lists); lower-case words only."""
    refs: dict[str, list[list[str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _, ipa = line.rstrip("\n").partition("\t")
            if word and ipa and word == word.lower() and " " not in word:
                refs[word].append(phones(ipa.replace(" ", "")))
    return refs


def score(hyps: dict[str, list[list[str]]], refs: dict[str, list[list[str]]]) -> tuple:
    """(words, exact share, phone error rate): best hypothesis against best reference."""
    exact = errors = total = 0
    for word, candidates in hyps.items():
        best = None
        for ref in refs[word]:
            for hyp in candidates:
                d = edit_distance(hyp, ref)
                if best is None or d < best[0] or (d == best[0] and len(ref) > best[1]):
                    best = (d, len(ref))
        if best is None:
            continue
        exact += best[0] == 0
        errors += best[0]
        total += best[1]
    n = len(hyps)
    return n, exact / max(n, 1), errors / max(total, 1)


def espeak_word(word: str) -> list[str]:
    clauses = espeak_ipa(word) or []
    return phones(clean_espeak(" ".join(clauses)))


def agreement(refs, lexicon: Lexicon, limit: int) -> None:
    words = sorted(refs, key=lambda w: zlib.crc32(w.encode("utf-8")))
    in_lexique = [w for w in words if lexicon.pronunciations(w)]
    # The first `limit` words (in CRC32 order) were read while writing lexique_ipa's two
    # rules; the next `limit` are held out.
    for title, known in (
        ("read while writing the rules", in_lexique[:limit]),
        ("held out", in_lexique[limit : 2 * limit]),
    ):
        print(f"\nWikiPron words in Lexique, {title}:")
        _compare(known, refs, lexicon)
    print(f"\nWikiPron lower-case words: {len(refs)}; in Lexique: {len(in_lexique)}")
    unknown = [w for w in words if not lexicon.pronunciations(w)][: max(limit // 4, 1)]
    esp_u = {w: [espeak_word(w)] for w in unknown}
    n, ex, per = score(esp_u, refs)
    print(f"{'words Lexique lacks: espeak-ng (the fallback)':44} {n:6d} {ex:7.3f} {per:7.3f}")


def _compare(known: list[str], refs, lexicon: Lexicon) -> None:
    t = time.perf_counter()
    lex_h = {w: [phones(lexique_ipa(c, w)) for _, _, c in lexicon.pronunciations(w)] for w in known}
    lex_s = time.perf_counter() - t
    t = time.perf_counter()
    esp_h = {w: [espeak_word(w)] for w in known}
    esp_s = time.perf_counter() - t
    print(f"{'source':44} {'words':>6} {'exact':>7} {'PER':>7}  ms/word")
    for name, hyps, secs in (
        ("espeak-ng alone (yardstick)", esp_h, esp_s),
        ("Lexique 3.83 phon -> IPA (any reading)", lex_h, lex_s),
    ):
        n, ex, per = score(hyps, refs)
        print(f"{name:44} {n:6d} {ex:7.3f} {per:7.3f}  {secs / max(n, 1) * 1000:.3f}")
    first = {w: [h[0]] for w, h in lex_h.items()}
    n, ex, per = score(first, refs)
    print(f"{'Lexique, most frequent reading only':44} {n:6d} {ex:7.3f} {per:7.3f}")
    _, ex_e, per_e = score(esp_h, refs)
    _, ex_l, per_l = score(lex_h, refs)
    print(f"  ratio Lexique / espeak: exact {ex_l / ex_e:.3f}, PER {per_l / per_e:.3f}")
    raw = {
        w: [phones(lexique_ipa(c, w, standard=False)) for _, _, c in lexicon.pronunciations(w)]
        for w in known
    }
    n, ex, per = score(raw, refs)
    print(f"{'Lexique phon as written (no e/o rules)':44} {n:6d} {ex:7.3f} {per:7.3f}")


def popup_cost(init_ms: float) -> None:
    """Per-word pronunciation time in the pop-up vs the glossary look-up, sample article."""
    from reader.core.analysis import default_analyzer
    from reader.core.glossary import default_glossary
    from reader.core.paths import sample_article
    from reader.core.pronunciation import Pronouncer

    doc = default_analyzer().analyze(sample_article().read_text(encoding="utf-8"))
    glossary = default_glossary()
    pron = Pronouncer()
    words = [t for t in doc.tokens if t.is_word]
    gloss_ms, pron_ms = [], []
    for tok in words:
        t = time.perf_counter()
        glossary.lookup_token(tok)
        gloss_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        pron.for_token(doc, tok)
        pron_ms.append((time.perf_counter() - t) * 1000)

    def p99(values: list[float]) -> float:
        return sorted(values)[min(len(values) - 1, int(len(values) * 0.99))]

    both = [a + b for a, b in zip(gloss_ms, pron_ms, strict=True)]
    print(f"\npop-up cost on the sample article ({len(words)} words, cold caches):")
    print(f"  libespeak-ng load + first call: {init_ms:.1f} ms (once per process)")
    for name, values in (("glossary look-up (yardstick)", gloss_ms), ("pronunciation", pron_ms)):
        print(
            f"  {name:30} p50 {statistics.median(values):6.3f} ms  p99 {p99(values):6.3f} ms"
            f"  max {max(values):6.3f} ms"
        )
    ratio = p99(pron_ms) / max(p99(gloss_ms), 1e-9)
    print(
        f"  both: p99 {p99(both):.3f} ms (budget 16 ms); pronunciation / glossary p99 {ratio:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wikipron", type=Path, default=DEFAULT_WIKIPRON)
    parser.add_argument("--limit", type=int, default=6000, help="words sampled from Lexique's")
    args = parser.parse_args(argv)
    if not args.wikipron.is_file():
        print(f"WikiPron not found at {args.wikipron}", file=sys.stderr)
        return 2
    t = time.perf_counter()
    if espeak_ipa("bonjour") is None:  # loading libespeak-ng: once per process
        print("espeak-ng (libespeak-ng) is not installed", file=sys.stderr)
        return 2
    init_ms = (time.perf_counter() - t) * 1000
    agreement(read_wikipron(args.wikipron), Lexicon(), args.limit)
    popup_cost(init_ms)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
