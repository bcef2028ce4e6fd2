"""Fuzzing at the doors: whatever comes in, the answer is a result or one clear error
(hypothesis, small scale: the whole file runs in a few tens of seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import ImportFailure, ReaderError
from reader.core.exporters.csv_cells import FORMULA_STARTS, plain_cell, safe_cell
from reader.core.exporters.vocab_csv import parse_csv
from reader.core.importers import from_clipboard, load_bytes
from reader.core.store import split_sql

FIXTURES = Path(__file__).resolve().parents[1] / "core" / "importers" / "fixtures"
# Every character, lone surrogates included (hypothesis leaves them out by default).
ANY_CHAR = st.characters(exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=200)
FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

MAGIC = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"WEBVTT\n\n", b"1\n00:00:01,000 --> "]


def _one_clear_error(exc: BaseException) -> None:
    message = str(exc)
    assert message and "\n" not in message and "Traceback" not in message
    for leak in ("NoneType", "XML_PARSE_HUGE", "(b'", "object has no attribute"):
        assert leak not in message, message


@FAST
@given(st.sampled_from(MAGIC), st.binary(max_size=2000), st.sampled_from(["", "x.txt", "y.pdf"]))
def test_any_bytes_give_a_document_or_one_clear_error(magic, body, name):
    try:
        source = load_bytes(magic + body, name)
    except ImportFailure as exc:
        _one_clear_error(exc)
    else:
        assert source.text and "\ud800" not in source.text


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir() if p.is_file()))
@settings(max_examples=25, deadline=None, database=None)
@given(data=st.data())
def test_damaged_real_files(fixture, data):
    original = (FIXTURES / fixture).read_bytes()
    blob = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(blob) - 1))
        blob[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(blob) // 2, len(blob)))
    try:
        load_bytes(bytes(blob[:cut]), fixture)
    except ImportFailure as exc:
        _one_clear_error(exc)


@FAST
@given(ANY_TEXT, ANY_TEXT)
def test_pasted_text_with_surrogates(text, html):
    try:
        source = from_clipboard(text, html)
    except ImportFailure as exc:
        _one_clear_error(exc)
    else:
        assert not any("\ud800" <= c <= "\udfff" for c in source.text)
        source.text.encode("utf-8")


@settings(max_examples=20, deadline=None, database=None)
@given(st.text(ANY_CHAR, min_size=1, max_size=80))
def test_analyzer_accepts_any_string(analyzer, text):
    doc = analyzer.analyze("Le chat dort. " + text)
    for tok in doc.tokens:
        assert doc.text[tok.start : tok.end] == tok.text
    doc.text.encode("utf-8")


@FAST
@given(ANY_TEXT)
def test_every_csv_cell_is_safe_and_reads_back(value):
    cell = safe_cell(value)
    assert not cell.lstrip(" ").startswith(FORMULA_STARTS) or cell.startswith("'")
    assert plain_cell(cell) == value


@FAST
@given(st.text(ANY_CHAR, max_size=300))
def test_any_csv_text_gives_rows_or_one_error(text):
    try:
        parse_csv("lemma,status,lookups\n" + text, name="x.csv")
    except ReaderError as exc:
        _one_clear_error(exc)


@FAST
@given(
    st.lists(
        st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12),
        min_size=1,
        max_size=6,
    )
)
def test_split_sql_keeps_quoted_semicolons(values):
    quoted = ["'" + v.replace("'", "''") + "'" for v in values]
    script = ";\n".join(f"INSERT INTO t VALUES ({q})" for q in quoted) + ";"
    statements = split_sql(script)
    assert len(statements) == len(values)
    assert [s.count(";") for s in statements] == [v.count(";") + 1 for v in values]


def test_a_long_run_without_spaces_is_cut_not_tokenized_whole(analyzer):
    # spaCy's tokenizer is quadratic on such runs (10,000 characters took 13 s)
    text = "Le chat dort. " + "\ud800" * 3000 + " x" * 3 + "y" * 2500
    doc = analyzer.analyze(text)
    assert max(t.end - t.start for t in doc.tokens) <= 1000
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
    assert doc.tokens[0].text == "Le" and "\ud800" not in doc.text
