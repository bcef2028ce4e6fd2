import pytest

from reader.core import french


def test_normalise_keeps_length_and_lowercases_caps_runs():
    text = "TU PEUX VOIR: Ils accusent l’OTAN et les USA d’agir"
    norm = french.normalise(text)
    assert len(norm) == len(text)
    assert norm.startswith("tu peux voir: Ils accusent l'OTAN et les USA d'agir")


def test_single_capitalised_word_is_an_acronym_not_a_caps_line():
    assert french.caps_spans("accuse l’OTAN d’augmenter") == []
    assert french.is_acronym("OTAN") and french.is_acronym("USA")
    assert not french.is_acronym("Otan")


def test_elided_forms_map_to_full_words():
    for elided, full in [
        ("l'", "le"),
        ("d'", "de"),
        ("qu'", "que"),
        ("jusqu'", "jusque"),
        ("lorsqu'", "lorsque"),
    ]:
        assert french.elision_full_form(elided) == full


def test_lemma_guard_overrides_spacy_errors():
    assert french.guard_lemma("cela", "celer", "VERB") == ("cela", "PRON")
    assert french.guard_lemma("lui", "luire", "VERB") == ("lui", "PRON")
    assert french.guard_lemma("tu", "taire", "ADJ") == ("tu", "PRON")
    assert french.guard_lemma("maison", "maison", "NOUN") == ("maison", "NOUN")


# One table for the French rules every module shares (pop-up, Anki export, glossary).
ARTICLES = [
    ("maison", "f", "la"),
    ("arbre", "m", "l'"),
    ("homme", "m", "l'"),
    ("héros", "m", "le"),
    ("hâte", "f", "la"),
    ("hache", "f", "la"),
    ("œuvre", "f", "l'"),
    ("île", "f", "l'"),
    ("Europe", "f", "l'"),
    ("courir", "", ""),
]


@pytest.mark.parametrize(("lemma", "gender", "article"), ARTICLES)
def test_article_for_is_one_rule_everywhere(lemma, gender, article):
    from reader.core import glossary, vocab_item

    assert french.article_for(lemma, gender) == article
    assert glossary.article_for is french.article_for
    assert vocab_item.article_for is french.article_for


def test_function_pos_is_one_set():
    from reader.core import lexicon
    from reader.core import highlighting

    assert lexicon.FUNCTION_POS is french.FUNCTION_POS
    assert highlighting.FUNCTION_POS is french.FUNCTION_POS
    assert {"DET", "PRON", "AUX", "NUM"} <= french.FUNCTION_POS
    assert not {"NOUN", "VERB", "ADJ", "ADV", "PROPN"} & french.FUNCTION_POS


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("chercheur·euse·s", "chercheurs"),
        ("étudiant·e·s", "étudiants"),
        ("lycéen.ne.s", "lycéens"),
        ("acteur·rice", "acteur"),
        ("étudiant·es", "étudiants"),
        ("maison", None),
        ("fin.le", None),
    ],
)
def test_inclusive_writing_base_form(word, base):
    assert french.inclusive_base(word) == base
