"""The importers' line cleaning and binary check take short cuts on ordinary text (a book
is read in the background while the window waits for the GIL); what comes out is the same
as the long way on every kind of character they treat."""

from __future__ import annotations

import random
import unicodedata

import pytest

from reader.core.errors import ImportFailure
from reader.core.importers import load_bytes
from reader.core.importers._builder import _NEEDS_CLEANING, _cleaned, clean_inline
from reader.core.importers.txt import _odd, _refuse_binary

TRICKY = [
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "\u202f",
    "\u2009",
    "\u3000",
    "\u2028",
    "\x85",
    "\x00",
    "\x07",
    "\x7f",
    "\x9f",
    "\u00ad",
    "\u200b",
    "\ufeff",
    "\ufb01",
    "\ufb05",
    "\ud800",
    "\u0301",
    "e\u0301",
    "\ue000",
    "é",
    "a",
    "Z",
    "’",
    "«",
]


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("  Une  ligne  ", "Une ligne"),
        ("prix\u00a0 : 5 €", "prix\u00a0: 5 €"),
        ("e\u0301te\u0301", "été"),
        ("of\ufb01ce", "office"),
        ("mot\u00adcoupé", "motcoupé"),
        ("a\x07b\tc", "ab c"),
        ("\ud800x", "\ufffdx"),
        ("déjà vu", "déjà vu"),
    ],
)
def test_a_line_comes_out_clean(raw, clean):
    assert clean_inline(raw) == clean


def test_the_short_cut_gives_what_every_step_gives():
    rng = random.Random(14)
    for _ in range(20_000):
        raw = "".join(rng.choice(TRICKY) for _ in range(rng.randint(1, 8)))
        assert clean_inline(raw) == _cleaned(raw), repr(raw)


def test_every_whitespace_but_the_space_takes_the_long_way():
    spaces = [chr(i) for i in range(0x110000) if chr(i).isspace() and chr(i) != " "]
    assert all(_NEEDS_CLEANING.match(c) for c in spaces)


def _odd_count_long_way(sample: str) -> int:
    return sum(
        1
        for c in sample
        if c == "\ufffd"
        or (c not in "\t\n\r\f\v" and unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn"))
    )


def test_odd_characters_are_counted_as_before():
    rng = random.Random(3)
    alphabet = TRICKY + ["\ufffd", "\u0378", "\U000f0000", "\x0b", "\r"]
    for _ in range(2_000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        assert sum(sample.count(c) for c in set(sample) if _odd(c)) == _odd_count_long_way(sample)


def test_binary_refused_text_with_a_few_odd_characters_read():
    text = "Le chat dort sur le canapé. " * 40
    _refuse_binary(text + "\x01\x02", "x")  # two stray controls: still text
    with pytest.raises(ImportFailure, match="binary"):
        _refuse_binary(text[:200] + "\x01" * 10, "x")
    with pytest.raises(ImportFailure, match="binary"):
        load_bytes(("Bonjour. " * 50).encode() + bytes(range(1, 9)) * 30, "junk.txt")


def test_a_damaged_utf8_file_with_many_accents_is_still_utf8():
    good = ("Été, forêt, élève, où, déjà. " * 30).encode()
    source = load_bytes(good[:100] + b"\xff" + good[100:], "damaged.txt")
    assert source.meta["encoding"] == "utf-8"
    assert "forêt" in source.text


def test_a_book_decoded_and_split_in_steps_reads_as_in_one_call(monkeypatch):
    """Decoding and line splitting go a step at a time (the GIL is let go between steps):
    characters cut between two steps and every kind of line ending read exactly as done
    in one call, in UTF-8, UTF-16 and Windows-1252, and through the whole importer."""
    from reader.core.importers import txt

    rng = random.Random(14)
    endings = ["\n", "\r\n", "\r", "\u2028", "\x0c", "\x85", "\n\n", "\r\n\r\n"]
    words = ["été", "garçon", "œuvre", "naïve", "«", "»", "—", "…", "€", "𝔘", "ok", "a b"]
    text = "".join(rng.choice(words) + rng.choice(endings + [" "] * 6) for _ in range(6000))
    cp_text = text.encode("cp1252", errors="replace").decode("cp1252")
    whole = {
        "utf-8": text.encode("utf-8"),
        "utf-16-le": text.encode("utf-16-le"),
        "cp1252": cp_text.encode("cp1252"),
    }
    book = text.replace("\x0c", "\n").replace("\x85", "\n").encode("utf-8")  # no controls
    in_one_call = load_bytes(book, "book.txt")
    for step in (7, 64, 1001):
        monkeypatch.setattr(txt, "_DECODE_STEP", step)
        monkeypatch.setattr(txt, "_SPLIT_STEP", step)
        for encoding, data in whole.items():
            assert txt.decode_in_steps(data, encoding) == data.decode(encoding)
        damaged = whole["utf-8"][:5001] + b"\xff\xfe" + whole["utf-8"][5001:-1]
        assert txt.decode_in_steps(damaged, "utf-8", "replace") == damaged.decode(
            "utf-8", "replace"
        )
        assert txt.split_lines(text) == text.splitlines()
        assert txt.split_lines(text + "fin") == (text + "fin").splitlines()
        stepped = load_bytes(book, "book.txt")
        assert stepped.text == in_one_call.text and stepped.blocks == in_one_call.blocks
