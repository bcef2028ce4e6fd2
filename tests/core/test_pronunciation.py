"""Pronunciation: IPA for the word as used in its sentence, with liaison and elision hints."""

from __future__ import annotations

import pytest

from reader.core.pronunciation import (
    Pronouncer,
    Pronunciation,
    clean_espeak,
    default_pronouncer,
    lexique_ipa,
)


@pytest.fixture(scope="module")
def pron() -> Pronouncer:
    return default_pronouncer()


def say(analyzer, pron, sentence: str, word: str, nth: int = 0) -> Pronunciation:
    doc = analyzer.analyze(sentence)
    tokens = [t for t in doc.tokens if t.text == word]
    result = pron.for_token(doc, tokens[nth])
    assert result is not None
    return result


def test_lexique_code_maps_to_ipa():
    assert lexique_ipa("livR") == "livʁ"
    assert lexique_ipa("Z@") == "ʒɑ̃"
    assert lexique_ipa("8it") == "ɥit"
    assert lexique_ipa("s°g§") == "səɡɔ̃"
    assert lexique_ipa("bR1") == "bʁœ̃"
    assert clean_espeak("le-z amˈi") == "lez ami"


def test_lexique_ipa_in_todays_standard_pronunciation():
    assert lexique_ipa("aSEv°m@") == "aʃɛvmɑ̃"  # achèvement: the mute e is not sounded
    assert lexique_ipa("pRes°") == "pʁesə"  # a final e is kept where Lexique writes it
    assert lexique_ipa("kanone", "canonner") == "kanɔne"  # open o in a non-final syllable
    assert lexique_ipa("bote", "beauté") == "bote"  # spelled eau: close o
    assert lexique_ipa("Roze", "rosé") == "ʁoze"  # o before z stays close
    assert lexique_ipa("aSEv°m@", standard=False) == "aʃɛvəmɑ̃"
    assert lexique_ipa("s2", "ce") == "sə" and lexique_ipa("d2", "deux") == "dø"


def test_livre(analyzer, pron):
    result = say(analyzer, pron, "Je lis un livre.", "livre")
    assert result.ipa == "livʁ"
    assert result.text == "/livʁ/"


def test_fils_son_or_threads_by_context(analyzer, pron):
    assert say(analyzer, pron, "Mon fils travaille à Lyon.", "fils").ipa == "fis"
    assert say(analyzer, pron, "Ses deux fils travaillent.", "fils").ipa == "fis"
    assert say(analyzer, pron, "Les fils électriques sont coupés.", "fils").ipa == "fil"


def test_est_is_or_east(analyzer, pron):
    sentence = "Il est né à l'est de la ville."
    assert say(analyzer, pron, sentence, "est", 0).ipa == "ɛ"
    assert say(analyzer, pron, sentence, "est", 1).ipa == "ɛst"


def test_dix_in_context(analyzer, pron):
    sentence = "Il a dix livres et dix amis ; il en a dix."
    assert say(analyzer, pron, sentence, "dix", 0).ipa == "di"
    with_liaison = say(analyzer, pron, sentence, "dix", 1)
    assert with_liaison.ipa == "di"
    assert with_liaison.hint == "dix‿amis /diz‿ami/"
    assert say(analyzer, pron, sentence, "dix", 2).ipa == "dis"


def test_plus_in_context(analyzer, pron):
    assert say(analyzer, pron, "Je n'en veux plus.", "plus").ipa == "ply"
    assert say(analyzer, pron, "Il est plus grand que moi.", "plus").ipa == "ply"
    assert say(analyzer, pron, "Il travaille plus que moi.", "plus").ipa == "plys"
    assert say(analyzer, pron, "En plus, il pleut.", "plus").ipa == "plys"


def test_liaison_hint(analyzer, pron):
    les = say(analyzer, pron, "Les amis sont arrivés.", "Les")
    assert les.ipa == "le"
    assert les.hint == "Les‿amis /lez‿ami/"
    assert "Les‿amis /lez‿ami/" in les.text
    assert say(analyzer, pron, "Un grand homme parle.", "grand").hint == "grand‿homme /ɡʁɑ̃t‿ɔm/"


def test_no_liaison_before_h_aspire_consonant_or_after_et(analyzer, pron):
    assert say(analyzer, pron, "Les héros sont fatigués.", "Les").hint == ""
    assert say(analyzer, pron, "Les livres sont là.", "Les").hint == ""
    assert say(analyzer, pron, "Paul et Anne arrivent.", "et").hint == ""


def test_elision_hint(analyzer, pron):
    doc = analyzer.analyze("L'homme regarde l'arbre.")
    elided = pron.for_token(doc, doc.tokens[0])
    assert elided.ipa == "l"
    assert elided.hint == "L'homme /lɔm/ (elision)"
    homme = pron.for_token(doc, doc.tokens[1])
    assert homme.ipa == "ɔm"
    assert homme.hint == "L'homme /lɔm/ (elision)"


def test_word_unknown_to_lexique_comes_from_espeak(analyzer, pron):
    result = say(analyzer, pron, "Le blogueur a publié un article.", "blogueur")
    assert result.ipa == "bloɡœʁ"
    assert "espeak" in result.source


def test_punctuation_has_no_pronunciation(analyzer, pron):
    doc = analyzer.analyze("Oui.")
    assert pron.for_token(doc, doc.tokens[-1]) is None


def test_word_out_of_context_lists_the_other_readings(pron):
    fils = pron.for_word("fils")
    assert {fils.ipa, *fils.alternatives} == {"fis", "fil"}
    assert pron.for_word("fils", lemma="fil", pos="NOUN").ipa == "fil"
    assert pron.for_word("livre").text == "/livʁ/"
    assert pron.for_word("") is None


def test_numbers_before_a_counted_word(analyzer, pron):
    sentence = "Il reste huit jours, huit ans ou huit."
    assert [say(analyzer, pron, sentence, "huit", i).ipa for i in range(3)] == [
        "ɥi",
        "ɥit",
        "ɥit",
    ]
    assert say(analyzer, pron, "Les onze joueurs.", "Les").hint == ""  # onze: no liaison
    assert say(analyzer, pron, "Il a six enfants.", "six").hint == "six‿enfants /siz‿ɑ̃fɑ̃/"


def test_word_in_a_very_long_sentence(analyzer, pron):
    sentence = ", ".join(["il a vu des pommes"] * 60) + ", et le blogueur a dix amis."
    doc = analyzer.analyze(sentence)
    assert len(doc.sentences) == 1 and len(sentence) > 1000
    blogueur = next(t for t in doc.tokens if t.text == "blogueur")
    assert pron.for_token(doc, blogueur).ipa == "bloɡœʁ"
    dix = next(t for t in doc.tokens if t.text == "dix")
    assert pron.for_token(doc, dix).hint == "dix‿amis /diz‿ami/"
