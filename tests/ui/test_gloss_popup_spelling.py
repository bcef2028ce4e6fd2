"""The pop-up on a misspelt word: the meaning of the word it misspells, marked as a guess."""

from __future__ import annotations


from reader.core.glossary import default_glossary
from reader.ui.gloss_popup import build_entry


def _show(popup, doc, word):
    tok = next(t for t in doc.tokens if t.text == word)
    popup.set_entry(build_entry(tok, None, default_glossary().lookup_token(tok, doc.text)))
    return popup.text()


def test_a_misspelt_word_shows_the_intended_words_meaning_marked(popup, analyzer):
    text = _show(popup, analyzer.analyze("La conquète du pays dura dix ans."), "conquète")
    right = analyzer.analyze("La conquête du pays dura dix ans.")
    meaning = default_glossary().lookup_token(next(t for t in right.tokens if t.text == "conquête"))
    assert f"1. ≈ <i>{meaning.first_gloss}</i>" in text
    assert "la conquête" in text and "la conquète" not in text  # the card of that word
    assert "≈ approximate translation" in text
    assert "Probably a misspelling of conquête" in text
    assert "add your own meaning" not in text


def test_a_correctly_spelt_word_nothing_glosses_says_so(popup, analyzer, unglossed_noun):
    sentence, word = unglossed_noun
    text = _show(popup, analyzer.analyze(sentence), word)
    assert "misspelling" not in text and "add your own meaning" in text


def test_the_card_gives_the_intended_words_frequency_not_the_misspellings(analyzer):
    from reader.core.learner import Learner, assess

    typo = analyzer.analyze("La conquète du pays dura dix ans.")
    right = analyzer.analyze("La conquête du pays dura dix ans.")
    glossary = default_glossary()
    entries = []
    for doc, word in ((typo, "conquète"), (right, "conquête")):
        i, tok = next((i, t) for i, t in enumerate(doc.tokens) if t.text == word)
        info = assess(doc, Learner("B1")).words[i]
        entries.append(build_entry(tok, info, glossary.lookup_token(tok, doc.text)))
    misspelt, intended = entries
    assert intended.band and intended.cefr
    assert (misspelt.band, misspelt.cefr) == (intended.band, intended.cefr)
