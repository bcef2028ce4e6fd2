"""The verb-form line: one function for the pop-up (token morphology) and `gloss` (no sentence),
right on every tense even where spaCy's morphology is wrong."""

from __future__ import annotations

import pytest

from reader.core.glossary import default_glossary
from reader.core.verb_forms import describe, form_line, of

FIN = "VerbForm=Fin"


@pytest.fixture(scope="module")
def data():
    return default_glossary().data


def _line(data, form, lemma, pos="VERB", morph=""):
    return form_line(form, lemma, pos, morph, data.forms(form))


@pytest.mark.parametrize(
    ("form", "lemma", "morph", "expected"),
    [
        # présent, spaCy right
        (
            "finissons",
            "finir",
            f"Mood=Ind|Number=Plur|Person=1|Tense=Pres|{FIN}",
            "finissons: présent de finir (1re personne du pluriel)",
        ),
        # imparfait, spaCy says présent
        (
            "parlions",
            "parler",
            f"Mood=Ind|Number=Plur|Person=1|Tense=Pres|{FIN}",
            "parlions: imparfait de parler (1re personne du pluriel)",
        ),
        # passé simple, spaCy says présent pluriel
        (
            "parla",
            "parler",
            f"Mood=Ind|Number=Plur|Person=3|Tense=Pres|{FIN}",
            "parla: passé simple de parler (3e personne du singulier)",
        ),
        (
            "viendront",
            "venir",
            f"Mood=Ind|Number=Plur|Person=3|Tense=Fut|{FIN}",
            "viendront: futur de venir (3e personne du pluriel)",
        ),
        # conditionnel, spaCy says imparfait (the pop-up used to say so)
        (
            "soumettrait",
            "soumettre",
            f"Mood=Ind|Number=Sing|Person=3|Tense=Imp|{FIN}",
            "soumettrait: conditionnel présent de soumettre (3e personne du singulier)",
        ),
        (
            "vienne",
            "venir",
            f"Mood=Ind|Number=Sing|Person=3|Tense=Pres|{FIN}",
            "vienne: subjonctif présent de venir (3e personne du singulier)",
        ),
        (
            "vînt",
            "venir",
            f"Mood=Ind|Number=Sing|Person=3|Tense=Pres|{FIN}",
            "vînt: subjonctif imparfait de venir (3e personne du singulier)",
        ),
        (
            "viens",
            "venir",
            f"Mood=Imp|Number=Sing|Person=2|Tense=Pres|{FIN}",
            "viens: impératif présent de venir (2e personne du singulier)",
        ),
        (
            "votées",
            "voter",
            "Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part",
            "votées: participe passé de voter",
        ),
        ("parlant", "parler", "Tense=Pres|VerbForm=Part", "parlant: participe présent de parler"),
        # spaCy gave an auxiliary no verb features at all
        (
            "aurais",
            "avoir",
            "Gender=Masc",
            "aurais: conditionnel présent d'avoir (1re ou 2e personne du singulier)",
        ),
    ],
)
def test_every_tense_in_a_sentence(data, form, lemma, morph, expected):
    pos = "AUX" if lemma == "avoir" else "VERB"
    assert _line(data, form, lemma, pos, morph) == expected


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        (
            "soumettrait",
            "soumettre",
            "conditionnel présent de soumettre (3e personne du singulier)",
        ),
        ("parlions", "parler", "imparfait de parler (1re personne du pluriel)"),
        ("finirent", "finir", "passé simple de finir (3e personne du pluriel)"),
        ("fussent", "être", "subjonctif imparfait d'être (3e personne du pluriel)"),
        ("mange", "manger", "présent de manger (1re ou 3e personne du singulier)"),
        ("déclaré", "déclarer", "participe passé de déclarer"),
    ],
)
def test_a_bare_word_reads_as_its_most_common_analysis(data, form, lemma, expected):
    assert _line(data, form, lemma, pos="") == f"{form}: {expected}"


def test_infinitive_and_lemma_itself_need_no_line(data):
    assert _line(data, "partir", "partir", morph="VerbForm=Inf") == ""
    assert describe({"VerbForm": "Inf"}) == ("infinitif", "")
    assert _line(data, "parlions", "") == ""


def test_without_lexique_the_morphology_is_used():
    morph = f"Mood=Ind|Number=Sing|Person=3|Tense=Imp|{FIN}"
    assert form_line("zorglubait", "zorgluber", "VERB", morph) == (
        "zorglubait: imparfait de zorgluber (3e personne du singulier)"
    )


def test_nouns_and_adjectives(data):
    assert form_line("garanties", "garantie", "NOUN", "Gender=Fem|Number=Plur") == (
        "garanties: pluriel de garantie"
    )
    assert _line(data, "imminente", "imminent", "ADJ") == "imminente: féminin d'imminent"
    assert _line(
        data, "exacerbées", "exacerber", "VERB", "Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part"
    ) == ("exacerbées: participe passé d'exacerber")


def test_elision_of_de():
    assert (of("avoir"), of("être"), of("homme"), of("haïr"), of("venir")) == (
        "d'avoir",
        "d'être",
        "d'homme",
        "de haïr",
        "de venir",
    )


@pytest.mark.slow
def test_pop_up_and_gloss_command_agree(analyzer):
    glossary = default_glossary()
    doc = analyzer.analyze("Il soumettrait la loi au vote si elle vînt.")
    for word, tense in (("soumettrait", "conditionnel présent"), ("vînt", "subjonctif imparfait")):
        tok = next(t for t in doc.tokens if t.text == word)
        in_text = glossary.lookup_token(tok).form_line  # what the pop-up shows
        bare = glossary.lookup(word).form_line  # what `reader gloss WORD` prints
        assert in_text == bare and f": {tense} de" in in_text
