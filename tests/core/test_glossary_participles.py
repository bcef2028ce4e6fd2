"""A French past participle used as an adjective or in the passive is glossed by the English
participle (est protégé: protected); the compound past keeps the verb's gloss (ont protégé)."""

from __future__ import annotations

import pytest

from reader.core.english_forms import past_participle


def _gloss(analyzer, glossary, text: str, word: str):
    doc = analyzer.analyze(text)
    token = next(t for t in doc.tokens if t.text == word)
    return glossary.lookup_token(token, doc.text)


@pytest.mark.parametrize(
    "text, word, first",
    [
        ("Le fichier est protégé par un mot de passe.", "protégé", "protected"),
        ("Les paquets installés sont listés ici.", "installés", "installed"),
        ("Une fois qu'il a été vendu, le livre disparaît.", "vendu", "sold"),
        # the compound past with avoir, a reflexive verb: the verb's own gloss
        ("Ils ont protégé le fichier.", "protégé", "protect"),
        ("Il a déjà vendu sa maison.", "vendu", "sell"),
        ("Il a finalement vendu sa maison.", "vendu", "sell"),
        ("Elle s'est levée tôt.", "levée", "get up"),  # se lever: the reflexive verb's sense
        # finite forms the tagger marks as participles are left alone
        ("Certains outils agissent avec un simple clic.", "agissent", "act"),
    ],
)
def test_a_participle_used_as_an_adjective_gets_the_english_participle(
    analyzer, glossary, text, word, first
):
    r = _gloss(analyzer, glossary, text, word)
    assert r.first_gloss == first
    assert r.pos == "VERB"  # still the verb's entry: the form line says "participe passé"


def test_a_sentence_initial_determiner_is_not_taken_for_a_subject(glossary):
    from reader.core.document import Token

    text = "Texte.\n\nLa règle classique est simple."
    start = text.index("règle")
    tok = Token(0, "règle", start, start + 5, 0, 0, "règle", "NOUN", "", True)
    assert glossary.lookup_token(tok, text).first_gloss == "rule"


@pytest.mark.parametrize(
    "verb, participle",
    [
        ("determine", "determined"),
        ("deal with", "dealt with"),
        ("copy", "copied"),
        ("stop", "stopped"),
        ("commit", "committed"),
        ("visit", "visited"),
        ("write", "written"),
        ("xqzwbt", ""),  # nothing invented
    ],
)
def test_english_past_participles(glossary, verb, participle):
    assert past_participle(verb, glossary.data.is_english) == participle
