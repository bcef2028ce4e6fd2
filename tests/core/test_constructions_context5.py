"""Expressions and senses in context found wrong on real text (issue 13): units glossed as a
whole (tant que: as long as; même si: even if; de plus opening a clause: moreover; s'en est
bien tiré: get away with it; en très mauvaise posture: in a tight spot), false matches left
out (notez bien que; les noms de suite; de plus amples détails), and a word's sense chosen by
its construction (reader.core.constructions, read by Glossary.lookup_token)."""

from __future__ import annotations

import pytest

from reader.core.expressions import find_expressions

# (sentence, the words of the unit as written, the unit's first gloss in the pop-up)
UNITS = [
    ("Tant que le serveur tourne, rien ne change.", "Tant que", "as long as"),
    ("Même si tu pars, je reste.", "Même si", "even if"),
    ("De plus, le projet est gratuit.", "De plus", "moreover"),
    ("Le code est libre ; de plus, il est documenté.", "de plus", "moreover"),
    ("Dès lors, tout a changé.", "Dès lors", "from then on"),
    ("Dès lors que vous acceptez, le contrat est valide.", "Dès lors que", "since"),
    ("En tout cas, il viendra demain.", "En tout cas", "in any case"),
    ("Le résultat est conforme en tout point.", "en tout point", "in every respect"),
    ("Prenez garde aux chiens.", "Prenez garde", "watch out"),
    ("Le vendeur est tenu de vous informer.", "est tenu de", "be required to"),
    ("Il a fini par jeter l'éponge.", "jeter l'éponge", "throw in the towel"),
    ("Le petit chien a volé la vedette aux acteurs.", "volé la vedette", "steal the show"),
    ("Tout cela ne rime à rien.", "rime à rien", "make no sense (ne rimer à rien)"),
    ("Ils ont utilisé la force brute.", "force brute", "brute force"),
    ("Il s'en est bien tiré.", "s'en est bien tiré", "get away with it"),
    ("Je ne sais pas comment il s'en tire.", "s'en tire", "get away with it"),
    ("Le voleur s'est évanoui dans la nature.", "s'est évanoui dans la nature")
    + ("vanish into thin air",),
    ("Elle a fait un malaise dans le métro.", "fait un malaise", "faint"),
    ("Je suis à sec ce mois-ci.", "à sec", "dry"),
    ("L'armée est en très mauvaise posture.", "en très mauvaise posture", "in a tight spot"),
    ("Il ne s'est pas trompé.", "s'est pas trompé", "be mistaken"),
    ("Il a plu trois jours de suite.", "de suite", "in a row"),
    ("Une fois de plus, accédez aux préférences.", "Une fois de plus", "once again"),
]

# (sentence, words that must not be glossed as one unit)
NOT_UNITS = [
    ("Notez bien que ce fichier est optionnel.", "bien que"),
    ("Je sais bien que tu as raison.", "bien qu"),
    ("Voici les noms de suite utilisés dans le fichier.", "de suite"),
    ("Ne mélangez pas des paquets de suites différentes.", "de suites"),
    ("Pour de plus amples informations, voir le manuel.", "de plus"),
    ("Les outils de plus bas niveau sont décrits ici.", "de plus"),
    ("Il faut un disque de plus de 20 Go.", "de plus"),
]


def _units(analyzer, glossary, sentence):
    doc = analyzer.analyze(sentence)
    return {doc.text[e.start : e.end]: e for e in find_expressions(doc, glossary)}


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "words", "gloss"), UNITS)
def test_unit_is_glossed_as_a_whole(analyzer, glossary, sentence, words, gloss):
    found = _units(analyzer, glossary, sentence)
    assert words in found, (sentence, sorted(found))
    assert found[words].gloss == gloss


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "words"), NOT_UNITS)
def test_false_unit_is_not_matched(analyzer, glossary, sentence, words):
    found = _units(analyzer, glossary, sentence)
    assert not [span for span in found if span.lower().startswith(words)], (sentence, found)


@pytest.mark.slow
def test_conjunction_bien_que_still_matches(analyzer, glossary):
    found = _units(analyzer, glossary, "Il est venu bien qu'il soit malade.")
    assert found["bien qu'"].gloss == "although"
    found = _units(analyzer, glossary, "Bien que la pluie tombe, nous sortons.")
    assert found["Bien que"].gloss == "although"


@pytest.mark.slow
def test_de_plus_inside_a_clause_is_left_to_its_words(analyzer, glossary):
    found = _units(analyzer, glossary, "Il en a acheté deux de plus.")
    assert not [e for e in found.values() if e.gloss == "moreover"]
