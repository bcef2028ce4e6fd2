"""Worksheet PDFs: the vocabulary table's rows whole with the header on each page; the cloze
answer key on a page of its own."""

from __future__ import annotations

import pypdf
import pytest

from reader.core.handout import Handout, HandoutOptions
from reader.printing.worksheet_pdf import write_worksheet_pdf


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


def _pages(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]


def _handout(doc, many: bool):
    h = Handout(doc, options=HandoutOptions(font_size=13))
    seen = set()
    for t in doc.tokens:
        if t.is_word and len(t.text) > (4 if many else 9) and t.lemma not in seen:
            seen.add(t.lemma)
            h.edit(h.add(t.index), gloss=f"g{t.index}")
    return h


def test_vocabulary_sheet_rows_whole_and_header_on_each_page(sample_doc, tmp_path):
    h = _handout(sample_doc, many=True)
    pages = write_worksheet_pdf(h, "vocabulary", tmp_path / "v.pdf")
    texts = _pages(tmp_path / "v.pdf")
    assert pages == len(texts) >= 2
    header = "# Word Grammar Meaning In the text Level"
    assert all(p.count(header) == 1 for p in texts)
    found = [int(x) for x in __import__("re").findall(r"\bg(\d+)\b", " ".join(texts))]
    assert found == [e.first_token for e in h.entries]  # every row once, in order


def test_cloze_answer_key_on_its_own_page(sample_doc, tmp_path):
    h = _handout(sample_doc, many=False)
    pages = write_worksheet_pdf(h, "cloze", tmp_path / "c.pdf")
    texts = _pages(tmp_path / "c.pdf")
    assert pages == len(texts) >= 2
    k = next(i for i, p in enumerate(texts) if "Answer key" in p)
    assert k >= 1 and texts[k].split("Answer key")[0].strip() == ""  # the key starts its page
    key = " ".join(texts[k:])
    body = " ".join(texts[:k]).split("Complete the text", 1)[1]
    for n, e in enumerate(h.entries, 1):
        assert f"{n}. {e.word}" in key
        assert body.count(e.word) < sample_doc.text.count(e.word) + 1  # bank yes, text blanked
