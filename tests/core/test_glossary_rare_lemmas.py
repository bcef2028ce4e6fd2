"""Rare lemmas no dictionary glosses (issue 13, point 5): Lexique's content lemmas that no source
translates have hand-written senses, shown in the pop-up for the word in its sentence."""

from __future__ import annotations

import pytest

from reader.core.glossary import Glossary, default_glossary
from token_helpers import in_sentence


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return default_glossary()


# Lexique ranks 34,000-41,999 (lex34): forms in their sentences, read through their lemma.
@pytest.mark.parametrize(
    "sentence, word, lemma, pos, gloss",
    [
        ("Il a fait ressemeler ses vieilles bottes.", "ressemeler", "ressemeler", "VERB",
         "resole"),
        ("Les cervidés sortent du bois à la tombée de la nuit.", "cervidés", "cervidé", "NOUN",
         "cervid"),
        ("Des étudiants désargentés partagent un studio.", "désargentés", "désargenté", "ADJ",
         "penniless"),
        ("La pinacothèque de la ville expose des primitifs italiens.", "pinacothèque",
         "pinacothèque", "NOUN", "picture gallery"),
        ("Le manuscrit s'ouvre sur une lettrine dorée.", "lettrine", "lettrine", "NOUN",
         "drop cap"),
    ],
)  # fmt: skip
def test_rare_lemmas_34k_have_hand_written_senses(glossary, sentence, word, lemma, pos, gloss):
    r = glossary.lookup_token(in_sentence(sentence, word, lemma, pos), sentence)
    assert r.found and r.first_gloss == gloss and r.source == "curated"


# Lexique ranks 26,000-33,999 (lex26): country, crafts and dated words in their sentences.
@pytest.mark.parametrize(
    "sentence, word, lemma, pos, first",
    [
        ("Elle tenait une clarine au cou de sa vache.", "clarine", "clarine", "NOUN", "cowbell"),
        ("Il faut remplir le saloir de lard.", "saloir", "saloir", "NOUN", "salting tub"),
        ("La voiture avançait cahin-caha sur le chemin.", "cahin-caha", "cahin-caha", "ADV",
         "after a fashion"),
        ("Les prés verdoient au printemps.", "verdoient", "verdoyer", "VERB", "be green"),
        ("Une phalène tournait autour de la lampe.", "phalène", "phalène", "NOUN",
         "geometer moth"),
    ],
)  # fmt: skip
def test_rare_lemmas_26k_have_hand_written_senses(glossary, sentence, word, lemma, pos, first):
    r = glossary.lookup_token(in_sentence(sentence, word, lemma, pos), sentence)
    assert r.found and r.lemma == lemma
    assert r.first_gloss == first


# Lexique ranks 42,000-50,999 (lex42): country, crafts and everyday words in their sentences.
@pytest.mark.parametrize(
    "sentence, word, lemma, pos, first",
    [
        ("On ramasse la salicorne au bord des marais salants.", "salicorne", "salicorne",
         "NOUN", "glasswort"),
        ("Les Gaulois buvaient de la cervoise.", "cervoise", "cervoise", "NOUN",
         "cervoise (ancient barley beer)"),
        ("La banque a retardé le décaissement du prêt.", "décaissement", "décaissement",
         "NOUN", "disbursement"),
        ("Il faut désodoriser le réfrigérateur.", "désodoriser", "désodoriser", "VERB",
         "deodorize"),
        ("Les enfants cueillent des bluets dans les blés.", "bluets", "bluet", "NOUN",
         "cornflower"),
    ],
)  # fmt: skip
def test_rare_lemmas_42k_have_hand_written_senses(glossary, sentence, word, lemma, pos, first):
    r = glossary.lookup_token(in_sentence(sentence, word, lemma, pos), sentence)
    assert r.found and r.lemma == lemma and r.source == "curated"
    assert r.first_gloss == first
