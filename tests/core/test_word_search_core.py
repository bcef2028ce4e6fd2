"""The dictionary search box's core: suggestions while typing, look-ups out of context."""

from __future__ import annotations

from reader.core.dictionary_search import clean_query, look_up, suggest


def test_an_inflected_form_is_glossed_through_its_lemma():
    found = look_up("chevaux")
    assert found.found
    assert (found.gloss.lemma, found.gloss.pos) == ("cheval", "NOUN")
    assert "horse" in found.gloss.first_gloss
    assert found.rank > 0 and found.cefr in ("A1", "A2", "B1", "B2", "C1", "C2")


def test_a_conjugated_verb_names_its_infinitive_and_form():
    found = look_up("allions")
    assert found.gloss.lemma == "aller"
    assert "allions" in found.gloss.form_line


def test_a_multi_word_expression_is_one_entry():
    found = look_up("à  plusieurs   reprises")
    assert found.query == "à plusieurs reprises"
    assert found.found and " " in found.gloss.lemma


def test_typing_quirks_do_not_change_the_answer():
    assert look_up("  Chevaux ").gloss.lemma == "cheval"
    assert clean_query("l\u2019état") == "l'état"


def test_nonsense_and_bad_input_find_nothing_without_raising():
    assert not look_up("xyzzq").found
    assert not look_up("").found
    assert not look_up("a" * 500).found
    assert not look_up(None).found  # type: ignore[arg-type]


def test_suggestions_start_with_what_was_typed_frequent_words_first():
    words = suggest("chev")
    assert words and all(w.startswith("chev") for w in words)
    assert words.index("cheval") < words.index("chevreuil")
    assert suggest("est")[0] == "est"  # a known form typed in full comes first
    assert suggest("xq") == [] and suggest("") == []
    assert len(suggest("a", limit=5)) == 5


def test_expressions_are_suggested_after_a_whole_word_and_while_typing_one():
    assert "mettre au jour" in suggest("mettre")
    assert suggest("mettre")[0] == "mettre"
    assert all(e.startswith("coup d") and " " in e for e in suggest("coup d"))
    assert "à plusieurs reprises" in suggest("à plu")
    assert len(suggest("mettre", limit=4)) <= 4
