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
