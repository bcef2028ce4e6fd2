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
