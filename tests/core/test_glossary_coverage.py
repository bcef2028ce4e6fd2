"""Words no dictionary has, glossed from a related word (issue 13, point 5): demonyms from
their place, learned prefixes, nouns of action and -able adjectives from their verb, verbs
whose stem is the English verb, adjectives that are a verb's participle. Every such gloss is
approximate, and a wrong base is never built on."""

from __future__ import annotations

import pytest

from reader.core import derivation
from reader.core.glossary import Glossary, default_glossary
from token_helpers import word_token


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return default_glossary()


@pytest.fixture(scope="module")
def data_glossary() -> Glossary:
    """The bundled data and rules without the hand-written table: the rules under test, on
    words a reviewer may have curated since (superutilisateur, interpréteur...)."""
    return Glossary(curated=False)


@pytest.mark.parametrize(
    "word, pos, lemma, gloss",
    [
        ("Québécois", "NOUN", "québécois", "person from Quebec"),  # Québec: Quebec
        ("lyonnais", "ADJ", "lyonnais", "of Lyon"),  # lyonn-ais: Lyon
        ("lilloise", "ADJ", "lillois", "of Lille"),  # a feminine form through its lemma
        ("marseillais", "NOUN", "marseillais", "person from Marseilles"),  # curated since
        ("gabonais", "ADJ", "gabonais", "of Gabon"),
    ],
)
def test_a_demonym_is_glossed_from_its_place(word, pos, lemma, gloss):
    # the data alone: the rule, whether or not a hand-written row now states the word's sense
    r = Glossary(curated=False).lookup(word, pos, lemma)
    assert (r.first_gloss, r.approximate, r.source) == (gloss, True, "parts")


@pytest.mark.parametrize("word", ["persienne", "patois", "praticien", "milicien"])
def test_a_word_with_a_demonym_ending_but_no_place_is_not_a_demonym(glossary, word):
    # persienne (shutter) is not "of Persia"; milice is "militia", not a place
    r = glossary.lookup(word, "NOUN", word)
    assert not r.first_gloss.startswith(("of ", "person from "))


def test_demonym_rule_wants_an_english_proper_name():
    places = {"bénin": ["benign"], "norvège": ["Norway"]}
    first = lambda word: places.get(word, [])  # noqa: E731
    assert derivation.demonym("norvégien", "NOUN", first) == "person from Norway"
    assert derivation.demonym("béninois", "ADJ", first) == ""  # "benign" is no place


@pytest.mark.parametrize(
    "word, pos, lemma, gloss",
    [
        ("pseudocouleurs", "NOUN", "pseudocouleur", "pseudo-colour"),
        ("méta-données", "NOUN", "méta-donnée", "meta-data"),  # the noun, not "give"
        ("méta-paquet", "NOUN", "méta-paquet", "meta-package"),
        ("filtrage", "NOUN", "filtrage", "filtering"),  # filtrer: filter
        ("carrelage", "NOUN", "carrelage", "tiling"),
        ("installable", "ADJ", "installable", "that can be installed"),
        ("distribuables", "ADJ", "distribuable", "that can be distributed"),
        ("dupliquez", "VERB", "dupliquer", "duplicate"),
        ("compactées", "VERB", "compacter", "compacted"),  # the participle
        ("sur-exposées", "ADJ", "sur-exposé", "over + expose"),
    ],
)
def test_built_glosses_are_marked_approximate(glossary, word, pos, lemma, gloss):
    r = glossary.lookup(word, pos, lemma)
    assert (r.first_gloss, r.approximate) == (gloss, True)


def test_a_derivation_never_builds_on_a_lone_pivot_sense(glossary):
    # épingler's first sense is one pivot's "signal": épinglage is not "signalling"
    assert glossary.lookup("épinglage", "NOUN", "épinglage").first_gloss != "signalling"


@pytest.mark.parametrize("word", ["dé-cocher", "dé-sélectionnés"])
def test_a_prefix_is_not_read_as_the_word_it_spells(glossary, word):
    r = glossary.lookup(word, "VERB")
    assert "dice" not in r.first_gloss


def test_a_plural_adjective_is_glossed_through_the_verb_it_is_the_participle_of(glossary):
    text = "Il reste des bogues ou des dépendances non résolues."
    start = text.index("résolues")
    tok = word_token("résolues", "résolu", "ADJ")._replace(start=start, end=start + 8)
    r = glossary.lookup_token(tok, text)
    assert r.lemma == "résoudre" and r.first_gloss.startswith("solve")


def test_gerund_spelling():
    always = lambda w: True  # noqa: E731
    assert derivation.gerund("pin", always) == "pinning"
    assert derivation.gerund("to encode", always) == "encoding"
    assert derivation.gerund("partition", lambda w: False) == "partitioning"
    assert derivation.gerund("tie", always) == "tying"
    assert derivation.gerund("look up", always) == ""


