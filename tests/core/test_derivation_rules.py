"""A gloss for the words the app highlights (issue 13, point 5): frequent words no source had,
written by hand; a rare verb made on a noun (câbler: cable, approximate); a verb form the
tagger took for a noun, through its verb. Each rule with words it must not fire on."""

from __future__ import annotations

import pytest

from reader.core import derivation
from token_helpers import word_token


def _first(glossary, word: str, pos: str, lemma: str) -> tuple[str, bool]:
    """The pop-up's first gloss for the token and whether it is marked ≈."""
    r = glossary.lookup_token(word_token(word, lemma, pos))
    return (r.senses[0].text, r.senses[0].approximate) if r.senses else ("", False)


@pytest.mark.parametrize(
    "word, pos, lemma, gloss",
    [
        ("déplier", "VERB", "déplier", "unfold"),
        ("sécurisées", "VERB", "sécuriser", "secure, make safe"),  # through its verb
        ("subtilités", "NOUN", "subtilité", "subtlety"),
        ("émerveillement", "NOUN", "émerveillement", "wonder, amazement"),
    ],
)
def test_a_frequent_word_no_source_had_has_its_hand_written_gloss(
    glossary, word, pos, lemma, gloss
):
    assert _first(glossary, word, pos, lemma) == (gloss, False)


@pytest.mark.parametrize(
    "word, lemma, gloss",
    [
        ("câbler", "câbler", "cable"),  # câble: cable
        ("segmenter", "segmenter", "segment"),
        ("séquencer", "séquencer", "sequence"),
    ],
)
def test_a_rare_verb_made_on_a_noun_is_the_nouns_english_verb(glossary, word, lemma, gloss):
    assert _first(glossary, word, "VERB", lemma) == (gloss, True)


@pytest.mark.parametrize(
    "word, wrong",
    [
        ("tabler", "table"),  # tabler sur: count on (a commoner verb: its own sense)
        ("gainer", "gain"),  # sheathe
        ("buster", "bust"),  # not a French verb (Debian's Buster)
    ],
)
def test_a_verb_with_a_sense_of_its_own_is_not_built_on_its_noun(glossary, word, wrong):
    assert _first(glossary, word, "VERB", word)[0] != wrong


def test_the_noun_verb_rule_needs_the_noun_spelt_as_the_english_verb():
    gloss = {"câble": "cable", "encre": "ink", "punaise": "bug"}.get
    verbs = frozenset({"cable", "ink", "bug"}).__contains__
    assert derivation.noun_verb("câbler", lambda w, p: gloss(w, ""), verbs) == "cable"
    assert derivation.noun_verb("encrer", lambda w, p: gloss(w, ""), verbs) == ""  # not 'ink'
    assert derivation.noun_verb("punaiser", lambda w, p: gloss(w, ""), verbs) == ""
    assert derivation.noun_verb("câbler", lambda w, p: gloss(w, ""), frozenset().__contains__) == ""


@pytest.mark.parametrize(
    "word, lemma, gloss",
    [
        ("décroît", "décroît", "decrease"),  # a noun for the tagger: décroître's form
        ("modélise", "modélise", "model"),  # unknown to Lexique: modéliser's form
    ],
)
def test_a_verb_form_tagged_as_a_noun_is_glossed_through_its_verb(glossary, word, lemma, gloss):
    assert _first(glossary, word, "NOUN", lemma)[0] == gloss


def test_a_misspelt_noun_is_not_read_as_a_verb_form(glossary):
    # éleves (for élèves) tagged with the lemma "éleve": not élever's 'raise'
    assert _first(glossary, "éleves", "NOUN", "éleve")[0] != "raise"


@pytest.mark.parametrize(
    "word, pos, wrong",
    [
        ("radier", "VERB", "radiate"),  # strike off: -ate only after a consonant
        ("exténuer", "VERB", "extenuate"),  # exhaust
        ("hacheur", "NOUN", "hacker"),  # hacher has more than two senses (chopper)
        ("régleur", "NOUN", "settler"),  # régler: settle, adjust, pay...
    ],
)
def test_a_built_word_that_is_a_false_friend_is_not_given(glossary, word, pos, wrong):
    assert _first(glossary, word, pos, word)[0] != wrong


@pytest.mark.parametrize(
    "word, pos, gloss",
    [
        ("corréler", "VERB", "correlate"),  # -ate after a consonant
        ("interpréteur", "NOUN", "interpreter"),  # interpréter: one or two senses
        ("carreleur", "NOUN", "tiler"),  # on the wider English list (WordNet, wordfreq)
    ],
)
def test_the_narrowed_rules_still_build_their_regular_words(word, pos, gloss):
    # the data alone: interpréteur is curated since (checked by hand)
    from reader.core.glossary import Glossary

    assert _first(Glossary(curated=False), word, pos, word) == (gloss, True)


def test_an_english_plural_in_the_french_text_is_said_to_be_english(glossary):
    r = glossary.lookup_token(word_token("buzzers", "buzzer", "NOUN"))
    assert r.first_gloss == "buzzers" and r.note == "an English word in the French text"


@pytest.mark.parametrize(
    "word, gloss",
    [
        ("empilement", "stacking"),  # empiler: stack
        ("dépliement", "unfolding"),  # déplier: unfold
    ],
)
def test_an_ement_noun_of_a_verb_of_few_senses_is_its_ing_form(glossary, word, gloss):
    assert _first(glossary, word, "NOUN", word) == (gloss, True)


def test_an_agent_noun_doubles_the_consonant_as_english_does():
    cut = {"trancher": "cut"}.get
    assert derivation.agent_noun("trancheur", lambda v, p: cut(v, ""), lambda w: True) == "cutter"


def test_a_learned_combining_form_only_before_a_cognate_gloss():
    gloss = {
        ("nucléaire", "ADJ"): "nuclear",
        ("pneumatique", "ADJ"): "pneumatic",
        ("graphie", "NOUN"): "spelling",
        ("collant", "ADJ"): "tights",
    }
    first = lambda w, p: gloss.get((w, p), "")  # noqa: E731
    assert derivation.prefixed("thermonucléaire", "ADJ", first) == "thermo-nuclear"
    assert derivation.prefixed("électropneumatique", "ADJ", first) == "electro-pneumatic"
    assert derivation.prefixed("piézo-pneumatique", "ADJ", first) == "piezo-pneumatic"
    # the rest's gloss is another word: no learned compound (not 'thermo-spelling')
    assert derivation.prefixed("thermographie", "NOUN", first) == ""
    assert derivation.prefixed("thermocollant", "ADJ", first) == ""
