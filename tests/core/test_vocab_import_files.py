"""Reading words to import: word lists, CSV files and real Anki exports."""

from __future__ import annotations

import zipfile

import pytest

from reader.core.errors import ReaderError
from reader.core.exporters.anki import export_apkg
from reader.core.vocab_import import (
    clean_word,
    lemmas_from,
    note_text,
    read_anki_words,
    read_words,
    to_lemma,
)
from reader.core.vocab_item import VocabItem

CARDS = ["chat", "la maison", "<b>courir</b>&nbsp;[sound:courir.mp3]", "l’arbre (m)"]


def _anki_exports(folder):
    """Export a small Basic deck with the real Anki library in every package format."""
    from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions

    col = Collection(str(folder / "c.anki2"))
    model = col.models.by_name("Basic")
    deck = col.decks.id("Default")
    for word in CARDS:
        note = col.new_note(model)
        note["Front"], note["Back"] = word, "meaning"
        col.add_note(note, deck)
    paths = {}
    for legacy in (False, True):
        out = folder / f"deck-{'old' if legacy else 'new'}.apkg"
        options = ExportAnkiPackageOptions(with_media=True, legacy=legacy)
        col.export_anki_package(out_path=str(out), options=options, limit=DeckIdLimit(deck))
        paths[out.name] = out
    out = folder / "all.colpkg"
    col.export_collection_package(str(out), include_media=True, legacy=False)  # closes col
    paths[out.name] = out
    return paths


@pytest.fixture(scope="module")
def anki_exports(tmp_path_factory):
    import anki.collection  # noqa: F401

    return _anki_exports(tmp_path_factory.mktemp("anki"))


@pytest.mark.parametrize("name", ["deck-new.apkg", "deck-old.apkg", "all.colpkg"])
def test_reads_first_field_of_real_anki_exports(anki_exports, name):
    words = read_anki_words(anki_exports[name])
    assert words == ["chat", "la maison", "courir", "l’arbre (m)"]


def test_reads_our_own_apkg(tmp_path):
    items = [VocabItem("maison", article="la", gloss="house"), VocabItem("œuvre")]
    path = export_apkg(items, tmp_path / "ours.apkg").path
    assert read_anki_words(path) == ["maison", "œuvre"]


def test_not_an_anki_file(tmp_path):
    bad = tmp_path / "x.apkg"
    bad.write_text("hello")
    with pytest.raises(ReaderError, match="not an Anki package"):
        read_anki_words(bad)
    empty = tmp_path / "y.apkg"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("media", "{}")
    with pytest.raises(ReaderError, match="no Anki collection"):
        read_anki_words(empty)


def test_word_list_and_csv_files(tmp_path):
    listing = tmp_path / "words.txt"
    listing.write_text("# my words\nchat\n\nchien  # a dog\nmaisons\n", encoding="utf-8")
    assert [i.lemma for i in read_words(listing)] == ["chat", "chien", "maisons"]
    assert {i.status for i in read_words(listing)} == {"known"}

    ours = tmp_path / "vocab.csv"
    ours.write_text("lemma,status\nchat,learning\n", encoding="utf-8")
    assert read_words(ours) == [VocabItem("chat", status="learning")]
    # A CSV without our header is read as a word list: first column, one row each.
    other = tmp_path / "other.csv"
    other.write_text("chat,cat\nchien,dog\n", encoding="utf-8")
    assert [clean_word(i.lemma) for i in read_words(other)] == ["chat", "chien"]
    with pytest.raises(ReaderError, match="no such file"):
        read_words(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("la maison", "maison"),
        ("l’arbre (m)", "arbre"),
        ("L'Arbre", "arbre"),
        ("s'asseoir", "asseoir"),
        ("chat, chatte", "chat"),
        ("chien - dog", "chien"),
        ("pomme de terre", "pomme de terre"),
        ("  Bonjour ! ", "bonjour"),
        ("lait", "lait"),
    ],
)
def test_clean_word(raw, word):
    assert clean_word(raw) == word


def test_note_text_strips_markup():
    assert note_text("<div>le <i>chat</i></div><div>the cat</div>") == "le chat"
    assert note_text("[sound:a.wav]&quot;oui&quot;") == '"oui"'


def test_inflected_words_become_lemmas():
    from reader.core.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert to_lemma("maisons", lexicon) == "maison"
    assert to_lemma("allait", lexicon) == "aller"
    assert to_lemma("chat", lexicon) == "chat"
    assert to_lemma("xyzzyq", lexicon) == "xyzzyq"
    lemmas, skipped = lemmas_from(["les maisons", "maison", "42", "Allait"], lexicon)
    assert lemmas == ["maison", "aller"]
    assert skipped == ["42"]
