"""Senses in science, nature and everyday descriptive prose (issue 13, ctx7), found wrong by
reading GNOME's French user help and Kalzium's and Step's French texts as a translator: the
first sense a learner needs (luminosité: brightness, not luminosity; amovible: removable, not
movable; filaire: wired) and the units such text is made of (pavé numérique: numeric keypad;
en vigueur: in force), each with sentences where it must not fire."""

from __future__ import annotations

import pytest

from reader.core.expressions import find_expressions

PART = "Tense=Past|VerbForm=Part"
FIN = "Mood=Ind|VerbForm=Fin"
INF = "VerbForm=Inf"


def popup(glossary, sentence: str, word: str, lemma: str, pos: str, morph: str = ""):
    """What the pop-up shows for `word` in `sentence`, tagged as the analysis tags it."""
    from token_helpers import in_sentence

    return glossary.lookup_token(in_sentence(sentence, word, lemma, pos, morph), sentence)


# (sentence, word, lemma, POS, morph, the pop-up's first gloss)
SENSES = [
    ("Diminution de la luminosité de l'écran.", "luminosité", "luminosité", "NOUN", "")
    + ("brightness",),
    ("Mute key symbol (Sourdine)", "Sourdine", "sourdine", "NOUN", "", "mute"),
    ("Essayez par tâtonnement entre les possibilités.", "tâtonnement", "tâtonnement", "NOUN")
    + ("", "trial and error"),
    ("Réseau filaire", "filaire", "filaire", "ADJ", "", "wired"),
    ("Des fichiers déjà sur un autre support amovible.", "amovible", "amovible", "ADJ", "")
    + ("removable",),
    ("Certains serveurs exigent le téléversement de fichiers.", "téléversement")
    + ("téléversement", "NOUN", "", "upload"),
    ("Certains écouteurs possèdent aussi un tel réglage.", "écouteurs", "écouteur", "NOUN", "")
    + ("earphone",),
    ("Créez des profils pour un temps nuageux.", "nuageux", "nuageux", "ADJ", "", "cloudy"),
    ("Raccourcis courants prédéfinis", "prédéfinis", "prédéfini", "ADJ", "", "predefined"),
    ("Absence de date de péremption.", "péremption", "péremption", "NOUN", "")
    + ("expiry (date de péremption: expiry date)",),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "gloss"), SENSES)
def test_sense_a_learner_needs_first(glossary, sentence, word, lemma, pos, morph, gloss):
    assert popup(glossary, sentence, word, lemma, pos, morph).first_gloss == gloss


# (sentence, the words of the unit as written, the unit's first gloss in the pop-up)
UNITS = [
    ("Basé sur le protocole HTTP en vigueur sur le Web.", "en vigueur", "in force"),
    ("Utilisez le pavé numérique de votre clavier.", "pavé numérique", "numeric keypad"),
    ("Faites glisser deux doigts sur le pavé tactile.", "pavé tactile", "touchpad"),
    ("Recto verso, sélectionnez Bord court.", "Recto verso", "double-sided"),
    ("Les instruments de mesure sont dans la boîte.", "instruments de mesure")
    + ("measuring instrument",),
    ("Utilisez la souris ou un autre périphérique de pointage.", "périphérique de pointage")
    + ("pointing device",),
]

# (sentence, words that must not be glossed as one unit)
NOT_UNITS = [
    ("Il a pris de la vigueur en vieillissant.", "en vigueur"),
    ("Le pavé de la rue est numérique.", "pavé"),
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
    assert not [span for span in found if span.startswith(words)], (sentence, found)
