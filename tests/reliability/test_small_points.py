"""Issue 15 point 11: one-line logs for refused files, no internals in messages, mixed
encodings, DOCTYPE leftovers, subtitles with bad timings."""

from __future__ import annotations

import logging

import pytest

from reader.core.errors import ImportFailure
from reader.core.importers import load_bytes

UTF8 = "Le café est très bon et la forêt est belle.\n".encode()
LATIN1 = "Un élève à l'école a déjà mangé une pêche.\n".encode("latin-1")


@pytest.mark.parametrize(
    "data", [UTF8 * 3 + LATIN1 * 5, UTF8 * 5 + LATIN1 * 3, (UTF8 + LATIN1) * 9]
)
def test_mixed_utf8_and_latin1_french_is_read(data):
    source = load_bytes(data, "notes.txt")
    assert "café" in source.text and "élève" in source.text and "pêche" in source.text
    assert "\ufffd" not in source.text and "Ã" not in source.text


def test_doctype_internal_subset_leaves_nothing_on_screen():
    page = b"""<!DOCTYPE html [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY lol "lol">
]>
<html><head><title>Essai</title></head><body><p>Bonjour &xxe; tout le monde &lol;, voici
une phrase assez longue pour une page.</p></body></html>"""
    text = load_bytes(page, "page.html").text
    assert "]>" not in text and "&xxe;" not in text and "&lol;" not in text
    assert "root:" not in text and "Bonjour tout le monde" in text


def test_subtitles_with_bad_timings_are_reported():
    srt = (
        b"1\n00:00:01,000 --> 00:00:03,000\nBonjour tout le monde.\n\n"
        b"2\n00:00:04,000 --> 00:0x:05,000\nUne phrase perdue.\n\n"
        b"3\n00:00:06,000 --> 00:00:08,000\nEt celle-ci est bonne.\n"
    )
    source = load_bytes(srt, "film.srt")
    assert "perdue" not in source.text
    assert source.warnings == ["1 subtitle left out: its timing could not be read."]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"%PDF-1.4\n\xc3\xc3 obj\n", "a.pdf"),
        (
            b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer<</Root 1 0 R>>",
            "b.pdf",
        ),
        (b"PK\x03\x04" + b"\x00" * 60, "c.docx"),
    ],
)
def test_refused_files_say_it_plainly_and_log_one_line(data, name, caplog):
    with caplog.at_level(logging.DEBUG), pytest.raises(ImportFailure) as info:
        load_bytes(data, name)
    message = str(info.value)
    for leak in ("(b'", "\\x", "NoneType", "XML_PARSE_HUGE", "Error -3", "object has no"):
        assert leak not in message, message
    assert all(r.levelno < logging.ERROR and not r.exc_info for r in caplog.records)


def test_a_refused_file_in_a_worker_logs_one_warning_line(qtbot, caplog):
    from reader.ui import workers

    failures = []

    def job(_reporter):
        return load_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "photo.txt")

    with caplog.at_level(logging.INFO):
        workers.start(job, on_done=lambda _: None, on_failed=failures.append, name="open")
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    records = [r for r in caplog.records if "photo.txt" in r.getMessage()]
    assert len(records) == 1 and records[0].levelno == logging.WARNING
    assert not records[0].exc_info and "\n" not in records[0].getMessage()
