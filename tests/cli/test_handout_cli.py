"""`python -m reader handout` as a teacher runs it for a batch of texts."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from reader.core.handout import Handout, HandoutOptions
from reader.core.handout_store import HandoutStore
from reader.core.paths import sample_article
from reader.core.store import Store


def run_cli(*args, data_dir=None):
    env = dict(os.environ)
    if data_dir is not None:
        env["FRENCH_READER_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "reader", "handout", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


@pytest.fixture
def saved(sample_doc, tmp_path):
    """The teacher saved a handout for the sample article in the app: two words, one edited."""
    data = tmp_path / "data"
    data.mkdir()
    store = Store(data / "french-reader.sqlite3")
    h = Handout(sample_doc, options=HandoutOptions(layout="glossary", level="B2"))
    for word, gloss in (("homologue", "counterpart"), ("soupçons", "suspicions")):
        index = next(t.index for t in sample_doc.tokens if t.text == word)
        h.edit(h.add(index), gloss=gloss, note="teacher's choice" if word == "soupçons" else None)
    HandoutStore(store).save(h)
    store.close()
    return data


def test_saved_choices_are_reused_in_pdf_and_html(saved, tmp_path):
    import pypdf

    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    proc = run_cli(str(sample_article()), "--layout", "notes", "-o", str(pdf), data_dir=saved)
    assert proc.returncode == 0, proc.stderr
    assert "2 words glossed" in proc.stdout and "page" in proc.stdout
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert re.search(r"homologue.*counterpart.*soupçons.*suspicions.*teacher's choice", text)
    proc = run_cli(str(sample_article()), "--format", "html", "-o", str(html), data_dir=saved)
    assert proc.returncode == 0, proc.stderr
    page = html.read_text(encoding="utf-8")
    assert "<td>counterpart</td>" in page and 'class="glossary"' in page  # the saved layout


def test_missing_file_is_one_line_error(tmp_path):
    proc = run_cli(str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.pdf"), data_dir=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr
