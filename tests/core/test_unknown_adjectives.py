"""An adjective the lexicon does not know keeps a real lemma (spaCy's rules cut its "e")."""

from __future__ import annotations


def test_unknown_adjectives_in_able_and_ique_keep_their_ending(analyzer):
    doc = analyzer.analyze(
        "Depuis une clé USB amorçable, on crée des images amorçables et redimensionnables."
    )
    lemmas = {t.text: t.lemma for t in doc.tokens if t.is_word}
    assert lemmas["amorçable"] == "amorçable"
    assert lemmas["amorçables"] == "amorçable"
    assert lemmas["redimensionnables"] == "redimensionnable"


def test_known_feminine_adjectives_still_lose_their_e(analyzer):
    doc = analyzer.analyze("Une grande maison et une petite rue.")
    lemmas = {t.text: t.lemma for t in doc.tokens if t.is_word}
    assert lemmas["grande"] == "grand" and lemmas["petite"] == "petit"
