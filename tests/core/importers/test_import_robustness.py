"""Bad input never escapes as anything but ImportFailure with a one-line message."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_checks import assert_clean

from reader.core.errors import ImportFailure
from reader.core.importers import FORMAT_NAMES, load_bytes, load_path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MALFORMED = sorted((FIXTURES / "malformed").iterdir())
GOOD = [
    "article_journal.html",
    "contes.epub",
    "promenade.pdf",
    "revolution.docx",
    "extrait.srt",
    "cours.vtt",
]
NAMES = ["", "x.txt", "x.html", "x.epub", "x.pdf", "x.docx", "x.srt", "x.vtt", "x.mhtml"]


def opens_or_fails_clearly(call) -> str:
    """Run an import: a clean SourceText or one ImportFailure message; returns the outcome."""
    try:
        source = call()
    except ImportFailure as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) < 400
        return message
    assert source.text and source.blocks
    assert_clean(source)
    return "ok"


@pytest.mark.parametrize("path", MALFORMED, ids=[p.name for p in MALFORMED])
def test_malformed_files_fail_clearly(path):
    opens_or_fails_clearly(lambda: load_path(path))


@pytest.mark.parametrize("fmt", sorted(FORMAT_NAMES))
@pytest.mark.parametrize("path", MALFORMED, ids=[p.name for p in MALFORMED])
def test_every_importer_survives_every_malformed_file(path, fmt):
    data = path.read_bytes()
    opens_or_fails_clearly(lambda: load_bytes(data, path.name, as_format=fmt))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zero_bytes.txt", "is empty"),
        ("nul_run.txt", "0x00 repeated"),
        ("ff_run.txt", "0xFF repeated"),
        ("random_bytes.bin", "binary"),
        ("truncated.epub", "damaged EPUB"),
        ("truncated.docx", "damaged Word"),
        ("truncated.pdf", "damaged PDF"),
        ("header_only.pdf", "damaged PDF"),
        ("random_bytes.epub", "not a valid EPUB"),
        ("text_named.epub", "not a valid EPUB"),
        ("image_named.txt", "PNG image"),
        ("empty_container.epub", "damaged EPUB"),
        ("bad_cue.srt", "without any readable subtitle"),
    ],
)
def test_malformed_messages_name_the_problem(name, expected):
    with pytest.raises(ImportFailure, match=expected) as info:
        load_path(FIXTURES / "malformed" / name)
    assert f"“{name}”" in str(info.value)


def test_deep_html_is_refused_clearly():
    with pytest.raises(ImportFailure, match="nested too deeply"):
        load_path(FIXTURES / "malformed" / "deep.html")


def test_unclosed_html_still_reads():
    source = load_path(FIXTURES / "malformed" / "unclosed.html")
    assert source.text == "Le début d’un texte mal fermé"


FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


@FAST
@given(data=st.binary(max_size=3000), name=st.sampled_from(NAMES))
def test_random_bytes(data, name):
    opens_or_fails_clearly(lambda: load_bytes(data, name))


@FAST
@given(data=st.binary(min_size=1, max_size=2000), fmt=st.sampled_from(sorted(FORMAT_NAMES)))
def test_random_bytes_forced_through_each_importer(data, fmt):
    opens_or_fails_clearly(lambda: load_bytes(data, "x", as_format=fmt))


@FAST
@given(
    text=st.text(min_size=1, max_size=500),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
)
def test_any_text_in_any_encoding(text, encoding):
    data = text.encode(encoding, errors="replace")
    opens_or_fails_clearly(lambda: load_bytes(data, "notes.txt"))


@st.composite
def mutated(draw):
    """A real fixture file, truncated, with bytes flipped, a span deleted or junk inserted."""
    name = draw(st.sampled_from(GOOD))
    data = bytearray((FIXTURES / name).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "truncate", "delete", "insert"]))
        at = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "truncate":
            del data[at:]
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
    return name, bytes(data)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(case=mutated())
def test_mutated_real_files(case):
    name, data = case
    opens_or_fails_clearly(lambda: load_bytes(data, name))
