"""The review list: the most frequent content lemmas (9,000: beyond the B1 vocabulary, into the
rarer words a learner clicks on real pages) with the glossary's first gloss.

Regenerates docs/glossary-review.tsv from the lexicon's frequency ranks (NOUN, VERB, ADJ, ADV;
the grammatical lemmas être, avoir, ne, pas... left out) and the glossary as it is now, keeping
the reviewer's verdicts: a verdict is kept while the first gloss it judged is unchanged; when
the glossary now gives another first gloss, the row is to review again ("?") and the old gloss
and verdict are kept in the `was` column (unless the new first gloss is the reviewer's own
curated sense: then it is ok); a wrong or missing first sense once recorded there stays, so that
tests/core/test_curated.py still checks it is never shown again. Verdicts: ok | approx (right but not the best word) |
wrong (corrected in assets/curated-glosses.tsv) | missing (no gloss; added there too).

    .venv/bin/python benchmarks/glossary_review.py            # regenerate, print a summary
    .venv/bin/python benchmarks/glossary_review.py --todo     # also list the rows to review
    .venv/bin/python benchmarks/glossary_review.py --top 9400 # a longer list (default: as long
                                                              # as the list is now)
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.curated import curated_entry  # noqa: E402
from reader.core.glossary import default_glossary  # noqa: E402
from reader.core.lexicon import FUNCTION_LEMMAS  # noqa: E402
from reader.core.paths import asset  # noqa: E402

REVIEW = ROOT / "docs" / "glossary-review.tsv"
COLUMNS = ("rank", "lemma", "pos", "gender", "first_gloss", "senses", "verdict", "curated", "was")
CONTENT = ("NOUN", "VERB", "ADJ", "ADV")
VERDICTS = ("ok", "approx", "wrong", "missing", "skip", "?")


def top_lemmas(n: int) -> list[tuple[int, str, str, str]]:
    """(rank, lemma, pos, gender) of the n most frequent content lemmas of the lexicon."""
    conn = sqlite3.connect(f"file:{asset('lexicon.sqlite').as_posix()}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT id, lemma, pos, gender FROM lemma WHERE pos IN (?, ?, ?, ?) ORDER BY id", CONTENT
    )
    out = []
    for rank, lemma, pos, gender in rows:
        if lemma in FUNCTION_LEMMAS or not lemma.replace("-", "").replace("'", "").isalpha():
            continue
        if len(lemma) < 2:
            continue  # the letters j, l, s... of elided words, which the analysis never yields
        out.append((rank, lemma, pos, gender))
        if len(out) == n:
            break
    return out


def read_review(path: Path = REVIEW) -> dict[tuple[str, str], dict[str, str]]:
    """(lemma, pos) -> the row as last written (with its verdict)."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(r["lemma"], r["pos"]): r for r in rows}


def build(n: int = 9000) -> list[dict[str, str]]:
    """The review rows, old verdicts kept where the first gloss is unchanged."""
    glossary = default_glossary()
    old = read_review()
    rows = []
    for rank, lemma, pos, gender in top_lemmas(n):
        result = glossary.lookup(lemma, pos, lemma)
        first = result.first_gloss
        senses = " | ".join(s.text for s in result.senses[:3])
        cur = curated_entry(lemma, pos)  # its most common gender first
        row = {
            "rank": str(rank),
            "lemma": lemma,
            "pos": pos,
            "gender": result.gender or gender,
            "first_gloss": first,
            "senses": senses,
            "verdict": "?",
            "curated": "; ".join(cur.senses) if cur else "",
            "was": "",
        }
        prev = old.get((lemma, pos))
        if prev is not None:
            if prev["first_gloss"] == first:
                row["verdict"] = prev["verdict"]
                row["was"] = prev.get("was", "")
            elif prev["verdict"] == "?":
                row["was"] = prev.get("was", "")  # still to review: keep what was judged
            else:
                row["was"] = f"{prev['first_gloss']} [{prev['verdict']}]"
                if prev["verdict"] in ("ok", "approx") and prev.get("was", "").endswith(
                    ("[wrong]", "[missing]")
                ):
                    row["was"] = prev["was"]  # the wrong first sense once shown stays on record
                if cur is not None and first in (cur.senses[0], cur.senses[0].split(", ")[0]):
                    row["verdict"] = "ok"  # now the reviewer's own curated sense
        rows.append(row)
    return rows


def write(rows: list[dict[str, str]], path: Path = REVIEW) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(
            "# The most frequent content lemmas and the glossary's first gloss, reviewed by hand\n"
            "# (benchmarks/glossary_review.py regenerates it and keeps the verdicts).\n"
            "# verdict: ok | approx | wrong (corrected in assets/curated-glosses.tsv) | missing\n"
            "# (added there too) | skip (not a French lemma: an analysis artefact)\n"
        )
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def summary(rows: list[dict[str, str]]) -> dict[str, int]:
    """Verdict counts, and wrong/missing rows the curated table does not correct."""
    counts = {v: 0 for v in VERDICTS}
    uncorrected = []
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
        if r["verdict"] in ("wrong", "missing"):
            lead = r["curated"].split("; ")[0] if r["curated"] else ""
            if not lead or lead == r["first_gloss"]:
                uncorrected.append(f"{r['lemma']} {r['pos']}")
    counts["wrong or missing without a curated correction"] = len(uncorrected)
    if uncorrected:
        print("uncorrected:", ", ".join(uncorrected))
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--top",
        "-n",
        type=int,
        default=0,
        help="how many lemmas, most frequent first (default: as many as the list holds now)",
    )
    parser.add_argument("--todo", action="store_true", help="print the rows still to review")
    args = parser.parse_args()
    rows = build(args.top or len(read_review()) or 9000)
    write(rows)
    print(f"{len(rows)} rows -> {REVIEW.relative_to(ROOT)}")
    for k, v in summary(rows).items():
        print(f"  {k}: {v}")
    if args.todo:
        for r in rows:
            if r["verdict"] == "?":
                print(
                    "\t".join(
                        r[c] for c in ("rank", "lemma", "pos", "first_gloss", "senses", "was")
                    )
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
