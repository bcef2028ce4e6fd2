"""The pop-up of a word the vocabulary model left out as not French says what it is."""

from __future__ import annotations

from reader.core.glossary import default_glossary
from reader.core.learner import Learner, assess
from reader.ui.gloss_popup import build_entry


def _card(popup, doc, word):
    i, tok = next((i, t) for i, t in enumerate(doc.tokens) if t.text == word)
    info = assess(doc, Learner("B1")).words[i]
    popup.set_entry(build_entry(tok, info, default_glossary().lookup_token(tok, doc.text)))
    return popup.text()


def test_an_english_word_is_said_to_be_english_with_its_meaning(popup, analyzer):
    doc = analyzer.analyze("Le site affiche un footer en bas de chaque page.")
    text = _card(popup, doc, "footer")
    assert "English word" in text
    assert "English: footer" in text or "1. " in text  # its own word, or a gloss found


def test_a_french_word_is_not_said_to_be_english(popup, analyzer):
    doc = analyzer.analyze("Le routeur affiche un message en bas de chaque page.")
    assert "English" not in _card(popup, doc, "routeur")


def test_a_word_of_another_language_is_said_to_be_foreign(popup, analyzer):
    doc = analyzer.analyze("Les astronomes chinois nommaient xīngguān les astérismes.")
    assert "Foreign word" in _card(popup, doc, "xīngguān")
    assert "Foreign word" not in _card(popup, doc, "astérismes")
