"""Handout PDFs: vector text a teacher can search, glosses on their word's page, clean pages."""

from __future__ import annotations

import re

import pytest

import pypdf

from reader.core.analysis import default_analyzer  # noqa: E402
from reader.core.document import Block, SourceText  # noqa: E402
from reader.core.handout import Handout, HandoutOptions  # noqa: E402
from reader.printing.pdf import write_pdf  # noqa: E402


@pytest.fixture(autouse=True)
def _qt(qapp):
    """A QApplication for the whole run (a bare QGuiApplication would break widget tests)."""
    return qapp


WORDS = ("réunion", "garanties", "élargissement", "homologue", "agression", "soupçons")


def _handout(doc, layout: str, **options) -> Handout:
    """A teacher's choice of words, each with a gloss naming the word."""
    h = Handout(doc, options=HandoutOptions(layout=layout, **options))
    for t in doc.tokens:
        if t.text in WORDS and h.entry_for_lemma(t.lemma) is None:
            h.edit(h.add(t.index), gloss=f"gl-{t.text}", gender="f")
    return h


def _pages(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]


@pytest.mark.parametrize("layout", ["notes", "interlinear", "glossary"])
def test_every_chosen_word_and_its_gloss_in_order(sample_doc, tmp_path, layout):
    h = _handout(sample_doc, layout, line_numbers=True)
    h.edit(h.entries[2], note="a teacher's note")
    out = tmp_path / f"{layout}.pdf"
    pages = write_pdf(h, out)
    texts = _pages(out)
    assert pages == len(texts) and 1 <= pages <= 3
    text = " ".join(texts)
    glosses = re.findall(r"gl-(\w+)", text)
    assert glosses == [e.word for e in h.entries]  # each once, in order, nothing else
    assert "a teacher's note" in text
    assert "Ukraine" in text and "Name:" in text
    for e in h.entries:  # the gloss is on the page of its word
        page = next(p for p in texts if f"gl-{e.word}" in p)
        assert e.word in page.replace(f"gl-{e.word}", "")


def test_text_is_printed_once_and_whole(sample_doc, tmp_path):
    h = _handout(sample_doc, "notes")
    write_pdf(h, tmp_path / "a.pdf")
    text = " ".join(_pages(tmp_path / "a.pdf"))
    assert text.count("Le ministre russe des affaires étrangères") == 1
    words = [t.text for t in sample_doc.tokens if t.is_word and len(t.text) > 3]
    pos = 0
    for w in words:  # every word of the article, uncut, in order
        pos = text.find(w, pos)
        assert pos >= 0, w


def _long_doc():
    """About ten pages: the sample article under numbered headings, eight times."""
    from reader.core.paths import sample_article

    article = sample_article().read_text(encoding="utf-8").strip()
    parts, blocks, pos = [], [], 0
    for i in range(8):
        for kind, text in [("heading", f"Partie {i + 1}")] + [
            ("paragraph", line) for line in article.splitlines() if line.strip()
        ]:
            blocks.append(Block(kind, pos, pos + len(text)))
            parts.append(text)
            pos += len(text) + 1
    text = "\n".join(parts)
    return default_analyzer().analyze(SourceText(text, title="Long", blocks=blocks))


@pytest.fixture(scope="module")
def long_doc(analyzer):
    return _long_doc()


def test_long_text_paginates_with_notes_on_their_page_and_headings_kept(long_doc, tmp_path):
    h = Handout(long_doc, options=HandoutOptions(layout="notes", paper="Letter"))
    for t in long_doc.tokens:
        if t.text in WORDS:
            h.edit(h.add(t.index), gloss=f"gl-{t.index}")
    out = tmp_path / "long.pdf"
    pages = write_pdf(h, out)
    texts = _pages(out)
    assert 6 <= pages <= 16
    for number, page in enumerate(texts, 1):
        assert page.endswith(f"{number} / {pages}")
        heading = re.findall(r"Partie \d+", page)
        if heading:  # a heading is followed by its text on the same page
            assert (
                not page.rstrip(f"{number} / {pages}")
                .rstrip()
                .split("gl-")[0]
                .rstrip()
                .endswith(heading[-1])
            )
        for match in re.finditer(r"gl-(\d+)", page):
            token = long_doc.tokens[int(match.group(1))]
            assert f"{token.text}" in page  # its word (with the note mark) is on this page
    found = [int(x) for x in re.findall(r"gl-(\d+)", " ".join(texts))]
    assert found == [e.first_token for e in h.entries]


def test_paper_size(sample_doc, tmp_path):
    for paper, width in (("A4", 595), ("Letter", 612)):
        write_pdf(_handout(sample_doc, "glossary", paper=paper), tmp_path / "p.pdf")
        box = pypdf.PdfReader(str(tmp_path / "p.pdf")).pages[0].mediabox
        assert round(float(box.width)) == width


def test_glossary_header_repeats_on_each_page_and_rows_fit_their_text(sample_doc, tmp_path):
    h = Handout(sample_doc, options=HandoutOptions(layout="glossary", font_size=14))
    seen = set()
    for t in sample_doc.tokens:
        if t.is_word and len(t.text) > 3 and t.lemma not in seen:
            seen.add(t.lemma)
            long = " and a much longer explanation of it" * (3 if len(seen) % 7 == 0 else 0)
            h.edit(h.add(t.index), gloss=f"gl-{t.index}{long}")
    out = tmp_path / "g.pdf"
    pages = write_pdf(h, out)
    texts = _pages(out)
    header = "# Word Lemma POS le/la Meaning"
    first = next(i for i, p in enumerate(texts) if header in p)
    assert pages - first >= 2  # the table runs over pages
    for page in texts[first:]:
        assert page.count(header) == 1
        if page is not texts[first]:
            assert page.split(header)[0].strip() == ""  # at the top, before any row
    found = [int(x) for x in re.findall(r"gl-(\d+)", " ".join(texts))]
    assert found == [e.first_token for e in h.entries]  # every row once, none cut


def test_approximate_mark_is_explained_in_the_page_footer(sample_doc, tmp_path):
    from reader.core.handout import LEGEND

    h = _handout(sample_doc, "notes")
    h.entries[1].approximate = True
    write_pdf(h, tmp_path / "a.pdf")
    texts = _pages(tmp_path / "a.pdf")
    assert f"≈ gl-{h.entries[1].word}" in " ".join(texts).replace("\u202f", " ")
    assert all(LEGEND in p for p in texts)
    h.entries[1].approximate = False
    write_pdf(h, tmp_path / "b.pdf")
    assert not any(LEGEND in p for p in _pages(tmp_path / "b.pdf"))


def test_glossary_rows_are_as_tall_as_their_text(sample_doc, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from reader.printing.layout import Composer, page_layout

    h = _handout(sample_doc, "glossary")
    h.entries[0].gender = ""  # an empty le/la cell
    h.entries[0].pos = "ADJ"
    h.edit(h.entries[1], gloss="a gloss long enough to need a second line " * 3)
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(600)
    writer.setPageLayout(page_layout("A4"))
    rect = writer.pageLayout().paintRectPixels(600)
    composer = Composer(h, writer, float(rect.width()), float(rect.height()))
    rows = composer.glossary_slices()[2:]
    heights = [round(r.height) for r in rows]
    one_line = heights[0]
    assert heights[1] > one_line * 1.5  # the long gloss: two lines or more
    assert all(x == one_line for i, x in enumerate(heights) if i != 1), heights
