"""`python -m reader handout` as a teacher runs it for a batch of texts (in-process)."""

from __future__ import annotations

import re

import pytest

from reader.core.handout import Handout, HandoutOptions
from reader.core.handout_store import HandoutStore
from reader.core.paths import sample_article
from reader.core.store import Store


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


def test_saved_choices_are_reused_in_pdf_and_html(run_cli, saved, tmp_path):
    import pypdf

    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    env = {"FRENCH_READER_DATA_DIR": saved}
    result = run_cli("handout", sample_article(), "--layout", "notes", "-o", pdf, env=env)
    assert result.code == 0, result.err
    assert "2 words glossed" in result.out and "page" in result.out
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert re.search(r"homologue.*counterpart.*soupçons.*suspicions.*teacher's choice", text)
    result = run_cli("handout", sample_article(), "--format", "html", "-o", html, env=env)
    assert result.code == 0, result.err
    page = html.read_text(encoding="utf-8")
    assert "<td>counterpart</td>" in page and 'class="glossary"' in page  # the saved layout


def test_missing_file_is_one_line_error(run_cli, tmp_path):
    result = run_cli("handout", tmp_path / "nope.txt", "-o", tmp_path / "x.pdf")
    assert result.code == 2
    assert result.err.strip().count("\n") == 0 and "no such file" in result.err
    assert not (tmp_path / "x.pdf").exists()
