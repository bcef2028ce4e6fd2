"""Capitalised common words opening a sentence are words to look up, not names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("Essayez de déplacer toutes les cartes vers les fondations.", "essayer"),
        ("Cliquez sur le bouton pour continuer.", "cliquer"),
        ("Allons voir la mer demain.", "aller"),
        ("Roi et dame sont des figures.", "roi"),
    ],
)
def test_an_opening_instruction_or_noun_is_a_word(analyzer, sentence, lemma):
    first = analyzer.analyze(sentence).tokens[0]
    assert not first.is_name, sentence
    assert first.lemma == lemma and first.pos in ("VERB", "NOUN"), (first.lemma, first.pos)


@pytest.mark.parametrize("sentence", ["Paris est une grande ville.", "Claire est partie hier."])
def test_places_and_first_names_opening_a_sentence_stay_names(analyzer, sentence):
    assert analyzer.analyze(sentence).tokens[0].is_name, sentence
