"""EPUB: chapters in reading order, title, author."""

from __future__ import annotations

import pytest
from importer_checks import assert_clean, block_texts

from reader.core.errors import ImportFailure
from reader.core.importers import load_bytes, load_path


@pytest.fixture(scope="module")
def book(fixtures):
    return load_path(fixtures / "contes.epub")


def test_epub_title_author_and_metadata(book):
    assert book.title == "Contes de la forêt"
    assert book.meta["author"] == "Hélène Moreau"
    assert book.meta["language"] == "fr"
    assert book.meta["format"] == "epub"
    assert not book.warnings


def test_epub_chapters_follow_the_spine(book):
    assert [c.title for c in book.chapters] == [
        "Le renard et la pluie",
        "La chouette savante",
        "Le verger",
    ]
    first = book.text[book.chapters[0].start : book.chapters[0].end]
    assert first.startswith("Chapitre 1\nLe renard et la pluie\n\nIl pleuvait depuis trois jours")
    assert book.text[book.chapters[2].start : book.chapters[2].end].endswith(
        "rentra chez lui, heureux."
    )
    for block in book.blocks:
        chapter = book.chapters[block.chapter]
        assert chapter.start <= block.start < block.end <= chapter.end
    assert_clean(book)


def test_epub_blocks_keep_their_kind(book):
    assert block_texts(book, "heading")[:2] == ["Chapitre 1", "Le renard et la pluie"]
    assert block_texts(book, "quote") == ["Celui qui sait attendre trouve toujours son chemin."]
    paragraphs = block_texts(book, "paragraph")
    assert len(paragraphs) == 8
    assert paragraphs[1] == (
        "Il sortit de son terrier, regarda le ciel gris et soupira : "
        "« Demain, peut-être, le soleil reviendra. »"
    )
    assert "Couverture" not in book.text  # the cover page has no text and is no chapter


def test_truncated_epub_says_damaged(fixtures):
    data = (fixtures / "contes.epub").read_bytes()
    with pytest.raises(ImportFailure, match="damaged EPUB"):
        load_bytes(data[: len(data) // 2], "contes.epub")
