"""The library: documents opened, their progress, the place to reopen, removal."""

from __future__ import annotations

import time

import pytest

from reader.core import library as library_core
from reader.core.library import Library, document_key, known_share, known_share_counts
from reader.core.store import Store

ARTICLE = "Les maisons du village sont anciennes.\nLa rivière coule sous le pont.\n"


@pytest.fixture
def library(tmp_path):
    store = Store(tmp_path / "user.sqlite3")
    yield Library(store)
    store.close()


def test_opened_documents_are_listed_most_recent_first(library, tmp_path):
    book = tmp_path / "village.txt"
    book.write_text(ARTICLE, encoding="utf-8")
    first = library.opened(
        ARTICLE, path=str(book), title="Le village", source="village.txt", words=12, level="A2"
    )
    assert (first.title, first.source, first.words, first.level) == (
        "Le village",
        "village.txt",
        12,
        "A2",
    )
    assert (first.percent_read, first.percent_known, first.position) == (0, 0, 0)
    time.sleep(0.01)
    library.opened("Un autre texte.", title="Collé", source="clipboard")
    assert [e.title for e in library.entries()] == ["Collé", "Le village"]
    # The last document that can be reopened is the file (pasted text is not kept).
    assert library.last().path == str(book)


def test_progress_place_and_reopening(library):
    entry = library.opened(ARTICLE, title="Le village")
    library.update(entry.doc_key, position=len(ARTICLE) // 2, known=0.5)
    library.update(entry.doc_key, position=5)  # scrolled back up: the place moves back...
    again = library.opened(ARTICLE.replace("\n", "\r\n"))  # same text, other line ends
    assert again.doc_key == entry.doc_key
    assert again.title == "Le village"  # kept when reopened without one
    assert again.position == 5  # ...reopened where the learner was
    assert again.percent_read == 50  # ...but the furthest point reached stays
    assert again.percent_known == 50
    library.update(entry.doc_key, position=10_000)
    assert library.get(entry.doc_key).percent_read == 100


def test_remove_from_library(library):
    entry = library.opened(ARTICLE, title="Le village")
    assert library.remove(entry.doc_key)
    assert library.entries() == [] and library.last() is None
    assert not library.remove(entry.doc_key)


def test_the_library_survives_a_restart(tmp_path):
    store = Store(tmp_path / "u.sqlite3")
    Library(store).opened(ARTICLE, title="Le village", level="B1")
    store.close()
    store = Store(tmp_path / "u.sqlite3")
    try:
        (entry,) = Library(store).entries()
        assert (entry.title, entry.level, entry.doc_key) == (
            "Le village",
            "B1",
            document_key(ARTICLE),
        )
    finally:
        store.close()


def test_known_share_counts_known_and_ignored_words():
    statuses = {"maison": "known", "village": "ignored", "rivière": "learning"}
    assert known_share(["le", "maison", "du", "village", "rivière"], statuses) == 2 / 5
    assert known_share([], statuses) == 0.0


def test_known_share_from_lemma_counts_is_the_share_from_the_words(sample_doc):
    lemmas = sample_doc.word_lemmas()
    statuses = {lemmas[0]: "known", lemmas[5]: "ignored", lemmas[9]: "learning"}
    share = known_share_counts(sample_doc.word_lemma_counts(), statuses)
    assert share == known_share(lemmas, statuses) > 0
    assert known_share_counts({"le": 3, "maison": 1}, {"maison": "known"}) == 1 / 4
    assert known_share_counts({}, statuses) == 0.0


def test_a_book_is_keyed_in_steps_with_the_same_key(monkeypatch):
    import hashlib

    text = "Où est l'été ? Ça va.\r\nÉcole 𝔸 ≠ ß\n" * 50
    whole = text.replace("\r\n", "\n")
    want = hashlib.sha256(whole.encode("utf-8")).hexdigest()[:32], len(whole)
    assert library_core.text_key(text) == want
    monkeypatch.setattr(library_core, "_KEY_STEP", 7)  # steps cut anywhere, even in a word
    assert library_core.text_key(text) == want
