"""Worksheets from the handout's words: vocabulary sheet and cloze with word bank and key."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from reader.core.exporters.worksheet_docx import build_worksheet_docx
from reader.core.exporters.worksheet_html import render_worksheet_html
from reader.core.handout import Handout, HandoutOptions
from reader.core.worksheet import cloze, cloze_paragraphs, vocabulary_rows, word_bank

WORDS = ("garanties", "élargissement", "homologue", "soupçons")


@pytest.fixture
def handout(sample_doc):
    h = Handout(sample_doc, options=HandoutOptions(title="Lavrov et Blinken"))
    for w in WORDS:
        e = h.add(next(t.index for t in sample_doc.tokens if t.text == w))
        h.edit(e, gloss=f"gloss-{w}")
    h.entries[0].approximate = True
    return h


def test_vocabulary_rows_carry_word_grammar_gloss_sentence_and_level(handout):
    rows = vocabulary_rows(handout)
    assert [r.word for r in rows] == list(WORDS)
    first = rows[0]
    assert first.headword == "la garantie" and first.gloss == "≈\u202fgloss-garanties"
    assert "propositions de Moscou sur les " in first.before and first.after.startswith(" de")
    assert first.level in ("A1", "A2", "B1", "B2", "C1", "C2")
    assert all(len(r.before) + len(r.after) < 200 for r in rows)


def test_cloze_blanks_the_words_in_order_with_a_bank_and_a_key(handout):
    paras, answers = cloze(handout)
    assert answers == list(WORDS)
    text = "".join(p.text if not p.blank else f"[{p.blank}]" for para in paras for p in para.pieces)
    assert (
        "sur les [1] de sécurité" in text
        and "garanties de sécurité" not in text.split("[1]")[1][:40]
    )
    assert word_bank(answers) == ["élargissement", "garanties", "homologue", "soupçons"]
    kept = cloze_paragraphs(handout)
    assert len(kept) < len(paras) and all(any(p.blank for p in k.pieces) for k in kept)


def test_html_worksheets(handout):
    vocab = render_worksheet_html(handout, "vocabulary")
    assert "<thead>" in vocab and "display: table-header-group" in vocab
    assert "<b>garanties</b>" in vocab and "≈ approximate translation" in vocab
    assert "Vocabulary — Lavrov et Blinken" in vocab and "<script" not in vocab
    page = render_worksheet_html(handout, "cloze")
    body, key = page.split('<div class="key">')
    assert "page-break-before: always" in page.split("</style>")[0]
    text = body.split('<div class="bank">')[1].split("</div>", 1)[1]
    for w in WORDS:  # the glossed occurrence is blanked (later ones stay, as in the handout)
        assert text.count(w) == handout.document.text.count(w) - 1
    assert re.findall(r"<li>([^<]+)</li>", key) == list(WORDS)
    with pytest.raises(ValueError, match="unknown worksheet"):
        render_worksheet_html(handout, "crossword")


def test_docx_worksheets(handout):
    buf = io.BytesIO()
    build_worksheet_docx(handout, "vocabulary").save(buf)
    with zipfile.ZipFile(buf) as z:
        xml = z.read("word/document.xml").decode()
    assert "<w:tblHeader/>" in xml and "gloss-homologue" in xml
    buf = io.BytesIO()
    build_worksheet_docx(handout, "cloze").save(buf)
    with zipfile.ZipFile(buf) as z:
        xml = z.read("word/document.xml").decode()
    body, key = xml.split('w:type="page"')
    assert "Answer key" in key and all(f"{i}. {w}" in key for i, w in enumerate(WORDS, 1))
    assert "gloss-" not in xml
