"""A first name that is also a noun (Pierre, Olivier, Claire) opening a sentence."""

from __future__ import annotations

import pytest

from reader.core.first_names import is_first_name

# (sentence, word, is a name)
CASES = [
    ("Pierre a dit qu'il viendrait demain.", "Pierre", True),
    ("Pierre mange une pomme.", "Pierre", True),
    ("Pierre Dupont est arrivé hier.", "Pierre", True),
    ("Olivier a vu la mer.", "Olivier", True),
    ("Olivier et Marc sont venus.", "Olivier", True),
    ("Pierre et ciseaux ne vont pas ensemble.", "Pierre", False),
    ("Claire est partie tôt.", "Claire", True),
    ("Pierre qui roule n'amasse pas mousse.", "Pierre", False),
    ("La pierre est lourde.", "pierre", False),
    ("Grève a été votée hier.", "Grève", False),  # a noun, not a first name
    ("Projet a été abandonné.", "Projet", False),
]


@pytest.mark.parametrize(("sentence", "word", "name"), CASES)
def test_first_name_opening_a_sentence(analyzer, sentence, word, name):
    doc = analyzer.analyze(sentence)
    tok = next(t for t in doc.tokens if t.text == word)
    assert tok.is_name is name, sentence
    if name:
        assert tok.name_kind == "PER" and tok.lemma == word
    else:
        assert tok.lemma == word.lower() and tok.pos == "NOUN", sentence


def test_the_shipped_first_names():
    assert is_first_name("Pierre") and is_first_name("Élodie")
    assert not is_first_name("pierre") and not is_first_name("Grève")
