"""Plain text: encodings detected from content, paragraphs, titles, failures."""

from __future__ import annotations

import codecs
import textwrap

import pytest

from reader.core.errors import ImportFailure
from reader.core.importers import load_bytes, load_path

TEXT = (
    "L’été dernier, nous sommes allés à la mer avec les enfants.\n"
    "« Ça coûte cher », dit-il… Œuvre, cœur, 5 € : voilà où nous en sommes.\n"
    "Déjà, le garçon et l’élève attendaient près de la forêt.\n"
)
LATIN1_TEXT = (
    "L'été dernier, nous sommes allés à la mer. Ça coûte cher, dit-il : où est la forêt ?\n"
)


def assert_blocks_exact(source):
    """Every block is exactly its clean paragraph in the text."""
    for block in source.blocks:
        part = source.text[block.start : block.end]
        assert part == part.strip() and part
        assert "\n" not in part and "  " not in part
    covered = "\n".join(source.text[b.start : b.end] for b in source.blocks)
    assert covered.replace("\n", "") == source.text.replace("\n", "")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
        (LATIN1_TEXT.encode("latin-1"), "latin-1"),
    ],
)
def test_encodings_round_trip(data, encoding):
    source = load_bytes(data, "notes.txt")
    expected = TEXT if "’" in source.text else LATIN1_TEXT
    assert source.text == expected.strip()
    assert source.meta["encoding"] == encoding
    assert source.meta["format"] == "txt"
    assert not source.warnings


def test_encoding_is_not_guessed_from_extension():
    source = load_bytes(TEXT.encode("cp1252"), "notes.html.bak")
    assert "Œuvre, cœur, 5 €" in source.text


def test_lines_become_paragraphs_and_title(tmp_path):
    path = tmp_path / "lecture.txt"
    path.write_text("Une journée à Paris\n\n" + TEXT, encoding="utf-8")
    source = load_path(path)
    assert source.title == "Une journée à Paris"
    assert [b.kind for b in source.blocks] == ["title", "paragraph", "paragraph", "paragraph"]
    assert source.text.startswith("Une journée à Paris\n\nL’été dernier")
    assert source.meta["file"] == str(path)
    assert_blocks_exact(source)


def test_without_title_the_file_name_is_the_title(tmp_path):
    path = tmp_path / "mon_article.txt"
    path.write_text("Le chat dort sur le canapé depuis ce matin, et personne n'ose le réveiller.")
    source = load_path(path)
    assert source.title == "mon article"
    assert [b.kind for b in source.blocks] == ["paragraph"]


def test_hard_wrapped_text_is_rejoined_into_paragraphs():
    para1 = "Il y avait une fois un homme qui vivait dans une petite maison au bord " * 4
    para2 = "Le lendemain matin, il partit pour la ville avec son fils aîné et son chien. " * 3
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in (para1, para2))
    source = load_bytes(wrapped.encode("utf-8"), "roman.txt")
    assert len(source.blocks) == 2
    assert source.text == para1.strip() + "\n" + para2.strip()


def test_verse_keeps_its_lines():
    poem = (
        "Demain, dès l’aube, à l’heure où blanchit la campagne,\n"
        "Je partirai. Vois-tu, je sais que tu m’attends.\n"
        "J’irai par la forêt, j’irai par la montagne.\n"
        "Je ne puis demeurer loin de toi plus longtemps.\n"
    )
    source = load_bytes(poem.encode("utf-8"), "poeme.txt")
    assert len(source.blocks) == 4
    assert source.text.splitlines()[1] == "Je partirai. Vois-tu, je sais que tu m’attends."


def test_whitespace_is_cleaned_but_french_spaces_kept():
    raw = "  Il  dit\u00a0:\t« bonjour\u202f»   et\u200b part.  \r\n\r\n\r\nFin   du  texte.  "
    source = load_bytes(raw.encode("utf-8"), "x.txt")
    assert source.text == "Il dit\u00a0: « bonjour\u202f» et part.\nFin du texte."
    assert_blocks_exact(source)


def test_decomposed_accents_are_composed():
    source = load_bytes("e\u0301te\u0301 a\u0300 la mer".encode(), "x.txt")
    assert source.text == "été à la mer"


def test_not_french_gives_a_warning_with_evidence():
    english = "The minister said on Friday that the secretary of state had promised a written answer within a week."
    source = load_bytes(english.encode(), "news.txt")
    assert len(source.warnings) == 1
    assert "does not look French" in source.warnings[0]
    assert "English" in source.warnings[0] and "%" in source.warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x00" * 500, "0x00 repeated"),
        (b"\xff" * 500, "0xFF repeated"),
        (bytes(range(256)) * 8, "binary"),
        (b"   \n\n\t  \r\n", "no readable text"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG image"),
        (b"{\\rtf1\\ansi Bonjour}", "RTF"),
    ],
)
def test_bad_input_has_one_clear_message(data, message):
    with pytest.raises(ImportFailure, match=message) as info:
        load_bytes(data, "devoir.txt")
    assert "“devoir.txt”" in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportFailure, match="not found"):
        load_path(tmp_path / "nope.txt")
    with pytest.raises(ImportFailure, match="folder"):
        load_path(tmp_path)


def test_too_large_text_is_refused_with_the_limit():
    data = ("Le chat dort. " * 2000).encode()
    with pytest.raises(ImportFailure, match="too large.*10,000 characters"):
        load_bytes(data, "gros.txt", max_chars=10_000)


def test_a_500000_word_book_opens():
    paragraph = "Le vieux marin regardait la mer depuis le port, sans rien dire à personne. " * 10
    book = "\n".join(f"{i}. {paragraph}" for i in range(3600))
    source = load_bytes(book.encode("utf-8"), "livre.txt")
    assert len(source.text.split()) > 500_000
    assert len(source.blocks) == 3600
    assert not source.warnings
