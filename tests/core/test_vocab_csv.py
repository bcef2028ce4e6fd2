"""CSV export of the vocabulary list and reading it back."""

from __future__ import annotations

import pytest

from reader.core.errors import ReaderError
from reader.core.exporters.vocab_csv import COLUMNS, parse_csv, read_csv, write_csv
from reader.core.vocab_item import VocabItem

ITEMS = [
    VocabItem(
        lemma="maison",
        status="learning",
        pos="NOUN",
        surface="maisons",
        gloss="house, home",
        gender="f",
        article="la",
        sentence='Les maisons, dit-il, sont "anciennes".\nTrès anciennes.',
        source="Le village",
        first_seen="2025-03-01T10:00:00",
        updated_at="2025-03-02T11:00:00",
        lookups=3,
    ),
    VocabItem(lemma="s'asseoir", status="known", pos="VERB", gloss="to sit down"),
    VocabItem(lemma="œuvre", status="ignored", gender="f", article="l'"),
    VocabItem(lemma="renard", status="", surface="renards", lookups=1),  # looked up only
]


def test_round_trip_keeps_every_field(tmp_path):
    path = tmp_path / "vocab.csv"
    assert write_csv(ITEMS, path) == 4
    assert read_csv(path) == ITEMS


def test_file_opens_in_spreadsheets(tmp_path):
    path = tmp_path / "vocab.csv"
    write_csv(ITEMS, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads the accents right
    first_line = raw[3:].split(b"\r\n", 1)[0].decode()
    assert first_line.split(",") == list(COLUMNS)
    assert "œuvre" in raw.decode("utf-8-sig")


def test_minimal_csv_marks_words_known():
    items = parse_csv("Lemma,gloss\nchat,cat\n\n,\nchien,dog\n")
    assert [(i.lemma, i.status, i.gloss) for i in items] == [
        ("chat", "known", "cat"),
        ("chien", "known", "dog"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("word,gloss\nchat,cat\n", "no 'lemma' column"),
        ("lemma,status\nchat,maybe\n", "row 2: status 'maybe'"),
        ("lemma,lookups\nchat,many\n", "row 2: lookups must be a number"),
    ],
)
def test_bad_csv_says_what_is_wrong(text, message):
    with pytest.raises(ReaderError, match=message):
        parse_csv(text)
