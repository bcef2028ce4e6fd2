"""Articles, possessives and object pronouns: the dictionaries mix them (les: 'them')."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_articles_and_object_pronouns_are_told_apart(analyzer, glossary):
    text = (
        "Les enfants lisent les livres. Je les vois. Il ne la voit pas. Leur maison est "
        "grande. Je leur parle. Elle mange du pain. Ces pages."
    )
    doc = analyzer.analyze(text)
    got = [(t.text, glossary.lookup_token(t, doc.text)) for t in doc.tokens if t.is_word]

    def gloss(word: str, nth: int = 0) -> str:
        return [r for w, r in got if w == word][nth].first_gloss

    assert gloss("Les") == "the"  # not "them"
    assert gloss("les") == "the"
    assert gloss("les", 1) == "them"  # je les vois
    assert gloss("la") == "her"  # il ne la voit pas
    assert gloss("Leur") == "their"
    assert "them" in gloss("leur")  # je leur parle
    assert gloss("du") == "some"
    assert gloss("Ces") == "these"  # not taken for an English word
