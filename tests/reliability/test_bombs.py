"""Decompression bombs and parse-time bombs are refused quickly with a clear "too large",
within a bounded amount of memory (inputs generated here, at a small scale)."""

from __future__ import annotations

import tracemalloc

import hostile
import pytest

from reader.core.errors import ImportFailure
from reader.core.importers import load_bytes

MB = 1024 * 1024


def _refused(data: bytes, name: str) -> tuple[str, int]:
    """(message, peak bytes allocated while opening)."""
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailure) as info:
            load_bytes(data, name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message, peak


def test_pdf_flate_bomb_is_too_large_before_inflating_it_all():
    data = hostile.pdf_flate_bomb(400 * MB)  # 400 KB on disk
    message, peak = _refused(data, "bombe.pdf")
    assert "too large" in message
    assert peak < 150 * MB


def test_truncated_pdf_flate_bomb_is_refused_too():
    data = hostile.pdf_flate_bomb(300 * MB)
    end = data.index(b"endstream")
    data = data[: end - 40] + b"\n" * 40 + data[end:]  # no end of stream: pdfminer salvages
    message, peak = _refused(data, "bombe.pdf")
    assert "too large" in message and peak < 150 * MB


def test_a_small_pdf_still_opens_under_the_budget():
    data = hostile.pdf_flate_bomb(2 * MB)  # a blank page: inflates fine, has no text
    with pytest.raises(ImportFailure, match="contains no text"):
        load_bytes(data, "blank.pdf")


@pytest.mark.parametrize("make", [hostile.epub_bomb, hostile.docx_bomb])
def test_honest_huge_archive_is_refused_from_its_declared_sizes(make):
    data = make(6 * 1024 * MB, crc=False)  # says (truthfully) 6 GB; 6 MB on disk
    message, peak = _refused(data, "livre.epub" if make is hostile.epub_bomb else "x.docx")
    assert "too large" in message and "unpacks to 6,442 MB" in message
    assert peak < 60 * MB


@pytest.mark.parametrize("make", [hostile.epub_bomb, hostile.docx_bomb])
def test_archive_lying_small_is_damaged_not_empty(make):
    data = make(300 * MB, declared=1000, crc=False)
    message, peak = _refused(data, "livre.epub" if make is hostile.epub_bomb else "x.docx")
    assert "corrupt" in message and "empty" not in message
    assert peak < 60 * MB


@pytest.mark.parametrize("make", [hostile.epub_bomb, hostile.docx_bomb])
def test_archive_squeezed_like_a_bomb_is_refused_before_inflating(make):
    data = make(200 * MB, crc=False)  # honest headers, under the total, but 1000:1
    message, peak = _refused(data, "livre.epub" if make is hostile.epub_bomb else "x.docx")
    assert "too large" in message and peak < 60 * MB


def test_html_with_many_attributes_on_one_element_is_refused():
    message, _ = _refused(hostile.html_many_attributes(200_000), "page.html")
    assert "too complex" in message and "attributes" in message


def test_html_with_too_many_elements_is_refused():
    message, _ = _refused(hostile.html_many_elements(400_000), "page.html")
    assert "too complex" in message and "elements" in message


def test_html_with_many_elements_under_the_limit_opens_without_the_extractor():
    source = load_bytes(hostile.html_many_elements(60_000), "page.html")
    assert source.text.count("mot") == 60_000


def test_pasted_html_has_the_same_guard():
    from reader.core.importers import from_clipboard

    html = hostile.html_many_attributes(100_000).decode()
    with pytest.raises(ImportFailure, match="too complex"):
        from_clipboard("texte", html)
