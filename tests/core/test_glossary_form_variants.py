"""Forms of a glossed word that the lookup used to leave without a gloss (issue 13, point 5):
the feminine and plural of an adjective in -ant glossed through its verb, the plural of a noun
only a hand-written row knows, and a prefix French writes joined written with a hyphen."""

from __future__ import annotations

import pytest


def _gloss(analyzer, glossary, text: str, word: str):
    doc = analyzer.analyze(text)
    token = next(t for t in doc.tokens if t.text == word)
    return glossary.lookup_token(token, doc.text)


@pytest.mark.parametrize(
    "text, word, masculine",
    [
        ("C'est une nouvelle déprimante.", "déprimante", "déprimant"),
        ("Elles sont apaisantes, ces musiques.", "apaisantes", "apaisant"),
        ("Une surface réfléchissante renvoie la lumière.", "réfléchissante", "réfléchissant"),
    ],
)
def test_an_ant_adjective_s_other_forms_are_glossed_as_its_masculine(
    analyzer, glossary, text, word, masculine
):
    form = _gloss(analyzer, glossary, text, word)
    alone = glossary.lookup(masculine, "ADJ", masculine)
    assert form.senses, word
    assert form.first_gloss == alone.first_gloss


def test_an_adjective_glossed_by_its_verb_reads_as_the_english_ing_form(analyzer, glossary):
    # déprimer: depress; "une nouvelle déprimante" is depressing, not "depress"
    verb = glossary.lookup("déprimer", "VERB", "déprimer").first_gloss
    result = _gloss(analyzer, glossary, "C'est une nouvelle déprimante.", "déprimante")
    if result.pos == "VERB":  # (a hand-written adjective row would answer on its own)
        assert result.first_gloss.split()[0] == verb.split()[0].removesuffix("e") + "ing"
    assert result.first_gloss.split()[0].endswith("ing")


def test_the_plural_of_a_noun_only_a_hand_written_row_knows(glossary):
    singular = glossary.lookup("délimiteur", "NOUN", "délimiteur")
    assert singular.senses
    # the tagger's lemma is the form itself (it does not know the word)
    plural = glossary.lookup("délimiteurs", "NOUN", "délimiteurs")
    assert plural.first_gloss == singular.first_gloss
    assert plural.lemma == "délimiteur"


@pytest.mark.parametrize(
    "hyphenated, joined",
    [
        ("ré-ouvrir", "réouvrir"),
        ("re-formater", "reformater"),
        ("re-dimensionner", "redimensionner"),
    ],
)
def test_a_joined_prefix_written_with_a_hyphen_is_the_joined_word(glossary, hyphenated, joined):
    word = glossary.lookup(joined, "VERB", joined)
    assert word.senses
    assert glossary.lookup(hyphenated, "VERB", hyphenated).first_gloss == word.first_gloss


@pytest.mark.parametrize("form", ["décrémente", "décrémentent", "décrémentait"])
def test_a_form_of_a_verb_only_a_hand_written_row_knows(glossary, form):
    verb = glossary.lookup("décrémenter", "VERB", "décrémenter")
    assert verb.senses
    # the tagger left the form as its own lemma: the -er verb its ending points to
    found = glossary.lookup(form, "VERB", form)
    assert found.lemma == "décrémenter"
    assert found.first_gloss == verb.first_gloss


def test_a_hyphenated_prefix_reaches_a_hand_written_joined_word(glossary):
    joined = glossary.lookup("autocomplétion", "NOUN", "autocomplétion")
    assert joined.senses
    assert glossary.lookup("auto-complétion", "NOUN", "auto-complétion").senses == joined.senses
