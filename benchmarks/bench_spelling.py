"""The spelling fallback (reader.core.spelling) on random single edits of Lexique forms.

Forms of 5 letters or more are drawn by their use (a form is drawn as often as it is read:
wordfreq's frequency), each misspelt by one random edit of one kind (an accent changed or
dropped, a consonant doubled or undoubled, a letter dropped, added, replaced by a neighbouring
key, two neighbours swapped); a spelling that is itself a word some list knows (a real-word
error no spelling check sees) is left out and counted. Each misspelling goes through the
pop-up's path (`Glossary.lookup_token` on a one-word text, the POS unknown) and comes out
right (the drawn form, or another form of its lemma and POS: the gloss shown is right),
wrong, or declined. Printed per kind: recall (right / all), precision (right / fired); then
what it gets wrong and a sample of what it declines, to read.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_spelling.py [--n 2000] [--seed 7]

Nothing here is shipped or used by the tests.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core import spelling  # noqa: E402
from reader.core.document import Token  # noqa: E402
from reader.core.glossary import default_glossary  # noqa: E402
from reader.core.lexicon import default_lexicon  # noqa: E402

ACCENTS = {"e": "éèê", "é": "eèê", "è": "eé", "ê": "eé", "a": "à", "à": "a", "â": "a"}
ACCENTS.update({"i": "î", "î": "i", "o": "ô", "ô": "o", "u": "ùû", "û": "u", "ç": "c", "c": "ç"})
KINDS = ("accent", "double", "undouble", "drop", "add", "neighbour", "swap")


def misspell(form: str, kind: str, rng: random.Random) -> str:
    """`form` with one edit of `kind`, or '' when the form offers none of that kind."""
    n = len(form)
    if kind == "accent":
        slots = [i for i, c in enumerate(form) if c in ACCENTS]
        if not slots:
            return ""
        i = rng.choice(slots)
        return form[:i] + rng.choice(ACCENTS[form[i]]) + form[i + 1 :]
    if kind == "double":
        slots = [
            i
            for i in range(1, n - 1)
            if form[i] in spelling.CONSONANTS and form[i] not in (form[i - 1], form[i + 1])
        ]
        if not slots:
            return ""
        i = rng.choice(slots)
        return form[: i + 1] + form[i] + form[i + 1 :]
    if kind == "undouble":
        slots = [
            i for i in range(1, n) if form[i] == form[i - 1] and form[i] in spelling.CONSONANTS
        ]
        if not slots:
            return ""
        i = rng.choice(slots)
        return form[:i] + form[i + 1 :]
    if kind == "drop":
        i = rng.randrange(1, n)
        return form[:i] + form[i + 1 :]
    if kind == "add":
        i = rng.randrange(1, n + 1)
        return form[:i] + rng.choice("abcdefghijklmnopqrstuvwxyzéè") + form[i:]
    if kind == "neighbour":
        slots = [i for i in range(1, n) if form[i].isascii()]
        if not slots:
            return ""
        i = rng.choice(slots)
        keys = [b for a, b in spelling._NEIGHBOURS if a == form[i]]
        return form[:i] + rng.choice(sorted(keys)) + form[i + 1 :] if keys else ""
    if kind == "swap":
        slots = [i for i in range(1, n - 1) if form[i] != form[i + 1]]
        if not slots:
            return ""
        i = rng.choice(slots)
        return form[:i] + form[i + 1] + form[i] + form[i + 2 :]
    raise ValueError(kind)


def draw_forms(n: int, rng: random.Random) -> list[str]:
    """`n` Lexique forms of 5+ letters, drawn by their wordfreq frequency."""
    lexicon = default_lexicon()
    conn = sqlite3.connect(f"file:{lexicon.path}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT DISTINCT s.form, s.zipf FROM surface s JOIN form f ON f.form = s.form "
        "WHERE length(s.form) >= 5"
    ).fetchall()
    rows = [(f, z) for f, z in rows if f.isalpha()]
    weights = [10**z for _f, z in rows]
    return [f for f, _z in rng.choices(rows, weights=weights, k=n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="misspellings per kind")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    glossary = default_glossary()
    lexicon = default_lexicon()
    forms = draw_forms(args.n * 3, rng)
    counts: dict[str, Counter] = defaultdict(Counter)
    wrong: list[tuple[str, str, str, str]] = []
    declined: dict[str, list[tuple[str, str]]] = defaultdict(list)
    times: list[float] = []
    for kind in KINDS:
        done = 0
        for form in forms:
            if done >= args.n:
                break
            typo = misspell(form, kind, rng)
            if not typo or typo == form:
                continue
            if lexicon.candidates(typo) or glossary.data.forms(typo) or glossary.data.entries(typo):
                counts[kind]["real word"] += 1
                continue
            done += 1
            token = Token(0, typo, 0, len(typo), 0, 0, typo, "", "", True, norm=typo)
            start = time.process_time()
            result = glossary.lookup_token(token, typo)
            times.append(time.process_time() - start)
            if result.found and result.source != spelling.SOURCE:
                counts[kind]["glossed otherwise"] += 1  # (accents put back: systeme)
                done -= 1
                continue
            if result.source != spelling.SOURCE:
                counts[kind]["declined"] += 1
                declined[kind].append((typo, form))
                continue
            chosen = result.note.rsplit(" ", 1)[-1]
            readings = set(lexicon.candidates(form))
            if chosen == form or readings & set(lexicon.candidates(chosen)):
                counts[kind]["right"] += 1
            else:
                counts[kind]["wrong"] += 1
                wrong.append((kind, typo, form, chosen))
    print(
        f"{'kind':10} {'drawn':>6} {'right':>6} {'wrong':>6} {'declined':>9} {'recall':>7} "
        f"{'precision':>9}  (left out: real-word errors, glossed by another fallback)"
    )
    total = Counter()
    for kind in KINDS:
        c = counts[kind]
        total.update(c)
        _row(kind, c)
    _row("all", total)
    times.sort()
    if times:
        p50, p99 = times[len(times) // 2], times[int(len(times) * 0.99)]
        print(
            f"lookup_token of a misspelling (CPU time): p50 {p50 * 1000:.1f} ms, "
            f"p99 {p99 * 1000:.1f} ms"
        )
    print("\nWrong (kind: misspelling, drawn form -> chosen):")
    for kind, typo, form, chosen in wrong:
        print(f"  {kind}: {typo}, {form} -> {chosen}")
    print("\nDeclined (a sample of 12 per kind: misspelling, drawn form):")
    for kind in KINDS:
        sample = declined[kind][:12]
        print(f"  {kind}: " + ", ".join(f"{t} ({f})" for t, f in sample))
    return 0


def _row(kind: str, c: Counter) -> None:
    drawn = c["right"] + c["wrong"] + c["declined"]
    fired = c["right"] + c["wrong"]
    recall = c["right"] / drawn if drawn else 0.0
    precision = c["right"] / fired if fired else 0.0
    print(
        f"{kind:10} {drawn:6} {c['right']:6} {c['wrong']:6} {c['declined']:9} {recall:7.1%} "
        f"{precision:9.1%}  ({c['real word']})"
    )


if __name__ == "__main__":
    sys.exit(main())