@pytest.mark.parametrize(
    "word, pos, lemma, gloss",
    [
        ("superutilisateur", "NOUN", "superutilisateur", "super-user"),
        ("administrables", "ADJ", "administrable", "that can be administered"),
        ("administrables", "VERB", "administrabler", "that can be administered"),
        ("personnalisations", "NOUN", "personnalisation", "personalization"),  # one n
        ("superutilisateur", "ADJ", "superutilisateur", "super-user"),  # tagged ADJ
        ("indisponible", "ADJ", "indisponible", "unavailable"),  # disponible: available
        ("inchangés", "ADJ", "inchangé", "unchanged"),  # changer: change
        ("animalité", "NOUN", "animalité", "animality"),  # -ité: -ity
        ("terminaison", "NOUN", "terminaison", "termination"),  # -aison: -ation
        ("textuelle", "ADJ", "textuel", "textual"),  # -uel: -ual
        ("interpréteur", "NOUN", "interpréteur", "interpreter"),  # interpréter: interpret
        ("anticolonialisme", "NOUN", "anticolonialisme", "anti-colonialism"),
    ],
)
def test_built_on_built_words(data_glossary, word, pos, lemma, gloss):
    r = data_glossary.lookup(word, pos, lemma)
    assert (r.first_gloss, r.approximate) == (gloss, True)


@pytest.mark.parametrize(
    "word, pos, wrong",
    [
        ("algérois", "ADJ", "of Algeria"),  # Alger: Algiers
        ("aoûtien", "NOUN", "person from August"),  # a month is no place
        ("panamien", "ADJ", "of Paris"),  # Paname is Paris, far from its spelling
        ("microbien", "ADJ", "micro-well"),
        ("franciser", "VERB", "francis"),
        ("chevauchement", "NOUN", "riding"),
        ("friseur", "NOUN", "door"),
        ("liman", "NOUN", "person from Lima"),
        ("franco-anglais", "ADJ", "stamped + English"),
    ],
)
def test_built_glosses_read_wrong_in_their_sentences_are_not_built(glossary, word, pos, wrong):
    assert glossary.lookup(word, pos, word).first_gloss != wrong


@pytest.mark.parametrize(
    "word, pos, tagger_lemma, lemma",
    [
        ("désactivera", "VERB", "désactivera", "désactiver"),
        ("déconseillons", "VERB", "déconseillons", "déconseiller"),
        ("désactivera", "NOUN", "désactivera", "désactiver"),  # the tagger's noun
        ("déconseillons", "NOUN", "déconseillon", "déconseiller"),
    ],
)
def test_a_verb_form_nobody_lemmatised_is_glossed_through_its_infinitive(
    glossary, word, pos, tagger_lemma, lemma
):
    r = glossary.lookup(word, pos, tagger_lemma)
    assert r.lemma == lemma and r.first_gloss


@pytest.mark.parametrize(
    "word, pos, lemma",
    [("norvégien", "ADJ", "norvégien"), ("norvégienne", "ADJ", "norvégien")],
)
def test_a_nationality_a_source_wrote_in_lower_case_is_capitalised(glossary, word, pos, lemma):
    # the sources give "norwegian": written as every other nationality (French, German)
    r = glossary.lookup(word, pos, lemma)
    assert r.first_gloss == "Norwegian"


@pytest.mark.parametrize(
    "word, gloss, out",
    [
        ("norvégien", "norwegian", "Norwegian"),
        ("norvégien", "norwegian woman", "Norwegian woman"),
        ("chien", "dog", "dog"),  # no demonym
        ("persienne", "persian", "persian"),  # no place found for a shutter
    ],
)
def test_capitalised_demonym_rule(glossary, word, gloss, out):
    assert derivation.capitalised_demonym(word, gloss, glossary._noun_glosses) == out


@pytest.mark.parametrize(
    "word, pos, lemma, gloss",
    [
        ("préconfigurés", "VERB", "préconfigurer", "pre-configured"),  # configurer: configure
        ("présélectionnée", "VERB", "présélectionner", "pre-selected"),
        ("préprogrammé", "ADJ", "préprogrammé", "pre-programmed"),
    ],
)
def test_pre_on_a_cognate_verb_is_glossed_approximately(glossary, word, pos, lemma, gloss):
    r = glossary.lookup(word, pos, lemma)
    assert (r.first_gloss, r.approximate) == (gloss, True)


@pytest.mark.parametrize("word", ["préréglé", "prénommé"])
def test_pre_on_a_verb_whose_gloss_is_no_cognate_is_not_built(word):
    # préréglé is "preset", not "pre-regulated"; prénommé "named", not "pre-called"
    glosses = {"régler": "regulate", "nommer": "call"}
    assert derivation.pre_verb(word, lambda w, p: glosses.get(w, ""), lambda w: True) == ""


@pytest.mark.parametrize(
    "word, gloss",
    [("décentraliser", "decentralize"), ("christianiser", "christianize")],
)
def test_an_iser_verb_is_its_english_ize_verb(glossary, word, gloss):
    r = glossary.lookup(word, "VERB", word)
    assert (r.first_gloss, r.approximate) == (gloss, True)


def test_a_short_iser_stem_is_not_made_an_ize_verb():
    # blaiser is no "blaize", priser no "prize": too short a stem to be the English word
    assert derivation.cognate_verb("blaiser", lambda w: True) == ""
    assert derivation.cognate_verb("priser", lambda w: True) == ""
