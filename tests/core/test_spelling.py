"""The spelling fallback: a misspelt word nothing glosses gets the word it misspells, marked
(reader.core.spelling, through Glossary.lookup_token as the pop-up calls it)."""

from __future__ import annotations

import pytest

from reader.core import spelling
from reader.core.glossary import default_glossary

SENTENCE = "Les troupes britaniques abandonèrent la ville sans comunication."
RIGHT = "Les troupes britanniques abandonnèrent la ville sans communication."


def _token(doc, text):
    return next(t for t in doc.tokens if t.text == text)


@pytest.fixture(scope="module")
def docs(analyzer):
    return analyzer.analyze(SENTENCE), analyzer.analyze(RIGHT)


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("britaniques", "britanniques"),
        ("abandonèrent", "abandonnèrent"),
        ("comunication", "communication"),
    ],
)
def test_a_misspelt_word_gets_the_meaning_of_the_word_it_misspells_marked(docs, typo, right):
    glossary = default_glossary()
    wrong_doc, right_doc = docs
    result = glossary.lookup_token(_token(wrong_doc, typo), wrong_doc.text)
    intended = glossary.lookup_token(_token(right_doc, right), right_doc.text)
    assert intended.found and intended.source != spelling.SOURCE
    assert result.found and result.query == typo
    assert result.first_gloss == intended.first_gloss
    assert result.source == spelling.SOURCE and result.approximate
    assert all(s.approximate and s.source == spelling.SOURCE for s in result.senses)
    assert result.note == f"Probably a misspelling of {right}"


def test_a_correctly_spelt_word_nothing_glosses_is_not_corrected(analyzer, unglossed_noun):
    sentence, word = unglossed_noun
    doc = analyzer.analyze(sentence)
    result = default_glossary().lookup_token(_token(doc, word), doc.text)
    assert not result.found and result.source != spelling.SOURCE


def test_a_word_lexique_lacks_is_not_turned_into_another_word(analyzer):
    # soigner + -ment (a game's "healing station"): one letter from saignement (bleeding)
    doc = analyzer.analyze("Allez à la station de soignement pour reprendre des forces.")
    result = default_glossary().lookup_token(_token(doc, "soignement"), doc.text)
    assert result.source != spelling.SOURCE
    assert "saignement" not in result.note


def test_a_capitalised_word_inside_a_sentence_is_a_name_not_a_misspelling(analyzer):
    doc = analyzer.analyze("Nous avons dîné chez les Britaniques hier soir.")
    token = _token(doc, "Britaniques")
    assert default_glossary().lookup_token(token, doc.text).source != spelling.SOURCE
    # the same token, not taken for a name, still keeps its capital inside the sentence
    plain = token._replace(is_name=False, name_kind="")
    assert default_glossary().lookup_token(plain, doc.text).source != spelling.SOURCE


def test_a_piece_of_a_word_split_in_two_is_not_corrected(analyzer):
    # "d étails" (détails split by a converter): étails is not étais
    doc = analyzer.analyze("Des d étails sur les licences sont donnés plus loin.")
    result = default_glossary().lookup_token(_token(doc, "étails"), doc.text)
    assert result.source != spelling.SOURCE


def test_a_short_word_is_not_corrected(analyzer):
    doc = analyzer.analyze("Le chta dort sur le canapé.")
    assert default_glossary().lookup_token(_token(doc, "chta"), doc.text).source != "spelling"


def test_two_likely_words_mean_no_correction():
    forms = {"jeunesse": 5.0, "jeunes": 5.3}  # jeunese: one letter from each

    def frequencies(spellings):
        return {s: forms[s] for s in spellings if s in forms}

    assert spelling.correct("jeunese", frequencies) is None
    found = spelling.correct(
        "jeunese", lambda s: {k: v for k, v in frequencies(s).items() if k != "jeunes"}
    )
    assert found is not None and found.form == "jeunesse"


def test_accents_and_doubled_consonants_are_the_cheap_edits():
    cost = spelling.edit_cost
    assert cost("conquète", "conquête") == spelling.ACCENT
    assert cost("britanique", "britannique") == spelling.DOUBLE
    assert cost("mettrre", "mettre") == spelling.DOUBLE
    assert cost("recherhce", "recherche") == spelling.SWAP
    assert cost("soignement", "saignement") == spelling.FAR  # o and a are not neighbours
    assert cost("étails", "détails") == spelling.FAR  # never the first letter
    assert spelling.ACCENT < spelling.DOUBLE < spelling.SWAP < spelling.REPLACE < spelling.FAR


def test_a_handout_glosses_a_misspelt_word_as_approximate_under_the_intended_lemma(docs):
    from reader.core.handout import propose, short_gloss

    wrong_doc, right_doc = docs
    glossary = default_glossary()
    entry = {e.word: e for e in propose(wrong_doc, "A2", glossary=glossary).entries}["britaniques"]
    intended = glossary.lookup_token(_token(right_doc, "britanniques"), right_doc.text)
    assert entry.approximate and not intended.approximate
    assert entry.lemma == intended.lemma and entry.gloss == short_gloss(intended.first_gloss)
    assert entry.shown_gloss.startswith("≈")
