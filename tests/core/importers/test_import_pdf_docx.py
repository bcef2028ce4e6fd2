"""PDF (paragraphs rebuilt, hyphenation rejoined, running heads dropped) and DOCX."""

from __future__ import annotations

import pytest
from importer_checks import assert_clean, block_texts

from reader.core.errors import ImportFailure
from reader.core.importers import load_bytes, load_path
from reader.core.importers.pdf import join_lines


@pytest.fixture(scope="module")
def pdf(fixtures):
    return load_path(fixtures / "promenade.pdf")


def test_pdf_title_and_author(pdf):
    assert pdf.title == "Une promenade en ville"
    assert pdf.meta["author"] == "Paul Girard"
    assert pdf.meta["pages"] == "2"
    assert block_texts(pdf, "title") == ["Une promenade en ville"]


def test_pdf_paragraphs_are_rebuilt(pdf):
    paragraphs = block_texts(pdf, "paragraph")
    assert paragraphs == [
        "Ce matin, Julie est sortie de chez elle très tôt. Le soleil se levait à peine sur les "
        "toits de la ville, et les rues étaient encore vides. C’était une journée exceptionnelle : "
        "pour une fois, elle n’avait pas cours.",
        "Elle a marché jusqu’au marché couvert, où les commerçants installaient leurs étals. Un "
        "vieux monsieur vendait des fraises et des cerises ; il lui a dit que c’était peut-être la "
        "dernière semaine de la saison.",
        "Ensuite, Julie a traversé le parc. Au-dessus du lac, un arc-en-ciel apparaissait entre "
        "les nuages, et des enfants couraient après les canards en riant.",
        "Elle est rentrée à midi, fatiguée mais contente de sa matinée.",
    ]
    assert_clean(pdf)


def test_pdf_running_header_and_page_numbers_are_dropped(pdf):
    assert "Lectures faciles" not in pdf.text
    assert not any(t.isdigit() for t in block_texts(pdf))


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("une jour-", "née exceptionnelle", "une journée exceptionnelle"),
        ("c’était peut-", "être la fin", "c’était peut-être la fin"),
        ("un arc-en-", "ciel", "un arc-en-ciel"),
        ("« Viens », dit-", "il en riant", "« Viens », dit-il en riant"),
        ("Jean-", "Pierre arrive", "Jean-Pierre arrive"),
        ("la gram\u00ad", "maire", "la grammaire"),
        ("fin de ligne", "suite", "fin de ligne suite"),
        ("entre 1914-", "1918", "entre 1914-1918"),
    ],
)
def test_line_end_hyphens(before, after, joined):
    assert join_lines(before, after) == joined


def test_pdf_without_text_says_scanned():
    blank = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    with pytest.raises(ImportFailure, match="no text.*scanned"):
        load_bytes(blank, "scan.pdf")


def test_truncated_pdf_is_one_clear_failure(fixtures):
    data = (fixtures / "promenade.pdf").read_bytes()
    with pytest.raises(ImportFailure, match="“promenade.pdf”"):
        load_bytes(data[: len(data) // 3], "promenade.pdf")


@pytest.fixture(scope="module")
def word(fixtures):
    return load_path(fixtures / "revolution.docx")


def test_docx_title_headings_paragraphs(word):
    assert word.title == "La Révolution française"
    assert word.meta["author"] == "Mme Lambert"
    assert word.meta["date"] == "2024-09-02"
    assert [b.kind for b in word.blocks][:3] == ["title", "paragraph", "heading"]
    assert block_texts(word, "heading") == ["Les causes", "Les dates importantes"]
    assert block_texts(word, "quote") == ["Liberté, égalité, fraternité."]
    paragraphs = block_texts(word, "paragraph")
    assert (
        "Le roi convoque les états généraux. Les députés du tiers état se révoltent." in paragraphs
    )
    assert_clean(word)


def test_docx_tables_read_row_by_row(word):
    paragraphs = block_texts(word, "paragraph")
    assert "14 juillet 1789 – Prise de la Bastille" in paragraphs
    assert paragraphs[-1] == "À retenir pour le contrôle de vendredi."


@pytest.mark.parametrize(
    ("style", "kind"),
    [
        ("Heading 2", "heading"),
        ("Titre 1", "heading"),
        ("Titre", "title"),
        ("Citation", "quote"),
        ("Normal", "paragraph"),
    ],
)
def test_docx_style_names_in_english_and_french(style, kind):
    from reader.core.importers.docx import style_kind

    assert style_kind(style) == kind
