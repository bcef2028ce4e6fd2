"""A saved news page and a French EPUB, imported and analysed as the app does."""

from __future__ import annotations

import pytest

from reader.core.importers import load_path

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "name",
    ["article_journal.html", "contes.epub", "promenade.pdf", "revolution.docx", "extrait.srt"],
)
def test_imported_file_analyses_into_its_structure(analyzer, fixtures, name):
    source = load_path(fixtures / name)
    doc = analyzer.analyze(source)
    assert doc.title == source.title
    assert doc.chapters == source.chapters
    assert [(p.kind, p.start, p.end, p.chapter) for p in doc.paragraphs] == [
        (b.kind, b.start, b.end, b.chapter) for b in source.blocks
    ]
    for sentence in doc.sentences:
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
    assert all(doc.text[t.start : t.end] == t.text and "\n" not in t.text for t in doc.tokens)


def test_news_page_reads_as_french_sentences(analyzer, fixtures):
    doc = analyzer.analyze(load_path(fixtures / "article_journal.html"))
    words = [t for t in doc.tokens if t.is_word]
    assert len(words) > 250
    lemmas = {t.norm: t.lemma for t in words}
    assert lemmas["abeilles"] == "abeille"
    assert lemmas["observent"] == "observer"
    byline = doc.text[doc.sentences[1].start : doc.sentences[1].end]
    assert byline == "par Camille Durand"  # the page's byline, kept under the title
    first = doc.text[doc.sentences[2].start : doc.sentences[2].end]
    assert first.startswith("Depuis trois ans") and first.endswith("de la ville.")


def test_epub_chapters_survive_analysis(analyzer, fixtures):
    doc = analyzer.analyze(load_path(fixtures / "contes.epub"))
    assert [c.title for c in doc.chapters] == [
        "Le renard et la pluie",
        "La chouette savante",
        "Le verger",
    ]
    by_chapter = {p.chapter for p in doc.paragraphs}
    assert by_chapter == {0, 1, 2}
    renard = [t for t in doc.tokens if t.norm == "renard"]
    assert renard and {doc.paragraphs[t.paragraph].chapter for t in renard} == {0, 1, 2}
